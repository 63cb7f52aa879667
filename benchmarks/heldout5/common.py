# ruff: noqa: E501, S311, E402, B007
"""Shared pools, identifier makers and the span-tracking builder of heldout5.

Written from scratch by helper session `heldout5` (2026-12-07) without reading the detector or the
generators of the earlier held-out corpora. Everything is driven by one `random.Random` passed in.
"""

from __future__ import annotations

import datetime as dt
import itertools

# ---------------------------------------------------------------------------------------------
# Regions: Kemendagri province codes, a few regencies/cities each (code, name, is_city), the local
# unit below the village, the title of the village head, landline area codes, place-name stems.
# Codes written from the author's knowledge (Permendagri kode wilayah); districts are numbered
# 01..15 inside a regency, which is how the NIK's third pair reads.
# ---------------------------------------------------------------------------------------------
REGIONS = [
    (
        "11",
        "Aceh",
        "aceh",
        "Keuchik",
        ["0651", "0645", "0656"],
        [
            ("06", "Aceh Besar", 0),
            ("08", "Aceh Utara", 0),
            ("11", "Bireuen", 0),
            ("05", "Aceh Timur", 0),
            ("71", "Banda Aceh", 1),
        ],
        ["Lam", "Meunasah", "Blang", "Cot", "Lhok", "Ujong", "Krueng", "Alue", "Paya"],
        ["Baro", "Teungoh", "Rayeuk", "Lhee", "Mee", "Tunong", "Baroh", "Glumpang"],
    ),
    (
        "12",
        "Sumatera Utara",
        "lingk",
        "Kepala Desa",
        ["061", "0622", "0634"],
        [
            ("07", "Deli Serdang", 0),
            ("12", "Tapanuli Utara", 0),
            ("08", "Simalungun", 0),
            ("73", "Pematangsiantar", 1),
            ("75", "Binjai", 1),
        ],
        ["Huta", "Sosor", "Lumban", "Sipahutar", "Bandar", "Tanjung", "Pardomuan"],
        ["Nauli", "Tonga", "Julu", "Toruan", "Raja", "Baru", "Sari"],
    ),
    (
        "13",
        "Sumatera Barat",
        "jorong",
        "Wali Nagari",
        ["0751", "0752", "0754"],
        [
            ("06", "Agam", 0),
            ("04", "Tanah Datar", 0),
            ("07", "Lima Puluh Kota", 0),
            ("03", "Solok", 0),
            ("75", "Bukittinggi", 1),
        ],
        ["Koto", "Sungai", "Padang", "Batu", "Lubuak", "Tanjuang", "Balai"],
        ["Gadang", "Tinggi", "Baru", "Panjang", "Ateh", "Bawah", "Pauh"],
    ),
    (
        "14",
        "Riau",
        "dusun",
        "Penghulu",
        ["0761", "0762", "0765"],
        [
            ("01", "Kampar", 0),
            ("06", "Indragiri Hilir", 0),
            ("08", "Bengkalis", 0),
            ("05", "Pelalawan", 0),
        ],
        ["Teluk", "Sungai", "Pulau", "Kuala", "Tanjung", "Pangkalan"],
        ["Baru", "Jaya", "Makmur", "Indah", "Permai", "Lestari"],
    ),
    (
        "15",
        "Jambi",
        "dusun",
        "Kepala Desa",
        ["0741", "0746", "0748"],
        [("05", "Muaro Jambi", 0), ("02", "Merangin", 0), ("01", "Kerinci", 0), ("08", "Tebo", 0)],
        ["Muaro", "Rantau", "Sungai", "Lubuk", "Tanjung", "Pematang"],
        ["Baru", "Jaya", "Panjang", "Rambai", "Duren", "Jernih"],
    ),
    (
        "16",
        "Sumatera Selatan",
        "dusun",
        "Kepala Desa",
        ["0711", "0713", "0734"],
        [
            ("02", "Ogan Komering Ilir", 0),
            ("05", "Musi Banyuasin", 0),
            ("10", "Ogan Ilir", 0),
            ("74", "Prabumulih", 1),
        ],
        ["Sungai", "Tanjung", "Muara", "Talang", "Lubuk", "Karang"],
        ["Rambutan", "Agung", "Baru", "Jaya", "Kemang", "Pinang"],
    ),
    (
        "17",
        "Bengkulu",
        "dusun",
        "Kepala Desa",
        ["0736", "0737"],
        [
            ("01", "Bengkulu Selatan", 0),
            ("02", "Rejang Lebong", 0),
            ("05", "Seluma", 0),
            ("71", "Bengkulu", 1),
        ],
        ["Padang", "Air", "Talang", "Tanjung", "Kota"],
        ["Baru", "Rindu", "Manis", "Sebakul", "Panjang"],
    ),
    (
        "18",
        "Lampung",
        "pekon",
        "Kepala Pekon",
        ["0721", "0722", "0725"],
        [
            ("06", "Tanggamus", 0),
            ("03", "Lampung Selatan", 0),
            ("08", "Pesawaran", 0),
            ("13", "Pesisir Barat", 0),
        ],
        ["Way", "Gunung", "Sukaraja", "Banjar", "Tanjung", "Negeri"],
        ["Harapan", "Agung", "Mulya", "Rejo", "Sakti", "Jaya"],
    ),
    (
        "19",
        "Kepulauan Bangka Belitung",
        "dusun",
        "Kepala Desa",
        ["0717", "0719"],
        [("01", "Bangka", 0), ("02", "Belitung", 0), ("04", "Bangka Selatan", 0)],
        ["Air", "Tanjung", "Kelapa", "Batu", "Pangkal"],
        ["Gegas", "Labu", "Kampit", "Putih", "Itam"],
    ),
    (
        "21",
        "Kepulauan Riau",
        "kampung",
        "Kepala Desa",
        ["0771", "0778", "0776"],
        [("01", "Karimun", 0), ("02", "Bintan", 0), ("04", "Lingga", 0), ("71", "Batam", 1)],
        ["Teluk", "Pulau", "Tanjung", "Sungai", "Kampung"],
        ["Bakau", "Sebong", "Bunga", "Lobam", "Sekanah"],
    ),
    (
        "31",
        "DKI Jakarta",
        "kota",
        "Lurah",
        ["021"],
        [
            ("71", "Jakarta Selatan", 1),
            ("72", "Jakarta Timur", 1),
            ("73", "Jakarta Pusat", 1),
            ("74", "Jakarta Barat", 1),
            ("75", "Jakarta Utara", 1),
        ],
        ["Kebon", "Pondok", "Rawa", "Cipinang", "Kampung", "Tanjung"],
        ["Baru", "Jeruk", "Bambu", "Melayu", "Duri", "Pinang"],
    ),
    (
        "32",
        "Jawa Barat",
        "kp",
        "Kepala Desa",
        ["022", "0260", "0262", "0265", "0231"],
        [
            ("01", "Bogor", 0),
            ("05", "Garut", 0),
            ("06", "Tasikmalaya", 0),
            ("03", "Cianjur", 0),
            ("10", "Majalengka", 0),
            ("04", "Bandung", 0),
        ],
        ["Ci", "Suka", "Mekar", "Sindang", "Karang", "Pasir", "Leuwi"],
        ["sari", "jaya", "mukti", "wangi", "galih", "asih", "rahayu"],
    ),
    (
        "33",
        "Jawa Tengah",
        "dukuh",
        "Kepala Desa",
        ["0272", "0276", "0291", "0281", "0285"],
        [
            ("10", "Klaten", 0),
            ("09", "Boyolali", 0),
            ("02", "Banyumas", 0),
            ("20", "Kendal", 0),
            ("18", "Pati", 0),
            ("11", "Sukoharjo", 0),
        ],
        ["Karang", "Sido", "Kebon", "Ngemplak", "Tegal", "Wono", "Gunung"],
        ["rejo", "mulyo", "sari", "harjo", "asri", "agung", "anom"],
    ),
    (
        "34",
        "DI Yogyakarta",
        "diy",
        "Lurah",
        ["0274"],
        [
            ("04", "Sleman", 0),
            ("02", "Bantul", 0),
            ("03", "Gunungkidul", 0),
            ("01", "Kulon Progo", 0),
        ],
        ["Nga", "Sido", "Tri", "Wono", "Panggung", "Sumber", "Karang"],
        ["rejo", "mulyo", "harjo", "sari", "agung", "kerto", "arum"],
    ),
    (
        "35",
        "Jawa Timur",
        "dusun",
        "Kepala Desa",
        ["0341", "0331", "0353", "0335", "0321"],
        [
            ("07", "Malang", 0),
            ("09", "Jember", 0),
            ("22", "Bojonegoro", 0),
            ("13", "Probolinggo", 0),
            ("16", "Mojokerto", 0),
            ("26", "Bangkalan", 0),
        ],
        ["Krajan", "Sumber", "Karang", "Tanjung", "Kedung", "Ngrejo", "Bandung"],
        ["rejo", "sari", "anyar", "wetan", "kulon", "lor", "kidul"],
    ),
    (
        "36",
        "Banten",
        "kp",
        "Kepala Desa",
        ["0254", "0253", "021"],
        [("01", "Pandeglang", 0), ("02", "Lebak", 0), ("04", "Serang", 0), ("03", "Tangerang", 0)],
        ["Ci", "Suka", "Kadu", "Pasir", "Sindang", "Cikeusik"],
        ["mulya", "jaya", "sari", "manah", "asih", "haur"],
    ),
    (
        "51",
        "Bali",
        "bali",
        "Perbekel",
        ["0361", "0362", "0366"],
        [
            ("03", "Badung", 0),
            ("04", "Gianyar", 0),
            ("06", "Bangli", 0),
            ("08", "Buleleng", 0),
            ("02", "Tabanan", 0),
            ("05", "Klungkung", 0),
        ],
        ["Tegal", "Pande", "Pasek", "Kaja", "Kelod", "Sema", "Anyar"],
        ["Kauh", "Kangin", "Tengah", "Sari", "Kawan", "Gede"],
    ),
    (
        "52",
        "Nusa Tenggara Barat",
        "lingk",
        "Kepala Desa",
        ["0370", "0376", "0374"],
        [
            ("01", "Lombok Barat", 0),
            ("02", "Lombok Tengah", 0),
            ("03", "Lombok Timur", 0),
            ("06", "Bima", 0),
            ("04", "Sumbawa", 0),
        ],
        ["Dasan", "Gubuk", "Karang", "Montong", "Lendang", "Sembalun", "Ranggo"],
        ["Baru", "Bagik", "Lauk", "Daya", "Timuq", "Bawak"],
    ),
    (
        "53",
        "Nusa Tenggara Timur",
        "dusun",
        "Kepala Desa",
        ["0380", "0383", "0382", "0385", "0387"],
        [
            ("01", "Kupang", 0),
            ("04", "Timor Tengah Selatan", 0),
            ("06", "Belu", 0),
            ("10", "Manggarai", 0),
            ("12", "Sumba Timur", 0),
            ("71", "Kupang", 1),
        ],
        ["Oe", "Nefo", "Bokong", "Niki", "Wae", "Lewo", "Kambera"],
        ["lete", "nunu", "kolo", "bau", "rana", "tobo", "mau"],
    ),
    (
        "61",
        "Kalimantan Barat",
        "rt",
        "Kepala Desa",
        ["0561", "0562", "0567"],
        [("12", "Kubu Raya", 0), ("06", "Sanggau", 0), ("01", "Sambas", 0), ("03", "Landak", 0)],
        ["Sungai", "Parit", "Teluk", "Kuala", "Batu", "Nanga"],
        ["Raya", "Durian", "Ambawang", "Kakap", "Pinang", "Layang"],
    ),
    (
        "62",
        "Kalimantan Tengah",
        "rt",
        "Kepala Desa",
        ["0536", "0531", "0532"],
        [
            ("01", "Kotawaringin Barat", 0),
            ("03", "Kapuas", 0),
            ("11", "Pulang Pisau", 0),
            ("06", "Katingan", 0),
        ],
        ["Tumbang", "Pulau", "Bukit", "Sei", "Tanjung", "Kuala"],
        ["Rungan", "Habaring", "Kahayan", "Hurung", "Pinang", "Samba"],
    ),
    (
        "63",
        "Kalimantan Selatan",
        "rt",
        "Pambakal",
        ["0511", "0517", "0527"],
        [
            ("03", "Banjar", 0),
            ("04", "Barito Kuala", 0),
            ("06", "Hulu Sungai Selatan", 0),
            ("07", "Hulu Sungai Tengah", 0),
        ],
        ["Sungai", "Handil", "Alalak", "Pasar", "Tambak", "Martapura"],
        ["Lulut", "Bakti", "Tengah", "Batung", "Parang", "Jingah"],
    ),
    (
        "64",
        "Kalimantan Timur",
        "rt",
        "Kepala Desa",
        ["0541", "0542", "0545"],
        [
            ("02", "Kutai Kartanegara", 0),
            ("03", "Berau", 0),
            ("09", "Penajam Paser Utara", 0),
            ("72", "Samarinda", 1),
            ("71", "Balikpapan", 1),
        ],
        ["Loa", "Muara", "Sungai", "Long", "Tanjung", "Teluk"],
        ["Janan", "Kaman", "Merdeka", "Bagun", "Redeb", "Dalam"],
    ),
    (
        "65",
        "Kalimantan Utara",
        "rt",
        "Kepala Desa",
        ["0552", "0551", "0556"],
        [("01", "Malinau", 0), ("02", "Bulungan", 0), ("04", "Nunukan", 0), ("71", "Tarakan", 1)],
        ["Long", "Tanjung", "Sungai", "Pulau", "Sebatik"],
        ["Bawan", "Palas", "Nyamuk", "Loreh", "Selor"],
    ),
    (
        "71",
        "Sulawesi Utara",
        "jaga",
        "Hukum Tua",
        ["0431", "0432", "0434"],
        [
            ("02", "Minahasa", 0),
            ("05", "Minahasa Selatan", 0),
            ("06", "Minahasa Utara", 0),
            ("01", "Bolaang Mongondow", 0),
            ("72", "Bitung", 1),
        ],
        ["Tumpaan", "Kawangkoan", "Tondano", "Tateli", "Warembungan", "Kali"],
        ["Satu", "Dua", "Baru", "Weru", "Atas", "Bawah"],
    ),
    (
        "72",
        "Sulawesi Tengah",
        "dusun",
        "Kepala Desa",
        ["0451", "0452", "0453"],
        [
            ("03", "Donggala", 0),
            ("10", "Sigi", 0),
            ("06", "Parigi Moutong", 0),
            ("04", "Poso", 0),
            ("71", "Palu", 1),
        ],
        ["Tondo", "Kalukubula", "Maku", "Tanahmodindi", "Bora", "Lolu"],
        ["Baru", "Jaya", "Indah", "Lama", "Selatan"],
    ),
    (
        "73",
        "Sulawesi Selatan",
        "lingk",
        "Kepala Desa",
        ["0411", "0413", "0481", "0421"],
        [
            ("06", "Gowa", 0),
            ("08", "Bone", 0),
            ("09", "Maros", 0),
            ("12", "Wajo", 0),
            ("16", "Pinrang", 0),
            ("71", "Makassar", 1),
        ],
        ["Bonto", "Borong", "Tamalate", "Kampili", "Pallangga", "Tanete", "Bulu"],
        ["Lompo", "Ca'di", "Baji", "Parang", "Matene", "Rappoa"],
    ),
    (
        "74",
        "Sulawesi Tenggara",
        "dusun",
        "Kepala Desa",
        ["0401", "0402", "0403"],
        [("03", "Muna", 0), ("05", "Konawe", 0), ("04", "Kolaka", 0), ("71", "Kendari", 1)],
        ["Wa", "Lakudo", "Lawa", "Raha", "Lasolo", "Tinanggea"],
        ["Ode", "Baru", "Jaya", "Indah", "Wuna"],
    ),
    (
        "75",
        "Gorontalo",
        "dusun",
        "Kepala Desa",
        ["0435", "0443"],
        [
            ("01", "Boalemo", 0),
            ("02", "Gorontalo", 0),
            ("03", "Pohuwato", 0),
            ("04", "Bone Bolango", 0),
        ],
        ["Huntu", "Tapa", "Limboto", "Bongo", "Molotabu", "Tilote"],
        ["Barat", "Utara", "Selatan", "Nua", "Lo'o"],
    ),
    (
        "76",
        "Sulawesi Barat",
        "lingk",
        "Kepala Desa",
        ["0426", "0428"],
        [("01", "Majene", 0), ("02", "Polewali Mandar", 0), ("04", "Mamuju", 0)],
        ["Pamboang", "Tinambung", "Campalagian", "Balanipa", "Tammerodo"],
        ["Utara", "Baru", "Indah", "Timur"],
    ),
    (
        "81",
        "Maluku",
        "negeri",
        "Raja",
        ["0911", "0914", "0918"],
        [
            ("01", "Maluku Tengah", 0),
            ("03", "Maluku Tenggara", 0),
            ("06", "Seram Bagian Barat", 0),
            ("71", "Ambon", 1),
        ],
        ["Hila", "Waai", "Tulehu", "Hitu", "Latu", "Amahai", "Soya"],
        ["Lama", "Messing", "Baru", "Tengah", "Atas"],
    ),
    (
        "82",
        "Maluku Utara",
        "dusun",
        "Kepala Desa",
        ["0921", "0922", "0924"],
        [
            ("01", "Halmahera Barat", 0),
            ("02", "Halmahera Tengah", 0),
            ("04", "Halmahera Selatan", 0),
            ("72", "Tidore Kepulauan", 1),
        ],
        ["Soa", "Gurabati", "Jailolo", "Sidangoli", "Mafututu", "Dufa"],
        ["Sio", "Dehe", "Gam", "Tengah", "Baru"],
    ),
    (
        "91",
        "Papua",
        "papua",
        "Kepala Kampung",
        ["0967", "0966", "0981"],
        [
            ("03", "Jayapura", 0),
            ("05", "Kepulauan Yapen", 0),
            ("06", "Biak Numfor", 0),
            ("19", "Keerom", 0),
            ("71", "Jayapura", 1),
        ],
        ["Ifar", "Yoboi", "Sereh", "Doyo", "Nolokla", "Kwadeware", "Ayapo"],
        ["Besar", "Lama", "Baru", "Kecil", "Gunung"],
    ),
    (
        "92",
        "Papua Barat",
        "papua",
        "Kepala Kampung",
        ["0986", "0956", "0955"],
        [
            ("02", "Manokwari", 0),
            ("06", "Teluk Bintuni", 0),
            ("03", "Fakfak", 0),
            ("11", "Manokwari Selatan", 0),
        ],
        ["Aimasi", "Prafi", "Warmare", "Masni", "Sowi", "Andai"],
        ["Mulya", "Jaya", "Indah", "Baru", "Satu"],
    ),
    (
        "93",
        "Papua Selatan",
        "papua",
        "Kepala Kampung",
        ["0971", "0975"],
        [("01", "Merauke", 0), ("02", "Boven Digoel", 0), ("03", "Mappi", 0), ("04", "Asmat", 0)],
        ["Wasur", "Nasem", "Kuprik", "Semangga", "Tanah Miring", "Kurik"],
        ["Jaya", "Makmur", "Indah", "Baru", "Asri"],
    ),
    (
        "94",
        "Papua Tengah",
        "papua",
        "Kepala Kampung",
        ["0984", "0901"],
        [("01", "Nabire", 0), ("04", "Mimika", 0), ("02", "Paniai", 0), ("06", "Dogiyai", 0)],
        ["Karang", "Bumi", "Sanoba", "Wonorejo", "Kalibobo", "Timika"],
        ["Tumbuh", "Wonorejo", "Jaya", "Indah", "Pantai"],
    ),
    (
        "95",
        "Papua Pegunungan",
        "papua",
        "Kepala Kampung",
        ["0969"],
        [
            ("01", "Jayawijaya", 0),
            ("04", "Lanny Jaya", 0),
            ("02", "Tolikara", 0),
            ("05", "Yahukimo", 0),
        ],
        ["Wesaput", "Hom-hom", "Honai", "Pikhe", "Wouma", "Hubi"],
        ["Lama", "Baru", "Atas", "Kikiak", "Jaya"],
    ),
    (
        "96",
        "Papua Barat Daya",
        "papua",
        "Kepala Kampung",
        ["0951", "0952"],
        [
            ("01", "Sorong", 0),
            ("02", "Raja Ampat", 0),
            ("03", "Sorong Selatan", 0),
            ("71", "Sorong", 1),
        ],
        ["Aimas", "Klamalu", "Waisai", "Saoka", "Klasaman", "Mariat"],
        ["Pantai", "Gunung", "Jaya", "Baru", "Indah"],
    ),
]

