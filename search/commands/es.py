"""``pantau es start|stop|status``: the local Elasticsearch (see ``indexer.es_server``)."""

from __future__ import annotations

import json
from pathlib import Path

from indexer import es_server


def register(subparsers) -> None:
    parser = subparsers.add_parser("es", help="run a local Elasticsearch on 127.0.0.1")
    actions = parser.add_subparsers(dest="action", required=True)
    start = actions.add_parser("start", help="fetch (mvn), unpack and start; wait for health")
    start.add_argument("--port", type=int, default=None,
                       help=f"HTTP port (default {es_server.DEFAULT_PORT}, else a free one)")
    start.add_argument("--timeout", type=float, default=180.0)
    actions.add_parser("stop", help="stop the local Elasticsearch")
    actions.add_parser("status", help="running?, URL and cluster health, as JSON")
    for sub in actions.choices.values():
        sub.add_argument("--home", default=None,
                         help="where it is cached and keeps data (default var/elasticsearch"
                              " or $PANTAU_ES_HOME)")
    parser.set_defaults(func=run)


def run(args) -> int:
    home = Path(args.home) if args.home else None
    try:
        if args.action == "start":
            url = es_server.start(home, port=args.port, timeout=args.timeout)
            print(url)
            print(f"export PANTAU_ES_URL={url}")
        elif args.action == "stop":
            print("stopped" if es_server.stop(home) else "not running")
        else:
            state = es_server.status(home)
            print(json.dumps(state))
            return 0 if state["running"] else 3
    except es_server.ServerError as exc:
        print(f"error: {exc}")
        return 1
    return 0
