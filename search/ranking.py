"""Relevance for the embedded backend: BM25 over the analyzed title and body.

FTS5's own ``bm25()`` fixes the length normalization at b = 0.75, which ranks a short
note that names a program twice above the long report about it. News bodies vary in
length for reasons other than relevance, so the body is normalized more gently, with the
same parameters as the Elasticsearch mapping's similarity.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from indexer.mapping import BODY_B, K1, TITLE_B


@dataclass(frozen=True)
class Field:
    column: str  # analyzed column of the FTS table
    weight: float
    b: float  # length normalization: 0 none, 1 full


TITLE_WEIGHT = 5.0  # a title (or tag) match counts this many body matches; ES boosts alike
FIELDS = (Field("title_terms", TITLE_WEIGHT, TITLE_B), Field("body_terms", 1.0, BODY_B))


def idf(docs: int, docs_with_term: int) -> float:
    return math.log(1 + (docs - docs_with_term + 0.5) / (docs_with_term + 0.5))


def field_score(tf: int, length: int, average_length: float, field: Field) -> float:
    """One term's BM25 contribution from one field, weighted."""
    norm = 1 - field.b + field.b * (length / average_length if average_length else 1.0)
    return field.weight * tf * (K1 + 1) / (tf + K1 * norm)
