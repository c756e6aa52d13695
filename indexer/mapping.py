"""The Elasticsearch index design: template, strict mapping, and article -> document.

Indonesian analysis happens in Python (``indexer.analysis``; the test distribution has no
``analysis-common``): ``*_terms`` fields hold the analyzed text under the ``whitespace``
analyzer, ``title_tags``/``body`` the raw text under ``standard`` for phrases and
highlights. The analyzed fields are left out of ``_source``: a reindex derives them again.
"""

from __future__ import annotations

from typing import Any

from indexer.analysis import analyzed_text
from scrapers.extract.dates import as_wib, wib_day
from scrapers.record import Article

ALIAS = "pantau-articles"  # the alias searches and writes go through; also the template name

# Fields of the document that are not in Article.to_dict().
DERIVED = ("title_tags", "title_terms", "body_terms", "published_day", "programs",
           "institutions")

# Relevance: BM25 on every field, the body with gentler length normalization (news bodies
# vary in length for reasons other than relevance); the embedded backend uses the same.
K1 = 1.2
TITLE_B, BODY_B = 0.75, 0.4
SIMILARITY = {"body_bm25": {"type": "BM25", "k1": K1, "b": BODY_B}}

KEYWORD = {"type": "keyword"}
TEXT = {"type": "text", "analyzer": "standard"}
TERMS = {"type": "text", "analyzer": "whitespace"}
BODY_TERMS = {**TERMS, "similarity": "body_bm25"}
DATE = {"type": "date"}
OFFSET = {"type": "integer", "index": False}

MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "_source": {"excludes": ["title_terms", "body_terms"]},
    "properties": {
        "id": KEYWORD,
        "url": {"type": "keyword", "index": False},
        "canonical_url": KEYWORD,
        "source": KEYWORD,
        "title": TEXT,
        "title_tags": TEXT,
        "title_terms": TERMS,
        "body": TEXT,
        "body_terms": BODY_TERMS,
        "description": TEXT,
        "published": DATE,
        "published_day": {"type": "date", "format": "yyyy-MM-dd"},
        "modified": DATE,
        "fetched_at": DATE,
        "authors": KEYWORD,
        "editor": KEYWORD,
        "section": KEYWORD,
        "tags": KEYWORD,
        "programs": KEYWORD,
        "institutions": KEYWORD,
        "desk_code": KEYWORD,
        "language": KEYWORD,
        "content_hash": KEYWORD,
        "image": {"properties": {"url": {"type": "keyword", "index": False},
                                 "caption": TEXT}},
        "figures": {"type": "nested", "properties": {
            "raw": KEYWORD,
            "value": {"type": "double"},
            "value_max": {"type": "double"},
            "unit": KEYWORD,
            "about": TEXT,
            "qualifier": KEYWORD,
            "sentence": TEXT,
            "start": OFFSET,
            "end": OFFSET,
        }},
        "quotes": {"type": "nested", "properties": {
            "text": TEXT,
            "speaker": {"properties": {
                "name": {"type": "keyword", "fields": {"text": TEXT}},
                "role": {"type": "text", "fields": {"keyword": KEYWORD}},
                "organization": {"type": "keyword", "fields": {"text": TEXT}},
            }},
            "cue": KEYWORD,
            "type": KEYWORD,
            "said_on": {"type": "date", "format": "yyyy-MM-dd"},
            "start": OFFSET,
            "end": OFFSET,
        }},
        "entities": {"properties": {
            "name": KEYWORD,
            "kind": KEYWORD,
            "aliases": KEYWORD,
            "count": {"type": "integer"},
        }},
        # Free-form scores: known keys indexed, others kept in _source only.
        "relevance": {"dynamic": False, "properties": {"score": {"type": "float"},
                                                        "terms": KEYWORD}},
    },
}


def index_settings(shards: int = 1) -> dict[str, Any]:
    """Settings of every articles index: shards, replicas as the cluster allows, relevance."""
    return {"number_of_shards": shards, "auto_expand_replicas": "0-1", "similarity": SIMILARITY}


def index_template(alias: str = ALIAS, shards: int = 1) -> dict[str, Any]:
    """The composable template every ``<alias>-v*`` index is created from."""
    return {
        "index_patterns": [f"{alias}-v*"],
        "priority": 100,
        "template": {
            "settings": index_settings(shards),
            "mappings": MAPPINGS,
        },
        "meta": {"project": "pantau-umkm", "description": "articles; see indexer/mapping.py"},
    }


def index_name(version: int, alias: str = ALIAS) -> str:
    return f"{alias}-v{version}"


def published_day(published: str | None) -> str | None:
    """The WIB calendar day of publication (what date filters compare)."""
    day = wib_day(published)
    return day.isoformat() if day else None


def searchable_title(article: Article) -> str:
    """The title and tags, searched as one field by both backends."""
    return " ".join([article.title, *article.tags])


def to_document(article: Article) -> dict[str, Any]:
    """The Elasticsearch document of ``article``: its record plus the derived fields."""
    doc = article.to_dict()
    title_tags = searchable_title(article)
    doc.update(
        title_tags=title_tags,
        title_terms=analyzed_text(title_tags),
        body_terms=analyzed_text(article.body),
        published_day=published_day(article.published),
        programs=sorted({e.name for e in article.entities if e.kind == "program"}),
        institutions=sorted({e.name for e in article.entities if e.kind == "institution"}),
    )
    return doc


def from_source(source: dict[str, Any]) -> dict[str, Any]:
    """The article record (``Article.to_dict()`` shape) stored in a document's _source."""
    return {k: v for k, v in source.items() if k not in DERIVED}


def version_of(article: Article | dict[str, Any]) -> int:
    """External version: the fetch time in microseconds (else modified, else published),
    so a late re-send of an older fetch never replaces a newer one."""
    get = article.get if isinstance(article, dict) else lambda k: getattr(article, k)
    for name in ("fetched_at", "modified", "published"):
        moment = as_wib(get(name))
        if moment:
            return int(moment.timestamp() * 1_000_000)
    return 1
