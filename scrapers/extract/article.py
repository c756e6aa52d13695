"""``extract_article``: one fetched page in, one enriched ``Article`` out."""

from __future__ import annotations

from datetime import datetime

from scrapers.extract.facts import extract_facts
from scrapers.extract.html import decode_html
from scrapers.extract.pages import page_class
from scrapers.extract.statements import date_quotes
from scrapers.record import Article
from scrapers.urls import canonicalize


class ExtractionError(Exception):
    """A page that should be an article but could not be read as one."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class NotAnArticle(ExtractionError):
    """A home, index or listing page: nothing to extract, and not an error of ours."""


def extract_article(
    html: bytes | str, url: str, *, fetched_at: str | None = None, charset: str | None = None
) -> Article:
    """Read ``html`` fetched from ``url`` with the site's page object (else the generic
    one) and enrich the body with figures, quotes, entities and relevance. ``charset`` is
    the one the server named (its Content-Type header), used for bytes that are not UTF-8.

    Raises ``NotAnArticle`` for non-article pages and ``ExtractionError`` when an
    article page has no title or no body.
    """
    try:
        page = page_class(url)(decode_html(html, charset), url)
    except (ValueError, TypeError) as exc:  # lxml rejects e.g. control-character soup
        raise ExtractionError(url, f"unreadable HTML ({exc})") from exc
    if not page.is_article:
        raise NotAnArticle(url, "not an article page (no article metadata, date or body)")
    if not page.title:
        raise ExtractionError(url, "article page without a title")
    if not page.paragraphs:
        raise ExtractionError(url, "article page without body text")
    published = page.published
    article = Article(
        url=url,
        canonical_url=canonicalize(page.canonical_url),
        source=page.source or page.site_token,
        title=page.title,
        body="\n\n".join(page.paragraphs),
        published=_iso(published),
        modified=_iso(page.modified),
        authors=page.authors,
        editor=page.editor,
        section=page.section,
        tags=page.tags,
        image=page.image,
        desk_code=page.desk_code,
        description=page.description,
        fetched_at=fetched_at,
    )
    facts = extract_facts(article.body, published)
    article.figures = facts.figures
    article.quotes = facts.quotes
    article.entities = facts.entities
    article.relevance = facts.relevance
    if published:
        date_quotes(article.body, article.quotes, published)
    return article


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
