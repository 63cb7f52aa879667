"""Pools, identifier makers, writings and the span-tracking builder of heldout4.

Written from the brief only (see README.md); nothing here is derived from the detector.
"""

# ruff: noqa: E501, B007, B905, S311, F841
# A seeded corpus generator: long template lines, reproducible (non-crypto) randomness.

import json
import random
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGIONS = json.loads((HERE / "regions.json").read_text(encoding="utf-8"))["provinces"]
PROV = {p["code"]: p for p in REGIONS}

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
BLN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
BLN_ALT = [
    "Jan.",
    "Peb.",
    "Mrt",
    "Apr.",
    "Mei",
    "Juni",
    "Juli",
    "Ags.",
    "Sept.",
    "Okt.",
    "Nop.",
    "Des.",
]
MONTH = [
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
JAWA_BULAN = [
    "Januari",
    "Pebruari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "Nopember",
    "Desember",
]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
PASARAN = ["Legi", "Pahing", "Pon", "Wage", "Kliwon"]

MALE = [
    "Agus",
    "Budi",
    "Slamet",
    "Sutrisno",
    "Joko",
    "Asep",
    "Ujang",
    "Dadang",
    "Teuku Rizal",
    "Muhammad Iqbal",
    "Zulkifli",
    "Hendra",
    "Rudi",
    "Made Sudarsana",
    "Ketut Arsana",
    "Wayan Sukerta",
    "Nyoman Gede",
    "La Ode Safar",
    "Andi Baso",
    "Daeng Rahman",
    "Yohanis",
    "Markus",
    "Yulius",
    "Frans",
    "Petrus",
    "Lukas",
    "Ruslan",
    "Syamsul",
    "Jumadi",
    "Suparman",
    "Darmaji",
    "Rahmat",
    "Irwan",
    "Fajar",
    "Dedi",
    "Yusuf",
    "Hasanuddin",
    "Ilham",
    "Baharuddin",
    "Gusti Ngurah",
    "Ahmad Fauzi",
    "Saiful",
    "Marthen",
    "Obed",
    "Sefnat",
    "Hermanus",
    "Koko",
    "Tjandra",
    "Rinto",
    "Paulus",
    "Mulyadi",
    "Supriyanto",
    "Wagiman",
    "Tukiran",
    "Sukijan",
]
FEMALE = [
    "Siti",
    "Sri",
    "Dewi",
    "Nur",
    "Rina",
    "Yuliani",
    "Ratna",
    "Euis",
    "Neneng",
    "Cut Nurul",
    "Nurhayati",
    "Ni Made Sari",
    "Ni Ketut Ayu",
    "Ni Wayan Rai",
    "Wa Ode Nurma",
    "Andi Nurul",
    "St. Aminah",
    "Maria",
    "Yohana",
    "Agustina",
    "Martha",
    "Fransiska",
    "Sumiati",
    "Tukinem",
    "Painem",
    "Sulastri",
    "Rohmah",
    "Fatimah",
    "Kartini",
    "Indah",
    "Wulan",
    "Lestari",
    "Fitri",
    "Mega",
    "Yanti",
    "Hasnah",
    "Rosmawati",
    "Murni",
    "Erna",
    "Juwita",
    "Nining",
    "Imas",
    "Oom",
    "Cicih",
    "Lilis",
    "Elisabeth",
    "Yosina",
    "Dortea",
    "Meilani",
    "Lina",
]
FAMILY = [
    "Santoso",
    "Wibowo",
    "Saputra",
    "Hidayat",
    "Nasution",
    "Harahap",
    "Siregar",
    "Lubis",
    "Simanjuntak",
    "Sitompul",
    "Tanjung",
    "Chaniago",
    "Piliang",
    "Koto",
    "Sikumbang",
    "Rangkuti",
    "Pohan",
    "Gultom",
    "Manurung",
    "Pardede",
    "Rumbiak",
    "Wenda",
    "Kogoya",
    "Mandacan",
    "Rumkorem",
    "Kambu",
    "Ohee",
    "Tanamal",
    "Latuconsina",
    "Pattimura",
    "Loppies",
    "Mamonto",
    "Pontoh",
    "Rondonuwu",
    "Wuisan",
    "Lasut",
    "Daeng Ngalle",
    "Paturusi",
    "Mattalitti",
    "Pangaribuan",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Munthe",
    "Tamba",
    "Kurniawan",
    "Setiawan",
    "Susanto",
    "Prasetyo",
    "Gunawan",
    "Permana",
    "Sasmita",
    "Sumarna",
    "Suryana",
    "Hamzah",
    "Yusuf",
    "Abdullah",
    "Ibrahim",
    "Rasyid",
    "Effendi",
    "Hakim",
    "Mahmud",
    "Tan",
    "Lim",
    "Wijaya",
    "Halim",
    "Bire",
    "Ndun",
    "Manafe",
    "Tefa",
    "Lakapu",
    "Kolo",
    "Nubatonis",
]
PLACE_WORDS = [
    "Sumber",
    "Karang",
    "Tegal",
    "Sido",
    "Mekar",
    "Suka",
    "Bumi",
    "Tanjung",
    "Sungai",
    "Batu",
    "Air",
    "Padang",
    "Koto",
    "Lubuk",
    "Teluk",
    "Pasir",
    "Rawa",
    "Cempaka",
    "Wono",
    "Kali",
    "Pulo",
    "Lam",
    "Meunasah",
    "Blang",
    "Bukit",
    "Talang",
    "Muara",
]
PLACE_TAILS = [
    "rejo",
    "mulyo",
    "harjo",
    "jaya",
    "makmur",
    "sari",
    "asri",
    "indah",
    "baru",
    " Tengah",
    " Lor",
    " Kidul",
    " Wetan",
    " Kulon",
    " Hilir",
    " Mudik",
    " Dalam",
    " Raya",
    " Permai",
    " Agung",
    "wangi",
    "kencana",
    " Batu",
    " Tinggi",
]
HAMLET = [
    "Krajan",
    "Ngasem",
    "Karanglo",
    "Gondang",
    "Jatisari",
    "Sambi",
    "Ngentak",
    "Ploso",
    "Cibeureum",
    "Sindangsari",
    "Pasirhalang",
    "Koto Tuo",
    "Lam Ara",
    "Kaja",
    "Kelod",
    "Kauh",
    "Kangin",
    "Tengah",
    "Simpang",
    "Sungai Duku",
    "Talang Jawa",
    "Bontoa",
    "Tamalate",
    "Pakatto",
    "Kombos",
    "Yoboi",
    "Harapan",
    "Sukamaju",
    "Tanjung Sari",
    "Lhok",
]
STREETS = [
    "Jl. Merdeka",
    "Jl. Pemuda",
    "Jl. Diponegoro",
    "Jl. Sudirman",
    "Jl. Ahmad Yani",
    "Jl. Gajah Mada",
    "Jl. Veteran",
    "Jl. Pahlawan",
    "Jl. Kartini",
    "Jl. Imam Bonjol",
    "Jl. Trans Papua",
    "Jl. Poros Desa",
    "Jl. Lintas Timur",
    "Jl. Pramuka",
    "Jl. Teuku Umar",
    "Jl. Sam Ratulangi",
    "Jl. Hasanuddin",
    "Jl. Cut Nyak Dhien",
    "Jl. Kapten Muslihat",
]
OFFICE_STREETS = [
    "Jl. Bhayangkara",
    "Jl. Jenderal Sudirman",
    "Jl. Raya Pemda",
    "Jl. Pemuda",
    "Jl. Ahmad Yani",
    "Komplek Perkantoran Bupati",
    "Jl. Pangeran Diponegoro",
    "Kawasan Perkantoran Terpadu",
    "Jl. Veteran",
    "Jl. Soekarno-Hatta",
]
PERUM = [
    "Perum Griya Asri",
    "BTN Puri Indah",
    "Perumnas Bumi Kencana",
    "Komp. Villa Permata",
    "Griya Harapan Permai",
    "Perum Taman Sari",
    "Komplek Pemda",
    "Perumahan Bukit Hijau",
]
SCHOOLS = ["SDN 1", "SD Inpres", "SMPN 2", "SMP Negeri 1", "MTsN 3", "SMAN 1", "SMKN 2"]
COMPANY_PREFIX = ["CV.", "PT.", "CV", "PT"]
COMPANY_NAMES = [
    "Karya Mandiri",
    "Sinar Abadi",
    "Bangun Persada",
    "Mitra Sejahtera",
    "Cahaya Timur",
    "Putra Nusantara",
    "Anugerah Jaya",
    "Tiga Saudara",
    "Borneo Konstruksi",
    "Sulawesi Utama",
    "Andalas Teknik",
    "Papua Bangun Mandiri",
]
MOBILE_PREFIX = [
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
    "0877",
    "0878",
    "0895",
    "0896",
    "0897",
    "0898",
    "0899",
    "0881",
    "0882",
    "0887",
    "0838",
    "0831",
    "0832",
]
AREA_CODES = [
    "021",
    "022",
    "024",
    "0274",
    "031",
    "0341",
    "061",
    "0751",
    "0761",
    "0711",
    "0721",
    "0361",
    "0370",
    "0380",
    "0411",
    "0431",
    "0435",
    "0451",
    "0511",
    "0536",
    "0541",
    "0561",
    "0911",
    "0921",
    "0967",
    "0986",
    "0651",
    "0736",
    "0741",
    "0778",
    "0717",
    "0263",
    "0265",
    "0281",
    "0291",
    "0354",
    "0362",
    "0401",
    "0421",
    "0426",
]
BANKS = [
    "BRI",
    "BNI",
    "Bank Mandiri",
    "BSI",
    "BCA",
    "Bank Jatim",
    "Bank Nagari",
    "Bank Kalbar",
    "Bank Papua",
    "Bank Sulselbar",
    "BPD DIY",
    "Bank Aceh Syariah",
    "Bank NTT",
    "Bank BJB",
    "Bank Sumut",
    "Bank Kalteng",
    "Bank Maluku Malut",
    "Bank SulutGo",
]
EMAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
    "rocketmail.com",
    "outlook.co.id",
]
OCCUP = [
    "Petani",
    "Buruh Harian Lepas",
    "Nelayan",
    "Mengurus Rumah Tangga",
    "Wiraswasta",
    "Pedagang",
    "Tukang Kayu",
    "Pekebun",
    "Peternak",
    "Sopir",
    "Karyawan Swasta",
    "Tidak Bekerja",
    "Pelajar/Mahasiswa",
    "Ojek",
    "Penjahit",
]