DISTRICT_STEMS = [
    "Kota",
    "Utara",
    "Selatan",
    "Timur",
    "Barat",
    "Tengah",
    "Baru",
    "Raya",
    "Hulu",
    "Hilir",
]

MALE = [
    "Ahmad",
    "Muhammad",
    "Budi",
    "Agus",
    "Slamet",
    "Bambang",
    "Joko",
    "Wahyu",
    "Rizki",
    "Dedi",
    "Hendra",
    "Iwan",
    "Yohanes",
    "Fransiskus",
    "Markus",
    "I Made",
    "I Wayan",
    "I Ketut",
    "I Nyoman",
    "Teuku",
    "Zulkifli",
    "Rahmat",
    "Syamsul",
    "La Ode",
    "Andi",
    "Muhammad Ilham",
    "Yosef",
    "Daniel",
    "Herman",
    "Ujang",
    "Asep",
    "Dadang",
    "Teguh",
    "Sutrisno",
    "Paulus",
    "Yakobus",
    "Abdul",
    "Samsudin",
    "Rudi",
    "Arif",
    "Fajar",
    "Marthen",
    "Benyamin",
    "Stefanus",
    "Gede",
    "Komang",
    "Lalu",
    "Baiq Rizal",
    "Ramli",
    "Junaidi",
    "Hasanuddin",
    "Imanuel",
]
FEMALE = [
    "Siti",
    "Sri",
    "Dewi",
    "Nur",
    "Rina",
    "Yuliani",
    "Maria",
    "Theresia",
    "Ni Made",
    "Ni Wayan",
    "Ni Ketut",
    "Cut",
    "Nurhayati",
    "Rahmawati",
    "Wa Ode",
    "Andi Nurul",
    "Yohana",
    "Magdalena",
    "Ani",
    "Eti",
    "Euis",
    "Tuti",
    "Sumiati",
    "Suparmi",
    "Lestari",
    "Fitri",
    "Novita",
    "Agustina",
    "Veronika",
    "Elisabeth",
    "Kadek Ayu",
    "Baiq",
    "Rosmini",
    "Hasnah",
    "Darmawati",
    "Yuni",
    "Ratna",
    "Ida",
    "Wulan",
    "Mariana",
    "Fransiska",
    "Oktaviani",
    "Susanti",
    "Marlina",
    "Hartini",
    "Jumiati",
    "Rosalina",
    "Kristina",
    "Sarce",
]
SURN = [
    "Saputra",
    "Wijaya",
    "Hidayat",
    "Lubis",
    "Siregar",
    "Nasution",
    "Simanjuntak",
    "Harahap",
    "Pratama",
    "Setiawan",
    "Kurniawan",
    "Susanto",
    "Rahman",
    "Hasibuan",
    "Tanjung",
    "Daulay",
    "Manurung",
    "Ginting",
    "Sembiring",
    "Pasaribu",
    "Tarigan",
    "Wenda",
    "Kogoya",
    "Tabuni",
    "Rumbiak",
    "Mandacan",
    "Kambu",
    "Sawaki",
    "Lumbantobing",
    "Tamba",
    "Pattiasina",
    "Latuconsina",
    "Tuhuleley",
    "Sopacua",
    "Manuputty",
    "Lasut",
    "Mamahit",
    "Rondonuwu",
    "Sondakh",
    "Ndun",
    "Manafe",
    "Nope",
    "Sinaga",
    "Bria",
    "Seran",
    "Mau",
    "Kase",
    "Dhae",
    "Ule",
    "Daeng",
    "Mappasessu",
    "Pane",
    "Syahputra",
    "Fauzi",
    "Maulana",
    "Ramadhan",
    "Suryani",
    "Handayani",
    "Wati",
    "Sari",
    "Astuti",
    "Rahayu",
    "Utami",
    "Permata",
    "",
    "",
    "",
    "",
    "",
    "",
]
STREETS = [
    "Merdeka",
    "Sudirman",
    "Diponegoro",
    "Pattimura",
    "Kartini",
    "Cendana",
    "Flamboyan",
    "Mawar",
    "Melati",
    "Anggrek",
    "Kenanga",
    "Pemuda",
    "Veteran",
    "Pahlawan",
    "Teuku Umar",
    "Imam Bonjol",
    "Hasanuddin",
    "Sam Ratulangi",
    "Trikora",
    "Gajah Mada",
    "Ahmad Yani",
    "Kemuning",
    "Nusa Indah",
    "Poros Desa",
    "Lingkar",
]
PLACES_BIRTH_EXTRA = [
    "Jakarta",
    "Surabaya",
    "Medan",
    "Makassar",
    "Bandung",
    "Semarang",
    "Palembang",
    "Kupang",
]
MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
MONTHS_ID3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
BANKS = ["BRI", "BNI", "Mandiri", "BSI", "BCA", "BPD"]
REGIONAL_BANK = {
    "11": "Bank Aceh Syariah",
    "13": "Bank Nagari",
    "34": "BPD DIY",
    "51": "BPD Bali",
    "53": "Bank NTT",
    "61": "Bank Kalbar",
    "63": "Bank Kalsel",
    "71": "BSG",
    "73": "Bank Sulselbar",
    "81": "Bank Maluku Malut",
    "91": "Bank Papua",
    "32": "bank bjb",
    "33": "Bank Jateng",
    "35": "Bank Jatim",
    "18": "Bank Lampung",
}
PROVIDERS = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0851",
    "0852",
    "0853",
    "0814",
    "0815",
    "0816",
    "0855",
    "0856",
    "0857",
    "0858",
    "0817",
    "0818",
    "0819",
    "0859",
    "0877",
    "0878",
    "0831",
    "0832",
    "0838",
    "0881",
    "0882",
    "0887",
    "0895",
    "0896",
    "0897",
    "0898",
    "0899",
]
MAILS = ["gmail.com"] * 7 + [
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
]
PEKERJAAN = [
    "Petani",
    "Pekebun",
    "Nelayan",
    "Buruh Harian Lepas",
    "Mengurus Rumah Tangga",
    "Wiraswasta",
    "Pedagang",
    "Tukang Kayu",
    "Peternak",
    "Karyawan Swasta",
    "Belum/Tidak Bekerja",
    "Sopir",
    "Ojek",
]

