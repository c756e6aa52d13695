"""The generic fallback for any article page, and the base of the site page objects.

Metadata comes from JSON-LD ``NewsArticle``, ``og:``/``article:`` meta tags and a few
common patterns (Kompas' ``content_author``, a visible "... WIB" dateline under the
headline); the body text comes from trafilatura, with "Baca juga" lines, promos and
sign-offs removed. Each field is a cached property, so a page object for one site
overrides only what its markup does better.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cached_property
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura

from scrapers.extract import html as h
from scrapers.extract.dates import parse_date
from scrapers.record import Image

# Containers that hold the article text on many Indonesian sites; trafilatura reads
# only that subtree when one is found (it otherwise takes a sidebar on some old pages).
BODY_HINTS = ('[itemprop="articleBody"]', ".detail__body-text", ".read__content",
              ".text_detail", "#detikdetailtext", ".detail_text",
              ".article-content-body__item-content", ".entry-content", ".post-content")
JUNK_LINE = re.compile(
    r"^(baca( juga| pula)?\s*[:\-]|baca juga\b|simak( juga)?( video)?\b|lihat juga\b|tonton juga\b"
    r"|\[gambas:|copyright\b|©|cek berita dan artikel|ikuti (kami|berita|saluran|whatsapp)"
    r"|dapatkan (update|berita|informasi)|download (aplikasi|app)|advertisement\b"
    r"|scroll to continue|periksa kembali dan lengkapi data dirimu|data dirimu akan digunakan"
    r"|segera lengkapi data dirimu|share\s*$|sumber\s*:|kontak\s*:|video\s*:\s*https?://"
    r"|editor\s*:|pewarta\s*:|penulis\s*:|reporter\s*:)",
    re.IGNORECASE)
STOP_LINE = re.compile(r"^((foto|berita|artikel|video) (terkait|lainnya|pilihan)|terpopuler)\b",
                       re.IGNORECASE)
CREDIT_LINE = re.compile(r"^(editor|pewarta|penulis|reporter)\s*:\s*(.+)$", re.IGNORECASE)
DATE_ONLY_LINE = re.compile(r"^[\w ,'|/:.-]{0,40}\d{1,2}[:.]\d{2}\s*(wib|wita|wit)$",
                            re.IGNORECASE)
DESK_CODE = re.compile(
    r"(?:(?<=[.!?\"'\u201d])|^)\s*(\((?:[A-Za-z*]{1,6}/){0,2}"
    r"(?:[A-Za-z]{1,4}-\d{1,3}|[A-Za-z]{2,6})\))\s*$")
DATELINE = re.compile(
    r"\d{1,2}(?:[/-]\d{1,2}[/-]\d{2,4}|\s+[A-Za-z]{3,9}\.?\s+\d{4})[^<>]{0,12}?"
    r"\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b", re.IGNORECASE)
ORG_WORDS = re.compile(r"\.(com|co\.id|id|net)\b|cyber media|developer|redaksi|\bnews\b",
                       re.IGNORECASE)
MIN_BODY = 150  # characters; less is navigation, not an article
ARTICLE_PATH = re.compile(r"\d{4,}|[\w%]+(?:[-._][\w%]+){2,}")


class GenericPage:
    """An article page read without site knowledge."""

    source = ""

    def __init__(self, html: str, url: str) -> None:
        self.html = html
        self.url = url
        self.tree = h.parse(html)
        self.meta = h.meta_tags(self.tree)
        self.ld = h.news_article(h.json_ld(self.tree))

    # --- identity -----------------------------------------------------------------
    @cached_property
    def canonical_url(self) -> str:
        for href in (self._link("canonical"), self.meta.get("og:url"), self.url):
            if href and href.startswith(("http", "/")):
                return urljoin(self.url, href)
        return self.url

    def _link(self, rel: str) -> str | None:
        for link in self.tree.iter("link"):
            if (link.get("rel") or "").lower() == rel and link.get("href"):
                return link.get("href").strip()
        return None

    @cached_property
    def site_token(self) -> str:
        """The site's name as it appears in its host: "kompas" for money.kompas.com."""
        host = (urlsplit(self.canonical_url).hostname or "").split(".")
        host = [p for p in host if p not in ("www", "co", "or", "go", "ac", "com", "id", "net")]
        return host[-1] if host else ""

    # --- metadata ------------------------------------------------------------------
    @cached_property
    def title(self) -> str:
        raw = (self.meta.get("og:title") or _ld_str(self.ld.get("headline"))
               or h.text_of(self.tree.find(".//title")) or "")
        title = self._strip_site_suffix(h.clean_text(raw))
        # The visible headline keeps the punctuation that meta titles often drop.
        for tag in ("h1", "h2"):
            for el in self.tree.iter(tag):
                text = h.text_of(el)
                if text and _loose(text) == _loose(title):
                    return text
        return title

    def _strip_site_suffix(self, title: str) -> str:
        names = {n.lower() for n in (self.site_token, self.meta.get("og:site_name", "")) if n}
        parts = re.split(r"\s+(?:[-|\u2013\u2014]|::)\s+", title)
        while len(parts) > 1 and any(n and n in parts[-1].lower() for n in names):
            parts.pop()
        return " - ".join(parts) if len(parts) > 1 else parts[0]

    @cached_property
    def authors(self) -> list[str]:
        candidates = (_split_names(self.meta.get("content_author") or self.meta.get("dtk:author"))
                      or h.names(self.ld.get("author"))
                      or [n for el in self.tree.xpath('//body//*[@itemprop="author"]')
                          for n in _split_names(h.text_of(el))]
                      or _split_names(self.meta.get("author") or self.meta.get("dc.creator")))
        people = [n for n in candidates if not self._is_org(n)]
        if not people and self._credits.get("pewarta"):
            people = _split_names(self._credits["pewarta"])
        return people

    def _is_org(self, name: str) -> bool:
        lowered = name.lower()
        publisher = h.names(self.ld.get("publisher"))
        return (lowered.startswith("http") or bool(ORG_WORDS.search(name))
                or (self.site_token and self.site_token in lowered.replace(" ", ""))
                or lowered in {p.lower() for p in publisher}
                or lowered == self.meta.get("og:site_name", "").lower())

    @cached_property
    def editor(self) -> str | None:
        keywords = self.ld.get("keywords")
        tagged = [k.split(":", 1)[1].strip() for k in keywords if isinstance(k, str)
                  and k.lower().startswith("editor:")] if isinstance(keywords, list) else []
        return (self.meta.get("content_editor") or next(iter(h.names(self.ld.get("editor"))), None)
                or next(iter(tagged), None) or self._credits.get("editor"))

    @cached_property
    def published(self) -> datetime | None:
        for raw in (_ld_str(self.ld.get("datePublished")), self.meta.get("article:published_time"),
                    self.meta.get("og:published_time")):
            value = parse_date(raw)
            if value:
                return value
        dateline = self.dateline
        if dateline:
            return dateline
        for key in ("datepublished", "content_publisheddate", "publishdate", "dtk:publishdate",
                    "pubdate", "dc.date", "date"):
            value = parse_date(self.meta.get(key))
            if value:
                return value
        for time in self.tree.iter("time"):
            value = parse_date(time.get("datetime"))
            if value:
                return value
        return None

    @cached_property
    def dateline(self) -> datetime | None:
        """The "... 10:08 WIB" text nearest the headline (detik, Kompas, Republika write it
        as a bare text node just above or below it; sidebars hold other dates)."""
        if not self.title:
            return None
        elements = list(self.tree.iter())
        at = next((i for i, el in enumerate(elements)
                   if el.tag in ("h1", "h2") and h.text_of(el) == self.title), None)
        if at is None:  # a headline in a <div>: "In Picture: <title>"
            title = _loose(self.title)
            at = next((i for i, el in enumerate(elements) if isinstance(el.tag, str)
                       and el.tag not in ("title", "meta", "script", "a")
                       and _loose(el.text or "").endswith(title)
                       and len(el.text) < len(self.title) + 30), None)
        if at is None:
            return None
        for distance in range(1, 200):
            for i in (at + distance, at - distance if distance <= 30 else -1):
                if 0 <= i < len(elements) and isinstance(elements[i].tag, str):
                    for text in (elements[i].text, elements[i].tail):
                        m = DATELINE.search(text or "")
                        if m:
                            return parse_date(m.group(0))
        return None

    @cached_property
    def modified(self) -> datetime | None:
        for raw in (_ld_str(self.ld.get("dateModified")), self.meta.get("article:modified_time"),
                    self.meta.get("og:updated_time")):
            value = parse_date(raw)
            if value:
                return value
        return None

    @cached_property
    def section(self) -> str | None:
        section = self.ld.get("articleSection")
        if isinstance(section, list):
            section = section[0] if section else None
        section = section or self.meta.get("article:section") or self.meta.get("content_category")
        return h.clean_text(section) or None if isinstance(section, str) else None

    @cached_property
    def tags(self) -> list[str]:
        keywords = self.ld.get("keywords")
        if isinstance(keywords, list):
            raw = list(keywords)
        else:
            raw = [m.get("content") or "" for m in self.tree.iter("meta")
                   if m.get("property") == "article:tag"]
            raw = raw or [keywords or self.meta.get("news_keywords") or self.meta.get("keywords")
                          or self.meta.get("content_tags") or ""]
        tags: list[str] = []
        for chunk in raw:
            for tag in str(chunk).split(","):
                tag = h.clean_text(tag).lstrip("#").strip()
                if ":" in tag:  # "ShowBiz:Film", "Editor:Aditia Saputra" (Liputan6)
                    continue
                if tag and tag.lower() not in {t.lower() for t in tags}:
                    tags.append(tag)
        return tags

    @cached_property
    def image(self) -> Image | None:
        url = h.image_url(self.ld.get("image")) or self.meta.get("og:image")
        return Image(url=urljoin(self.url, url)) if url else None

    @cached_property
    def description(self) -> str | None:
        return self.meta.get("description") or self.meta.get("og:description") or None

    # --- body ----------------------------------------------------------------------
    @cached_property
    def _lines(self) -> list[str]:
        """Trafilatura's text lines, from the body container when one is known."""
        source: str | lxml.html.HtmlElement = self.html
        for selector in BODY_HINTS:
            found = self.tree.cssselect(selector)
            if found and len(h.text_of(found[0])) > 200:
                source = ("<html><body><article>"
                          + lxml.html.tostring(found[0], encoding="unicode")
                          + "</article></body></html>")
                break
        text = trafilatura.extract(source, include_comments=False, include_tables=False) or ""
        return [h.clean_text(line) for line in text.split("\n") if h.clean_text(line)]

    @cached_property
    def _credits(self) -> dict[str, str]:
        """"Editor: X" / "Pewarta: Y" lines found in the body text."""
        found: dict[str, str] = {}
        for line in self._lines:
            m = CREDIT_LINE.match(line)
            if m:
                found.setdefault(m.group(1).lower(), h.clean_text(m.group(2)))
        return found

    @cached_property
    def _body(self) -> tuple[list[str], str | None]:
        title = _loose(self.title)
        lines = []
        for line in self._lines:
            if STOP_LINE.match(line):  # "FOTO TERKAIT:", "Berita Lainnya": the body is over
                break
            if (JUNK_LINE.match(line) or DATE_ONLY_LINE.match(line) or len(_loose(line)) < 3
                    or (title and _loose(line).endswith(title) and len(line) < len(title) + 30)):
                continue
            lines.append(line)
        if sum(len(line) for line in lines) < MIN_BODY:  # menu scraps of a cut-off page
            return [], None
        return split_desk_code(_join_datelines(lines))

    @cached_property
    def paragraphs(self) -> list[str]:
        return self._body[0]

    @cached_property
    def desk_code(self) -> str | None:
        return self._body[1]

    # --- is this an article? -------------------------------------------------------
    @cached_property
    def is_article(self) -> bool:
        """JSON-LD says so, or og:type article with a publication time, or an article
        shaped URL with a publication date and a real body."""
        if self.ld:
            return True
        if (self.meta.get("og:type", "").lower() == "article"
                and self.meta.get("article:published_time")):
            return True
        path = urlsplit(self.canonical_url).path
        return (bool(ARTICLE_PATH.search(path)) and self.published is not None
                and sum(len(p) for p in self.paragraphs) >= 300)


def split_desk_code(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Move a trailing desk code ("...terangnya.(OL-2)", a last line "(vyp/kna)") out of
    the body."""
    if not paragraphs:
        return paragraphs, None
    m = DESK_CODE.search(paragraphs[-1])
    if not m:
        return paragraphs, None
    rest = paragraphs[-1][:m.start()].rstrip()
    return (paragraphs[:-1] + [rest] if rest else paragraphs[:-1]), m.group(1)


def _join_datelines(lines: list[str]) -> list[str]:
    """A lone "Jakarta -" dateline belongs to the paragraph after it."""
    out: list[str] = []
    for line in lines:
        if out and len(out[-1]) <= 30 and re.search(r"[-\u2013\u2014]$", out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _split_names(value: str | None) -> list[str]:
    if not value:
        return []
    value = re.sub(r"^(pewarta|penulis|reporter|oleh)\s*:?\s*", "", value, flags=re.IGNORECASE)
    parts = re.split(r"\s*(?:,|;|&|\bdan\b)\s*", value)
    return [h.clean_text(p) for p in parts if h.clean_text(p)]


def _ld_str(value) -> str | None:
    return value if isinstance(value, str) else None


def _loose(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