# Region-flavoured village stems/tails and hamlet names, by group of province codes.
LOCAL_NAMES = {
    "aceh": (
        ["Lam", "Meunasah ", "Blang ", "Cot ", "Lhok ", "Keude "],
        ["ara", "Baro", "Raya", "Teungoh", "Keutapang", "Geulumpang", "Bungong"],
        ["Meunasah", "Lampoh U", "Teungoh", "Baroh", "Tunong", "Blang Ara"],
    ),
    "batak": (
        ["Huta ", "Lumban ", "Aek ", "Sosor ", "Pasar ", "Sei "],
        ["Nauli", "Tobing", "Galung", "Raja", "Rampah", "Baru"],
        ["Huta I", "Huta III", "Sosor Galung", "Lumban Julu", "Aek Nauli", "Pasar II"],
    ),
    "minang": (
        ["Koto ", "Sungai ", "Padang ", "Batu ", "Lubuk ", "Balai "],
        ["Tuo", "Gadang", "Laweh", "Basa", "Panjang", "Angek"],
        [
            "Koto Tuo",
            "Lurah Ampalu",
            "Sungai Angek",
            "Padang Laweh",
            "Balai Gadang",
            "Kampuang Dalam",
        ],
    ),
    "sumatra": (
        ["Sungai ", "Talang ", "Tanjung ", "Muara ", "Air ", "Sido"],
        ["Duku", "Jawa", "Harapan", "Baru", "Putih", "mulyo", "rejo"],
        ["Sungai Duku", "Talang Jawa", "Simpang Tiga", "Sukamaju", "Tanjung Sari", "Pasar Lama"],
    ),
    "sunda": (
        ["Suka", "Ci", "Mekar", "Sindang", "Pasir", "Cikadu"],
        ["mulya", "jaya", "sari", "manah", "raja", "asih", "nagara"],
        [
            "Cibeureum",
            "Sindangsari",
            "Pasirhalang",
            "Cikadu",
            "Babakan",
            "Sukamanah",
            "Leuwigajah",
        ],
    ),
    "jawa": (
        ["Sumber", "Karang", "Tegal", "Sido", "Wono", "Kali", "Ngaglik "],
        ["rejo", "mulyo", "harjo", "sari", "agung", "asri", "wetan"],
        [
            "Krajan",
            "Ngasem",
            "Karanglo",
            "Gondang",
            "Sambi",
            "Ngentak",
            "Ploso",
            "Jatisari",
            "Kedungrejo",
        ],
    ),
    "bali": (
        ["Tegal", "Abian", "Batu", "Sangeh", "Pe", "Kedewatan "],
        ["lalang", "semal", "bulan", "muteran", "sari", "Kaja"],
        ["Kaja", "Kelod", "Kauh", "Kangin", "Tengah", "Pasek", "Dangin Peken"],
    ),
    "ntb": (
        ["Dasan ", "Karang ", "Lendang ", "Gubuk ", "Sandik", "Montong "],
        ["Agung", "Bedil", "Re", "Baru", "Gading", "Are"],
        ["Gubuk Baru", "Karang Bedil", "Dasan Agung", "Lendang Re", "Otak Desa"],
    ),
    "ntt": (
        ["Oe", "Nai", "Kua", "Wai", "Nanga", "Bara"],
        ["sao", "bonat", "nino", "klau", "hale", "nesu", "mese"],
        ["Oenesu", "Naibonat", "Kuanino", "Wairklau", "Nangahale", "Oebobo"],
    ),
    "kalimantan": (
        ["Sungai ", "Handil ", "Tumbang ", "Long ", "Muara ", "Teluk "],
        ["Lulut", "Bakti", "Liting", "Bagun", "Hilir", "Raya", "Baru"],
        [
            "Handil Bakti",
            "Sungai Lulut",
            "Pahandut",
            "Tumbang Liting",
            "Long Bagun",
            "Simpang Empat",
        ],
    ),
    "sulawesi": (
        ["Bonto", "Tana ", "Tompo", "Lemo", "Bulu ", "Wawo"],
        ["a", "Toa", "bulu", "ngawa", "Lompoa", "nii", "Jaya"],
        ["Bontoa", "Tamalate", "Pakatto", "Kombos", "Bulu", "Mattoanging", "Tondano", "Bulango"],
    ),
    "maluku": (
        ["Wai", "Tule", "Hitu", "Lia", "Su", "Gura"],
        ["heru", "hu", "lama", "ng", "li", "bati", "tu"],
        ["Soa Raja", "Waiheru", "Batu Merah", "Tulehu", "Gurabati", "Soa Latu"],
    ),
    "papua": (
        ["Yo", "Se", "A", "Nen", "Wae", "Doy"],
        ["boi", "reh", "sei Besar", "dali", "na", "o Baru", "mena"],
        ["Yoboi", "Harapan", "Waena", "Sereh", "Asei", "Kotaraja", "Doyo Baru"],
    ),
}
GROUP = {
    "11": "aceh",
    "12": "batak",
    "13": "minang",
    "32": "sunda",
    "36": "sunda",
    "33": "jawa",
    "34": "jawa",
    "35": "jawa",
    "31": "sunda",
    "51": "bali",
    "52": "ntb",
    "53": "ntt",
}
for _c in ("14", "15", "16", "17", "18", "19", "21"):
    GROUP[_c] = "sumatra"
