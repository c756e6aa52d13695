"""Indonesia's administrative regions as news text writes them.

The 38 provinces, the 416 regencies (kabupaten, including DKI's kabupaten administrasi
Kepulauan Seribu) and the 98 cities (kota, including DKI's five kota administrasi), after the
Kemendagri list of provinces, regencies and cities as of 2024, written from knowledge.
Regencies and cities are named without "Kabupaten"/"Kota", with the official spelling news
uses ("Pekanbaru", "Tanjungpinang", "Palangka Raya"). A name may be both a regency and a city
("Bekasi", "Solok"). ``SHORT_FORMS`` maps the short, colloquial and variant spellings found
in Indonesian news ("Jabar", "Kukar", "Jaksel", "Bau-Bau") to the official name.
"""

PROVINCES: tuple[str, ...] = (
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan",
    "Bengkulu", "Lampung", "Kepulauan Bangka Belitung", "Kepulauan Riau",
    "DKI Jakarta", "Jawa Barat", "Jawa Tengah", "Daerah Istimewa Yogyakarta", "Jawa Timur",
    "Banten", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
    "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur",
    "Kalimantan Utara", "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan",
    "Sulawesi Tenggara", "Gorontalo", "Sulawesi Barat", "Maluku", "Maluku Utara",
    "Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
    "Papua Barat Daya",
)  # fmt: skip

