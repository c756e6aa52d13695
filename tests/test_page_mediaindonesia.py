"""The Media Indonesia page object on the real pages (against the fundus ground truth)
and on the fixtures written in the same markup, the seed article first."""

import json
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from scrapers.extract import ExtractionError, NotAnArticle, extract_article
from scrapers.extract.dates import WIB
from scrapers.extract.facts import extract_facts
from scrapers.extract.generic import GenericPage
from scrapers.extract.pages import page_class
from scrapers.extract.pages.mediaindonesia import MediaIndonesiaPage
from scrapers.urls import canonicalize
from tests.shared_data import REAL_DATA, SEED_TEXT

FIXTURES = Path(__file__).parent / "fixtures" / "mediaindonesia"
INDEX = json.loads((FIXTURES / "INDEX.json").read_text("utf-8"))["articles"]
SEED_URL = ("https://mediaindonesia.com/megapolitan/362573/"
            "194-ribu-ukm-jakpreneur-didorong-bertransformasi-digital")
JUNK = ("Baca juga", "Google News", "WhatsApp", "Editor :", "googletag", "Cek berita",
        "Berita Lainnya", "adsbygoogle")

REAL_PAGES = {
    "ihsg-tembus-9000": "https://mediaindonesia.com/ekonomi/848034/"
    "ihsg-hari-ini-sempat-tembus-9000-indeks-berbalik-melemah-akibat-profit-taking",
    "kpk-iup-nikel-raja-ampat": "https://mediaindonesia.com/ekonomi/822959/"
    "kpk-tak-temukan-surat-pencabutan-iup-nikel-raja-ampat-apa-iya-betul-dicabut",
}


def norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def real(name: str):
    html = (REAL_DATA / "pages" / f"mediaindonesia.com__{name}.html").read_bytes()
    truth = json.loads((REAL_DATA / "groundtruth" / f"mediaindonesia.com__{name}.fundus.json")
                       .read_text("utf-8"))["V1"]
    return extract_article(html, REAL_PAGES[name]), truth


# --- the real pages --------------------------------------------------------------------
@pytest.mark.parametrize("name", REAL_PAGES)
def test_real_page_title(name):
    article, truth = real(name)
    # fundus reads the meta title, where MI drops ":" and "?"; the page object reads the
    # visible <h1>, which keeps them. Same words.
    assert norm(article.title) == norm(truth["title"])
    assert article.title in {
        "IHSG Hari Ini: Sempat Tembus 9.000, Indeks Berbalik Melemah akibat Profit Taking",
        "KPK tak Temukan Surat Pencabutan IUP Nikel Raja Ampat: Apa Iya Betul Dicabut?",
    }


@pytest.mark.parametrize(("name", "authors", "editor"), [
    # fundus takes JSON-LD "author", which MI fills with the *editor*. The byline and
    # MI's own dataLayer ('author': ' Media Indonesia', 'editor': 'Indriyani Astuti') show
    # the ihsg piece is an unsigned desk story edited by Indriyani Astuti...
    ("ihsg-tembus-9000", [], "Indriyani Astuti"),
    # ...and the kpk piece is by Andhika Prasetyo ('author' in dataLayer), edited by Andhika.
    ("kpk-iup-nikel-raja-ampat", ["Andhika Prasetyo"], "Andhika"),
])
def test_real_page_people(name, authors, editor):
    article, truth = real(name)
    assert article.authors == authors
    assert article.editor == editor == truth["authors"][0]


@pytest.mark.parametrize("name", REAL_PAGES)
def test_real_page_published(name):
    article, truth = real(name)
    assert datetime.fromisoformat(article.published) == datetime.fromisoformat(
        truth["publishing_date"])
    assert article.published.endswith("+07:00")
    assert datetime.fromisoformat(article.modified).utcoffset() is not None


def test_real_page_body_matches_fundus_sections():
    article, truth = real("ihsg-tembus-9000")
    expected = []
    for section in truth["body"]["sections"]:
        expected += section["headline"] + section["paragraphs"]
    # the desk code is a field of its own, not the end of the last paragraph
    assert expected[-1].endswith(" (H-4)")
    expected[-1] = expected[-1].removesuffix(" (H-4)")
    assert article.paragraphs == expected
    assert article.desk_code == "(H-4)"


