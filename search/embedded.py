"""The query model translated to SQLite FTS5 over the embedded index."""

from __future__ import annotations

import json
import re
from collections import Counter

from indexer.analysis import analyze
from indexer.embedded import EmbeddedIndex
from search.highlight import highlight
from search.query import Hit, Query, Results
from search.ranking import FIELDS, TITLE_WEIGHT, field_score, idf

RAW_TOKEN = re.compile(r"\w+")
# FTS5's bm25 picks the candidates that ``search.ranking`` then orders; at least this many.
RERANK_DEPTH = 200
BM25 = f"bm25(articles_fts, {TITLE_WEIGHT}, 1.0, {TITLE_WEIGHT}, 1.0)"


def _fts_string(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_expression(query: Query) -> tuple[str, set[str]]:
    """The FTS5 MATCH expression for the query's words and phrases, and the analyzed
    terms (for highlighting). Words match after analysis; phrases match the raw text."""
    terms = query.terms
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
        sql = (
            "FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid"
            f" {'WHERE ' + ' AND '.join(where) if where else ''}"
        )
        db = self.index.db
        total = db.execute(f"SELECT count(*) {sql}", params).fetchone()[0]
        if match and query.sort == "relevance":
            depth = max(RERANK_DEPTH, query.offset + query.limit)
            candidates = db.execute(
                f"SELECT a.rowid, a.published_utc, a.id {sql} ORDER BY {BM25} LIMIT ?",
                [*params, depth],
            ).fetchall()
            scores = self._scores([row[0] for row in candidates], terms | {
                t for phrase in query.phrases for t in analyze(phrase)})
            candidates.sort(key=lambda r: (-scores.get(r[0], 0.0), -(r[1] or 0), r[2]))
            page = candidates[query.offset:query.offset + query.limit]
        else:
            page = db.execute(
                f"SELECT a.rowid {sql} ORDER BY a.published_utc IS NULL, a.published_utc DESC,"
                " a.id LIMIT ? OFFSET ?", [*params, query.limit, query.offset],
            ).fetchall()
            scores = {}
        hits = []
        for row in page:
            doc_id, data = db.execute(
                "SELECT id, data FROM articles WHERE rowid = ?", (row[0],)).fetchone()
            article = json.loads(data)
            hits.append(Hit(
                id=doc_id,
                score=scores.get(row[0], 0.0),
                article=article,
                highlights=highlight(article["body"], terms, query.phrases) if match else [],
            ))
        return Results(total=total, hits=hits)

    def _scores(self, rowids: list[int], terms: set[str]) -> dict[int, float]:
        """BM25 (``search.ranking``) of the candidate rows for the analyzed terms: document
        frequencies from the FTS vocabulary, term frequencies counted in the candidates'
        analyzed columns (cheaper than the vocabulary's per-instance rows for common terms)."""
        db = self.index.db
        columns = ", ".join(field.column for field in FIELDS)
        docs, *lengths = db.execute(  # running totals: each column's length is <column>_len
            f"SELECT docs, {', '.join(f'{f.column}_len' for f in FIELDS)} FROM articles_totals"
        ).fetchone()
        averages = [length / docs if docs else 0.0 for length in lengths]
        weights = {
            term: idf(docs, db.execute(
                "SELECT coalesce(max(doc), 0) FROM articles_term_stats WHERE term = ?"
                f" AND col IN ({', '.join(repr(f.column) for f in FIELDS)})", (term,),
            ).fetchone()[0])
            for term in terms
        }
        marks = ", ".join("?" * len(rowids))
        scores = {}
        for rowid, *texts in db.execute(
            f"SELECT rowid, {columns} FROM articles_fts WHERE rowid IN ({marks})", rowids,
        ):
            score = 0.0
            for text, field, average in zip(texts, FIELDS, averages, strict=True):
                tokens = text.split()
                counts = Counter(t for t in tokens if t in weights)
                score += sum(weights[t] * field_score(tf, len(tokens), average or 0.0, field)
                             for t, tf in counts.items())
            scores[rowid] = score
        return scores
