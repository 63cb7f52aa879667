# ruff: noqa: E501, S311  (data tables and templates; seeded random for a reproducible benchmark, not for security)
"""Shared pieces of the sixth held-out corpus: regions, pools, identifier makers, writings and a
span-tracking text builder. Written from scratch for heldout6; every table here was typed from
the author's own knowledge (province/regency codes may be off in places)."""

import random

# province code, name, [(regency code, regency name, is_city)], phone area code, local unit,
# village word, village head title, place-name stems
PROVINCES = [
    (
        "11",
        "Aceh",
        [("06", "Aceh Besar", 0), ("71", "Banda Aceh", 1), ("11", "Bireuen", 0)],
        "0651",
        "gampong",
        "Gampong",
        "Keuchik",
        ["Lam", "Blang", "Meunasah", "Lhok", "Cot", "Krueng", "Paya", "Ujong"],
    ),
    (
        "12",
        "Sumatera Utara",
        [("71", "Medan", 1), ("07", "Deli Serdang", 0), ("12", "Toba", 0)],
        "061",
        "lingkungan",
        "Desa",
        "Kepala Desa",
        ["Sei", "Huta", "Lumban", "Sipi", "Tanjung", "Pasar", "Bandar", "Sibolga"],
    ),
    (
        "13",
        "Sumatera Barat",
        [("71", "Padang", 1), ("06", "Agam", 0), ("08", "Lima Puluh Kota", 0)],
        "0751",
        "jorong",
        "Nagari",
        "Wali Nagari",
        ["Koto", "Batu", "Lubuk", "Sungai", "Padang", "Tanjung", "Pauh", "Kubang"],
    ),
    (
        "14",
        "Riau",
        [("71", "Pekanbaru", 1), ("06", "Kampar", 0), ("04", "Pelalawan", 0)],
        "0761",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Pangkalan", "Teluk", "Sungai", "Rantau", "Kuala", "Tanjung", "Koto", "Air"],
    ),
    (
        "15",
        "Jambi",
        [("71", "Kota Jambi", 1), ("05", "Muaro Jambi", 0)],
        "0741",
        "rt",
        "Desa",
        "Kepala Desa",
        ["Muara", "Talang", "Sungai", "Pematang", "Kampung", "Tanjung", "Simpang"],
    ),
    (
        "16",
        "Sumatera Selatan",
        [("71", "Palembang", 1), ("02", "Ogan Komering Ilir", 0), ("07", "Muara Enim", 0)],
        "0711",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Talang", "Sungai", "Tanjung", "Muara", "Pulau", "Lubuk", "Air"],
    ),
    (
        "17",
        "Bengkulu",
        [("71", "Kota Bengkulu", 1), ("02", "Rejang Lebong", 0)],
        "0736",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Air", "Talang", "Tanjung", "Kota", "Sukarami", "Pasar"],
    ),
    (
        "18",
        "Lampung",
        [("71", "Bandar Lampung", 1), ("03", "Lampung Selatan", 0), ("06", "Tanggamus", 0)],
        "0721",
        "pekon",
        "Pekon",
        "Kepala Pekon",
        ["Way", "Sukamaju", "Tanjung", "Gunung", "Negeri", "Srimulyo", "Pardasuka"],
    ),
    (
        "19",
        "Kepulauan Bangka Belitung",
        [("71", "Pangkalpinang", 1), ("01", "Bangka", 0)],
        "0717",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Air", "Batu", "Kota", "Tanjung", "Sungai", "Kampung"],
    ),
    (
        "21",
        "Kepulauan Riau",
        [("71", "Batam", 1), ("72", "Tanjungpinang", 1), ("01", "Karimun", 0)],
        "0778",
        "perum",
        "Kelurahan",
        "Lurah",
        ["Tanjung", "Batu", "Sei", "Teluk", "Pulau", "Kampung"],
    ),
    (
        "31",
        "DKI Jakarta",
        [
            ("71", "Jakarta Selatan", 1),
            ("72", "Jakarta Timur", 1),
            ("74", "Jakarta Barat", 1),
            ("75", "Jakarta Utara", 1),
        ],
        "021",
        "gang",
        "Kelurahan",
        "Lurah",
        ["Cipinang", "Kebon", "Pondok", "Tanjung", "Rawa", "Duren", "Kampung", "Pela"],
    ),
    (
        "32",
        "Jawa Barat",
        [("01", "Bogor", 0), ("05", "Garut", 0), ("73", "Kota Bandung", 1), ("08", "Kuningan", 0)],
        "0262",
        "kp",
        "Desa",
        "Kepala Desa",
        ["Suka", "Ci", "Mekar", "Karang", "Sindang", "Pasir", "Jaya", "Neglasari"],
    ),
    (
        "33",
        "Jawa Tengah",
        [("10", "Klaten", 0), ("74", "Semarang", 1), ("02", "Banyumas", 0), ("18", "Pati", 0)],
        "0272",
        "dukuh",
        "Desa",
        "Kepala Desa",
        ["Karang", "Ngemplak", "Sido", "Tegal", "Wono", "Kedung", "Plosorejo", "Jati"],
    ),
    (
        "34",
        "Daerah Istimewa Yogyakarta",
        [
            ("04", "Sleman", 0),
            ("02", "Bantul", 0),
            ("03", "Gunungkidul", 0),
            ("01", "Kulon Progo", 0),
        ],
        "0274",
        "padukuhan",
        "Kalurahan",
        "Lurah",
        ["Ngaglik", "Tri", "Sumber", "Wono", "Sido", "Pleret", "Gedong", "Karang"],
    ),
    (
        "35",
        "Jawa Timur",
        [("07", "Malang", 0), ("78", "Surabaya", 1), ("09", "Jember", 0), ("24", "Lamongan", 0)],
        "0341",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Krajan", "Sumber", "Ngadi", "Tegal", "Sido", "Karang", "Wono", "Rejo"],
    ),
    (
        "36",
        "Banten",
        [("03", "Tangerang", 0), ("04", "Serang", 0), ("01", "Pandeglang", 0)],
        "0254",
        "kp",
        "Desa",
        "Kepala Desa",
        ["Cikande", "Suka", "Kadu", "Pasir", "Mekar", "Tanjung", "Kramat"],
    ),
    (
        "51",
        "Bali",
        [("03", "Badung", 0), ("04", "Gianyar", 0), ("71", "Denpasar", 1), ("08", "Buleleng", 0)],
        "0361",
        "banjar",
        "Desa",
        "Perbekel",
        ["Tegal", "Kaja", "Kelod", "Dauh", "Sari", "Pande", "Taman", "Batu"],
    ),
    (
        "52",
        "Nusa Tenggara Barat",
        [("01", "Lombok Barat", 0), ("02", "Lombok Tengah", 0), ("71", "Mataram", 1)],
        "0370",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Sesela", "Gerung", "Batu", "Kuta", "Sengkol", "Pringgarata", "Montong"],
    ),
    (
        "53",
        "Nusa Tenggara Timur",
        [("71", "Kupang", 1), ("10", "Manggarai", 0), ("01", "Sumba Barat", 0)],
        "0380",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Oe", "Noel", "Naibonat", "Bena", "Lewo", "Wae", "Ruteng"],
    ),
    (
        "61",
        "Kalimantan Barat",
        [("71", "Pontianak", 1), ("03", "Sanggau", 0), ("01", "Sambas", 0)],
        "0561",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Sungai", "Parit", "Kuala", "Teluk", "Nanga", "Pal", "Sei"],
    ),
    (
        "62",
        "Kalimantan Tengah",
        [("71", "Palangka Raya", 1), ("03", "Kapuas", 0)],
        "0536",
        "rt",
        "Desa",
        "Kepala Desa",
        ["Tumbang", "Pulau", "Basarang", "Mantangai", "Kuala", "Tewah"],
    ),
    (
        "63",
        "Kalimantan Selatan",
        [("71", "Banjarmasin", 1), ("03", "Banjar", 0), ("10", "Tanah Bumbu", 0)],
        "0511",
        "rt",
        "Desa",
        "Pambakal",
        ["Handil", "Sungai", "Alalak", "Martapura", "Kuin", "Tatah", "Pasayangan"],
    ),
    (
        "64",
        "Kalimantan Timur",
        [("72", "Samarinda", 1), ("71", "Balikpapan", 1), ("02", "Kutai Kartanegara", 0)],
        "0541",
        "rt",
        "Desa",
        "Kepala Desa",
        ["Loa", "Muara", "Sungai", "Tenggarong", "Bukit", "Separi"],
    ),
    (
        "65",
        "Kalimantan Utara",
        [("71", "Tarakan", 1), ("01", "Malinau", 0), ("02", "Bulungan", 0)],
        "0551",
        "rt",
        "Desa",
        "Kepala Desa",
        ["Juata", "Karang", "Sebengkok", "Tanjung", "Long", "Sesayap"],
    ),
    (
        "71",
        "Sulawesi Utara",
        [("71", "Manado", 1), ("02", "Minahasa", 0), ("05", "Minahasa Utara", 0)],
        "0431",
        "jaga",
        "Desa",
        "Hukum Tua",
        ["Tondano", "Kakas", "Remboken", "Wasian", "Tombulu", "Sawangan", "Kema"],
    ),
    (
        "72",
        "Sulawesi Tengah",
        [("71", "Palu", 1), ("01", "Banggai", 0), ("10", "Sigi", 0)],
        "0451",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Tondo", "Kawatuna", "Biromaru", "Bora", "Kalukubula", "Soulowe"],
    ),
    (
        "73",
        "Sulawesi Selatan",
        [("71", "Makassar", 1), ("08", "Bone", 0), ("02", "Bulukumba", 0), ("72", "Parepare", 1)],
        "0411",
        "lingkungan",
        "Desa",
        "Kepala Desa",
        ["Bonto", "Tamalate", "Pa'baeng", "Bulo", "Tanete", "Lappa", "Mallawa"],
    ),
    (
        "74",
        "Sulawesi Tenggara",
        [("71", "Kendari", 1), ("04", "Konawe", 0)],
        "0401",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Wawo", "Lalo", "Puu", "Andoolo", "Anggaberi", "Abeli"],
    ),
    (
        "75",
        "Gorontalo",
        [("71", "Kota Gorontalo", 1), ("01", "Gorontalo", 0), ("03", "Bone Bolango", 0)],
        "0435",
        "dusun",
        "Desa",
        "Kepala Desa",
        ["Huluduotamo", "Tilong", "Bongo", "Botu", "Tapa", "Dulalowo"],
    ),
    (
        "76",
        "Sulawesi Barat",
        [("04", "Mamuju", 0), ("01", "Majene", 0)],
        "0426",
        "lingkungan",
        "Desa",
        "Kepala Desa",
        ["Binanga", "Rangas", "Simboro", "Tapalang", "Kalukku", "Bambu"],
    ),
    (
        "81",
        "Maluku",
        [("71", "Ambon", 1), ("01", "Maluku Tengah", 0)],
        "0911",
        "soa",
        "Negeri",
        "Raja",
        ["Hutumuri", "Tulehu", "Passo", "Latu", "Hila", "Wakal", "Liang"],
    ),
    (
        "82",
        "Maluku Utara",
        [("71", "Ternate", 1), ("72", "Tidore Kepulauan", 1), ("01", "Halmahera Barat", 0)],
        "0921",
        "rt",
        "Kelurahan",
        "Lurah",
        ["Dufa-Dufa", "Sasa", "Jambula", "Soasio", "Gurabati", "Tobololo"],
    ),
    (
        "91",
        "Papua",
        [("71", "Jayapura", 1), ("03", "Jayapura", 0)],
        "0967",
        "kampung",
        "Kampung",
        "Kepala Kampung",
        ["Sentani", "Waena", "Yoka", "Doyo", "Hedam", "Nolokla", "Asei"],
    ),
    (
        "92",
        "Papua Barat",
        [("02", "Manokwari", 0), ("03", "Teluk Wondama", 0)],
        "0986",
        "kampung",
        "Kampung",
        "Kepala Kampung",
        ["Amban", "Sowi", "Wosi", "Prafi", "Masni", "Anggori"],
    ),
    (
        "93",
        "Papua Selatan",
        [("01", "Merauke", 0), ("02", "Boven Digoel", 0)],
        "0971",
        "kampung",
        "Kampung",
        "Kepala Kampung",
        ["Kuprik", "Semangga", "Tanah Miring", "Wasur", "Kurik", "Bokem"],
    ),
    (
        "94",
        "Papua Tengah",
        [("01", "Nabire", 0), ("04", "Mimika", 0)],
        "0984",
        "kampung",
        "Kampung",
        "Kepala Kampung",
        ["Karang Tumaritis", "Oyehe", "Kwamki", "Timika Jaya", "Wonorejo", "Bumi Wonorejo"],
    ),
    (
        "95",
        "Papua Pegunungan",
        [("01", "Jayawijaya", 0)],
        "0969",
        "kampung",
        "Kampung",
        "Kepala Kampung",
        ["Wouma", "Hubikosi", "Sinakma", "Pikhe", "Wesaput", "Siepkosi"],
    ),
    (
        "96",
        "Papua Barat Daya",
        [("71", "Sorong", 1), ("01", "Sorong", 0), ("05", "Raja Ampat", 0)],
        "0951",
        "kampung",
        "Kampung",
        "Kepala Kampung",
        ["Klasaman", "Malawele", "Aimas", "Remu", "Klablim", "Waisai"],
    ),
]

