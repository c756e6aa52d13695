"""The generic fallback for any article page, and the base of the site page objects.

Metadata comes from JSON-LD ``NewsArticle``, ``og:``/``article:`` meta tags and a few
common patterns (Kompas' ``content_author``, a visible "... WIB" dateline under the
headline, labelled credits such as "Penulis: X", byline elements, the date in the URL,
the caption next to the lead image); the body text comes from trafilatura, with
"Baca juga" lines, promos and sign-offs removed. Each field is a cached property, so a
page object for one site overrides only what its markup does better.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from functools import cached_property
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura

from scrapers.extract import html as h
from scrapers.extract.dates import date_from_url, parse_date
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
    r"|segera lengkapi data dirimu|share\s*$|sumber\s*:|kontak\s*:"
    r"|\(?(video|foto|photo)\s*:\s*https?://"
    r"|editor\s*:|pewarta\s*:|penulis\s*:|reporter\s*:)",
    re.IGNORECASE)
STOP_LINE = re.compile(r"^((foto|berita|artikel|video) (terkait|lainnya|pilihan)|terpopuler)\b",
                       re.IGNORECASE)
# Labelled credits: "Penulis: X", "Pewarta: X", "Editor: Y", Republika's "Rep: X/ Red: Y".
CREDIT_START = re.compile(r"^\s*(?:(?:penulis|pewarta|reporter|wartawan|editor|redaktur|oleh)"
                          r"\s*(?::|$)|(?:rep|red)\s*:)", re.IGNORECASE)
CREDIT = re.compile(r"(?:\b(penulis|pewarta|reporter|wartawan|editor|redaktur|oleh|rep|red)\s*:"
                    r"|^(oleh)\b)\s*", re.IGNORECASE)
EDITOR_LABELS = {"editor", "redaktur", "red"}
INLINE = {"span", "a", "strong", "b", "em", "i", "u", "font", "small", "label", "td", "th"}
# Byline elements by class (detik's div.author, Okezone's div.nmreporter); photo credits
# sit in the same kind of element inside picture containers (Kompas' span.author).
BYLINE_XPATH = ("//body//*[" + " or ".join(
    f"contains(@class, '{word}')" for word in ("author", "byline", "reporter", "penulis", "writer"))
    + "]")
PICTURE = re.compile(r"(?:^|[\s_-])(?:photo|foto|image|img|pic|caption|gallery|figure)",
                     re.IGNORECASE)
ROLE_PREFIX = re.compile(r"^(?:(?:pewarta|penulis|reporter|wartawan|jurnalis|oleh|by)\b\s*:?\s*)?"
                         r"(?:(?:kontributor|koresponden)\b[^,]*,\s*)?", re.IGNORECASE)
ROLE_SUFFIX = re.compile(r"\s+(?:jurnalis|wartawan|reporter|penulis|kontributor)$", re.IGNORECASE)
NOT_A_NAME = re.compile(r"\d|@|https?:|^[a-z._-]+$")  # codes, handles, links, logins ("prwir")
# The caption of the lead image: a <figcaption> or a caption-classed element after it,
# a photo credit beside it, or the loose text of its own small container.
CAPTION_CLASS = re.compile(r"caption|keterangan", re.IGNORECASE)
CREDIT_CLASS = re.compile(r"credit|author|sumber|copyright|cap-foto", re.IGNORECASE)
IMAGE_SOURCES = ("src", "data-src", "data-original", "data-lazy-src")
ASIDE = re.compile(r"(?:^|[\s_-])(?:nav|menu|sidebar|related|footer|popular|terpopuler)",
                   re.IGNORECASE)
SIZE_SUFFIX = re.compile(r"(?:[-_]?\d{2,4}x\d{2,4}|[-_](?:small|thumb|resized))+$", re.IGNORECASE)
# Meta names and microdata that carry a publication date, in order of trust.
DATE_META = ("datepublished", "article:published", "og:article:published_time",
             "content_publisheddate", "publishdate", "publish-date", "publish_date",
             "published_date", "dtk:publishdate", "pubdate", "sailthru.date", "parsely-pub-date",
             "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
             "citation_publication_date", "date")
DATE_ONLY_LINE = re.compile(r"^[\w ,'|/:.-]{0,40}\d{1,2}[:.]\d{2}\s*(wib|wita|wit)$",
                            re.IGNORECASE)
DESK_CODE = re.compile(
    r"(?:(?<=[.!?\"'\u201d])|^)\s*(\((?:[A-Za-z*]{1,6}/){0,2}"
    r"(?:[A-Za-z]{1,4}-\d{1,3}|[A-Za-z]{2,6})\))\s*$")
DATELINE = re.compile(
    r"\d{1,2}(?:[/-]\d{1,2}[/-]\d{2,4}|\s+[A-Za-z]{3,9}\.?\s+\d{4})[^<>]{0,12}?"
    r"\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b", re.IGNORECASE)
ORG_WORDS = re.compile(r"\.(com|co\.id|id|net)\b|cyber media|developer|redaksi|\bnews\b"
                       r"|\bwire\b|newswire|\badmin\b", re.IGNORECASE)
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
        for href in (self._link("canonical"), self.meta.get("og:url")):
            if href and href.startswith(("http", "/")):
                absolute = _absolute(self.url, href)
                if absolute:
                    return absolute
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
        loose = _loose(title)
        for tag in ("h1", "h2"):
            for el in self.tree.iter(tag):
                text = h.text_of(el)
                if text and _loose(text) == loose:
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
        """The writers from the first source that names a person: site meta, JSON-LD,
        microdata, meta author, a labelled credit, a byline element. Companies, desks
        and CMS logins are not people."""
        sources = (
            lambda: _split_names(self.meta.get("content_author") or self.meta.get("dtk:author")),
            lambda: h.names(self.ld.get("author")),
            lambda: [n for el in self.tree.xpath('//body//*[@itemprop="author"]')
                     for n in _split_names(h.text_of(el))],
            lambda: _split_names(self.meta.get("author") or self.meta.get("dc.creator")),
            lambda: _split_names(self._credits.get("author")),
            lambda: self._byline_names,
        )
        for source in sources:
            people = [n for n in source() if self._is_person(n)]
            if people:
                return people
        return []

    def _is_org(self, name: str) -> bool:
        lowered = name.lower()
        publisher = h.names(self.ld.get("publisher"))
        return (lowered.startswith("http") or bool(ORG_WORDS.search(name))
                or (self.site_token and self.site_token in lowered.replace(" ", ""))
                or lowered in {p.lower() for p in publisher}
                or lowered == self.meta.get("og:site_name", "").lower())

    def _is_person(self, name: str) -> bool:
        return (0 < len(name) <= 60 and len(name.split()) <= 6 and not NOT_A_NAME.search(name)
                and not self._is_org(name))

    @cached_property
    def _byline_names(self) -> list[str]:
        """Names in the first byline element outside picture containers: detik's
        "<strong>Name</strong> - detikinet", Okezone's "Name Jurnalis"."""
        for el in self.tree.xpath(BYLINE_XPATH):
            if any(a.tag == "figure" or PICTURE.search(a.get("class") or "")
                   for a in (el, *el.iterancestors())):
                continue
            text = h.clean_text(" ".join(el.itertext()))
            if not text or len(text) > 100:
                continue
            names = [n for part in re.split(r"\s+[-|\u2013\u2014]\s+", text)
                     for n in _split_names(part) if self._is_person(n)]
            if names:
                return names
        return []

    @cached_property
    def editor(self) -> str | None:
        keywords = self.ld.get("keywords")
        tagged = [k.split(":", 1)[1].strip() for k in keywords if isinstance(k, str)
                  and k.lower().startswith("editor:")] if isinstance(keywords, list) else []
        sources = (lambda: [self.meta.get("content_editor")],
                   lambda: h.names(self.ld.get("editor")), lambda: tagged,
                   lambda: [self._credits.get("editor")])
        return next((n for source in sources for n in source() if n and self._is_person(n)), None)

    @cached_property
    def published(self) -> datetime | None:
        """JSON-LD or ``article:published_time``, else the dateline under the headline,
        else other date meta, microdata or ``<time>`` (when it agrees with a date in the
        URL: a sidebar's time does not), else the URL's date."""
        published = _first_date((_ld_str(self.ld.get("datePublished")),
                                 self.meta.get("article:published_time"),
                                 self.meta.get("og:published_time")))
        if published or self.dateline:
            return published or self.dateline
        in_url = date_from_url(self.canonical_url) or date_from_url(self.url)
        for raw in self._date_hints():
            value = parse_date(raw)
            if value and (in_url is None or abs((value.date() - in_url.date()).days) <= 1):
                return value
        return in_url

    def _date_hints(self):
        """Publication date strings from meta tags, microdata and ``<time>``, best first."""
        for key in DATE_META:
            yield self.meta.get(key)
        for el in self.tree.xpath('//body//*[@itemprop="datePublished"]'):
            yield el.get("datetime") or el.get("content") or h.text_of(el)
        for el in self.tree.iter("time"):
            yield el.get("datetime")

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
        return _first_date((_ld_str(self.ld.get("dateModified")),
                            self.meta.get("article:modified_time"),
                            self.meta.get("og:updated_time")))

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
        absolute = _absolute(self.url, url) if url else None
        if not absolute:
            return None
        caption = h.image_caption(self.ld.get("image")) or self._caption_near(url)
        return Image(url=absolute, caption=caption or None)

    def _caption_near(self, url: str) -> str | None:
        """The caption beside the ``<img>`` showing the lead image (same file, maybe
        another rendition), with the photo credit in brackets: "Caption (Credit)"."""
        img = self._lead_img(url)
        if img is None:
            return None
        caption = h.clean_text(img.get("data-caption") or img.get("caption"))
        credit = ""
        for level, container in enumerate(list(img.iterancestors())[:3]):
            caption = caption or _caption_after(img, container)
            credit = credit or _credit_in(container, beside=level == 0)
            if caption:
                break
        caption = caption or _loose_text(img.getparent())
        if not caption or len(caption) > 600 or _loose(caption) == _loose(self.title):
            return None
        caption = re.sub(r"(?<=[\w.])\((?=[^()]+\)$)", " (", caption)  # "Ilustrasi(Antara)"
        return f"{caption} ({credit})" if credit and credit not in caption else caption

    def _lead_img(self, url: str):
        """The first ``<img>`` outside menus and sidebars showing the file of ``url``:
        the same file name, else another rendition of it ("...persibp.jpg" shown as
        "...persib780x390.jpg", "...diabetes-QGKm.jpg" as "...diabetes-4iGL.jpg")."""
        wanted = _file_name(url)
        if not wanted:
            return None
        images = [(el, names) for el in self.tree.iter("img")
                  if (names := [_file_name(el.get(a) or "") for a in IMAGE_SOURCES])
                  and not any(a.tag in ("nav", "aside", "footer") or ASIDE.search(_classes(a))
                              for a in el.iterancestors())]
        for el, names in images:
            if wanted in names:
                return el
        stem = _stem(wanted)
        for el, names in images:
            for name in names:
                other = _stem(name)
                shared = len(os.path.commonprefix([stem, other]))
                if shared >= 16 and shared >= 0.75 * min(len(stem), len(other)):
                    return el
        return None

    @cached_property
    def description(self) -> str | None:
        return self.meta.get("description") or self.meta.get("og:description") or None

    # --- body ----------------------------------------------------------------------
    @cached_property
    def _lines(self) -> list[str]:
        """Trafilatura's text lines, from the body container when one is known."""
        source: str | lxml.html.HtmlElement = self.html
        dateline = ""
        for selector in BODY_HINTS:
            found = self.tree.cssselect(selector)
            if found and len(h.text_of(found[0])) > 200:
                source = ("<html><body><article>"
                          + lxml.html.tostring(found[0], encoding="unicode")
                          + "</article></body></html>")
                dateline = _leading_dateline(found[0])
                break
        text = trafilatura.extract(source, include_comments=False, include_tables=False) or ""
        lines = [h.clean_text(line) for line in text.split("\n") if h.clean_text(line)]
        if dateline and lines and not lines[0].startswith(dateline.rstrip(" -\u2013\u2014")):
            lines.insert(0, dateline)  # joined to the first paragraph with the others
        return lines

    @cached_property
    def _credits(self) -> dict[str, str]:
        """The first labelled "author" and "editor" credits in the page: "Pewarta: X",
        "Editor: Y" lines, Kompas' "Penulis | : X" table rows, "Rep: X/ Red: Y"."""
        found: dict[str, str] = {}
        for text in self.tree.xpath("//body//text()"):
            if len(text) > 60 or not CREDIT_START.match(text):
                continue
            block = text.getparent()
            if text.is_tail:
                block = block.getparent()
            while block is not None and block.tag in INLINE:
                block = block.getparent()
            if block is None or block.tag in ("script", "style"):
                continue
            line = h.clean_text(" ".join(block.itertext()))
            if len(line) > 200:
                continue
            marks = list(CREDIT.finditer(line))
            if not marks:  # "Editor" and no colon: a heading, not a credit
                continue
            ends = [m.start() for m in marks[1:]] + [len(line)]
            for mark, end in zip(marks, ends, strict=True):
                value = line[mark.end():end].strip(" /|,-")
                label = (mark.group(1) or mark.group(2)).lower()
                role = "editor" if label in EDITOR_LABELS else "author"
                if value:
                    found.setdefault(role, value)
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


