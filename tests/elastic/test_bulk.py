"""Bulk indexing: idempotent, never older over newer, outages raise without loss."""

import socket

import pytest

from indexer.elastic import ElasticIndex, Unavailable, connect
from indexer.embedded import EmbeddedIndex
from indexer.sync import sync
from scrapers.record import Article

pytestmark = pytest.mark.elasticsearch


def make(n: int, **overrides) -> Article:
    url = f"https://mediaindonesia.com/ekonomi/{5000 + n}/umkm-naik-kelas-{n}"
    fields = dict(url=url, canonical_url=url, source="mediaindonesia",
                  title=f"UMKM naik kelas {n}", body=f"Pelaku usaha ke-{n} menjual daring.",
                  published="2024-02-21T16:02:00+07:00",
                  fetched_at="2026-01-01T00:00:00+00:00")
    fields.update(overrides)
    return Article(**fields)


def get(index: ElasticIndex, article: Article) -> dict:
    return index.client.get(index=index.alias, id=article.id)["_source"]


def test_sending_the_same_articles_twice_keeps_one_copy_each(es_index):
    articles = [make(n) for n in range(30)]
    assert es_index.index_articles(articles).indexed == 30
    assert es_index.index_articles(articles).indexed == 30
    assert es_index.count() == 30
    assert es_index.ids() == {a.id for a in articles}


def test_a_late_resend_of_an_older_fetch_does_not_replace_newer_content(es_index):
    newer = make(1, title="Judul baru", fetched_at="2026-03-01T08:00:00+00:00")
    older = make(1, title="Judul lama", fetched_at="2026-02-01T08:00:00+00:00")
    assert es_index.index_articles([newer]).indexed == 1
    report = es_index.index_articles([older])
    assert (report.indexed, report.stale, report.failed) == (0, 1, 0)
    assert get(es_index, newer)["title"] == "Judul baru"
    newest = make(1, title="Judul terbaru", fetched_at="2026-04-01T08:00:00+00:00")
    assert es_index.index_articles([newest]).indexed == 1
    assert get(es_index, newer)["title"] == "Judul terbaru"


def test_an_unreachable_cluster_raises_and_dead_letters_nothing(tmp_path):
    with socket.socket() as closed:  # a port where nothing listens
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}"
        index = ElasticIndex(connect(url, timeout=2), dead_letter=tmp_path / "dead.jsonl")
        with pytest.raises(Unavailable):
            index.index_articles([make(1)])
    assert not (tmp_path / "dead.jsonl").exists()


def test_sync_sends_what_is_missing_or_changed_and_then_nothing(es_index, tmp_path):
    with EmbeddedIndex(tmp_path / "pantau.sqlite3") as embedded:
        embedded.upsert_many(make(n) for n in range(12))
        es_index.index_articles([make(n) for n in range(5)])
        embedded.upsert(make(2, body="Isi yang diperbarui.",
                             fetched_at="2026-02-01T00:00:00+00:00"))
        first = sync(embedded, es_index)
        assert (first.missing, first.differing, first.bulk.indexed) == (7, 1, 8)
        assert es_index.ids() == embedded.ids()
        assert get(es_index, make(2))["body"] == "Isi yang diperbarui."
        again = sync(embedded, es_index)
        assert (again.missing, again.differing, again.bulk.indexed) == (0, 0, 0)
