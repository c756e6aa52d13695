"""Elasticsearch storage: connection, versioned index behind an alias, bulk indexing.

Documents are indexed with ``streaming_bulk`` in chunks under their article id (the
canonical URL hash) with an external version (``mapping.version_of``), so re-sending is
idempotent and an older fetch never replaces a newer one (Elasticsearch answers 409 and
the document is counted as stale). 429s are retried with backoff by ``streaming_bulk``,
timeouts by the client; every other rejected document goes to a dead-letter JSONL file
with its reason. When Elasticsearch cannot be reached at all, ``Unavailable`` is raised
and nothing is dead-lettered: the embedded index still holds the articles for a sync.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError, helpers

from indexer import es_server
from indexer.mapping import (
    ALIAS,
    from_source,
    index_name,
    index_template,
    to_document,
    version_of,
)
from scrapers.record import Article

log = logging.getLogger(__name__)

CHUNK = 500


class Unavailable(RuntimeError):
    """Elasticsearch did not answer (down, unreachable, or every retry timed out)."""


def es_url() -> str:
    """``PANTAU_ES_URL``, else the local server started by ``pantau es start``, else
    http://127.0.0.1:9200."""
    if os.environ.get("PANTAU_ES_URL"):
        return os.environ["PANTAU_ES_URL"]
    return es_server.status().get("url") or f"http://127.0.0.1:{es_server.DEFAULT_PORT}"


def es_alias() -> str:
    """``PANTAU_ES_ALIAS``, else ``pantau-articles``: the alias searches and writes use."""
    return os.environ.get("PANTAU_ES_ALIAS") or ALIAS


def connect(url: str | None = None, *, timeout: float = 30.0) -> Elasticsearch:
    """A client for ``url`` (default ``es_url()``) with auth and TLS from the environment:
    ``PANTAU_ES_API_KEY`` or ``PANTAU_ES_USER``/``PANTAU_ES_PASSWORD``,
    ``PANTAU_ES_CA_CERTS`` (a CA bundle), ``PANTAU_ES_VERIFY=false`` (no certificate check)."""
    options: dict[str, Any] = {
        "request_timeout": timeout,
        "retry_on_timeout": True,
        "max_retries": 3,
    }
    env = os.environ
    if env.get("PANTAU_ES_API_KEY"):
        options["api_key"] = env["PANTAU_ES_API_KEY"]
    elif env.get("PANTAU_ES_USER"):
        options["basic_auth"] = (env["PANTAU_ES_USER"], env.get("PANTAU_ES_PASSWORD", ""))
    if env.get("PANTAU_ES_CA_CERTS"):
        options["ca_certs"] = env["PANTAU_ES_CA_CERTS"]
    if env.get("PANTAU_ES_VERIFY", "").lower() in ("0", "false", "no"):
        options["verify_certs"] = False
        options["ssl_show_warn"] = False
    return Elasticsearch(url or es_url(), **options)


@dataclass
class BulkReport:
    """What one bulk run did; ``failed`` documents are in the dead-letter file."""

    indexed: int = 0
    stale: int = 0  # an equal or newer version was already indexed: left as it is
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # first few reasons, for a summary

    def as_dict(self) -> dict[str, int]:
        return {"indexed": self.indexed, "stale": self.stale, "failed": self.failed}