FIRST_M = [
    "Ahmad",
    "Budi",
    "Muhammad",
    "Agus",
    "Rahmat",
    "Dedi",
    "Hendra",
    "Yohanes",
    "Wayan",
    "Made",
    "Ketut",
    "Teuku",
    "Fajar",
    "Rizky",
    "Andi",
    "Imam",
    "Slamet",
    "Suparman",
    "Markus",
    "Daniel",
    "Yosef",
    "Samuel",
    "La Ode",
    "Haerul",
    "Irfan",
    "Bambang",
    "Stevanus",
    "Arief",
    "Gede",
    "Zulkifli",
    "Syamsul",
    "Herman",
    "Paulus",
    "Ignatius",
    "Tri",
    "Eko",
    "Sutrisno",
    "Ridwan",
    "Usman",
    "Yusuf",
]
FIRST_F = [
    "Siti",
    "Nur",
    "Dewi",
    "Sri",
    "Ni Luh",
    "Ni Made",
    "Rahmawati",
    "Yuliana",
    "Maria",
    "Fitri",
    "Wahyuni",
    "Lestari",
    "Putri",
    "Cut",
    "Dian",
    "Rina",
    "Suryani",
    "Agustina",
    "Magdalena",
    "Ernawati",
    "Nurhayati",
    "Aisyah",
    "Halimah",
    "Kartini",
    "Theresia",
    "Yohana",
    "Andi Nur",
    "Wa Ode",
    "Oktaviani",
    "Intan",
]
LAST = [
    "Saputra",
    "Hidayat",
    "Nasution",
    "Siregar",
    "Harahap",
    "Lubis",
    "Simanjuntak",
    "Tanjung",
    "Chaniago",
    "Piliang",
    "Wibowo",
    "Susanto",
    "Pratama",
    "Kurniawan",
    "Setiawan",
    "Rahayu",
    "Astuti",
    "Handayani",
    "Mahendra",
    "Pasaribu",
    "Sinaga",
    "Manurung",
    "Wenda",
    "Kogoya",
    "Rumbiak",
    "Mandacan",
    "Wanggai",
    "Lumintang",
    "Rondonuwu",
    "Kaunang",
    "Latuconsina",
    "Pattimura",
    "Tuhumury",
    "Daeng",
    "Mappaseng",
    "Lamba",
    "Ndoen",
    "Tefa",
    "Bria",
    "Umar",
    "Abdullah",
    "Hasibuan",
    "Effendi",
    "Gunawan",
    "Yuniarti",
    "Safitri",
    "Ramadhan",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "",
]
STREETS = [
    "Jl. Merdeka",
    "Jl. Pemuda",
    "Jl. Kartini",
    "Jl. Diponegoro",
    "Jl. Sisingamangaraja",
    "Jl. Pattimura",
    "Jl. Cendrawasih",
    "Jl. Mawar",
    "Jl. Anggrek",
    "Jl. Flamboyan",
    "Jl. Kenanga",
    "Jl. Teuku Umar",
    "Jl. Hasanuddin",
    "Jl. Gatot Subroto",
    "Jl. Ahmad Yani",
    "Jl. Sam Ratulangi",
    "Jl. Trikora",
    "Jl. Nusantara",
    "Jl. Rajawali",
    "Jl. Kelapa Gading",
]
BANKS = [
    ("BRI", "4-2-6-2-1"),
    ("BNI", "10"),
    ("Mandiri", "3-2-7-1"),
    ("BSI", "10"),
    ("BCA", "3-7"),
    ("Bank Nagari", "4-2-2-6"),
    ("Bank Jateng", "1-3-5-4"),
    ("Bank Papua", "3-2-5-2"),
    ("Bank Kalbar", "3-3-6"),
    ("Bank Sulselbar", "3-3-3-6"),
    ("BPD Bali", "3-2-2-6"),
    ("Bank Aceh Syariah", "3-2-2-6"),
    ("Bank NTT", "3-2-2-6-1"),
    ("BTN", "4-2-10"),
]
HP_PREFIX = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0851",
    "0852",
    "0853",
    "0855",
    "0856",
    "0857",
    "0858",
    "0877",
    "0878",
    "0881",
    "0882",
    "0895",
    "0896",
    "0897",
    "0898",
    "0831",
    "0838",
]
MAIL_DOM = [
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "ymail.com",
    "icloud.com",
    "rocketmail.com",
]
BULAN = [
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
BULAN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"]
MONTH_EN = [
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
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}
ARABIC = {str(i): chr(0x0660 + i) for i in range(10)}
PERSIAN = {str(i): chr(0x06F0 + i) for i in range(10)}
MATHBOLD = {str(i): chr(0x1D7CE + i) for i in range(10)}
MATHMONO = {str(i): chr(0x1D7F6 + i) for i in range(10)}


class Ctx:
    """Per-text random state and region."""

    def __init__(self, rnd: random.Random, prov_idx: int):
        self.r = rnd
        p = PROVINCES[prov_idx % len(PROVINCES)]
        self.pcode, self.pname, regs, self.area, self.unit, self.vword, self.head, self.stems = p
        self.kcode, self.kname, self.is_city = rnd.choice(regs)
        self.dcode = f"{rnd.randint(1, 19):02d}"
        self.district = self.place()
        self.village = self.place()

    # ----- names and places
    def place(self) -> str:
        r = self.r
        a = r.choice(self.stems)
        b = r.choice(
            [
                "Baru",
                "Jaya",
                "Indah",
                "Raya",
                "Lama",
                "Timur",
                "Barat",
                "Utara",
                "Selatan",
                "Makmur",
                "Sari",
                "Mulya",
                "Hilir",
                "Hulu",
                "Tengah",
                "Asri",
                "Permai",
                "Kidul",
                "Wetan",
            ]
        )
        return f"{a} {b}" if r.random() < 0.8 else a

    def person(self, female=None):
        r = self.r
        if female is None:
            female = r.random() < 0.5
        if self.pcode == "51":
            first = (
                r.choice(["Ni Luh", "Ni Made", "Ni Ketut", "Ni Komang"])
                if female
                else r.choice(["I Wayan", "I Made", "I Nyoman", "I Ketut", "I Gede", "I Komang"])
            )
            name = (
                first
                + " "
                + r.choice(
                    [
                        "Sudarma",
                        "Artawan",
                        "Suastini",
                        "Wiratni",
                        "Sukerta",
                        "Ariani",
                        "Mertayasa",
                        "Astiti",
                    ]
                )
            )
        else:
            first = r.choice(FIRST_F if female else FIRST_M)
            last = r.choice(LAST)
            name = (first + " " + last).strip()
        if r.random() < 0.12:
            name = name.upper()
        return name, female

    def official(self):
        n, _ = self.person(female=self.r.random() < 0.3)
        return n.title() + self.r.choice(
            [
                ", S.Sos",
                ", S.E.",
                ", S.H., M.H.",
                ", S.Kom",
                ", S.IP., M.Si.",
                ", A.Md.",
                ", S.Pd.",
                "",
            ]
        )

    # ----- identifiers
    def bdate(self, lo=1940, hi=2008):
        r = self.r
        return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)

    def nik(self, female=False, d=None, other=False):
        r = self.r
        y, m, dd = d or self.bdate()
        kc, dc = self.kcode, self.dcode
        if other:
            dc = f"{r.randint(1, 19):02d}"
        day = dd + 40 if female else dd
        return f"{self.pcode}{kc}{dc}{day:02d}{m:02d}{y % 100:02d}{r.randint(1, 2999):04d}"

    def kk(self):
        r = self.r
        return f"{self.pcode}{self.kcode}{self.dcode}{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.choice([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]):02d}{r.randint(1, 9999):04d}"

    def hp(self):
        r = self.r
        p = r.choice(HP_PREFIX)
        n = r.choice([7, 8, 8, 8, 9])
        return p + "".join(str(r.randint(0, 9)) for _ in range(n))

    def npwp(self):
        r = self.r
        d = [r.randint(0, 9) for _ in range(15)]
        d[0], d[1] = r.choice([(0, 9), (1, 5), (2, 4), (5, 8), (7, 1), (8, 3), (9, 2)])
        return "".join(map(str, d))

    def kis(self):
        return "000" + "".join(str(self.r.randint(0, 9)) for _ in range(10))

    def kpj(self):
        return str(self.r.choice([1, 2, 3, 9])) + "".join(
            str(self.r.randint(0, 9)) for _ in range(10)
        )

    def passport(self):
        return self.r.choice("ABCEX") + str(self.r.randint(1000000, 9999999))

    def account(self):
        r = self.r
        bank, grp = r.choice(BANKS)
        sizes = [int(x) for x in grp.split("-")]
        digits = "".join(str(r.randint(0, 9)) for _ in range(sum(sizes)))
        if r.random() < 0.6 and len(sizes) > 1:
            out, i = [], 0
            for s in sizes:
                out.append(digits[i : i + s])
                i += s
            sep = r.choice(["-", "-", ".", " "])
            return bank, sep.join(out)
        return bank, digits

    def email(self, name):
        r = self.r
        base = "".join(
            ch
            for ch in name.lower().replace(" ", r.choice([".", "_", ""]))
            if ch.isalnum() or ch in "._"
        )
        base = base.strip("._")[:18] or "warga"
        if r.random() < 0.6:
            base += str(r.randint(1, 99) if r.random() < 0.5 else r.randint(1970, 2006))
        return base + "@" + r.choice(MAIL_DOM)

    def nip(self, y=None):
        r = self.r
        y = y or r.randint(1965, 1995)
        return f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1990, 2020)}{r.randint(1, 12):02d}{r.choice([1, 2])}{r.randint(1, 9):03d}"

    # ----- addresses of persons, in the local style
    def address(self, short=False, upper=False):
        r = self.r
        u = self.unit
        rt, rw = r.randint(1, 25), r.randint(1, 12)
        vil = self.village if r.random() < 0.75 else self.place()
        st = self.place()
        if u == "gampong":
            a = f"Dusun {st}, Gampong {vil}"
        elif u == "jorong":
            a = f"Jorong {st}, Nagari {vil}"
        elif u == "pekon":
            a = f"Dusun {r.choice(['I', 'II', 'III', 'IV'])} {st}, Pekon {vil}"
        elif u == "perum":
            a = f"Perum {st} Blok {r.choice('ABCDEFG')}{r.randint(1, 30)} No. {r.randint(1, 40)}, RT {rt:03d}/RW {rw:03d}, Kel. {vil}"
        elif u == "gang":
            a = f"{r.choice(STREETS)} Gg. {r.choice(['H. Saleh', 'Mushola', 'Kelor', 'Damai', 'Masjid', 'Haji Ipin'])} No.{r.randint(1, 90)} RT {rt:03d}/{rw:03d} Kel. {vil}"
        elif u == "kp":
            a = f"Kp. {st} RT {rt:02d}/{rw:02d} Desa {vil}"
        elif u == "dukuh":
            a = f"Dk. {st} RT {rt:02d} RW {rw:02d}, Desa {vil}"
        elif u == "padukuhan":
            a = f"Padukuhan {st} RT {rt:02d}, Kalurahan {vil}"
        elif u == "banjar":
            a = f"Br. {st}, Desa {vil}"
        elif u == "jaga":
            a = f"Jaga {r.choice(['I', 'II', 'III', 'IV', 'V', 'VI'])}, Desa {vil}"
        elif u == "soa":
            a = f"Soa {st}, Negeri {vil}"
        elif u == "kampung":
            a = f"{r.choice(['Jl. ', 'Kompleks ', 'Lorong '])}{st} RT {rt:02d}, Kampung {vil}"
        elif u == "lingkungan":
            a = f"Lingkungan {r.choice(['I', 'II', 'III', 'IV', 'V', 'VII', 'IX'])}, {('Kel. ' if self.is_city else 'Desa ')}{vil}"
        elif u == "rt":
            a = f"{r.choice(STREETS)} RT {rt:02d}, {('Kel. ' if self.is_city else 'Desa ')}{vil}"
        else:
            a = f"Dusun {st} RT {rt:02d}/RW {rw:02d}, Desa {vil}"
        if not short and r.random() < 0.35:
            a += f", Kec. {self.district}"
        if r.random() < 0.08:
            a = (
                r.choice(
                    [
                        "Belakang Pasar ",
                        "Depan Masjid Al-Ikhlas ",
                        "Samping SD Inpres ",
                        "Dekat Pos Kamling ",
                    ]
                )
                + a
            )
        return a.upper() if upper else a


