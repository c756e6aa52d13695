"""Media Indonesia (mediaindonesia.com) article pages.

One template covers the pages seen from 2025 on (``section.detail``: ``.post-header``
with ``h1``, ``.author-2`` byline and ``.datetime``; ``div.article`` with
``figure.main-img``, paragraphs, ``p.related-news`` "Baca juga" links, the
``.ext-channel`` Google News/WhatsApp promo and the ``.info-author`` editor line;
``ul.related-tags``). Two JSON-LD variants exist; both put the *editor* in
``author``, so the reporter comes from the byline. Anything the template does not
have falls back to the generic reading.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cached_property

from lxml.cssselect import CSSSelector

from scrapers.extract import html as h
from scrapers.extract.generic import (
    JUNK_LINE,
    GenericPage,
    _first_date,
    _ld_str,
    _split_names,
    split_desk_code,
)
from scrapers.record import Image

CHROME = CSSSelector("div.master > div.header, .post-header")
HEADLINE = CSSSelector(".post-header h1")
BYLINE = CSSSelector(".post-header .author-2")
DATETIME = CSSSelector(".post-header .datetime")
BREADCRUMB = CSSSelector(".mi-breadcrumb li a")
ARTICLE = CSSSelector("div.article")
LEAD_IMAGE = CSSSelector("figure.main-img img")
LEAD_CAPTION = CSSSelector("figure.main-img figcaption")
EDITOR = CSSSelector(".info-author")
TAGS = CSSSelector("ul.related-tags a")
BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote"}
NOT_BODY = re.compile(r"related-news|flying-carpet|dfp-ad|ext-channel|info-author|main-img|_ap_")
SKIP = ("script", "style", "div", "ins", "iframe", "figure", "noscript")
CREDIT = re.compile(r"^(.*?)\s*\(([^()]+)\)$")


class MediaIndonesiaPage(GenericPage):
    source = "mediaindonesia"

    @cached_property
    def title(self) -> str:
        found = HEADLINE(self.tree)
        return h.text_of(found[0]) if found and h.text_of(found[0]) else super().title

    @cached_property
    def authors(self) -> list[str]:
        found = BYLINE(self.tree)
        if not found:
            return super().authors
        return [n for n in _split_names(h.text_of(found[0])) if not self._is_org(n)]

    @cached_property
    def editor(self) -> str | None:
        for el in EDITOR(self.tree):
            name = re.sub(r"^editor\s*:\s*", "", h.text_of(el), flags=re.IGNORECASE)
            if name:
                return name
        return super().editor

    @cached_property
    def published(self) -> datetime | None:
        found = DATETIME(self.tree)
        on_page = h.text_of(found[0]) if found else None
        return _first_date((_ld_str(self.ld.get("datePublished")), on_page)) or super().published

    @cached_property
    def section(self) -> str | None:
        crumbs = [h.text_of(a) for a in BREADCRUMB(self.tree)]
        crumbs = [c for c in crumbs if c and c.lower() != "home"]
        return crumbs[-1] if crumbs else super().section

    @cached_property
    def tags(self) -> list[str]:
        tags = [h.clean_text(h.text_of(a).lstrip("#")) for a in TAGS(self.tree)]
        return [t for t in tags if t] or super().tags

    @cached_property
    def image(self) -> Image | None:
        found = LEAD_IMAGE(self.tree)
        url = (found[0].get("data-src") or found[0].get("src")) if found else None
        if not url:
            return super().image
        caption = LEAD_CAPTION(self.tree)
        text = h.text_of(caption[0]) if caption else ""
        m = CREDIT.match(text)  # "Ilustrasi(Antara)": caption, then the photo credit
        if m and m.group(1):
            text = f"{m.group(1)} ({m.group(2)})"
        return Image(url=url.strip(), caption=text or None)

    @cached_property
    def _body(self) -> tuple[list[str], str | None]:
        found = ARTICLE(self.tree)
        if not found:  # MI's chrome without the article is a response cut off early
            return ([], None) if CHROME(self.tree) else super()._body
        paragraphs = []
        for el in found[0].iterdescendants(*BLOCKS):
            if _excluded(el, found[0]):
                continue
            text = h.text_of(el, skip=SKIP)
            if text and not JUNK_LINE.match(text):
                paragraphs.append(text)
        return split_desk_code(paragraphs)


def _excluded(el, root) -> bool:
    """Inside a caption, an ad, a "Baca juga" box, the promo or the editor line, or
    nested in another block (its text is already in that block)."""
    node = el
    while node is not None and node is not root:
        if NOT_BODY.search(node.get("class") or "") or node.tag == "figure":
            return True
        if node is not el and node.tag in BLOCKS:
            return True
        node = node.getparent()
    return False
