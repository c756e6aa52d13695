"""Send crawled articles to Elasticsearch in batches (after the embedded store).

Enabled when ``PANTAU_ES_URL`` is set (Scrapy setting or environment; ``PANTAU_ES_ALIAS``,
``PANTAU_ES_BATCH`` and ``PANTAU_ES_DEAD_LETTER`` likewise). A batch goes out
every ``PANTAU_ES_BATCH`` articles and on close. When Elasticsearch cannot be reached the
pipeline stops trying for this crawl: the articles are already in the embedded index and
``pantau index sync`` sends them later. Counts ``pantau/es_indexed``, ``es_stale``,
``es_failed`` (dead-lettered) and ``es_deferred`` in the crawl stats.
"""

from __future__ import annotations

import logging
import os

from elasticsearch import ApiError, TransportError
from scrapy.exceptions import NotConfigured

from indexer.elastic import ElasticIndex, Unavailable, connect, es_alias
from indexer.mapping import ALIAS
from scrapers.record import Article

log = logging.getLogger(__name__)


class ElasticsearchPipeline:
    def __init__(self, stats, url: str, batch_size: int = 200,
                 dead_letter: str | None = None, alias: str = ALIAS):
        self.stats = stats
        self.url = url
        self.alias = alias
        self.batch_size = batch_size
        self.dead_letter = dead_letter
        self.batch: list[Article] = []
        self.index: ElasticIndex | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        url = settings.get("PANTAU_ES_URL") or os.environ.get("PANTAU_ES_URL")
        if not url:  # the default: no warning, just a note at INFO
            log.info("PANTAU_ES_URL is not set: articles go to the embedded index only")
            raise NotConfigured
        alias = settings.get("PANTAU_ES_ALIAS") or es_alias()
        return cls(crawler.stats, url, settings.getint("PANTAU_ES_BATCH", 200),
                   settings.get("PANTAU_ES_DEAD_LETTER") or None, alias)

    def open_spider(self):
        index = ElasticIndex(connect(self.url, timeout=10), alias=self.alias,
                             dead_letter=self.dead_letter)
        try:
            index.create()
        except (TransportError, ApiError) as exc:
            self._give_up(exc)
            return
        self.index = index

    def process_item(self, item: Article):
        self.batch.append(item)
        if len(self.batch) >= self.batch_size:
            self.flush()
        return item

    def close_spider(self):
        self.flush()
        if self.index is not None:
            self.index.client.close()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        if self.index is None:
            self.stats.inc_value("pantau/es_deferred", len(batch))
            return
        try:
            report = self.index.index_articles(batch)
        except (Unavailable, TransportError) as exc:
            self.stats.inc_value("pantau/es_deferred", len(batch))
            self._give_up(exc)
            return
        for name, count in report.as_dict().items():
            self.stats.inc_value(f"pantau/es_{name}", count)

    def _give_up(self, exc: Exception) -> None:
        log.warning("Elasticsearch at %s unavailable (%s): articles stay in the embedded"
                    " index; run `pantau index sync` when it is back", self.url, exc)
        self.index = None
