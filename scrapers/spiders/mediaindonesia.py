"""Media Indonesia: discovery from the sitemaps, channel, tag and search pages; articles
through the extraction library.

    scrapy crawl mediaindonesia [-a since=YYYY-MM-DD] [-a base_url=http://127.0.0.1:8000]

Only article URLs (``/<section>/<numeric id>/<slug>``) are followed; article pages are
not mined for links. ``since`` stops discovery at older articles: sitemaps whose lastmod,
sitemap entries whose publication date or lastmod, and listing items whose date is older
are skipped, and a listing is not paged further once it reaches them. ``base_url`` sends
the requests to a local mirror while every URL the crawl sees stays the real one.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

import scrapy
from lxml import etree
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from w3lib.encoding import http_content_type_encoding

from scrapers.extract import ExtractionError, NotAnArticle, extract_article
from scrapers.extract.dates import parse_date, wib_day
from scrapers.sources import get_source

_XML_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
_NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


class MediaIndonesiaSpider(scrapy.Spider):
    name = "mediaindonesia"
    source = get_source("mediaindonesia")

    def __init__(self, *args, since: date | str | None = None, base_url: str | None = None,
                 **kwargs):
        super().__init__(*args, **kwargs)
        self.since = date.fromisoformat(str(since)[:10]) if since else None
        self.base_url = base_url or None

    async def start(self):
        src = self.source
        for url in (src.sitemap_index, src.news_sitemap):
            yield scrapy.Request(url, callback=self.parse_sitemap, priority=10)
        for channel in src.channels:
            yield self._listing(src.home + channel)
        for tag in src.tags:
            yield self._listing(f"{src.home}tag/{tag}")
        for query in src.search_queries:
            yield self._listing(src.search(query))

    # -- discovery -------------------------------------------------------------------

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """A sitemap index (follow its sitemaps) or a urlset, news sitemap included."""
        try:
            body = response.body
            if body[:2] == b"\x1f\x8b":  # bounded like any download (a gzip bomb stops there)
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            root = etree.fromstring(body, parser=_XML_PARSER) if body.strip() else None
        except (OSError, EOFError, ValueError, zlib.error, etree.XMLSyntaxError) as exc:
            self._fail("bad_sitemap", response.url, f"{type(exc).__name__}: {exc}")
            return
        kind = etree.QName(root).localname if root is not None else None
        if kind not in ("sitemapindex", "urlset"):
            self._fail("bad_sitemap", response.url, f"not a sitemap but {kind or 'nothing'}")
            return
        is_index = kind == "sitemapindex"
        for entry in root:
            if not isinstance(entry.tag, str):
                continue
            loc = _child_text(entry, "loc")
            published = _child_text(entry, "publication_date", _NEWS_NS)
            when = published or _child_text(entry, "lastmod")
            if not loc:
                continue
            if self._too_old(when):
                self.crawler.stats.inc_value("pantau/skipped_old")
                continue
            if is_index:
                yield scrapy.Request(loc, callback=self.parse_sitemap, priority=10)
            elif self.source.is_article_url(loc):
                yield self._article(loc)

    def parse_listing(self, response: Response, page: int = 1) -> Iterator[scrapy.Request]:
        """A channel, tag or search page: its items (newest first), then the next page."""
        reached_older = False
        for item in response.css("ul.list-3 > li"):
            href = item.css("h3 a::attr(href)").get()
            if not href:
                continue
            url = response.urljoin(href)
            stamp = item.css("div.text > span::text").get()  # "08/1/2026 13:58"
            if self._too_old(parse_date(stamp)):
                self.crawler.stats.inc_value("pantau/skipped_old")
                reached_older = True
                continue
            if self.source.is_article_url(url):
                yield self._article(url)
        next_href = response.css(
            'a[rel="next"]::attr(href), .pagination a.next::attr(href)').get()
        max_pages = self.settings.getint("PANTAU_MAX_LISTING_PAGES")
        if next_href and not reached_older and page < max_pages:
            yield self._listing(response.urljoin(next_href), page + 1)

    def _listing(self, url: str, page: int = 1) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_listing, cb_kwargs={"page": page},
                              priority=5)

    def _article(self, url: str) -> scrapy.Request:
        self.crawler.stats.inc_value("pantau/article_links")
        return scrapy.Request(url.split("#")[0], callback=self.parse_article,
                              errback=self.article_failed)

    def _too_old(self, when: datetime | str | None) -> bool:
        if not self.since or not when:
            return False
        day = wib_day(when)
        return day is not None and day < self.since

    # -- articles --------------------------------------------------------------------

    def parse_article(self, response: Response):
        if not isinstance(response, TextResponse):
            self._fail("extract_failed", response.url, "not an HTML page")
            return
        try:
            article = extract_article(response.body, response.url,
                                      fetched_at=_fetched_at(response),
                                      charset=_header_charset(response))
        except NotAnArticle as exc:
            self._fail("not_article", response.url, str(exc))
            return
        except ExtractionError as exc:
            self._fail("extract_failed", response.url, str(exc))
            return
        except Exception as exc:  # a bug on one page must not stop the crawl
            self.logger.exception("Extraction crashed on %s", response.url)
            self._fail("extract_failed", response.url, f"{type(exc).__name__}: {exc}")
            return
        if self._too_old(article.published):
            self.crawler.stats.inc_value("pantau/skipped_old")
            return
        self.crawler.stats.inc_value("pantau/extracted")
        yield article

    def article_failed(self, failure) -> None:
        if failure.check(HttpError):
            reason = f"HTTP {failure.value.response.status}"
        elif failure.check(IgnoreRequest):
            return  # robots.txt or another filter said no; counted in its own stats
        else:
            reason = f"{type(failure.value).__name__}: {failure.value}"
        self._fail("fetch_failed", failure.request.url, reason)

    def _fail(self, kind: str, url: str, reason: str) -> None:
        self.crawler.stats.inc_value(f"pantau/{kind}")
        self.logger.warning("%s: %s (%s)", kind, url, reason)


def _child_text(element, name: str, namespace: str | None = None) -> str | None:
    """Text of the first descendant named ``name`` (any namespace unless one is given)."""
    for child in element.iter():
        if not isinstance(child.tag, str):
            continue
        qname = etree.QName(child)
        if qname.localname == name and (namespace is None or qname.namespace == namespace):
            return (child.text or "").strip() or None
    return None


def _header_charset(response: Response) -> str | None:
    """The charset the server named in its Content-Type header, if any."""
    content_type = response.headers.get(b"Content-Type")
    return http_content_type_encoding(content_type.decode("latin-1")) if content_type else None


def _fetched_at(response: Response) -> str:
    """When the server answered, in UTC (its Date header: a replay keeps the original time)."""
    header = response.headers.get(b"Date")
    if header:
        try:
            return parsedate_to_datetime(header.decode("latin-1")).astimezone(UTC).isoformat()
        except (TypeError, ValueError):
            pass
    return datetime.now(UTC).isoformat(timespec="seconds")
