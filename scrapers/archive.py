"""The raw archive: HTTP exchanges in WARC files (warcio), written during a crawl and
read back for replay. No Scrapy imports: plain URLs, headers and bytes.

Bodies are stored as the server sent them (still content-encoded, with their
``Content-Encoding`` header), so a replay goes through the same decoding as a live fetch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from w3lib.url import canonicalize_url
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Hop-by-hop or already-undone framing: the stored body is neither chunked nor streamed.
_DROPPED_HEADERS = {"transfer-encoding", "content-length", "connection", "keep-alive"}


@dataclass
class Exchange:
    """One recorded response (and the request that fetched it)."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    date: str | None = None  # WARC-Date, ISO 8601 UTC
    method: str = "GET"
    request_headers: list[tuple[str, str]] | None = None


def url_key(url: str) -> str:
    """How archived URLs are matched: canonical form, no fragment."""
    return canonicalize_url(url, keep_fragments=False)


class WarcArchiveWriter:
    """Appends request/response record pairs to a gzipped WARC file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file: BinaryIO = open(self.path, "ab")  # noqa: SIM115 (closed in close())
        self._writer = WARCWriter(self._file, gzip=True)

    def write(self, exchange: Exchange) -> None:
        date = exchange.date or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        warc_headers = {"WARC-Date": date}
        parts = urlsplit(exchange.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_headers = [("Host", parts.netloc)] + [
            (k, v) for k, v in exchange.request_headers or [] if k.lower() != "host"
        ]
        request = self._writer.create_warc_record(
            exchange.url, "request", payload=BytesIO(b""), warc_headers_dict=warc_headers,
            http_headers=StatusAndHeaders(
                f"{exchange.method} {target} HTTP/1.1", request_headers, is_http_request=True
            ),
        )
        headers = [(k, v) for k, v in exchange.headers if k.lower() not in _DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(exchange.body))))
        response = self._writer.create_warc_record(
            exchange.url, "response", payload=BytesIO(exchange.body),
            warc_headers_dict=warc_headers,
            http_headers=StatusAndHeaders(
                f"{exchange.status} {_reason(exchange.status)}", headers, protocol="HTTP/1.1"
            ),
        )
        self._writer.write_request_response_pair(request, response)

    def close(self) -> None:
        self._file.close()


class WarcArchiveReader:
    """Random access to the responses of a WARC file by URL (the last record wins)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._offsets: dict[str, int] = {}
        with open(self.path, "rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if record.rec_type == "response":
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    self._offsets[url_key(url)] = records.get_record_offset()

    def __len__(self) -> int:
        return len(self._offsets)

    def __contains__(self, url: str) -> bool:
        return url_key(url) in self._offsets

    def get(self, url: str) -> Exchange | None:
        offset = self._offsets.get(url_key(url))
        if offset is None:
            return None
        with open(self.path, "rb") as fh:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)))
            return Exchange(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                status=int(record.http_headers.get_statuscode()),
                headers=list(record.http_headers.headers),
                body=record.raw_stream.read(),
                date=record.rec_headers.get_header("WARC-Date"),
            )

    def urls(self) -> list[str]:
        with open(self.path, "rb") as fh:
            return [
                r.rec_headers.get_header("WARC-Target-URI")
                for r in ArchiveIterator(fh) if r.rec_type == "response"
            ]


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