def test_real_page_body_where_fundus_is_wrong():
    article, truth = real("kpk-iup-nikel-raja-ampat")
    lump = truth["body"]["sections"][0]["paragraphs"][0]
    # fundus' early parser kept the photo caption, both "Baca juga" links, the promo and
    # the "Editor :" line in one lump; those must not be in the body...
    for junk in ("Kondisi Tambang di Raja Ampat(Auriga Nusantara)", "Baca juga",
                 "Cek berita dan artikel", "Editor : Andhika"):
        assert junk in lump
        assert junk not in article.body
    # ...while every paragraph of the article is in it, in the same order.
    positions = [norm(lump).find(norm(p)) for p in article.paragraphs]
    assert -1 not in positions and positions == sorted(positions)
    assert len(article.paragraphs) == 9
    assert article.paragraphs[0].startswith("Komisi Pemberantasan Korupsi (KPK) mengaku")
    assert article.desk_code is None


@pytest.mark.parametrize("name", REAL_PAGES)
def test_real_page_tags_section_image(name):
    article, truth = real(name)
    assert article.section == "Ekonomi"
    # the page's tag links; fundus "topics" are the meta keywords, the same set on ihsg
    if "topics" in truth:
        assert {t.lower() for t in article.tags} == {t.lower() for t in truth["topics"]}
    assert len(article.tags) == 5
    assert article.image.url.startswith("https://asset.mediaindonesia.com/news/")
    if "images" in truth:
        cover = truth["images"][0]
        assert article.image.url == cover["versions"][0]["url"]
        assert article.image.caption == f"{cover['caption']} ({cover['authors'][0]})"
    assert article.canonical_url == REAL_PAGES[name]
    assert article.source == "mediaindonesia"


@pytest.mark.parametrize("name", REAL_PAGES)
def test_real_page_body_has_no_junk(name):
    article, _ = real(name)
    for junk in JUNK:
        assert junk not in article.body
    assert article.image.caption.split(" (")[0] not in article.body
    assert "\n\n\n" not in article.body and "\xa0" not in article.body


# --- the seed fixture, every field --------------------------------------------------------
def seed_paragraphs() -> list[str]:
    lines = SEED_TEXT.read_text("utf-8").splitlines()
    start = lines.index("Ilustrasi(Antara)") + 1
    end = next(i for i, line in enumerate(lines) if line.startswith("Cek berita"))
    body = [" ".join(line.split()) for line in lines[start:end]  # the seed has no-break spaces
            if line.strip() and not line.startswith("Baca juga")]
    body[-1] = body[-1].removesuffix("(OL-2)")
    return body


@pytest.fixture(scope="module")
def seed():
    return extract_article((FIXTURES / "seed-jakpreneur.html").read_bytes(), SEED_URL,
                           fetched_at="2026-11-28T12:00:00+00:00")


def test_seed_every_field(seed):
    assert seed.url == SEED_URL
    assert seed.canonical_url == SEED_URL
    assert seed.source == "mediaindonesia"
    assert seed.title == "194 Ribu UKM Jakpreneur Didorong Bertransformasi Digital"
    assert seed.authors == ["Putri Anisa Yuliani"]
    assert seed.editor == "Baharman"  # not the JSON-LD "author", which MI sets to the editor
    assert seed.published == "2020-11-27T15:48:00+07:00"
    assert seed.modified == "2020-11-27T15:52:11+07:00"
    assert seed.section == "Megapolitan"
    assert seed.tags == ["UKM", "Jakpreneur", "Pemprov DKI Jakarta", "Transformasi Digital"]
    assert seed.image.url.startswith("https://asset.mediaindonesia.com/news/2020/11/27/")
    assert seed.image.caption == "Ilustrasi (Antara)"
    assert seed.desk_code == "(OL-2)"
    assert seed.description.startswith("PEMPROV DKI Jakarta hingga saat ini telah mencetak")
    assert seed.language == "id"
    assert seed.fetched_at == "2026-11-28T12:00:00+00:00"


def test_seed_body_is_the_seed_text(seed):
    assert seed.paragraphs == seed_paragraphs()
    assert seed.paragraphs[-1].endswith('pelaku usaha," terangnya.')
    assert len(seed.paragraphs) == 11
    for junk in JUNK + ("Ilustrasi", "(OL-2)", "Warga Kampung Becek", "Headline", "PRESIDEN"):
        assert junk not in seed.body


def test_seed_enriched_with_facts(seed):
    facts = extract_facts(seed.body, datetime(2020, 11, 27, 15, 48, tzinfo=WIB))
    assert seed.figures == facts.figures
    assert [replace(q, said_on=None) for q in seed.quotes] == facts.quotes
    assert {q.said_on for q in seed.quotes} == {"2020-11-27"}
    assert seed.entities == facts.entities
    assert seed.relevance == facts.relevance


