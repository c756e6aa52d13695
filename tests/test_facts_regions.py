"""Indonesia's provinces, regencies and cities as news writes them, and their short forms."""

import pytest

from scrapers.extract.facts.regions import (
    CITIES,
    CITIES_BY_PROVINCE,
    PROVINCES,
    REGENCIES,
    REGENCIES_BY_PROVINCE,
    REGION_NAMES,
    SHORT_FORMS,
)


def test_counts_match_the_2024_list():
    assert len(PROVINCES) == 38
    assert 410 <= len(REGENCIES) <= 420
    assert 95 <= len(CITIES) <= 100


@pytest.mark.parametrize("names", [PROVINCES, REGENCIES, CITIES], ids=["prov", "kab", "kota"])
def test_no_duplicates_and_clean_names(names):
    assert len(set(names)) == len(names)
    for name in names:
        assert name == " ".join(name.split()), name
        assert not name.startswith(("Kabupaten ", "Kota ", "Provinsi ")), name


def test_every_province_has_its_regions_and_nothing_else():
    assert set(REGENCIES_BY_PROVINCE) == set(PROVINCES)
    assert set(CITIES_BY_PROVINCE) <= set(PROVINCES)
    assert "Sulawesi Barat" not in CITIES_BY_PROVINCE  # the one old province with no kota


@pytest.mark.parametrize(
    ("name", "province", "table"),
    [
        ("Banyuwangi", "Jawa Timur", REGENCIES_BY_PROVINCE),
        ("Deli Serdang", "Sumatera Utara", REGENCIES_BY_PROVINCE),
        ("Lombok Timur", "Nusa Tenggara Barat", REGENCIES_BY_PROVINCE),
        ("Sleman", "Daerah Istimewa Yogyakarta", REGENCIES_BY_PROVINCE),
        ("Kepulauan Seribu", "DKI Jakarta", REGENCIES_BY_PROVINCE),
        ("Aceh Tamiang", "Aceh", REGENCIES_BY_PROVINCE),
        ("Kubu Raya", "Kalimantan Barat", REGENCIES_BY_PROVINCE),
        ("Kutai Kartanegara", "Kalimantan Timur", REGENCIES_BY_PROVINCE),
        ("Sidenreng Rappang", "Sulawesi Selatan", REGENCIES_BY_PROVINCE),
        ("Manggarai Barat", "Nusa Tenggara Timur", REGENCIES_BY_PROVINCE),
        ("Halmahera Selatan", "Maluku Utara", REGENCIES_BY_PROVINCE),
        ("Raja Ampat", "Papua Barat Daya", REGENCIES_BY_PROVINCE),
        ("Mimika", "Papua Tengah", REGENCIES_BY_PROVINCE),
        ("Merauke", "Papua Selatan", REGENCIES_BY_PROVINCE),
        ("Jayawijaya", "Papua Pegunungan", REGENCIES_BY_PROVINCE),
        ("Cimahi", "Jawa Barat", CITIES_BY_PROVINCE),
        ("Tanjungpinang", "Kepulauan Riau", CITIES_BY_PROVINCE),
        ("Palangka Raya", "Kalimantan Tengah", CITIES_BY_PROVINCE),
        ("Jakarta Selatan", "DKI Jakarta", CITIES_BY_PROVINCE),
        ("Pekanbaru", "Riau", CITIES_BY_PROVINCE),
        ("Parepare", "Sulawesi Selatan", CITIES_BY_PROVINCE),
        ("Tidore Kepulauan", "Maluku Utara", CITIES_BY_PROVINCE),
        ("Sorong", "Papua Barat Daya", CITIES_BY_PROVINCE),
    ],
)
def test_known_regions_are_in_their_province(name, province, table):
    assert name in table[province]


def test_a_name_can_be_both_regency_and_city():
    for name in ("Bekasi", "Bogor", "Solok", "Kupang", "Jayapura", "Tangerang"):
        assert name in REGENCIES and name in CITIES


def test_short_forms_point_to_listed_regions():
    assert 60 <= len(SHORT_FORMS) <= 200
    for short, official in SHORT_FORMS.items():
        assert official in REGION_NAMES, (short, official)
        assert short not in REGION_NAMES, short  # a short form never shadows an official name


@pytest.mark.parametrize("word", ["KTT", "OKI", "Mura", "Tuba", "Basel"])
def test_ambiguous_short_forms_are_left_out(word):
    assert word not in SHORT_FORMS  # a summit, the OIC, two regencies, common words


@pytest.mark.parametrize(
    ("short", "official"),
    [
        ("Jogja", "Yogyakarta"),
        ("Sidrap", "Sidenreng Rappang"),
        ("Pangkep", "Pangkajene dan Kepulauan"),
        ("Kukar", "Kutai Kartanegara"),
        ("Jaksel", "Jakarta Selatan"),
        ("Jabar", "Jawa Barat"),
        ("Babel", "Kepulauan Bangka Belitung"),
        ("Bau-Bau", "Baubau"),
        ("Tanjung Pinang", "Tanjungpinang"),
    ],
)
def test_common_short_forms(short, official):
    assert SHORT_FORMS[short] == official
