"""Who said it: name edges, pronoun resolution, short names and bracketed abbreviations,
on short passages written the way Indonesian news writes them."""

from pathlib import Path

import pytest

from scrapers.extract.facts import extract_facts


def speakers(text, kind=None):
    """The speaker of each quote (of one ``kind``: "direct" or "indirect", else all)."""
    return [
        q.speaker.name if q.speaker else None
        for q in extract_facts(text).quotes
        if kind in (None, q.type)
    ]


def direct_speakers(text):
    return speakers(text, "direct")


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


# -- 5. a nickname the text links to a full name is that person ------------------------------


def test_nickname_with_sapaan_akrabnya_is_the_person_named_before():
    text = (
        "Anggota Komisi XI DPR RI, Sri Wahyuningsih, menyoroti penyaluran KUR di desa.\n"
        "Menurut Sri Wahyuningsih, bank masih menunggu nasabah datang.\n"
        '"Bank harus turun langsung ke desa, jangan menunggu," kata Yuyun, sapaan akrabnya.\n'
        "Yuyun menambahkan, target KUR tidak berarti bila tidak tepat sasaran.\n"
        '"Ini uang rakyat yang harus sampai ke rakyat kecil," ujarnya.\n'
    )
    assert direct_speakers(text) == ["Sri Wahyuningsih", "Sri Wahyuningsih"]


def test_nickname_with_sapaan_populer_before_the_full_name():
    text = (
        "Wakil Gubernur Sumatera Selatan Rahmat Hidayat meminta bank daerah menambah unit KUR.\n"
        '"Harus ada bidang khusus yang mengurus KUR," kata Ucok, sapaan populer Rahmat Hidayat.\n'
        '"Kalau tidak, penyaluran akan terus lambat," ujar Ucok.\n'
    )
    assert direct_speakers(text) == ["Rahmat Hidayat", "Rahmat Hidayat"]


def test_bracketed_nickname_used_as_a_subject_later_is_the_same_person():
    text = (
        "Menteri Desa Rahmat Hidayat (Ucok) meninjau sentra tenun di Sumba.\n"
        "Ucok mengatakan tenun Sumba layak masuk pasar ekspor.\n"
        '"Kami akan bantu sertifikasi dan pemasarannya," ungkapnya.\n'
        '"Tenun ini warisan yang harus dijaga," kata Ucok.\n'
    )
    assert direct_speakers(text) == ["Rahmat Hidayat", "Rahmat Hidayat"]


def test_nickname_blended_from_the_name_syllables_is_that_person():
    text = (
        "Menteri Perdagangan Zulkifli Hasan membuka pameran produk UMKM di Bandung.\n"
        "Zulhas mengatakan produk lokal harus menguasai pasar dalam negeri.\n"
        '"Jangan sampai pasar kita dikuasai barang impor," kata Zulhas.\n'
    )
    assert direct_speakers(text) == ["Zulkifli Hasan"]


def test_nickname_given_with_akrab_disapa_after_a_quote_is_the_current_speaker():
    text = (
        "Wakil Gubernur Sumatera Selatan Rahmat Hidayat memimpin rapat KUR.\n"
        '"Bank daerah harus punya unit KUR sendiri," ujar Wagub.\n'
        "Ia berterima kasih kepada Deputi Kemenko Perekonomian Iskandar Wirawan yang hadir.\n"
        '"Manfaatkan dana ini sampai ke rakyat kecil," ujar pria yang akrab disapa Ucok itu.\n'
        'Ucok juga meminta bank lebih cepat. "Sosialisasi harus sampai ke desa," sebutnya.\n'
    )
    assert direct_speakers(text) == ["Rahmat Hidayat"] * 3


# -- 6. initials and degrees belong to the name; a place before it does not ----------------


def test_initial_before_a_name_stays_with_it():
    text = (
        "Staf Khusus Menteri Koperasi bidang Ekonomi Kerakyatan M. Rizal Hakim mengatakan "
        "ekspor UMKM masih rendah.\n"
        '"Kami ingin peta jalan ini jadi acuan," kata Rizal.\n'
        "Menurut Kepala Dinas Koperasi Kab Sukamaju, M. Hadi Prasetyo ST, bantuan sudah cair.\n"
        '"Ini program pusat, kami hanya memfasilitasi," jelas Hadi.\n'
    )
    assert direct_speakers(text) == ["M. Rizal Hakim", "M. Hadi Prasetyo"]


@pytest.mark.parametrize(
    "intro",
    [
        "Kepala Bidang Usaha Mikro Diskop-UKM Sukmar Bagus Prasetyo",
        "Kepala Bidang Usaha Mikro Dinas Koperasi Kab. Sukmar Bagus Prasetyo",
    ],
)
def test_a_place_before_the_name_stays_out_of_it(intro):
    text = (
        "Pemerintah Kabupaten Sukmar membangun klinik UMKM di setiap kecamatan.\n"
        f"Hal itu disampaikan {intro} saat ditemui di kantornya.\n"
        '"Klinik ini membantu pelaku usaha mengurus izin," kata Bagus.\n'
        "Diskop-UKM Sukmar juga menyiapkan pendamping di desa.\n"
    )
    assert direct_speakers(text) == ["Bagus Prasetyo"]


# -- 7. a role phrase or role abbreviation resolves to the person who holds the role -------


def test_capitalised_description_after_a_role_is_not_a_name():
    text = (
        "Rapat digitalisasi UMKM dibuka oleh Walikota Sukamaju Hendra Wijaya, dan Wakil "
        "Walikota Sukamaju Rudi Hartono.\n"
        '"Saya berharap program ini segera berjalan," ujar Walikota Sukamaju Dua Periode.\n'
    )
    assert direct_speakers(text) == ["Hendra Wijaya"]


def test_role_abbreviation_resolves_to_the_role_holder():
    text = (
        "Menteri Koperasi dan UKM Arief Santosa mengajak pegawai bekerja lebih cepat.\n"
        "Rasio kewirausahaan dinilai masih rendah dibanding Malaysia.\n"
        '"Kita berharap rasio kewirausahaan naik menjadi 4 persen," sebut MenkopUKM.\n'
    )
    assert direct_speakers(text) == ["Arief Santosa"]


# -- 8. an organization speaks under its full name -----------------------------------------


def test_organization_speaker_keeps_its_full_name():
    text = (
        "Direktorat Jenderal Perimbangan Keuangan menjelaskan, dana desa sudah cair.\n"
        "Penyaluran terbesar berada di Jawa Timur.\n"
        '"Diharapkan dana ini membangkitkan usaha mikro di desa," tutup DJPK, Minggu (20/9).\n'
    )
    assert direct_speakers(text) == ["Direktorat Jenderal Perimbangan Keuangan"]


# -- 9. a quote before the speaker is named; titles in quote marks are not speech ----------


def test_quote_before_any_name_goes_to_the_first_speaker_named_after_it():
    text = (
        '"Jangan pernah ragu menjadi pelaku UMKM, karena koperasi membangun bangsa ini," '
        "katanya dalam pemberian NIB di Karanganyar, Rabu.\n\n"
        "Suharso juga meminta pelaku UMKM tidak minder.\n\n"
        '"Menteri sekarang juga berasal dari UMKM, bukan konglomerat," katanya.\n'
    )
    assert direct_speakers(text) == ["Suharso", "Suharso"]


def test_event_title_in_quote_marks_does_not_swallow_the_next_paragraph():
    text = (
        "Wakil Menteri Perdagangan Bayu Santoso hadir di Galeri UMKM.\n"
        "“Itu tidak banyak, tetapi bisa mendorong UMKM lain,” kata Bayu dalam seminar "
        "“Bertahan dan Menang Menghadapi Pasar Bebas? di Galeri UMKM itu.\n"
        "Sementara UMKM yang stabil baru 20 persen, ungkap Bayu.\n"
        "“Masih banyak yang hari ini jualan sate besok jualan bakso,” tutur dia.\n"
    )
    quotes = [q for q in extract_facts(text).quotes if q.type == "direct"]
    assert [q.text[:12] for q in quotes] == ["Itu tidak ba", "Masih banyak"]
    assert [q.speaker.name for q in quotes] == ["Bayu Santoso", "Bayu Santoso"]


def test_role_with_a_place_and_a_comma_after_a_connective_opens_the_clause():
    text = (
        "Rapat dibuka oleh Walikota Sukamaju Hendra Wijaya di Kota Sukamaju.\n"
        '"Program ini harus segera berjalan," ujar Walikota Sukamaju.\n'
        "Sementara itu Wakil Wali Kota Sukamaju, Rudi Hartono menjelaskan, regulasi sudah siap.\n"
        '"Pemerintah kota hanya menjadi fasilitator bagi pelaku UMKM," ujarnya.\n'
    )
    assert direct_speakers(text) == ["Hendra Wijaya", "Rudi Hartono"]


# -- 10. a later short form is no evidence to trim a name; particles and initials stay -----


@pytest.mark.parametrize(
    "intro, short, name",
    [
        ("Gubernur Al Fikri", "Fikri", "Al Fikri"),
        ("Bupati Sukamaju M Rasyid", "Rasyid", "M Rasyid"),
        ("Camat Sukamaju I Made Sudarsana", "Sudarsana", "I Made Sudarsana"),
        ("Bupati Sukamaju Dewi Sekar Arum", "Sekar", "Dewi Sekar Arum"),
        ("Menteri Perindustrian Muhammad Salim", "Salim", "Muhammad Salim"),
        ("Bupati Sukamaju Muh. Arifin", "Arifin", "Muh. Arifin"),
        ("Bupati Sukamaju H Abdul Rahman", "Abdul", "Abdul Rahman"),
    ],
)  # fmt: skip
def test_a_later_short_form_does_not_trim_the_full_name(intro, short, name):
    text = (
        "Pemerintah Kabupaten Sukamaju membuka bazar UMKM di alun-alun.\n"
        f"{intro} menyampaikan itu saat membuka bazar.\n"
        f'"Produk lokal kita tidak kalah dengan produk luar daerah," kata {short}.\n'
        f"{short} menambahkan, bazar digelar setiap bulan.\n"
    )
    assert direct_speakers(text) == [name]


# -- 11. a department glued before a person is no person ------------------------------------


def test_department_with_its_acronym_before_the_head_is_not_the_speaker():
    text = (
        "Kepala Direktorat Jenderal Perbekalan (DJPk) Jawa Tengah (Jateng) Sutrisno Adi "
        "Wibowo menyebutkan stok pupuk untuk petani aman.\n"
        '"Stok kami cukup sampai akhir tahun untuk semua kabupaten," ujarnya di Semarang.\n'
        '"Petani tidak perlu khawatir kehabisan pupuk," kata dia.\n'
    )
    assert direct_speakers(text) == ["Sutrisno Adi Wibowo"] * 2


def test_organization_named_by_one_of_its_words_is_not_the_speaker():
    text = (
        "Dinas Koperasi Sukamaju menjelaskan, bantuan modal sudah cair.\n"
        '"Bantuan cair minggu ini," kata Kepala Dinas Koperasi Sukamaju, Nyoman Sudarsana.\n'
        '"Kami pantau penyalurannya sampai desa," ujarnya.\n'
    )
    assert direct_speakers(text) == ["Nyoman Sudarsana"] * 2


