"""Shared HTML helpers: decoding bytes, parsing, JSON-LD and meta tags, text cleaning."""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from typing import Any

import lxml.html
from lxml import etree

_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2[\u0080-\u00bf\u20ac]")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r"\s*\n\s*")
ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                 "BlogPosting", "OpinionNewsArticle", "Report"}


def decode_html(data: bytes | str, declared: str | None = None) -> str:
    """Text of a page whatever it claims: BOM, then strict UTF-8 (pages that declare
    ISO-8859-1 are very often UTF-8), then the declared charset (``declared``, e.g. from
    the HTTP header, else the page's own meta/XML declaration), else Windows-1252.
    UTF-8 that was decoded as Latin-1 once already ("UMKM â€“") is repaired."""
    if isinstance(data, str):
        return _repair(data)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    try:
        return _repair(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for name in (declared, _declared_charset(data)):
        encoding = _codec(name)
        if encoding and encoding != "utf-8":
            return data.decode(encoding, errors="replace")
    return data.decode("cp1252", errors="replace")


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read a latin-1 declaration as windows-1252 (WHATWG Encoding).
    return "cp1252" if encoding in ("latin-1", "iso8859-1", "ascii") else encoding


def _repair(text: str) -> str:
    if not _MOJIBAKE.search(text):
        return text
    try:  # back to the bytes each character was read from, then read them as UTF-8
        return bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in text).decode()
    except UnicodeError:
        return text


def parse(html: str) -> lxml.html.HtmlElement:
    """An lxml tree; broken or truncated markup is repaired, never an exception."""
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)  # lxml refuses str input with a declaration
    if not html.strip():
        html = "<html></html>"
    return lxml.html.fromstring(html, parser=lxml.html.HTMLParser(recover=True))


def clean_text(text: str | None) -> str:
    """NFC, no non-breaking or odd spaces, single spaces, trimmed (newlines kept single)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\u200b", "").replace("\ufeff", "")
    text = _SPACE.sub(" ", text)
    return _NEWLINES.sub("\n", text).strip()


def text_of(element: etree._Element | None, skip: tuple[str, ...] = ("script", "style")) -> str:
    """Clean text of an element, leaving out the subtrees whose tag is in ``skip``."""
    if element is None:
        return ""
    parts: list[str] = []
    _collect(element, skip, parts)
    return clean_text("".join(parts))


def _collect(element, skip, parts) -> None:
    if not isinstance(element.tag, str) or element.tag in skip:  # comments, PIs, skipped
        return
    parts.append(element.text or "")
    for child in element:
        _collect(child, skip, parts)
        parts.append(child.tail or "")


def meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """``<meta>`` contents by lower-cased name/property/itemprop; the first one wins."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), clean_text(content))
    return found


def json_ld(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, ``@graph`` and lists flattened; broken blocks
    (trailing commas, raw newlines in strings) are repaired or skipped."""
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        data = _load_json(script.text or "")
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return objects


def _load_json(raw: str) -> Any:
    raw = raw.strip().rstrip(";")
    for attempt in (raw, re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ").replace("\t", " "))):
        try:
            return json.loads(attempt)
        except ValueError:
            continue
    return None


def news_article(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The first JSON-LD object whose ``@type`` is an article type, else ``{}``."""
    for obj in objects:
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(t in ARTICLE_TYPES for t in types):
            return obj
    return {}


def names(value: Any) -> list[str]:
    """Person/organization names from a JSON-LD ``author``-like value."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and clean_text(name):
            out.append(clean_text(name))
    return out


def image_url(value: Any) -> str | None:
    """The URL of a JSON-LD ``image`` value (string, ImageObject or a list of them)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value.strip() if isinstance(value, str) and value.strip() else None


def image_caption(value: Any) -> str | None:
    """The ``caption`` of a JSON-LD ``image`` ImageObject (the first of a list)."""
    if isinstance(value, list):
        value = value[0] if value else None
    caption = value.get("caption") if isinstance(value, dict) else None
    return clean_text(caption) or None if isinstance(caption, str) else None
