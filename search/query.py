"""The query model shared by every backend and every front end (CLI, API, web)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from indexer.analysis import analyze

PHRASE = re.compile(r'"([^"]+)"')


@dataclass
class Query:
    text: str = ""  # words (all must match) and "quoted phrases"
    sources: list[str] = field(default_factory=list)
    date_from: date | None = None  # inclusive, on the WIB calendar day of publication
    date_to: date | None = None  # inclusive
    sort: Literal["relevance", "date"] = "relevance"
    limit: int = 10
    offset: int = 0

    @property
    def phrases(self) -> list[str]:
        return [p.strip() for p in PHRASE.findall(self.text) if p.strip()]

    @property
    def words(self) -> list[str]:
        return PHRASE.sub(" ", self.text).split()

    @property
    def terms(self) -> set[str]:
        """The analyzed terms of the words, as both backends index them."""
        return {term for word in self.words for term in analyze(word)}


@dataclass
class Hit:
    id: str
    score: float
    article: dict[str, Any]
    highlights: list[str] = field(default_factory=list)  # body snippets, matches in <mark>


@dataclass
class Results:
    total: int
    hits: list[Hit]