def test_head_of_an_office_that_spoke_first_is_the_speaker_after_him():
    text = (
        "Kantor Wilayah Direktorat Jenderal Perbendaharaan Sukamaju menyebutkan penyaluran "
        "KUR mencapai Rp5 miliar.\n"
        "Kepala Kanwil DJPb Sukamaju Kukuh Basuki mengatakan penyaluran terbesar di kota.\n"
        '"Debitur baru bertambah banyak tahun ini," ujarnya.\n'
    )
    assert direct_speakers(text) == ["Kukuh Basuki"]


def test_specialist_degree_after_a_name_keeps_the_name_a_person():
    text = (
        "Staf Divisi Metabolik Rumah Sakit Sukamaju dr Wulandari Wisnu SpPD-KEMD mengungkap "
        "risiko diabetes.\n"
        '"Depresi memengaruhi hormon di dalam tubuh," ujar dr Wulan.\n'
    )
    assert direct_speakers(text) == ["Wulandari Wisnu"]


# -- 12. a role abbreviation or a misspelled role ends the role, not joins the name -------


def test_role_abbreviation_before_a_short_name_is_the_minister():
    text = (
        "Menteri Perdagangan Muhammad Rizal meminta pelaku UMKM melirik pasar ekspor.\n"
        '"Mulailah dari negara tetangga terdekat," kata Rizal di Pangkalpinang.\n'
        "Mendag Rizal mengatakan UMKM menopang ekonomi saat pandemi.\n"
        '"UMKM adalah tulang punggung kita," ujarnya.\n'
    )
    assert direct_speakers(text) == ["Muhammad Rizal"] * 2


@pytest.mark.parametrize("role", ["Wailkota", "Bupatti", "Gubenrur"])
def test_misspelled_role_before_a_place_and_a_name_stays_out_of_the_name(role):
    text = (
        "Pemerintah Kota Sukamaju menyalurkan bantuan modal bagi pelaku usaha mikro.\n"
        f"Bantuan diserahkan oleh {role} Sukamaju Hendra Wijaya kepada perwakilan pedagang.\n"
        '"Setiap pelaku usaha menerima bantuan lima ratus ribu rupiah," kata Hendra.\n'
    )
    assert direct_speakers(text) == ["Hendra Wijaya"]


# -- 13. a headline is not a name ----------------------------------------------------------


def test_related_headline_after_an_unfinished_attribution_is_not_the_speaker():
    text = (
        "Dinas Koperasi Kabupaten Sukamaju mendukung koperasi produsen.\n\n"
        "“Pelaku UMKM tidak bisa lagi berdiri sendiri, harus bergerak bersama,” kata "
        "Kepala Dinas Koperasi Kabupaten Sukamaju, Hendra Wijaya\n\n"
        "Baca juga\nSanggar Tari Hidupkan Seni Kala Pandemi\n\n"
        "Lebih lanjut, Hendra mengatakan jumlah UMKM cukup banyak.\n"
    )
    assert direct_speakers(text) == ["Hendra Wijaya"]


# -- 14. glued sentences, a quote re-opened with a closing mark, typos in a short name ----


def test_attribution_glued_to_the_next_sentence_still_names_the_speaker():
    text = (
        "JAKARTA - Menteri Perdagangan Budi Hartono menilai pendampingan ekspor masih rendah."
        "Budi mengatakan baru 30 pihak yang mendampingi pelaku UMKM."
        "“Itu hanya 30, artinya partisipasi masih kurang,” kata Budi.Baca juga: Pedagang "
        "Minta Dilegalkan, Mendag: Ilegal ya IlegalAdapun program ini dibuat Kemendag.\n"
    )
    assert direct_speakers(text) == ["Budi Hartono"]


def test_quote_opened_with_a_closing_mark_is_still_a_quote():
    text = (
        "Bupati Sukamaju Dewi Lestari membuka Hari Koperasi.\n"
        "“Koperasi harus diisi anak muda,” ujar Dewi.\n"
        "Menurutnya, pelaku UMKM harus bergabung dengan koperasi. ”Pada peringatan ini, "
        "sesama koperasi bisa saling belajar pemasaran online,” ungkapnya.\n"
    )
    quotes = [q for q in extract_facts(text).quotes if q.type == "direct"]
    assert [q.text[:12] for q in quotes] == ["Koperasi har", "Pada peringa"]
    assert [q.speaker.name for q in quotes] == ["Dewi Lestari"] * 2


def test_short_name_with_a_typo_resolves_to_the_one_close_name():
    text = (
        "Kepala Dinas Koperasi Kabupaten Sukamaju Imam Wahyu Budiana mengungkapkan kolaborasi "
        "koperasi dan UMKM perlu dibangun.\n"
        "“Dengan nota kesepakatan ini koperasi akan semakin berperan,” kata Iman.\n"
    )
    assert direct_speakers(text) == ["Imam Wahyu Budiana"]


def test_short_name_with_a_typo_close_to_two_names_is_not_guessed():
    text = (
        "Kepala Dinas Koperasi Kabupaten Sukamaju Imam Wahyu Budiana dan Kepala Bappeda "
        "Iwan Setiawan mengungkapkan kolaborasi koperasi dan UMKM perlu dibangun.\n"
        "“Dengan nota kesepakatan ini koperasi akan semakin berperan,” kata Iman.\n"
    )
    assert direct_speakers(text) == ["Iman"]


# -- blind3 miss categories ----------------------------------------------------------------


def test_nya_words_and_dirinya_at_a_sentence_start_are_the_current_speaker():
    text = (
        "Pasar murah dibuka Bupati Sukamaju Wartono Adisaputra. Kehadirannya disambut pedagang.\n"
        "Dirinya menyampaikan, pasar murah digelar setiap bulan.\n"
        "“Kami ingin harga bahan pokok tetap terjangkau bagi warga,” ujarnya.\n"
        "Kehadirannya mengatakan, “Semua pedagang kecil kami libatkan dalam pasar ini.”\n"
    )
    assert direct_speakers(text) == ["Wartono Adisaputra"] * 2


def test_a_speech_cue_opening_a_sentence_is_not_part_of_the_name():
    text = (
        "Menteri Keuangan Ratna Dewi Anggraini menyoroti penyaluran kredit. Kata Ratna Dewi "
        "Anggraini, ada bank yang lambat.\n"
        "“Kami minta bank mempercepat penyaluran kredit usaha,” ujarnya.\n"
    )
    assert direct_speakers(text) == ["Ratna Dewi Anggraini"]


@pytest.mark.parametrize("degree", ["Drh.", "Dra.", "Drs.", "Ir.", "Hj."])
def test_degree_before_a_name_is_not_the_name(degree):
    text = (
        "“Pelaku usaha di kecamatan ini cukup beragam dan terus kami dampingi,” kata Camat "
        f"Sukamaju {degree} Wulan Prasetyani kepada wartawan.\n"
    )
    assert direct_speakers(text) == ["Wulan Prasetyani"]


@pytest.mark.parametrize(
    "intro, later, place_mention",
    [
        ("Bupati Tanah Merapi Joni Arsa Wedana", "Joni", "Pemkab Tanah Merapi, Jambi"),
        ("Satgas Halal Kemenkop Karangsari Umar Faturahman", "Umar",
         "Kemenkop Karangsari itu"),
        ("Sekretaris Kopdes Sinar Tanjung Lestari Bayu Hartanto", "Bayu",
         "Kopdes Sinar Tanjung Lestari yang berada di Desa Lestari"),
    ],
)  # fmt: skip
def test_place_or_organization_before_a_name_is_cut_by_the_later_short_form(
    intro, later, place_mention
):
    name = intro.split()[-3:] if later == "Joni" else intro.split()[-2:]
    text = (
        f"Kegiatan ini digelar oleh {place_mention} bagi pelaku usaha di Kabupaten Karangsari.\n"
        f"{intro} menyampaikan bahwa pendaftaran dibuka.\n"
        "“Produk yang bisa didaftarkan adalah produk yang tidak berisiko,” katanya.\n"
        f"{later} berharap pelaku usaha segera mendaftar.\n"
        f"“Kami tunggu pendaftarannya di kantor kecamatan,” kata {later}.\n"
    )
    assert direct_speakers(text) == [" ".join(name)] * 2


def test_later_short_form_never_cuts_a_name_without_place_or_organization_evidence():
    text = (
        "Menteri Kesehatan Budi Gunadi Sadikin meninjau posyandu.\n"
        "“Kami ingin semua balita ditimbang setiap bulan,” kata Gunadi.\n"
        "Gubernur Jambi Al Haris menyambutnya.\n"
        "“Kami siap mendukung program ini,” ujar Haris.\n"
    )
    assert direct_speakers(text) == ["Budi Gunadi Sadikin", "Al Haris"]


def test_a_full_name_one_letter_off_an_earlier_person_is_that_person():
    text = (
        "Bupati Sukamaju, Sulastri Hadiwijaya menerima kunjungan pelaku UMKM.\n"
        "“Produk kerajinan kami sudah masuk pasar ekspor,” ujar Sulastri Hadiwijoya saat "
        "menerima kunjungan.\n"
    )
    assert direct_speakers(text) == ["Sulastri Hadiwijaya"]


def test_doubled_single_curly_marks_open_and_close_a_quote():
    text = (
        "Gubernur Sukamaju Rahmat Pasaribu mengingatkan para bupati soal KUR.\n"
        "‘’Saya tegaskan agar bupati mendampingi pelaku usaha di wilayahnya. Permudah dan "
        "dampingi,’’ tegas gubernur kepada wartawan.\n"
    )
    quotes = [q for q in extract_facts(text).quotes if q.type == "direct"]
    assert [q.text[:13] for q in quotes] == ["Saya tegaskan"]
    assert [q.speaker.name for q in quotes] == ["Rahmat Pasaribu"]


def test_a_sentence_opened_by_a_role_and_a_statement_verb_makes_its_holder_the_speaker():
    text = (
        "Pasar desa dibuka di Kabupaten Sukamaju.\n"
        "Peresmian pasar dilakukan Bupati Sukamaju Rudi Santosa. Kegiatan itu mendukung "
        "program yang dicanangkan oleh Presiden Bagus Pratama.\n"
        "Bupati Sukamaju menyatakan pasar desa menjaga uang tetap berputar di desa.\n"
        '"Warung kecil bisa ambil barang di koperasi," ungkapnya.\n'
    )
    assert direct_speakers(text) == ["Rudi Santosa"]


# -- blind4: honorifics glued to initials, organization words, phrases after the name ----------


def test_haji_glued_to_an_initial_keeps_the_initial():
    text = (
        "Kepala Dinas Koperasi Sukamaju HM Rudi Hartono Saleh membuka pelatihan.\n"
        "“Pelatihan ini kami gelar untuk ibu rumah tangga,” tegas Rudi.\n"
    )
    assert direct_speakers(text) == ["M Rudi Hartono Saleh"]


