"""What a figure measures (``about``): a count's noun with what its clause says about it,
the noun phrase (with its complements) that money and percentages are given for, what a
duration lasts and whom a count of recipients received; never a person's name, never a
dangling function word, never more than six words."""

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
        # a count keeps the predicate of its clause
        ("Sebanyak 25 UMK lulus kelas Go Modern tahun ini.", "UMK lulus kelas Go Modern"),
        ("Bahkan, ada 27% UMKM yang tidak dapat lagi membayar cicilan pinjaman.",
         "UMKM tidak membayar cicilan pinjaman"),
        ("Tercatat 11 juta UMKM yang ada di Jawa Timur.", "UMKM di Jawa Timur"),
        # a classifier alone gives way to the noun phrase it counts
        ("Jumlah UMKM yang dibina oleh Pemkot Medan sekitar 27.000 unit.", "UMKM Pemkot Medan"),
        # money and percentages: the noun phrase before them, with its complements
        ("Menurut OJK, penyaluran kredit kepada UMKM baru 21%.",
         "penyaluran kredit kepada UMKM"),
        ("Hingga April, KUR yang telah tersalurkan di Kalbar tembus Rp844 miliar.",
         "KUR tersalurkan di Kalbar"),
        ("Alokasi KUR 2020 untuk Himbara sebanyak Rp187,4 triliun.",
         "Alokasi KUR untuk Himbara"),
        ("Kontribusinya terhadap PDB mencapai 57%.", "Kontribusi terhadap PDB"),
        ("Ekspor produk Usaha Mikro, Kecil, dan Menengah (UMKM) Indonesia baru 15,7%.",
         "Ekspor produk UMKM Indonesia"),
        ("Di Indonesia, UMKM mencapai 99,3 persen dari total unit usaha.",
         "UMKM dari total unit usaha"),
        ("Rinciannya yaitu Rp61 triliun untuk KUR mikro.", "KUR mikro"),
        # targets and durations
        ("Kemenkop menargetkan rasio kewirausahaan naik menjadi 4% pada 2024.",
         "target rasio kewirausahaan"),
        ("Pelatihan itu berlangsung selama tiga hari.", "lama Pelatihan"),
    ],
)  # fmt: skip
def test_about(text, expected):
    assert abouts(text)[0][1] == expected


def test_recipients_name_what_they_received():
    figs = abouts(
        "Bank itu mengucurkan kredit mikro hingga Rp6,5 triliun kepada lebih dari 545 ribu "
        "debitur."
    )
    assert figs == [("Rp6,5 triliun", "kredit mikro"),
                    ("545 ribu debitur", "debitur penerima kredit mikro")]  # fmt: skip


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
