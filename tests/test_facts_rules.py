"""Figure and quote rules on short passages written the way Indonesian news writes them."""

import pytest

from scrapers.extract.facts import extract_facts


def figures(text):
    return [(f.value, f.value_max, f.unit, f.qualifier) for f in extract_facts(text).figures]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bantuan sebesar Rp 20 ribu per orang.", (2e4, None, "IDR", None)),
        ("Ekspor mencapai US$1,5 miliar tahun lalu.", (1.5e9, None, "USD", "mencapai")),
        ("Pinjaman Rp1-5 juta tanpa agunan.", (1e6, 5e6, "IDR", None)),
        ("Modal usaha mulai Rp 1 hingga 5 miliar.", (1e9, 5e9, "IDR", None)),
        ("Omzet naik 2 kali lipat dibanding tahun lalu.", (2, None, "times", None)),
        ("Sebanyak 13 persen UMKM sudah go digital.", (13, None, "percent", None)),
        ("Ada sekitar 1-2 jutaan UMKM di Jakarta.", (1e6, 2e6, "UMKM", "sekitar")),
        ("Disalurkan kepada 9,8 juta pelaku usaha mikro.", (9.8e6, None, "pelaku usaha", None)),
        ("Targetnya hampir 64 persen perempuan.", (64, None, "percent", "hampir")),
        ("Kuota KUR kurang dari Rp 500 juta.", (5e8, None, "IDR", "kurang dari")),
        ("Program ini melatih delapan program unggulan.", (8, None, "program", None)),
        ("Sebanyak 11 pelaku usaha lolos seleksi.", (11, None, "pelaku usaha", None)),
        ("Penyaluran rata-rata Rp30an triliun per bulan.", (3e13, None, "IDR", "sekitar")),
        ("Pesertanya rata-rata berusia 40-an tahun.", (40, None, "tahun", "sekitar")),
        ("Pendampingan dibagi dalam empat level kemahiran.", (4, None, "level", None)),
    ],
)
def test_figure(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Hal itu diatur dalam Pergub Nomor 102 Tahun 2018 tentang PKT.",
        "Acara digelar pada 16-20 November di Jakarta.",
        "Webinar berlangsung Jumat (27/11) pukul 10.00 WIB.",
        "Target RPJMD 2017-2022 sudah dibahas pada kuartal 3 tahun ini.",
        "Hubungi WhatsApp ke nomor 0811 9787 670 untuk informasi.",
        "Kebijakan PPKM Level 4 diperpanjang.",
        "Samsung Galaxy S6 Edge dan layanan 4G diluncurkan.",
        "Ia berada di ranking 36 pada tahun keempat.",
        "Kode berita (OL-2) dan (H-4) ditulis redaksi.",
        "Peraturan Bank Indonesia (PBI) No 14/22/PBI/2012 berlaku.",
        "Sudah ada sekitar 200an naik kelas tahun ini.",
        "Literasi keuangan diperluas ke daerah 3T dan protokol 5M tetap dijalankan.",
        "Semarang, Idola 92,6 FM – Sebanyak UMKM di Jawa Tengah memakai QRIS.",
        "Pameran berlangsung pada 17 May dan bazar dibuka 2 Ramadan di alun-alun.",
    ],
)
def test_not_figures(text):
    assert figures(text) == []


def quotes(text):
    return [
        (q.text, q.speaker.name if q.speaker else None, q.cue)
        for q in extract_facts(text).quotes
        if q.type == "direct"
    ]


def test_attribution_forms():
    text = (
        "Menteri Koperasi dan UKM Teten Masduki meninjau pasar.\n"
        '"Kami dorong UMKM naik kelas," kata Teten.\n'
        'Menurut Teten, "Pembiayaan harus lebih mudah."\n'
        'Teten mengatakan, "KUR akan ditambah tahun depan."\n'
        '"Bunga tetap enam persen," ujarnya.\n'
    )
    got = quotes(text)
    assert [s for _, s, _ in got] == ["Teten Masduki"] * 4
    assert [c for _, _, c in got] == ["kata", "menurut", "mengatakan", "ujarnya"]


def test_role_reference_and_anaphor():
    text = (
        "Menteri Perhubungan (Menhub) Budi Karya Sumadi menyebut harga avtur naik.\n"
        '"Avtur adalah 40 persen dari biaya," ujar Menhub.\n'
        "Menteri Pendayagunaan Aparatur Negara Yuddy Chrisnandi hadir.\n"
        '"Siapa yang tidak produktif akan dirasionalisasi," kata politisi Partai Hanura itu.\n'
    )
    assert [s for _, s, _ in quotes(text)] == ["Budi Karya Sumadi", "Yuddy Chrisnandi"]