# First two digits of postal codes by province (Pos Indonesia ranges, approximate).
POSTAL = {
    "11": (23, 24),
    "12": (20, 22),
    "13": (25, 27),
    "14": (28, 29),
    "15": (36, 37),
    "16": (30, 32),
    "17": (38, 39),
    "18": (34, 35),
    "19": (33, 33),
    "21": (29, 29),
    "31": (10, 14),
    "32": (40, 46),
    "33": (50, 59),
    "34": (55, 55),
    "35": (60, 69),
    "36": (42, 42),
    "51": (80, 82),
    "52": (83, 84),
    "53": (85, 87),
    "61": (78, 79),
    "62": (73, 74),
    "63": (70, 72),
    "64": (75, 77),
    "65": (77, 77),
    "71": (95, 95),
    "72": (94, 94),
    "73": (90, 92),
    "74": (93, 93),
    "75": (96, 96),
    "76": (91, 91),
    "81": (97, 97),
    "82": (97, 97),
    "91": (99, 99),
    "92": (98, 98),
    "93": (99, 99),
    "94": (98, 98),
    "95": (99, 99),
    "96": (98, 98),
}

_counter = itertools.count(1)


def new_item(prefix: str = "t5") -> str:
    return f"{prefix}-{next(_counter):05d}"


