"""The query model translated to SQLite FTS5 over the embedded index."""

from __future__ import annotations

import json
import re

from indexer.analysis import analyze
from indexer.embedded import EmbeddedIndex
from search.highlight import highlight
from search.query import Hit, Query, Results

RAW_TOKEN = re.compile(r"\w+")
# bm25 weights for (title, body, title_terms, body_terms): a title match counts more.
BM25 = "bm25(articles_fts, 5.0, 1.0, 5.0, 1.0)"


def _fts_string(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_expression(query: Query) -> tuple[str, set[str]]:
    """The FTS5 MATCH expression for the query's words and phrases, and the analyzed
    terms (for highlighting). Words match after analysis; phrases match the raw text."""
    terms = {t for word in query.words for t in analyze(word)}
    clauses = [f"{{title_terms body_terms}} : {_fts_string(t)}" for t in sorted(terms)]
    for phrase in query.phrases:
        tokens = RAW_TOKEN.findall(phrase.lower())
        if tokens:
            clauses.append(f"{{title body}} : {_fts_string(' '.join(tokens))}")
    return " AND ".join(clauses), terms


class EmbeddedSearch:
    """Answers ``Query`` objects from an ``EmbeddedIndex``."""

    def __init__(self, index: EmbeddedIndex):
        self.index = index

    def search(self, query: Query) -> Results:
        match, terms = fts_expression(query)
        where, params = [], []
        if match:
            where.append("articles_fts MATCH ?")
            params.append(match)
        if query.sources:
            where.append(f"a.source IN ({', '.join('?' * len(query.sources))})")
            params += query.sources
        if query.date_from:
            where.append("a.published_day >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            where.append("a.published_day <= ?")
            params.append(query.date_to.isoformat())
        score = BM25 if match else "0.0"
        if query.sort == "date" or not match:
            order = "a.published_utc IS NULL, a.published_utc DESC, a.id"
        else:
            order = f"{BM25}, a.published_utc DESC, a.id"
        sql = (
            f"FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid"
            f" {'WHERE ' + ' AND '.join(where) if where else ''}"
        )
        total = self.index.db.execute(f"SELECT count(*) {sql}", params).fetchone()[0]
        rows = self.index.db.execute(
            f"SELECT a.id, a.data, {score} AS score {sql} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset],
        ).fetchall()
        hits = []
        for row in rows:
            article = json.loads(row["data"])
            hits.append(Hit(
                id=row["id"],
                score=-row["score"],  # FTS5 bm25 is lower-is-better
                article=article,
                highlights=highlight(article["body"], terms, query.phrases) if match else [],
            ))
        return Results(total=total, hits=hits)
