"""Sentence and paragraph spans (character offsets) for Indonesian news text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A sentence ends at . ! ? (optionally followed by a closing quote) before white space and an
# upper-case letter, digit or opening quote, or at a line break. Abbreviations ("Rp.", "No.",
# "dr.", one-letter initials "V.") do not end a sentence.
_END = re.compile(r"[.!?][\"”’')\]]?(?=\s+[\"“(A-Z0-9])|\n+")
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Rp|No|Nomor|dr|Dr|Drs|Ir|Prof|H|Hj|St|Jl|Jln|Tbk|dkk|Sdr|Bpk|Kec|Kab|Kel|"
    r"Co|Inc|Ltd|Mr|Mrs|Ms|vs|Yth|Br|br|S\.H|M\.Si|M\.M|S\.E|a\.n|u\.p|d\.a|dll|dsb|tsb))\.$"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Sentences:
    """Sentence spans of a text, with lookup of the sentence holding an offset."""

    def __init__(self, text: str):
        self.text = text
        spans: list[Span] = []
        begin = 0
        for m in _END.finditer(text):
            if text[m.start()] == "." and _ABBREV.search(
                text, max(0, m.start() - 6), m.start() + 1
            ):
                continue
            end = m.end() if text[m.start()] != "\n" else m.start()
            if text[begin:end].strip():
                spans.append(_trim(text, begin, end))
            begin = m.end()
        if text[begin:].strip():
            spans.append(_trim(text, begin, len(text)))
        self.spans = spans
        self._starts = [s.start for s in spans]

    def index_at(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the nearest one before it)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def at(self, offset: int) -> Span | None:
        if not self.spans:
            return None
        return self.spans[self.index_at(offset)]

    def text_at(self, offset: int) -> str | None:
        span = self.at(offset)
        return self.text[span.start : span.end] if span else None


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
