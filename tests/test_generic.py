"""The generic fallback on the real pages of other sites, against the anpandu and htmldate
ground truth (strong hints, not truth: where they disagree the test says why)."""

import csv
import json
import re
from datetime import date, datetime

import pytest

from scrapers.extract import ExtractionError, NotAnArticle, extract_article
from scrapers.extract.dates import WIB
from scrapers.extract.generic import GenericPage
from scrapers.extract.html import decode_html
from tests.shared_data import REAL_DATA

MANIFEST = {row["file"]: row for row in csv.DictReader(
    (REAL_DATA / "MANIFEST.tsv").open(encoding="utf-8"), delimiter="\t")}
ANPANDU = sorted(p.name.removesuffix(".anpandu.json")
                 for p in (REAL_DATA / "groundtruth").glob("*.anpandu.json"))
HTMLDATE = sorted(p.name.removesuffix(".htmldate.json")
                  for p in (REAL_DATA / "groundtruth").glob("*.htmldate.json"))
OTHER_SITES = sorted(p.stem for p in (REAL_DATA / "pages").glob("*.html")
                     if not p.name.startswith("mediaindonesia"))
NONARTICLE = {
    "kompas.com__index-page": "http://indeks.kompas.com/",
    "liputan6.com__index-page": "http://www.liputan6.com/indeks",
    "okezone.com__index-page": "http://www.okezone.com/",
}
JUNK_START = re.compile(r"^(baca juga|editor\s*:|pewarta\s*:|copyright|©|simak video|\[gambas"
                        r"|periksa kembali|data dirimu|sumber\s*:|foto terkait)", re.IGNORECASE)
DESK = re.compile(r"\s*\([A-Za-z]{2,6}/[A-Za-z]{2,6}\)$")
KOMPAS_2016 = "kompas.com__menteri-yuddy-ancam-pns-yang"
KOMPAS_DATELINE = b"Selasa, 16 Februari 2016 | 14:38 WIB"


def norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def extract(name: str):
    html = (REAL_DATA / "pages" / f"{name}.html").read_bytes()
    return extract_article(html, MANIFEST[f"{name}.html"]["url"])


def anpandu(name: str) -> dict:
    return json.loads((REAL_DATA / "groundtruth" / f"{name}.anpandu.json").read_text("utf-8"))


@pytest.mark.parametrize("name", ANPANDU)
def test_title(name):
    article, truth = extract(name), anpandu(name)
    if name == "republika.co.id__kpk-periksa-pejabat-mahkamah-agung":
        # anpandu reads the photo-page heading "In Picture: ..."; the page's og:title and
        # <title> name the story without the rubric, which is what we keep.
        assert truth["title"] == f"In Picture: {article.title}"
    else:
        assert article.title == truth["title"]


@pytest.mark.parametrize("name", ANPANDU)
def test_published(name):
    article, truth = extract(name), anpandu(name)
    published = datetime.fromisoformat(article.published)
    assert published.utcoffset() is not None
    if isinstance(truth["date"], str):
        # republika city-kontrak: anpandu's old test only asserts the day (midnight WIB as
        # UTC); the page's dateline gives the time too.
        assert published.astimezone(WIB).date() == date(2015, 11, 18)
        assert published.isoformat() == "2015-11-18T10:18:00+07:00"
    else:
        assert int(published.timestamp() * 1000) // 60000 == truth["date"] // 60000


@pytest.mark.parametrize("name", ANPANDU)
def test_body_beginning_and_end(name):
    article, truth = extract(name), anpandu(name)
    lines = [line for line in truth["content"].split("\n") if line.strip()]
    # the start of the first paragraph, past datelines such as "Jakarta -" that the
    # extractor keeps in front and anpandu sometimes drops
    assert norm(lines[0])[15:65] in norm(article.paragraphs[0])
    last = lines[-1]
    if last.startswith("Sumber:"):
        # antara PR Wire: anpandu keeps the "Sumber:" credit line; we drop such lines
        last = lines[-2]
    # anpandu leaves desk codes "(Cas/Isk)", "(fyk/ash)" in the text; we take them out
    assert norm(DESK.sub("", last))[-50:] in norm(" ".join(article.paragraphs[-2:]))