# --- every fixture against INDEX.json ----------------------------------------------------------
@pytest.mark.parametrize("entry", [e for e in INDEX if not e["broken"]], ids=lambda e: e["file"])
def test_fixture_matches_index(entry):
    article = extract_article((FIXTURES / entry["file"]).read_bytes(), entry["url"])
    assert article.canonical_url == entry["url"] == canonicalize(entry["url"])
    assert article.title == entry["title"]
    assert article.published == entry["published"]
    assert article.modified == entry["modified"]
    assert article.section.lower() == entry["section"]
    assert article.tags == entry["tags"]
    assert article.authors == entry["authors"]
    assert article.editor == entry["editor"]
    assert article.desk_code == entry["desk_code"]
    assert article.image.url == entry["image"]["url"]
    assert article.image.caption == entry["image"]["caption"]
    assert article.paragraphs == entry["paragraphs"]
    for junk in JUNK:
        assert junk not in article.body


def test_fixture_fetched_from_a_variant_url_keeps_the_canonical_identity(seed):
    variant = "http://www.mediaindonesia.com/megapolitan/362573/x?utm_source=fb"
    article = extract_article((FIXTURES / "seed-jakpreneur.html").read_bytes(), variant)
    assert article.url == variant
    assert article.canonical_url == SEED_URL
    assert article.id == seed.id


def test_broken_fixture_keeps_what_arrived():
    entry = next(e for e in INDEX if e["broken"])
    article = extract_article((FIXTURES / entry["file"]).read_bytes(), entry["url"])
    assert article.title == entry["title"]
    assert article.published == entry["published"]
    assert len(article.paragraphs) == 4
    assert article.paragraphs[1].startswith("Direktur Jenderal Pengembangan Ekspor Nasional")
    assert article.paragraphs[-1].endswith("paling banyak diminati pembeli dari")
    assert article.editor is None  # the editor line never arrived


def test_article_page_without_body_fails_with_reason():
    html = (FIXTURES / "seed-jakpreneur.html").read_text("utf-8")
    start = html.index("<p>PEMPROV")
    end = html.index('<div class="ext-channel">')
    with pytest.raises(ExtractionError) as error:
        extract_article(html[:start] + html[end:], SEED_URL)
    assert not isinstance(error.value, NotAnArticle)
    assert SEED_URL in str(error.value) and "body" in str(error.value)


def test_article_page_without_title_fails_with_reason():
    html = (FIXTURES / "seed-jakpreneur.html").read_text("utf-8")
    html = re.sub(r"<h1>.*?</h1>", "<h1></h1>", html)
    html = re.sub(r'(og:title"\s+content=|"headline": )"[^"]*"', r'\1""', html)
    html = re.sub(r"<title>.*?</title>", "<title></title>", html, flags=re.S)
    with pytest.raises(ExtractionError, match="without a title"):
        extract_article(html, SEED_URL)


@pytest.mark.parametrize("html", [b"", b"\x00\x01\x02", b"<html><body>Halaman tidak ditemukan"])
def test_empty_or_garbage_page_is_not_an_article(html):
    with pytest.raises(NotAnArticle, match="mediaindonesia.com"):
        extract_article(html, SEED_URL)


@pytest.mark.parametrize(("url", "page"), [
    (SEED_URL, MediaIndonesiaPage),
    ("https://www.mediaindonesia.com/ekonomi/1/x", MediaIndonesiaPage),
    ("https://m.mediaindonesia.com/ekonomi/1/x", MediaIndonesiaPage),
    ("https://money.kompas.com/read/2023/11/02/1/x", GenericPage),
    ("https://notmediaindonesia.com/ekonomi/1/x", GenericPage),
])
def test_registry_picks_the_page_object_by_domain(url, page):
    assert page_class(url) is page


def test_every_truncation_of_the_seed_gives_an_article_or_a_clean_error():
    html = (FIXTURES / "seed-jakpreneur.html").read_bytes()
    lead = seed_paragraphs()[0]
    outcomes = set()
    for cut in range(0, len(html), 400):
        try:
            article = extract_article(html[:cut], SEED_URL)
        except ExtractionError as error:
            assert SEED_URL in str(error)
            outcomes.add(type(error).__name__)
        else:
            assert article.title == "194 Ribu UKM Jakpreneur Didorong Bertransformasi Digital"
            assert article.paragraphs[0] == lead or lead.startswith(article.paragraphs[0])
            outcomes.add("Article")
    assert outcomes == {"NotAnArticle", "ExtractionError", "Article"}