def test_quote_across_baca_juga_insert():
    text = (
        "Airlangga Hartarto menyerahkan KUR di Kotagede.\n\n"
        'Baca Juga: Tukang Kredit Keliling Terjangkit Corona"\n\n'
        'Dan kalau ada kebutuhan terhadap modal kerja, seperti warung ini, tetap dibantu,"'
        " jelasnya.\n"
    )
    got = quotes(text)
    assert got == [
        (
            "Dan kalau ada kebutuhan terhadap modal kerja, seperti warung ini, tetap dibantu",
            "Airlangga Hartarto",
            "jelasnya",
        )
    ]


def test_titles_and_scare_quotes_are_not_speech():
    text = (
        'Dinas menggelar program "UMKM Naik Kelas" di Semarang. Film "The Beach" '
        'terkenal. Gerakan "cashless society" didorong.'
    )
    assert quotes(text) == []


def test_unbalanced_quote_is_dropped():
    text = (
        'Ia menjelaskan target. "Nanti kita yang kalkulasi sehingga bisa sampai 30 persen?'
        " kata dia.\n* Info lain."
    )
    assert quotes(text) == []


def test_nickname_alias():
    text = (
        "Hal ini diungkapkan Muhammad Buldansyah, Wakil Presiden Direktur"
        " PT Hutchison 3 Indonesia.\n"
        "Pria yang akrab disapa Dani ini optimistis.\n"
        '"Layanan data terus tumbuh di Indonesia, jadi kami siap," ucap Dani.\n'
    )
    assert quotes(text)[0][1] == "Muhammad Buldansyah"


def test_elided_noun_after_adjective_takes_the_previous_unit():
    text = "Sebanyak 27 penerbangan domestik dan dua internasional dari Malaysia dibatalkan."
    assert [(v, u) for v, _, u, _ in figures(text)] == [(27, "penerbangan"), (2, "penerbangan")]


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah daerah menjalankan program 1 rekening 1 pelajar di sekolah.",
        "Gerakan 1 Desa 1 Produk digalakkan di Jawa Timur.",
        "Ia ikut Gerakan Nasional 1000 Startup Digital tahun lalu.",
        "Pemkab meluncurkan satu desa satu produk untuk UMKM.",
    ],
)
def test_numbered_names_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "intro, short, name",
    [
        ("Kepala Eksekutif Pengawas Pasar Modal, Edukasi dan Perlindungan Konsumen Tirta Segara",
         "Tirta", "Tirta Segara"),
        ("Ketua Umum Asosiasi Pengusaha Ritel Indonesia Roy Mandey", "Roy", "Roy Mandey"),
        ("Direktur Pemasaran Bank Mandiri Tbk Alexandra Askandar", "Alexandra",
         "Alexandra Askandar"),
        ("Kepala Bidang UKM Dinas PPKUKM DKI Jakarta Elizabeth Ratu Rante Allo", "Ratu",
         "Elizabeth Ratu Rante Allo"),
    ],
)  # fmt: skip
def test_unknown_org_words_before_a_name_stay_in_the_role(intro, short, name):
    text = (
        f"{intro} menyampaikan rencana itu.\n"
        f'"Kami akan perkuat edukasi keuangan bagi pelaku UMKM," kata {short}.\n'
    )
    direct = [q for q in extract_facts(text).quotes if q.type == "direct"]
    speaker = direct[0].speaker
    assert speaker.name == name
    # every word before the name is the role or the organization, none is lost
    assert " ".join(filter(None, (speaker.role, speaker.organization))) == intro.removesuffix(
        " " + name
    )


def test_nested_double_quotes_inside_a_quote():
    text = (
        "Menteri Koperasi dan UKM Teten Masduki membuka pameran.\n"
        '"Kami punya gerakan "Bangga Buatan Indonesia" untuk semua pelaku UMKM," kata Teten.\n'
    )
    assert quotes(text) == [
        (
            'Kami punya gerakan "Bangga Buatan Indonesia" untuk semua pelaku UMKM',
            "Teten Masduki",
            "kata",
        )
    ]