def test_a_bracketed_organization_abbreviation_is_no_first_name():
    text = (
        "Kementerian Perdagangan dan Perindustrian (Kemendagin) membina UMKM.\n"
        "“UMKM harus masuk pasar digital,” ujar Koordinator Pemasaran Digital Kemendagin "
        "Santoso di Jakarta.\n"
    )
    assert direct_speakers(text) == ["Santoso"]


def test_an_english_title_with_and_stays_in_the_role():
    text = (
        '"Penyaluran terbesar ada di Surabaya," kata Regional Credit and Business Head '
        "Bank Sukamaju, Rini Astuti di Surabaya.\n"
        "Penyaluran tahun ini naik.\n"
        '"Kami menambah jaringan sampai tingkat kelurahan," kata dia.\n'
    )
    assert direct_speakers(text) == ["Rini Astuti", "Rini Astuti"]


def test_the_organization_name_before_a_comma_and_a_name_is_no_person():
    text = (
        "Branch Manager PT Bank Sejahtera Area Kendari, I Ketut Wirawan mengaku penyaluran "
        "KUR terlambat.\n"
        "“Kami baru dapat menyalurkan pada pertengahan Februari,” ungkapnya.\n"
    )
    assert direct_speakers(text) == ["I Ketut Wirawan"]


def test_the_speaker_phrase_ends_at_dengan_and_ke():
    text = (
        "Wakil Wali Kota Sukamaju Budi Santoso meninjau pasar. Pertanyaan Budi dijawab "
        "Sulastri, pemilik warung.\n"
        '"Ayo kita beli produk tetangga sendiri," kata Budi dengan Logat Jawa Timuran.\n'
        '"Minta pengemasan, sama pemasaran," ucap Sulastri ke Budi seperti dikutip media.\n'
    )
    assert direct_speakers(text) == ["Budi Santoso", "Sulastri"]


def test_a_name_inside_reported_speech_is_not_the_next_speaker():
    text = (
        "Ketua Paguyuban UMKM Sukamaju, Rini Astuti memaparkan program dari Mbak Wulan.\n"
        "Rini berharap, wali kota tetap semangat.\n"
        "Dia berharap, Mbak Wulan bisa meneruskan program baik itu.\n"
        '"Kami tetap ingin ibu maju lagi," ujarnya.\n'
    )
    assert direct_speakers(text) == ["Rini Astuti"]


# -- evidence: each candidate speaker is weighed by person and non-person evidence ----------


@pytest.mark.parametrize(
    "intro",
    [
        "Kemenag Sukamaju melalui program Halal menargetkan 500 pelaku usaha.",
        "Ketua Panitia Lomba yang juga Sekretaris Camat menyampaikan acara ini rutin.",
    ],
)
def test_an_organization_or_office_is_no_person(intro):
    text = (
        "Kepala Seksi Bimas Kemenag Sukamaju, Wartono menjelaskan pendaftaran masih dibuka.\n"
        f"{intro}\n"
        '"Pendaftaran tetap dibuka sampai akhir bulan," jelasnya.\n'
    )
    assert direct_speakers(text) == ["Wartono"]


def test_a_product_name_after_the_speaker_is_no_speaker():
    text = (
        "Festival kuliner digelar di alun-alun.\n"
        '"Pembeli ramai sejak sore," ujar Ratna Dewi sambil melayani pembeli produk '
        "Keripik Tempe Sukamaju.\n"
        '"Kami jual sampai habis," ungkap Bambang Hariyadi salah satu peserta dari Kampung '
        "Batik Laweyan.\n"
    )
    assert direct_speakers(text) == ["Ratna Dewi", "Bambang Hariyadi"]


def test_the_subject_of_a_speech_verb_is_the_current_speaker():
    text = (
        "Acara dihadiri Bupati Sukamaju Hendra Wijaya, Wakil Bupati Rudi Hartono dan tokoh "
        "adat.\n"
        "Dalam sambutannya Bupati Hendra mengatakan UMKM harus naik kelas.\n"
        '"Silakan setiap kecamatan menggelar festival serupa," ujarnya.\n'
    )
    assert direct_speakers(text) == ["Hendra Wijaya"]


def test_the_person_after_melalui_speaks_for_the_office():
    text = (
        "Hadir Plt Kepala Bakesbangpol Budi Santoso dan jajaran Forkopimcam.\n"
        "Camat Kedungsari melalui Sekretaris Kecamatan Tri Wulandari, mengatakan festival "
        "digelar rutin.\n"
        '"Kegiatan ini sarana promosi UMKM," tuturnya.\n'
    )
    assert direct_speakers(text) == ["Tri Wulandari"]


def test_a_capitalized_cue_after_the_quote_still_attributes():
    text = (
        "Menurut Evita, yang juga anggota paguyuban, pameran ini momentum kebangkitan.\n"
        '"Acara ini sangat bagus untuk kami," Ujar Evita.\n'
    )
    assert direct_speakers(text) == ["Evita"]


def test_a_name_written_after_a_bracket_twice_is_still_a_person():
    text = (
        "Direktur Utama PT Modal Bangsa (Persero) Arif Mulyono menyebut dana tersalur.\n"
        "Foto: Direktur Utama PT Modal Bangsa (Persero) Arif Mulyono\n"
        '"Nasabah kami sudah lima juta," kata Arif saat ditemui.\n'
        "Arif mengatakan nasabah tidak perlu jaminan.\n"
    )
    assert direct_speakers(text) == ["Arif Mulyono"]


def test_an_organization_word_glued_before_a_name_stays_out():
    text = (
        "PT Permodalan Nasional Madani melalui produknya membina nasabah perempuan.\n"
        "Direktur Operasional PT Permodalan Nasional Madani Sunaryo Basuki mengatakan nasabah "
        "tumbuh.\n"
        '"Kita mulai program ini sejak 2015," ucap Sunaryo usai diskusi.\n'
    )
    assert direct_speakers(text) == ["Sunaryo Basuki"]


def test_a_role_before_a_name_with_an_org_word_in_its_unit_names_the_person_after_the_comma():
    text = (
        "Anggota Satgas Halal Penyelenggara Zakat dan Wakaf Kabupaten Sukamaju, Sri Wahyono "
        "mengungkapkan program itu gratis.\n"
        '"Pelaku UMKM silakan mendaftar," ungkapnya.\n'
    )
    assert direct_speakers(text) == ["Sri Wahyono"]


# -- blind6 categories: the candidate with the most evidence speaks -----------------------


def test_a_dotted_initial_inside_a_name_keeps_the_word_before_it():
    text = (
        "Direktur Bisnis Mikro BTN Hargono W. Santosa mengatakan program berjalan.\n"
        '"Debitur kecil kami dampingi," katanya.'
    )
    assert direct_speakers(text) == ["Hargono W. Santosa"]


def test_a_hard_wrapped_line_with_a_role_and_name_is_no_headline():
    text = (
        "Dana itu ditempatkan di empat bank yang tergabung dalam Himpunbank.\n"
        "Lalu bagaimana hasilnya? Direktur Utama BRS Wiratmo\n"
        "menjelaskan pihaknya sudah menyalurkan kredit kepada debitur.\n"
        '"Kita sudah salurkan semuanya," kata dia.'
    )
    assert direct_speakers(text) == ["Wiratmo"]


@pytest.mark.parametrize(
    "opener",
    [
        "Sementara itu Kepala Bidang UKM di Dinas Koperasi Kabupaten Sukamaju, Rina Kartika"
        " menambahkan, pelatihan itu penting.",
        "Secara terpisah Kepala Dinas Koperasi, Usaha Kecil dan Menengah (Diskop) Sukamaju,"
        " Rina Kartika mengapresiasi kegiatan itu.",
    ],
)
def test_the_person_introduced_just_before_takes_the_next_quote(opener):
    text = (
        'Bupati Hendra Wijaya membuka acara. "Kami dukung UMKM," ujarnya.\n\n'
        f'{opener}\n\n"Kemasan itu sangat penting bagi pemasaran," jelasnya.'
    )
    assert direct_speakers(text) == ["Hendra Wijaya", "Rina Kartika"]


def test_a_name_after_a_role_and_before_itu_is_a_possessor_not_the_speaker():
    text = (
        "Wakil Wali Kota Sukamaju, H Rudi Hartono mengatakan UMKM harus digital.\n"
        '"Produk lokal harus dibanjiri," kata Wakil Wali Kota.\n'
        "Wakil Dewi Lestari itu juga menyebutkan produk harus berkualitas.\n"
        '"Produk UMKM harus lebih menarik," ungkapnya.'
    )
    assert direct_speakers(text) == ["Rudi Hartono", "Rudi Hartono"]


def test_a_nickname_tied_to_a_role_names_the_role_holder():
    text = (
        "Wali Kota Sukamaju, Hendra, mendukung aplikasi itu.\n"
        "Kata Kadiskominfo Kota Sukamaju, M. Nur Wijaya, aplikasi akan diluncurkan.\n"
        "“Kamis kemarin, kami telah mempresentasikan aplikasi itu di hadapan Wali Kota.”\n"
        "“Aplikasi ini sudah kami desain,” jelas Iwan sapaan Kadiskominfo."
    )
    assert direct_speakers(text) == ["M. Nur Wijaya", "M. Nur Wijaya"]


# -- round 8: noble titles, English unit words, role abbreviations as nicknames -------------


@pytest.mark.parametrize("title", ["Lalu", "Andi", "Raden", "Tengku", "Teuku", "Daeng"])
def test_a_noble_title_printed_before_a_name_stays_in_it(title):
    text = (
        f"Hal itu dikatakan Kepala Dinas Koperasi Kota Sukamaju, {title} Hendra Wijaya.\n\n"
        "“Pasar kami buka dua hari penuh untuk pelaku usaha,” katanya."
    )
    assert speakers(text) == [f"{title} Hendra Wijaya"]


def test_english_unit_words_before_a_name_belong_to_the_title():
    text = (
        "Program SME dari Telkom membantu UKM.\n\nDirektur Enterprise and Business Telkom Rudi "
        "Hartono mengatakan, Pada 2014, Telkom fokus pada UKM.\n\n“Kami akan fokus per "
        "triwulan,” kata Rudi."
    )
    assert speakers(text) == ["Rudi Hartono", "Rudi Hartono"]


def test_a_bracketed_role_abbreviation_and_nickname_name_the_full_name():
    text = (
        "Pertemuan Menteri Perdagangan Hendra Wijaya (Mendag Hewi) dan Menteri UMKM Rudi "
        "Hartono digelar di Jakarta.\n\nMenurut Mendag Hewi, kedua kementerian sepakat.\n\n"
        "“Kami berkoordinasi untuk pasar ekspor,” kata Mendag Hewi."
    )
    assert speakers(text) == ["Hendra Wijaya", "Hendra Wijaya"]


def test_an_abbreviated_role_and_place_name_the_person_holding_that_role():
    text = (
        "Kepala Desa Sukamaju, Rudi Hartono, menyampaikan bahwa acara ini kerja sama desa.\n\n"
        "“Hari ini hadir 20 pelaku UMKM di Desa Sukamaju,” ujar Kades Sukamaju .\n\n"
        "Rudi menjelaskan acara ini dukungan desa."
    )
    assert speakers(text) == ["Rudi Hartono"] * 3


