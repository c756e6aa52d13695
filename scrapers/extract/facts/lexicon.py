"""Word lists shared by the figure and speaker rules (declarative data, lower-case)."""

from __future__ import annotations

MONTHS = frozenset(
    "januari februari pebruari maret april mei juni juli agustus september oktober november "
    "desember jan feb mar apr jun jul agu agt ags sep sept okt nov des".split()
)
DAYS = frozenset("senin selasa rabu kamis jumat jum'at jum’at sabtu minggu".split())

# Function words: never the counted noun of a figure.
STOP = frozenset(
    """di ke dari pada yang dan atau serta untuk bagi dengan oleh per sebagai dalam atas bawah
    antara itu ini tersebut lalu hingga sampai sekitar lebih kurang menjadi adalah merupakan ialah
    yakni yaitu harus akan bisa dapat telah sudah masih belum tidak tak juga pun saja lagi pula
    guna agar supaya karena sebab jika kalau bila namun tetapi tapi sedangkan sementara sejak
    selama setiap tiap secara seperti bahwa maka hanya baru kini kemarin nanti sebelumnya
    sendiri semua seluruh para sang si pun lho kan nya saat ketika usai daripada terhadap
    besar terbesar kecil terkecil tinggi rendah banyak sedikit baik mendatang lalu silam terakhir
    pertama kedua ketiga berikutnya teratas terbawah terbaik mana apa siapa kapan berapa
    ribu juta miliar triliun persen kepada masing-masing sekali sehingga setelah sesudah
    sebelum apabila walaupun sekian""".split()
)

# Nouns that look like verbs (me-/ber-/di-/ter- prefixes) but are counted.
PREFIXED_NOUNS = frozenset(
    """merchant meter menit menteri member mesin merek dinas direktur distrik debitur
    dokter dolar desa terminal tersangka terdakwa terpidana bermacam berkas bidang bibit
    tenaga medali digital diskon distribusi direksi desain devisa media medis metode meja
    berita beras beban bensin bengkel besaran bea teras terigu perusahaan persen periode
    pertumbuhan perbankan perdagangan peringkat pertanian perikanan peserta""".split()
)

# Words before a number that make it a label, not a quantity ("Pasal 5", "tahun 2020").
LABEL_WORDS = frozenset(
    """nomor nomer no pasal ayat tahun kuartal triwulan semester tahap gelombang periode jilid
    edisi ranking peringkat juara halaman hal bab lantai rt rw pukul jam versi seri putaran
    babak angkatan revisi kode tipe generasi sesi episode pekan zona
    kilometer km blok kav kavling gang nomornya""".split()
)

# Words that announce a quantity, so even a bare number is a figure ("sebanyak 42.000").
QUANTITY_CUES = frozenset(
    """sebanyak sebesar mencapai menembus tembus level posisi angka total jumlah jumlahnya
    senilai capai hanya mencatat tercatat ada berjumlah""".split()
)

CURRENCY_WORDS = {
    "rupiah": "IDR", "dolar": "USD", "dollar": "USD", "poundsterling": "GBP", "pound": "GBP",
    "lira": "TRY", "euro": "EUR", "yen": "JPY", "ringgit": "MYR", "yuan": "CNY", "won": "KRW",
}  # fmt: skip
DOLLAR_COUNTRY = {"singapura": "SGD", "australia": "AUD", "hongkong": "HKD", "as": "USD"}

PERCENT_WORDS = frozenset("persen persennya prosen percent".split())

# Speech cue stems; each also occurs with -nya ("ujarnya") and as me- verbs handled apart.
CUE_STEMS = (
    "kata ujar tutur ungkap jelas terang papar imbuh tegas sebut ucap lanjut tambah tandas "
    "tukas pungkas urai beber kilah seru tanya jawab sambung timpal klaim sahut tutup singkat "
    "keluh harap ajak pinta imbau"
).split()

SPEECH_VERBS = frozenset(
    """mengatakan menyatakan menjelaskan menegaskan mengungkapkan menuturkan menambahkan
    menyebutkan menyebut mengaku berkata bilang memaparkan menerangkan mengimbuhkan
    menandaskan menukas mengingatkan menyampaikan berujar bertutur mengemukakan melanjutkan
    menekankan mengklaim meminta berharap menilai mencontohkan merinci membeberkan
    mengungkap mengutarakan menyebutkan mengonfirmasi membenarkan mengimbau menjawab
    menanggapi berpesan mengakui memastikan""".split()
)
# The same lists as regex alternations, longest first ("mengatakan" before "kata").
CUE_PATTERN = "|".join(sorted(CUE_STEMS, key=len, reverse=True))
SPEECH_VERB_PATTERN = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# Passive speech verbs: the person after them is the speaker ("Hal itu disampaikan Teten").
SPEECH_PASSIVES = frozenset(
    f"di{stem}kan" for stem in CUE_STEMS + "sampai ungkap kemuka utara nyata".split()
) | frozenset("diakui dikatakan diucapkan".split())

