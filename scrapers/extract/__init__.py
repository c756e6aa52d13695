"""The extraction library: HTML or text in, plain data out. No Scrapy imports here.

- ``extract_article(html, url)`` -> ``Article`` (page object for known sites, else the
  generic JSON-LD/meta + body fallback), enriched with figures, quotes, entities and
  relevance; raises ``NotAnArticle`` for index/home pages.
- ``extract_facts(text, published=None)`` -> ``Facts`` for plain text.
"""

from scrapers.extract.article import ExtractionError, NotAnArticle, extract_article

__all__ = ["ExtractionError", "NotAnArticle", "extract_article"]
