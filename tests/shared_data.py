"""Where the shared real pages and the seed article live: ``$PANTAU_SHARED``, else the
``shared/`` folder beside the checkout (as CI lays it out), else ``/work/shared``."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    candidates = [os.environ.get("PANTAU_SHARED"), ROOT.parent / "shared", "/work/shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "data" / "real_pages").is_dir():
            return Path(candidate)
    raise RuntimeError(f"no shared data (data/real_pages) in any of {candidates[1:]}; "
                       "set PANTAU_SHARED")


SHARED = _shared()
REAL_DATA = SHARED / "data" / "real_pages"  # pages/, groundtruth/, nonarticle/, feeds/
SEED_TEXT = SHARED / "seeds" / "000_93bd7d4f2f531d5a.txt"
