"""End to end: the real Media Indonesia spider crawls a local imitation of the site
(tests/site/server.py) through the real Scrapy engine into an embedded index, then the
same again, from its WARC archive, from the bundled snapshot, and with --since."""

import json
import re
from datetime import date, datetime
from urllib.parse import urlsplit

import pytest

from indexer.embedded import EmbeddedIndex
from scrapers.archive import WarcArchiveReader
from scrapers.sources import get_source
from tests.site import server
from tests.site.build_snapshot import SNAPSHOT
from tests.site.crawl import crawl, pantau

SOURCE = get_source("mediaindonesia")
SEED = "https://mediaindonesia.com/megapolitan/362573/194-ribu-ukm-jakpreneur-didorong-bertransformasi-digital"  # noqa: E501
BALI = "https://mediaindonesia.com/nusantara/459930/umkm-bali-bangkit-seiring-pulihnya-pariwisata"


@pytest.fixture(scope="module")
def site():
    return server.MediaIndonesiaSite()


@pytest.fixture(scope="module")
def first(site, tmp_path_factory):
    """The first crawl of the local site: its stats, the requests the site saw, the index."""
    tmp = tmp_path_factory.mktemp("first")
    with server.serve(site) as served:
        stats = crawl("--base-url", served.base_url, db=tmp / "index.sqlite3",
                      archive_dir=tmp / "archive")
        requests = list(served.requests)
    return stats, requests, tmp / "index.sqlite3"


def stored(db) -> list:
    with EmbeddedIndex(db) as index:
        return list(index.iter_articles())


def canonical_urls(db) -> set[str]:
    return {a.canonical_url for a in stored(db)}


def test_the_index_ends_with_exactly_the_expected_articles_once(site, first):
    stats, _, db = first
    articles = stored(db)
    assert {a.canonical_url for a in articles} == site.expected
    assert len(articles) == len(site.expected) == stats["pantau/added"]
    seed = next(a for a in articles if a.canonical_url == SEED)
    assert seed.title == "194 Ribu UKM Jakpreneur Didorong Bertransformasi Digital"
    assert seed.source == "mediaindonesia" and seed.url == SEED
    assert all(a.fetched_at for a in articles)


def test_bad_pages_are_counted_and_the_crawl_goes_on(first):
    stats, _, _ = first
    assert stats["finish_reason"] == "finished"
    assert stats.get("log_count/ERROR", 0) == 0
    assert stats["pantau/fetch_failed"] == 1  # the deleted article's 404
    # The soft 404 ("Halaman tidak ditemukan" at an article URL) is no article.
    assert stats.get("pantau/not_article", 0) + stats.get("pantau/extract_failed", 0) == 1
    # The tag page links one article again with utm_* parameters: stored once.
    assert stats["pantau/duplicate"] == 1


def test_robots_txt_is_read_first_and_obeyed(first):
    stats, requests, db = first
    paths = [path for path, _ in requests]
    assert paths[0] == "/robots.txt"
    assert server.DISALLOWED not in paths
    assert stats["robotstxt/forbidden"] == 1
    assert not any("/pengumuman/" in url for url in canonical_urls(db))
    assert {agent for _, agent in requests} == {
        "PantauUMKM/0.1 (+https://github.com/pantau-umkm/pantau; pantau@example.org)"}


def test_only_discovery_pages_and_article_urls_are_fetched(site, first):
    _, requests, _ = first
    discovery = {"/robots.txt", urlsplit(SOURCE.sitemap_index).path,
                 urlsplit(SOURCE.news_sitemap).path, "/ekonomi", "/ekonomi?page=2",
                 "/tag/umkm", "/search?q=umkm"}
    others = [p for p, _ in requests if p not in discovery and not p.startswith("/sitemap/")]
    assert others and all(SOURCE.is_article_url(site.url(p)) for p in others)
    # Both channel pages were read; links outside the listing (sidebar, tags, authors)
    # and every link inside article pages were not followed.
    assert "/ekonomi?page=2" in [p for p, _ in requests]
    assert "/opini/847697/taman-pelajar" not in others
    assert not any(p.startswith(("/tag/", "/author/")) for p in others)
    assert len(others) == len(set(others))  # nothing fetched twice


