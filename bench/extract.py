"""Pages per second: the Media Indonesia page object vs ``trafilatura.extract``.

Both read the same real Media Indonesia pages, from the same decoded text, in the same
run; the page object produces every field of the article (title, people, dates, section,
tags, image, body, desk code), trafilatura only the body text. Plain script:

    python bench/extract.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scrapers.extract.html import decode_html  # noqa: E402
from scrapers.extract.pages.mediaindonesia import MediaIndonesiaPage  # noqa: E402
from tests.shared_data import REAL_DATA  # noqa: E402

PAGES = sorted((REAL_DATA / "pages").glob("mediaindonesia.com__*.html"))
URL = "https://mediaindonesia.com/ekonomi/1/bench"
FIELDS = ("title", "authors", "editor", "published", "modified", "section", "tags", "image",
          "paragraphs", "desk_code", "description", "canonical_url")


def page_object(html: str) -> None:
    page = MediaIndonesiaPage(html, URL)
    for name in FIELDS:
        getattr(page, name)


def with_trafilatura(html: str) -> None:
    trafilatura.extract(html)


def pages_per_second(extract, htmls: list[str], rounds: int) -> float:
    for html in htmls:  # warm-up: imports, caches, lazily built selectors
        extract(html)
    start = time.perf_counter()
    for _ in range(rounds):
        for html in htmls:
            extract(html)
    return rounds * len(htmls) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    htmls = [decode_html(p.read_bytes()) for p in PAGES]
    if not htmls:
        raise SystemExit(f"no Media Indonesia pages found under {REAL_DATA}")
    ours = pages_per_second(page_object, htmls, args.rounds)
    theirs = pages_per_second(with_trafilatura, htmls, args.rounds)
    print(f"pages: {len(htmls)} real Media Indonesia pages x {args.rounds} rounds")
    print(f"MediaIndonesiaPage (all fields): {ours:8.1f} pages/s")
    print(f"trafilatura.extract (body only): {theirs:8.1f} pages/s")
    print(f"ratio page object / trafilatura: {ours / theirs:8.2f}x")


if __name__ == "__main__":
    main()
