"""A local imitation of mediaindonesia.com for crawl tests.

``MediaIndonesiaSite`` is the site as data: every path it answers, built from the
article fixtures in ``tests/fixtures/mediaindonesia/`` (real markup, real URLs) plus
robots.txt, a sitemap index with monthly sitemaps, a Google News sitemap, the /ekonomi
channel (two pages), the /tag/umkm tag page and /search?q=umkm, in the site's markup
(``ul.list-3`` items with a ``dd/m/yyyy HH:MM`` date, newest first). Its traps:

- robots.txt disallows ``/pengumuman/``, and the sitemap lists an article there;
- the channel lists a deleted article (404) and a page that is no article (a soft 404);
- the Bali article is only reachable through its old slug, which 301-redirects;
- the tag page lists one article again with tracking parameters;
- one article page is cut off mid-paragraph (``broken`` in INDEX.json).

``serve(site)`` runs it on 127.0.0.1 (random port) in a thread and logs every request.
"""

from __future__ import annotations

import gzip
import html
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from scrapers.sources import get_source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mediaindonesia"
SOURCE = get_source("mediaindonesia")
HOME = SOURCE.home.rstrip("/")

HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"

DISALLOWED = "/pengumuman/731001/pengumuman-seleksi-mitra-umkm-binaan"
DELETED = "/ekonomi/700001/artikel-ini-sudah-dihapus"
SOFT_404 = "/ekonomi/700002/halaman-tidak-tersedia"
OLD_SLUG = "/nusantara/459930/umkm-bali-mulai-bangkit"  # 301 -> the Bali article
TRACKING = "?utm_source=tag&utm_medium=web"
CHANNEL = "ekonomi"
TAG = "umkm"
QUERY = "umkm"
PER_PAGE = 3


@dataclass
class Page:
    status: int
    body: bytes
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Entry:
    """An article as the listings and sitemaps show it."""

    url: str  # as linked
    title: str
    published: datetime
    modified: datetime
    description: str = ""
    image: str = ""


