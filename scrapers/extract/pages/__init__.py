"""Site page objects, by domain. A page object is a ``GenericPage`` subclass that
overrides the fields its site's markup gives better; unknown sites get ``GenericPage``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapers.extract.generic import GenericPage
from scrapers.extract.pages.mediaindonesia import MediaIndonesiaPage

PAGES: dict[str, type[GenericPage]] = {
    "mediaindonesia.com": MediaIndonesiaPage,
}


def page_class(url: str) -> type[GenericPage]:
    """The page object for ``url``'s site (subdomains included), else the generic one."""
    host = (urlsplit(url).hostname or "").lower()
    for domain, page in PAGES.items():
        if host == domain or host.endswith("." + domain):
            return page
    return GenericPage
