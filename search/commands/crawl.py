"""``pantau crawl SOURCE``: run a source's spider into the embedded index, live or from a
WARC archive, and print what it did."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date

from search.commands import add_db_option, db_path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "crawl", help="crawl a source (live, or --replay a WARC archive) into the index")
    parser.add_argument("source", help="registry key, e.g. mediaindonesia")
    parser.add_argument("--replay", metavar="WARC", help="answer every request from this "
                        "WARC archive instead of the network")
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD",
                        help="stop discovery at articles published before this day")
    add_db_option(parser)
    parser.add_argument("--archive-dir", default=None,
                        help="where the crawl's WARC archive goes (default var/archive; "
                             "'' for none)")
    parser.add_argument("--base-url", default=None,
                        help="send the requests to a local mirror of the site")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        type=_setting, help="override a Scrapy setting (repeatable), e.g. "
                        "-s DOWNLOAD_DELAY=2")
    parser.add_argument("--json", action="store_true", help="print all crawl stats as JSON")
    parser.set_defaults(func=run)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def run(args) -> int:
    # Imported here: Scrapy is slow to load and other verbs do not need it.
    from scrapers.run import run_crawl

    # Scrapy's warnings and its progress lines; -v for everything.
    logging.getLogger("scrapy.extensions.logstats").setLevel(logging.INFO)
    overrides = {"LOG_LEVEL": "DEBUG" if args.verbose else "WARNING", **dict(args.set)}

    try:
        stats = run_crawl(
            args.source, db_path=db_path(args), replay=args.replay,
            since=args.since, base_url=args.base_url, archive_dir=args.archive_dir,
            settings=overrides,
        )
    except (KeyError, FileNotFoundError) as exc:
        print(f"pantau crawl: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(summary(args.source, stats))
    return 0 if stats.get("finish_reason") == "finished" else 1


def summary(source: str, stats: dict) -> str:
    """A few lines a person reads after a crawl."""

    def n(key: str) -> int:
        return stats.get(f"pantau/{key}", 0)

    stored = n("added") + n("changed") + n("unchanged") + n("stale")
    failed = n("not_article") + n("extract_failed") + n("fetch_failed")
    replayed = f" ({n('replayed')} replayed from the archive)" if n("replayed") else ""
    lines = [
        f"{source}: {stored} articles stored: {n('added')} added, {n('changed')} changed, "
        f"{n('unchanged')} unchanged" + (f", {n('stale')} stale" if n("stale") else ""),
        f"  failed: {failed} ({n('not_article')} not an article, {n('extract_failed')} "
        f"extraction failed, {n('fetch_failed')} fetch failed)",
        f"  dropped: {n('duplicate')} duplicate, {n('invalid')} invalid; "
        f"skipped as older than --since: {n('skipped_old')}",
        f"  responses: {stats.get('downloader/response_count', 0)}{replayed}; "
        f"robots.txt forbade {stats.get('robotstxt/forbidden', 0)}",
        f"  index: {stats.get('pantau/db', '?')}",
    ]
    if stats.get("pantau/archive"):
        lines.append(f"  archive: {stats['pantau/archive']} ({n('archived')} responses)")
    if stats.get("finish_reason") != "finished":
        lines.append(f"  crawl ended early: {stats.get('finish_reason')}")
    return "\n".join(lines)
