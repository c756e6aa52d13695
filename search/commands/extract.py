"""``pantau extract``: one page as the article JSON, or plain text as its facts."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract", help="extract an article from a saved page, or facts from plain text")
    parser.add_argument("page", nargs="?", help="a saved HTML page")
    parser.add_argument("--url", help="the URL the page was fetched from (picks the parser)")
    parser.add_argument("--text", metavar="FILE", help="plain text file, or - for stdin")
    parser.set_defaults(func=run)


def run(args) -> int:
    # Imported here: the extraction stack is slow to load and other verbs do not need it.
    from scrapers.extract import ExtractionError, extract_article
    from scrapers.extract.facts import extract_facts

    if args.text:
        text = sys.stdin.read() if args.text == "-" else Path(args.text).read_text("utf-8")
        print(json.dumps(extract_facts(text).to_dict(), ensure_ascii=False, indent=2))
        return 0
    if not args.page or not args.url:
        print("pantau extract: give PAGE.html --url URL, or --text FILE", file=sys.stderr)
        return 2
    try:
        article = extract_article(Path(args.page).read_bytes(), args.url)
    except (OSError, ExtractionError) as exc:
        print(f"pantau extract: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    return 0