# ----- writings
def group(digits: str, sizes) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return [x for x in out if x]


def write_nik(r, v, trick=0.12):
    x = r.random()
    if x < trick:
        return trick_digits(r, v)
    s = r.random()
    if s < 0.6:
        return v
    if s < 0.75:
        return " ".join(group(v, [6, 6, 4]))
    if s < 0.85:
        return ".".join(group(v, [2, 2, 2, 6, 4]))
    if s < 0.93:
        return " ".join(group(v, [4, 4, 4, 4]))
    return "'" + v


def trick_digits(r, v):
    """A Unicode or spacing trick on a digit string; returns the written form."""
    t = r.randrange(10)
    if t == 0:
        return "".join(FULLWIDTH[c] if c.isdigit() else c for c in v)
    if t == 1:
        return "".join(ARABIC[c] if c.isdigit() else c for c in v)
    if t == 2:
        return "".join(MATHBOLD[c] if c.isdigit() else c for c in v)
    if t == 3:
        return "\u2007".join(group(v, [4, 4, 4, 4]))  # figure space
    if t == 4:
        return "\u202f".join(group(v, [6, 6, 4]))  # narrow no-break space
    if t == 5:
        k = len(v) // 2
        return v[:k] + "\u200b" + v[k:]
    if t == 6:
        return "\u2013".join(group(v, [4, 4, 4, 4]))  # en dash
    if t == 7:
        return " ".join(v)  # every digit spaced
    if t == 8:
        return "".join(PERSIAN[c] if c.isdigit() else c for c in v)
    return "\u00a0".join(group(v, [4, 4, 4, 4]))