def test_a_moved_article_is_followed_to_its_canonical_url(first):
    _, requests, db = first
    paths = [p for p, _ in requests]
    assert server.OLD_SLUG in paths and urlsplit(BALI).path in paths
    bali = next(a for a in stored(db) if a.canonical_url == BALI)
    assert bali.url == BALI  # the URL fetched after the 301, real host


def test_a_second_crawl_changes_nothing(site, first, tmp_path):
    _, _, db = first
    before = {a.id: a.content_hash for a in stored(db)}
    with server.serve(site) as served:
        stats = crawl("--base-url", served.base_url, db=db)
    assert stats["pantau/unchanged"] == len(site.expected)
    assert stats.get("pantau/added", 0) == stats.get("pantau/changed", 0) == 0
    assert {a.id: a.content_hash for a in stored(db)} == before


def test_the_archive_holds_every_response_under_its_real_url(site, first):
    stats, requests, _ = first
    reader = WarcArchiveReader(stats["pantau/archive"])
    urls = reader.urls()
    assert len(urls) == len(requests) == stats["pantau/archived"]
    assert all(u.startswith("https://mediaindonesia.com/") for u in urls)
    assert reader.get(site.url("/robots.txt")).status == 200
    assert reader.get(site.url(server.OLD_SLUG)).status == 301
    assert reader.get(site.url(server.DELETED)).status == 404
    assert all(url in reader for url in site.expected)


def test_replaying_the_archive_gives_the_same_articles_without_the_site(site, first, tmp_path):
    stats, _, _ = first
    replay = crawl("--replay", stats["pantau/archive"], db=tmp_path / "replay.sqlite3")
    assert canonical_urls(tmp_path / "replay.sqlite3") == site.expected
    assert replay["pantau/replayed"] == stats["pantau/archived"]
    assert replay.get("pantau/replay_missing", 0) == 0
    assert replay["robotstxt/forbidden"] == 1


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """``pantau crawl mediaindonesia --replay <bundled snapshot>``, as ``make demo`` runs it."""
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    return pantau("crawl", "mediaindonesia", "--replay", str(SNAPSHOT), "--db", str(db)), db


def test_the_bundled_snapshot_crawls_offline(site, demo):
    done, db = demo
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"mediaindonesia: {len(site.expected)} articles stored" in done.stdout
    assert canonical_urls(db) == site.expected


def test_search_on_the_snapshot_ranks_the_seed_first_for_jakpreneur(demo):
    _, db = demo
    found = pantau("search", "Jakpreneur", "--db", str(db), "--json")
    assert found.returncode == 0, found.stderr[-3000:]
    assert json.loads(found.stdout)["hits"][0]["canonical_url"] == SEED


def test_since_stops_discovery_at_older_articles(site, tmp_path):
    since = date(2022, 1, 1)
    with server.serve(site) as served:
        stats = crawl("--base-url", served.base_url, "--since", since.isoformat(),
                      db=tmp_path / "since.sqlite3")
        paths = [p for p, _ in served.requests]
    newer = {url for url, meta in site.fixtures.items()
             if datetime.fromisoformat(meta["published"]).date() >= since}
    assert 0 < len(newer) < len(site.expected)
    assert canonical_urls(tmp_path / "since.sqlite3") == newer
    assert stats["pantau/skipped_old"] > 0
    older = {urlsplit(url).path for url in site.expected - newer}
    assert not older & set(paths)  # older articles are never fetched
    monthly = [p for p in paths if re.fullmatch(r"/sitemap/\d{4}-\d{2}\.xml", p)]
    assert monthly and all(p[9:16] >= "2022-01" for p in monthly)