class MediaIndonesiaSite:
    """Every path (with query) the imitation answers, and what a crawl should store."""

    def __init__(self, fixtures: Path = FIXTURES):
        index = json.loads((fixtures / "INDEX.json").read_text("utf-8"))["articles"]
        self.routes: dict[str, Page] = {}
        self.articles: list[Entry] = []  # every article page, by its linked URL
        self.expected: set[str] = set()  # canonical URLs a full crawl stores
        for meta in index:
            path = urlsplit(meta["url"]).path
            self.routes[path] = Page(200, (fixtures / meta["file"]).read_bytes())
            self.expected.add(meta["url"])
            self.articles.append(_entry(meta, meta["url"]))
        self.fixtures = {meta["url"]: meta for meta in index}
        self._traps(fixtures, index)
        self._listings()
        self._sitemaps()
        self.routes["/robots.txt"] = Page(200, ROBOTS.encode(), "text/plain; charset=UTF-8")

    def url(self, path: str) -> str:
        return HOME + path

    def _traps(self, fixtures: Path, index: list[dict]) -> None:
        bali = next(m for m in index if "/459930/" in m["url"])
        self.routes[OLD_SLUG] = Page(301, b"", headers={"Location": bali["url"]})
        # The Bali article is linked only by its old slug.
        self.articles = [e for e in self.articles if e.url != bali["url"]]
        self.articles.append(_entry(bali, self.url(OLD_SLUG)))

        # An announcement in a section robots.txt forbids: a real article page.
        donor = next(m for m in index if "/386201/" in m["url"])
        page = (fixtures / donor["file"]).read_text("utf-8").replace(
            donor["url"], self.url(DISALLOWED))
        self.routes[DISALLOWED] = Page(200, page.encode())
        self.articles.append(_entry(
            donor, self.url(DISALLOWED), title="Pengumuman Seleksi Mitra UMKM Binaan"))

        self.routes[DELETED] = Page(404, _shell("Halaman tidak ditemukan", NOT_FOUND_BODY))
        self.routes[SOFT_404] = Page(200, _shell("Halaman tidak ditemukan", NOT_FOUND_BODY))
        for path, day in ((DELETED, "2022-03-01T10:00:00+07:00"),
                          (SOFT_404, "2020-12-01T10:00:00+07:00")):
            when = datetime.fromisoformat(day)
            self.articles.append(Entry(self.url(path), "Artikel ekonomi", when, when))
        self.articles.sort(key=lambda e: e.published, reverse=True)

    def _listings(self) -> None:
        channel = [e for e in self.articles if urlsplit(e.url).path.startswith(f"/{CHANNEL}/")]
        first, second = channel[:PER_PAGE], channel[PER_PAGE:]
        assert first and second, "the channel needs two pages"
        self.routes[f"/{CHANNEL}"] = Page(200, _listing(
            "Ekonomi", f"/{CHANNEL}", first, next_path=f"/{CHANNEL}?page=2"))
        self.routes[f"/{CHANNEL}?page=2"] = Page(200, _listing(
            "Ekonomi", f"/{CHANNEL}?page=2", second))

        tagged = [
            e for e in self.articles
            if TAG in [t.lower() for t in self.fixtures.get(e.url, {}).get("tags", [])]
        ]
        tagged[0] = replace(tagged[0], url=tagged[0].url + TRACKING)
        self.routes[f"/tag/{TAG}"] = Page(200, _listing("# UMKM", f"/tag/{TAG}", tagged))

        found = [e for e in self.articles
                 if QUERY in (e.title + e.description).lower() or "/459930/" in e.url]
        search_path = urlsplit(SOURCE.search(QUERY))
        self.routes[f"{search_path.path}?{search_path.query}"] = Page(200, _listing(
            f"Hasil pencarian: {QUERY}", f"/search?q={QUERY}", found))

    def _sitemaps(self) -> None:
        months: dict[str, list[Entry]] = {}
        for entry in self.articles:
            if entry.url.startswith(self.url(SOFT_404)) or entry.url == self.url(DELETED):
                continue  # listed on the channel only
            months.setdefault(entry.published.strftime("%Y-%m"), []).append(entry)
        index = []
        for month, entries in sorted(months.items()):
            path = f"/sitemap/{month}.xml"
            self.routes[path] = Page(200, _urlset(entries), XML)
            lastmod = max(e.modified for e in entries).isoformat()
            index.append(f"<sitemap><loc>{HOME}{path}</loc><lastmod>{lastmod}</lastmod></sitemap>")
        self.routes[urlsplit(SOURCE.sitemap_index).path] = Page(200, (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(index) + "\n</sitemapindex>\n").encode(), XML)
        self.routes[urlsplit(SOURCE.news_sitemap).path] = Page(
            200, _news_sitemap(self.articles[:2]), XML)


def _entry(meta: dict, url: str, title: str | None = None) -> Entry:
    return Entry(
        url=url, title=title or meta["title"],
        published=datetime.fromisoformat(meta["published"]),
        modified=datetime.fromisoformat(meta.get("modified") or meta["published"]),
        description=meta.get("description") or "",
        image=(meta.get("image") or {}).get("url", ""),
    )


ROBOTS = f"""User-agent: *
Disallow: /pengumuman/
Disallow: /api/

Sitemap: {SOURCE.sitemap_index}
Sitemap: {SOURCE.news_sitemap}
"""

NOT_FOUND_BODY = """<section class="not-found">
    <div class="container">
        <h1>404</h1>
        <p>Maaf, halaman yang Anda cari tidak tersedia atau sudah dipindahkan.</p>
        <a href="https://mediaindonesia.com/" class="bt bt-primary">Kembali ke Beranda</a>
    </div>
</section>"""


def _shell(title: str, content: str, canonical: str | None = None) -> bytes:
    """The site's page frame around ``content``."""
    link = f'<link rel="canonical" href="{HOME}{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{html.escape(title)} - Media Indonesia</title>
    <meta property="og:type" content="website" />
    <meta property="og:title" content="{html.escape(title)}" />
    {link}
    <link rel="stylesheet" href="/desktop/asset/css/main.min.css">