REGENCIES_BY_PROVINCE: dict[str, tuple[str, ...]] = {
    "Aceh": (
        "Aceh Barat", "Aceh Barat Daya", "Aceh Besar", "Aceh Jaya", "Aceh Selatan",
        "Aceh Singkil", "Aceh Tamiang", "Aceh Tengah", "Aceh Tenggara", "Aceh Timur",
        "Aceh Utara", "Bener Meriah", "Bireuen", "Gayo Lues", "Nagan Raya", "Pidie",
        "Pidie Jaya", "Simeulue",
    ),
    "Sumatera Utara": (
        "Asahan", "Batu Bara", "Dairi", "Deli Serdang", "Humbang Hasundutan", "Karo",
        "Labuhanbatu", "Labuhanbatu Selatan", "Labuhanbatu Utara", "Langkat",
        "Mandailing Natal", "Nias", "Nias Barat", "Nias Selatan", "Nias Utara", "Padang Lawas",
        "Padang Lawas Utara", "Pakpak Bharat", "Samosir", "Serdang Bedagai", "Simalungun",
        "Tapanuli Selatan", "Tapanuli Tengah", "Tapanuli Utara", "Toba",
    ),
    "Sumatera Barat": (
        "Agam", "Dharmasraya", "Kepulauan Mentawai", "Lima Puluh Kota", "Padang Pariaman",
        "Pasaman", "Pasaman Barat", "Pesisir Selatan", "Sijunjung", "Solok", "Solok Selatan",
        "Tanah Datar",
    ),
    "Riau": (
        "Bengkalis", "Indragiri Hilir", "Indragiri Hulu", "Kampar", "Kepulauan Meranti",
        "Kuantan Singingi", "Pelalawan", "Rokan Hilir", "Rokan Hulu", "Siak",
    ),
    "Jambi": (
        "Batanghari", "Bungo", "Kerinci", "Merangin", "Muaro Jambi", "Sarolangun",
        "Tanjung Jabung Barat", "Tanjung Jabung Timur", "Tebo",
    ),
    "Sumatera Selatan": (
        "Banyuasin", "Empat Lawang", "Lahat", "Muara Enim", "Musi Banyuasin", "Musi Rawas",
        "Musi Rawas Utara", "Ogan Ilir", "Ogan Komering Ilir", "Ogan Komering Ulu",
        "Ogan Komering Ulu Selatan", "Ogan Komering Ulu Timur", "Penukal Abab Lematang Ilir",
    ),
    "Bengkulu": (
        "Bengkulu Selatan", "Bengkulu Tengah", "Bengkulu Utara", "Kaur", "Kepahiang",
        "Lebong", "Mukomuko", "Rejang Lebong", "Seluma",
    ),
    "Lampung": (
        "Lampung Barat", "Lampung Selatan", "Lampung Tengah", "Lampung Timur", "Lampung Utara",
        "Mesuji", "Pesawaran", "Pesisir Barat", "Pringsewu", "Tanggamus", "Tulang Bawang",
        "Tulang Bawang Barat", "Way Kanan",
    ),
    "Kepulauan Bangka Belitung": (
        "Bangka", "Bangka Barat", "Bangka Selatan", "Bangka Tengah", "Belitung",
        "Belitung Timur",
    ),
    "Kepulauan Riau": ("Bintan", "Karimun", "Kepulauan Anambas", "Lingga", "Natuna"),
    "DKI Jakarta": ("Kepulauan Seribu",),
    "Jawa Barat": (
        "Bandung", "Bandung Barat", "Bekasi", "Bogor", "Ciamis", "Cianjur", "Cirebon", "Garut",
        "Indramayu", "Karawang", "Kuningan", "Majalengka", "Pangandaran", "Purwakarta",
        "Subang", "Sukabumi", "Sumedang", "Tasikmalaya",
    ),
    "Jawa Tengah": (
        "Banjarnegara", "Banyumas", "Batang", "Blora", "Boyolali", "Brebes", "Cilacap",
        "Demak", "Grobogan", "Jepara", "Karanganyar", "Kebumen", "Kendal", "Klaten", "Kudus",
        "Magelang", "Pati", "Pekalongan", "Pemalang", "Purbalingga", "Purworejo", "Rembang",
        "Semarang", "Sragen", "Sukoharjo", "Tegal", "Temanggung", "Wonogiri", "Wonosobo",
    ),
    "Daerah Istimewa Yogyakarta": ("Bantul", "Gunungkidul", "Kulon Progo", "Sleman"),
    "Jawa Timur": (
        "Bangkalan", "Banyuwangi", "Blitar", "Bojonegoro", "Bondowoso", "Gresik", "Jember",
        "Jombang", "Kediri", "Lamongan", "Lumajang", "Madiun", "Magetan", "Malang",
        "Mojokerto", "Nganjuk", "Ngawi", "Pacitan", "Pamekasan", "Pasuruan", "Ponorogo",
        "Probolinggo", "Sampang", "Sidoarjo", "Situbondo", "Sumenep", "Trenggalek", "Tuban",
        "Tulungagung",
    ),
    "Banten": ("Lebak", "Pandeglang", "Serang", "Tangerang"),
    "Bali": (
        "Badung", "Bangli", "Buleleng", "Gianyar", "Jembrana", "Karangasem", "Klungkung",
        "Tabanan",
    ),
    "Nusa Tenggara Barat": (
        "Bima", "Dompu", "Lombok Barat", "Lombok Tengah", "Lombok Timur", "Lombok Utara",
        "Sumbawa", "Sumbawa Barat",
    ),
    "Nusa Tenggara Timur": (
        "Alor", "Belu", "Ende", "Flores Timur", "Kupang", "Lembata", "Malaka", "Manggarai",
        "Manggarai Barat", "Manggarai Timur", "Nagekeo", "Ngada", "Rote Ndao", "Sabu Raijua",
        "Sikka", "Sumba Barat", "Sumba Barat Daya", "Sumba Tengah", "Sumba Timur",
        "Timor Tengah Selatan", "Timor Tengah Utara",
    ),
    "Kalimantan Barat": (
        "Bengkayang", "Kapuas Hulu", "Kayong Utara", "Ketapang", "Kubu Raya", "Landak",
        "Melawi", "Mempawah", "Sambas", "Sanggau", "Sekadau", "Sintang",
    ),
    "Kalimantan Tengah": (
        "Barito Selatan", "Barito Timur", "Barito Utara", "Gunung Mas", "Kapuas", "Katingan",
        "Kotawaringin Barat", "Kotawaringin Timur", "Lamandau", "Murung Raya", "Pulang Pisau",
        "Seruyan", "Sukamara",
    ),
    "Kalimantan Selatan": (
        "Balangan", "Banjar", "Barito Kuala", "Hulu Sungai Selatan", "Hulu Sungai Tengah",
        "Hulu Sungai Utara", "Kotabaru", "Tabalong", "Tanah Bumbu", "Tanah Laut", "Tapin",
    ),
    "Kalimantan Timur": (
        "Berau", "Kutai Barat", "Kutai Kartanegara", "Kutai Timur", "Mahakam Ulu", "Paser",
        "Penajam Paser Utara",
    ),
    "Kalimantan Utara": ("Bulungan", "Malinau", "Nunukan", "Tana Tidung"),
    "Sulawesi Utara": (
        "Bolaang Mongondow", "Bolaang Mongondow Selatan", "Bolaang Mongondow Timur",
        "Bolaang Mongondow Utara", "Kepulauan Sangihe", "Kepulauan Siau Tagulandang Biaro",
        "Kepulauan Talaud", "Minahasa", "Minahasa Selatan", "Minahasa Tenggara",
        "Minahasa Utara",
    ),
    "Sulawesi Tengah": (
        "Banggai", "Banggai Kepulauan", "Banggai Laut", "Buol", "Donggala", "Morowali",
        "Morowali Utara", "Parigi Moutong", "Poso", "Sigi", "Tojo Una-Una", "Tolitoli",
    ),
    "Sulawesi Selatan": (
        "Bantaeng", "Barru", "Bone", "Bulukumba", "Enrekang", "Gowa", "Jeneponto",
        "Kepulauan Selayar", "Luwu", "Luwu Timur", "Luwu Utara", "Maros",
        "Pangkajene dan Kepulauan", "Pinrang", "Sidenreng Rappang", "Sinjai", "Soppeng",
        "Takalar", "Tana Toraja", "Toraja Utara", "Wajo",
    ),
    "Sulawesi Tenggara": (
        "Bombana", "Buton", "Buton Selatan", "Buton Tengah", "Buton Utara", "Kolaka",
        "Kolaka Timur", "Kolaka Utara", "Konawe", "Konawe Kepulauan", "Konawe Selatan",
        "Konawe Utara", "Muna", "Muna Barat", "Wakatobi",
    ),
    "Gorontalo": ("Boalemo", "Bone Bolango", "Gorontalo", "Gorontalo Utara", "Pohuwato"),
    "Sulawesi Barat": (
        "Majene", "Mamasa", "Mamuju", "Mamuju Tengah", "Pasangkayu", "Polewali Mandar",
    ),
    "Maluku": (
        "Buru", "Buru Selatan", "Kepulauan Aru", "Kepulauan Tanimbar", "Maluku Barat Daya",
        "Maluku Tengah", "Maluku Tenggara", "Seram Bagian Barat", "Seram Bagian Timur",
    ),
    "Maluku Utara": (
        "Halmahera Barat", "Halmahera Selatan", "Halmahera Tengah", "Halmahera Timur",
        "Halmahera Utara", "Kepulauan Sula", "Pulau Morotai", "Pulau Taliabu",
    ),
    "Papua": (
        "Biak Numfor", "Jayapura", "Keerom", "Kepulauan Yapen", "Mamberamo Raya", "Sarmi",
        "Supiori", "Waropen",
    ),
    "Papua Barat": (
        "Fakfak", "Kaimana", "Manokwari", "Manokwari Selatan", "Pegunungan Arfak",
        "Teluk Bintuni", "Teluk Wondama",
    ),
    "Papua Selatan": ("Asmat", "Boven Digoel", "Mappi", "Merauke"),
    "Papua Tengah": (
        "Deiyai", "Dogiyai", "Intan Jaya", "Mimika", "Nabire", "Paniai", "Puncak",
        "Puncak Jaya",
    ),
    "Papua Pegunungan": (
        "Jayawijaya", "Lanny Jaya", "Mamberamo Tengah", "Nduga", "Pegunungan Bintang",
        "Tolikara", "Yahukimo", "Yalimo",
    ),
    "Papua Barat Daya": ("Maybrat", "Raja Ampat", "Sorong", "Sorong Selatan", "Tambrauw"),
}  # fmt: skip