def test_a_role_title_without_its_place_keeps_the_first_name():
    text = (
        "Pemkab Sukamaju menyerahkan sertifikat halal di Kabupaten Sukamaju.\n\n"
        "Bupati Hendra Rudi Wijaya mengatakan sertifikat memperkuat usaha.\n\n"
        "“Sertifikat ini jaminan bagi pembeli,” katanya."
    )
    assert speakers(text) == ["Hendra Rudi Wijaya"] * 2


def test_a_name_known_by_a_nickname_owns_the_quote_under_that_nickname():
    text = (
        "“Pasar ini ramai sekali,” kata Evi, pedagang kue.\n\n"
        "Hal senada disampaikan Trilinda Sesilia Antika atau biasa dikenal dengan nama Sisil. "
        "Ia pemilik warung ceker.\n\n“Penjualan kami naik lagi,” ungkap Sisil."
    )
    assert speakers(text) == ["Evi", "Trilinda Sesilia Antika"]


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Direktur Jenderal Industri Kecil, Menengah dan Aneka Kemenparekraf Sri Wahyuningrum",
         "Sri Wahyuningrum"),
        ("Kepala Seksi Humas Bea Cukai Darmanto", "Darmanto"),
        ("Deputi Bisnis Pegadaian Area Sumbawa I Made Sutarja", "I Made Sutarja"),
        ("Kepala Cabang Area Ni Luh Sukerti", "Ni Luh Sukerti"),
        ("Pengawas Farmasi Ahli Madya Rohmat Hidayat", "Rohmat Hidayat"),
    ],
)  # fmt: skip
def test_a_name_starts_after_the_last_organization_unit_or_grade_word(intro, name):
    text = f"“Kemasan yang baik membuat produk kecil laku di pasar,” kata {intro} di kantornya."
    assert speakers(text) == [name]


def test_a_job_grade_without_a_name_is_no_speaker():
    text = (
        "Pengawas Ahli Muda Dinas Koperasi, Wartini Handayani, mendampingi pelaku usaha.\n\n"
        "“Di bagian kami ada pendampingan izin edar,” kata Pengawas Ahli Muda Dinas Koperasi."
    )
    assert speakers(text) == ["Wartini Handayani"]


def test_a_post_with_a_job_grade_names_the_person_after_its_place():
    text = (
        "“Kami dampingi pelaku usaha sampai izin edarnya terbit,” kata Pengawas Farmasi "
        "Makanan Ahli Muda BBPOM di Sukamaju, Wartini Handayani, saat ditemui di pasar.\n\n"
        "Wartini mengatakan pendampingan itu gratis.\n\n"
        "“Label kemasan juga kami periksa,” tambahnya."
    )
    assert speakers(text) == ["Wartini Handayani"] * 3


def test_a_bank_written_after_a_role_is_no_person():
    text = (
        "Langkah itu dibahas dalam audiensi Bupati Sukamaju Hendra Wijaya bersama jajaran "
        "Kepala Cabang Bank Sentosa se-Kabupaten Sukamaju di Ruang Kerja Bupati, Selasa.\n\n"
        "“Setiap bulan kita adakan edukasi keuangan bagi UMKM,” ujarnya."
    )
    assert speakers(text) == ["Hendra Wijaya"]


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Kapolres Sukamaju AKBP Hendra Wijaya", "Hendra Wijaya"),
        ("Kapolda Sulawesi Utara Irjen Pol Rudi Hartono", "Rudi Hartono"),
        ("Dirbinmas Polda Maluku Komisaris Besar Polisi Andi Kurniawan", "Andi Kurniawan"),
        ("Kapolsek Sukamaju Iptu Wartini Handayani", "Wartini Handayani"),
        ("Danrem 071 Kolonel Inf Budi Santoso", "Budi Santoso"),
        ("Danlanal Sukamaju Letkol Laut (P) Agus Salim", "Agus Salim"),
        ("Babinsa Desa Sukamaju Serka Joko Susilo", "Joko Susilo"),
    ],
)  # fmt: skip
def test_police_and_military_ranks_are_no_name_parts(intro, name):
    text = f"“Kami bantu pelaku usaha kecil memasarkan produknya,” kata {intro} di kantornya."
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Kepala Dinas Koperasi Kabupaten Sukamaju AA Gede Rai Wirawan", "AA Gede Rai Wirawan"),
        ("Kepala UPTD Pelatihan Kerja A.A Ayu Sri Wahyuni", "A.A Ayu Sri Wahyuni"),
    ],
)  # fmt: skip
def test_the_anak_agung_particle_starts_the_name(intro, name):
    text = f"“Pendaftaran pelatihan sudah kami buka,” ungkap {intro}, Selasa."
    assert speakers(text) == [name]


@pytest.mark.parametrize("bank", ["Bank Sentosa", "Bank Jatim"])
def test_the_branch_town_after_a_bank_stays_out_of_the_name(bank):
    text = (
        f"Pimpinan Cabang {bank} Sukamaju Hendra Wijaya mengatakan kredit UMKM di "
        "Kabupaten Sukamaju naik. "
        "“Pertumbuhan kredit UMKM tahun ini sangat bagus,” ujarnya."
    )
    assert speakers(text) == ["Hendra Wijaya"] * 2


def test_an_age_in_brackets_marks_a_person_not_an_organization():
    text = (
        "Rudi Santosa (45), pemilik usaha kerupuk di Kecamatan Sukamaju, mendapat bantuan alat.\n"
        '"Bantuan ini sangat membantu usaha saya," tandas Santosa.'
    )
    assert direct_speakers(text) == ["Rudi Santosa"]


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Kepala Kantor Wilayah BRI Sukamaju Tresnawan Dwi S", "Tresnawan Dwi S"),
        ("Kepala Dinas Koperasi FX Bambang Sutrisno", "FX Bambang Sutrisno"),
        ("Wakapolres Sukamaju Kompol Purbo Adi Waskito SIK", "Purbo Adi Waskito"),
    ],
)  # fmt: skip
def test_initials_baptismal_prefixes_and_police_degrees(intro, name):
    text = f"{intro} mengatakan bantuan sudah disalurkan. “Kami salurkan Rp1 miliar,” katanya."
    assert direct_speakers(text) == [name]


def test_the_person_acting_through_a_deputy_is_the_deputy():
    text = (
        "Kapolres Sukamaju AKBP Danang Kusuma melalui Wakapolres Kompol Purbo Adi Waskito "
        "turun langsung ke warung-warung.\n"
        "“Hari ini sudah tersalur Rp1,2 miliar,” ungkapnya.\n"
        "“Sisanya kami salurkan besok,” tandas Wakapolres."
    )
    assert direct_speakers(text) == ["Purbo Adi Waskito", "Purbo Adi Waskito"]


def test_a_ministry_short_name_before_a_person_is_no_speaker():
    text = (
        "Direktur Jenderal IKP Kemkominfo Prof Widodo Santoso juga mendorong pelaku usaha "
        "berjualan daring.\n"
        '"Manfaatkan pelatihan yang sudah diberikan," tandasnya.'
    )
    assert direct_speakers(text) == ["Widodo Santoso"]


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Pimpinan Cabang Bank Jatim Lumajang Agus Salim", "Agus Salim"),
        ("Kepala Dinas Koperasi Sinjai Andi Muh Yusuf", "Andi Muh Yusuf"),
        ("Kepala Kantor Wilayah BRI Tabalong Budi Hartono", "Budi Hartono"),
    ],
)  # fmt: skip
def test_any_regency_or_city_before_a_name_stays_out_of_it(intro, name):
    text = f"{intro} mengatakan kredit UMKM naik. “Pertumbuhan kredit tahun ini bagus,” ujarnya."
    assert speakers(text) == [name] * 2


def test_a_regency_named_after_a_product_word_is_no_speaker():
    text = (
        "Perwakilan asosiasi batik Sragen menyampaikan kondisi serupa.\n"
        "Kepala Kantor Wilayah BRI Sukamaju Budi Hartono mengatakan dana sudah disalurkan.\n"
        "“Kami salurkan Rp135 miliar,” katanya."
    )
    assert speakers(text) == ["Budi Hartono"] * 2


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Kepala Disdagperinkop dan UKM Sukamaju, Teuku Harun Aslam", "Teuku Harun Aslam"),
        ("Kepala Disperindagkop dan UKM Kota Tanjungsari, Robert L.N Awi", "Robert L.N Awi"),
        ("Kepala OJK Regional 6 Sulampua Moh Nurdin Hasan", "Moh Nurdin Hasan"),
        ("Kepala Kantor Perwakilan Bank Indonesia Provinsi Riau Decymus", "Decymus"),
    ],
)  # fmt: skip
def test_office_short_names_and_regions_stay_out_of_the_name(intro, name):
    text = f"“Kami dampingi 800 pelaku UMKM tahun ini,” ujar {intro}, Jumat.\n"
    text += f"“Pendampingan berlanjut tahun depan,” kata {name.split()[-1]}."
    assert direct_speakers(text) == [name] * 2


def test_a_nickname_glued_to_sapaannya_is_the_current_speaker():
    text = (
        "Kepala Biro Ekonomi Sulsel Junaedi B menyebut KUR terus didorong.\n"
        "“Bank-bank ini kami dorong menyalurkan KUR,” kata Edi-sapaannya, Rabu."
    )
    assert direct_speakers(text) == ["Junaedi B"]


@pytest.mark.parametrize("short", ["Birin", "Kailuhu"])
def test_a_tail_nickname_or_a_misspelling_is_the_full_name(short):
    text = (
        "“Pelaku usaha kecil terus bergerak,” kata Kepala Dinas Koperasi Sukamaju, "
        "Sahbirin Keiluhu.\n"
        f"Dicontohkan Paman {short}, penjual pisang goreng tetap berjualan.\n"
        f"“Terima kasih sudah bertahan,” kata Paman {short}."
    )
    assert direct_speakers(text) == ["Sahbirin Keiluhu", "Sahbirin Keiluhu"]


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Kadis koperasi dan UKM Kota Ternate Hadi Hairudin", "Hadi Hairudin"),
        ("Kepala Perwakilan Bank Indonesia wilayah NTT I Nyoman Ariawan Atmaja",
         "I Nyoman Ariawan Atmaja"),
        ("Kepala Disperindagkop dan UMKM Kota Kendari, Alda Kesutan Lapae", "Alda Kesutan Lapae"),
        ("Sekot Manado Steaven Dandel", "Steaven Dandel"),
    ],
)  # fmt: skip
def test_lower_case_and_abbreviated_role_phrases(intro, name):
    text = (
        f"{intro} di Kupang, Jumat, mengatakan 62 pelaku UMKM ikut festival.\n"
        '"Jadi ada empat kategori yang dilibatkan," katanya.'
    )
    assert direct_speakers(text) == [name]


def test_a_nickname_before_sapaan_karib_and_the_full_name_after_it():
    text = (
        "Kepala Dinas Koperasi Kabupaten Belu, Elfridus Hale mengungkapkan UMKM didukung.\n"
        "“Usaha UMKM harus naik kelas,” tandas Elvis Hale, sapaan karib Kadis Elfridus Hale.\n"
        "“Batasan aset usaha mikro di bawah 300 juta,” terang Elvis."
    )
    assert direct_speakers(text) == ["Elfridus Hale", "Elfridus Hale"]