for _c in ("61", "62", "63", "64", "65"):
    GROUP[_c] = "kalimantan"
for _c in ("71", "72", "73", "74", "75", "76"):
    GROUP[_c] = "sulawesi"
for _c in ("81", "82"):
    GROUP[_c] = "maluku"
for _c in ("91", "92", "93", "94", "95", "96"):
    GROUP[_c] = "papua"
PROV_AREA = {
    "11": ["0651", "0641"],
    "12": ["061", "0622", "0634"],
    "13": ["0751", "0752"],
    "14": ["0761", "0765"],
    "15": ["0741", "0746"],
    "16": ["0711", "0713"],
    "17": ["0736", "0737"],
    "18": ["0721", "0725"],
    "19": ["0717", "0719"],
    "21": ["0778", "0771"],
    "31": ["021"],
    "32": ["022", "0263", "0265", "0231"],
    "33": ["024", "0281", "0291", "0271"],
    "34": ["0274"],
    "35": ["031", "0341", "0354", "0321"],
    "36": ["0254", "021"],
    "51": ["0361", "0362", "0363"],
    "52": ["0370", "0374"],
    "53": ["0380", "0385"],
    "61": ["0561", "0564"],
    "62": ["0536", "0532"],
    "63": ["0511", "0517"],
    "64": ["0541", "0542"],
    "65": ["0551", "0552"],
    "71": ["0431", "0438"],
    "72": ["0451", "0458"],
    "73": ["0411", "0421"],
    "74": ["0401", "0408"],
    "75": ["0435", "0443"],
    "76": ["0426", "0422"],
    "81": ["0911", "0913"],
    "82": ["0921", "0924"],
    "91": ["0967", "0981"],
    "92": ["0986", "0956"],
    "93": ["0971"],
    "94": ["0984", "0901"],
    "95": ["0969"],
    "96": ["0951", "0952"],
}
CURRENT = {"prov": None}