CITIES_BY_PROVINCE: dict[str, tuple[str, ...]] = {
    "Aceh": ("Banda Aceh", "Langsa", "Lhokseumawe", "Sabang", "Subulussalam"),
    "Sumatera Utara": (
        "Binjai", "Gunungsitoli", "Medan", "Padangsidimpuan", "Pematangsiantar", "Sibolga",
        "Tanjungbalai", "Tebing Tinggi",
    ),
    "Sumatera Barat": (
        "Bukittinggi", "Padang", "Padang Panjang", "Pariaman", "Payakumbuh", "Sawahlunto",
        "Solok",
    ),
    "Riau": ("Dumai", "Pekanbaru"),
    "Jambi": ("Jambi", "Sungai Penuh"),
    "Sumatera Selatan": ("Lubuklinggau", "Pagar Alam", "Palembang", "Prabumulih"),
    "Bengkulu": ("Bengkulu",),
    "Lampung": ("Bandar Lampung", "Metro"),
    "Kepulauan Bangka Belitung": ("Pangkalpinang",),
    "Kepulauan Riau": ("Batam", "Tanjungpinang"),
    "DKI Jakarta": (
        "Jakarta Barat", "Jakarta Pusat", "Jakarta Selatan", "Jakarta Timur", "Jakarta Utara",
    ),
    "Jawa Barat": (
        "Bandung", "Banjar", "Bekasi", "Bogor", "Cimahi", "Cirebon", "Depok", "Sukabumi",
        "Tasikmalaya",
    ),
    "Jawa Tengah": ("Magelang", "Pekalongan", "Salatiga", "Semarang", "Surakarta", "Tegal"),
    "Daerah Istimewa Yogyakarta": ("Yogyakarta",),
    "Jawa Timur": (
        "Batu", "Blitar", "Kediri", "Madiun", "Malang", "Mojokerto", "Pasuruan", "Probolinggo",
        "Surabaya",
    ),
    "Banten": ("Cilegon", "Serang", "Tangerang", "Tangerang Selatan"),
    "Bali": ("Denpasar",),
    "Nusa Tenggara Barat": ("Bima", "Mataram"),
    "Nusa Tenggara Timur": ("Kupang",),
    "Kalimantan Barat": ("Pontianak", "Singkawang"),
    "Kalimantan Tengah": ("Palangka Raya",),
    "Kalimantan Selatan": ("Banjarbaru", "Banjarmasin"),
    "Kalimantan Timur": ("Balikpapan", "Bontang", "Samarinda"),
    "Kalimantan Utara": ("Tarakan",),
    "Sulawesi Utara": ("Bitung", "Kotamobagu", "Manado", "Tomohon"),
    "Sulawesi Tengah": ("Palu",),
    "Sulawesi Selatan": ("Makassar", "Palopo", "Parepare"),
    "Sulawesi Tenggara": ("Baubau", "Kendari"),
    "Gorontalo": ("Gorontalo",),
    "Maluku": ("Ambon", "Tual"),
    "Maluku Utara": ("Ternate", "Tidore Kepulauan"),
    "Papua": ("Jayapura",),
    "Papua Barat Daya": ("Sorong",),
}  # fmt: skip

