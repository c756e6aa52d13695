"""Any string gives a clean result: no exception, offsets inside the text, linear time.

Property tests over generated text (biased towards the characters the rules look at) and
pathological inputs. Each example is small, so the whole file runs in seconds.
"""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrapers.extract.facts import extract_facts

SEED = (
    Path(__file__).parent / "devset" / "texts" / "s00_mediaindonesia_seed_jakpreneur.txt"
).read_text(encoding="utf-8")
PIECES = st.sampled_from(
    ['"', "“", "”", "''", "'", ".", ",", "-", "/", ":", "%", "(", ")", "\n", "\n\n", " ", "Rp",
     "Rp.", "juta", "ribu", "triliun", "M", "T", "persen", "kata", "ujarnya", "Ia", "dia",
     "Menteri", "Kepala Dinas", "Teten Masduki", "Ratu", "UKM", "pelaku usaha", "tiga", "dua puluh",
     "setengah", "hingga", "sekitar", "lebih", "2020", "194.536", "1,5", "0811", "Baca juga:",
     "Menurut", "mengatakan", "(", "PT", "Nomor", "tahun", "kuartal", "Level", "\x00", "\ufffd"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=120).map("".join),
)


def check(text):
    facts = extract_facts(text)
    json.dumps(facts.to_dict())
    for f in facts.figures:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.raw
        assert f.value == f.value  # not NaN
    for q in facts.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
    assert 0.0 <= facts.relevance["score"] <= 1.0
    return facts


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_a_clean_result(text):
    check(text)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(0, len(SEED)), st.integers(0, len(SEED)), st.sampled_from(['"', "“", "”", "\n", ""])
)
def test_damaged_seed(i, j, insert):
    i, j = sorted((i, j))
    check(SEED[:i] + insert + SEED[j:])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        bytes(range(256)).decode("latin-1") * 200,
        '"' * 20000,
        '"abc ' * 20000,
        "“" * 5000 + "”" * 5000,
        "1" * 100000,
        "1." * 50000,
        "1," * 50000,
        ".".join(["123"] * 30000),
        "Rp" * 20000 + "1" * 1000,
        "Aaaa " * 50000,
        "kata " * 30000,
        "Menteri " * 20000 + "Teten Masduki",
        "-" * 50000 + "5 persen",
    ],
    ids=lambda t: repr(t[:12]),
)
def test_pathological(text):
    check(text)


def test_five_megabytes():
    text = (SEED + "\n\n") * (5_000_000 // (len(SEED) + 2))
    facts = check(text)
    copies = text.count("PEMPROV DKI Jakarta hingga")
    assert len([q for q in facts.quotes if q.type == "direct"]) == 4 * copies
    assert len(facts.figures) == 11 * copies


def test_rejects_non_text():
    with pytest.raises(TypeError):
        extract_facts(b"bytes are not text")


def test_carriage_returns_stay_as_written_in_figures_and_quotes():
    assert [f.raw for f in check("Modal Rp\r5 juta").figures] == ["Rp\r5 juta"]
    facts = check('Omzet naik.\r"Pasar\rramai," kata Budi Santoso.')
    assert [q.text for q in facts.quotes] == ["Pasar\rramai"]
