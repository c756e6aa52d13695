"""Figures, quotes, entities and UMKM relevance from plain text (placeholder until issue 4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from scrapers.record import Entity, Figure, Quote


@dataclass
class Facts:
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relevance: dict[str, Any] = field(default_factory=dict)


def extract_facts(text: str, published: datetime | None = None) -> Facts:
    return Facts()