def indirect(text):
    return [
        (q.text[:25], q.speaker.name if q.speaker else None, q.cue)
        for q in extract_facts(text).quotes
        if q.type == "indirect"
    ]


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Teten menjelaskan bahwa penyaluran KUR akan dipercepat tahun depan.", "menjelaskan"),
        ("Teten menilai penyaluran KUR harus lebih tepat sasaran.", "menilai"),
        ("Ia menambahkan, penyaluran KUR akan dipercepat tahun depan.", "menambahkan"),
        ("Lebih lanjut, Teten mengungkapkan bahwa penyaluran KUR akan dipercepat.",
         "mengungkapkan"),
        ("Penyaluran KUR akan dipercepat tahun depan, kata Teten.", "kata"),
        ("Penyaluran KUR akan dipercepat tahun depan, ujarnya.", "ujarnya"),
    ],
)  # fmt: skip
def test_indirect_statement_forms(sentence, cue):
    text = "Menteri Koperasi dan UKM Teten Masduki meninjau pasar di Bogor.\n" + sentence
    got = indirect(text)
    assert [(s, c) for _, s, c in got] == [("Teten Masduki", cue)]
    assert got[0][0].lower().startswith("penyaluran kur")


def test_person_entity_lists_short_forms():
    text = (
        "Kepala Bidang UKM Dinas PPKUKM DKI Jakarta Elizabeth Ratu Rante Allo membuka acara.\n"
        '"Target pembentukan UKM sudah tercapai lebih cepat," kata Ratu.\n'
    )
    person = next(e for e in extract_facts(text).entities if e.kind == "person")
    assert person.name == "Elizabeth Ratu Rante Allo"
    assert "Ratu" in person.aliases


# -- blind3 miss categories ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Program ini menyasar satu juta pelaku usaha mikro.", [(1e6, None, "pelaku usaha", None)]),
        ("Kuota tahun ini seribu orang penerima.", [(1e3, None, "orang", None)]),
        ("Realisasi KUR mikro lebih dari Rp 20 trilliun.", [(2e13, None, "IDR", "lebih dari")]),
        ("Anggarannya Rp 3 milyar dan Rp 2 Milyar.", [(3e9, None, "IDR", None),
                                                       (2e9, None, "IDR", None)]),
        ("Pemprov menargetkan sebesar Rp4, 8 Triliun bantuan sosial.",
         [(4.8e12, None, "IDR", None)]),
        ("Koperasi tersebar di 35 kabupaten/kota di provinsi ini.",
         [(35, None, "kabupaten/kota", None)]),
        ("Meski ada 22 K/L yang memiliki program UMKM.", [(22, None, "K/L", None)]),
        ("Terdapat 5500 pelaku UMKM tersebar di 15 Desa 2 Kelurahan di kecamatan ini.",
         [(5500, None, "pelaku UMKM", None), (15, None, "desa", None),
          (2, None, "kelurahan", None)]),
        ("Menteri menekankan 2 (dua) agenda utama rapat.", [(2, None, "agenda", None)]),
        ("UMKM yang mencapai 600 ribu jadi tulang punggung ekonomi.",
         [(6e5, None, None, "mencapai")]),
        ("Data 10 juta UMKM, serta 26 juta sisanya didata BPS.",
         [(1e7, None, "UMKM", None), (2.6e7, None, None, None)]),
        ("Antara lima sampai sepuluh orang sukses menekuni usaha.", [(5, 10, "orang", None)]),
        ("Dari semua UMKM itu hanya ada 30 pembinanya.", [(30, None, "pembinanya", None)]),
        ("Transaksinya sudah 130,5 juta USD tahun ini.", [(1.305e8, None, "USD", None)]),
    ],
)  # fmt: skip
def test_blind3_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dinas Beri Kuota 90 Orang Untuk Pelatihan UMKM", (90, None, "orang", None)),
        ("Di Sukamaju Dua Kopdes Sudah Beroperasi", (2, None, "kopdes", None)),
    ],
)
def test_counts_in_title_case_headlines(text, expected):
    assert figures(text) == [expected]