@pytest.mark.parametrize("name", OTHER_SITES)
def test_body_has_no_junk_lines(name):
    article = extract(name)
    assert len(article.paragraphs) >= 2
    for paragraph in article.paragraphs:
        assert not JUNK_START.match(paragraph), paragraph
        assert not re.fullmatch(r"[-\w ,/]*\d{1,2}[:.]\d{2} ?WIB", paragraph), paragraph
    assert len(set(article.paragraphs)) == len(article.paragraphs)


@pytest.mark.parametrize("name", HTMLDATE)
def test_publication_date_against_htmldate(name):
    truth = json.loads((REAL_DATA / "groundtruth" / f"{name}.htmldate.json").read_text("utf-8"))
    article = extract(name)
    published = datetime.fromisoformat(article.published)
    assert published.astimezone(WIB).date().isoformat() == truth["date"]


def test_kompas_writer_and_editor_are_not_the_company():
    # meta[name=author] is "Kompas Cyber Media"; the JSON-LD author is the editor
    article = extract("kompas.com__menhub-tiket-pesawat")
    assert article.authors == ["Isna Rifka Sri Rahayu"]
    assert article.editor == "Yoga Sukmana"
    assert article.published == "2023-11-02T21:34:19+07:00"  # article:published_time is UTC
    assert article.section == "Money"
    assert article.tags == ["Menhub", "tiket pesawat", "harga tiket pesawat"]


@pytest.mark.parametrize("name", [n for n in OTHER_SITES if n.startswith("kompas")])
def test_kompas_company_is_never_an_author(name):
    assert "Kompas Cyber Media" not in extract(name).authors


def test_detik_dateline_beats_sidebar_and_false_utc_meta():
    # the page's dateline is a bare "Kamis, 05/11/2015 10:08 WIB" under the headline;
    # sidebars above it carry other times (09:25 ...), and meta pubdate says
    # "2015-11-05 T10:08:58Z", which is WIB mislabelled as UTC
    article = extract("detik.com__google-umbar-kelemahan-galaxy-s6")
    assert article.published == "2015-11-05T10:08:00+07:00"
    # the "<strong>Jakarta</strong> -" dateline is loose text before the first <p>
    assert article.paragraphs[0].startswith("Jakarta - Galaxy S6 Edge, dengan material premium")
    assert "Kamis, 05/11/2015" not in article.body


def test_liputan6_editor_and_desk_code():
    article = extract("liputan6.com__tri-indonesia-broadband-dorong-ekosistem")
    assert article.authors == ["Corry Anestia"]
    assert article.editor == "Iskandar"  # from the JSON-LD keyword "Editor:Iskandar"
    assert article.tags == ["Media Visit", "Hutchison 3 Indonesia"]
    assert article.desk_code == "(Cas/Isk)"
    assert not article.body.endswith(")")


def test_antara_byline_and_editor_line():
    article = extract("antaranews.com__prostitusi-ditenggarai-sudah-merambah-ke")
    assert article.authors == ["Budisantoso Budiman", "Agus S"]
    assert article.editor == "Ade Marboen"
    assert "Editor" not in article.body and "COPYRIGHT" not in article.body


@pytest.mark.parametrize("name", OTHER_SITES)
def test_canonical_url_and_source(name):
    article = extract(name)
    assert article.canonical_url.startswith("https://")
    assert article.source in name
    assert article.source != "mediaindonesia"


@pytest.mark.parametrize(("name", "url"), NONARTICLE.items())
def test_index_pages_are_not_articles(name, url):
    html = (REAL_DATA / "nonarticle" / f"{name}.html").read_bytes()
    with pytest.raises(NotAnArticle) as error:
        extract_article(html, url)
    assert url in str(error.value) and "not an article" in str(error.value)
    assert isinstance(error.value, ExtractionError)


def test_kompas_index_page_with_og_type_article_is_still_not_an_article():
    html = decode_html((REAL_DATA / "nonarticle" / "kompas.com__index-page.html").read_bytes())
    page = GenericPage(html, NONARTICLE["kompas.com__index-page"])
    assert page.meta["og:type"] == "article"
    assert not page.is_article


