"""The embedded index: upsert by canonical URL, no-op re-store, recorded changes, search."""

from datetime import date

import pytest

from indexer.embedded import EmbeddedIndex
from scrapers.record import Article, Figure, Quote, Speaker
from search.embedded import EmbeddedSearch
from search.query import Query


def make_article(n: int, **overrides) -> Article:
    url = f"https://mediaindonesia.com/ekonomi/{1000 + n}/artikel-{n}"
    fields = dict(
        url=url, canonical_url=url, source="mediaindonesia", title=f"Artikel {n}",
        body=f"Paragraf pertama artikel {n}.\n\nParagraf kedua.",
        published=f"2021-0{1 + n % 9}-1{n % 10}T10:00:00+07:00",
        fetched_at="2026-01-01T00:00:00+00:00",
    )
    fields.update(overrides)
    return Article(**fields)


@pytest.fixture
def index(tmp_path):
    with EmbeddedIndex(tmp_path / "pantau.sqlite3") as ix:
        yield ix


def test_restoring_an_unchanged_article_is_a_no_op(index):
    article = make_article(1)
    assert index.upsert(article) == "added"
    assert index.upsert(make_article(1)) == "unchanged"
    assert index.count() == 1
    assert index.history(article.id) == []


def test_changed_article_is_updated_and_the_change_recorded(index):
    index.upsert(make_article(1))
    changed = make_article(1, body="Isi baru setelah koreksi redaksi.",
                           fetched_at="2026-01-02T00:00:00+00:00")
    assert index.upsert(changed) == "changed"
    assert index.count() == 1
    assert index.get(changed.id).body == "Isi baru setelah koreksi redaksi."
    assert len(index.history(changed.id)) == 1
    assert EmbeddedSearch(index).search(Query("koreksi")).total == 1
    assert EmbeddedSearch(index).search(Query("pertama")).total == 0


def test_a_late_resend_of_older_content_does_not_overwrite_newer(index):
    index.upsert(make_article(1, body="Versi terbaru.", fetched_at="2026-02-01T00:00:00+00:00"))
    older = make_article(1, body="Versi lama.", fetched_at="2026-01-01T00:00:00+00:00")
    assert index.upsert(older) == "stale"
    assert index.get(older.id).body == "Versi terbaru."


def test_older_copies_are_told_as_elasticsearch_tells_them(index):
    """A fetch time without a zone (read as WIB) is compared, not an error; without fetch
    times the modified, then the published stamp decides, as ``version_of`` does for ES."""
    index.upsert(make_article(1, body="Versi terbaru.", fetched_at="2026-02-01T00:00:00+00:00"))
    naive = make_article(1, body="Versi lama.", fetched_at="2026-01-01T08:00:00")
    assert index.upsert(naive) == "stale"
    index.upsert(make_article(2, body="Koreksi.", fetched_at=None,
                              modified="2026-03-02T10:00:00+07:00"))
    late = make_article(2, body="Sebelum koreksi.", fetched_at=None,
                        modified="2026-03-01T10:00:00+07:00")
    assert index.upsert(late) == "stale"
    assert index.get(late.id).body == "Koreksi."


def test_same_canonical_url_from_another_fetched_url_is_one_article(index):
    index.upsert(make_article(1))
    amp = make_article(1, url="https://mediaindonesia.com/amp/ekonomi/1001/artikel-1")
    assert index.upsert(amp) == "unchanged"
    assert index.count() == 1


def test_figures_and_quotes_are_stored_and_counted(index):
    article = make_article(
        1,
        figures=[Figure(raw="Rp70 triliun", value=7e13, unit="IDR")],
        quotes=[Quote(text="Kita bersyukur.", speaker=Speaker("Elizabeth Ratu Rante Allo")),
                Quote(text="Tanpa sumber.")],
    )
    index.upsert(article)
    stats = index.stats()
    assert (stats["figures"], stats["quotes"], stats["attributed_quotes"]) == (1, 2, 1)
    assert index.get(article.id).figures[0].value == 7e13


