"""Throughput of the facts extractor over the dev and holdout splits, in texts/s on one core.

Only ``tests/devset/texts`` (dev) and ``tests/devset/holdout/texts`` are read; the blind
splits are never opened here.

Texts are normalized to 2,000 characters (the dev-set texts repeated or cut) so the figure
reads as "two-thousand-character texts per second"; the goal is >= 300. A baseline measured
in the same run (one regex pass finding numbers and quote marks) gives the cost ratio. Each
rate is the fastest of N passes in CPU time.

    python bench/facts.py [--rounds N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapers.extract.facts import extract_facts  # noqa: E402

SIZE = 2000
BASELINE_RE = re.compile(r"\d+(?:[.,]\d+)*|[\"“”]")


def texts() -> list[str]:
    out = []
    devset = ROOT / "tests" / "devset"
    for folder in (devset / "texts", devset / "holdout" / "texts"):
        for path in sorted(folder.glob("*.txt")):
            body = path.read_text(encoding="utf-8")
            out.append((body * (SIZE // max(1, len(body)) + 1))[:SIZE])
    return out


def rate(fn, corpus: list[str], rounds: int) -> float:
    """Texts per second of the fastest pass over ``corpus``, in this process's CPU time, so
    other processes sharing the machine do not count against it."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in corpus:
            fn(text)
        best = min(best, time.process_time() - start)
    return len(corpus) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    corpus = texts()
    extract_facts(corpus[0])  # warm up (imports, compiled patterns)
    base = rate(lambda t: BASELINE_RE.findall(t), corpus, args.rounds)
    facts = rate(extract_facts, corpus, args.rounds)
    print(f"texts: {len(corpus)}, {SIZE} characters each; the fastest of {args.rounds} passes")
    print(f"baseline regex scan: {base:,.0f} texts/s")
    print(
        f"extract_facts:       {facts:,.0f} texts/s  "
        f"(goal >= 300; {base / facts:.0f}x the baseline cost)"
    )


if __name__ == "__main__":
    main()