def test_a_numbered_name_is_no_figure():
    text = "Ia berbicara usai sosialisasi 4 Pilar di hotel itu, kemarin."
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, body",
    [
        # closing curly marks used as openers, with a space inside the marks
        ("Acara dibuka Bupati Hendra Wijaya.\n"
         "” Pelaku usaha kecil harus terus kita dampingi sampai bisa ekspor, ” kata Hendra.",
         "Pelaku usaha kecil harus terus kita dampingi sampai bisa ekspor"),
        # a closing mark glued to the sentence end opens the next quote
        ("Kepala Dinas Rudi Hartono menjelaskan pelatihan itu penting.”Pelatihan digelar"
         " selama empat hari untuk pelaku UMKM di kota ini,” jelasnya.",
         "Pelatihan digelar selama empat hari untuk pelaku UMKM di kota ini"),
        # mixed pairs
        ('Kepala Dinas Rudi Hartono hadir.\n“Koperasi desa harus dikelola secara terbuka'
         ' dan jujur," kata Rudi.', "Koperasi desa harus dikelola secara terbuka dan jujur"),
        ('Kepala Dinas Rudi Hartono hadir.\n"Koperasi desa harus dikelola secara terbuka'
         ' dan jujur,” kata Rudi.', "Koperasi desa harus dikelola secara terbuka dan jujur"),
        # a quote hard-wrapped over lines, opened by a closing mark after a sentence end
        ("Kepala Dinas Rudi Hartono hadir.\n“Bantuan ini sebagai stimulus”, jelasnya. ” Syaratnya\n"
         "masih sama dengan tahun lalu, jadi silakan\nmendaftar di dinas”, tambahnya.",
         "Syaratnya\nmasih sama dengan tahun lalu, jadi silakan\nmendaftar di dinas"),
        # an opening mark typed for the closing one, right before the cue, with no comma
        ("Gubernur Banten Rudi Hartono membuka pameran. “ Jangan bermain di bawah saja "
         "karena kelas menengah makin kuat “ ujar Gubernur Banten.",
         "Jangan bermain di bawah saja karena kelas menengah makin kuat"),
        ("Kepala Dinas Rudi Hartono hadir.\n“Program itu adalah tujuh program utama tahun ini "
         "“jelasnya (red)", "Program itu adalah tujuh program utama tahun ini"),
        # a straight mark opening a paragraph, a space after it
        ('Kepala Dinas Rudi Hartono hadir.\n" Kami hanya sifatnya pendampingan UMKM dan '
         'koperasi," kata Rudi.', "Kami hanya sifatnya pendampingan UMKM dan koperasi"),
        # no speech cue, but the comma inside the closing mark hands over to the speaker
        ("Kepala Dinas Rudi Hartono membuka pelatihan.\n"
         "“Saya jamin hasilnya sama dengan yang dijual di toko,” yakin Rudi.",
         "Saya jamin hasilnya sama dengan yang dijual di toko"),
    ],
)  # fmt: skip
def test_quote_mark_pairing_variants(text, body):
    speaker = "Hendra Wijaya" if "Hendra" in text else "Rudi Hartono"
    assert (body, speaker) in [(q[0], q[1]) for q in quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Harga naik.” Pedagang mengeluh di pasar tanpa kepastian.\nBesoknya sepi.",
        "Ia menyebut ” Pasar Rakyat tidak laku dan sepi.",
    ],
)
def test_stray_closing_marks_give_no_quote(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Menteri menyebut Idul Fitri 1445 Hijriah jadi momentum bagi UMKM.", []),
        ("Perayaan Tahun Baru Islam 1446 H digelar meriah di alun-alun.", []),
        ("Ia berbicara dalam webinar Forum 300 ribu Petani Milenial di Jakarta.", []),
        ("KUR untuk pekerja migran Rp2,5 trilun tahun ini.", [(2.5e12, None, "IDR", None)]),
        ("Kalau tabungannya di atas tiga juta gak bisa dapat bantuan.",
         [(3e6, None, None, "di atas")]),
        ("Kalau se-Indonesia ada 15 juta (UMKM) penerima bantuan.",
         [(1.5e7, None, "UMKM", None)]),
        ("Bank daerah juga akan menggulirkan dana sebesar 2 Milyar\nrupiah bagi koperasi.",
         [(2e9, None, "IDR", None)]),
        ("Lebih dari 9 Kabupaten di Indonesia mendapat bantuan itu.",
         [(9, None, "kabupaten", "lebih dari")]),
    ],
)  # fmt: skip
def test_blind4_figures(text, expected):
    assert figures(text) == expected


def test_a_quote_closed_with_a_mistyped_opening_mark_before_the_cue_is_a_quote():
    text = "“Semoga acara berjalan dengan baik dan pedagangnya laris semua, “ ungkap Fadia."
    quotes = extract_facts(text).quotes
    assert [(q.text[:6], q.speaker.name) for q in quotes if q.type == "direct"] == [
        ("Semoga", "Fadia")
    ]


