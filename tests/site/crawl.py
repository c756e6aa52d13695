"""Run ``pantau crawl`` in a child process (Twisted's reactor runs once per process),
fast: no AutoThrottle, no delay."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]


def pantau(*args: str) -> subprocess.CompletedProcess:
    """``pantau ARGS`` from the repository root, output captured."""
    env = {k: v for k, v in os.environ.items() if k not in ("PANTAU_ES_URL", "PANTAU_DB")}
    return subprocess.run(
        [sys.executable, "-m", "search.cli", *args], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=300,
    )


def crawl(*args: str, db: Path, archive_dir: Path | str = "") -> dict:
    """``pantau crawl mediaindonesia ARGS --json``: the crawl stats, or an error with the log."""
    done = pantau("crawl", "mediaindonesia", "--db", str(db), "--archive-dir",
                  str(archive_dir), "--json", *FAST, *args)
    if done.returncode != 0:
        raise RuntimeError(f"pantau crawl failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout)
