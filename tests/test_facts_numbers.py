"""Indonesian number notation: thousands dots, decimal commas, scale words, spelled numbers."""

import pytest

from scrapers.extract.facts.numerals import SPELLED_RE, parse_digits, scale, spelled_value


@pytest.mark.parametrize(
    "token, value",
    [
        ("194.536", 194536), ("1,5", 1.5), ("8.925,47", 8925.47), ("6.962.882", 6962882),
        ("0,03", 0.03), ("292.6", 292.6), ("323", 323), ("1,000,000", 1_000_000),
    ],
)  # fmt: skip
def test_digits(token, value):
    assert parse_digits(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["41.2.3", "1.23.456", "1,2,3", "", "1.234,5,6"])
def test_not_one_number(token):
    assert parse_digits(token) is None


def test_scale_words():
    assert scale("ribu") == 1e3 and scale("rb") == 1e3 and scale("jutaan") == 1e6
    assert scale("jt") == 1e6 and scale("Miliar") == 1e9 and scale("triliun") == 1e12
    assert scale("M") == 1e9 and scale("T") == 1e12
    assert scale("m") is None and scale("t") is None and scale("orang") is None


@pytest.mark.parametrize(
    "words, value",
    [("tiga", 3), ("delapan", 8), ("dua belas", 12), ("dua puluh lima", 25),
     ("empat setengah", 4.5), ("seratus", 100), ("sejuta", 1e6), ("sebelas", 11)],
)  # fmt: skip
def test_spelled(words, value):
    m = SPELLED_RE.search(f"ada {words} program")
    assert m and m.group() == words
    assert spelled_value(m.group()) == value


def test_spelled_needs_whole_words():
    assert SPELLED_RE.search("kedua pihak dua-duanya") is None


def test_scaled_values_are_exact():
    from scrapers.extract.facts import extract_facts

    values = [f.value for f in extract_facts(
        "Penyaluran KUR mencapai Rp273,9 miliar, naik dari Rp227,6 triliun dan Rp0,3 juta."
    ).figures]
    assert values == [273_900_000_000, 227_600_000_000_000, 300_000]