# --- charsets ------------------------------------------------------------------------
def test_page_encoded_in_windows_1252_but_declaring_utf8():
    name = "antaranews.com__bantu-pulihkan-perdamaian-dunia-turki"
    original = (REAL_DATA / "pages" / f"{name}.html").read_bytes()
    text = original.decode("utf-8")
    assert 'charset=utf-8"' in text
    recoded = text.encode("cp1252", errors="xmlcharrefreplace")
    assert recoded != original
    article = extract_article(recoded, MANIFEST[f"{name}.html"]["url"])
    assert article.paragraphs == extract(name).paragraphs
    assert "B\u00fcnyamin" in article.body


def test_utf8_page_declaring_latin1():
    name = "antaranews.com__bantu-pulihkan-perdamaian-dunia-turki"
    original = (REAL_DATA / "pages" / f"{name}.html").read_bytes()
    mislabelled = original.replace(b'charset=utf-8"', b'charset=iso-8859-1"')
    assert mislabelled != original
    article = extract_article(mislabelled, MANIFEST[f"{name}.html"]["url"])
    assert article.body == extract(name).body
    assert "B\u00fcnyamin" in article.body  # not "B\u00c3\u00bcnyamin"


def test_latin1_page_declaring_latin1():
    html = ('<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head>'
            "<body><p>Kop\u00ed</p></body></html>").encode("latin-1")
    assert decode_html(html) == html.decode("latin-1")


def test_double_encoded_utf8_is_repaired():
    # UTF-8 read once as Windows-1252 ("â€“") or Latin-1, then saved as UTF-8
    text = "Koperasi \u2013 UMKM \u2018naik kelas\u2019 di caf\u00e9"
    assert decode_html(text.encode("utf-8").decode("cp1252")) == text
    assert decode_html(text.encode("utf-8").decode("cp1252").encode("utf-8")) == text
    quoted = "\u201cnaik kelas\u201d"
    assert decode_html(quoted.encode("utf-8").decode("latin-1").encode("utf-8")) == quoted
    assert decode_html(text.encode("utf-8")) == text


def test_http_header_charset_is_used_when_the_page_is_not_utf8():
    html = "<p>\u0130stanbul</p>".encode("iso-8859-9")
    assert decode_html(html, declared="iso-8859-9") == "<p>\u0130stanbul</p>"


# --- people: bylines and labelled credits --------------------------------------------
@pytest.mark.parametrize(("name", "authors", "editor"), [
    # detik 2015: no author meta; <div class="author"><strong>Name</strong> - detikinet</div>
    ("detik.com__google-umbar-kelemahan-galaxy-s6", ["Fino Yurio Kristo"], None),
    ("detik.com__stroke-umur-26", ["Vidya Pinandhita"], None),
    # Kompas 2016: meta author is the company; the writer and editor sit in the credit
    # table at the end ("Penulis | : Nabilla Tashandra"); span.author near the photo is
    # the photographer ("KOMPAS.com/NABILLA TASHANDRA"), not a byline
    ("kompas.com__menteri-yuddy-ancam-pns-yang", ["Nabilla Tashandra"], "Bayu Galih"),
    # "Penulis : Kontributor Lhokseumawe, Masriadi": the role and place are not a name
    ("kompas.com__polres-lhokseumawe-serahkan-anggota-di", ["Masriadi"], "Ervan Hardoko"),
    ("kompas.com__samsul-arif-tak-beban-lawan", ["Ferril Dennys"], "Aloysius Gonsaga AE"),
    ("kompas.com__menhub-tiket-pesawat", ["Isna Rifka Sri Rahayu"], "Yoga Sukmana"),
    # Okezone: <div class="nmreporter"><div>Dewi Kania</div><span>Jurnalis</span></div>
    ("okezone.com__sering-depresi-berat-hati-hati", ["Dewi Kania"], None),
    # Antara PR Wire: the byline is the CMS login "prwir" and the editor line the wire
    # service "PR Wire": a press release names no writer and no editor
    ("antaranews.com__bantu-pulihkan-perdamaian-dunia-turki", [], None),
    ("antaranews.com__penerbangan-bandara-internasional-lombok-dibatalkan", ["Nur Imansyah"],
     "Ade Marboen"),
    # Republika: "Rep: C31/ Red: Israr Itah" (C31 is a reporter code, not a name),
    # "Redaktur | : | Mohamad Amin Madani" on the photo page
    ("republika.co.id__city-kontrak-baru-fernandinho", [], "Israr Itah"),
    ("republika.co.id__marcella-zalianty-promo-pariwisata-indonesia", [], "Yudha Manggala P Putra"),
    ("republika.co.id__kpk-periksa-pejabat-mahkamah-agung", [], "Mohamad Amin Madani"),
    ("liputan6.com__london-love-story-tembus-ribu", ["Ratnaning Asih"], "Aditia Saputra"),
])
def test_authors_and_editor_from_the_page_markup(name, authors, editor):
    article = extract(name)
    assert article.authors == authors
    assert article.editor == editor


