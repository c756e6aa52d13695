"""Canonical article URLs: the identity of an article everywhere."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|_ga|ref|source|amp|page|show|single"
    r"|from|medium|campaign|tag_from|xtor|igshid|spm)$",
    re.IGNORECASE,
)
AMP_PATH = re.compile(r"(/amp(?=/|$)|\.amp(?=$|/))")


def canonicalize(url: str) -> str:
    """https, lower-case host without ``www.``/``m.``/``amp.``, no tracking or paging
    parameters, no AMP path, no fragment, no trailing slash.

    >>> canonicalize("http://www.mediaindonesia.com/amp/ekonomi/1/x?utm_source=fb&page=all")
    'https://mediaindonesia.com/ekonomi/1/x'
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
    path = AMP_PATH.sub("", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
         if not TRACKING_PARAMS.match(k)]
    )
    return urlunsplit(("https", host, path, query, ""))