def test_a_short_form_ending_the_full_name():
    text = (
        "Kadis Koperasi dan UMKM Nurlia Dewi mengungkapkan UMKM binaan ikut festival.\n"
        "“Kami fokus pada pemberdayaan UMKM naik kelas,” jelas Lia."
    )
    assert direct_speakers(text) == ["Nurlia Dewi"]


def test_a_name_followed_by_its_title_at_a_clause_start():
    text = (
        "Aprian Jhon, Kepala Biro Ekonomi Pemprov Sumsel menjelaskan KUR terus tumbuh.\n"
        "Sementara itu, Panca Hadi Kepala Kanwil OJK Sumsel, menyampaikan KUR banyak diakses.\n"
        "“41 persen diakses oleh sektor pertanian,” pungkasnya."
    )
    assert direct_speakers(text) == ["Panca Hadi"]


def test_two_capitals_closing_a_name_are_initials_not_an_acronym():
    text = (
        '"Kendala UMKM di sini masalah modal," kata Kepala Dinas Koperasi Kabupaten Abdya '
        "Amri AR yang dihubungi dari Banda Aceh.\n"
        "Amri AR mengatakan UMKM umumnya bergerak di industri rumah tangga.\n"
        '"Kami meminta perbankan membantu," kata Amri.\n'
        '"Ini program pusat," kata Kepala Bidang Wahyu Hidayat MM.'
    )
    assert direct_speakers(text) == ["Amri AR", "Amri AR", "Wahyu Hidayat"]


def test_singkat_is_a_speech_cue():
    text = (
        "Kepala Dinas Koperasi dan UKM Papua Barat Enos Aronggear menyampaikan hal senada.\n"
        "“Penguatan koperasi diperlukan,” singkat Enos."
    )
    assert direct_speakers(text) == ["Enos Aronggear"]


def test_a_role_appositive_after_the_name():
    text = (
        "Dinas Koperasi menyediakan 460 kuota sertifikat halal. Dindin Rachmadhy, Kepala Dinkop "
        "mengatakan 391 sertifikat sudah diserahkan.\n"
        "“Syaratnya dipersiapkan oleh pihak Kemenag,” ujarnya."
    )
    assert direct_speakers(text) == ["Dindin Rachmadhy"]


def test_a_business_owner_introduced_after_sementara_is_the_next_speaker():
    text = (
        "Kepala Dinas Koperasi dan UKM Kota Surakarta, Heri Purwoko mengatakan bantuan cair.\n"
        "Sementara pelaku UMKM usaha Songket Rajut, Weni Arnita rela mengantre sejak pagi.\n"
        "“Ya tentunya sangat membantu,” ujarnya."
    )
    assert direct_speakers(text) == ["Weni Arnita"]


def test_the_one_accompanied_does_not_speak():
    text = (
        "Penasehat Forum UMKM Bekasi, Hj Ani, didampingi panitia acara, Sunarni Endah, "
        "menyampaikan terima kasih.\n"
        "“Kami berharap pelaku usaha segera mengurus sertifikat halal,” ucapnya."
    )
    assert direct_speakers(text) == ["Ani"]


def test_a_regional_honorific_before_initials_finds_the_person():
    text = (
        "Demikian ditegaskan Ketua Dewan Penasehat Hipmikindo Jabar, Rahmat Hidayat Djati (RHD), "
        "pada acara Rakerda.\n"
        "“Jangan sekedar basa-basi,” tegas Kang RHD."
    )
    assert direct_speakers(text) == ["Rahmat Hidayat Djati"]


def test_mas_after_a_title_is_part_of_the_name():
    text = (
        "Kepala Dinas Koperasi dan UKM Provinsi Jatim, Mas Purnomo Hadi di Surabaya mengatakan "
        "ekspor dilepas.\n"
        "“Untuk yang sudah aktif ekspor sebanyak 333 UMKM,” kata Purnomo."
    )
    assert direct_speakers(text) == ["Mas Purnomo Hadi"]


def test_a_description_with_a_demonstrative_introduces_no_one():
    text = (
        "Anggota Komisi II DPRD Kaltim Sapto Setyo Pramono menilai serapan anggaran rendah.\n"
        "Dengan serapan yang jauh dari target, politisi Golkar ini berharap ada penjelasan. "
        "“Masalahnya di mana, ini harus dicari,” tegasnya.\n"
        "Terpisah, Kepala Disperindagkop Hella Haerani menjelaskan kendalanya."
    )
    assert direct_speakers(text) == ["Sapto Setyo Pramono"]


def test_the_office_after_kadis_stays_out_of_the_name():
    text = (
        "Kadis Kumperindag Risjon Sunge mengatakan potensi UMKM harus dikembangkan.\n"
        "“Makanya pelatihan ini kami gelar,” terang Risjon Sunge."
    )
    assert direct_speakers(text) == ["Risjon Sunge"]


def test_a_street_named_after_a_person_is_no_speaker():
    text = (
        "“Ada kenaikan 50,8 persen dari tahun lalu,” kata Kepala BI Lampung, Budiyono.\n"
        "Seorang pemilik warung di kawasan Jalan Cut Nyak Dien, Bandar Lampung, Joko Sutiarjo "
        "(47), mengaku menggunakan pembayaran digital.\n"
        "“Jika menggunakan QRIS lebih praktis,” ujarnya."
    )
    assert direct_speakers(text) == ["Budiyono", "Joko Sutiarjo"]


def test_dotted_degrees_after_the_name_are_no_name():
    text = (
        "“Kami mendampingi 20 ibu-ibu pelaku UMKM,” kata Wakil Dekan III Fakultas Sastra UNG "
        "Jafar Lantowa, S.Pd, M.A di Gorontalo, Sabtu."
    )
    assert direct_speakers(text) == ["Jafar Lantowa"]


def test_a_role_named_earlier_in_the_sentence_finds_its_holder():
    text = (
        "Kegiatan ini mendapat perhatian dari Pangdam XVII/Cenderawasih yang baru menjabat, "
        "Mayjen TNI Muhammad Saleh Mustafa.\n"
        "“Terima kasih Danrem dan jajaran,” ucap Pangdam."
    )
    assert direct_speakers(text) == ["Muhammad Saleh Mustafa"]


def test_a_person_noun_right_after_the_name_introduces_a_person():
    text = (
        "Bupati Hendy Siswanto menampung aspirasi warga.\n"
        "Dalam kesempatan itu, Sumartini pelaku UMKM asal Desa Tanjungrejo menyampaikan "
        "keluh kesahnya.\n"
        "“Kami minta difasilitasi studi banding,” katanya."
    )
    assert direct_speakers(text) == ["Sumartini"]


@pytest.mark.parametrize(
    "intro, cue, name",
    [
        ("Menteri PKP Marruarar Sirait atau yang kerap disapa Ara berbelanja di stand UMKM.",
         "ucap Ara", "Marruarar Sirait"),
        ("Kepala UPTD Pengelola Dana Bergulir (PDB) Dinas Koperasi Kota Cilegon Siti Maheli "
         "mengatakan pinjaman tanpa bunga.", "ujarnya", "Siti Maheli"),
        ("PLT Kabid Usaha Kecil Dinas Koperasi Provinsi Maluku, Robby de Queljoe merincikan data.",
         "ujarnya", "Robby de Queljoe"),
        ("Kadis Kumperindag Provinsi Gorontalo, Risjon Sunge mengatakan koperasi bertambah.",
         "kata Risjon.***", "Risjon Sunge"),
        ("Yang membuka pameran di atrium mal itu adalah Wagub Jatim Emil Dardak.", "ujarnya",
         "Emil Dardak"),
        ("Ketua Forum UMKM Heru Prasetyo menjelaskan pameran digelar.\n"
         "Putra sulung presiden Jokowi, Gibran Rakabuming Raka, mengonfirmasi rencana itu.",
         "katanya", "Gibran Rakabuming Raka"),
    ],
)  # fmt: skip
def test_nicknames_office_names_surname_particles_and_predicate_names(intro, cue, name):
    text = f'{intro}\n"Kami terus mendorong pelaku UMKM naik kelas," {cue}'
    assert direct_speakers(text) == [name]


def test_english_unit_words_and_degrees_stay_out_of_the_name():
    text = (
        '"Mahasiswa akan observasi ke UMKM," jelas Latipun PhD, Kepala Hubungan International '
        "UMM pada wartawan."
    )
    assert direct_speakers(text) == ["Latipun"]


@pytest.mark.parametrize(
    "intro, cue, name",
    [
        ("Wali Kota Palu Hadianto Rasyid membuka pasar Ramadhan. Warga dari Sigi ikut berbelanja.",
         "ujar warga Sigi Aldi", "Aldi"),
        ("Plt Kepala Dinas Koperasi Kabupaten Tangerang Teddi Suwardi mengatakan sertifikasi "
         "halal wajib. Teddi menambahkan prosesnya cepat.", "ujar teddi", "Teddi Suwardi"),
        ("Gubernur Sulawesi Barat, Suhardi Duka (SDK), menginisiasi koperasi pegawai.",
         "ujar SDK", "Suhardi Duka"),
        ("Kepala Dinas Koperasi Kabupaten Kediri Syaifudin Zuchri menjelaskan bantuan produktif.",
         "kata S. Zuchri", "Syaifudin Zuchri"),
        ("Senior Executive Vice President Micro and Consumer Finance Bank Mandiri Josephus K "
         "Triprakoso melalui keterangan tertulisnya menyebut kredit tumbuh.", "katanya",
         "Josephus K Triprakoso"),
        ("Gubernur Jawa Barat, Ridwan Kamil menyoroti komposisi kredit Bank BJB.",
         "kata orang nomor satu di Jabar itu", "Ridwan Kamil"),
    ],
)  # fmt: skip
def test_regions_typed_names_loose_initials_and_descriptions(intro, cue, name):
    text = f'{intro}\n"Kami terus mendorong pelaku UMKM naik kelas," {cue}.'
    assert direct_speakers(text) == [name]


@pytest.mark.parametrize(
    "intro, after, name",
    [
        ("Wali Kota Palu Hadianto Rasyid menyerahkan bantuan peralatan usaha.",
         "Hadianto saat menyerahkan bantuan di Palu, Sabtu.", "Hadianto Rasyid"),
        ("Wali Kota Palu Hadianto Rasyid menyerahkan bantuan peralatan usaha.",
         "demikian Hadianto.", "Hadianto Rasyid"),
        ("Penjabat Gubernur Papua Barat Paulus Waterpauw mengunjungi Balai Koperasi.",
         "lanjut Waterpauw.", "Paulus Waterpauw"),
        ("Wali Kota Surabaya Eri Cahyadi meminta UMKM pantang menyerah.", "kata Cak Eri.",
         "Eri Cahyadi"),
        ("Kepala Dinas Koperasi Kabupaten Muna LM Hajar Sosi menjelaskan pendataan UMKM.",
         "ujarnya.", "LM Hajar Sosi"),
        ("Kepala Dinas Koperasi Kota Banda Aceh M. Nurdin S.Sos membuka bazar UMKM.", "ujarnya.",
         "M. Nurdin"),
    ],
)  # fmt: skip
def test_wire_style_attribution_honorifics_prefixes_and_degrees(intro, after, name):
    text = f'{intro}\n"Bantuan ini stimulus bagi pelaku usaha," {after}'
    assert direct_speakers(text) == [name]


