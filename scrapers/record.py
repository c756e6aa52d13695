"""The article record: one definition of the fields every part of Pantau uses.

Scrapers produce it, the indexer stores it, search returns it. Plain dataclasses
so the extraction library stays free of Scrapy; ``to_dict``/``from_dict`` give the
JSON shape documented in the README.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Speaker:
    name: str
    role: str | None = None
    organization: str | None = None


@dataclass
class Quote:
    text: str
    speaker: Speaker | None = None
    cue: str | None = None  # the attribution verb as written: "kata", "jelasnya", ...
    type: str = "direct"  # "direct" (in quote marks) or "indirect" (reported speech)
    start: int | None = None  # character offsets of the quoted text in the body
    end: int | None = None
    said_on: str | None = None  # ISO day of the occasion, when the article gives it


@dataclass
class Figure:
    raw: str  # as written: "Rp70 triliun"
    value: float
    value_max: float | None = None  # upper bound of a range ("Rp1-5 juta")
    unit: str | None = None  # IDR, USD, percent, times, or the counted noun ("UKM")
    about: str | None = None  # what it measures
    qualifier: str | None = None  # sekitar, hampir, lebih dari, ...
    start: int | None = None
    end: int | None = None
    sentence: str | None = None


@dataclass
class Entity:
    name: str  # canonical name ("Kredit Usaha Rakyat")
    kind: str  # program, institution, person
    aliases: list[str] = field(default_factory=list)  # forms seen in the text ("KUR")
    count: int = 1


@dataclass
class Image:
    url: str
    caption: str | None = None


@dataclass
class Article:
    url: str  # the URL fetched
    canonical_url: str  # identity: https, no tracking parameters, no AMP/page variants
    source: str  # registry key, e.g. "mediaindonesia"
    title: str
    body: str  # clean paragraphs joined by blank lines
    published: str | None = None  # ISO 8601 with offset
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image: Image | None = None
    desk_code: str | None = None  # trailing "(OL-2)"
    description: str | None = None
    language: str = "id"
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relevance: dict[str, Any] = field(default_factory=dict)  # {"score": 0..1, "terms": [...]}
    fetched_at: str | None = None

    @property
    def id(self) -> str:
        return doc_id(self.canonical_url)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p]

    @property
    def content_hash(self) -> str:
        """Hash of what the publisher wrote; unchanged content means a no-op re-crawl."""
        payload = json.dumps(
            [self.title, self.body, self.authors, self.editor, self.published, self.tags],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.id
        data["content_hash"] = self.content_hash
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        if kwargs.get("image"):
            kwargs["image"] = Image(**kwargs["image"])
        kwargs["figures"] = [Figure(**f) for f in kwargs.get("figures") or []]
        kwargs["quotes"] = [_quote_from_dict(q) for q in kwargs.get("quotes") or []]
        kwargs["entities"] = [Entity(**e) for e in kwargs.get("entities") or []]
        return cls(**kwargs)


def _quote_from_dict(data: dict[str, Any]) -> Quote:
    data = dict(data)
    if data.get("speaker"):
        data["speaker"] = Speaker(**data["speaker"])
    return Quote(**data)


def doc_id(canonical_url: str) -> str:
    """The document id everywhere: sha1 of the canonical URL."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()
