"""Drop articles that lack what every later stage relies on."""

from __future__ import annotations

from datetime import datetime

from scrapy.exceptions import DropItem

from scrapers.record import Article

REQUIRED = ("url", "canonical_url", "source", "title", "body")


class ValidatePipeline:
    """Required fields present and non-empty, dates ISO 8601 with an offset."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        problem = problems(item)
        if problem:
            self.stats.inc_value("pantau/invalid")
            url = getattr(item, "url", None)
            raise DropItem(f"invalid article {url}: {problem}")
        return item


def problems(item) -> str | None:
    """What is wrong with ``item`` as an article, or None."""
    if not isinstance(item, Article):
        return f"not an Article but {type(item).__name__}"
    missing = [name for name in REQUIRED if not (getattr(item, name) or "").strip()]
    if missing:
        return "missing " + ", ".join(missing)
    for name in ("published", "modified"):
        value = getattr(item, name)
        if value is None:
            continue
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return f"{name} is not ISO 8601: {value!r}"
        if moment.tzinfo is None:
            return f"{name} has no UTC offset: {value!r}"
    return None
