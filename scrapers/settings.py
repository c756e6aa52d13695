"""Scrapy settings of the Pantau project: polite by default.

Pantau settings:
- ``PANTAU_DB``: the embedded index file the store pipeline writes (default
  ``$PANTAU_DB`` or ``var/pantau.sqlite3``).
- ``PANTAU_ARCHIVE_DIR``: where each crawl writes its WARC archive of raw responses
  (empty: no archive).
- ``PANTAU_REPLAY``: a WARC archive to answer every request from, instead of the network.
- ``PANTAU_MAX_LISTING_PAGES``: how deep channel/tag/search pagination goes.
"""

from indexer.embedded import default_db_path

BOT_NAME = "pantau"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

USER_AGENT = "PantauUMKM/0.1 (+https://github.com/pantau-umkm/pantau; pantau@example.org)"
ROBOTSTXT_OBEY = True

# Politeness: few parallel requests per site, AutoThrottle adapts the delay to the server.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

HTTPCACHE_ENABLED = False
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    # Closest to the network (highest numbers): replay answers from a WARC, the base-URL
    # rewrite sends requests to a local mirror, the archive records raw responses.
    "scrapers.middlewares.WarcArchiveMiddleware": 940,
    "scrapers.middlewares.BaseUrlMiddleware": 950,
    "scrapers.middlewares.WarcReplayMiddleware": 960,
}

ITEM_PIPELINES = {
    "scrapers.pipelines.validate.ValidatePipeline": 100,
    "scrapers.pipelines.store.EmbeddedStorePipeline": 500,
    # Off unless PANTAU_ES_URL is set (setting or environment).
    "scrapers.pipelines.elasticsearch.ElasticsearchPipeline": 600,
}

PANTAU_DB = str(default_db_path())
PANTAU_ARCHIVE_DIR = "var/archive"
PANTAU_REPLAY = ""
PANTAU_MAX_LISTING_PAGES = 20

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
