"""Elasticsearch bench: the project's bulk path against raw ``helpers.bulk`` on the same
documents in the same run (goal: ratio >= 0.9), and search latency p50/p95 of 20 queries
at 10k articles on both backends.

10k synthetic articles are made from the Media Indonesia fixture articles: paragraphs
mixed across articles, dates spread over 2019-2025, a few sources. Starts the local
Elasticsearch (``indexer.es_server``) unless ``PANTAU_ES_URL`` is set; uses its own
aliases and deletes them afterwards.

    python bench/index_es.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

from elasticsearch import helpers

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer import es_server  # noqa: E402
from indexer.elastic import BulkReport, ElasticIndex, connect  # noqa: E402
from indexer.embedded import EmbeddedIndex  # noqa: E402
from indexer.mapping import MAPPINGS, index_settings  # noqa: E402
from scrapers.extract import extract_article  # noqa: E402
from scrapers.extract.dates import WIB  # noqa: E402
from scrapers.record import Article  # noqa: E402
from search.elastic import ElasticSearch  # noqa: E402
from search.embedded import EmbeddedSearch  # noqa: E402
from search.query import Query  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "mediaindonesia"
SOURCES = ["mediaindonesia", "kompas", "antaranews", "detik", "republika"]
QUERIES = [
    Query(text="UMKM"), Query(text="KUR"), Query(text="ekspor"), Query(text="digital"),
    Query(text="Jakpreneur bazar"), Query(text="pembiayaan umkm"),
    Query(text='"transformasi digital"'), Query(text='"kredit usaha rakyat"'),
    Query(text="umkm", sources=["kompas"]), Query(text="umkm", sort="date"),
    Query(text="qris pengguna"), Query(text="pariwisata bali"),
    Query(text="menjelaskan target"), Query(text="usaha mikro kecil menengah"),
    Query(text="ojk", date_from=date(2022, 1, 1), date_to=date(2023, 12, 31)),
    Query(text="bantuan presiden"), Query(text="", sort="date"),
    Query(text="solo ekspor", sources=["mediaindonesia", "detik"]),
    Query(text="pemerintah menyalurkan"), Query(text='"194.536 UKM"'),
]


def base_articles() -> list[Article]:
    entries = json.loads((FIXTURES / "INDEX.json").read_text())["articles"]
    return [extract_article((FIXTURES / e["file"]).read_bytes(), e["url"],
                            fetched_at="2026-01-01T00:00:00+00:00") for e in entries]


def synthetic(bases: list[Article], n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    paragraphs = [p for a in bases for p in a.paragraphs]
    start = datetime(2019, 1, 1, tzinfo=WIB)
    out = []
    for i in range(n):
        base = bases[i % len(bases)]
        body = rng.sample(paragraphs, k=rng.randint(3, min(8, len(paragraphs))))
        url = f"https://bench.example/{SOURCES[i % len(SOURCES)]}/{i}/artikel-{i}"
        published = start + timedelta(minutes=rng.randrange(7 * 365 * 24 * 60))
        out.append(replace(base, url=url, canonical_url=url, source=SOURCES[i % len(SOURCES)],
                           title=f"{base.title} ({i})", body="\n\n".join(body),
                           published=published.isoformat(), modified=None))
    return out


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def bench_bulk(client, articles: list[Article], rounds: int) -> dict:
    alias = "bench-bulk-articles"
    index = ElasticIndex(client, alias=alias, dead_letter=Path(tempfile.gettempdir())
                         / "pantau-bench-dead.jsonl")
    t_prep, prepared = timed(lambda: list(index.documents(articles, BulkReport())))
    raw_actions = [{"_op_type": "index", "_index": None, "_id": doc["id"], "version": v,
                    "version_type": "external_gte", "_source": doc} for doc, v in prepared]
    best = {"project": 0.0, "raw": 0.0}
    for r in range(rounds):
        for which in ("raw", "project") if r % 2 == 0 else ("project", "raw"):
            target = f"bench-bulk-{which}-{r}"
            client.indices.create(index=target, mappings=MAPPINGS, settings=index_settings())
            if which == "raw":
                actions = [{**a, "_index": target} for a in raw_actions]
                seconds, (ok, errors) = timed(partial(
                    helpers.bulk, client, actions, chunk_size=index.chunk_size,
                    raise_on_error=False))
                assert ok == len(articles), errors[:3]
            else:
                seconds, report = timed(partial(index.send, prepared, index=target))
                assert report.indexed == len(articles), report.errors
            best[which] = max(best[which], rate(len(articles), seconds))
            client.indices.delete(index=target)
    t_all, report = timed(lambda: _end_to_end(index, articles))
    return {"analysis_docs_per_s": rate(len(articles), t_prep),
            "project_docs_per_s": best["project"], "raw_docs_per_s": best["raw"],
            "ratio": best["project"] / best["raw"],
            "end_to_end_docs_per_s": rate(len(articles), t_all)}


def _end_to_end(index: ElasticIndex, articles) -> BulkReport:
    """Articles in, analysis included, through the alias (what a crawl or sync does)."""
    index.create()
    report = index.index_articles(articles)
    index.drop()
    return report


def latencies(search, queries: list[Query]) -> list[float]:
    for q in queries:  # warm up
        search.search(q)
    out = []
    for q in queries:
        seconds, _ = timed(lambda q=q: search.search(q))
        out.append(seconds * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def bench_search(client, articles: list[Article]) -> dict:
    alias = "bench-search-articles"
    index = ElasticIndex(client, alias=alias)
    index.drop()
    index.create()
    index.index_articles(articles)
    index.refresh()
    client.indices.forcemerge(index=alias, max_num_segments=1)
    with tempfile.TemporaryDirectory() as tmp:
        embedded = EmbeddedIndex(Path(tmp) / "bench.sqlite3")
        embedded.upsert_many(articles)
        results = {}
        for name, search in (("embedded", EmbeddedSearch(embedded)),
                             ("elasticsearch", ElasticSearch(client, alias=alias))):
            ms = latencies(search, QUERIES)
            results[name] = {"p50_ms": pct(ms, 50), "p95_ms": pct(ms, 95)}
        embedded.close()
    index.drop()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=4, help="bulk runs per path (best kept)")
    args = parser.parse_args()
    url, started = os.environ.get("PANTAU_ES_URL"), False
    if not url:
        started = not es_server.status()["running"]
        url = es_server.start()
    client = connect(url, timeout=120)
    try:
        articles = synthetic(base_articles(), args.articles)
        bulk = bench_bulk(client, articles, args.rounds)
        print(f"bulk, {len(articles)} articles, best of {args.rounds} runs each:")
        for label, key, unit in (
            ("project bulk path (ElasticIndex.send)", "project_docs_per_s", "docs/s"),
            ("raw helpers.bulk, same documents", "raw_docs_per_s", "docs/s"),
            ("ratio project/raw (goal >= 0.9)", "ratio", ""),
            ("analysis + document building", "analysis_docs_per_s", "docs/s"),
            ("end to end (index_articles)", "end_to_end_docs_per_s", "docs/s"),
        ):
            value = bulk[key]
            print(f"  {label:<40} {value:9.2f} {unit}" if key == "ratio"
                  else f"  {label:<40} {value:9.0f} {unit}")
        search = bench_search(client, articles)
        print(f"search, {len(QUERIES)} queries at {len(articles)} articles:")
        for name, figures in search.items():
            print(f"  {name:<14} p50 {figures['p50_ms']:7.1f} ms   p95 {figures['p95_ms']:7.1f} ms")
    finally:
        client.close()
        if started:
            es_server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
