"""Indonesian dates: datelines, meta/JSON-LD strings, relative forms, in-body "Jumat (27/11)"."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapers.extract.dates import WIB, WIT, WITA, date_from_url, parse_date, resolve_day_month

SEED_PUBLISHED = datetime(2020, 11, 27, 15, 48, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # Media Indonesia's dateline (day zero-padded, month not)
    ("27/11/2020 15:48", "2020-11-27T15:48:00+07:00"),
    (" 08/1/2026 20:19", "2026-01-08T20:19:00+07:00"),
    ("Jumat, 27 November 2020 15:48 WIB", "2020-11-27T15:48:00+07:00"),
    ("Kamis, 14 Okt 2021 12:38 WIB", "2021-10-14T12:38:00+07:00"),
    ("Selasa, 16 Februari 2016 | 14:38 WIB", "2016-02-16T14:38:00+07:00"),  # Kompas 2016
    ("Kamis, 05/11/2015 10:08 WIB", "2015-11-05T10:08:00+07:00"),  # detik 2015
    ("Kamis, 5 November 2015 - 15:56 wib", "2015-11-05T15:56:00+07:00"),  # Okezone
    ("Senin, 15 Februari 2016, 16:15 WIB", "2016-02-15T16:15:00+07:00"),  # Republika
    ("Rabu, 1 Mei 2024 09.15 WITA", "2024-05-01T09:15:00+08:00"),
    ("Rabu, 1 Mei 2024 09:15 WIT", "2024-05-01T09:15:00+09:00"),
    ("2023/11/02 20:59:53", "2023-11-02T20:59:53+07:00"),  # detik publishdate meta
    # ISO from JSON-LD / meta: offsets kept, UTC shown in WIB
    ("2026-01-08T20:19:38+07:00", "2026-01-08T20:19:38+07:00"),
    ("2024-05-01T09:15:00+08:00", "2024-05-01T09:15:00+08:00"),
    ("2016-02-16T02:20:00Z", "2016-02-16T09:20:00+07:00"),
    ("2023-11-02T14:34:19+00:00", "2023-11-02T21:34:19+07:00"),
    ("2014-07-13T20:07:27.8200000", "2014-07-13T20:07:27+07:00"),
    ("2020-11-27", "2020-11-27T00:00:00+07:00"),
    # Unix time (detik's dtk:publishdateunix is in milliseconds) is UTC, shown in WIB
    ("1698933593000", "2023-11-02T20:59:53+07:00"),
    ("1455588656", "2016-02-16T09:10:56+07:00"),
    # RFC 822, as in RSS and some meta tags
    ("Tue, 16 Feb 2016 09:20:00 +0700", "2016-02-16T09:20:00+07:00"),
    ("Tue, 16 Feb 2016 02:20:00 GMT", "2016-02-16T09:20:00+07:00"),
])
def test_parse_date_forms(text, expected):
    assert parse_date(text).isoformat() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2 jam yang lalu", datetime(2020, 11, 27, 16, 0, tzinfo=WIB)),
    ("5 menit lalu", datetime(2020, 11, 27, 17, 55, tzinfo=WIB)),
    ("kemarin", datetime(2020, 11, 26, 18, 0, tzinfo=WIB)),
])
def test_relative_dates_count_back_from_now(text, expected):
    now = datetime(2020, 11, 27, 18, 0, tzinfo=WIB)
    assert parse_date(text, now=now) == expected


def test_relative_date_with_now_in_another_zone():
    now = datetime(2020, 11, 27, 11, 0, tzinfo=WIB).astimezone(WIT)
    assert parse_date("2 jam yang lalu", now=now) == datetime(2020, 11, 27, 9, 0, tzinfo=WIB)


@pytest.mark.parametrize("text", [None, "", "   ", "bukan tanggal", "31/02/2020 10:00"])
def test_no_date_gives_none(text):
    assert parse_date(text) is None


def test_every_result_is_timezone_aware():
    for text in ("27/11/2020 15:48", "Jumat, 27 November 2020", "2020-11-27T15:48:00",
                 "3 hari yang lalu"):
        assert parse_date(text).tzinfo is not None
    assert parse_date("27/11/2020 15:48", tz=WITA).utcoffset() == timedelta(hours=8)


def test_seed_in_body_date_resolves_to_the_publication_year():
    # "Hal itu disampaikan Ratu dalam webinar ... pada Jumat (27/11)." in the seed article
    resolved = resolve_day_month("webinar Manfaat Program PEN Bagi UMKM pada Jumat (27/11).",
                                 SEED_PUBLISHED)
    assert resolved == datetime(2020, 11, 27, tzinfo=WIB)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Rabu (25/11)", SEED_PUBLISHED, date(2020, 11, 25)),
    # a day-month later than the publication date belongs to the previous year
    ("Kamis (30/12)", datetime(2022, 1, 3, 11, 30, tzinfo=WIB), date(2021, 12, 30)),
    ("(3/12)", datetime(2021, 2, 1, tzinfo=WIB), date(2020, 12, 3)),
    # ...except the coming days an article announces
    ("hingga Minggu (16/6)", datetime(2024, 6, 14, 9, 12, tzinfo=WIB), date(2024, 6, 16)),
    ("Senin (3/1)", datetime(2021, 12, 29, tzinfo=WIB), date(2022, 1, 3)),
    # the weekday decides when both years are possible: 2/12/2020 was a Wednesday
    ("Rabu (2/12)", SEED_PUBLISHED, date(2020, 12, 2)),
    ("Jum'at (27/11)", SEED_PUBLISHED, date(2020, 11, 27)),
    ("Sabtu (29/2)", datetime(2021, 3, 5, tzinfo=WIB), date(2020, 2, 29)),  # leap day
])
def test_resolve_day_month(text, published, expected):
    resolved = resolve_day_month(text, published)
    assert resolved.date() == expected
    assert resolved.tzinfo is not None


@pytest.mark.parametrize("text", ["tanpa tanggal", "pada 27 November", "(31/4)", "(12/13)"])
def test_resolve_day_month_without_a_date(text):
    assert resolve_day_month(text, SEED_PUBLISHED) is None


@given(st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2099, 12, 31)),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)))
def test_resolved_dates_stay_within_a_year_before_publication(published, day_month):
    published = published.replace(tzinfo=WIB)
    text = f"({day_month.day}/{day_month.month})"
    resolved = resolve_day_month(text, published)
    if resolved is None:  # 29/2 with no leap year in reach
        assert (day_month.month, day_month.day) == (2, 29)
        return
    assert (resolved.day, resolved.month) == (day_month.day, day_month.month)
    assert published.date() - timedelta(days=366) < resolved.date()
    assert resolved.date() <= published.date() + timedelta(days=7)


@pytest.mark.parametrize(("url", "expected"), [
    # the real pages' URLs
    ("http://nasional.kompas.com/read/2016/02/16/14382361/Menteri.Yuddy.Ancam.PNS",
     "2016-02-16T00:00:00+07:00"),
    ("http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan",
     "2015-11-05T00:00:00+07:00"),
    ("http://lifestyle.okezone.com/read/2015/11/05/481/1244264/sering-depresi-berat",
     "2015-11-05T00:00:00+07:00"),
    ("http://nasional.republika.co.id/berita/nasional/daerah/16/02/15/o2l07x284-marcella",
     "2016-02-15T00:00:00+07:00"),
    ("http://bola.republika.co.id/berita/sepakbola/liga-inggris/15/11/18/nxzqjd348-city",
     "2015-11-18T00:00:00+07:00"),
    # other Indonesian URL shapes: a day, a timestamp with the time, an ISO day
    ("https://ekonomi.bisnis.com/read/20231102/9/1710000/umkm", "2023-11-02T00:00:00+07:00"),
    ("https://www.cnnindonesia.com/ekonomi/20231102123456-92-1018447/umkm",
     "2023-11-02T12:34:56+07:00"),
    ("https://example.id/news/2016-02-16/umkm-naik-kelas", "2016-02-16T00:00:00+07:00"),
])
def test_date_from_url(url, expected):
    assert date_from_url(url).isoformat() == expected


@pytest.mark.parametrize("url", [
    # article ids that only look like numbers of a date
    "http://www.antaranews.com/berita/546640/bantu-pulihkan-perdamaian-dunia-turki",
    "http://tekno.liputan6.com/read/2436773/tri-indonesia-broadband-dorong-ekosistem",
    "https://mediaindonesia.com/ekonomi/848034/ihsg-hari-ini-sempat-tembus-9000",
    "https://health.detik.com/true-story/d-7016153/curhat-wanita-kena-stroke",
    "https://example.id/read/20151234/no-such-day",
    "https://example.id/a/2016/13/45/no-such-month",
    "https://example.id/arsip/1890/01/02/too-old",
    "https://example.id/2016/02/16.html?x=/2016/02/16/",  # the query is not the path
])
def test_no_date_in_url(url):
    assert date_from_url(url) is None
