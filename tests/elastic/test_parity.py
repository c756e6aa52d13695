"""One query interface, two backends: on the fixture corpus the embedded index and
Elasticsearch return the same articles for the same queries."""

from dataclasses import replace
from datetime import date

import pytest

from indexer.embedded import EmbeddedIndex
from search.elastic import ElasticSearch
from search.embedded import EmbeddedSearch
from search.query import Query

pytestmark = pytest.mark.elasticsearch

QUERIES = [
    Query(text="UMKM"),
    Query(text="ukm"),
    Query(text="usaha mikro kecil menengah"),
    Query(text="Jakpreneur"),
    Query(text="digital"),
    Query(text="menjelaskan"),  # matches every form of "jelas"
    Query(text='"transformasi digital"'),
    Query(text='"194.536 UKM"'),
    Query(text='KUR "kredit usaha rakyat"'),
    Query(text="ekspor", sources=["mediaindonesia"]),
    Query(text="umkm", sources=["kompas"]),
    Query(text="umkm", date_from=date(2022, 1, 1), date_to=date(2023, 12, 31)),
    Query(text="umkm", date_from=date(2020, 11, 27), date_to=date(2020, 11, 27)),
    Query(text="umkm", sort="date"),
    Query(text="", sort="date"),
    Query(text="", date_from=date(2024, 1, 1)),
    Query(text="yang dan di"),  # stopwords only: everything, newest first
    Query(text="xyzzy tidak ada"),
]


@pytest.fixture(scope="module")
def backends(corpus, tmp_path_factory, es_url):
    from indexer.elastic import ElasticIndex, connect

    client = connect(es_url)
    index = ElasticIndex(client, alias="t-parity-articles",
                         dead_letter=tmp_path_factory.mktemp("dl") / "dead.jsonl")
    index.drop()  # left over from an interrupted run
    index.create()
    assert index.index_articles(corpus).failed == 0
    index.refresh()
    embedded = EmbeddedIndex(tmp_path_factory.mktemp("embedded") / "pantau.sqlite3")
    embedded.upsert_many(corpus)
    yield EmbeddedSearch(embedded), ElasticSearch(client, alias=index.alias)
    embedded.close()
    index.drop()
    client.close()


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(q.text or "<all>"))
def test_same_articles_on_both_backends(backends, query):
    embedded, elastic = backends
    query = replace(query, limit=100)
    ours, theirs = embedded.search(query), elastic.search(query)
    assert theirs.total == ours.total
    ours_ids, theirs_ids = [h.id for h in ours.hits], [h.id for h in theirs.hits]
    if query.sort == "date" or not (query.words or query.phrases):
        assert theirs_ids == ours_ids
    else:
        assert sorted(theirs_ids) == sorted(ours_ids)
    for hit in theirs.hits:  # a body match is shown, marked
        mine = next(h for h in ours.hits if h.id == hit.id)
        assert bool(hit.highlights) == bool(mine.highlights)
        assert all("<mark>" in snippet for snippet in hit.highlights)


def test_queries_exercise_the_corpus(backends, corpus):
    embedded, _ = backends
    totals = {q.text: embedded.search(replace(q, limit=100)).total for q in QUERIES}
    assert totals["UMKM"] >= 6 and totals["xyzzy tidak ada"] == 0
    assert totals["usaha mikro kecil menengah"] >= 1
    assert 0 < totals['"transformasi digital"'] < len(corpus)


def test_relevance_puts_the_title_match_first_on_both(backends):
    embedded, elastic = backends
    query = Query(text="Jakpreneur bazar")
    for backend in (embedded, elastic):  # "Pemprov DKI Gelar Bazar UMKM Jakpreneur ..."
        assert backend.search(query).hits[0].article["canonical_url"] == (
            "https://mediaindonesia.com/megapolitan/702315/"
            "pemprov-dki-gelar-bazar-umkm-jakpreneur-di-44-kecamatan"
        )