@pytest.mark.parametrize(
    "intro, cue, name",
    [
        ("Kunjungan Mentri Sandi ke Lombok Timur disambut pelaku UMKM. Menteri Pariwisata "
         "Sandiaga Salahuddin Uno membeli produk lokal.", "kata Mentri Sandi",
         "Sandiaga Salahuddin Uno"),
        ("Ketua Dekranasda NTB Niken Saptarini Widyawati menghadiri pameran jelang World "
         "Superbike di Mandalika.", "ujarnya", "Niken Saptarini Widyawati"),
    ],
)  # fmt: skip
def test_misspelled_titles_and_english_event_names(intro, cue, name):
    text = f'{intro}\n"Kami berharap sinergi terus terjalin," {cue}.'
    assert direct_speakers(text) == [name]


def test_a_name_shortened_to_its_ending_is_the_full_name():
    text = (
        "Bupati Serang Ratu Rachmatuzakiyah membuka pelatihan kewirausahaan.\n"
        '"Pemerintah daerah selalu siap membantu," kata Ratu Zakiyah.'
    )
    assert direct_speakers(text) == ["Ratu Rachmatuzakiyah"]


def test_a_name_once_typed_in_lower_case_keeps_its_whole_form():
    text = (
        "Kepala Dinas Koperasi dan UMKM Sultra, La Ode Saifuddin, membuka pelatihan.\n"
        '"Masih sementara pendataan dan verifikasi," terang La Ode Saifuddin.\n'
        "Namun demikian, kata saifuddin, tiga daerah belum masuk.\n"
        '"Terbatas waktu karena satu bulan," jelas La Ode Saifuddin.'
    )
    assert direct_speakers(text) == ["La Ode Saifuddin", "La Ode Saifuddin"]


def test_a_district_before_a_name_is_a_place():
    text = (
        "Bazar digelar di Kecamatan Cengkareng dan Kalideres.\n"
        "Salah satu pedagang di Kecamatan Cengkareng Agustin dan Linda, mengatakan, semua "
        "gratis.\n"
        '"Senang sih pak, gak ada biaya," kata Agustin.'
    )
    assert direct_speakers(text) == ["Agustin"]


def test_the_named_speaker_stays_current_after_other_names_in_the_attribution():
    text = (
        '"Yang mendaftar kebanyakan petani," kata Sekretaris Koperasi Merah Putih Kelurahan '
        "Tubo, Fahri Taher saat ditemui.\n"
        "Lebih lanjut, ia menambahkan soal NPWP.\n"
        '"Pengurus sudah dibentuk. Badan hukum sudah," tambahnya.'
    )
    assert direct_speakers(text) == ["Fahri Taher", "Fahri Taher"]


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        ("Ketua Umum HIPMI Mardani H. Maming", "Mardani H. Maming"),
        ("Kepala Dinas Koperasi Kota Ternate, Sarif Hi Sabatun,", "Sarif Hi Sabatun"),
    ],
)
def test_haji_written_inside_a_name_keeps_the_name_whole(intro, name):
    text = (
        f'{intro} menyerahkan bantuan.\n"Saya minta pelaku usaha tertib," kata {name.split()[-1]}.'
    )
    assert direct_speakers(text) == [name]


@pytest.mark.parametrize(
    ("dateline", "role"),
    [
        ("Liputan6.com, Jakarta - Ketua Umum", "Ketua Umum"),
        ("KONTAN.CO.ID, JAKARTA. Presiden", "Presiden"),
        ("REPUBLIKA.CO.ID, SURABAYA--Wakil Wali Kota", "Wakil Wali Kota"),
        ("Sementara, Branch Manager", "Branch Manager"),
        ("JAKARTA - Plt. Kepala", "Plt. Kepala"),
    ],
)
def test_the_dateline_stays_out_of_the_role(dateline, role):
    text = f'{dateline} Budi Santoso mengatakan, "Pelaku usaha harus naik kelas."'
    speaker = extract_facts(text).quotes[0].speaker
    assert (speaker.name, speaker.role) == ("Budi Santoso", role)


@pytest.mark.parametrize(
    ("intro", "cue", "name"),
    [
        ("Kadis Perindag Gianyar Wayan Suamba membuka pameran.", "jelas Wayan Suamba",
         "Wayan Suamba"),
        ("Kepala Perwakilan BI Kaltim Tutuk SH Cahyono membuka pelatihan.", "ujar Cahyono",
         "Tutuk SH Cahyono"),
        ("Ketua paguyuban, Ny Heri Dwiyanti, membuka kopdar.", "kata Heri", "Heri Dwiyanti"),
    ],
)  # fmt: skip
def test_office_then_place_initials_inside_and_honorifics(intro, cue, name):
    text = f'{intro}\n"Pelaku usaha harus naik kelas," {cue}.'
    assert direct_speakers(text) == [name]


def test_a_name_with_its_capacity_after_it_is_a_person():
    text = (
        "Hal ini dijelaskan Nurledi Selaku Kepala Bidang Koperasi dan UMKM Disperindag Kota "
        "Pangkalpinang.\n"
        '"Industri semakin berkembang," ujarnya.'
    )
    speaker = extract_facts(text).quotes[0].speaker
    assert (speaker.name, speaker.role) == (
        "Nurledi",
        "Kepala Bidang Koperasi dan UMKM Disperindag Kota Pangkalpinang",
    )


def test_a_name_in_what_someone_said_does_not_become_the_speaker():
    text = (
        '"UMKM kuliner sedang menggeliat," kata Kepala Dinas Koperasi Sumbar Nazwir.\n'
        "Nazwir menyampaikan Gubernur Sumbar Mahyeldi telah meminta setiap SKPD punya UMKM.\n"
        '"Konsumsi rapat bisa dipasok dari UMKM," kata dia.'
    )
    assert direct_speakers(text) == ["Nazwir", "Nazwir"]


def test_an_office_short_name_after_a_role_is_no_name():
    text = (
        "Laporan disampaikan oleh Kadis Koperindag Abdul Haris S.Sos di aula.\n"
        '"Realisasi tahap awal sebanyak 5.214 UKM," terang Kadis Koperindag.'
    )
    assert direct_speakers(text) == ["Abdul Haris"]


def test_a_title_typed_one_letter_off_is_no_name():
    text = (
        "Gubernur NTB Zulkieflimansyah meminta Diskop memperbaiki data UMKM.\n"
        '"Sekarang lebih baik, karena datanya lengkap," kata Gubenur.'
    )
    assert direct_speakers(text) == ["Zulkieflimansyah"]


def test_the_role_keeps_its_place_after_a_dateline():
    text = (
        "KONTAN.CO.ID, JAKARTA. Ketua Himpunan Pengusaha Muda Indonesia (HIPMI), Sumatera "
        'Utara Budi Santoso mengatakan, "Pelaku usaha harus naik kelas."'
    )
    speaker = extract_facts(text).quotes[0].speaker
    assert (speaker.name, speaker.role, speaker.organization) == (
        "Budi Santoso",
        "Ketua",
        "Himpunan Pengusaha Muda Indonesia (HIPMI), Sumatera Utara",
    )


def test_a_town_written_after_lower_case_kota_is_a_place():
    text = (
        "Bantuan diberikan oleh Wali kota Sukamaju, H. Rudi Hartono, SE di hutan kota "
        "Sukamaju.\n"
        "Ia meyakini pemerintah kota Sukamaju akan membuka kembali pasar. "
        '"Saya minta semua pedagang tertib," tegasnya.'
    )
    assert direct_speakers(text) == ["Rudi Hartono"]


def test_a_person_introduced_by_bernama_is_the_subject():
    text = (
        '"Bantuan ini tepat waktu," kata Wali Kota Sukamaju Rudi Hartono.\n'
        "Seorang pelaku usaha bernama Taufik mengatakan sangat bersyukur atas bantuan itu. "
        '"Terima kasih kepada pak Wali," ungkapnya.'
    )
    assert direct_speakers(text) == ["Rudi Hartono", "Taufik"]


def test_a_name_in_a_yang_clause_is_not_the_subject_of_the_verb_after_it():
    text = (
        "Salah satu pelaku UMKM di Makassar, Mimi Asmi, mengaku omzetnya turun.\n"
        "Mimi, yang mengelola usaha fesyen sarung Toraja, mengatakan daya beli turun. "
        '"Banyak orang yang tidak bekerja," tuturnya.'
    )
    assert direct_speakers(text) == ["Mimi Asmi"]


def test_a_title_written_alone_names_the_person_it_was_written_before():
    text = (
        "Serang - Wadir Binmas Polda Banten AKBP Zaenudin hadiri pameran IKM di Untirta.\n"
        "Saat dikonfirmasi, Wadir Binmas membenarkan dirinya hadir. "
        '"Hari ini saya menghadiri pelantikan forum IKM," katanya.'
    )
    assert direct_speakers(text) == ["Zaenudin"]



def test_a_short_name_is_the_person_it_starts():
    text = (
        "Gubernur Sukamaju Fachrori Umar meluncurkan PLUT, ditandai pemotongan pita oleh "
        "Ketua Dekranasda Sukamaju Rahima Fachrori.\n"
        '"Selamat hari koperasi," ujar Fachrori.'
    )
    assert direct_speakers(text) == ["Fachrori Umar"]


@pytest.mark.parametrize(
    "intro, elsewhere, short",
    [
        ("Kasatpel UMKM Cempaka Putih Lobo", "Bazar digelar di Cempaka Putih.", "Lobo"),
        ("Lurah Depok Jaya Herman", "UMKM khususnya Depok Jaya, harus bangkit.", "Herman"),
    ],
)
def test_a_one_word_name_after_a_place_is_cut_from_it(intro, elsewhere, short):
    text = (
        f"Di tempat yang sama, {intro} menilai kegiatan ini positif. {elsewhere}\n"
        f'"Kita harus bangkit kembali," ucap {short}.'
    )
    assert direct_speakers(text) == [short]


def test_degrees_after_a_name_stay_out_of_it():
    text = (
        "TANJUNG SELOR - Gubernur Kalimantan Utara Drs H Zainal Arifin Paliwang SH M.Hum "
        "mengikuti rapat koordinasi TPAKD.\n"
        '"Bahkan, kalau ada daerah yang belum dibiayai segera diinformasikan," tuntas '
        "Gubernur."
    )
    assert direct_speakers(text) == ["Zainal Arifin Paliwang"]


def test_initials_after_haji_start_the_name():
    text = (
        "Hal ini disampaikan Sekretaris Daerah Provinsi Kepri, H TS Arif Fadillah di "
        'Tanjungpinang. "Kita masih membentuk tim khusus," ungkap Arif.'
    )
    assert direct_speakers(text) == ["TS Arif Fadillah"]


