"""The WARC archive: what a crawl writes can be read back byte for byte, and the replay
middleware answers requests from it (robots.txt included, unknown URLs 404)."""

import gzip

import pytest
from scrapy import Request, Spider
from scrapy.exceptions import NotConfigured
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from scrapers.archive import Exchange, WarcArchiveReader, WarcArchiveWriter
from scrapers.middlewares import WarcArchiveMiddleware, WarcReplayMiddleware

ARTICLE = "https://mediaindonesia.com/megapolitan/362573/194-ribu-ukm-jakpreneur"
PAGE = "<html><head><title>194 Ribu UKM</title></head><body><p>Jakpreneur</p></body></html>"


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    writer = WarcArchiveWriter(path)
    writer.write(Exchange(
        url="https://mediaindonesia.com/robots.txt", status=200,
        headers=[("Content-Type", "text/plain")], body=b"User-agent: *\nDisallow: /api/\n"))
    writer.write(Exchange(
        url=ARTICLE, status=200, body=gzip.compress(PAGE.encode()),
        headers=[("Content-Type", "text/html; charset=UTF-8"), ("Content-Encoding", "gzip"),
                 ("Transfer-Encoding", "chunked"), ("Date", "Fri, 27 Nov 2020 09:00:00 GMT")],
        request_headers=[("User-Agent", "PantauUMKM/0.1")]))
    writer.write(Exchange(
        url="https://mediaindonesia.com/megapolitan/362573/lama", status=301, body=b"",
        headers=[("Location", ARTICLE)]))
    writer.close()
    return path


def test_every_exchange_is_a_request_and_response_record_with_the_real_url(archive):
    with open(archive, "rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"))
                   for r in ArchiveIterator(fh)]
    assert sorted(kind for kind, _ in records) == ["request"] * 3 + ["response"] * 3
    assert ("response", ARTICLE) in records and ("request", ARTICLE) in records


def test_reader_gives_back_status_headers_and_raw_body(archive):
    reader = WarcArchiveReader(archive)
    assert len(reader) == 3
    page = reader.get(ARTICLE + "#komentar")  # fragments never reach a server
    assert page.status == 200
    assert gzip.decompress(page.body).decode() == PAGE
    headers = dict(page.headers)
    assert headers["Content-Encoding"] == "gzip"
    assert "Transfer-Encoding" not in headers  # the stored body is not chunked
    assert headers["Content-Length"] == str(len(page.body))
    moved = reader.get("https://mediaindonesia.com/megapolitan/362573/lama")
    assert (moved.status, dict(moved.headers)["Location"]) == (301, ARTICLE)
    assert reader.get("https://mediaindonesia.com/ekonomi/1/tidak-ada") is None


def replay(archive):
    crawler = get_crawler(Spider, {"PANTAU_REPLAY": str(archive)})
    return crawler, WarcReplayMiddleware.from_crawler(crawler)


def test_replay_answers_with_the_recorded_response(archive):
    crawler, middleware = replay(archive)
    response = middleware.process_request(Request(ARTICLE))
    assert (response.url, response.status) == (ARTICLE, 200)
    assert response.headers[b"Content-Encoding"] == b"gzip"  # decoded later, as live
    assert gzip.decompress(response.body).decode() == PAGE
    assert "replay" in response.flags
    robots = middleware.process_request(Request("https://mediaindonesia.com/robots.txt"))
    assert isinstance(robots, TextResponse) and b"Disallow: /api/" in robots.body
    assert crawler.stats.get_value("pantau/replayed") == 2


def test_replay_of_an_unknown_url_is_a_404_not_the_network(archive):
    crawler, middleware = replay(archive)
    response = middleware.process_request(Request("https://mediaindonesia.com/ekonomi/9/x"))
    assert response.status == 404
    assert crawler.stats.get_value("pantau/replay_missing") == 1


def test_archive_and_replay_are_off_unless_configured(tmp_path):
    with pytest.raises(NotConfigured):
        WarcReplayMiddleware.from_crawler(get_crawler(Spider, {"PANTAU_REPLAY": ""}))
    with pytest.raises(NotConfigured):  # replaying must not archive the replay again
        WarcArchiveMiddleware.from_crawler(get_crawler(Spider, {
            "PANTAU_ARCHIVE_DIR": str(tmp_path), "PANTAU_REPLAY": "x.warc.gz"}))