HONORIFICS = frozenset(
    """dr drg dr. prof prof. ir ir. h h. hj hj. drs drs. dra dra. drh drh. kh ust ustadz ustaz
    pak bu bapak ibu bunda sdr ny ny. nyonya mas mbak bung paman kang teh bang abang cak gus habib
    syekh
    akbp akp kompol iptu ipda aiptu brigjen irjen komjen jenderal kombes letjen mayjen
    kolonel letkol mayor kapten irjenpol brigjenpol komjenpol kombespol""".split()
) | frozenset(  # police and military ranks, and the corps written after them ("Kolonel Inf")
    """pol polisi brigpol bripka bripda briptu bharada bharatu bharaka aipda
    laksma laksda laksdya laksamana marsma marsda marsdya marsekal serka sertu serda serma
    pelda peltu praka pratu prada kopda koptu kopka letda lettu kapt inf kav arh czi cpl
    cba cku chb cpm psk mar arm arhanud tni""".split()
)

# Words that belong to roles or organizations, never to a person's name.
ROLE_WORDS = frozenset(
    """menteri mentri menko menkop menkeu menhub menkopukm wakil wamen kepala ketua direktur utama
    deputi asisten sekretaris sekjen gubernur wagub bupati walikota wali wakil presiden wapres
    kasubdit kasat kajari kajati kapolri kapolda kapolres kabid kadis kasi kasubag staf divisi
    head manager manajer regional office officer chief executive ceo cfo coo founder pendiri
    pencetus pemilik penasehat penjabat pelaku pengelola pengurus pembina camat lurah kades
    komisioner dewan anggota juru bicara jubir analis ekonom
    pengamat peneliti dosen guru besar rektor dekan koordinator pj plt plh pelaksana tugas
    penasihat senior vice president direksi komisaris dirut pimpinan pemimpin general
    bidang seksi subbidang urusan umum humas bagian biro unit eksekutif pengawas terpilih
    politikus politisi wabup kapolsek kajari kajati
    mendag menperin menaker mensos menkes menlu menhan mentan menpan menpora menparekraf
    mendikbud mendes menkominfo menag menkumham menpupr menlhk menristek menkopolhukam mendagri
    menkomarves mendikbudristek
    wawali sekda sekdes sekcam kadiskop kadinkes kakanwil kabag kasubbag kanit kasie kaban
    kadiskominfo kadisperindag kadisdag kadisnaker kadisdik kadispar kadishub kadinsos kadispora
    danrem dandim pangdam kalapas wakapolri wakapolda wakapolres wakapolsek kasat
    kadis sekot sekkot sekkab sekprov sekdakab sekdakot sekdako
    dir wadir wadirut dirbinmas dirlantas dirreskrimsus dirreskrimum dirresnarkoba kabidhumas
    kasatreskrim kasatlantas kasatbinmas kasubbid kabagops dirjen sesditjen bendahara""".split()
)
# Particles and abbreviated given names that start a name and are never a unit or place.
NAME_PARTICLES = frozenset("al el abu bin binti i ni m muh moh mhd md".split())
# Noble titles and baptismal initials printed as part of a name ("Lalu Fatwir Uzali", "Andi",
# "I Gusti", "Teuku", "AA" for Anak Agung, "FX" for Fransiskus Xaverius, "IGN" for I Gusti
# Ngurah).
NOBLE_TITLES = frozenset("lalu andi raden tengku teuku cut daeng gusti aa fx ign lm la wa".split())
# Roles named after the organization they head ("Ketua Kadin Arsjad Rasjid").
ORG_ROLES = frozenset(
    "ketua kepala direktur deputi sekretaris anggota komisaris pimpinan umum utama kadis kaban"
    .split()
)
# Role and organization words followed by a place name ("Bupati Garut", "Pemkab Bangkalan").
PLACE_HEADS = frozenset(
    """bupati wabup gubernur wagub walikota kota kabupaten provinsi kecamatan desa kelurahan
    camat lurah kades kapolda kapolres kapolsek kajati kajari pemkab pemkot pemprov pemda
    polda polres polsek kejati kejari dprd kab kec kel prov wakapolda wakapolres wakapolsek
    wakajati wakajari""".split()
)
ORG_HEADS = frozenset(
    """dinas kementerian kemenkop kemenkopukm kemenko kemenkeu badan bank otoritas pemerintah
    ojk bi bri bni btn bps kpk kemenpan kantor kanwil
    pemprov pemkab pemkot komisi pt universitas fakultas polda polres polsek kejari kejati
    kejagung lembaga asosiasi himpunan kamar perusahaan rumah sakit partai dpr dprd
    mahkamah pengadilan kodim korem sudin suku direktorat ditjen inspektorat
    business enterprise corporate banking retail commercial consumer division""".split()
)
ORG_WORDS = ORG_HEADS | frozenset(
    """usaha mikro kecil menengah perindustrian perdagangan perekonomian koordinator keuangan
    jasa perhubungan pemberdayaan perlindungan pengendalian penduduk provinsi kabupaten
    kota daerah republik negara nasional pusat indonesia perwakilan wilayah regional umum
    penelitian produksi pembiayaan manajemen strategis kewirausahaan tenaga kerja
    pendayagunaan aparatur reformasi birokrasi pembangunan perencanaan pertanian kesehatan
    pendidikan kebudayaan agama sosial luar negeri pertahanan hukum ham energi sumber daya
    mineral lingkungan hidup kehutanan kelautan perikanan pariwisata ekonomi kreatif investasi
    bumn komunikasi informatika pekerjaan perumahan rakyat transmigrasi ketenagakerjaan
    agraria tata ruang riset teknologi perempuan pemuda olahraga kabinet keamanan politik
    maritim pemulihan satuan tugas satgas koordinasi supervisi humas seksi statistik
    perdagangan industri bisnis komersial operasional pemasaran keuangan syariah koperasi
    perbankan pengawasan edukasi konsumen pasar modal moneter sentral sistem pembayaran
    kebijakan stabilitas layanan pengembangan pengelolaan hubungan masyarakat
    kab kec kel prov desa bea cukai area cabang aneka international creative economy relations
    affairs development center centre entrepreneurship foundation institute group company
    association bimas sekdaprov setdaprov setda setdakab setdako dekranas dekranasda pansus panja
    fraksi kopdes kopdeskel kopkel""".split()
)
# Nouns that describe a person right after the name, with no comma ("Sumartini pelaku UMKM")
PERSON_NOUNS = frozenset(
    "pelaku pemilik warga pedagang petani perajin pengrajin pengusaha nelayan peternak".split()
)
# Job grades of civil servants written after the post ("Pengawas Farmasi Ahli Muda").
GRADE_WORDS = frozenset("ahli muda madya utama pertama penyelia terampil mahir".split())
# Headings of organizations that speak as themselves ("Direktorat Jenderal Pajak menjelaskan").
ORG_SPEAKER_HEADS = frozenset(
    """direktorat ditjen kementerian badan dinas otoritas lembaga komisi bank asosiasi himpunan
    kamar pemerintah pemprov pemkab pemkot kantor biro satgas""".split()
)
# Academic degrees written after a name ("M. Edi Kurniadi ST"): not an organization.
DEGREES = frozenset(
    """st se sh ss sp spd ssos sip sag skom skm sked ssi mm msi mt mh mpd mkes mba msc ma mag
    phd ak cpa sik sstp stp mp mpa apt skep amd sth mkp map mkn mip mpp mhum mtp""".split()
)
ROLE_ORG_WORDS = ROLE_WORDS | ORG_WORDS
PLACES = frozenset(
    """indonesia jakarta dki jabar jateng jatim diy yogyakarta jogja bandung semarang surabaya
    medan makassar bali denpasar malang lampung sumbar sumut sumsel riau jambi bengkulu aceh
    banten tangerang bekasi depok bogor kalimantan sulawesi papua maluku ntt ntb sumatera
    sumatra jawa tengah timur barat utara selatan pusat raya kepulauan seribu batam padang
    pontianak mataram kupang ambon manado palembang pekanbaru solo surakarta cirebon
    tenggara laut daya
    malaysia singapura singapore jepang tiongkok china cina korea amerika australia arab saudi
    belanda inggris jerman perancis prancis india thailand vietnam filipina brunei timor leste
    taiwan""".split()
)

# Words that end (or cannot start) a noun phrase: function words, auxiliaries, adverbs,
# pronouns, quantity cues and the commonest unprefixed verbs.
NP_BREAK = STOP - frozenset("besar kecil tinggi rendah baik terbesar terkecil".split()) | frozenset(
    """kepada sekira sebesar sebanyak senilai seharga mencapai capai tembus menembus naik turun
    tumbuh ada jadi kita kami saya aku mereka ia dia beliau anda kamu sangat cukup paling makin
    semakin terus tetap justru memang bahkan segera kembali sempat pernah mulai siap ikut masuk
    kata ujar tutur lanjut tentu hal adapun kemudian selain berarti makanya jadi sekarang
    melalui lewat tentang menuju hampir total sekitar kisaran level angka
    jumlah sebanyak-banyaknya dll dsb ya tadi hanyalah depan seiring sebagian yoy
    ytd mtm qtq rp usd idr us
    besarnya""".split()
)
TIME_WORDS = frozenset(
    "tahun bulan pekan minggu hari jam kuartal triwulan semester periode pagi siang sore malam"
    .split()
)
