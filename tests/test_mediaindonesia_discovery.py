"""Discovery rules of the Media Indonesia spider on single pages: which URLs a sitemap or
listing page leads to, and where --since and the page limit stop it; and how it reads an
article response."""

import gzip
from pathlib import Path

from scrapy.http import HtmlResponse, Response, XmlResponse
from scrapy.utils.test import get_crawler

from scrapers.sources import get_source
from scrapers.spiders.mediaindonesia import MediaIndonesiaSpider

SOURCE = get_source("mediaindonesia")
A = "https://mediaindonesia.com/ekonomi/441578/penyaluran-kur-capai-rp2276-triliun"
B = "https://mediaindonesia.com/megapolitan/362573/194-ribu-ukm-jakpreneur"


def spider(**kwargs):
    crawler = get_crawler(MediaIndonesiaSpider, {"PANTAU_MAX_LISTING_PAGES": 2})
    return MediaIndonesiaSpider.from_crawler(crawler, **kwargs)


def urls(requests):
    return [r.url for r in requests]


def test_article_urls_are_section_id_slug_on_the_site_only():
    assert SOURCE.is_article_url(A)
    assert SOURCE.is_article_url("https://www.mediaindonesia.com/ekonomi/441578/kur/")
    assert not SOURCE.is_article_url("https://mediaindonesia.com/author/175/indriyani-astuti")
    assert not SOURCE.is_article_url("https://mediaindonesia.com/tag/umkm")
    assert not SOURCE.is_article_url("https://mediaindonesia.com/ekonomi")
    assert not SOURCE.is_article_url("https://epaper.mediaindonesia.com/ekonomi/1/x")


URLSET = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{A}</loc><news:news><news:publication_date>2021-10-14T12:38:00+07:00</news:publication_date></news:news></url>
<url><loc>{B}</loc><lastmod>2020-11-27T15:52:11+07:00</lastmod></url>
<url><loc>https://mediaindonesia.com/tag/umkm</loc></url>
</urlset>""".encode()  # noqa: E501


def test_a_gzipped_sitemap_leads_to_its_article_urls():
    response = Response("https://mediaindonesia.com/sitemap/2021.xml.gz",
                        body=gzip.compress(URLSET))
    assert urls(spider().parse_sitemap(response)) == [A, B]


def test_since_skips_older_sitemap_entries_by_publication_date_or_lastmod():
    crawl = spider(since="2021-01-01")
    response = XmlResponse("https://mediaindonesia.com/sitemap-news.xml", body=URLSET)
    assert urls(crawl.parse_sitemap(response)) == [A]
    assert crawl.crawler.stats.get_value("pantau/skipped_old") == 1


def test_since_skips_whole_monthly_sitemaps_from_the_index():
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://mediaindonesia.com/sitemap/2020-11.xml</loc>
        <lastmod>2020-11-30T23:00:00+07:00</lastmod></sitemap>
    <sitemap><loc>https://mediaindonesia.com/sitemap/2021-10.xml</loc>
        <lastmod>2021-10-31T23:00:00+07:00</lastmod></sitemap></sitemapindex>"""
    response = XmlResponse("https://mediaindonesia.com/sitemap.xml", body=index)
    assert urls(spider(since="2021-01-01").parse_sitemap(response)) == [
        "https://mediaindonesia.com/sitemap/2021-10.xml"]


def test_a_broken_sitemap_is_counted_not_raised():
    crawl = spider()
    for body in (b"<html>oops", b"", b"\x1f\x8b\x08 truncated gzip"):
        response = Response("https://mediaindonesia.com/sitemap.xml", body=body)
        assert urls(crawl.parse_sitemap(response)) == []
    assert crawl.crawler.stats.get_value("pantau/bad_sitemap") == 3


def test_a_gzipped_sitemap_larger_than_the_download_limit_is_counted_not_unpacked():
    crawler = get_crawler(MediaIndonesiaSpider, {"DOWNLOAD_MAXSIZE": 10_000})
    crawl = MediaIndonesiaSpider.from_crawler(crawler)
    bomb = gzip.compress(b"<urlset>" + b" " * 1_000_000 + b"</urlset>")
    response = Response("https://mediaindonesia.com/sitemap.xml", body=bomb)
    assert urls(crawl.parse_sitemap(response)) == []
    assert crawler.stats.get_value("pantau/bad_sitemap") == 1


def listing(*items, next_page="https://mediaindonesia.com/ekonomi?page=2"):
    lis = "".join(
        f'<li><div class="text"><h3><a href="{url}">judul</a></h3><span>{stamp}</span></div></li>'
        for url, stamp in items)
    pager = f'<div class="pagination"><a class="next" rel="next" href="{next_page}">»</a></div>'
    body = f"""<html><body><ul class="list-3">{lis}</ul>{pager}
        <ul class="list-4"><li><a href="https://mediaindonesia.com/opini/1/populer">x</a></li></ul>
        </body></html>"""
    return HtmlResponse("https://mediaindonesia.com/ekonomi", body=body, encoding="utf-8")


def test_a_listing_leads_to_its_items_and_the_next_page_only():
    page = listing((A, "14/10/2021 12:38"), ("https://mediaindonesia.com/tag/kur", ""),
                   (B, "27/11/2020 15:48"))
    assert urls(spider().parse_listing(page)) == [
        A, B, "https://mediaindonesia.com/ekonomi?page=2"]


def test_a_listing_stops_paging_at_the_limit_and_at_older_items():
    page = listing((A, "14/10/2021 12:38"), (B, "27/11/2020 15:48"))
    assert urls(spider().parse_listing(page, page=2)) == [A, B]  # PANTAU_MAX_LISTING_PAGES
    assert urls(spider(since="2021-01-01").parse_listing(page)) == [A]


def test_an_article_served_in_a_legacy_charset_is_read_with_the_headers_charset():
    """A page in ISO-8859-15 that names its charset only in the HTTP header: "€" (0xA4) is
    not Windows-1252's "¤", which a guess without the header would give."""
    page = (Path(__file__).parent / "fixtures" / "mediaindonesia" / "seed-jakpreneur.html")
    html = page.read_text("utf-8").replace('<meta charset="UTF-8">', "")
    html = html.replace('content="text/html;charset=UTF-8"', 'content="text/html"')
    html = html.replace("194 Ribu UKM Jakpreneur", "194 Ribu UKM Jakpreneur (€1 Juta)")
    body = html.encode("iso-8859-15", errors="xmlcharrefreplace")
    headers = {"Content-Type": "text/html; charset=ISO-8859-15"}
    response = HtmlResponse(B, body=body, headers=headers)
    [article] = spider().parse_article(response)
    assert "(€1 Juta)" in article.title
    assert "Elizabeth Ratu Rante Allo" in article.body
