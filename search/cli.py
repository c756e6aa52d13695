"""``pantau``: one console command whose verbs wire scrapers, indexer and search together.

Each verb lives in ``search/commands/<verb>.py`` with ``register(subparsers)`` that adds
its parser and sets ``func``; ``func(args) -> int`` is the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

VERBS = ["crawl", "extract", "search", "stats", "es", "index"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pantau",
        description="Pantau UMKM: crawl, extract, index and search Indonesian news on UMKM.")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    subparsers = parser.add_subparsers(dest="verb", required=True)
    for verb in VERBS:
        importlib.import_module(f"search.commands.{verb}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not args.verbose:  # the ES client logs every retry with a traceback; we report once
        logging.getLogger("elastic_transport").setLevel(logging.ERROR)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
