"""Store articles in the embedded index: one per canonical URL per crawl, unchanged
content a no-op. Counts ``pantau/added``, ``changed``, ``unchanged``, ``stale`` and
``duplicate`` in the crawl stats."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from indexer.embedded import EmbeddedIndex
from scrapers.record import Article


class EmbeddedStorePipeline:
    """Upserts into the ``PANTAU_DB`` embedded index (SQLite + FTS5)."""

    def __init__(self, stats, db_path: str):
        self.stats = stats
        self.db_path = db_path
        self.index: EmbeddedIndex | None = None
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats, crawler.settings.get("PANTAU_DB"))

    def open_spider(self):
        self.index = EmbeddedIndex(self.db_path)
        self.stats.set_value("pantau/db", str(self.index.path))

    def close_spider(self):
        if self.index is not None:
            self.index.close()

    def process_item(self, item: Article):
        if item.canonical_url in self.seen:
            self.stats.inc_value("pantau/duplicate")
            raise DropItem(f"duplicate of {item.canonical_url} in this crawl ({item.url})",
                           log_level="INFO")  # expected: sites link articles many ways
        self.seen.add(item.canonical_url)
        status = self.index.upsert(item)
        self.stats.inc_value(f"pantau/{status}")
        return item