def test_oleh_byline_without_a_colon():
    # the Kompas 2016 credit table rewritten as the common "Oleh <a>Name</a>" byline
    html = (REAL_DATA / "pages" / f"{KOMPAS_2016}.html").read_text(encoding="utf-8")
    html, count = re.subn(r'<table class="grey">.*?</table>',
                          '<p>Oleh <a href="/penulis/nabilla">Nabilla Tashandra</a></p>', html,
                          flags=re.S)
    assert count == 1
    article = extract_article(html, MANIFEST[f"{KOMPAS_2016}.html"]["url"])
    assert article.authors == ["Nabilla Tashandra"]
    assert article.editor is None


# --- the lead image's caption ---------------------------------------------------------
@pytest.mark.parametrize(("name", "caption"), [
    # <figcaption> with the credit inside it
    ("detik.com__stroke-umur-26",
     "Ilustrasi stroke. (Foto: Getty Images/iStockphoto/peterschreiber.media)"),
    # Kompas 2023: div.photo__caption beside the cover photo; "...2023).(credit)" spaced
    ("kompas.com__menhub-tiket-pesawat",
     "Menteri Perhubungan Budi Karya Sumadi (kiri) dan Menteri Keuangan Sri Mulyani (kanan)"
     " dalam acara Kompas100 CEO Forum ke-14 di Novotel Balikpapan pada Rabu (1/11/2023)."
     " (Tangkapan layar Kanal YouTube Harian Kompas)"),
    # Kompas 2016: loose text after the credit span in div.photo; og:image is another
    # rendition ("...persibp.jpg") of the file shown ("...persib780x390.jpg")
    ("kompas.com__samsul-arif-tak-beban-lawan",
     "Samsul Arif dan Purwaka Yudi gabung dengan skuad Persib Bandung untuk Bali Island Cup."
     " (Twitter @Persib)"),
    # detik 2015: <div class="pic_artikel"><img><span>caption</span></div>
    ("detik.com__google-umbar-kelemahan-galaxy-s6", "Galaxy S6 Edge & S6 (ist)"),
    # Republika: credit in div.cap-foto before the image, caption in the next div.caption
    ("republika.co.id__city-kontrak-baru-fernandinho", "Fernandinho (Reuters)"),
    # Okezone: div.caption-img-ab; og:image and the <img> differ in their random suffix
    ("okezone.com__sering-depresi-berat-hati-hati",
     "Depresi berat, waspada diabetes! (Foto: Usnews)"),
    # Liputan6: the same photo's thumbnail in the navigation menu comes first; the
    # figcaption belongs to the one in the article
    ("liputan6.com__london-love-story-tembus-ribu", "Poster London Love Story"),
])
def test_lead_image_caption(name, caption):
    assert extract(name).image.caption == caption


def test_antara_caption_keeps_its_photo_credit():
    caption = extract("antaranews.com__prostitusi-ditenggarai-sudah-merambah-ke").image.caption
    assert caption.startswith("Dokumentasi anggota Satuan Polisi Pamong Praja Wanita")
    assert caption.endswith("(ANTARA FOTO/Sahrul Manda Tikupadang)")