# The local unit below the village (and the names of village / district) by province code.
LOCAL = {
    "11": ("Dusun", "Gampong", "Kecamatan"),
    "12": ("Dusun", "Desa", "Kecamatan"),
    "13": ("Jorong", "Nagari", "Kecamatan"),
    "14": ("Dusun", "Desa", "Kecamatan"),
    "15": ("Dusun", "Desa", "Kecamatan"),
    "16": ("Dusun", "Desa", "Kecamatan"),
    "17": ("Dusun", "Desa", "Kecamatan"),
    "18": ("Dusun", "Pekon", "Kecamatan"),
    "19": ("Dusun", "Desa", "Kecamatan"),
    "21": ("Kampung", "Desa", "Kecamatan"),
    "31": (None, "Kelurahan", "Kecamatan"),
    "32": ("Kp.", "Desa", "Kecamatan"),
    "33": ("Dukuh", "Desa", "Kecamatan"),
    "34": ("Padukuhan", "Kalurahan", "Kapanewon"),
    "35": ("Dusun", "Desa", "Kecamatan"),
    "36": ("Kp.", "Desa", "Kecamatan"),
    "51": ("Banjar", "Desa", "Kecamatan"),
    "52": ("Dusun", "Desa", "Kecamatan"),
    "53": ("Dusun", "Desa", "Kecamatan"),
    "61": ("Dusun", "Desa", "Kecamatan"),
    "62": (None, "Desa", "Kecamatan"),
    "63": (None, "Desa", "Kecamatan"),
    "64": (None, "Kelurahan", "Kecamatan"),
    "65": (None, "Desa", "Kecamatan"),
    "71": ("Jaga", "Desa", "Kecamatan"),
    "72": ("Dusun", "Desa", "Kecamatan"),
    "73": ("Lingkungan", "Kelurahan", "Kecamatan"),
    "74": ("Dusun", "Desa", "Kecamatan"),
    "75": ("Dusun", "Desa", "Kecamatan"),
    "76": ("Lingkungan", "Desa", "Kecamatan"),
    "81": ("Dusun", "Negeri", "Kecamatan"),
    "82": ("Dusun", "Desa", "Kecamatan"),
    "91": (None, "Kampung", "Distrik"),
    "92": (None, "Kampung", "Distrik"),
    "93": (None, "Kampung", "Distrik"),
    "94": (None, "Kampung", "Distrik"),
    "95": (None, "Kampung", "Distrik"),
    "96": (None, "Kampung", "Distrik"),
}


