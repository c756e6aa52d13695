"""Build the bundled offline snapshot ``scrapers/data/mediaindonesia-snapshot.warc.gz``.

    python -m tests.site.build_snapshot [OUT.warc.gz]

Serves the imitation of mediaindonesia.com (``tests.site.server``) on 127.0.0.1, crawls it
with the real spider and ``pantau crawl``, and keeps the WARC archive that crawl wrote:
robots.txt, sitemaps, channel, tag and search pages, articles, the 301 and the 404, all
under their real https://mediaindonesia.com/... URLs. Re-run it when the fixtures change.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from scrapers.archive import WarcArchiveReader
from tests.site.crawl import ROOT, crawl
from tests.site.server import MediaIndonesiaSite, serve

SNAPSHOT = ROOT / "scrapers" / "data" / "mediaindonesia-snapshot.warc.gz"


def build(out: Path = SNAPSHOT) -> Path:
    with tempfile.TemporaryDirectory() as tmp, serve(MediaIndonesiaSite()) as served:
        stats = crawl("--base-url", served.base_url, db=Path(tmp) / "index.sqlite3",
                      archive_dir=Path(tmp) / "archive")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stats["pantau/archive"], out)
    return out


if __name__ == "__main__":
    path = build(Path(sys.argv[1]) if len(sys.argv) > 1 else SNAPSHOT)
    print(f"{path}: {len(WarcArchiveReader(path))} responses")
