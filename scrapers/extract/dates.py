"""Indonesian dates: page datelines, meta/JSON-LD strings and in-body "Jumat (27/11)".

Every result is timezone-aware. Indonesian sites write WIB (UTC+7) unless they say
WITA (UTC+8) or WIT (UTC+9); a date without a zone is read as WIB. Common numeric and
ISO forms take a fast path; everything else (month names, "2 jam yang lalu") goes
through dateparser with ``languages=['id']``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import dateparser

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")
ZONES = {"WIB": WIB, "WITA": WITA, "WIT": WIT}

def as_wib(when: datetime | str | None) -> datetime | None:
    """An ISO 8601 string or a datetime as an aware datetime, a naive one read as WIB;
    None for nothing or for a string that is not ISO 8601."""
    if not when:
        return None
    if isinstance(when, str):
        try:
            when = datetime.fromisoformat(when.strip())
        except ValueError:
            return None
    return when if when.tzinfo else when.replace(tzinfo=WIB)


def wib_day(when: datetime | str | None) -> date | None:
    """The WIB calendar day of ``when`` (what date filters and ``--since`` compare)."""
    moment = as_wib(when)
    return moment.astimezone(WIB).date() if moment else None


WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5,
            "minggu": 6, "ahad": 6}

_ZONE = re.compile(r"\b(WITA|WIT|WIB)\b")
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$", re.IGNORECASE)
_DMY = re.compile(
    r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[,\s|]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?")
_YMD = re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})(?:[,\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_DAY_MONTH = re.compile(
    r"(?:\b(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*)?\(\s*(\d{1,2})/(\d{1,2})\s*\)",
    re.IGNORECASE)
_EPOCH = re.compile(r"^\d{10}(\d{3})?$")  # Unix time in seconds or milliseconds
_RFC822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
# Dates in article URLs, most specific first: /read/2016/02/16/..., /2016-02-16/...,
# /read/20160216/... or /20231102123456-92-.../ (a timestamp), Republika's /16/02/15/.
_URL_DATES = (
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$)"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/-]|$)"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?(?=[/-]|$)"),
    re.compile(r"/(\d{2})/(\d{2})/(\d{2})(?=/)"),
)
_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past",
             "RETURN_AS_TIMEZONE_AWARE": False}


def parse_date(text: str | None, *, now: datetime | None = None,
               tz: timezone = WIB) -> datetime | None:
    """Parse a date as Indonesian pages write it; ``None`` when there is none.

    ``now`` anchors relative forms ("2 jam yang lalu"); ``tz`` is the zone assumed
    when the text names none. An explicit offset is kept, except UTC ("Z", "+00:00"),
    which is shown in ``tz``.

    >>> parse_date("Jumat, 27 November 2020 15:48 WIB").isoformat()
    '2020-11-27T15:48:00+07:00'
    """
    if not text or not text.strip():
        return None
    text = " ".join(text.split())
    zone = _ZONE.search(text)
    if zone:
        tz = ZONES[zone.group(1)]
        text = _ZONE.sub(" ", text).strip(" ,|-")
    try:
        return _fast(text, tz) or _dateparser(text, now, tz)
    except ValueError:  # e.g. 31/02/2020: a date-shaped string that is no date
        return None


def date_from_url(url: str, *, tz: timezone = WIB) -> datetime | None:
    """The publication day an article URL carries (midnight in ``tz``, or the time too
    when the URL has a full timestamp); ``None`` when its path has no plausible date.

    >>> date_from_url("https://republika.co.id/berita/nasional/daerah/16/02/15/o2l07x284-x").date()
    datetime.date(2016, 2, 15)
    """
    try:
        path = urlsplit(url).path
    except ValueError:  # "http://[broken"
        return None
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            y, mo, d, hh, mi, ss = (*m.groups(), None, None, None)[:6]
            year = int(y) + (2000 if len(y) == 2 else 0)
            if not 1995 <= year <= datetime.now(tz).year + 1:
                continue
            try:
                return datetime(year, int(mo), int(d), int(hh or 0), int(mi or 0),
                                int(ss or 0), tzinfo=tz)
            except ValueError:  # 2016/13/45, a timestamp at 25:61
                continue
    return None


def _fast(text: str, tz: timezone) -> datetime | None:
    if _EPOCH.match(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC).astimezone(tz)
    if _RFC822.match(text):  # "Tue, 16 Feb 2016 09:20:00 +0700" (RSS, some meta tags)
        value = parsedate_to_datetime(text)
        return value.replace(tzinfo=tz) if value.tzinfo is None else _keep_offset(value, tz)
    m = _ISO.match(text)
    if m:
        y, mo, d, h, mi, s, off = m.groups()
        value = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
        if not off:
            return value.replace(tzinfo=tz)
        if off.upper() == "Z":
            off = "+0000"
        sign = -1 if off[0] == "-" else 1
        off = off[1:].replace(":", "")
        delta = sign * timedelta(hours=int(off[:2]), minutes=int(off[2:]))
        return _keep_offset(value.replace(tzinfo=timezone(delta)), tz)
    m = _DMY.search(text)
    if m:
        d, mo, y, h, mi, s = m.groups()
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0),
                        tzinfo=tz)
    m = _YMD.search(text)
    if m:
        y, mo, d, h, mi, s = m.groups()
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0),
                        tzinfo=tz)
    return None


def _keep_offset(value: datetime, tz: timezone) -> datetime:
    """An explicit offset is kept, except UTC: that is how a CMS stores time, not how
    the page shows it, so it is shown in ``tz``."""
    return value.astimezone(tz) if not value.utcoffset() else value


def _dateparser(text: str, now: datetime | None, tz: timezone) -> datetime | None:
    settings = dict(_SETTINGS)
    if now is not None:
        base = now.astimezone(tz) if now.tzinfo else now.replace(tzinfo=tz)
        settings["RELATIVE_BASE"] = base.replace(tzinfo=None)
    value = dateparser.parse(text.replace("|", " "), languages=["id"], settings=settings)
    if value is None:
        return None
    return value.astimezone(tz) if value.tzinfo else value.replace(tzinfo=tz)


def resolve_day_month(text: str, reference: datetime, *, ahead_days: int = 7) -> datetime | None:
    """The first "(27/11)" in ``text`` (optionally after a weekday: "Jumat (27/11)") as a
    date in the year the article means, resolved against its publication ``reference``.

    The date falls on or before the reference (a day-month later than it belongs to the
    previous year), except within the next ``ahead_days`` days (events announced for
    the coming days: "hingga Minggu (16/6)"). A weekday, when given, picks the year whose
    calendar matches it. The result is midnight in the reference's zone.

    >>> resolve_day_month("Jumat (27/11)", datetime(2020, 11, 27, 15, 48, tzinfo=WIB)).date()
    datetime.date(2020, 11, 27)
    """
    found = day_months(text, reference, ahead_days=ahead_days)
    return found[0][2] if found else None


def day_months(text: str, reference: datetime, *,
               ahead_days: int = 7) -> list[tuple[int, int, datetime]]:
    """Every resolvable "(27/11)" in ``text`` as ``(start, end, date)``, in order; see
    ``resolve_day_month`` for how the year is chosen."""
    found = []
    for m in _DAY_MONTH.finditer(text):
        moment = _resolve(m, reference, ahead_days)
        if moment is not None:
            found.append((m.start(), m.end(), moment))
    return found


def _resolve(m: re.Match, reference: datetime, ahead_days: int) -> datetime | None:
    weekday, day, month = m.group(1), int(m.group(2)), int(m.group(3))
    ref = reference.date()
    candidates = []
    for year in (ref.year + 1, ref.year, ref.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29/2 outside a leap year, 31/4, 13/1 ...
            continue
        if candidate <= ref + timedelta(days=ahead_days):
            candidates.append(candidate)
    if weekday:
        wanted = WEEKDAYS[weekday.lower().replace("'", "")]
        candidates = [c for c in candidates if c.weekday() == wanted] or candidates
    if not candidates:
        return None
    chosen = max(candidates)  # the latest date not beyond the window: the nearest one
    return datetime(chosen.year, chosen.month, chosen.day, tzinfo=reference.tzinfo or WIB)