def luhn_digit(s: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class Region:
    def __init__(self, rng: random.Random, prov_code: str, desa: bool = False):
        self.rng = rng
        self.prov = PROV[prov_code]
        pool = self.prov["regencies"]
        if desa:  # village-only documents (BLT-DD, musdes): a regency, not a city
            pool = [g for g in pool if not g["name"].startswith("Kota")] or pool
        self.reg = rng.choice(pool)
        self.dist_code, self.dist = rng.choice(self.reg["districts"])
        self.code6 = prov_code + self.reg["code"] + self.dist_code
        self.kota = self.reg["name"].startswith("Kota")
        self.reg_short = self.reg["name"].removeprefix("Kab. ").removeprefix("Kota ")
        self.unit, self.village_word, self.district_word = LOCAL[prov_code]
        if self.kota and prov_code not in ("31",):
            self.village_word = "Kelurahan"
            if self.unit in (None, "Dusun", "Jorong", "Dukuh", "Padukuhan", "Kp.", "Kampung"):
                self.unit = "Lingkungan" if prov_code[0] in "78" else None
        CURRENT["prov"] = prov_code
        self.hamlets = LOCAL_NAMES[GROUP[prov_code]][2]
        self.village = self.place()
        self.villages = [self.village] + [self.place() for _ in range(3)]

    def place(self) -> str:
        stems, tails, _ = LOCAL_NAMES[GROUP[self.prov["code"]]]
        w = self.rng.choice(stems)
        t = self.rng.choice(tails)
        return (w + t).replace("  ", " ")

    def other_code6(self) -> str:
        dc, _ = self.rng.choice(self.reg["districts"])
        return self.prov["code"] + self.reg["code"] + dc

    def label(self) -> str:
        return f"{self.prov['name']} / {self.reg['name']} / {self.dist}"


class Person:
    """A made-up resident with all identifiers, drawn from rng."""

    def __init__(self, rng: random.Random, reg: Region, female=None, age=None, village=None):
        r = rng
        self.female = r.random() < 0.5 if female is None else female
        self.name = (r.choice(FEMALE) if self.female else r.choice(MALE)) + (
            " " + r.choice(FAMILY) if r.random() < 0.8 else ""
        )
        age = age if age is not None else r.randint(19, 78)
        y = 2026 - age
        self.birth = date(y, 1, 1) + timedelta(days=r.randint(0, 364))
        code = reg.code6 if r.random() < 0.9 else reg.other_code6()
        dd = self.birth.day + (40 if self.female else 0)
        self.nik = f"{code}{dd:02d}{self.birth.month:02d}{self.birth.year % 100:02d}{r.randint(1, 2999):04d}"
        issued = date(r.randint(2006, 2025), 1, 1) + timedelta(days=r.randint(0, 364))
        self.kk = f"{code}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{r.randint(1, 9999):04d}"
        self.birthplace = r.choice([reg.reg_short, reg.dist, reg.village, reg.place()])
        self.phone = r.choice(MOBILE_PREFIX) + "".join(
            str(r.randint(0, 9)) for _ in range(r.choice([7, 8, 8, 8, 9]))
        )
        nm = self.name.lower().replace(".", "").split()
        self.email = (
            r.choice(
                [
                    nm[0] + (nm[-1] if len(nm) > 1 else "") + str(r.randint(1, 99)),
                    ".".join(nm[:2]),
                    nm[0] + "_" + str(self.birth.year),
                    nm[-1] + nm[0][:1] + str(r.randint(10, 999)),
                ]
            ).replace("'", "")
            + "@"
            + r.choice(EMAIL_DOMAINS)
        )
        self.village = village or reg.village
        self.unit_name = r.choice(reg.hamlets)
        self.rt = r.randint(1, 25)
        self.rw = r.randint(1, 12)
        self.bank = r.choice(BANKS)
        self.account = bank_account(r, self.bank)
        self.bpjs = "000" + "".join(str(r.randint(0, 9)) for _ in range(10))
        self.kpj = str(r.choice([1, 2, 3, 4])) + "".join(str(r.randint(0, 9)) for _ in range(10))
        self.kks = "6013" + "".join(str(r.randint(0, 9)) for _ in range(12))
        self.passport = r.choice("ABCEX") + "".join(str(r.randint(0, 9)) for _ in range(7))
        base = "".join(str(r.randint(0, 9)) for _ in range(8))
        self.npwp = base + luhn_digit(base) + f"{r.randint(0, 999):03d}" + "000"
        self.occupation = r.choice(OCCUP)
        self.age = age


def bank_account(r: random.Random, bank: str) -> str:
    if bank == "BRI":
        return f"{r.randint(1, 9999):04d}-01-{r.randint(0, 999999):06d}-50-{r.randint(0, 9)}"
    if bank == "Bank Mandiri":
        return f"{r.randint(100, 199)}-00-{r.randint(0, 9999999):07d}-{r.randint(0, 9)}"
    if bank in ("BNI", "BCA", "BSI"):
        return str(r.randint(10**9, 10**10 - 1))
    n = r.choice([10, 11, 12, 13])
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def office_phone(r):
    ac = r.choice(PROV_AREA.get(CURRENT["prov"]) or AREA_CODES)
    n = 8 - len(ac) + 3 if len(ac) == 4 else 8
    num = "".join(str(r.randint(0, 9)) for _ in range(max(5, n - 1)))
    num = str(r.randint(2, 8)) + num[1:]
    return r.choice([f"({ac}) {num}", f"{ac}-{num}", f"{ac} {num}", f"({ac}) {num[:3]}-{num[3:]}"])


# ---- writings -------------------------------------------------------------------------------
def fmt_group(s: str, groups, sep: str) -> str:
    out, i = [], 0
    for g in groups:
        out.append(s[i : i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def w_nik(r, s):
    c = r.random()
    if c < 0.55:
        return s
    if c < 0.68:
        return fmt_group(s, [4, 4, 4, 4], " ")
    if c < 0.76:
        return fmt_group(s, [6, 6, 4], " ")
    if c < 0.83:
        return fmt_group(s, [2, 2, 2, 6, 4], ".")
    if c < 0.9:
        return "'" + s
    if c < 0.95:
        return fmt_group(s, [6, 6, 4], "-")
    return fmt_group(s, [4, 4, 4, 4], ".")


def w_phone(r, s):
    core = s[1:]
    c = r.randint(0, 13)
    if c <= 3:
        return s
    if c == 4:
        return fmt_group(s, [4, 4], "-")
    if c == 5:
        return fmt_group(s, [4, 4], " ")
    if c == 6:
        return "+62 " + fmt_group(core, [3, 4], "-")
    if c == 7:
        return "62" + core
    if c == 8:
        return "+62" + core
    if c == 9:
        return "+62 (" + core[:3] + ") " + fmt_group(core[3:], [4], "-")
    if c == 10:
        return fmt_group(s, [5, 3], "-")
    if c == 11:
        return "62-" + fmt_group(core, [3, 4], "-")
    if c == 12:
        return fmt_group(s, [4, 3], " ")
    return fmt_group(s, [4, 4], ".")


def w_email(r, s):
    c = r.random()
    if c < 0.7:
        return s
    user, dom = s.split("@")
    if c < 0.76:
        return s.upper()
    if c < 0.82:
        return f"{user} (at) {dom.replace('.', ' (dot) ')}"
    if c < 0.88:
        return f"{user}@{dom.replace('.', ',', 1)}"
    if c < 0.94:
        return f"{user}[at]{dom}"
    return f"{user} @{dom}"


def w_account(r, s):
    if "-" in s or r.random() < 0.6:
        return s
    if r.random() < 0.5:
        return fmt_group(s, [3, 3, 4, 3], ".")
    return fmt_group(s, [3, 3, 3, 4], " ")


def w_date(r, d: date, styles=None):
    styles = styles or [
        "dmy-",
        "dmy/",
        "dBY",
        "dbY",
        "dmy.",
        "Ymd",
        "d/m/y2",
        "dBY_alt",
        "DBY",
        "d-m-y",
        "dB_y",
        "weton",
    ]
    st = r.choice(styles)
    if st == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if st == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if st == "dBY":
        return f"{d.day} {BULAN[d.month - 1]} {d.year}"
    if st == "DBY":
        return f"{d.day:02d} {BULAN[d.month - 1].upper()} {d.year}"
    if st == "dbY":
        return f"{d.day} {BLN3[d.month - 1]} {d.year}"
    if st == "dBY_alt":
        return f"{d.day} {BLN_ALT[d.month - 1]} {d.year}"
    if st == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if st == "Ymd":
        return d.isoformat()
    if st == "d/m/y2":
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if st == "d-m-y":
        return f"{d.day}-{d.month}-{d.year}"
    if st == "dB_y":
        return f"{d.day}-{BLN3[d.month - 1]}-{d.year % 100:02d}"
    if st == "weton":
        return f"{d.day} {JAWA_BULAN[d.month - 1]} {d.year}"
    if st == "en":
        return f"{MONTH[d.month - 1]} {d.day}, {d.year}"
    if st == "en_ord":
        suf = (
            "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        )
        return f"{d.day}{suf} {MONTH[d.month - 1]} {d.year}"
    if st == "en_dmy":
        return f"{d.day:02d}-{MONTH[d.month - 1][:3]}-{d.year}"
    raise ValueError(st)


def event_date(r, year=None):
    y = year or r.choice([2025, 2026])
    return date(y, r.randint(1, 12), r.randint(1, 28))


def timestamp(r):
    d = event_date(r)
    return r.choice(
        [
            f"{d.day:02d}/{d.month:02d}/{d.year} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
            f"{d.isoformat()} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}",
            f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+07:00",
            f"{d.day} {BLN3[d.month - 1]} {d.year}, {r.randint(7, 22):02d}.{r.randint(0, 59):02d} WIB",
        ]
    )


def nip(r, female=None):
    b = date(r.randint(1966, 1996), r.randint(1, 12), r.randint(1, 28))
    tmt = r.randint(max(b.year + 20, 1990), 2023)
    g = r.choice("12") if female is None else ("2" if female else "1")
    return f"{b.year}{b.month:02d}{b.day:02d}{tmt}{r.randint(1, 12):02d}{g}{r.randint(1, 12):03d}"


def w_nip(r, s):
    c = r.random()
    if c < 0.6:
        return s
    if c < 0.9:
        return fmt_group(s, [8, 6, 1, 3], " ")
    return fmt_group(s, [8, 6, 1, 3], ".")


def amount(r, lo=50_000, hi=500_000_000):
    v = r.randint(lo // 1000, hi // 1000) * 1000
    c = r.random()
    if c < 0.4:
        return f"Rp {v:,}".replace(",", ".")
    if c < 0.6:
        return f"{v:,}".replace(",", ".") + ",00"
    if c < 0.8:
        return str(v)
    return f"Rp. {v:,}".replace(",", ".") + ",-"


def letter_number(r, unit="Ds"):
    return r.choice(
        [
            f"{r.choice([140, 400, 470, 474, 500, 593, 800, 900])}/{r.randint(1, 999):03d}/{unit}/{r.choice(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'])}/{r.choice([2025, 2026])}",
            f"{r.randint(100, 999)}.{r.randint(1, 9)}/{r.randint(10, 9999)}/{unit}.{r.randint(1, 9)}/{r.choice([2025, 2026])}",
            f"B-{r.randint(100, 9999)}/{unit}/{r.choice(['HM.01', 'KP.02', 'PS.03', 'OT.01'])}/{r.randint(1, 12):02d}/{r.choice([2025, 2026])}",
        ]
    )


class Doc:
    """Appends text and records labelled spans; offsets are Python string indices."""

    def __init__(self, cid: str):
        self.cid = cid
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: list[dict] = []
        self.pos = 0
        self.layouts: list = []

    def t(self, s: str) -> "Doc":
        self.parts.append(s)
        self.pos += len(s)
        return self

    def item(self, kind: str) -> str:
        self.n += 1
        return f"{self.cid}-{self.n:03d}-{kind}"

    def p(self, kind: str, s: str, item: str | None = None) -> str:
        item = item or self.item(kind)
        if s:
            self.spans.append(
                {"kind": kind, "start": self.pos, "end": self.pos + len(s), "item": item}
            )
        self.t(s)
        return item

    def neg(self, kind: str, s: str) -> "Doc":
        self.negs.append({"kind": kind, "start": self.pos, "end": self.pos + len(s)})
        return self.t(s)

    def put(self, cell) -> None:
        """cell: str (plain), or (kind, value) personal, or ('-kind', value) negative,
        or (kind, value, item) a segment of an existing item."""
        if isinstance(cell, str):
            self.t(cell)
        elif cell[0].startswith("-"):
            self.neg(cell[0][1:], cell[1])
        elif len(cell) == 3:
            self.p(cell[0], cell[1], cell[2])
        else:
            self.p(cell[0], cell[1])

    def text(self) -> str:
        return "".join(self.parts)

    def check(self) -> None:
        txt = self.text()
        assert len(txt) == self.pos
        for s in self.spans + self.negs:
            assert txt[s["start"] : s["end"]].strip() == txt[s["start"] : s["end"]], (
                self.cid,
                s,
                txt[s["start"] : s["end"]],
            )
            assert s["end"] > s["start"], (self.cid, s)


def cell_text(cell) -> str:
    return cell if isinstance(cell, str) else cell[1]