REGENCIES: tuple[str, ...] = tuple(n for ns in REGENCIES_BY_PROVINCE.values() for n in ns)
CITIES: tuple[str, ...] = tuple(n for ns in CITIES_BY_PROVINCE.values() for n in ns)
REGION_NAMES: frozenset[str] = frozenset(PROVINCES + REGENCIES + CITIES)

# Short, colloquial and variant forms -> official name. Ambiguous forms are left out: "Mura"
# (Musi Rawas and Murung Raya), "OKI" (also the OIC), "KTT" (also a summit), and forms that
# are common words ("Basel", "Tuba", "Mitra", "Tala", "Palas", "Meranti").
SHORT_FORMS: dict[str, str] = {
    # Provinces
    "NAD": "Aceh", "Nanggroe Aceh Darussalam": "Aceh",
    "Sumut": "Sumatera Utara", "Sumatra Utara": "Sumatera Utara",
    "Sumbar": "Sumatera Barat", "Sumatra Barat": "Sumatera Barat",
    "Sumsel": "Sumatera Selatan", "Sumatra Selatan": "Sumatera Selatan",
    "Babel": "Kepulauan Bangka Belitung", "Bangka Belitung": "Kepulauan Bangka Belitung",
    "Kepri": "Kepulauan Riau",
    "DKI": "DKI Jakarta", "Jakarta": "DKI Jakarta", "Daerah Khusus Jakarta": "DKI Jakarta",
    "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur",
    "DIY": "Daerah Istimewa Yogyakarta",
    "NTB": "Nusa Tenggara Barat", "NTT": "Nusa Tenggara Timur",
    "Kalbar": "Kalimantan Barat", "Kalteng": "Kalimantan Tengah",
    "Kalsel": "Kalimantan Selatan", "Kaltim": "Kalimantan Timur", "Kaltara": "Kalimantan Utara",
    "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah", "Sulsel": "Sulawesi Selatan",
    "Sultra": "Sulawesi Tenggara", "Sulbar": "Sulawesi Barat",
    "Malut": "Maluku Utara", "Pabar": "Papua Barat", "PBD": "Papua Barat Daya",
    # Sumatra
    "Abdya": "Aceh Barat Daya",
    "Batubara": "Batu Bara", "Labuhan Batu": "Labuhanbatu", "Labusel": "Labuhanbatu Selatan",
    "Labura": "Labuhanbatu Utara", "Madina": "Mandailing Natal",
    "Humbahas": "Humbang Hasundutan", "Sergai": "Serdang Bedagai",
    "Paluta": "Padang Lawas Utara",
    "Taput": "Tapanuli Utara", "Tapsel": "Tapanuli Selatan", "Tapteng": "Tapanuli Tengah",
    "Siantar": "Pematangsiantar", "Pematang Siantar": "Pematangsiantar",
    "Tanjung Balai": "Tanjungbalai", "Gunung Sitoli": "Gunungsitoli",
    "Padang Sidempuan": "Padangsidimpuan", "Padangsidempuan": "Padangsidimpuan",
    "Mentawai": "Kepulauan Mentawai", "Limapuluh Kota": "Lima Puluh Kota",
    "Pessel": "Pesisir Selatan", "Pasbar": "Pasaman Barat", "Solsel": "Solok Selatan",
    "Bukit Tinggi": "Bukittinggi",
    "Inhil": "Indragiri Hilir", "Inhu": "Indragiri Hulu", "Kuansing": "Kuantan Singingi",
    "Rohil": "Rokan Hilir", "Rohul": "Rokan Hulu",
    "Pekan Baru": "Pekanbaru",
    "Batang Hari": "Batanghari", "Tanjabbar": "Tanjung Jabung Barat",
    "Tanjabtim": "Tanjung Jabung Timur",
    "OKU": "Ogan Komering Ulu",
    "OKU Selatan": "Ogan Komering Ulu Selatan", "OKU Timur": "Ogan Komering Ulu Timur",
    "Muba": "Musi Banyuasin", "Muratara": "Musi Rawas Utara",
    "PALI": "Penukal Abab Lematang Ilir",
    "Lubuk Linggau": "Lubuklinggau", "Pagaralam": "Pagar Alam",
    "Lambar": "Lampung Barat", "Lamsel": "Lampung Selatan", "Lamteng": "Lampung Tengah",
    "Lamtim": "Lampung Timur", "Lampura": "Lampung Utara", "Pesibar": "Pesisir Barat",
    "Tubaba": "Tulang Bawang Barat", "Bandarlampung": "Bandar Lampung",
    "Bateng": "Bangka Tengah", "Beltim": "Belitung Timur", "Pangkal Pinang": "Pangkalpinang",
    "Anambas": "Kepulauan Anambas", "Tanjung Pinang": "Tanjungpinang",
    # Java and Bali
    "Jakbar": "Jakarta Barat", "Jakpus": "Jakarta Pusat", "Jaksel": "Jakarta Selatan",
    "Jaktim": "Jakarta Timur", "Jakut": "Jakarta Utara",
    "KBB": "Bandung Barat", "Tasik": "Tasikmalaya",
    "Solo": "Surakarta",
    "Jogja": "Yogyakarta", "Yogya": "Yogyakarta", "Jogjakarta": "Yogyakarta",
    "Gunung Kidul": "Gunungkidul", "Kulonprogo": "Kulon Progo",
    "Tangsel": "Tangerang Selatan",
    # Nusa Tenggara
    "Lobar": "Lombok Barat", "Loteng": "Lombok Tengah", "Lotim": "Lombok Timur",
    "KLU": "Lombok Utara", "KSB": "Sumbawa Barat",
    "TTS": "Timor Tengah Selatan", "TTU": "Timor Tengah Utara", "Flotim": "Flores Timur",
    "Mabar": "Manggarai Barat", "Matim": "Manggarai Timur", "SBD": "Sumba Barat Daya",
    # Kalimantan
    "KKU": "Kayong Utara",
    "Kobar": "Kotawaringin Barat", "Kotim": "Kotawaringin Timur",
    "Barsel": "Barito Selatan", "Bartim": "Barito Timur", "Barut": "Barito Utara",
    "Pulpis": "Pulang Pisau", "Palangkaraya": "Palangka Raya",
    "HSS": "Hulu Sungai Selatan", "HST": "Hulu Sungai Tengah", "HSU": "Hulu Sungai Utara",
    "Batola": "Barito Kuala", "Tanbu": "Tanah Bumbu",
    "Kukar": "Kutai Kartanegara", "Kutim": "Kutai Timur", "Kubar": "Kutai Barat",
    "PPU": "Penajam Paser Utara", "Mahulu": "Mahakam Ulu",
    # Sulawesi
    "Bolmong": "Bolaang Mongondow", "Bolsel": "Bolaang Mongondow Selatan",
    "Boltim": "Bolaang Mongondow Timur", "Bolmut": "Bolaang Mongondow Utara",
    "Minsel": "Minahasa Selatan", "Minut": "Minahasa Utara",
    "Sitaro": "Kepulauan Siau Tagulandang Biaro", "Sangihe": "Kepulauan Sangihe",
    "Talaud": "Kepulauan Talaud",
    "Parimo": "Parigi Moutong", "Touna": "Tojo Una-Una", "Morut": "Morowali Utara",
    "Bangkep": "Banggai Kepulauan", "Toli-Toli": "Tolitoli",
    "Sidrap": "Sidenreng Rappang", "Pangkep": "Pangkajene dan Kepulauan",
    "Selayar": "Kepulauan Selayar", "Lutim": "Luwu Timur", "Lutra": "Luwu Utara",
    "Torut": "Toraja Utara", "Tator": "Tana Toraja",
    "Pare-Pare": "Parepare", "Pare Pare": "Parepare",
    "Konsel": "Konawe Selatan", "Konut": "Konawe Utara", "Konkep": "Konawe Kepulauan",
    "Koltim": "Kolaka Timur", "Kolut": "Kolaka Utara",
    "Busel": "Buton Selatan", "Buteng": "Buton Tengah", "Butur": "Buton Utara",
    "Mubar": "Muna Barat", "Bau-Bau": "Baubau",
    "Gorut": "Gorontalo Utara", "Bonbol": "Bone Bolango",
    "Polman": "Polewali Mandar",
    # Maluku and Papua
    "MBD": "Maluku Barat Daya", "Malra": "Maluku Tenggara", "Malteng": "Maluku Tengah",
    "SBB": "Seram Bagian Barat", "SBT": "Seram Bagian Timur", "Bursel": "Buru Selatan",
    "Tanimbar": "Kepulauan Tanimbar",
    "Halbar": "Halmahera Barat", "Halsel": "Halmahera Selatan",
    "Halteng": "Halmahera Tengah", "Haltim": "Halmahera Timur", "Halut": "Halmahera Utara",
    "Morotai": "Pulau Morotai", "Taliabu": "Pulau Taliabu", "Tidore": "Tidore Kepulauan",
    "Biak": "Biak Numfor", "Yapen": "Kepulauan Yapen",
    "Fak-Fak": "Fakfak", "Pegaf": "Pegunungan Arfak", "Mansel": "Manokwari Selatan",
    "Pegubin": "Pegunungan Bintang",
}  # fmt: skip
