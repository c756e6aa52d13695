"""The embedded index: one SQLite file with FTS5, no server.

Articles are upserted by canonical URL (their id). A content hash makes re-storing an
unchanged article a no-op; a changed one is updated, its version bumped and the change
recorded. Figures and quotes get tables of their own so they can be queried directly.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from indexer.analysis import analyze
from indexer.mapping import searchable_title, version_of
from scrapers.extract.dates import as_wib, wib_day
from scrapers.record import Article


def default_db_path() -> Path:
    """Where the embedded index lives unless told otherwise: ``$PANTAU_DB`` or ./var."""
    return Path(os.environ.get("PANTAU_DB", "var/pantau.sqlite3"))

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    canonical_url TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    published_utc REAL,
    published_day TEXT,
    section TEXT,
    content_hash TEXT NOT NULL,
    title_terms_len INTEGER NOT NULL DEFAULT 0,
    body_terms_len INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    changed_at TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_source_day ON articles (source, published_day);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published_utc);
CREATE TABLE IF NOT EXISTS changes (
    article_id TEXT NOT NULL REFERENCES articles (id),
    changed_at TEXT NOT NULL,
    old_hash TEXT NOT NULL,
    new_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS figures (
    article_id TEXT NOT NULL REFERENCES articles (id),
    raw TEXT NOT NULL, value REAL, value_max REAL, unit TEXT, about TEXT,
    qualifier TEXT, sentence TEXT
);
CREATE INDEX IF NOT EXISTS figures_article ON figures (article_id);
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles (id),
    text TEXT NOT NULL, speaker_name TEXT, speaker_role TEXT, speaker_organization TEXT,
    cue TEXT, type TEXT
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_name);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
    title, body, title_terms, body_terms,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_term_stats USING fts5vocab (articles_fts, col);
-- running totals for relevance (document count, analyzed lengths), kept by triggers so a
-- query reads one row instead of scanning the table; filled once for an older file
CREATE TABLE IF NOT EXISTS articles_totals (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    docs INTEGER NOT NULL,
    title_terms_len INTEGER NOT NULL,
    body_terms_len INTEGER NOT NULL
);
INSERT OR IGNORE INTO articles_totals
    SELECT 1, count(*), coalesce(sum(title_terms_len), 0), coalesce(sum(body_terms_len), 0)
    FROM articles;
CREATE TRIGGER IF NOT EXISTS articles_totals_insert AFTER INSERT ON articles BEGIN
    UPDATE articles_totals SET docs = docs + 1,
        title_terms_len = title_terms_len + NEW.title_terms_len,
        body_terms_len = body_terms_len + NEW.body_terms_len;
END;
CREATE TRIGGER IF NOT EXISTS articles_totals_update
AFTER UPDATE OF title_terms_len, body_terms_len ON articles BEGIN
    UPDATE articles_totals SET
        title_terms_len = title_terms_len - OLD.title_terms_len + NEW.title_terms_len,
        body_terms_len = body_terms_len - OLD.body_terms_len + NEW.body_terms_len;
END;
CREATE TRIGGER IF NOT EXISTS articles_totals_delete AFTER DELETE ON articles BEGIN
    UPDATE articles_totals SET docs = docs - 1,
        title_terms_len = title_terms_len - OLD.title_terms_len,
        body_terms_len = body_terms_len - OLD.body_terms_len;
END;
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _published_keys(published: str | None) -> tuple[float | None, str | None]:
    """Epoch seconds for sorting and the WIB calendar day for date filters."""
    moment = as_wib(published)
    if moment is None:
        return None, None
    return moment.timestamp(), wib_day(moment).isoformat()


class EmbeddedIndex:
    """Articles, their figures and quotes, and a full-text index, in one SQLite file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.executescript(SCHEMA)

    def upsert(self, article: Article) -> str:
        """Store ``article``: "added", "changed", "unchanged", or "stale" (an older fetch
        of content already replaced by a newer one is not applied)."""
        with self.db:
            row = self.db.execute(
                "SELECT rowid, content_hash, data FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            now = _now()
            new_hash = article.content_hash
            if row is None:
                status = "added"
            elif row["content_hash"] == new_hash:
                self.db.execute("UPDATE articles SET last_seen = ? WHERE id = ?", (now, article.id))
                return "unchanged"
            elif _is_older(article, json.loads(row["data"])):
                return "stale"
            else:
                status = "changed"
            self._write(article, row["rowid"] if row else None, now)
            if row is not None:
                self.db.execute(
                    "INSERT INTO changes VALUES (?, ?, ?, ?)",
                    (article.id, now, row["content_hash"], new_hash),
                )
            return status

    def _write(self, article: Article, rowid: int | None, now: str) -> None:
        published_utc, published_day = _published_keys(article.published)
        title = searchable_title(article)
        title_terms, body_terms = analyze(title), analyze(article.body)
        values = (
            article.canonical_url, article.source, article.title, article.published,
            published_utc, published_day, article.section, article.content_hash,
            len(title_terms), len(body_terms), json.dumps(article.to_dict(), ensure_ascii=False),
        )
        if rowid is None:
            cursor = self.db.execute(
                "INSERT INTO articles (canonical_url, source, title, published, published_utc,"
                " published_day, section, content_hash, title_terms_len, body_terms_len, data,"
                " id, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, article.id, now, now),
            )
            rowid = cursor.lastrowid
        else:
            self.db.execute(
                "UPDATE articles SET canonical_url = ?, source = ?, title = ?, published = ?,"
                " published_utc = ?, published_day = ?, section = ?, content_hash = ?,"
                " title_terms_len = ?, body_terms_len = ?, data = ?,"
                " version = version + 1, last_seen = ?, changed_at = ? WHERE rowid = ?",
                (*values, now, now, rowid),
            )
            self.db.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
            self.db.execute("DELETE FROM figures WHERE article_id = ?", (article.id,))
            self.db.execute("DELETE FROM quotes WHERE article_id = ?", (article.id,))
        self.db.execute(
            "INSERT INTO articles_fts (rowid, title, body, title_terms, body_terms)"
            " VALUES (?, ?, ?, ?, ?)",
            (rowid, title, article.body, " ".join(title_terms), " ".join(body_terms)),
        )
        self.db.executemany(
            "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(article.id, f.raw, f.value, f.value_max, f.unit, f.about, f.qualifier, f.sentence)
             for f in article.figures],
        )
        self.db.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(article.id, q.text, q.speaker.name if q.speaker else None,
              q.speaker.role if q.speaker else None,
              q.speaker.organization if q.speaker else None, q.cue, q.type)
             for q in article.quotes],
        )

    def upsert_many(self, articles: Iterable[Article]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for article in articles:
            status = self.upsert(article)
            counts[status] = counts.get(status, 0) + 1
        return counts

    def get(self, doc_id: str) -> Article | None:
        row = self.db.execute("SELECT data FROM articles WHERE id = ?", (doc_id,)).fetchone()
        return Article.from_dict(json.loads(row["data"])) if row else None

    def history(self, doc_id: str) -> list[dict]:
        """When the article's content changed, oldest first."""
        rows = self.db.execute(
            "SELECT changed_at, old_hash, new_hash FROM changes WHERE article_id = ?"
            " ORDER BY rowid", (doc_id,),
        )
        return [dict(row) for row in rows]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM articles")}

    def hashes(self) -> dict[str, str]:
        """id -> content hash of every stored article (what a sync compares)."""
        return dict(self.db.execute("SELECT id, content_hash FROM articles").fetchall())

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        if ids is None:
            rows = self.db.execute("SELECT data FROM articles ORDER BY rowid")
            for row in rows:
                yield Article.from_dict(json.loads(row["data"]))
            return
        for doc_id in ids:
            article = self.get(doc_id)
            if article is not None:
                yield article

    def stats(self) -> dict:
        """Counts an operator or researcher wants at a glance."""
        one = self.db.execute
        per_source = {
            row["source"]: {"articles": row["n"], "first": row["first"], "last": row["last"]}
            for row in one(
                "SELECT source, count(*) AS n, min(published_day) AS first,"
                " max(published_day) AS last FROM articles GROUP BY source ORDER BY source"
            )
        }
        per_year = dict(one(
            "SELECT substr(published_day, 1, 4), count(*) FROM articles"
            " WHERE published_day IS NOT NULL GROUP BY 1 ORDER BY 1"
        ).fetchall())
        return {
            "articles": self.count(),
            "figures": one("SELECT count(*) FROM figures").fetchone()[0],
            "quotes": one("SELECT count(*) FROM quotes").fetchone()[0],
            "attributed_quotes": one(
                "SELECT count(*) FROM quotes WHERE speaker_name IS NOT NULL").fetchone()[0],
            "changed_articles": one(
                "SELECT count(DISTINCT article_id) FROM changes").fetchone()[0],
            "last_seen": one("SELECT max(last_seen) FROM articles").fetchone()[0],
            "sources": per_source,
            "years": per_year,
        }

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> EmbeddedIndex:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _is_older(article: Article, stored: dict) -> bool:
    """True when ``article`` is an older copy than the stored one (a late re-send): the
    same rule as Elasticsearch's external version (``version_of``)."""
    return version_of(article) < version_of(stored)