# --------------------------------------------------------------------------------------------
# Segments: a plain string, P(kind, text, item) for a personal value, N(kind, text) a negative.
# --------------------------------------------------------------------------------------------
class P:
    __slots__ = ("kind", "text", "item")

    def __init__(self, kind: str, text: str, item: str | None = None):
        self.kind, self.text, self.item = kind, text, item or new_item()


class N:
    __slots__ = ("kind", "text")

    def __init__(self, kind: str, text: str):
        self.kind, self.text = kind, text


def seg_text(seg) -> str:
    if isinstance(seg, (list, tuple)):
        return "".join(seg_text(s) for s in seg)
    return seg if isinstance(seg, str) else seg.text


class Doc:
    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: list[dict] = []
        self.tables: list[list] = []

    def add(self, *segs) -> Doc:
        for s in segs:
            if isinstance(s, (list, tuple)):
                self.add(*s)
                continue
            text = s if isinstance(s, str) else s.text
            if isinstance(s, P):
                self.spans.append(
                    {"kind": s.kind, "start": self.n, "end": self.n + len(text), "item": s.item}
                )
            elif isinstance(s, N):
                self.negs.append({"kind": s.kind, "start": self.n, "end": self.n + len(text)})
            self.parts.append(text)
            self.n += len(text)
        return self

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------
# Makers
# --------------------------------------------------------------------------------------------
def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class World:
    """Random helpers bound to one Random and one region."""

    def __init__(self, rng, region):
        self.r = rng
        (
            self.pcode,
            self.pname,
            self.style,
            self.head,
            self.area,
            regs,
            self.stem1,
            self.stem2,
        ) = region
        self.regency = rng.choice(regs)
        self.rcode = self.pcode + self.regency[0]
        self.is_city = bool(self.regency[2])
        self.kab = ("Kota " if self.is_city else "Kabupaten ") + self.regency[1]
        self.kab_short = ("Kota " if self.is_city else "Kab. ") + self.regency[1]
        self.kec_no = rng.randint(1, 15)
        self.kec = self.place()
        self.village = self.place()
        self.area_code = rng.choice(self.area)
        self.slug = self.regency[1].lower().replace(" ", "").replace("'", "")
        self.vslug = self.village.lower().replace(" ", "").replace("'", "")

    # names and places
    def place(self) -> str:
        a, b = self.r.choice(self.stem1), self.r.choice(self.stem2)
        if a.endswith(("i", "a")) and b[0].islower():
            return a + b
        return f"{a} {b.capitalize()}" if b[0].islower() else f"{a} {b}"

    def name(self, female: bool) -> str:
        first = self.r.choice(FEMALE if female else MALE)
        last = self.r.choice(SURN)
        return f"{first} {last}".strip()

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    # identifiers
    def kec_code(self, other: bool = False) -> str:
        k = self.r.randint(1, 15) if other else self.kec_no
        return self.rcode + f"{k:02d}"

    def nik(self, birth: dt.date, female: bool, other: bool = False) -> str:
        day = birth.day + (40 if female else 0)
        return (
            self.kec_code(other)
            + f"{day:02d}{birth.month:02d}{birth.year % 100:02d}"
            + f"{self.r.randint(1, 3999):04d}"
        )

    def kk(self, other: bool = False) -> str:
        d = dt.date(2008, 1, 1) + dt.timedelta(days=self.r.randint(0, 6200))
        return self.kec_code(other) + d.strftime("%d%m%y") + f"{self.r.randint(1, 9999):04d}"

    def phone_digits(self) -> str:
        return self.r.choice(PROVIDERS) + self.digits(self.r.choice([7, 8, 8, 8, 8, 9]))

    def office_phone(self) -> str:
        n = self.digits(6 if len(self.area_code) == 4 else 7)
        return f"({self.area_code}) {n}"

    def npwp15(self) -> str:
        first8 = str(self.r.randint(1, 9)) + self.digits(7)
        d9 = luhn_digit(first8)
        rest = (
            self.r.choice(["0", "5", "6", "7", "8"])
            + self.r.choice(["01", "02", "11", "21", "24", "27", "31"])
            + "000"
        )
        return first8 + d9 + rest

    def kis(self) -> str:
        return "000" + str(self.r.randint(1, 3)) + self.digits(9)

    def kpj(self) -> str:
        return self.r.choice(["1", "2"]) + self.r.choice(["0", "1", "2", "3"]) + self.digits(9)

    def kks(self) -> str:
        return "601301" + self.digits(10)

    def passport(self) -> str:
        return self.r.choice("BCEXA") + self.digits(7)

    def account(self, bank: str | None = None) -> tuple[str, str]:
        bank = bank or self.r.choice(BANKS)
        if bank == "BRI":
            d = self.digits(4) + "01" + self.digits(6) + "50" + self.digits(1)
            s = self.r.choice(
                [
                    f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}",
                    d,
                    f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:14]} {d[14]}",
                ]
            )
        elif bank == "Mandiri":
            d = "1" + self.digits(12)
            s = self.r.choice(
                [f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}", d, f"{d[:3]}.{d[3:5]}.{d[5:12]}.{d[12]}"]
            )
        elif bank == "BNI":
            d = "0" + self.digits(9)
            s = self.r.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:4]} {d[4:7]} {d[7:]}"])
        elif bank == "BCA":
            d = self.digits(10)
            s = self.r.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:]}"])
        elif bank == "BSI":
            d = "7" + self.digits(9)
            s = self.r.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])
        else:
            bank = REGIONAL_BANK.get(self.pcode, "Bank Pembangunan Daerah")
            d = "0" + self.digits(2) + "0" + self.digits(1) + self.digits(8) + self.digits(1)
            s = self.r.choice(
                [f"{d[:3]}.{d[3:5]}.{d[5:12]}-{d[12]}", d, f"{d[:3]}-{d[3:5]}-{d[5:]}"]
            )
        return bank, s

    def nip(self) -> str:
        b = dt.date(self.r.randint(1966, 1992), self.r.randint(1, 12), self.r.randint(1, 28))
        tmt = f"{self.r.randint(b.year + 22, 2019)}{self.r.choice(['01', '02', '03', '04', '12'])}"
        s = b.strftime("%Y%m%d") + tmt + self.r.choice("12") + f"{self.r.randint(1, 30):03d}"
        return self.r.choice([s, f"{s[:8]} {s[8:14]} {s[14]} {s[15:]}"])

    def birth(self, lo: int = 1945, hi: int = 2005) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def recent(self, lo: str = "2024-01-01", span: int = 700) -> dt.date:
        return dt.date.fromisoformat(lo) + dt.timedelta(days=self.r.randint(0, span))

    def postal(self) -> str:
        lo, hi = POSTAL.get(self.pcode, (10, 99))
        return f"{self.r.randint(lo, hi)}{self.r.randint(1, 999):03d}"

    # address parts
    def hamlet(self) -> str:
        return self.place()

    def rt(self) -> str:
        return f"{self.r.randint(1, 25):0{self.r.choice([1, 2, 3])}d}"

    def rw(self) -> str:
        return f"{self.r.randint(1, 12):0{self.r.choice([1, 2, 3])}d}"

    def unit_word(self) -> str:
        return {
            "aceh": "Dusun",
            "jorong": "Jorong",
            "diy": "Padukuhan",
            "bali": "Banjar",
            "kp": "Kampung",
            "dukuh": "Dukuh",
            "lingk": "Lingkungan",
            "jaga": "Jaga",
            "negeri": "Dusun",
            "papua": "Kampung",
            "pekon": "Dusun",
            "rt": "RT",
            "kota": "Jalan",
            "kampung": "Kampung",
        }.get(self.style, "Dusun")

    def village_word(self) -> str:
        return {
            "aceh": "Gampong",
            "jorong": "Nagari",
            "diy": "Kalurahan",
            "bali": "Desa",
            "negeri": "Negeri",
            "papua": "Kampung",
            "pekon": "Pekon",
            "kota": "Kelurahan",
        }.get(self.style, "Desa")

    def district_word(self) -> str:
        return {"diy": "Kapanewon", "papua": "Distrik"}.get(self.style, "Kecamatan")

    def address(self, full: bool = False, village: str | None = None) -> str:
        """A private home address in the region's own wording."""
        r, v = self.r, village or self.village
        h, rt, rw = self.hamlet(), self.rt(), self.rw()
        st = self.style
        if st == "aceh":
            opts = [
                f"Dusun {h}, Gampong {v}",
                f"Dsn. {h} Gp. {v}",
                f"Gampong {v} Dusun {h}",
                f"Lorong {r.choice(['I', 'II', 'III', 'Mesjid', 'Keuchik'])} Dusun {h}, {v}",
            ]
        elif st == "jorong":
            opts = [f"Jorong {h}, Nagari {v}", f"Jr. {h} Nag. {v}", f"Jorong {h} Kenagarian {v}"]
        elif st == "diy":
            opts = [
                f"Padukuhan {h} RT {rt} RW {rw}, Kalurahan {v}",
                f"{h} RT {int(rt):02d}/{int(rw):02d}, {v}",
                f"Pdk. {h}, {v}, Kap. {self.kec}",
                f"Dusun {h} RT {rt}, {v}",
            ]
        elif st == "bali":
            opts = [
                f"Br. {h}, Desa {v}",
                f"Banjar Dinas {h}, {v}",
                f"Jl. {r.choice(STREETS)} Gg. {r.randint(1, 12)} No. {r.randint(1, 60)}, Br. {h}",
                f"Banjar {h} Desa Adat {v}",
            ]
        elif st == "kp":
            opts = [
                f"Kp. {h} RT {int(rt):03d}/{int(rw):03d} Desa {v}",
                f"Kampung {h} RT {rt} RW {rw}, {v}",
                f"Kp. {h} Rt.{rt}/Rw.{rw}",
                f"Blok {r.choice(['Senin', 'Kamis', 'Manis', 'Pahing', 'Kliwon'])} RT {rt}/{rw} Desa {v}",
            ]
        elif st == "dukuh":
            opts = [
                f"Dk. {h} RT {rt} RW {rw}, {v}",
                f"Dukuh {h} RT {int(rt):02d}/{int(rw):02d} Desa {v}",
                f"{h} Rt {rt} Rw {rw} {v}",
            ]
        elif st == "lingk":
            opts = [
                f"Lingk. {h}, Kel. {v}",
                f"Lingkungan {h} RT {rt}, {v}",
                f"Jl. {r.choice(STREETS)} Lr. {r.randint(1, 9)} No. {r.randint(1, 90)}, {v}",
                f"Dusun {h}, Desa {v}",
            ]
        elif st == "jaga":
            opts = [
                f"Jaga {ROMAN[r.randint(0, 9)]}, Desa {v}",
                f"Jaga {r.randint(1, 10)} {v}",
                f"Lingkungan {r.randint(1, 8)} Kel. {v}",
            ]
        elif st == "negeri":
            opts = [
                f"Dusun {h}, Negeri {v}",
                f"Soa {h} Negeri {v}",
                f"RT {rt}/RW {rw} Negeri {v}",
                f"Lorong {h} RT {rt}, {v}",
            ]
        elif st == "papua":
            opts = [
                f"Kampung {h}, Distrik {self.kec}",
                f"Kp. {h} RT {rt}/RW {rw}",
                f"Jl. {r.choice(STREETS)} Kampung {v}",
                f"Kompleks {r.choice(['Perumnas', 'BTN', 'Pasar Lama', 'Gereja'])} {h} Kampung {v}",
            ]
        elif st == "pekon":
            opts = [f"Dusun {h} Pekon {v}", f"Pemangku {h}, Pekon {v}", f"Tiyuh {v} RK {rt}"]
        elif st == "rt":
            opts = [
                f"RT {rt} Desa {v}",
                f"Jl. {r.choice(STREETS)} Gg. {h} RT {int(rt):03d}",
                f"Handil {h} RT {rt}, {v}",
                f"Jl. Poros {h} Km {r.randint(2, 40)} RT {rt}",
            ]
        elif st == "kota":
            opts = [
                f"Jl. {r.choice(STREETS)} No. {r.randint(1, 120)} RT {int(rt):03d}/RW {int(rw):03d}, Kel. {v}",
                f"Gg. {r.choice(STREETS)} {ROMAN[r.randint(0, 5)]} No. {r.randint(1, 40)} RT {rt}/{rw}",
                f"Komp. {h} Blok {r.choice('ABCDEFG')}{r.randint(1, 20)} No. {r.randint(1, 30)}",
            ]
        elif st == "kampung":
            opts = [
                f"Kampung {h} RT {rt}/RW {rw}, Desa {v}",
                f"Perum {h} Indah Blok {r.choice('ABCDE')}-{r.randint(1, 30)}",
            ]
        else:
            opts = [
                f"Dusun {h} RT {int(rt):03d} RW {int(rw):03d} Desa {v}",
                f"Dsn. {h} RT {rt}/{rw}, Ds. {v}",
                f"Dusun {h}, Desa {v}",
            ]
        opts += [
            f"Perum {self.place()} Blok {r.choice('ABCDEFGH')}{r.randint(1, 15)} No. {r.randint(1, 40)}",
            f"belakang {r.choice(['Masjid', 'Pasar', 'SD Inpres', 'Gereja', 'Puskesmas Pembantu', 'kantor pos lama'])} {h}, RT {rt}",
        ]
        a = r.choice(opts[:-2] * 4 + opts[-2:])
        if full and self.kec not in a:
            a += (
                f", Kec. {self.kec}"
                if self.style not in ("diy", "papua")
                else f", {self.district_word()} {self.kec}"
            )
        return a

    def split_address(self, village: str | None = None) -> list[str]:
        """hamlet | RT | RW | village, for split columns."""
        return [
            self.hamlet(),
            f"{int(self.rt()):03d}",
            f"{int(self.rw()):03d}",
            village or self.village,
        ]