def write_hp(r, v, trick=0.12):
    if r.random() < trick:
        t = r.randrange(6)
        if t == 0:
            return "".join(FULLWIDTH[c] for c in v)
        if t == 1:
            return "+62\u00a0" + v[1:4] + "\u00a0" + v[4:8] + "\u00a0" + v[8:]
        if t == 2:
            return "0062" + v[1:]
        if t == 3:
            return "+62(0)" + v[1:]
        if t == 4:
            return v[:4] + "\u2011" + v[4:8] + "\u2011" + v[8:]  # non-breaking hyphen
        return "".join(MATHMONO[c] for c in v)
    s = r.random()
    if s < 0.35:
        return v
    if s < 0.5:
        return f"{v[:4]}-{v[4:8]}-{v[8:]}"
    if s < 0.62:
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if s < 0.74:
        return "+62 " + v[1:4] + "-" + v[4:8] + "-" + v[8:]
    if s < 0.82:
        return "62" + v[1:]
    if s < 0.88:
        return "+62" + v[1:]
    if s < 0.94:
        return f"{v[:4]}.{v[4:8]}.{v[8:]}"
    return f"({v[:4]}) {v[4:]}"


def write_npwp(r, v):
    s = r.random()
    if s < 0.5:
        return f"{v[:2]}.{v[2:5]}.{v[5:8]}.{v[8]}-{v[9:12]}.{v[12:]}"
    if s < 0.65:
        return v
    if s < 0.8:
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8]} {v[9:12]} {v[12:]}"
    if s < 0.9:
        return f"{v[:2]}.{v[2:5]}.{v[5:8]}.{v[8]} - {v[9:12]}.{v[12:]}"
    return f"0{v}"  # 16-digit form


