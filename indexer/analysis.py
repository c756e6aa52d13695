"""Indonesian text analysis shared by both backends (first cut: lowercase word tokens)."""

from __future__ import annotations

import re

TOKEN = re.compile(r"\w+", re.UNICODE)


def analyze(text: str) -> list[str]:
    """Index terms of ``text``, in order."""
    return [t.lower() for t in TOKEN.findall(text or "")]


def analyzed_text(text: str) -> str:
    """``analyze`` joined by spaces: what both backends index and query with."""
    return " ".join(analyze(text))
