"""``pantau search QUERY``: full-text search with filters, as a list or as JSON."""

from __future__ import annotations

import html
import json
import os
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from indexer.embedded import EmbeddedIndex
from search.commands import add_db_option, db_path
from search.embedded import EmbeddedSearch
from search.query import Query


def register(subparsers) -> None:
    parser = subparsers.add_parser("search", help="search the stored articles")
    parser.add_argument("query", nargs="?", default="",
                        help='words (all must match) and "quoted phrases"')
    parser.add_argument("--source", action="append", default=[],
                        help="only this source (repeatable)")
    parser.add_argument("--from", dest="date_from", type=date.fromisoformat,
                        help="published on or after YYYY-MM-DD (WIB)")
    parser.add_argument("--to", dest="date_to", type=date.fromisoformat,
                        help="published on or before YYYY-MM-DD (WIB)")
    parser.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--backend", choices=["embedded", "elasticsearch"],
                        default=os.environ.get("PANTAU_BACKEND", "embedded"),
                        help="where to search (default $PANTAU_BACKEND or embedded); "
                             "elasticsearch uses $PANTAU_ES_URL")
    add_db_option(parser)
    parser.set_defaults(func=run)


@contextmanager
def open_backend(name: str, db: Path):
    """The search backend ``name``: the embedded index file ``db``, or Elasticsearch."""
    if name == "elasticsearch":
        from indexer.elastic import connect, es_alias
        from search.elastic import ElasticSearch

        client = connect()
        try:
            yield ElasticSearch(client, alias=es_alias())
        finally:
            client.close()
    else:
        with EmbeddedIndex(db) as index:
            yield EmbeddedSearch(index)


def run(args) -> int:
    query = Query(text=args.query, sources=args.source, date_from=args.date_from,
                  date_to=args.date_to, sort=args.sort, limit=args.limit, offset=args.offset)
    try:
        with open_backend(args.backend, db_path(args)) as backend:
            results = backend.search(query)
    except Exception as exc:  # the backend's own errors: unreachable, missing index, ...
        print(f"pantau search: {args.backend}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({
            "total": results.total,
            "hits": [{"id": h.id, "score": round(h.score, 4), "highlights": h.highlights,
                      **{k: h.article.get(k) for k in SUMMARY_FIELDS}} for h in results.hits],
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"{results.total} article(s) match")
    for rank, hit in enumerate(results.hits, start=1 + args.offset):
        article = hit.article
        print(f"{rank:>3}. [{(article.get('published') or '')[:10]}] {article['source']}: "
              f"{article['title']}")
        print(f"     {article['canonical_url']}")
        for snippet in hit.highlights[:2]:
            print(f"     … {plain(snippet)}")
    return 0


def plain(snippet: str) -> str:
    """A highlight for the terminal: matches in [brackets], HTML entities decoded."""
    return html.unescape(snippet.replace("<mark>", "[").replace("</mark>", "]"))


SUMMARY_FIELDS = ["canonical_url", "source", "title", "published", "section", "authors",
                  "tags"]