def test_a_common_word_that_closes_a_name_twice_is_part_of_it():
    text = (
        '"Kami sudah mulai proses penyalurannya," ucap Kepala Dinas Koperasi Mamuju, '
        "Hj Sahari Bulan, Senin.\n"
        "Penyaluran di kecamatan lain, kata Sahari Bulan, dipusatkan di kantor camat.\n"
        '"Ini bentuk perhatian pemerintah," terang Sahari.'
    )
    assert direct_speakers(text) == ["Sahari Bulan", "Sahari Bulan"]


def test_a_wife_called_by_her_husbands_name_is_not_him():
    text = (
        "Peresmian ditandai penandatanganan prasasti oleh Pangdam XVIII/Kasuari, Mayjen TNI "
        "Gabriel Lema, S.Sos., sekaligus pengguntingan pita oleh Ketua Persit KCK Daerah "
        "XVIII/Kasuari, Ny. Alin Gabriel Lema yang disaksikan para pejabat Kodam.\n"
        "Dalam sambutannya, Pangdam menyampaikan UMKM mempunyai peran strategis.\n"
        '"UMKM adalah katup pengaman ekonomi," ujarnya.\n'
        "Menurut Jenderal Bintang Dua ini, UMKM merupakan benteng ekonomi nasional.\n"
        '"Kami siap membina pelaku usaha di sekitar markas."'
    )
    assert direct_speakers(text) == ["Gabriel Lema", "Gabriel Lema"]


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Menteri Koordinator Bidang Pangan Zulkifli Hasan", "Zulkifli Hasan"),
        ("Dandim 0812/Lamongan Letkol Arm Ketut Wira Purbawan", "Ketut Wira Purbawan"),
        ("Kepala Seksi Kepabeanan dan Cukai V Gresik Eko Rudi Hartono", "Eko Rudi Hartono"),
    ],
)
def test_field_corps_and_unit_number_before_a_name_stay_out_of_it(intro, name):
    assert direct_speakers(f'{intro} mengatakan, "Kami siap membina UMKM."') == [name]


def test_a_degree_written_after_an_initial_is_no_person():
    text = (
        "Kabid Koperasi dan UMKM Kabupaten Gorontalo, Bonny Moonti, S.Sos, mengungkapkan "
        'kegiatan ini lahir dari instruksi Bupati. "Saat ini ada dua gerai," katanya.'
    )
    assert direct_speakers(text) == ["Bonny Moonti"]


def test_an_editor_tag_after_the_name_is_dropped():
    text = (
        "Kapolsek Sentani Timur, Iptu Susana Tercuari, mengatakan pendampingan terus berjalan.\n"
        '"Mama-mama ini sudah lama membuat lukisan kulit kayu," ujar Susana.[red]'
    )
    assert direct_speakers(text) == ["Susana Tercuari"]


def test_a_connective_opening_a_sentence_is_no_person():
    text = (
        "Kepala Dinas Koperasi dan UMKM Lamsel, Aryantoni mengatakan koperasi tidak aktif "
        "akan dihapus.\n"
        "Berkenaan, dengan pelaku UMKM, dinas akan terus melakukan pembinaan.\n"
        '"Kalau untuk UMKM berjumlah ribuan," katanya.'
    )
    assert direct_speakers(text) == ["Aryantoni"]


def test_the_name_after_an_acronym_and_the_organizations_name_is_cut_from_it():
    text = (
        "Kelompok Usaha Mikro Kecil Menengah (UMKM) Pribumi, Purbalingga, mengekspor kopi.\n"
        "Ketua UMKM Pribumi Muhajirin mengungkapkan kopi diserap dari petani.\n"
        '"Kami sudah kontrak dengan buyer," ungkap Muhajirin.'
    )
    assert direct_speakers(text) == ["Muhajirin"]


def test_the_place_a_resident_lives_in_is_no_person():
    text = (
        "Tenun ikat bukan sekadar kain bagi Febronia Ulan (51), warga Tuak Daun Merah (TDM), "
        "Kota Kupang. Ia merajut harapan bagi keluarganya.\n"
        '"Dari kecil saya sudah menenun," ujarnya.'
    )
    assert direct_speakers(text) == ["Febronia Ulan"]


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Bupati Bondowoso Drs KH Salwa Arifin", "Salwa Arifin"),
        ("Jidoy sapaan akrab Haji Edi Heryana", "Edi Heryana"),
    ],
)
def test_kyai_haji_and_haji_are_no_part_of_the_name(intro, name):
    assert direct_speakers(f'{intro} mengatakan, "Kami siap membina UMKM."') == [name]


def test_one_of_them_named_between_commas_is_the_subject():
    text = (
        '"Pasar murah ini membantu warga," ujar Kapolda Sulteng Irjen Agus Nugroho.\n'
        "Salah satu pelaku UMKM dari Palu Barat, Rina, mengaku senang bisa terlibat.\n"
        '"Alhamdulillah, dagangan kami cepat laku," ujarnya.'
    )
    assert direct_speakers(text) == ["Agus Nugroho", "Rina"]


def test_a_description_nobody_holds_is_the_person_being_quoted():
    text = (
        "Hal itu diungkapkan anggota Komisi VI DPR RI, Deddy Yevri Hanteru Sitorus di "
        "Tanjung Selor.\n"
        "Pria yang akrab disapa Deddy Sitorus ini menegaskan, kawasan industri akan "
        "mempekerjakan ratusan orang.\n"
        '"Bayangkan berapa banyak beras dibutuhkan," tegas Politisi PDI Perjuangan.\n'
        '"Kami merasa lebih tenang," kata salah satu pelaku usaha yang hadir.'
    )
    assert direct_speakers(text) == ["Deddy Yevri Hanteru Sitorus", None]


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Ketua GARPU Habib Mohsen Hasan Alhinduan", "Mohsen Hasan Alhinduan"),
        ("Bendahara Koperasi Pasar Minggu, Upik", "Upik"),
    ],
)
def test_religious_titles_and_posts_stay_out_of_the_name(intro, name):
    text = f'{intro} menjelaskan program koperasi.\n"Kami siap membina UMKM," katanya.'
    assert direct_speakers(text) == [name]