def write_email(r, e, trick=0.15):
    if r.random() >= trick:
        return e if r.random() < 0.9 else e.upper()
    user, dom = e.split("@")
    t = r.randrange(6)
    if t == 0:
        return user + "\uff20" + dom
    if t == 1:
        return f"{user} (a) {dom.replace('.', ' (dot) ')}"
    if t == 2:
        return f"{user}%40{dom}"
    if t == 3:
        fdot = "\uff0e"
        return user + "@" + dom.replace(".", fdot)
    if t == 4:
        return f"{user} @{dom}"
    return f"{user}＠{dom.split('.')[0]} titik {'.'.join(dom.split('.')[1:])}"


def write_date(r, y, m, d, style=None):
    """Indonesian/English writings of a calendar date (used for births and for non-birth dates)."""
    styles = [
        "dmy-",
        "dmy/",
        "long",
        "dmy.",
        "long_up",
        "short3",
        "roman",
        "iso",
        "dmy2",
        "en_us",
        "en_long",
        "ddmmyyyy_sp",
        "yyyy.mm.dd",
        "long_lower",
        "dmy_odd",
    ]
    st = style or r.choice(styles)
    if st == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if st == "dmy/":
        return f"{d}/{m}/{y}"
    if st == "long":
        return f"{d} {BULAN[m - 1]} {y}"
    if st == "dmy.":
        return f"{d:02d}.{m:02d}.{y}"
    if st == "long_up":
        return f"{d:02d} {BULAN[m - 1].upper()} {y}"
    if st == "short3":
        return f"{d:02d}-{BULAN3[m - 1]}-{y}"
    if st == "roman":
        return f"{d}-{ROMAN[m - 1]}-{y}"
    if st == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if st == "dmy2":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if st == "en_us":
        return f"{m:02d}/{d:02d}/{y}"
    if st == "en_long":
        return f"{MONTH_EN[m - 1]} {d}, {y}"
    if st == "ddmmyyyy_sp":
        return f"{d:02d} {m:02d} {y}"
    if st == "yyyy.mm.dd":
        return f"{y}.{m:02d}.{d:02d}"
    if st == "long_lower":
        return f"{d} {BULAN[m - 1].lower()} {y}"
    return f"{d:02d} - {m:02d} -{y}"


class B:
    """Text builder that records the offsets of what it is given."""

    def __init__(self, tid):
        self.tid = tid
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: list[dict] = []
        self.k = 0

    def t(self, s: str):
        self.parts.append(s)
        self.n += len(s)
        return self

    def new_item(self):
        self.k += 1
        return f"{self.tid}-{self.k:03d}"

    def p(self, kind: str, s: str, item=None):
        """A personal value; returns the item id (pass it again to add a segment)."""
        item = item or self.new_item()
        if s:
            self.spans.append(
                {"kind": kind, "start": self.n, "end": self.n + len(s), "item": item}
            )
            self.t(s)
        return item

    def neg(self, kind: str, s: str):
        if s:
            self.negs.append({"kind": kind, "start": self.n, "end": self.n + len(s)})
            self.t(s)
        return self

    def text(self) -> str:
        return "".join(self.parts)
