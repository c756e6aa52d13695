"""Pantau UMKM scrapers: the Scrapy project, the source registry and the extraction library."""
