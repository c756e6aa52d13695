"""The pure name helpers: which words can be a name and how short forms match a name."""

import pytest

from scrapers.extract.facts.names import (
    abbreviates,
    blends,
    closing_initials,
    is_name_token,
    loose_abbreviation,
    misspelled_role,
    misspelled_title,
    one_off,
    role_blend,
    shortened,
    split_role,
    without_degrees,
)


@pytest.mark.parametrize(
    ("token", "name"),
    [
        ("Sanusi", True),
        ("M", True),
        ("A.A", True),
        ("H", False),
        ("Kepala", False),
        ("UMKM", False),
        ("Kehadirannya", False),
        ("Perbendaharaan", False),
        ("Kesutan", True),
    ],
)
def test_name_words(token, name):
    assert is_name_token(token, set()) is name


def test_a_word_the_text_writes_in_lower_case_is_no_name_word():
    assert is_name_token("Mandiri", set())
    assert not is_name_token("Mandiri", {"mandiri"})


def test_short_forms_of_a_person():
    assert blends("jokowi", ("joko", "widodo"), True)
    assert blends("zulhas", ("zulkifli", "hasan"), True)
    assert not blends("jokowi", ("joko", "susilo"), True)
    assert abbreviates("SBY", ["Susilo", "Bambang", "Yudhoyono"])
    assert not abbreviates("SBY", ["Bambang", "Susilo", "Yudhoyono"])
    assert shortened(["Ratu", "Zakiyah"], ["Ratu", "Rachmatuzakiyah"])
    assert not shortened(["Ratu", "Zakiyah"], ["Ratu", "Zakiyah"])
    assert one_off(["Yusuf", "Kailuhu"], ["Yusuf", "Keiluhu"])
    assert not one_off(["Yusuf", "Kalla"], ["Yusuf", "Keiluhu"])


def test_short_forms_of_a_role_or_office():
    assert role_blend("mendag", ("menteri", "perdagangan"))
    assert role_blend("kabid", ("kepala", "bidang", "ukm"))
    assert not role_blend("kabid", ("ketua", "bidang"))
    assert loose_abbreviation("DJPB", ["Direktorat", "Jenderal", "Perbendaharaan"])
    assert not loose_abbreviation("DJPB", ["Dinas", "Koperasi"])
    assert misspelled_role("Wailkota") == "walikota"
    assert misspelled_role("Sukardi") is None
    assert misspelled_title("Gubenur") == "gubernur"
    assert misspelled_role("Sejati") == "kejati" and misspelled_title("Sejati") is None
    assert not is_name_token("Gubenur", set()) and is_name_token("Sejati", set())


def test_name_edges():
    assert closing_initials("AR", [])
    assert not closing_initials("BI", [])
    assert not closing_initials("AR", ["Kepala"])
    assert not closing_initials("HM", [])
    assert without_degrees("Latipun PhD") == "Latipun"
    assert without_degrees("Siti Aminah S.Pd M.A") == "Siti Aminah"
    assert without_degrees("Edi Kurniadi SE MM") == "Edi Kurniadi"


def test_role_and_organization_split_at_the_office_word():
    assert split_role("Kepala Bidang UKM Dinas PPKUKM DKI Jakarta") == (
        "Kepala Bidang UKM",
        "Dinas PPKUKM DKI Jakarta",
    )
    assert split_role("Menteri Koperasi dan UKM") == ("Menteri Koperasi dan UKM", None)
    assert split_role(" , ") == (None, None)