</head>
<body>
<div class="master">
<div class="header">
    <div class="top-nav for-desktop"><div class="container">
        <form action="https://mediaindonesia.com/search" method="POST" class="src">
            <input type="text" name="q" placeholder="Cari artikel atau tokoh disini">
        </form>
        <a href="https://mediaindonesia.com/" class="logo">
            <img src="/desktop/asset/images/logo.png" alt="Media Indonesia"></a>
        <ul class="nav-list">
            <li><a href="https://mediaindonesia.com/politik-dan-hukum">Politik dan Hukum</a></li>
            <li><a href="https://mediaindonesia.com/ekonomi">Ekonomi</a></li>
            <li><a href="https://mediaindonesia.com/megapolitan">Megapolitan</a></li>
            <li><a href="https://mediaindonesia.com/nusantara">Nusantara</a></li>
        </ul>
    </div></div>
</div>
{content}
<div class="footer"><div class="container">
    <ul class="sitemap">
        <li><a href="https://mediaindonesia.com/statics/tentang-kami">Tentang Kami</a></li>
        <li><a href="https://mediaindonesia.com/author/151/andhika">Redaksi</a></li>
    </ul>
</div></div>
</div>
</body>
</html>
""".encode()


def _listing(heading: str, path: str, entries: list[Entry],
             next_path: str | None = None) -> bytes:
    items = "".join(_item(e) for e in entries)
    pager = ""
    if next_path:
        pager = (f'<div class="pagination"><a class="next" rel="next" '
                 f'href="{HOME}{html.escape(next_path)}">Berikutnya</a></div>')
    content = f"""<section>
    <div class="container"><div class="columns">
        <div class="column is-8">
            <div class="ti">{html.escape(heading)}</div>
            <ul class="list-3">{items}
            </ul>
            {pager}
        </div>
        <div class="column is-4">
            <section><div class="ti">Terpopuler</div>
                <ul class="list-4"><li>
                    <a href="https://mediaindonesia.com/opini/847697/taman-pelajar">Opini</a>
                </li></ul>
            </section>
        </div>
    </div></div>
</section>"""
    return _shell(heading, content, canonical=path)


def _item(entry: Entry) -> str:
    title = html.escape(entry.title, quote=True)
    href = html.escape(entry.url, quote=True)
    day = entry.published
    stamp = f"{day.day:02d}/{day.month}/{day.year} {day:%H:%M}"
    return f"""
                <li>
                    <div class="pic">
                        <figure class="ratio">
                            <a title="{title}" href="{href}">
                                <img class="lazyload" data-src="{html.escape(entry.image)}"
                                    alt="{title}">
                            </a>
                        </figure>
                    </div>
                    <div class="text ">
                        <h3><a title="{title}" href="{href}">{html.escape(entry.title)}</a></h3>
                        <span>{stamp}</span>
                        <p>{html.escape(entry.description)}</p>
                    </div>
                </li>"""


def _urlset(entries: list[Entry]) -> bytes:
    urls = "".join(
        f"\n<url><loc>{html.escape(e.url)}</loc><lastmod>{e.modified.isoformat()}</lastmod>"
        "<changefreq>monthly</changefreq><priority>0.8</priority></url>"
        for e in entries
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}\n</urlset>\n").encode()


def _news_sitemap(entries: list[Entry]) -> bytes:
    urls = "".join(f"""
<url>
    <loc>{html.escape(e.url)}</loc>
    <news:news>
        <news:publication>
            <news:name>Media Indonesia</news:name><news:language>id</news:language>
        </news:publication>
        <news:publication_date>{e.published.isoformat()}</news:publication_date>
        <news:title>{html.escape(e.title)}</news:title>
    </news:news>
</url>""" for e in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"{urls}\n</urlset>\n").encode()


@dataclass
class Served:
    base_url: str
    requests: list[tuple[str, str]]  # (path with query, User-Agent) in arrival order

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


@contextmanager
def serve(site: MediaIndonesiaSite) -> Iterator[Served]:
    """Run ``site`` on 127.0.0.1 on a free port until the block ends."""
    log: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            log.append((self.path, self.headers.get("User-Agent", "")))
            # Like the real site, pages ignore query parameters they do not use.
            page = (site.routes.get(self.path) or site.routes.get(urlsplit(self.path).path)
                    or Page(404, _shell("Halaman tidak ditemukan", NOT_FOUND_BODY)))
            body = page.body
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            if body and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body)
                self.send_header("Content-Encoding", "gzip")
            for name, value in page.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield Served(f"http://{host}:{port}", log)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
