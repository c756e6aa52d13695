"""Reindex builds the next version and swaps the alias atomically: searches never fail."""

import json
import threading

import pytest

from scrapers.record import Article
from search.cli import main
from search.elastic import ElasticSearch
from search.query import Query

pytestmark = pytest.mark.elasticsearch
N = 400


def make(n: int) -> Article:
    url = f"https://mediaindonesia.com/ekonomi/{7000 + n}/kur-umkm-{n}"
    return Article(url=url, canonical_url=url, source="mediaindonesia",
                   title=f"Penyaluran KUR untuk UMKM tahap {n}",
                   body=f"Pemerintah menyalurkan kredit usaha rakyat ke-{n} bagi pelaku UKM.",
                   published=f"2021-10-{1 + n % 28:02d}T12:38:00+07:00",
                   fetched_at="2026-01-01T00:00:00+00:00")


def test_reindex_under_continuous_search(es_index):
    es_index.index_articles([make(n) for n in range(N)])
    es_index.refresh()
    search = ElasticSearch(es_index.client, alias=es_index.alias)
    stop, started = threading.Event(), threading.Event()
    totals, errors = [], []

    def keep_searching():
        while not stop.is_set():
            try:
                totals.append(search.search(Query(text="penyaluran UMKM", limit=5)).total)
            except Exception as exc:  # noqa: BLE001 - any failure is what we look for
                errors.append(exc)
            started.set()

    thread = threading.Thread(target=keep_searching)
    thread.start()
    try:
        started.wait(30)
        before = len(totals)
        old, new = es_index.reindex(delete_old=True)
        after_swap = len(totals)
        while len(totals) < after_swap + 20 and not errors:
            stop.wait(0.01)
    finally:
        stop.set()
        thread.join()
    assert errors == []
    assert before > 0 and len(totals) > after_swap  # searches ran before and after
    assert set(totals) == {N}
    assert (old, new) == (f"{es_index.alias}-v1", f"{es_index.alias}-v2")
    assert es_index.current_index() == new and es_index.count() == N
    assert not es_index.client.indices.exists(index=old)


def test_index_commands(es_index, es_url, capsys):
    common = ["--url", es_url, "--alias", es_index.alias]
    es_index.index_articles([make(n) for n in range(3)])
    assert main(["index", "create", *common]) == 0
    assert main(["index", "reindex", *common]) == 0
    assert main(["index", "status", *common]) == 0
    out = capsys.readouterr().out
    assert f"{es_index.alias}-v1 -> {es_index.alias}-v2" in out
    status = json.loads(out.splitlines()[-1])
    assert (status["index"], status["count"]) == (f"{es_index.alias}-v2", 3)


def test_articles_written_during_a_reindex_reach_the_new_index(es_index):
    es_index.index_articles([make(n) for n in range(N)])
    written, errors = [], []
    stop = threading.Event()

    def keep_writing():
        n = N
        while not stop.is_set():
            try:
                es_index.index_articles([make(n)])
                written.append(make(n).id)
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)
            n += 1

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        while len(written) < 5:
            stop.wait(0.01)
        es_index.reindex()
    finally:
        stop.set()
        thread.join()
    assert errors == [] and len(written) > 5
    assert es_index.ids() == {make(n).id for n in range(N)} | set(written)