def _leading_dateline(container) -> str:
    """A "Jakarta -" dateline in loose text before the container's first paragraph
    (detik 2015: "<strong>Jakarta</strong> - <p>..."), which trafilatura leaves out."""
    parts = [container.text or ""]
    for child in container:
        if isinstance(child.tag, str):
            if child.tag not in INLINE:
                break
            parts.append(h.text_of(child))
        parts.append(child.tail or "")
    text = h.clean_text("".join(parts))
    return text if len(text) <= 30 and re.search(r"\w\s*[-\u2013\u2014]$", text) else ""


def _join_datelines(lines: list[str]) -> list[str]:
    """A lone dateline ("Jakarta -", "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --")
    belongs to the paragraph after it."""
    out: list[str] = []
    for line in lines:
        if out and len(out[-1]) <= 80 and re.search(r"[-\u2013\u2014]$", out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _split_names(value: str | None) -> list[str]:
    """Names in a credit: "Pewarta: A dan B", "Kontributor Lhokseumawe, Masriadi"."""
    if not value:
        return []
    value = ROLE_SUFFIX.sub("", ROLE_PREFIX.sub("", h.clean_text(value)))
    parts = re.split(r"\s*(?:,|;|&|\bdan\b)\s*", value)
    return [h.clean_text(p) for p in parts if h.clean_text(p)]


def _absolute(base: str, href: str) -> str | None:
    """``href`` resolved against ``base``; ``None`` for a malformed URL ("http://[x")."""
    try:
        return urljoin(base, href.strip())
    except ValueError:
        return None


def _file_name(url: str) -> str:
    """The last path segment of a URL, lower-cased, without query or fragment."""
    path = re.sub(r"^[a-z][\w+.-]*://[^/]*", "", re.split(r"[?#]", url.strip())[0], flags=re.I)
    return path.rsplit("/", 1)[-1].lower()


def _stem(file_name: str) -> str:
    """A file name without extension and size suffix: "photo780x390.jpg" -> "photo"."""
    return SIZE_SUFFIX.sub("", file_name.rsplit(".", 1)[0])


def _classes(el) -> str:
    """An element's class and id, one string ("" for comments)."""
    if not isinstance(el.tag, str):
        return ""
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _caption_after(img, container) -> str:
    """The text of the first <figcaption> or caption-classed element after ``img`` and
    before any other image (whose caption it would be)."""
    seen = False
    for el in container.iter():
        if el is img:
            seen = True
        elif seen and el.tag == "img":
            return ""
        elif seen and isinstance(el.tag, str) and (el.tag == "figcaption" or (
                CAPTION_CLASS.search(_classes(el)) and not CREDIT_CLASS.search(_classes(el)))):
            text = h.text_of(el)
            if text:
                return text
    return ""


def _credit_in(container, *, beside: bool) -> str:
    """A photo credit in ``container``: any credit-classed element right beside the image
    (Kompas' span.author), further out only a picture credit (Republika's div.cap-foto),
    not the article's byline."""
    for el in container.iter():
        classes = _classes(el)
        if (classes and CREDIT_CLASS.search(classes)
                and (beside or PICTURE.search(classes) or "credit" in classes.lower())):
            text = h.text_of(el)
            if text:
                return text
    return ""


def _loose_text(container) -> str:
    """The text around the image in a small container of inline elements (detik's
    "<div><img><span>caption</span></div>"), photo credits left out; not a paragraph
    with a picture in it, nor a linked thumbnail with its headline."""
    if (container is None or container.tag in ("p", "a")
            or any(isinstance(c.tag, str) and (c.tag not in INLINE | {"img", "br"} or c.tag == "a")
                   for c in container)):
        return ""
    parts = [container.text or ""]
    for child in container:
        if not CREDIT_CLASS.search(_classes(child)):
            parts.append(h.text_of(child))
        parts.append(child.tail or "")
    text = h.clean_text(" ".join(parts))
    return text if len(text) <= 300 else ""


def _ld_str(value) -> str | None:
    return value if isinstance(value, str) else None


def _first_date(raws) -> datetime | None:
    """The first of ``raws`` (strings or None) that parses as a date."""
    return next(filter(None, map(parse_date, raws)), None)


def _loose(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