# --------------------------------------------------------------------------------------------
# Writings
# --------------------------------------------------------------------------------------------
def fmt_date(r, d: dt.date, style: str | None = None) -> str:
    style = style or r.choice(
        ["dmy-", "dmy/", "dmy.", "long", "long", "short", "roman", "iso", "dmy2", "upper", "en"]
    )
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "dmy/":
        return f"{d.day}/{d.month}/{d.year}" if r.random() < 0.4 else d.strftime("%d/%m/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"
    if style == "upper":
        return f"{d.day:02d} {MONTHS_ID[d.month - 1].upper()} {d.year}"
    if style == "short":
        return f"{d.day:02d} {MONTHS_ID3[d.month - 1]} {d.year}"
    if style == "roman":
        return f"{d.day:02d}-{ROMAN[d.month - 1]}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy2":
        return d.strftime("%d/%m/%y")
    if style == "en":
        return r.choice(
            [
                f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}",
                f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            ]
        )
    if style == "compact":
        return d.strftime("%d%m%Y")
    raise ValueError(style)


def fmt_phone(r, digits: str, style: str | None = None) -> str:
    d = digits
    style = style or r.choice(["plain", "plain", "dash", "space", "intl", "intl2", "dot", "62"])
    if style == "plain":
        return d
    if style == "dash":
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    if style == "space":
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if style == "intl":
        return f"+62 {d[1:4]}-{d[4:8]}-{d[8:]}"
    if style == "intl2":
        return f"+62{d[1:]}"
    if style == "dot":
        return f"{d[:4]}.{d[4:8]}.{d[8:]}"
    if style == "62":
        return "62" + d[1:]
    raise ValueError(style)


