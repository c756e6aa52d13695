"""Downloader middlewares: the raw WARC archive, replay from it, and crawling a local mirror.

Order (settings.DOWNLOADER_MIDDLEWARES), nearest the network last: archive 940, base URL
950, replay 960. Responses therefore reach the archive with their real URL and before
Scrapy decodes or follows them, so redirects and 404s are archived too.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from scrapers.archive import Exchange, WarcArchiveReader, WarcArchiveWriter

logger = logging.getLogger(__name__)


def _header_pairs(headers: Headers) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items() for value in values
    ]


class WarcArchiveMiddleware:
    """Writes every response, as received, with its request to the crawl's WARC file
    ``<PANTAU_ARCHIVE_DIR>/<spider>-<UTC time>.warc.gz`` (stat ``pantau/archive``)."""

    def __init__(self, crawler, directory: str):
        self.crawler = crawler
        self.directory = Path(directory)
        self.writer: WarcArchiveWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        directory = crawler.settings.get("PANTAU_ARCHIVE_DIR")
        if not directory or crawler.settings.get("PANTAU_REPLAY"):
            raise NotConfigured
        middleware = cls(crawler, directory)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        self.writer = WarcArchiveWriter(self.directory / f"{spider.name}-{stamp}.warc.gz")
        self.crawler.stats.set_value("pantau/archive", str(self.writer.path))

    def spider_closed(self, spider) -> None:
        if self.writer:
            self.writer.close()

    def process_response(self, request: Request, response: Response) -> Response:
        if self.writer is None:
            return response
        self.writer.write(Exchange(
            url=response.url, status=response.status, headers=_header_pairs(response.headers),
            body=response.body, method=request.method,
            request_headers=_header_pairs(request.headers),
        ))
        self.crawler.stats.inc_value("pantau/archived")
        return response


class BaseUrlMiddleware:
    """Sends the requests to a local mirror of the site, the spider's ``base_url``, while
    the crawl keeps seeing the real URLs (``https://<source domain>/<same path>``).

    Tests point the real spider at a local HTTP server this way. A rewritten request was
    already checked against robots.txt under its real URL (whose robots.txt the mirror
    serves), so it is not checked twice.
    """

    _ADDED_DONT_OBEY = "pantau_base_url_dont_obey"

    def __init__(self, base_url: str, real_home: str):
        self.base = urlsplit(base_url)
        self.real = urlsplit(real_home)

    @classmethod
    def from_crawler(cls, crawler):
        spider = crawler.spider
        base_url = getattr(spider, "base_url", None)
        if not base_url:
            raise NotConfigured
        return cls(base_url, spider.source.home)

    def _is_local(self, url: str) -> bool:
        return urlsplit(url).netloc == self.base.netloc

    def _move(self, url: str, to) -> str:
        parts = urlsplit(url)
        return urlunsplit((to.scheme, to.netloc, parts.path, parts.query, ""))

    def process_request(self, request: Request) -> Request | None:
        if self._is_local(request.url) or not request.url.startswith("http"):
            return None
        meta = dict(request.meta)
        if not meta.get("dont_obey_robotstxt"):
            meta.update({"dont_obey_robotstxt": True, self._ADDED_DONT_OBEY: True})
        return request.replace(url=self._move(request.url, self.base), meta=meta, dont_filter=True)

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.pop(self._ADDED_DONT_OBEY, False):
            # Requests derived from this one (redirects, retries) get checked again.
            request.meta.pop("dont_obey_robotstxt", None)
        if not self._is_local(response.url):
            return response
        return response.replace(url=self._move(response.url, self.real))


class WarcReplayMiddleware:
    """Answers every request from the WARC archive ``PANTAU_REPLAY`` instead of the network:
    the recorded response of that URL (robots.txt included), else a 404."""

    def __init__(self, crawler, path: str):
        self.crawler = crawler
        self.reader = WarcArchiveReader(path)
        logger.info("Replaying %d responses from %s", len(self.reader), path)

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("PANTAU_REPLAY")
        if not path:
            raise NotConfigured
        return cls(crawler, path)

    def process_request(self, request: Request) -> Response:
        exchange = self.reader.get(request.url)
        if exchange is None:
            self.crawler.stats.inc_value("pantau/replay_missing")
            return Response(url=request.url, status=404, request=request, flags=["replay"])
        self.crawler.stats.inc_value("pantau/replayed")
        headers = Headers(exchange.headers)
        cls = responsetypes.from_args(headers=headers, url=request.url, body=exchange.body)
        return cls(
            url=request.url, status=exchange.status, headers=headers, body=exchange.body,
            request=request, flags=["replay"],
        )
