"""The source registry: for each publisher, where its articles are found and what their
URLs look like. Declarative data; the spiders read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote_plus, urlsplit


@dataclass(frozen=True)
class Source:
    key: str  # registry key, also the spider name and Article.source
    name: str
    domain: str  # bare host; "www." and "m." variants are the same site
    sitemap_index: str  # sitemapindex of the site's (monthly) sitemaps
    news_sitemap: str  # Google News sitemap: the last days' articles
    channels: tuple[str, ...]  # channel listing pages, paginated
    tags: tuple[str, ...]  # tag pages
    search_url: str  # site search, "{query}" is replaced by the url-encoded query
    search_queries: tuple[str, ...]
    article_path: re.Pattern[str]  # path of an article page
    not_article_sections: frozenset[str] = frozenset()  # first path segments that never are

    @property
    def home(self) -> str:
        return f"https://{self.domain}/"

    def search(self, query: str) -> str:
        return self.search_url.format(query=quote_plus(query))

    def owns(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return host == self.domain or host.removeprefix("www.").removeprefix("m.") == self.domain

    def is_article_url(self, url: str) -> bool:
        """True for this site's article URLs (``/<section>/<numeric id>/<slug>``)."""
        if not self.owns(url):
            return False
        match = self.article_path.fullmatch(urlsplit(url).path)
        return bool(match) and match["section"] not in self.not_article_sections


SOURCES: dict[str, Source] = {
    source.key: source
    for source in [
        Source(
            key="mediaindonesia",
            name="Media Indonesia",
            domain="mediaindonesia.com",
            sitemap_index="https://mediaindonesia.com/sitemap.xml",
            news_sitemap="https://mediaindonesia.com/sitemap-news.xml",
            channels=("ekonomi",),
            tags=("umkm",),
            search_url="https://mediaindonesia.com/search?q={query}",
            search_queries=("umkm",),
            article_path=re.compile(r"/(?P<section>[a-z0-9-]+)/(?P<id>\d+)/(?P<slug>[^/]+)/?"),
            not_article_sections=frozenset({"author", "tag", "foto", "video", "search"}),
        ),
    ]
}


def get_source(key: str) -> Source:
    try:
        return SOURCES[key]
    except KeyError:
        known = ", ".join(sorted(SOURCES))
        raise KeyError(f"unknown source {key!r} (known: {known})") from None
