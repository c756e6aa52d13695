"""Figures, quotes, entities and UMKM relevance from plain text.

``extract_facts(text, published)`` works on any clean article body (a page object's body,
the archive, a pasted text); ``Facts.to_dict()`` is the JSON shape the CLI prints.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

from scrapers.record import Entity, Figure, Quote

from .entities import find_entities
from .figures import find_figures
from .quotes import extract_quotes
from .relevance import relevance
from .sentences import Sentences

__all__ = ["Facts", "extract_facts"]


@dataclass
class Facts:
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relevance: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "figures": [asdict(f) for f in self.figures],
            "quotes": [asdict(q) for q in self.quotes],
            "entities": [asdict(e) for e in self.entities],
            "relevance": dict(self.relevance),
        }


def extract_facts(text: str, published: datetime | None = None) -> Facts:
    """Every figure, quote (direct and indirect, with speaker), entity and the relevance score.

    ``published`` bounds which four-digit numbers read as years. Raises TypeError for a
    non-string; any string (empty, binary junk, megabytes) gives a result.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_facts needs str, got {type(text).__name__}")
    written = text
    text = text.replace("\r", "\n")  # same length: offsets stay valid
    sentences = Sentences(text)
    max_year = (published.year + 5) if published else 2100
    quotes, _, people = extract_quotes(text, sentences)
    figures = find_figures(text, sentences, max_year, people.name_words())
    if written != text:  # raw and quote text as written ("RP\r0", not "RP\n0")
        figures = [replace(f, raw=written[f.start : f.end]) for f in figures]
        quotes = [replace(q, text=written[q.start : q.end]) for q in quotes]
    return Facts(
        figures=figures,
        quotes=quotes,
        entities=find_entities(text, people),
        relevance=relevance(text),
    )