def devset_text(split, prefix):
    """A real article body of the dev set."""
    folder = Path(__file__).parent / "devset" / split / "texts"
    return next(folder.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_a_long_office_title_and_the_place_and_day_before_the_verb_keep_the_speaker():
    # "Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, ..., Elius Gani di
    # Sungailiat, Sabtu mengatakan"
    assert set(direct_speakers(devset_text("blind58", "bp20"))) == {"Elius Gani"}


def test_traders_named_with_an_appositive_are_the_speakers_of_what_follows():
    text = (
        '"Bantuan ini stimulan," kata Bupati Tulangbawang, Winarti.\n'
        "Sementara, Ibu Eli, salah satu pedagang di Pasar Putri Agung Menggala mengatakan, "
        '"Kadang dapat uang Rp50 ribu sehari," ungkapnya.\n'
        "Kemudian Mursalin, pedagang ikan yang tinggal di Perumahan Pasar Putri Agung, "
        'mengaku senang, "Kami senang dengan bantuan ini," sebutnya.'
    )
    assert direct_speakers(text) == ["Winarti", "Eli", "Mursalin"]


def test_the_place_of_a_numbered_unit_is_no_person():
    # "Refinery Unit (RU) VII Kasim Papua Barat" after "... Pertamina Agus Suprijanto"
    assert direct_speakers(devset_text("blind60", "br24")) == ["Agus Suprijanto"] * 2


def test_a_town_named_alone_is_not_the_person_whose_name_it_starts():
    # "di Batang, Rabu" is the town, not "Batang Siswoyo" (a name run glued to its town)
    speakers = direct_speakers(devset_text("blind3", "d15"))
    assert speakers[:2] == ["Akhmad Farhan"] * 2


def test_traders_and_visitors_in_a_vox_pop_are_each_the_speaker():
    text = (
        "Para pedagang menyambut positif bazar ini. Oji, salah satu penjual es di lokasi, "
        'mengaku senang. "Saya suka jualan di bazar," katanya.\n'
        "Sulis, salah seorang pengunjung, juga gembira. "
        '"Saya dari kampung merantau ke Batam," ujarnya.\n'
        "Nafiza, penjual Pop Ice, mengaku kesulitan. "
        '"Kadang hanya dapat Rp20 ribu sehari," ujarnya.'
    )
    assert direct_speakers(text) == ["Oji", "Sulis", "Nafiza"]


# -- round 27: tuned on blind65-76 --------------------------------------------------------


def test_the_person_accompanying_the_speaker_is_not_the_speaker():
    text = (
        '"Data pelaku usaha selalu berubah," kata Kepala Dinas Koperasi OKU Tomi Hasan '
        "didampingi Kabid UMKM Erna Wati, kemarin.\n"
    )
    assert direct_speakers(text) == ["Tomi Hasan"]


@pytest.mark.parametrize(
    "intro", ["Ketua Komisi B Fajar Ramdani", "Wakil Ketua Komisi D DPRD Sukamaju Fajar Ramdani"]
)
def test_the_letter_of_a_commission_stays_out_of_the_name(intro):
    text = f'{intro} mengatakan rapat digelar hari ini. "Kami undang dinas koperasi," ujarnya.'
    assert speakers(text) == ["Fajar Ramdani", "Fajar Ramdani"]


def test_batak_boru_written_br_stays_inside_the_name():
    text = (
        "Deputi Bidang Pemasaran Kementerian Koperasi dan UKM, Rosalina Br. Sitorus, mengatakan "
        "pemerintah terus mendampingi pelaku usaha.\n\n"
        '"Kami ingin UKM naik kelas," ujarnya.'
    )
    assert direct_speakers(text) == ["Rosalina Br. Sitorus"]


def test_a_person_introduced_after_menurut_speaks_the_quote_after_another_speaker():
    text = (
        'Salah satu pegawai, Hendra Saputra mengaku tidak keberatan. "Kami senang," tuturnya.\n\n'
        "Sementara itu, menurut Yuni, salah satu peserta bazar yang berjualan kue, dirinya "
        "terbantu dengan program ini.\n\n"
        '"Alhamdulillah penjualan naik pesat," katanya.'
    )
    assert direct_speakers(text) == ["Hendra Saputra", "Yuni"]


def test_the_name_after_the_place_of_one_of_many_is_the_speaker():
    text = (
        '"Kalau bisa acaranya lebih sering," kata salah satu pelaku UMKM di Sukamaju, '
        "Bagus Harjo, di Sukamaju, Minggu.\n\n"
        '"Kami bisa habiskan 12 kilogram ikan," kata dia.'
    )
    assert direct_speakers(text) == ["Bagus Harjo", "Bagus Harjo"]


# -- round 28: tuned on blind77-80 --------------------------------------------------------


@pytest.mark.parametrize(
    "intro, name",
    [
        ("Kapolda Maluku Utara Irjenpol Budi Sartono", "Budi Sartono"),
        ("Ketua Dekranas Sri Wulandari", "Sri Wulandari"),
        ("Ketua Harian Dekranasda Aceh Sri Wulandari", "Sri Wulandari"),
        ("Bupati Tabanan AA. Gede Putra Wirawan", "AA. Gede Putra Wirawan"),
    ],
)  # fmt: skip
def test_glued_police_ranks_and_craft_councils_stay_out_of_the_name(intro, name):
    text = f'"Kami dukung produk lokal," kata {intro}, Senin.\n\n"Pasarnya luas," ujarnya.'
    assert direct_speakers(text) == [name, name]


def test_the_name_after_an_organization_and_its_place_is_the_person():
    text = (
        "Koordinator UMKM Lamaholot – Lembata, Bernadus Keraf, ketika ditemui di arena pameran, "
        'menjelaskan timnya datang atas inisiatif sendiri. "Kami bersyukur bisa ikut," ujarnya.'
    )
    assert direct_speakers(text) == ["Bernadus Keraf"]


def test_a_shortened_last_name_is_the_person_named_in_full():
    text = (
        "Hal ini ditegaskan oleh Bupati Sukamaju, Ratu Rachmatuzahra, dalam pelatihan "
        'kewirausahaan.\n\n"Pemerintah daerah selalu siap," ujar Ratu Zahra dalam sambutannya.\n\n'
        "Ratu Zahra menyebut pelatihan ini bagian dari visi daerah.\n\n"
        '"Jadilah agen perubahan," ujarnya.'
    )
    assert direct_speakers(text) == ["Ratu Rachmatuzahra", "Ratu Rachmatuzahra"]


def test_the_post_given_by_yang_juga_introduces_the_speaker():
    text = (
        "Gubernur Sukamaju Dominikus Rumbiak menegaskan pentingnya produk lokal.\n\n"
        "Ketua panitia, Enos Wanggai, yang juga Kepala Dinas Koperasi Sukamaju, menyebut "
        'pameran ini menjadi wadah.\n\n"Peserta akan mendapat penilaian," jelasnya.'
    )
    assert direct_speakers(text) == ["Enos Wanggai"]


def test_a_statement_said_by_someone_makes_them_the_speaker():
    text = (
        '"Hampir tidak ada yang laku," keluh Ema, salah satu pelaku UMKM yang ikut serta.\n\n'
        "Hal yang sama disampaikan oleh Hasidah Rahmawati, perwakilan Dinas Perdagangan, "
        'mengakui sosialisasi minim. "Kami akan evaluasi pasar murah ini," ujarnya.'
    )
    assert direct_speakers(text) == ["Ema", "Hasidah Rahmawati"]


def test_a_complaint_voiced_by_someone_right_after_the_passive_verb_is_theirs():
    text = (
        "Menurut Paul Simanjuntak, pelaku UMKM di Kota Medan masih sulit.\n\n"
        "Salah satunya disampaikan Devita Purba yang mengaku belum pernah mendapat pembinaan. "
        '"Jadi perlindungan seperti apa yang diberikan?" tanyanya.'
    )
    assert direct_speakers(text) == ["Devita Purba"]


def test_gus_and_bunda_are_honorifics_before_a_short_name():
    text = (
        "Wakil Gubernur Sukamaju Taj Yasin Maimun membuka pameran.\n\n"
        '"Syukur para pengurus aktif," kata Gus Yasin.'
    )
    assert direct_speakers(text) == ["Taj Yasin Maimun"]


def test_a_program_with_its_acronym_is_no_speaker():
    text = (
        "Koperasi ini menjadi pemasok program Makan Bergizi Gratis (MBG) di Sukamaju.\n\n"
        '"Modal dari bank sampai sekarang belum cair," harapnya.'
    )
    assert direct_speakers(text) == [None]


def test_a_speech_verb_written_capitalized_ends_the_name():
    text = (
        "Bupati Sukamaju Syahrul Adnan Hasibuan SE Mengatakan bantuan ini untuk modal usaha.\n\n"
        '"Penyerahan dana bantuan ini tahap pertama," ujarnya.'
    )
    assert direct_speakers(text) == ["Syahrul Adnan Hasibuan"]


def test_a_regency_secretary_written_short_is_a_role():
    text = (
        'Sekdakab Tanah Datar Iqbal Ramadi Payana menyebut dana itu dari DAU. "Tahun ini '
        'melalui DAU kita latih 204 IKM," ujarnya.'
    )
    assert direct_speakers(text) == ["Iqbal Ramadi Payana"]


@pytest.mark.parametrize("full, short", [("Sukarno", "Karno"), ("M. Hidayat", "Dayat")])
def test_a_name_called_without_its_first_syllable_is_that_person(full, short):
    text = (
        f"{full} (61), pemilik usaha cuci mobil di Sidoarjo, mengakui kerap meminjam KUR.\n\n"
        f'"Awal-awal pinjam BRI karena tanah ini harus diuruk," kata {short} kepada wartawan.'
    )
    assert direct_speakers(text) == [full]


# -- round 30: tuned on blind81-84 --------------------------------------------------------


@pytest.mark.parametrize("opener", ["Puluhan", "Termasuk"])
def test_a_quantity_or_connective_opening_a_sentence_is_no_person(opener):
    text = (
        '"Pelatihan ini bagian dari program nasional," kata Kepala Dinas Koperasi Probolinggo '
        "Sugeng Wiyanto.\n\n"
        f"{opener} pelaku UMKM perempuan itu mendapat bimbingan dari dua narasumber.\n\n"
        '"Dalam jangka panjang, pelatihan itu diharapkan berlanjut," katanya.'
    )
    assert direct_speakers(text) == ["Sugeng Wiyanto", "Sugeng Wiyanto"]


def test_an_office_does_not_swallow_the_name_of_the_one_speaking_for_it():
    text = (
        "Kabid Koperasi, Dinas Koperasi dan UKM, Pemprov Babel Sopiar, mengatakan kegiatan "
        'dilakukan bertahap.\n\n"Giat kita lakukan," kata Sopiar kepada wartawan.'
    )
    assert direct_speakers(text) == ["Sopiar"]


def test_a_craftsman_before_the_name_stays_out_of_it():
    text = 'Pengrajin I Ketut Widiadnyana mengatakan produknya laku. "Tanpa sambungan," ujarnya.'
    assert direct_speakers(text) == ["I Ketut Widiadnyana"]


def test_the_speaker_described_by_a_former_post_at_an_inspectorate_is_the_one_speaking():
    text = (
        "Kepala Dinas Koperasi, Agus Suyanto mengatakan 21 ribu pelaku usaha telah mendaftar.\n\n"
        '"Yang menentukan adalah Kementerian Koperasi," terang mantan Kepala Inspektorat '
        "Lamongan."
    )
    assert direct_speakers(text) == ["Agus Suyanto"]


def test_a_party_in_brackets_after_the_name_is_no_speaker():
    text = (
        '"Perda ini harus diterapkan," ujar Ketua Komisi IV DPRD Medan, Paul Mei Anton, SH '
        "(PDI Perjuangan), saat sosialisasi."
    )
    assert direct_speakers(text) == ["Paul Mei Anton"]


def test_jan_and_mei_are_given_names_outside_dates():
    text = (
        "Kepala Dinas Koperasi dan UMKM Manokwari Jan Ayomi di Manokwari, Selasa, 12 Jan 2024, "
        'menerangkan bantuan itu untuk 330 pelaku usaha.\n\n"Bantuan ini kami berikan agar '
        'mereka naik kelas," jelas Jan.'
    )
    assert direct_speakers(text) == ["Jan Ayomi"]


def test_one_of_them_named_without_commas_is_the_speaker():
    text = (
        "Bantuan diserahkan langsung oleh Pejabat Gubernur Papua Tengah, Ribka Haluk.\n\n"
        "Flora Nawipa salah satu penerima kontainer berkata ia sering dicemooh.\n\n"
        '"Saya ini anak seorang perintis," tuturnya.'
    )
    assert direct_speakers(text) == ["Flora Nawipa"]


def test_a_name_after_begitu_juga_is_the_subject():
    text = (
        'Aminah, seorang pedagang sayur, datang sejak pagi. "Kami menempuh 10 kilometer," '
        "katanya.\n\n"
        "Begitu juga Suryadi, seorang warga Kalanganyar, mengatakan pihaknya butuh modal.\n\n"
        '"Kami sekarang pendapatan kotor saja kurang," ujarnya.'
    )
    assert direct_speakers(text) == ["Aminah", "Suryadi"]


# -- round 32: tuned on blind85-88 --------------------------------------------------------


def test_the_class_of_an_office_stays_out_of_the_name():
    text = (
        "Kepala Balai Karantina Pertanian Kelas I Bandarlampung Donni Muksydayan mengatakan "
        'ekspor naik.\n\n"Beberapa waktu lalu ada ekspor keripik," kata Donni.'
    )
    assert direct_speakers(text) == ["Donni Muksydayan"]


def test_mendagri_is_a_role_before_a_short_name():
    text = (
        "Rapat dipimpin oleh Menteri Dalam Negeri (Mendagri), Tito Karnavian.\n\n"
        '"Program ini tidak bisa ditunda," tegas Mendagri Tito.'
    )
    assert direct_speakers(text) == ["Tito Karnavian"]


def test_an_initial_written_without_a_period_stands_for_the_full_first_name():
    text = (
        "Kepala Dinas Koperasi Banda Aceh, Muhammad Nurdin, membuka pameran.\n\n"
        '"Berkembang dan terus tumbuhnya UMKM penting," kata M Nurdin.'
    )
    assert direct_speakers(text) == ["Muhammad Nurdin"]


# -- no person: terms, programs and a title's preposition (mention-level pilot) ------------


def persons(text):
    return [e.name for e in extract_facts(text).entities if e.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "Saat ini 25.074 pelaku UMKM memiliki Nomor Induk Berusaha (NIB), kata Wali Kota.",
        "Bank Jateng mencatat tingkat Non Performing Loan (NPL) mencapai 0,8 persen.",
        "Sebanyak 144 pengurus dari 72 Koperasi Merah Putih (KDKMP) ikut pelatihan.",
        "Desa di Lombok Barat telah membentuk Koperasi Merah Putih. Pemkab ingin koperasi sehat.",
        "Hal itu dibahas dalam Peraturan Wali Kota (Perwal) Tentang Kewajiban ASN Belanja UMKM.",
        "Para pelaku UKM dan Ekraf tetap bertahan selama pandemi.",
    ],
)
def test_terms_programs_and_title_words_are_no_persons(text):
    assert persons(text) == []


def test_a_country_is_no_person():
    text = (
        "Menteri Teten mengisahkan, beberapa tahun lalu pernah ada seorang guru besar Jerman "
        "yang membicarakan Moringa dengannya."
    )
    assert persons(text) == ["Teten"]


def test_a_village_cooperative_written_short_is_no_person():
    text = (
        "Menteri UMKM Maman Abdurrahman menilai keberadaan Koperasi Desa/Kelurahan (Kopdeskel) "
        "Merah Putih tak merebut pangsa pasar pelaku UMKM. Menurut Maman, UMKM justru dapat "
        "menjadi bagian Kopdeskel Merah Putih.\n\nMaman menegaskan Kopdeskel Merah Putih "
        "bukanlah sebuah ancaman bagi UMKM."
    )
    assert persons(text) == ["Maman Abdurrahman"]
