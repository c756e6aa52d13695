"""Scrapy spiders, one per source in ``scrapers.sources``."""
