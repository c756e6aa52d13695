"""Run one source's spider in this process and return the crawl stats.

Twisted's reactor cannot be restarted, so ``run_crawl`` runs once per process (the CLI
does exactly that; tests start a process per crawl).
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from scrapers.sources import get_source

# No network to be polite to: replay as fast as the engine goes.
REPLAY_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "RETRY_ENABLED": False,
}


def crawl_settings(*, db_path: str | Path, replay: str | Path | None = None,
                   archive_dir: str | Path | None = None,
                   settings: dict[str, Any] | None = None) -> Settings:
    """The project settings with this crawl's choices on top."""
    result = Settings()
    result.setmodule("scrapers.settings", priority="project")
    result.set("PANTAU_DB", str(db_path), priority="cmdline")
    # Log through the caller's logging setup (the pantau CLI's), not a second handler.
    result.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    if archive_dir is not None:
        result.set("PANTAU_ARCHIVE_DIR", str(archive_dir), priority="cmdline")
    if replay is not None:
        if not Path(replay).is_file():
            raise FileNotFoundError(f"no WARC archive to replay at {replay}")
        result.set("PANTAU_REPLAY", str(replay), priority="cmdline")
        result.setdict(REPLAY_SETTINGS, priority="cmdline")
    result.setdict(settings or {}, priority="cmdline")
    return result


def run_crawl(source: str, *, db_path: str | Path, replay: str | Path | None = None,
              since: date | None = None, base_url: str | None = None,
              archive_dir: str | Path | None = None,
              settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Crawl ``source`` (a registry key) into the embedded index at ``db_path``.

    ``replay``: answer every request from this WARC archive instead of the network.
    ``since``: stop discovery at articles published before this day (WIB).
    ``base_url``: send the requests to a local mirror of the site (tests).
    ``archive_dir``: where the crawl's WARC archive goes ("" for none).
    Returns the crawl stats: Scrapy's and the ``pantau/*`` counters, datetimes as ISO
    strings.
    """
    get_source(source)  # a clear KeyError for an unknown source
    final = crawl_settings(db_path=db_path, replay=replay, archive_dir=archive_dir,
                           settings=settings)
    # Scrapy logs through the caller's handlers; LOG_LEVEL still says how much. A filter,
    # not a logger level: creating the process resets Scrapy's logger levels.
    level = logging.getLevelName(final.get("LOG_LEVEL"))
    for handler in logging.getLogger().handlers:
        handler.addFilter(lambda record: not record.name.startswith("scrapy")
                          or record.levelno >= level)
    process = CrawlerProcess(final)
    crawler = process.create_crawler(process.spider_loader.load(source))
    process.crawl(crawler, since=since, base_url=base_url)
    process.start()
    return {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in crawler.stats.get_stats().items()
    }