def fmt_nik(r, s: str) -> str:
    return r.choice(
        [s] * 8 + [f"{s[:6]} {s[6:12]} {s[12:]}", f"{s[:6]}.{s[6:12]}.{s[12:]}", f"'{s}"]
    )


def fmt_npwp(r, s: str) -> str:
    return r.choice(
        [
            f"{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8]}-{s[9:12]}.{s[12:]}",
            s,
            f"{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8]} - {s[9:12]}.{s[12:]}",
        ]
    )


def fmt_kis(r, s: str) -> str:
    return r.choice([s, s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:3]}-{s[3:]}"])


def email_of(r, name: str, year: int) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha() or ch == " ").split()
    if not base:
        base = ["warga"]
    pick = r.choice(
        [
            lambda: base[0] + (base[-1] if len(base) > 1 else "") + str(year % 100),
            lambda: base[0] + "." + base[-1],
            lambda: base[-1] + str(r.randint(1, 999)),
            lambda: base[0] + "_" + str(year),
            lambda: base[0][:1] + base[-1] + str(r.randint(10, 99)),
        ]
    )
    return pick() + "@" + r.choice(MAILS)


def money(r, lo: int, hi: int, step: int = 50000) -> str:
    v = r.randint(lo // step, hi // step) * step
    return f"{v:,}".replace(",", ".")
