"""Body snippets with the matched words marked, for backends that do not highlight."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from indexer.analysis import analyze

SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))+[.!?]?")  # "194.536" is not an end
WORD = re.compile(r"\w+")


def highlight(body: str, terms: set[str], phrases: list[str], *, limit: int = 3) -> list[str]:
    """Up to ``limit`` sentences of ``body`` holding a query term (compared after analysis)
    or phrase, HTML-escaped, each match wrapped in ``<mark>``."""
    phrase_patterns = [
        re.compile(r"\W+".join(re.escape(w) for w in WORD.findall(p)), re.IGNORECASE)
        for p in phrases if WORD.search(p)
    ]
    snippets = []
    for match in SENTENCE.finditer(body):
        sentence = match.group().strip()
        spans = [m.span() for pattern in phrase_patterns for m in pattern.finditer(sentence)]
        spans += [m.span() for m in WORD.finditer(sentence) if _word_terms(m.group()) & terms]
        if spans:
            snippets.append(_mark(sentence, spans))
            if len(snippets) == limit:
                break
    return snippets


@lru_cache(maxsize=1 << 16)
def _word_terms(word: str) -> frozenset[str]:
    """The analyzed terms of one word (words repeat across sentences and hits)."""
    return frozenset(analyze(word))


def _mark(sentence: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out += [html.escape(sentence[last:start]), "<mark>", html.escape(sentence[start:end]),
                "</mark>"]
        last = end
    out.append(html.escape(sentence[last:]))
    return "".join(out)