def test_closing_style_marks_on_both_sides_make_a_quote_a_lone_one_does_not():
    text = (
        "Endang mengaku usahanya terkendala pemasaran.”Saya jualan sele sudah 11 tahun. "
        "Bahan baku dibeli di pasar.\n"
        "Ketua Asosiasi UMKM Sukamaju, Andi Kurniawan mengatakan produksi meningkat. "
        "”Dalam satu minggu pengusaha bisa menjual 200 kilogram” katanya."
    )
    quotes = [q for q in extract_facts(text).quotes if q.type == "direct"]
    assert [(q.text[:5], q.speaker.name) for q in quotes] == [("Dalam", "Andi Kurniawan")]


def test_a_doubled_straight_opening_mark_opens_one_quote():
    text = (
        "Bupati Hendra Wijaya meresmikan gerai UMKM di Kecamatan Sukamaju. "
        '""Pemkab juga akan membantu pengemasan produk unggulan kecamatan," katanya.'
    )
    assert [(q.text, q.speaker.name) for q in extract_facts(text).quotes] == [
        ("Pemkab juga akan membantu pengemasan produk unggulan kecamatan", "Hendra Wijaya")
    ]


def test_two_straight_apostrophes_on_both_sides_make_a_quote():
    text = (
        "Kepala BLK Hendra Wijaya meresmikan pelatihan.\n\n"
        "''Pelatihan 18 paket keterampilan dibiayai pemerintah pusat,'' katanya.\n\n"
        "''Masih proses penganggaran,'' tandasnya."
    )
    quotes = [q for q in extract_facts(text).quotes if q.type == "direct"]
    assert [(q.text[:9], q.speaker.name) for q in quotes] == [
        ("Pelatihan", "Hendra Wijaya"),
        ("Masih pro", "Hendra Wijaya"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kredit melambat -0,31 persen secara tahunan.", [(-0.31, None, "percent", None)]),
        ("Nomor antrean 12 - 5 dibuka.", []),
        ("Disalurkan kepada 8,628 kreditur di Makassar.", [(8628, None, "kreditur", None)]),
        ("Panen mencapai 2,500 ton.", [(2.5, None, "ton", "mencapai")]),
        ("Potensinya mencapai Rp 1.800 triliunan.", [(1.8e15, None, "IDR", "mencapai")]),
        ("Jumlah UKM Jasa 21.756 dan UKM Pertanian 28.520.", [(21756, None, None, None),
                                                              (28520, None, None, None)]),
        ("Dari 87 koperasi, 5 koperasi beroperasi dan 82 lainnya disiapkan.",
         [(87, None, "koperasi", None), (5, None, "koperasi", None),
          (82, None, "koperasi", None)]),
        ("Sudah terkonfirmasi sebanyak 2.000 sehingga totalnya bertambah.",
         [(2000, None, None, None)]),
    ],
)  # fmt: skip
def test_signs_groupings_approximate_scales_and_elided_nouns(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bantuan Rp2 juta 500 ribu per orang.", [(2.5e6, None, "IDR", None)]),
        ("Saat ini berjumlah 13 ribu 800.", [(13800, None, None, None)]),
        ("Usaha mikro 10 ribu 200, usaha kecil 3 ribu 300.",
         [(10200, None, None, None), (3300, None, None, None)]),
        ("Modal Rp5 juta 2 orang pelaku.", [(5e6, None, "IDR", None), (2, None, "orang", None)]),
        ("Dari 6 ribu 800 tahun 2014 naik pesat.", [(6800, None, None, None)]),
        ("Total UMKM mencapai 39,868 unit usaha.", [(39868, None, "unit", "mencapai")]),
    ],
)  # fmt: skip
def test_spoken_compounds_and_english_grouping(text, expected):
    assert figures(text) == expected


def test_a_percent_glued_to_the_next_word_and_sekian():
    assert figures("Kredit tumbuh 17,63 persenterhadap tahun lalu.") == [
        (17.63, None, "percent", None)
    ]
    assert figures("Anggotanya sebanyak 700 sekian orang.") == [(700, None, None, None)]


def test_a_spaced_percent_sign_and_a_noun_ending_in_jual():
    assert figures("Kontribusinya mencapai 57,25 % terhadap PDRB.") == [
        (57.25, None, "percent", "mencapai")
    ]
    assert figures("Penggunanya mencapai 321.000 penjual barang.") == [
        (321000, None, "penjual", "mencapai")
    ]
