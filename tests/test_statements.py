"""``said_on``: the day a quote was said, from the day-months the article gives, in the
year its publication date implies."""

from datetime import datetime

from scrapers.extract import extract_article
from scrapers.extract.dates import WIB
from scrapers.extract.facts import extract_facts
from scrapers.extract.statements import date_quotes
from tests.site.crawl import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "mediaindonesia"


def said_on(body: str, published: datetime) -> list[tuple[str, str | None]]:
    quotes = extract_facts(body, published).quotes
    date_quotes(body, quotes, published)
    return [(q.text.split()[0], q.said_on) for q in quotes if q.type == "direct"]


def test_every_quote_of_the_seed_was_said_on_the_webinar_day():
    article = extract_article(
        (FIXTURES / "seed-jakpreneur.html").read_bytes(),
        "https://mediaindonesia.com/megapolitan/362573/"
        "194-ribu-ukm-jakpreneur-didorong-bertransformasi-digital")
    assert article.quotes
    # Quotes before "Hal itu disampaikan Ratu dalam webinar ... Jumat (27/11)" included.
    assert {q.said_on for q in article.quotes} == {"2020-11-27"}


def test_a_day_inside_the_quoted_words_is_not_the_day_it_was_said():
    article = extract_article(
        (FIXTURES / "umkm-bali-pariwisata.html").read_bytes(),
        "https://mediaindonesia.com/nusantara/459930/umkm-bali-bangkit-seiring-pulihnya-pariwisata")
    mardiana = next(q for q in article.quotes if q.text.startswith("Sejak Kamis (30/12)"))
    # Published 3 January 2022: "Senin (3/1)" is that day, "(30/12)" in the quote is 2021.
    assert mardiana.said_on == "2022-01-03"


def test_each_paragraph_keeps_its_own_occasion_and_years_follow_publication():
    body = (
        'Menteri Koperasi dan UKM Teten Masduki meninjau pasar di Bandung, Selasa (29/12).\n\n'
        '"Pasar harus kembali ramai," kata Teten.\n\n'
        'Sehari kemudian, Teten hadir di Surabaya, Rabu (30/12). "Kami tambah KUR," ujarnya.')
    published = datetime(2021, 1, 2, 9, 0, tzinfo=WIB)
    assert said_on(body, published) == [("Pasar", "2020-12-29"), ("Kami", "2020-12-30")]


def test_no_day_in_the_article_leaves_said_on_empty():
    body = '"Kami tambah KUR tahun ini," kata Teten Masduki di Jakarta.'
    assert said_on(body, datetime(2021, 1, 2, tzinfo=WIB)) == [("Kami", None)]
