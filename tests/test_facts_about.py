"""What a figure measures (``about``): the counted noun phrase after a count, the subject
noun phrase of the clause for money and percentages; never a person's name."""

from pathlib import Path

import pytest

from scrapers.extract.facts import extract_facts

DEVSET = Path(__file__).parent / "devset" / "texts"
SEED = DEVSET / "s00_mediaindonesia_seed_jakpreneur.txt"
FUNCTION_WORDS = {
    "di", "ke", "dari", "pada", "yang", "dan", "atau", "untuk", "dengan", "oleh", "dalam",
    "ini", "itu", "tersebut", "sudah", "telah", "akan", "sebesar", "sebanyak", "mencapai",
}  # fmt: skip


def abouts(text):
    return [(f.raw, f.about) for f in extract_facts(text).figures]


def test_seed_abouts():
    figs = extract_facts(SEED.read_text(encoding="utf-8")).figures
    by_raw = {}
    for f in figs:
        by_raw.setdefault(f.raw, []).append(f.about)
    assert by_raw["90%"] == ["target pembentukan UKM"]
    assert by_raw["194.536 UKM"] == ["UKM", "UKM Jakpreneur terbentuk"]
    assert by_raw["Rp70 triliun"] == ["transaksi e-commerce kuartal 3"]
    assert by_raw["323 UKM"] == ["UKM"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sebanyak 13 persen UMKM sudah go digital.", "UMKM"),
        ("Penyaluran KUR tahun ini mencapai Rp190 triliun.", "Penyaluran KUR"),
        ("Teten Masduki mengatakan anggaran BPUM naik 10 persen.", "anggaran BPUM"),
        ("Menurut Teten, realisasi KUR baru mencapai 64 persen.", "realisasi KUR"),
        ("Pinjaman maksimal Rp25 juta tanpa agunan.", "Pinjaman maksimal"),
        ("Bantuan itu diberikan kepada 12 juta pelaku usaha mikro di seluruh Indonesia.",
         "pelaku usaha mikro"),
        ("Ada 281.812 peserta terdaftar dalam program itu.", "peserta terdaftar"),
        ("Dana yang disalurkan oleh BRI mencapai Rp5 triliun.", "Dana BRI"),
        ("Porsi kredit UMKM nasional sekitar 19 persen dari total kredit perbankan.",
         "Porsi kredit UMKM nasional"),
        ("Angka ini sudah 90 persen dari target pembentukan UKM di Jakarta.",
         "target pembentukan UKM"),
    ],
)  # fmt: skip
def test_about(text, expected):
    assert abouts(text)[0][1] == expected


def test_about_is_never_a_person_or_dangling():
    for path in sorted(DEVSET.glob("*.txt")):
        facts = extract_facts(path.read_text(encoding="utf-8"))
        names = {
            w.lower() for e in facts.entities if e.kind == "person" for w in e.name.split()
        }
        for f in facts.figures:
            if not f.about:
                continue
            words = f.about.lower().split()
            assert words[0] not in FUNCTION_WORDS and words[-1] not in FUNCTION_WORDS, (
                path.name, f.raw, f.about)
            assert not names & set(words), (path.name, f.raw, f.about)
            assert len(words) <= 6, (path.name, f.raw, f.about)