def test_no_caption_taken_from_the_next_picture():
    # detik's lead <figure> without its figcaption, followed by another photo's figure:
    # that caption is the other photo's, not the lead image's
    name = "detik.com__stroke-umur-26"
    html = (REAL_DATA / "pages" / f"{name}.html").read_text(encoding="utf-8")
    lead = re.search(r'<figcaption class="detail__media-caption">.*?</figcaption>\s*</figure>',
                     html, re.S)
    other = ('</figure><figure class="detail__media-image"><img src="https://awsimages.detik'
             '.net.id/community/media/visual/2023/11/02/donna-king_169.jpeg?w=700&q=90" alt="">'
             '<figcaption class="detail__media-caption">Donna King (Foto: Instagram)</figcaption>'
             "</figure>")
    html = html[:lead.start()] + other + html[lead.end():]
    article = extract_article(html, MANIFEST[f"{name}.html"]["url"])
    assert article.image.url.endswith("ilustrasi-pendarahan-otak_169.jpeg")
    assert article.image.caption is None


def test_no_caption_when_the_lead_image_is_not_on_the_page():
    # Antara PR Wire's og:image is a bare directory URL shown nowhere with a caption
    assert extract("antaranews.com__bantu-pulihkan-perdamaian-dunia-turki").image.caption is None


# --- dates without metadata or dateline -------------------------------------------------
def without_dateline(name: str, dateline: bytes) -> bytes:
    html = (REAL_DATA / "pages" / f"{name}.html").read_bytes()
    assert html.count(dateline) == 1
    return html.replace(dateline, b"")


@pytest.mark.parametrize(("name", "dateline", "day"), [
    (KOMPAS_2016, KOMPAS_DATELINE, "2016-02-16"),  # /read/2016/02/16/...
    ("republika.co.id__marcella-zalianty-promo-pariwisata-indonesia",  # /16/02/15/o2l07x284-...
     b"Senin, 15 Februari 2016, 16:15 WIB", "2016-02-15"),
    ("okezone.com__sering-depresi-berat-hati-hati", b"Kamis, 5 November 2015 - 15:56 wib",
     "2015-11-05"),
])
def test_date_in_the_url_when_the_page_has_no_other(name, dateline, day):
    html = without_dateline(name, dateline)
    article = extract_article(html, MANIFEST[f"{name}.html"]["url"])
    assert article.published == f"{day}T00:00:00+07:00"


def test_sidebar_time_that_contradicts_the_url_is_not_the_publication_date():
    html = without_dateline(KOMPAS_2016, KOMPAS_DATELINE).replace(
        b"</body>", b'<aside><time datetime="2016-01-03T08:00:00+07:00">3/1</time></aside></body>')
    article = extract_article(html, MANIFEST[f"{KOMPAS_2016}.html"]["url"])
    assert article.published == "2016-02-16T00:00:00+07:00"


def test_microdata_date_beats_the_url_day():
    microdata = b'<span itemprop="datePublished" content="2016-02-16T14:38:23+07:00"></span>'
    html = without_dateline(KOMPAS_2016, KOMPAS_DATELINE).replace(b"<h2>", microdata + b"<h2>", 1)
    article = extract_article(html, MANIFEST[f"{KOMPAS_2016}.html"]["url"])
    assert article.published == "2016-02-16T14:38:23+07:00"


# --- body -------------------------------------------------------------------------------
def test_press_release_dateline_joins_its_paragraph_and_photo_links_go():
    article = extract("antaranews.com__bantu-pulihkan-perdamaian-dunia-turki")
    assert article.paragraphs[0].startswith(
        "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Pemerintah kota Cekmekoy")
    assert "photos.prnewswire.com" not in article.body


def test_malformed_image_and_canonical_urls_are_dropped_not_raised():
    html = (REAL_DATA / "pages" / f"{KOMPAS_2016}.html").read_bytes()
    broken = html.replace(b'og:image" content="http://', b'og:image" content="http://[')
    broken = broken.replace(b'canonical" href="http://', b'canonical" href="http://[')
    assert broken.count(b"http://[") == 2
    article = extract_article(broken, MANIFEST[f"{KOMPAS_2016}.html"]["url"])
    assert article.image is None
    assert article.canonical_url == extract(KOMPAS_2016).canonical_url  # from og:url
    assert article.body == extract(KOMPAS_2016).body