class ElasticIndex:
    """The articles index behind ``alias`` on one cluster."""

    def __init__(self, client: Elasticsearch, *, alias: str = ALIAS,
                 dead_letter: str | Path | None = None, chunk_size: int = CHUNK):
        self.client = client
        self.alias = alias
        self.dead_letter = Path(dead_letter or os.environ.get(
            "PANTAU_ES_DEAD_LETTER", "var/es-dead-letter.jsonl"))
        self.chunk_size = chunk_size

    # -- index design -------------------------------------------------------------------

    def create(self) -> str:
        """Install the template and, unless the alias exists, index v1 behind it.
        Returns the index the alias points to."""
        self.client.indices.put_index_template(name=self.alias, **index_template(self.alias))
        current = self.current_index()
        if current:
            return current
        name = index_name(1, self.alias)
        self.client.indices.create(index=name, aliases={self.alias: {"is_write_index": True}})
        self.client.cluster.health(index=name, wait_for_status="yellow", timeout="30s")
        return name

    def current_index(self) -> str | None:
        try:
            found = self.client.indices.get_alias(name=self.alias)
        except NotFoundError:
            return None
        return sorted(found)[-1] if found else None

    def reindex(self, *, delete_old: bool = False) -> tuple[str, str]:
        """Build the next version of the index from the current one (documents derived
        again from their records, so analysis and mapping changes apply), then move the
        alias in one atomic step. Returns (old, new)."""
        old = self.current_index()
        if old is None:
            raise RuntimeError(f"no index behind alias {self.alias}: run `pantau index create`")
        self.client.indices.put_index_template(name=self.alias, **index_template(self.alias))
        new = index_name(int(old.rsplit("-v", 1)[1]) + 1, self.alias)
        self.client.indices.create(index=new, settings={"refresh_interval": "-1"})
        self.client.cluster.health(index=new, wait_for_status="yellow", timeout="30s")
        self.client.indices.refresh(index=old)  # copy everything written so far
        mark = self._last_seq_no(old)
        report = self._bulk(new, self._articles(old))
        if report.failed:
            raise RuntimeError(f"reindex into {new}: {report.failed} document(s) rejected"
                               f" (see {self.dead_letter}); alias left on {old}")
        self.client.indices.put_settings(index=new, settings={"refresh_interval": None})
        self.client.indices.refresh(index=new)
        self.client.indices.update_aliases(actions=[
            {"remove": {"index": old, "alias": self.alias}},
            {"add": {"index": new, "alias": self.alias, "is_write_index": True}},
        ])
        # Writes that reached the old index during the copy (versions keep the newest).
        self.client.indices.refresh(index=old)
        self._bulk(new, self._articles(old, {"range": {"_seq_no": {"gt": mark}}}))
        self.client.indices.refresh(index=new)
        if delete_old:
            self.client.indices.delete(index=old)
        return old, new

    def drop(self) -> None:
        """Delete every version of this index and its template (tests, benches)."""
        found = self.client.indices.get(index=f"{self.alias}-v*", allow_no_indices=True,
                                        expand_wildcards="all")
        if found:
            self.client.indices.delete(index=",".join(found))
        if self.client.indices.exists_index_template(name=self.alias):
            self.client.indices.delete_index_template(name=self.alias)

    def _articles(self, index: str, query: dict | None = None) -> Iterator[Article]:
        for hit in helpers.scan(self.client, index=index, size=self.chunk_size,
                                query={"query": query or {"match_all": {}}}):
            yield Article.from_dict(from_source(hit["_source"]))

    def _last_seq_no(self, index: str) -> int:
        """The lowest of the shards' highest sequence numbers: documents above it were
        written later (or are re-sent harmlessly)."""
        shards = int(self.client.indices.get_settings(index=index)[index]["settings"]
                     ["index"]["number_of_shards"])
        marks = []
        for shard in range(shards):
            found = self.client.search(index=index, size=1, sort=[{"_seq_no": "desc"}],
                                       seq_no_primary_term=True, preference=f"_shards:{shard}",
                                       source=False)["hits"]["hits"]
            marks.append(found[0]["_seq_no"] if found else -1)
        return min(marks)

    def status(self) -> dict[str, Any]:
        index = self.current_index()
        info: dict[str, Any] = {"alias": self.alias, "index": index,
                                "template": self.client.indices.exists_index_template(
                                    name=self.alias).body}
        if index:
            info["count"] = self.count()
            info["health"] = self.client.cluster.health(index=index)["status"]
        return info

    def count(self) -> int:
        self.refresh()
        return self.client.count(index=self.alias)["count"]

    def refresh(self) -> None:
        self.client.indices.refresh(index=self.alias)

    # -- indexing -----------------------------------------------------------------------

    def index_articles(self, articles: Iterable[Article]) -> BulkReport:
        """Send ``articles`` (idempotent; stale ones are left alone). Raises
        ``Unavailable`` when the cluster cannot be reached."""
        return self._bulk(self.alias, articles)

    def documents(self, articles: Iterable[Article], report: BulkReport
                  ) -> Iterator[tuple[dict, int]]:
        """(document, version) of each article; one that cannot be made into a document
        is dead-lettered."""
        for article in articles:
            try:
                yield to_document(article), version_of(article)
            except (TypeError, ValueError, AttributeError) as exc:
                self._dead_letter({"_id": getattr(article, "id", None), "status": None,
                                   "error": f"invalid article: {exc}"},
                                  _record(article), report)

    def _bulk(self, index: str, articles: Iterable[Article]) -> BulkReport:
        report = BulkReport()
        return self.send(self.documents(articles, report), index=index, report=report)

    def send(self, documents: Iterable[tuple[dict, int]], *, index: str | None = None,
             report: BulkReport | None = None) -> BulkReport:
        """Bulk-send prepared (document, version) pairs in chunks."""
        report = report or BulkReport()
        index = index or self.alias
        by_id: dict[str, dict] = {}

        def actions() -> Iterator[dict]:
            for doc, version in documents:
                by_id[doc["id"]] = doc
                yield {"_op_type": "index", "_index": index, "_id": doc["id"],
                       "version": version, "version_type": "external_gte", "_source": doc}

        try:
            for ok, item in helpers.streaming_bulk(
                self.client, actions(), chunk_size=self.chunk_size, max_retries=5,
                initial_backoff=1, max_backoff=30, raise_on_error=False,
                raise_on_exception=True, yield_ok=True,
            ):
                result = item["index"]
                doc = by_id.pop(result["_id"], None)
                if ok:
                    report.indexed += 1
                elif result.get("status") == 409:
                    report.stale += 1
                else:
                    self._dead_letter(result, doc, report)
        except (TransportError, ApiError) as exc:
            if isinstance(exc, ApiError) and exc.status_code not in (429, 502, 503, 504):
                raise
            raise Unavailable(f"Elasticsearch unavailable after retries: {exc}") from exc
        return report

    def _dead_letter(self, result: dict, doc: dict | None, report: BulkReport) -> None:
        error = result.get("error")
        reason = (f"{error.get('type')}: {error.get('reason')}" if isinstance(error, dict)
                  else str(error))
        report.failed += 1
        if len(report.errors) < 5:
            report.errors.append(f"{result.get('_id')}: {reason}")
        self.dead_letter.parent.mkdir(parents=True, exist_ok=True)
        record = {"at": datetime.now(UTC).isoformat(timespec="seconds"),
                  "index": result.get("_index"), "id": result.get("_id"),
                  "status": result.get("status"), "reason": reason,
                  "article": from_source(doc) if isinstance(doc, dict) else doc}
        with self.dead_letter.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        log.warning("dead-lettered %s: %s", result.get("_id"), reason)

    def hashes(self) -> dict[str, str]:
        """id -> content hash of every indexed article (what a sync compares)."""
        self.refresh()
        return {
            hit["_id"]: hit["_source"].get("content_hash", "")
            for hit in helpers.scan(self.client, index=self.alias, size=2000,
                                    query={"query": {"match_all": {}},
                                           "_source": ["content_hash"]})
        }

    def ids(self) -> set[str]:
        return set(self.hashes())


def _record(article: Any) -> Any:
    try:
        return article.to_dict()
    except Exception:  # noqa: BLE001 - keep whatever can be kept of a broken record
        return repr(article)
