"""Who said it: name edges, pronoun resolution, short names and bracketed abbreviations,
on short passages written the way Indonesian news writes them."""

import pytest

from scrapers.extract.facts import extract_facts


def speakers(text):
    return [q.speaker.name if q.speaker else None for q in extract_facts(text).quotes]


def direct_speakers(text):
    return [
        q.speaker.name if q.speaker else None
        for q in extract_facts(text).quotes
        if q.type == "direct"
    ]


# -- 1. name edges: the role, organization or place before a name stays out of it ----------


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Pj Bupati Sukamaju Hendra Wijaya", "Hendra Wijaya"),
        ("Plt Wali Kota Tanjungsari Rudi Hartono", "Rudi Hartono"),
        ("Gubernur Sulawesi Tenggara Ali Mazi", "Ali Mazi"),
        ("Kepala Seksi Usaha Mikro Dinas Koperasi Pemkab Sukamaju Wartini", "Wartini"),
        ("Kepala Eksekutif Pengawas Pasar Modal OJK Inarno Djajadi", "Inarno Djajadi"),
        ("Presiden Terpilih Ahmad Santoso", "Ahmad Santoso"),
        ("Ketua Umum Kadin Arsjad Rasjid", "Arsjad Rasjid"),
        ("Menteri Pariwisata A.A Made Wirawan", "A.A Made Wirawan"),
        ("Direktur Edukasi dan Perlindungan Konsumen Bank Sentral Laras Wulandari",
         "Laras Wulandari"),
    ],
)  # fmt: skip
def test_role_and_place_before_the_name_stay_out_of_it(intro, name):
    after = f'"Pelaku usaha mikro akan kami dampingi sampai naik kelas," kata {intro} di kantornya.'
    before = (
        f"{intro} menjelaskan, pendampingan diberikan bertahap.\n"
        '"Pelaku usaha mikro akan kami dampingi sampai naik kelas," ujarnya.'
    )
    assert direct_speakers(after) == [name]
    assert direct_speakers(before) == [name]


# -- 2. "dia"/"-nya" refer to the current speaker, not to any person named in between ------


def test_pronoun_skips_a_person_in_object_position():
    text = (
        "Menteri Perindustrian Bambang Sutrisno membuka pameran di Surabaya.\n"
        "Dia juga menyebut dukungan Gubernur Jawa Timur Siti Rahayu atas pameran itu.\n"
        '"Kami ingin produk lokal masuk ke pasar ekspor tahun ini," katanya.\n'
    )
    assert direct_speakers(text) == ["Bambang Sutrisno"]


def test_pronoun_skips_a_person_inside_a_reported_clause():
    text = (
        "Ketua Asosiasi Eksportir Kecil Rahmat Hidayat membuka pelatihan.\n"
        '"Ekspor UMKM harus naik dua kali lipat," ujarnya.\n'
        "Pelatihan itu, kata dia, diminta langsung oleh Presiden Joko Widodo.\n"
        '"Kami siap mendampingi pelaku usaha sampai ke pembeli," jelasnya.\n'
    )
    assert direct_speakers(text) == ["Rahmat Hidayat", "Rahmat Hidayat"]


def test_pronoun_skips_a_person_opening_a_reported_sentence():
    text = (
        "Menteri Koperasi Budi Santoso menemui calon presiden di Jakarta.\n"
        '"Saya diminta membantu pelaku usaha mikro," ujar Budi.\n'
        "Presiden Terpilih Ahmad Wiranto, lanjut dia, ingin usaha mikro naik kelas.\n"
        '"Itu pembicaraan saya tadi dengan beliau," ujarnya.\n'
    )
    assert direct_speakers(text) == ["Budi Santoso", "Budi Santoso"]


def test_pronoun_skips_a_person_after_a_preposition():
    text = (
        "Kepala Dinas Koperasi Jawa Tengah Endang Susilowati meninjau pasar.\n"
        '"Pasar ini akan kami renovasi tahun depan," ujarnya.\n'
        "Di sisi lain, pemerintah dalam rapat bersama Presiden Jokowi meminta BUMN belanja "
        "produk UKM.\n"
        '"Belanja pemerintah harus memihak produk lokal," jelas dia.\n'
    )
    assert direct_speakers(text) == ["Endang Susilowati", "Endang Susilowati"]


# -- 3. a short name links to the full name introduced in a "Menurut ..." clause -----------


def test_short_name_links_to_a_name_introduced_after_menurut():
    text = (
        "Menurut Ketua Asosiasi UMKM Indonesia Ikhsan Ingratubun, Kemenkop perlu memperluas "
        "pelatihan.\n"
        '"Pelatihan digital masih sangat kurang di daerah," kata Ikhsan.\n'
    )
    assert direct_speakers(text) == ["Ikhsan Ingratubun"]


def test_pronoun_after_menurut_introduction_is_that_person():
    text = (
        "Presiden Joko Widodo menunjuk empat kementerian sebagai ujung tombak ekonomi.\n"
        "Menurut Menteri Perdagangan Zulkifli Hasan, Kemendag akan menambah atase dagang.\n"
        '"Atase dagang harus membawa produk UMKM ke luar negeri," ujar dia.\n'
    )
    assert direct_speakers(text) == ["Zulkifli Hasan"]


# -- 4. a bracketed abbreviation after a name is that person --------------------------------


def test_bracketed_abbreviation_names_the_person():
    text = (
        "Gubernur Jawa Barat Ridwan Kamil (RK) meninjau sentra kerajinan di Tasikmalaya.\n"
        '"Kerajinan Tasik harus masuk pasar dunia," tutur RK di lokasi.\n'
        "Produk anyaman Tasik sudah dikenal sampai ke Eropa, kata RK.\n"
    )
    assert speakers(text) == ["Ridwan Kamil", "Ridwan Kamil"]


@pytest.mark.parametrize(
    "intro, short, name",
    [
        ("Presiden Joko Widodo (Jokowi) membuka pameran kerajinan.", "Jokowi", "Joko Widodo"),
        ("Susilo Bambang Yudhoyono (SBY) hadir di pameran kerajinan.", "SBY",
         "Susilo Bambang Yudhoyono"),
    ],
)  # fmt: skip
def test_bracketed_nickname_or_initials_name_the_person(intro, short, name):
    text = f'{intro}\n"Kerajinan lokal harus masuk pasar dunia," kata {short}.\n'
    assert direct_speakers(text) == [name]
