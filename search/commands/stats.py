"""``pantau stats``: what the embedded index holds."""

from __future__ import annotations

import json

from indexer.embedded import EmbeddedIndex
from search.commands import add_db_option, db_path


def register(subparsers) -> None:
    parser = subparsers.add_parser("stats", help="counts of stored articles, figures, quotes")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=run)


def run(args) -> int:
    with EmbeddedIndex(db_path(args)) as index:
        stats = index.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    print(f"articles: {stats['articles']} ({stats['changed_articles']} changed since first seen)")
    print(f"figures:  {stats['figures']}")
    print(f"quotes:   {stats['quotes']} ({stats['attributed_quotes']} with a speaker)")
    print(f"last crawl: {stats['last_seen'] or 'never'}")
    for source, row in stats["sources"].items():
        print(f"  {source}: {row['articles']} articles, {row['first']} .. {row['last']}")
    if stats["years"]:
        print("by year: " + ", ".join(f"{y}: {n}" for y, n in stats["years"].items()))
    return 0
