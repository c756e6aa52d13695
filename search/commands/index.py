"""``pantau index create|reindex|sync|status``: the Elasticsearch articles index."""

from __future__ import annotations

import json

from elasticsearch import TransportError

from indexer.elastic import ElasticIndex, Unavailable, connect, es_alias, es_url
from indexer.embedded import EmbeddedIndex
from indexer.mapping import ALIAS
from indexer.sync import sync
from search.commands import add_db_option, db_path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "index", help="manage the Elasticsearch index ($PANTAU_ES_URL, see README)")
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("create", help="install the template and create v1 behind the alias")
    reindex = actions.add_parser("reindex", help="build the next version, swap the alias")
    reindex.add_argument("--delete-old", action="store_true",
                         help="delete the previous index after the swap")
    sync_parser = actions.add_parser("sync", help="send what the embedded index holds and"
                                                  " Elasticsearch lacks")
    add_db_option(sync_parser)
    actions.add_parser("status", help="alias, index, count and health, as JSON")
    for sub in actions.choices.values():
        sub.add_argument("--url", default=None, help="Elasticsearch URL (default"
                                                     " $PANTAU_ES_URL or the local one)")
        sub.add_argument("--alias", default=es_alias(),
                         help=f"index alias (default $PANTAU_ES_ALIAS or {ALIAS})")
    parser.set_defaults(func=run)


def run(args) -> int:
    url = args.url or es_url()
    index = ElasticIndex(connect(url), alias=args.alias)
    try:
        if args.action == "create":
            print(index.create())
        elif args.action == "reindex":
            old, new = index.reindex(delete_old=args.delete_old)
            print(f"{old} -> {new}")
        elif args.action == "sync":
            with EmbeddedIndex(db_path(args)) as embedded:
                report = sync(embedded, index)
            print(json.dumps(report.as_dict()))
            if report.bulk.failed:
                print(f"{report.bulk.failed} rejected: see {index.dead_letter}")
                return 1
        else:
            print(json.dumps(index.status()))
    except (Unavailable, TransportError) as exc:
        print(f"error: Elasticsearch at {url} unavailable: {exc}")
        return 2
    return 0
