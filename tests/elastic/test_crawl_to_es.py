"""Crawl to Elasticsearch: the real spider on the local site imitation, with the
Elasticsearch pipeline on. Down during the crawl, the articles wait in the embedded
index and ``pantau index sync`` sends them all."""

import json
import socket

import pytest

from indexer.embedded import EmbeddedIndex
from tests.site import server
from tests.site.crawl import crawl, pantau

pytestmark = pytest.mark.elasticsearch


def es_settings(url: str, alias: str) -> list[str]:
    return ["-s", f"PANTAU_ES_URL={url}", "-s", f"PANTAU_ES_ALIAS={alias}",
            "-s", "PANTAU_ES_BATCH=3"]


def test_crawl_while_es_is_down_then_sync(es_index, es_url, tmp_path):
    db = tmp_path / "pantau.sqlite3"
    with socket.socket() as down:  # Elasticsearch "stopped": nothing listens on this port
        down.bind(("127.0.0.1", 0))
        down_url = f"http://127.0.0.1:{down.getsockname()[1]}"
        site = server.MediaIndonesiaSite()
        with server.serve(site) as served:
            stats = crawl("--base-url", served.base_url,
                          *es_settings(down_url, es_index.alias), db=db)
    with EmbeddedIndex(db) as embedded:
        stored = embedded.count()
        ids = embedded.ids()
    assert stored == len(site.expected)
    assert stats["pantau/es_deferred"] == stored
    assert es_index.count() == 0

    done = pantau("index", "sync", "--db", str(db), "--url", es_url, "--alias", es_index.alias)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["missing"], report["indexed"], report["failed"]) == (stored, stored, 0)
    assert es_index.count() == stored
    assert es_index.ids() == ids


def test_crawl_while_es_is_up_sends_every_stored_article(es_index, es_url, tmp_path):
    db = tmp_path / "pantau.sqlite3"
    with server.serve(server.MediaIndonesiaSite()) as served:
        stats = crawl("--base-url", served.base_url, *es_settings(es_url, es_index.alias),
                      db=db)
    with EmbeddedIndex(db) as embedded:
        assert stats["pantau/es_indexed"] == embedded.count()
        assert es_index.ids() == embedded.ids()
    assert "pantau/es_deferred" not in stats