def test_search_filters_sorts_and_highlights(index):
    index.upsert(make_article(1, title="KUR untuk UMKM", published="2021-03-01T10:00:00+07:00",
                              body="Penyaluran KUR naik. Usaha mikro terbantu."))
    index.upsert(make_article(2, title="Harga cabai", published="2022-05-01T10:00:00+07:00",
                              body="Usaha mikro pedagang cabai. KUR juga disebut."))
    index.upsert(make_article(3, source="kompas", title="KUR di daerah",
                              canonical_url="https://kompas.com/read/1", url="https://kompas.com/read/1",
                              published="2023-01-01T06:00:00+07:00", body="KUR."))
    search = EmbeddedSearch(index)

    by_relevance = search.search(Query("KUR"))
    assert by_relevance.total == 3
    assert by_relevance.hits[0].article["title"] in {"KUR untuk UMKM", "KUR di daerah"}
    assert "<mark>KUR</mark>" in by_relevance.hits[0].highlights[0]

    by_date = search.search(Query("KUR", sort="date"))
    assert [h.article["title"] for h in by_date.hits] == ["KUR di daerah", "Harga cabai",
                                                          "KUR untuk UMKM"]
    assert search.search(Query("KUR", sources=["kompas"])).total == 1
    in_2022 = search.search(Query("KUR", date_from=date(2022, 1, 1), date_to=date(2022, 12, 31)))
    assert [h.article["title"] for h in in_2022.hits] == ["Harga cabai"]
    assert search.search(Query('"mikro usaha"')).total == 0
    assert search.search(Query('"usaha mikro" KUR')).total == 2


def test_date_filter_uses_the_wib_calendar_day(index):
    # 23:30 WIB on 31 Dec is 16:30 UTC the same day; 00:30 WIB on 1 Jan is still 31 Dec in UTC.
    index.upsert(make_article(1, published="2021-01-01T00:30:00+07:00", body="Tahun baru."))
    hits = EmbeddedSearch(index).search(Query(date_from=date(2021, 1, 1)))
    assert hits.total == 1


def test_query_syntax_characters_are_searched_as_text(index):
    index.upsert(make_article(1, body="Program OK OCE dan e-commerce."))
    search = EmbeddedSearch(index)
    for text in ['OCE"', "e-commerce", "NEAR(", "*", "AND OR NOT", "(kur"]:
        search.search(Query(text))  # never an FTS5 syntax error
    assert search.search(Query("e-commerce")).total == 1


def test_long_report_about_a_program_outranks_a_short_mention(index):
    filler = " ".join(f"Kalimat pengisi nomor {i} tentang ekonomi daerah." for i in range(40))
    report = ("Program Jakpreneur mencetak 194.536 UKM. " + filler
              + " Jakpreneur naik kelas. Jakpreneur go digital. Jakpreneur dan Shopee. "
              "UKM Jakpreneur bertahan.")
    index.upsert(make_article(1, title="UKM Jakpreneur bertransformasi digital", body=report))
    short_note = "Bazar Jakpreneur digelar. " + filler[:600] + " Jakpreneur hadir."
    index.upsert(make_article(2, title="Bazar Jakpreneur digelar serentak", body=short_note))
    for n in range(3, 8):  # a corpus in which Jakpreneur is rare
        index.upsert(make_article(n, body=filler))
    hits = EmbeddedSearch(index).search(Query("Jakpreneur")).hits
    assert [h.article["title"] for h in hits] == ["UKM Jakpreneur bertransformasi digital",
                                                  "Bazar Jakpreneur digelar serentak"]
    assert hits[0].score > hits[1].score > 0


def totals(db):
    return tuple(db.execute(
        "SELECT docs, title_terms_len, body_terms_len FROM articles_totals").fetchone())


def scanned(db):
    return tuple(db.execute(
        "SELECT count(*), coalesce(sum(title_terms_len), 0), coalesce(sum(body_terms_len), 0)"
        " FROM articles").fetchone())


def test_relevance_totals_follow_adds_and_changes(index):
    for n in range(5):
        index.upsert(make_article(n))
    index.upsert(make_article(2, body="Paragraf yang jauh lebih panjang tentang KUR dan UMKM.",
                              fetched_at="2026-02-01T00:00:00+00:00"))
    assert totals(index.db) == scanned(index.db)
    assert totals(index.db)[0] == 5


def test_an_index_file_from_before_the_totals_gets_them_on_opening(tmp_path):
    path = tmp_path / "old.sqlite3"
    with EmbeddedIndex(path) as ix:
        for n in range(3):
            ix.upsert(make_article(n))
        for trigger in ("insert", "update", "delete"):
            ix.db.execute(f"DROP TRIGGER articles_totals_{trigger}")
        ix.db.execute("DROP TABLE articles_totals")
        ix.db.commit()
    with EmbeddedIndex(path) as ix:
        assert totals(ix.db) == scanned(ix.db) and totals(ix.db)[0] == 3
        ix.upsert(make_article(3))
        assert totals(ix.db) == scanned(ix.db)
        hits = EmbeddedSearch(ix).search(Query(text="artikel")).hits
        assert len(hits) == 4 and all(hit.score > 0 for hit in hits)
