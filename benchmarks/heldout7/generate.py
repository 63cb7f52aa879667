"""Generate benchmarks/heldout7/corpus.jsonl (seeded, deterministic; texts only).

Written without reading the detector's code. Genres chosen to be ones earlier corpora probably
did not cover: PPPK/CPNS results, kehendak nikah, panggilan ghaib (Pengadilan Agama), Polres
press releases, Bawaslu ad hoc, posyandu stunting, UMKM data, DPRD reses, hospital referrals,
university scholarships, PDAM/BUMD, WhatsApp exports, Excel pastes, OCR'd scans.

.venv/bin/python benchmarks/heldout7/generate.py
"""

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
R = random.Random(20261207)  # noqa: S311 - reproducible test data, not crypto

# code, province, regency, regency code, sub-village term, village term, district term,
# villages, sub-villages, districts, streets, area code, office domain
PROV = [
    (
        "11",
        "Aceh",
        "Kabupaten Pidie",
        "07",
        "Dusun",
        "Gampong",
        "Kecamatan",
        ["Blang Paseh", "Meunasah Raya", "Lampoh Saka"],
        ["Tgk. Chik", "Bale Situi", "Teungoh"],
        ["Kota Sigli", "Peukan Baro"],
        ["Jl. Tgk. Di Pante", "Lr. Kuta Asan"],
        "0653",
        "pidiekab.go.id",
    ),
    (
        "12",
        "Sumatera Utara",
        "Kabupaten Toba",
        "12",
        "Lingkungan",
        "Desa",
        "Kecamatan",
        ["Sibola Hotangsas", "Lumban Dolok", "Parparean II"],
        ["I", "II", "III"],
        ["Balige", "Porsea"],
        ["Jl. Sisingamangaraja", "Gg. Pardede"],
        "0632",
        "tobakab.go.id",
    ),
    (
        "13",
        "Sumatera Barat",
        "Kabupaten Tanah Datar",
        "04",
        "Jorong",
        "Nagari",
        "Kecamatan",
        ["Pariangan", "Tabek Patah", "Sungai Tarab"],
        ["Koto Tuo", "Balai Gadang", "Padang Data"],
        ["Pariangan", "Salimpaung"],
        ["Jl. Ahmad Yani", "Lorong Surau Gadang"],
        "0752",
        "tanahdatar.go.id",
    ),
    (
        "14",
        "Riau",
        "Kabupaten Kampar",
        "01",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Kuok", "Batu Belah", "Pulau Jambu"],
        ["Sialang", "Koto Lamo", "Pasar Usang"],
        ["Bangkinang", "Kampar Kiri"],
        ["Jl. Datuk Tabano", "Jl. Prof. M. Yamin"],
        "0762",
        "kamparkab.go.id",
    ),
    (
        "15",
        "Jambi",
        "Kabupaten Muaro Jambi",
        "05",
        "RT",
        "Desa",
        "Kecamatan",
        ["Muara Kumpeh", "Sekernan", "Sengeti"],
        ["01", "05", "12"],
        ["Sekernan", "Kumpeh Ulu"],
        ["Jl. Lintas Timur", "Lrg. Pinang Masak"],
        "0741",
        "muarojambikab.go.id",
    ),
    (
        "16",
        "Sumatera Selatan",
        "Kabupaten Ogan Ilir",
        "10",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Tanjung Raja", "Sakatiga", "Meranjat"],
        ["I", "II", "IV"],
        ["Indralaya", "Pemulutan"],
        ["Jl. Lintas Timur Km 32", "Lorong Damai"],
        "0711",
        "ogan-ilirkab.go.id",
    ),
    (
        "17",
        "Bengkulu",
        "Kabupaten Rejang Lebong",
        "02",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Air Meles Bawah", "Kepala Curup", "Talang Rimbo"],
        ["I", "II", "III"],
        ["Curup Timur", "Selupu Rejang"],
        ["Jl. S. Sukowati", "Gg. Mawar"],
        "0732",
        "rejanglebongkab.go.id",
    ),
    (
        "18",
        "Lampung",
        "Kabupaten Pringsewu",
        "10",
        "Pekon",
        "Pekon",
        "Kecamatan",
        ["Podomoro", "Fajar Agung", "Waluyojati"],
        ["Dusun Sukamaju", "Dusun Srikaton", "Dusun Talang"],
        ["Pringsewu", "Pagelaran"],
        ["Jl. Ki Hajar Dewantara", "Jl. Pemuda"],
        "0729",
        "pringsewukab.go.id",
    ),
    (
        "19",
        "Kepulauan Bangka Belitung",
        "Kabupaten Belitung",
        "02",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Air Saga", "Perawas", "Juru Seberang"],
        ["Air Merbau", "Tanjong Binga", "Aik Rayak"],
        ["Tanjungpandan", "Sijuk"],
        ["Jl. Jend. Sudirman", "Jl. Air Raya"],
        "0719",
        "belitungkab.go.id",
    ),
    (
        "21",
        "Kepulauan Riau",
        "Kota Batam",
        "71",
        "RT",
        "Kelurahan",
        "Kecamatan",
        ["Tanjung Uma", "Sungai Panas", "Belian"],
        ["002", "004", "007"],
        ["Lubuk Baja", "Batam Kota"],
        ["Perum Taman Raya Blok C2", "Jl. Raja Ali Haji"],
        "0778",
        "batam.go.id",
    ),
    (
        "31",
        "DKI Jakarta",
        "Kota Jakarta Utara",
        "72",
        "RT",
        "Kelurahan",
        "Kecamatan",
        ["Tugu Utara", "Rawa Badak Selatan", "Kalibaru"],
        ["008", "011", "003"],
        ["Koja", "Cilincing"],
        ["Jl. Mangga Dua Raya Gg. Sawo", "Komplek Walikota Blok D"],
        "021",
        "jakarta.go.id",
    ),
    (
        "32",
        "Jawa Barat",
        "Kabupaten Tasikmalaya",
        "06",
        "Kampung",
        "Desa",
        "Kecamatan",
        ["Sukaraja", "Cigalontang", "Mangunreja"],
        ["Babakan Sirna", "Cikondang", "Pasirhuni"],
        ["Singaparna", "Salawu"],
        ["Jl. Raya Timur Singaparna", "Gg. Haji Oyo"],
        "0265",
        "tasikmalayakab.go.id",
    ),
    (
        "33",
        "Jawa Tengah",
        "Kabupaten Wonosobo",
        "07",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Kalikajar", "Tieng", "Dieng Kulon"],
        ["Gondang", "Kauman", "Krajan"],
        ["Kejajar", "Garung"],
        ["Jl. Dieng Km 15", "Gang Melati"],
        "0286",
        "wonosobokab.go.id",
    ),
    (
        "34",
        "DI Yogyakarta",
        "Kabupaten Kulon Progo",
        "01",
        "Padukuhan",
        "Kalurahan",
        "Kapanewon",
        ["Sidorejo", "Banjararum", "Hargomulyo"],
        ["Kedungdowo", "Ngemplak", "Plampang III"],
        ["Lendah", "Kalibawang"],
        ["Jl. Wates-Purworejo", "Gang Kenanga"],
        "0274",
        "kulonprogokab.go.id",
    ),
    (
        "35",
        "Jawa Timur",
        "Kabupaten Bojonegoro",
        "22",
        "Dukuh",
        "Desa",
        "Kecamatan",
        ["Ngumpakdalem", "Sumberrejo", "Kedungadem"],
        ["Jetak", "Ngasem", "Krajan Wetan"],
        ["Dander", "Kapas"],
        ["Jl. Veteran", "Gg. Wahidin"],
        "0353",
        "bojonegorokab.go.id",
    ),
    (
        "36",
        "Banten",
        "Kabupaten Pandeglang",
        "01",
        "Kampung",
        "Desa",
        "Kecamatan",
        ["Cikayas", "Kadubanen", "Majasari"],
        ["Cikoneng", "Kadumerak", "Babakan Loa"],
        ["Labuan", "Saketi"],
        ["Jl. Raya Labuan", "Jl. Bhayangkara"],
        "0253",
        "pandeglangkab.go.id",
    ),
    (
        "51",
        "Bali",
        "Kabupaten Gianyar",
        "04",
        "Banjar",
        "Desa",
        "Kecamatan",
        ["Mas", "Batubulan Kangin", "Sidan"],
        ["Banjar Pande", "Banjar Tegal", "Banjar Kawan"],
        ["Ubud", "Sukawati"],
        ["Jl. Raya Mas", "Gang Cempaka"],
        "0361",
        "gianyarkab.go.id",
    ),
    (
        "52",
        "Nusa Tenggara Barat",
        "Kabupaten Lombok Timur",
        "03",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Pringgasela", "Rarang Selatan", "Kembang Kerang"],
        ["Lendang Bedurik", "Montong Gamang", "Tibu Bunter"],
        ["Selong", "Aikmel"],
        ["Jl. TGH Zainuddin Abdul Madjid", "Gg. Sawo"],
        "0376",
        "lomboktimurkab.go.id",
    ),
    (
        "53",
        "Nusa Tenggara Timur",
        "Kabupaten Sikka",
        "10",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Nita", "Koting A", "Wolomarang"],
        ["Wairkoja", "Habi", "Nangahure"],
        ["Alok", "Nita"],
        ["Jl. El Tari", "Lorong Sao Wisata"],
        "0382",
        "sikkakab.go.id",
    ),
    (
        "61",
        "Kalimantan Barat",
        "Kabupaten Sanggau",
        "08",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Tanjung Sekayam", "Sungai Mawang", "Entakai"],
        ["Pana", "Bodok", "Semuntai"],
        ["Kapuas", "Parindu"],
        ["Jl. Jenderal Sudirman", "Gg. Nusa Indah"],
        "0564",
        "sanggau.go.id",
    ),
    (
        "62",
        "Kalimantan Tengah",
        "Kabupaten Kotawaringin Timur",
        "02",
        "RT",
        "Kelurahan",
        "Kecamatan",
        ["Baamang Barat", "Mentawa Baru Hulu", "Ketapang"],
        ["021", "009", "034"],
        ["Baamang", "Mentawa Baru Ketapang"],
        ["Jl. Tjilik Riwut Km 3", "Jl. Iskandar Gg. Family"],
        "0531",
        "kotimkab.go.id",
    ),
    (
        "63",
        "Kalimantan Selatan",
        "Kabupaten Banjar",
        "03",
        "RT",
        "Desa",
        "Kecamatan",
        ["Sungai Tabuk Kota", "Keramat Baru", "Tungkaran"],
        ["04", "07", "11"],
        ["Martapura", "Sungai Tabuk"],
        ["Jl. A. Yani Km 38", "Komp. Citra Permata Blok B"],
        "0511",
        "banjarkab.go.id",
    ),
    (
        "64",
        "Kalimantan Timur",
        "Kabupaten Kutai Kartanegara",
        "02",
        "RT",
        "Kelurahan",
        "Kecamatan",
        ["Timbau", "Melayu", "Panji"],
        ["015", "023", "008"],
        ["Tenggarong", "Loa Kulu"],
        ["Jl. Pesut Gg. Bersama", "Jl. Mangkurawang"],
        "0541",
        "kukarkab.go.id",
    ),
    (
        "65",
        "Kalimantan Utara",
        "Kabupaten Bulungan",
        "01",
        "RT",
        "Desa",
        "Kecamatan",
        ["Tanjung Palas Hilir", "Jelarai Selor", "Gunung Seriang"],
        ["06", "02", "13"],
        ["Tanjung Selor", "Tanjung Palas"],
        ["Jl. Sengkawit", "Jl. Padat Karya"],
        "0552",
        "bulungan.go.id",
    ),
    (
        "71",
        "Sulawesi Utara",
        "Kabupaten Minahasa",
        "02",
        "Jaga",
        "Desa",
        "Kecamatan",
        ["Kakas", "Tondano Pante", "Sawangan"],
        ["Jaga I", "Jaga IV", "Jaga VII"],
        ["Tondano Barat", "Kakas"],
        ["Jl. Sam Ratulangi", "Lorong Kawanua"],
        "0431",
        "minahasa.go.id",
    ),
    (
        "72",
        "Sulawesi Tengah",
        "Kabupaten Donggala",
        "03",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Towale", "Loli Tasiburi", "Wani Dua"],
        ["I", "II", "III"],
        ["Banawa", "Tanantovea"],
        ["Jl. Trans Sulawesi", "Lorong Pantai"],
        "0457",
        "donggala.go.id",
    ),
    (
        "73",
        "Sulawesi Selatan",
        "Kabupaten Bone",
        "08",
        "Lingkungan",
        "Kelurahan",
        "Kecamatan",
        ["Watampone", "Macanang", "Bajoe"],
        ["Bulu Tempe", "Pappolo", "Mattiro Walie"],
        ["Tanete Riattang", "Awangpone"],
        ["Jl. Petta Ponggawae", "Lr. Ma'rifah"],
        "0481",
        "bone.go.id",
    ),
    (
        "74",
        "Sulawesi Tenggara",
        "Kabupaten Muna",
        "03",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Lakarinta", "Wamponiki", "Labasa"],
        ["I", "II", "Lapadaku"],
        ["Katobu", "Lohia"],
        ["Jl. La Ode Pandu", "Lorong Wuna"],
        "0403",
        "munakab.go.id",
    ),
    (
        "75",
        "Gorontalo",
        "Kabupaten Bone Bolango",
        "03",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Huluduotamo", "Tanggilingo", "Ulantha"],
        ["Dusun II Mahoni", "Dusun Pilohayanga", "Dusun III"],
        ["Suwawa", "Kabila"],
        ["Jl. Ahmad Nadjamuddin", "Lorong Hulonthalo"],
        "0435",
        "bonebolangokab.go.id",
    ),
    (
        "76",
        "Sulawesi Barat",
        "Kabupaten Polewali Mandar",
        "04",
        "Dusun",
        "Desa",
        "Kecamatan",
        ["Tonyaman", "Riso", "Kuajang"],
        ["Lantora", "Batetangnga", "Pakkeng"],
        ["Binuang", "Tapango"],
        ["Jl. Poros Majene", "Lorong Sipamandar"],
        "0428",
        "polmankab.go.id",
    ),
    (
        "81",
        "Maluku",
        "Kabupaten Maluku Tengah",
        "01",
        "Dusun",
        "Negeri",
        "Kecamatan",
        ["Tulehu", "Hitu", "Waai"],
        ["Tanah Merah", "Waipo", "Mamokeng"],
        ["Salahutu", "Leihitu"],
        ["Jl. Raya Tulehu", "Lorong Masjid Jami"],
        "0914",
        "malukutengahkab.go.id",
    ),
    (
        "82",
        "Maluku Utara",
        "Kota Ternate",
        "71",
        "RT",
        "Kelurahan",
        "Kecamatan",
        ["Kalumpang", "Toboko", "Sasa"],
        ["003", "006", "010"],
        ["Ternate Tengah", "Ternate Selatan"],
        ["Jl. Sultan Babullah", "Lorong Pemuda"],
        "0921",
        "ternatekota.go.id",
    ),
    (
        "91",
        "Papua",
        "Kabupaten Jayapura",
        "03",
        "Kampung",
        "Kampung",
        "Distrik",
        ["Harapan", "Nolokla", "Yahim"],
        ["Kompleks Doyo Baru", "Kampung Baru", "Pos 7"],
        ["Sentani", "Waibu"],
        ["Jl. Raya Sentani-Waena", "Lorong Kemiri"],
        "0967",
        "jayapurakab.go.id",
    ),
    (
        "92",
        "Papua Barat",
        "Kabupaten Manokwari",
        "02",
        "Kampung",
        "Kelurahan",
        "Distrik",
        ["Amban", "Sowi", "Pasir Putih"],
        ["Kampung Ayambori", "Kompleks Reremi", "Kampung Soribo"],
        ["Manokwari Barat", "Manokwari Selatan"],
        ["Jl. Trikora Wosi", "Jl. Esau Sesa"],
        "0986",
        "manokwarikab.go.id",
    ),
    (
        "93",
        "Papua Selatan",
        "Kabupaten Asmat",
        "08",
        "Kampung",
        "Kampung",
        "Distrik",
        ["Syuru", "Bis Agats", "Mbait"],
        ["Jalan Papan", "Kompleks Misi", "Jalan Tiang"],
        ["Agats", "Atsj"],
        ["Jl. Dolog", "Jl. Pelabuhan (papan)"],
        "0902",
        "asmatkab.go.id",
    ),
    (
        "94",
        "Papua Tengah",
        "Kabupaten Nabire",
        "04",
        "Kampung",
        "Kelurahan",
        "Distrik",
        ["Karang Mulia", "Siriwini", "Oyehe"],
        ["Kompleks Kalibobo", "Kampung Wadio", "SP 2"],
        ["Nabire", "Wanggar"],
        ["Jl. Merdeka", "Jl. Pepera"],
        "0984",
        "nabirekab.go.id",
    ),
    (
        "95",
        "Papua Pegunungan",
        "Kabupaten Jayawijaya",
        "02",
        "Kampung",
        "Kampung",
        "Distrik",
        ["Wesaput", "Hom-hom", "Sinakma"],
        ["Honai Asolokobal", "Kampung Pikhe", "Kompleks Potikelek"],
        ["Wamena", "Hubikiak"],
        ["Jl. Trikora", "Jl. Homhom"],
        "0969",
        "jayawijayakab.go.id",
    ),
    (
        "96",
        "Papua Barat Daya",
        "Kota Sorong",
        "71",
        "RT",
        "Kelurahan",
        "Distrik",
        ["Klawuyuk", "Malawele", "Remu Utara"],
        ["002", "005", "001"],
        ["Sorong Timur", "Malaimsimsa"],
        ["Jl. Basuki Rahmat Km 10", "Kompleks Kokoda"],
        "0951",
        "sorongkota.go.id",
    ),
]
assert len(PROV) == 38

FIRST_M = [
    "Ahmad",
    "Teuku Rizal",
    "Muhammad Iqbal",
    "I Made",
    "I Wayan",
    "Yohanes",
    "Agus",
    "Bambang",
    "La Ode Hasan",
    "Andi",
    "Ujang",
    "Asep",
    "Dedi",
    "Ketut",
    "Fransiskus",
    "Markus",
    "Heri",
    "Sutrisno",
    "Rahmat",
    "Hendrik",
    "Yusuf",
    "Maikel",
    "Daeng",
    "Tengku",
    "Rudi",
]
FIRST_F = [
    "Siti",
    "Nur",
    "Ni Luh",
    "Ni Made",
    "Maria",
    "Dewi",
    "Sri",
    "Wa Ode",
    "Andi Nurul",
    "Euis",
    "Rina",
    "Yuliana",
    "Fitri",
    "Theresia",
    "Cut",
    "Rosmawati",
    "Lina",
    "Kadek Ayu",
    "Hj. Nurhayati",
    "Putri",
    "Agustina",
    "Martha",
    "Ratna",
]
LAST = [
    "Saputra",
    "Hasibuan",
    "Nainggolan",
    "Wibowo",
    "Pratama",
    "Lestari",
    "Rahayu",
    "Wenda",
    "Kogoya",
    "Tabuni",
    "Lumbantobing",
    "Siregar",
    "Daulay",
    "Sinaga",
    "Mandagi",
    "Rumengan",
    "Pattiasina",
    "Latuconsina",
    "Hamzah",
    "Syahputra",
    "Mahmud",
    "Nurdin",
    "Parera",
    "Da Costa",
    "Marpaung",
    "Gultom",
    "Setiawan",
    "Kurniawan",
    "Hidayat",
    "Sulistyowati",
    "Permana",
    "Suryani",
    "Tamba",
    "Rasyid",
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
BUL3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
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
ANGKA = [
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
]
JOBS = ["Petani", "Wiraswasta", "Karyawan Swasta", "Mengurus Rumah Tangga", "Guru Honorer"]
GIZI = ["Normal", "Pendek", "Sangat pendek", "Gizi kurang"]
APBDES_ITEMS = [
    "Penghasilan Tetap Kades",
    "BLT Dana Desa",
    "Pembangunan Jalan Usaha Tani",
    "Posyandu",
    "Operasional BPD",
    "Penyertaan Modal BUMDes",
]
DEST = ["Taiwan", "Hong Kong", "Malaysia", "Korea Selatan", "Jepang"]
UNITS = ["DPMD", "Dinsos", "Bappeda", "Disdukcapil", "Sekr"]
PA_CODES = ["Sgi", "Blg", "Wns", "Bjn", "Gin", "Mks"]


def words(n):
    if n < 12:
        return ANGKA[n]
    if n < 20:
        return ANGKA[n - 10] + " belas"
    if n < 100:
        t, u = divmod(n, 10)
        return ANGKA[t] + " puluh" + ("" if u == 0 else " " + ANGKA[u])
    return str(n)


def year_words(y):
    h = y % 100
    if y < 2000:
        return "seribu sembilan ratus " + words(h)
    return "dua ribu" + ("" if h == 0 else " " + words(h))


class Doc:
    def __init__(self, did, genre, region):
        self.did, self.genre, self.region = did, genre, region
        self.buf = []
        self.n = 0
        self.spans, self.negs = [], []
        self.item = 0

    @property
    def pos(self):
        return self.n

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)

    def new_item(self):
        self.item += 1
        return f"{self.did}:{self.item}"

    def p(self, kind, s, item=None):
        item = item or self.new_item()
        if s:
            self.spans.append(
                {"kind": kind, "start": self.n, "end": self.n + len(s), "item": item}
            )
        self.t(s)
        return item

    def x(self, kind, s):
        self.negs.append({"kind": kind, "start": self.n, "end": self.n + len(s)})
        self.t(s)

    def rec(self):
        return {
            "id": self.did,
            "genre": self.genre,
            "region": self.region,
            "text": "".join(self.buf),
            "spans": self.spans,
            "negatives": self.negs,
        }


def pick(seq):
    return R.choice(seq)


def name(female=None):
    if female is None:
        female = R.random() < 0.5
    return f"{pick(FIRST_F if female else FIRST_M)} {pick(LAST)}"


def bdate():
    return R.randint(1948, 2021), R.randint(1, 12), R.randint(1, 28)


def nik_digits(pv, female=None, date=None):
    y, m, d = date or bdate()
    if female is None:
        female = R.random() < 0.5
    dd = d + 40 if female else d
    return (
        f"{pv[0]}{pv[3]}{R.randint(1, 24):02d}{dd:02d}{m:02d}{y % 100:02d}{R.randint(1, 40):04d}"
    )


def fmt_nik(n):
    r = R.random()
    if r < 0.45:
        return n
    if r < 0.55:
        return " ".join(n[i : i + 4] for i in range(0, 16, 4))
    if r < 0.62:
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"
    if r < 0.68:
        return f"{n[:6]} {n[6:12]} {n[12:]}"
    if r < 0.73:
        return "'" + n  # Excel text marker
    if r < 0.78:
        return n[:10] + "xxxxxx" if R.random() < 0.5 else n[:6] + "******" + n[12:]
    if r < 0.83:  # OCR noise: O for 0, l for 1, B for 8 in one position
        i = R.randrange(16)
        c = n[i]
        sub = {"0": "O", "1": "l", "8": "B", "5": "S"}.get(c, c)
        return n[:i] + sub + n[i + 1 :]
    if r < 0.88:
        return " ".join(n)  # OCR spacing
    if r < 0.92:
        return n[:8] + "-" + n[8:]
    if r < 0.96:
        return n[:4] + "\u00a0" + n[4:8] + "\u00a0" + n[8:12] + "\u00a0" + n[12:]
    return n[:9] + " " + n[9:]


def kk_digits(pv):
    y = R.randint(2005, 2024)
    return (
        f"{pv[0]}{pv[3]}{R.randint(1, 24):02d}{R.randint(1, 28):02d}{R.randint(1, 12):02d}"
        f"{y % 100:02d}{R.randint(1, 9999):04d}"
    )


def phone():
    pre = pick(
        [
            "0812",
            "0813",
            "0821",
            "0822",
            "0852",
            "0853",
            "0811",
            "0857",
            "0856",
            "0878",
            "0877",
            "0896",
            "0895",
            "0838",
            "0831",
            "0881",
            "0819",
            "0859",
        ]
    )
    rest = "".join(str(R.randint(0, 9)) for _ in range(R.choice([7, 8, 8, 8])))
    full = pre + rest
    r = R.random()
    if r < 0.3:
        return full
    if r < 0.4:
        return f"{full[:4]}-{full[4:8]}-{full[8:]}"
    if r < 0.5:
        return "+62 " + f"{full[1:4]} {full[4:8]} {full[8:]}"
    if r < 0.57:
        return "62" + full[1:]
    if r < 0.63:
        return f"({full[:4]}) {full[4:7]} {full[7:]}"
    if r < 0.69:
        return f"{full[:4]}.{full[4:8]}.{full[8:]}"
    if r < 0.74:
        return "+62-" + f"{full[1:4]}-{full[4:8]}-{full[8:]}"
    if r < 0.79:
        return full[1:]  # Excel dropped leading zero
    if r < 0.84:
        return f"{full[:4]} {full[4:8]} {full[8:]}"
    if r < 0.88:
        return "+62(0)" + full[1:]
    if r < 0.92:
        return " ".join(full)
    if r < 0.96:
        return "0" + full[1:4] + " - " + full[4:]
    return "62 " + full[1:4] + "-" + full[4:]


def email(nm):
    base = nm.lower().replace("hj. ", "").replace(".", "").replace("'", "").split()
    user = R.choice(
        [
            ".".join(base[:2]),
            "".join(base[-2:]) + str(R.randint(1, 99)),
            base[0] + "_" + base[-1],
            base[-1] + str(R.randint(70, 2005)),
        ]
    )
    dom = pick(
        [
            "gmail.com",
            "yahoo.co.id",
            "yahoo.com",
            "ymail.com",
            "outlook.com",
            "hotmail.com",
            "gmail.co.id",
            "icloud.com",
            "student.unsyiah.ac.id",
            "mhs.unhas.ac.id",
        ]
    )
    r = R.random()
    if r < 0.75:
        return f"{user}@{dom}"
    if r < 0.82:
        return f"{user} @ {dom}"
    if r < 0.88:
        return f"{user}[at]{dom.replace('.', '[dot]')}"
    if r < 0.94:
        return f"{user.upper()}@{dom.upper()}"
    return f"{user}@{dom}".replace("@", " (at) ")


def npwp():
    d = "".join(str(R.randint(0, 9)) for _ in range(9))
    r = R.random()
    a = f"{R.randint(1, 9)}{d[0]}.{d[1:4]}.{d[4:7]}.{d[7]}-{R.randint(100, 999)}.000"
    if r < 0.6:
        return a
    if r < 0.8:
        return "".join(c for c in a if c.isdigit())
    return a.replace(".", " ").replace("-", " ")


def bpjs():
    r = R.random()
    if r < 0.55:
        n = "000" + "".join(str(R.randint(0, 9)) for _ in range(10))
        if R.random() < 0.3:
            return f"{n[:4]} {n[4:8]} {n[8:]}"
        return n
    if r < 0.8:
        n = "".join(str(R.randint(0, 9)) for _ in range(11))
        return str(R.randint(1, 2)) + n[1:]  # KPJ 11 digits
    n = "000" + "".join(str(R.randint(0, 9)) for _ in range(10))
    return n[:3] + "-" + n[3:]


def kks():
    n = "601301" + "".join(str(R.randint(0, 9)) for _ in range(10))
    return n if R.random() < 0.5 else " ".join(n[i : i + 4] for i in range(0, 16, 4))


def passport():
    L = pick("ABCEX")
    n = f"{L}{R.randint(0, 9999999):07d}"
    r = R.random()
    return n if r < 0.7 else (f"{L} {n[1:]}" if r < 0.85 else n.lower())


def bank():
    b = pick(
        [
            "BRI",
            "BNI",
            "Mandiri",
            "BSI",
            "BCA",
            "Bank Nagari",
            "Bank Jatim",
            "Bank Papua",
            "Bank Sulselbar",
            "Bank Aceh Syariah",
            "Bank NTT",
            "Bank Kalbar",
            "BPD Bali",
        ]
    )
    if b == "BRI":
        n = (
            f"{R.randint(0, 9999):04d}-01-{R.randint(0, 999999):06d}-{R.randint(10, 59)}-"
            f"{R.randint(0, 9)}"
        )
    elif b == "Mandiri":
        n = f"1{R.randint(10, 99)}-00-{R.randint(0, 9999999):07d}-{R.randint(0, 9)}"
    elif b in ("BNI", "BCA", "BSI"):
        n = f"{R.randint(100000000, 9999999999):010d}"
    else:
        n = (
            f"{R.randint(1, 9)}{R.randint(0, 99):02d}.{R.randint(0, 99):02d}."
            f"{R.randint(0, 999999):06d}-{R.randint(0, 9)}"
        )
    return b, n


def bdate_str(y, m, d, style=None):
    s = style if style is not None else R.randrange(12)
    return [
        f"{d:02d}-{m:02d}-{y}",
        f"{d} {BULAN[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}/{ROMAN[m - 1]}/{y}",
        f"{d} {BUL3[m - 1]} {y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{MONTH_EN[m - 1]} {d}, {y}",
        f"{d} {BULAN[m - 1].upper()} {y}",
        f"{d}-{BUL3[m - 1]}-{str(y)[2:]}",
        f"tanggal {words(d)} bulan {BULAN[m - 1]} tahun {year_words(y)}",
        f"{m}/{d}/{y}",
    ][s]


def address(pv, d, full=True, item=None):
    """Write a private home address into d; returns item id. Several regional shapes."""
    code, prov, kab, _, sub, vil, dist, vils, subs, dists, streets, *_ = pv
    item = item or d.new_item()
    r = R.random()
    rt, rw = R.randint(1, 25), R.randint(1, 12)
    if sub in ("RT",):
        s = (
            f"{pick(streets)} No. {R.randint(1, 120)} RT {pick(subs)}/RW {rw:03d}, {vil} "
            f"{pick(vils)}"
        )
    elif sub == "Jaga":
        s = f"{pick(subs)}, Desa {pick(vils)}, {dist} {pick(dists)}"
    elif sub == "Banjar":
        s = (
            f"{pick(subs)}, Desa {pick(vils)}, {dist} {pick(dists)}, "
            f"{kab.replace('Kabupaten ', 'Kab. ')}"
        )
    elif r < 0.3:
        s = f"{sub} {pick(subs)} RT {rt:02d} RW {rw:02d} {vil} {pick(vils)}"
    elif r < 0.5:
        s = (
            f"{pick(streets)} RT.{rt:03d}/RW.{rw:03d} {sub} {pick(subs)}, {vil} {pick(vils)}, "
            f"{dist} {pick(dists)}"
        )
    elif r < 0.65:
        s = (
            f"{sub.lower()} {pick(subs)} rt {rt} rw {rw} ds. {pick(vils).lower()} kec. "
            f"{pick(dists).lower()}"
        )
    elif r < 0.78:
        s = f"Belakang Pasar {pick(vils)}, RT {rt:02d} {sub} {pick(subs)}"
    elif r < 0.88:
        s = f"{sub} {pick(subs)}, {vil} {pick(vils)}, {dist} {pick(dists)}, {kab}, {prov}"
    else:
        s = f"{pick(streets)} Gg. {R.randint(1, 9)} No. {R.randint(1, 60)}A, {pick(vils)}"
    if not full:
        s = s.split(",")[0]
    d.p("address", s, item)
    return item


def nip():
    y, m, d = R.randint(1965, 1990), R.randint(1, 12), R.randint(1, 28)
    s = (
        f"{y}{m:02d}{d:02d} {R.randint(1988, 2015)}{R.randint(1, 12):02d} {R.randint(1, 2)} "
        f"{R.randint(1, 20):03d}"
    )
    return s if R.random() < 0.6 else s.replace(" ", "")


def letter_no(kind=None):
    return pick(
        [
            f"{R.randint(100, 900)}.{R.randint(1, 9)}/{R.randint(1, 999)}/{pick(UNITS)}/"
            f"{R.randint(2023, 2026)}",
            f"W{R.randint(1, 30)}-A{R.randint(1, 20)}/{R.randint(100, 4000)}/HK.05/"
            f"{pick(ROMAN)}/{R.randint(2023, 2026)}",
            f"B/{R.randint(10, 999)}/{pick(ROMAN)}/HUM.3.4.5./{R.randint(2023, 2026)}/Res",
            f"{R.randint(100, 999)}/{R.randint(1000, 9999)}/"
            f"{pick(['PPID', 'KPU-Kab', 'Bawaslu'])}/{pick(ROMAN)}/{R.randint(2024, 2026)}",
            f"{R.randint(1, 9999)}/Pdt.G/{R.randint(2023, 2026)}/PA.{pick(PA_CODES)}",
            f"{R.randint(10, 999)}/UN{R.randint(1, 60)}/{pick(['KM', 'HK', 'TU'])}."
            f"0{R.randint(1, 9)}/{R.randint(2024, 2026)}",
        ]
    )


def office_phone(pv):
    ac = pv[11]
    n = f"{R.randint(200000, 899999)}" if len(ac) == 4 else f"{R.randint(2000000, 8999999)}"
    return pick([f"({ac}) {n}", f"{ac}-{n}", f"{ac} {n[:3]} {n[3:]}", f"+62 {ac[1:]} {n}"])


def kop(d, pv, body):
    d.t(f"PEMERINTAH {pv[2].upper()}\n{body.upper()}\nAlamat: ")
    d.x("office_address", f"{pick(pv[10])} No. {R.randint(1, 80)}, {pv[9][0]}")
    d.t(" Kode Pos ")
    d.x("postal_code", f"{R.randint(20, 99)}{R.randint(100, 999)}")
    d.t(" Telp. ")
    d.x("office_phone", office_phone(pv))
    if R.random() < 0.5:
        d.t(" Fax. ")
        d.x("office_phone", office_phone(pv))
    d.t("\nLaman: ppid." + pv[12] + "  Pos-el: ")
    d.x("office_email", pick(["ppid", "sekretariat", "pelayanan", "info"]) + "@" + pv[12])
    if R.random() < 0.4:
        d.t("  WA Layanan: ")
        d.x("office_phone", f"0811-{R.randint(1000, 9999)}-{R.randint(100, 999)}")
    d.t("\n" + "=" * 60 + "\n")


def sign(d, pv, title):
    d.t(f"\n{pv[9][0]}, ")
    d.x("letter_date", f"{R.randint(1, 28)} {pick(BULAN)} {R.randint(2024, 2026)}")
    d.t(f"\n{title},\n\n\n{name()}, S.{pick(['E', 'H', 'Sos', 'IP', 'Kom'])}\n")
    if R.random() < 0.3:
        d.t("Pembina Tk. I (IV/b)\n")
    d.t("NIP. ")
    d.x("nip_official", nip())
    d.t("\n")


def amount():
    v = R.randint(1, 9999) * 1000 * R.choice([1, 10, 100, 1000])
    s = f"{v:,}".replace(",", ".")
    return pick([f"Rp {s},00", f"Rp{s}", s, f"Rp. {s}"])


GEN = []


def genre(f):
    GEN.append(f)
    return f


@genre
def pppk(d, pv):
    kop(d, pv, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
    d.t("PENGUMUMAN\nNomor: ")
    d.x("letter_number", letter_no())
    d.t("\nTENTANG HASIL AKHIR SELEKSI PPPK JABATAN FUNGSIONAL GURU TAHUN ANGGARAN 2025\n\n")
    d.t("No | No. Peserta | Nama | NIK | Tempat, Tgl Lahir | Pendidikan | Formasi | Nilai | Ket\n")
    for i in range(R.randint(8, 14)):
        y, m, dd = R.randint(1975, 1998), R.randint(1, 12), R.randint(1, 28)
        d.t(f"{i + 1} | ")
        d.x(
            "registration",
            f"25{R.randint(100, 999)}{R.randint(1000000, 9999999)}{R.randint(100, 999)}",
        )
        d.t(f" | {name()} | ")
        d.p("nik", fmt_nik(nik_digits(pv, date=(y, m, dd))))
        d.t(f" | {pick(pv[7])}, ")
        d.p("birth_date", bdate_str(y, m, dd))
        d.t(
            f" | S1 PGSD | Guru Kelas Ahli Pertama | {R.randint(280, 520)} | "
            f"{pick(['P/L', 'TMS', 'P/L (Optimalisasi)'])}\n"
        )
    d.t("\nMasa sanggah dibuka pada ")
    d.x("event_date", f"{R.randint(1, 28)} s.d. {R.randint(1, 28)} {pick(BULAN)} 2025")
    d.t(" melalui laman sscasn.bkn.go.id. Informasi: ")
    d.x("call_centre", pick(["1500-795", "0800-1-800-795", "(021) 8093008"]))
    d.t(".\n")
    sign(d, pv, "Kepala BKPSDM")


@genre
def kehendak_nikah(d, pv):
    d.t(
        f"KEMENTERIAN AGAMA {pv[2].upper()}\nKANTOR URUSAN AGAMA {pv[6].upper()} "
        f"{pv[9][0].upper()}\n"
    )
    d.x("office_address", f"{pick(pv[10])} No. {R.randint(1, 50)}")
    d.t(", e-mail ")
    d.x("office_email", f"kua{pv[9][0].lower().replace(' ', '')}@kemenag.go.id")
    d.t("\n\nPENGUMUMAN KEHENDAK NIKAH\nNomor: ")
    d.x(
        "letter_number",
        f"B-{R.randint(100, 999)}/Kua.{R.randint(10, 30)}.{R.randint(1, 30)}."
        f"{R.randint(1, 20)}/PW.01/{pick(ROMAN)}/2025",
    )
    d.t("\nDiumumkan kepada khalayak ramai bahwa akan dilangsungkan pernikahan antara:\n")
    for _ in range(R.randint(2, 4)):
        for role in ("Calon Suami", "Calon Istri"):
            f = role == "Calon Istri"
            y, m, dd = R.randint(1985, 2004), R.randint(1, 12), R.randint(1, 28)
            d.t(
                f"\n{role}\n  Nama          : {name(f)}\n  Bin/Binti     : {name(False)}\n  "
                "NIK           : "
            )
            d.p("nik", fmt_nik(nik_digits(pv, f, (y, m, dd))))
            d.t(f"\n  Tempat/Tgl lahir : {pick(pv[7])}, ")
            d.p("birth_date", bdate_str(y, m, dd))
            d.t(f"\n  Pekerjaan     : {pick(JOBS)}\n  Alamat        : ")
            address(pv, d)
            d.t("\n")
        d.t("  Hari/Tanggal akad : ")
        d.x(
            "event_date",
            f"{pick(['Senin', 'Kamis', 'Sabtu', 'Ahad'])}, {R.randint(1, 28)} {pick(BULAN)} 2025",
        )
        d.t(f", pukul {R.randint(8, 15):02d}.00 WIT\n")
    d.t(
        "\nApabila ada yang mengetahui halangan pernikahan, harap melapor ke KUA paling "
        "lambat 10 hari kerja.\n"
    )
    sign(d, pv, "Kepala KUA")


@genre
def panggilan_ghaib(d, pv):
    d.t(f"PENGADILAN AGAMA {pick(pv[9]).upper()}\n")
    d.x("office_address", f"{pick(pv[10])} No. {R.randint(1, 99)}")
    d.t(" Telp. ")
    d.x("office_phone", office_phone(pv))
    d.t("\nRELAAS PANGGILAN GHAIB (melalui media massa dan laman resmi)\nNomor Perkara: ")
    d.x("letter_number", letter_no())
    d.t("\n\n")
    for _ in range(R.randint(2, 4)):
        d.t(
            f"Jurusita Pengadilan Agama memanggil {name(False)} bin {name(False)}, umur "
            f"{R.randint(25, 60)} tahun, "
        )
        d.t(pick(["agama Islam, pekerjaan buruh, ", "pekerjaan tidak tetap, ", ""]))
        d.t("dahulu bertempat tinggal di ")
        address(pv, d)
        d.t(
            ", sekarang tidak diketahui alamatnya yang jelas dan pasti di wilayah Republik "
            "Indonesia, sebagai Tergugat, "
        )
        d.t(f"untuk hadir pada sidang hari {pick(['Selasa', 'Rabu', 'Kamis'])} tanggal ")
        d.x("event_date", f"{R.randint(1, 28)} {pick(BULAN)} 2025")
        d.t(
            f" dalam perkara cerai gugat yang diajukan oleh {name(True)} binti {name(False)}, NIK "
        )
        d.p("nik", fmt_nik(nik_digits(pv, True)))
        d.t(", bertempat tinggal di ")
        address(pv, d)
        d.t(". Panjar biaya ")
        d.x("amount", amount())
        d.t(".\n\n")
    sign(d, pv, "Jurusita Pengganti")


@genre
def polres(d, pv):
    d.t(
        f"KEPOLISIAN NEGARA REPUBLIK INDONESIA\nDAERAH {pv[1].upper()}\nRESOR "
        f"{pv[2].replace('Kabupaten ', '').upper()}\nSIARAN PERS Nomor: "
    )
    d.x("letter_number", letter_no())
    d.t("\n\n")
    for _ in range(R.randint(2, 3)):
        nm = name(False)
        ini = "".join(w[0] for w in nm.split())
        d.t(
            f"Satreskrim Polres berhasil mengamankan tersangka berinisial {ini} "
            f"({R.randint(19, 55)}), warga "
        )
        address(pv, d)
        d.t(f", pada {pick(['Sabtu', 'Minggu', 'Rabu'])} (")
        d.x("event_date", f"{R.randint(1, 28)}/{R.randint(1, 12)}/2025")
        d.t(") sekitar pukul ")
        d.x("timestamp", f"{R.randint(0, 23):02d}.{R.randint(0, 59):02d} WIB")
        d.t(f". Korban, {name(True)} ({R.randint(15, 70)}), beralamat di ")
        address(pv, d, full=R.random() < 0.5)
        d.t(", mengalami kerugian ")
        d.x("amount", amount())
        d.t(". Barang bukti berupa satu unit ponsel dengan nomor ")
        d.p("phone", phone())
        d.t(" dan buku tabungan " + (b := bank())[0] + " nomor rekening ")
        d.p("bank_account", b[1])
        d.t(f" atas nama tersangka. Tersangka dijerat Pasal {R.randint(362, 378)} KUHP.\n\n")
    d.t("Kasat Reskrim AKP " + name(False) + ", S.I.K. NRP ")
    d.x("nip_official", f"{R.randint(70, 95)}{R.randint(1, 12):02d}{R.randint(1000, 9999)}")
    d.t("\nLayanan pengaduan: ")
    d.x("call_centre", "110")
    d.t(" atau WA Hotline ")
    d.x("call_centre", f"0821-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}")
    d.t("\n")


@genre
def stunting(d, pv):
    d.t(
        f"LAPORAN BULANAN POSYANDU {pick(['MAWAR', 'MELATI', 'ASOKA', 'KENANGA'])} "
        f"{pv[5].upper()} {pick(pv[7]).upper()}\n"
    )
    d.t("UPTD Puskesmas " + pv[9][0] + " — Bulan Penimbangan: ")
    d.x("event_date", f"{pick(BULAN)} 2025")
    d.t("\nNo\tNama Balita\tTgl Lahir\tJK\tNama Ibu\tNIK Ibu\tBB (kg)\tTB (cm)\tStatus\tAlamat\n")
    for i in range(R.randint(8, 14)):
        y, m, dd = R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28)
        d.t(f"{i + 1}\t{name()}\t")
        d.p("birth_date", bdate_str(y, m, dd, pick([0, 2, 3, 5, 9, 11])))
        d.t(f"\t{pick('LP')}\t{name(True)}\t")
        d.p("nik", fmt_nik(nik_digits(pv, True)))
        d.t(f"\t{R.randint(50, 160) / 10}\t{R.randint(450, 1100) / 10}\t{pick(GIZI)}\t")
        address(pv, d, full=False)
        d.t("\n")
    d.t("\nKader pelapor: " + name(True) + " HP ")
    d.p("phone", phone())
    d.t("\nBidan desa: ")
    d.t(name(True) + ", A.Md.Keb\n")


@genre
def umkm(d, pv):
    kop(d, pv, "Dinas Koperasi, Usaha Kecil dan Menengah")
    d.t("DATA PELAKU USAHA MIKRO PENERIMA BANTUAN PRODUKTIF\n")
    d.t("No;Nama Usaha;Pemilik;NIK;NIB;KBLI;No HP/WA;Alamat Usaha/Rumah;Omzet/bln\n")
    for i in range(R.randint(8, 13)):
        d.t(
            f"{i + 1};{pick(['Keripik', 'Warung', 'Jahit', 'Kue', 'Bengkel', 'Tenun'])} "
            f"{pick(LAST)};{name()};"
        )
        d.p("nik", fmt_nik(nik_digits(pv)))
        d.t(";")
        d.x("permit", f"{R.randint(1, 9)}{R.randint(100000000000, 999999999999)}")
        d.t(";")
        d.x("kbli", f"{R.choice([10792, 47111, 14111, 56103, 95230, 13921])}")
        d.t(";")
        d.p("phone", phone())
        d.t(";")
        address(pv, d)
        d.t(";")
        d.x("amount", amount())
        d.t("\n")
    d.t("\nDana disalurkan melalui rekening Kas Umum Daerah ")
    d.x(
        "office_account",
        f"{pick(['Bank Nagari', 'Bank Jatim', 'Bank Kalbar'])} No. Rek "
        f"{R.randint(100, 999)}.{R.randint(10, 99)}.{R.randint(100000, 999999)}",
    )
    d.t(" kode rekening ")
    d.x("account_code", f"5.4.02.05.01.{R.randint(1, 99):04d}")
    d.t(".\n")
    sign(d, pv, "Kepala Dinas")


@genre
def reses(d, pv):
    d.t(
        f"SEKRETARIAT DPRD {pv[2].upper()}\nNOTULEN RESES MASA SIDANG II TAHUN 2025\nDaerah "
        f"Pemilihan {pv[2]} {R.randint(1, 6)}\n"
    )
    d.t("Tempat: Balai " + pv[5] + " " + pick(pv[7]) + "; Waktu: ")
    d.x("event_date", f"{R.randint(1, 28)} {pick(BULAN)} 2025")
    d.t(
        "\n\nDAFTAR HADIR MASYARAKAT\nNo  Nama                     Alamat                   "
        "               No. HP            Tanda tangan\n"
    )
    for i in range(R.randint(8, 14)):
        d.t(f"{i + 1:<3} {name():<24} ")
        address(pv, d, full=R.random() < 0.4)
        d.t("   ")
        d.p("phone", phone())
        d.t("   ttd\n")
    d.t("\nAspirasi:\n")
    for _ in range(3):
        nm = name()
        d.t(f"- {nm} (")
        address(pv, d, full=False)
        d.t(f") menyampaikan jalan usaha tani rusak sepanjang {R.randint(200, 2000)} m; hubungi ")
        d.p("phone", phone())
        d.t(".\n")
    d.t("Notulis: Staf Bagian Persidangan, NIP ")
    d.x("nip_official", nip())
    d.t("\n")


@genre
def rujukan(d, pv):
    d.t(f"RSUD {pick(pv[9]).upper()}\n")
    d.x("office_address", f"{pick(pv[10])} No. {R.randint(1, 200)}")
    d.t(" | IGD ")
    d.x("office_phone", office_phone(pv))
    d.t(" | ")
    d.x("call_centre", "119")
    d.t("\nREKAP KLAIM PASIEN JKN BELUM TERVERIFIKASI (bahan jawaban permohonan informasi)\n\n")
    for i in range(R.randint(6, 10)):
        y, m, dd = bdate()
        d.t(f"[{i + 1}] No. RM ")
        d.x("registration", f"{R.randint(0, 999999):06d}")
        d.t(f" — {name()}; No. Kartu JKN-KIS: ")
        d.p("bpjs", bpjs())
        d.t("; Tgl. lahir ")
        d.p("birth_date", bdate_str(y, m, dd))
        d.t("; Tgl. masuk ")
        d.x("event_date", f"{R.randint(1, 28):02d}-{R.randint(1, 12):02d}-2025")
        d.t("; Tarif INA-CBG ")
        d.x("amount", amount())
        d.t("; SEP ")
        d.x(
            "registration",
            f"{R.randint(1000, 9999)}R{R.randint(100, 999)}{R.randint(1000, 9999)}"
            f"V{R.randint(100000, 999999)}",
        )
        d.t("\n")
    d.t("\nVerifikator BPJS Kesehatan Cabang: ")
    d.x("office_email", f"verifikasi.{pv[9][0].lower().replace(' ', '')}@bpjs-kesehatan.go.id")
    d.t("; Care Center ")
    d.x("call_centre", "165")
    d.t("\n")


@genre
def beasiswa(d, pv):
    uni = pick(
        [
            "Universitas Syiah Kuala",
            "Universitas Hasanuddin",
            "Universitas Cenderawasih",
            "Universitas Nusa Cendana",
            "Universitas Mulawarman",
            "Universitas Pattimura",
        ]
    )
    d.t(f"{uni.upper()}\nDIREKTORAT KEMAHASISWAAN\n")
    d.x(
        "office_address",
        "Jl. Kampus "
        + pick(["Darussalam", "Tamalanrea Km 10", "Waena", "Penfui", "Gunung Kelua", "Poka"]),
    )
    d.t(" | ")
    d.x(
        "office_email",
        "kemahasiswaan@" + pick(["usk.ac.id", "unhas.ac.id", "uncen.ac.id", "undana.ac.id"]),
    )
    d.t("\nSURAT KEPUTUSAN REKTOR Nomor ")
    d.x("letter_number", letter_no())
    d.t("\nLAMPIRAN: PENERIMA BEASISWA KIP KULIAH ON GOING 2025\n\n")
    for i in range(R.randint(7, 12)):
        nm = name()
        d.t(
            f"{i + 1}. {nm}\n   NIM: {R.randint(1900000000, 2299999999)} | Prodi: "
            f"{pick(['Agroteknologi', 'Pendidikan Fisika', 'Keperawatan', 'Hukum'])}\n   Email: "
        )
        d.p("email", email(nm))
        d.t("\n   Rekening penerima: " + (b := bank())[0] + " ")
        d.p("bank_account", b[1])
        d.t("\n   Alamat asal: ")
        address(pv, d)
        d.t("\n   KKS orang tua: ")
        d.p("kks", kks())
        d.t("\n   Bantuan biaya hidup: ")
        d.x("amount", amount())
        d.t("/semester\n")
    sign(d, pv, "Direktur Kemahasiswaan")


@genre
def bawaslu(d, pv):
    d.t(f"BADAN PENGAWAS PEMILIHAN UMUM {pv[2].upper()}\nSekretariat: ")
    d.x("office_address", f"{pick(pv[10])} No. {R.randint(1, 99)}")
    d.t(", ")
    d.x("office_email", f"set.{pv[12].split('.')[0]}@bawaslu.go.id")
    d.t("\nPENGUMUMAN HASIL SELEKSI ADMINISTRASI CALON PENGAWAS TPS\nNomor: ")
    d.x("letter_number", letter_no())
    d.t("\n\n")
    for i in range(R.randint(8, 12)):
        y, m, dd = R.randint(1970, 2006), R.randint(1, 12), R.randint(1, 28)
        d.t(f"{i + 1}) {name()} — TPS {R.randint(1, 30):03d} {pv[5]} {pick(pv[7])} — lahir ")
        d.p("birth_date", bdate_str(y, m, dd))
        d.t(" — NIK ")
        d.p("nik", fmt_nik(nik_digits(pv, date=(y, m, dd))))
        d.t(" — HP ")
        d.p("phone", phone())
        d.t(f" — {pick(['MS', 'MS', 'TMS (ijazah)'])}\n")
    d.t("\nTanggapan masyarakat disampaikan paling lambat ")
    d.x("event_date", f"{R.randint(1, 28)} {pick(BULAN)} 2025")
    d.t(" ke WA Posko ")
    d.x("office_phone", f"0813-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}")
    d.t(".\n")
    sign(d, pv, "Ketua Bawaslu")


@genre
def whatsapp(d, pv):
    d.t(f'[Ekspor chat WhatsApp — Grup "PPID {pv[5]} {pick(pv[7])}"]\n')
    people = [name() for _ in range(4)]
    for _ in range(R.randint(10, 16)):
        day, mon = R.randint(1, 28), R.randint(1, 12)
        d.x(
            "timestamp",
            pick(
                [
                    f"{day:02d}/{mon:02d}/25 {R.randint(7, 22):02d}.{R.randint(0, 59):02d}",
                    f"[{day}/{mon}/25, "
                    f"{R.randint(7, 22):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}]",
                ]
            ),
        )
        who = pick(people)
        d.t(f" - {who}: ")
        r = R.random()
        if r < 0.2:
            d.t("ini data warga yg minta surat domisili: NIK ")
            d.p("nik", fmt_nik(nik_digits(pv)))
            d.t(" no KK ")
            d.p("kk", kk_digits(pv))
        elif r < 0.35:
            d.t("tlg hubungi pak " + pick(LAST) + " di ")
            d.p("phone", phone())
            d.t(" rumahnya di ")
            address(pv, d, full=False)
        elif r < 0.5:
            y, m, dd = bdate()
            d.t("tgl lahirnya ")
            d.p("birth_date", bdate_str(y, m, dd, pick([0, 1, 2, 5, 9])))
            d.t(" ya bu, bukan yg di KTP lama")
        elif r < 0.6:
            d.t("paspornya no ")
            d.p("passport", passport())
            d.t(" mau berangkat PMI ke Taiwan")
        elif r < 0.7:
            d.t("transfer ke rek " + (b := bank())[0] + " ")
            d.p("bank_account", b[1])
            d.t(" an. ybs")
        elif r < 0.8:
            d.t("kirim berkas ke email saya ")
            d.p("email", email(who))
        elif r < 0.9:
            d.t("surat no ")
            d.x("letter_number", letter_no())
            d.t(" sdh diupload, nilai ")
            d.x("amount", amount())
        else:
            d.t("call center dukcapil ")
            d.x("call_centre", pick(["1500-537", "0811-1500-537"]))
            d.t(" lagi gangguan")
        d.t("\n")


@genre
def excel_bansos(d, pv):
    d.t(
        f"Sheet1\nDAFTAR KPM BLT DANA DESA {pv[5].upper()} {pick(pv[7]).upper()} TAHAP "
        f"{pick(ROMAN[:4])} 2025\n"
    )
    d.t(
        "NO\tNAMA KPM\tNIK\tNO KK\tJENIS KELAMIN\tTEMPAT LAHIR\tTANGGAL "
        "LAHIR\tDUSUN\tRT\tRW\tNOMINAL\n"
    )
    for i in range(R.randint(10, 16)):
        y, m, dd = bdate()
        d.t(f"{i + 1}\t{name().upper()}\t")
        d.p("nik", fmt_nik(nik_digits(pv, date=(y, m, dd))))
        d.t("\t")
        d.p("kk", kk_digits(pv))
        d.t(f"\t{pick(['L', 'P'])}\t{pick(pv[7]).upper()}\t")
        d.p(
            "birth_date",
            pick(
                [
                    f"{d_}"
                    for d_ in [
                        bdate_str(y, m, dd, 0),
                        bdate_str(y, m, dd, 2),
                        bdate_str(y, m, dd, 3),
                    ]
                ]
            ),
        )
        d.t("\t")
        it = d.p(
            "address", f"{pv[4]} {pick(pv[8])}" if pv[4] != "RT" else f"{pv[5]} {pick(pv[7])}"
        )
        d.t("\t")
        d.p("address", f"{R.randint(1, 20):03d}", it)
        d.t("\t")
        d.p("address", f"{R.randint(1, 9):03d}", it)
        d.t("\t")
        d.x("amount", pick(["900000", "300.000", "Rp900.000"]))
        d.t("\n")
    d.t("\nJumlah\t\t\t\t\t\t\t\t\t\t")
    d.x("amount", f"{R.randint(10, 50) * 900000}")
    d.t("\n")


@genre
def surat_keterangan(d, pv):
    kop(d, pv, f"{pv[5]} {pick(pv[7])}")
    d.t("SURAT KETERANGAN TIDAK MAMPU\nNomor: ")
    d.x("letter_number", letter_no())
    d.t(f"\n\nYang bertanda tangan di bawah ini Kepala {pv[5]}, menerangkan bahwa:\n")
    f = R.random() < 0.5
    y, m, dd = bdate()
    d.t(f"Nama              : {name(f)}\nNIK               : ")
    d.p("nik", fmt_nik(nik_digits(pv, f, (y, m, dd))))
    d.t("\nNo. KK            : ")
    d.p("kk", kk_digits(pv))
    d.t("\nTempat/Tgl. Lahir : ")
    d.t(pick(pv[7]) + ", ")
    d.p("birth_date", bdate_str(y, m, dd))
    d.t("\nNPWP              : ")
    d.p("npwp", npwp())
    d.t("\nNo. KIS           : ")
    d.p("bpjs", bpjs())
    d.t("\nAlamat            : ")
    it = address(pv, d, full=False)
    d.t("\n                    ")
    d.p("address", f"{pv[6]} {pick(pv[9])}, {pv[2]}", it)
    d.t("\nTelp./HP          : ")
    d.p("phone", phone())
    d.t(
        "\n\nadalah benar warga kami yang tergolong keluarga kurang mampu dan terdaftar "
        "dalam DTKS/DTSEN dengan ID "
    )
    d.x("registration", f"{pv[0]}{pv[3]}{R.randint(10000000, 99999999)}")
    d.t(". Surat keterangan ini dibuat untuk keperluan keringanan biaya rumah sakit.\n")
    sign(d, pv, f"Kepala {pv[5]}")


@genre
def ocr_berita_acara(d, pv):
    d.t("BER1TA AC ARA SERAH TER1MA BANTUAN RUMAH TIDAK LAYAK HUNl\nNomor : ")
    d.x("letter_number", letter_no())
    d.t(f"\nPada hari ini {pick(['Senin', 'Selasa'])} tanggal ")
    d.x(
        "event_date",
        f"{words(R.randint(1, 28))} bulan {pick(BULAN)} tahun dua ribu dua puluh lima",
    )
    d.t(", kami yang bertanda tangan di bawah ini:\n")
    for i in range(R.randint(3, 6)):
        y, m, dd = bdate()
        d.t(f"\n{i + 1} . Nama : {name()}\n    N I K : ")
        d.p(
            "nik",
            " ".join(nik_digits(pv, date=(y, m, dd)))
            if R.random() < 0.5
            else fmt_nik(nik_digits(pv, date=(y, m, dd))),
        )
        d.t("\n    Tgl Lhr : ")
        d.p("birth_date", bdate_str(y, m, dd).replace("1", pick(["1", "l", "1"])))
        d.t("\n    A1amat : ")
        address(pv, d)
        d.t("\n    Rek. penerima : " + (b := bank())[0] + " ")
        d.p("bank_account", b[1])
        d.t("\n    Nilai bantuan : ")
        d.x("amount", amount())
        d.t("\n")
    d.t("\nPIHAK PERTAMA\nKepala Bidang Perumahan\nNIP. ")
    d.x("nip_official", nip())
    d.t("\n")


@genre
def pemilih(d, pv):
    d.t(
        f"KOMISI PEMILIHAN UMUM {pv[2].upper()}\nSALINAN DAFTAR PEMILIH TETAP PEMILIHAN 2024 "
        f"— TPS {R.randint(1, 20):03d}\n{pv[5]} {pick(pv[7])}, {pv[6]} {pick(pv[9])}\n\n"
    )
    d.t("NO | NAMA | JK | USIA | NIK | ALAMAT | RT | RW | KET\n")
    for i in range(R.randint(10, 16)):
        n = nik_digits(pv)
        d.t(f"{i + 1} | {name().upper()} | {pick('LP')} | {R.randint(17, 90)} | ")
        if R.random() < 0.6:
            d.x("masked_nik", n[:6] + "**********")  # 10 hidden: not recoverable
        else:
            d.p("nik", n[:10] + "******")
        d.t(" | ")
        it = d.p("address", pick(pv[10]) if R.random() < 0.5 else f"{pv[4]} {pick(pv[8])}")
        d.t(" | ")
        d.p("address", f"{R.randint(1, 20)}", it)
        d.t(" | ")
        d.p("address", f"{R.randint(1, 9)}", it)
        d.t(f" | {pick(['', 'Disabilitas', 'Pemilih baru'])}\n")
    d.t("\nDicetak oleh Sidalih pada ")
    d.x(
        "timestamp",
        f"2024-0{R.randint(1, 9)}-{R.randint(10, 28)} "
        f"{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}",
    )
    d.t("\n")


@genre
def pengadaan(d, pv):
    kop(d, pv, "Bagian Pengadaan Barang/Jasa Sekretariat Daerah")
    d.t("PENGUMUMAN PEMENANG TENDER\nKode Tender: ")
    d.x("permit", f"{R.randint(10000000, 99999999)}")
    d.t("  Kode RUP: ")
    d.x("permit", f"{R.randint(40000000, 59999999)}")
    d.t(f"\nPaket: Rehabilitasi Puskesmas {pick(pv[9])}; Pagu ")
    d.x("amount", amount())
    d.t("; HPS ")
    d.x("amount", f"{R.randint(1000000000000, 9999999999999)}")
    d.t("\n\nPemenang: CV " + pick(LAST).upper() + " KARYA\nAlamat: ")
    d.x("company_address", f"{pick(pv[10])} No. {R.randint(1, 99)}, {pv[9][0]}")
    d.t("\nTelp.: ")
    d.x("company_phone", office_phone(pv))
    d.t("\nNPWP badan: ")
    d.x(
        "company_npwp",
        f"0{R.randint(1, 9)}.{R.randint(100, 999)}.{R.randint(100, 999)}.{R.randint(1, 9)}-"
        f"{R.randint(100, 999)}.000",
    )
    d.t("\nNIB: ")
    d.x("permit", f"{R.randint(1000000000000, 9999999999999)}")
    d.t("\nHarga terkoreksi: ")
    d.x("amount", amount())
    d.t("\n\nPeserta lain:\n")
    for _ in range(R.randint(2, 4)):
        d.t("- CV " + pick(LAST).upper() + ", ")
        d.x("company_address", f"{pick(pv[10])} No. {R.randint(1, 99)}")
        d.t(", penawaran ")
        d.x("amount", amount())
        d.t("\n")
    d.t("\nDirektur CV (perorangan) " + name() + ", penanggung jawab, NIK ")
    d.p("nik", fmt_nik(nik_digits(pv)))
    d.t(", alamat rumah ")
    address(pv, d)
    d.t(", HP pribadi ")
    d.p("phone", phone())
    d.t(".\nSanggah melalui SPSE: spse.inaproc.id, LPSE ")
    d.x("office_phone", office_phone(pv))
    d.t("\n")
    sign(d, pv, "Pokja Pemilihan")


@genre
def pmi_paspor(d, pv):
    d.t(
        f"UPT BP2MI / DISNAKERTRANS {pv[1].upper()}\nREKAP CALON PEKERJA MIGRAN (verifikasi "
        "dokumen)\n\n"
    )
    for i in range(R.randint(6, 10)):
        y, m, dd = R.randint(1980, 2004), R.randint(1, 12), R.randint(1, 28)
        d.t(f"{i + 1}. {name()}\n   Paspor       : ")
        d.p("passport", passport())
        d.t("\n   Tanggal lahir: ")
        d.p("birth_date", bdate_str(y, m, dd))
        d.t(f"\n   Negara tujuan: {pick(DEST)}\n   Kontak keluarga: ")
        d.p("phone", phone())
        d.t("\n   BPJS Ketenagakerjaan (KPJ): ")
        d.p("bpjs", f"{R.randint(10000000000, 29999999999)}")
        d.t("\n   Asal: ")
        address(pv, d)
        d.t("\n   ID SISKOP2MI: ")
        d.x("registration", f"{R.randint(2024, 2025)}{R.randint(1000000, 9999999)}")
        d.t("\n")
    d.t("\nPengaduan PMI: ")
    d.x("call_centre", "0800-1000")
    d.t(" / ")
    d.x("office_email", "pengaduan@bp2mi.go.id")
    d.t("\n")


@genre
def pdam(d, pv):
    d.t(
        f"PERUMDA AIR MINUM TIRTA {pick(['Mangkurawang', 'Dharma', 'Moria', 'Wampu'])} "
        f"{pv[2].upper()}\n"
    )
    d.x("office_address", f"{pick(pv[10])} No. {R.randint(1, 99)}")
    d.t(" Telp. ")
    d.x("office_phone", office_phone(pv))
    d.t(" Call Center ")
    d.x("call_centre", f"1500-{R.randint(100, 999)}")
    d.t("\nDAFTAR PELANGGAN MBR PENERIMA SAMBUNGAN BARU (HIBAH AIR MINUM)\n\n")
    d.t(
        "+----+------------------------+----------------------+------------------------------"
        "+--------------+\n"
    )
    for i in range(R.randint(8, 12)):
        d.t(f"| {i + 1:<2} | {name():<22} | ")
        d.p("nik", fmt_nik(nik_digits(pv)))
        d.t(" | ")
        address(pv, d, full=False)
        d.t(" | No. Samb. ")
        d.x("registration", f"{R.randint(1, 9)}{R.randint(10, 99)}.{R.randint(10000, 99999)}")
        d.t(" | ")
        d.p("phone", phone())
        d.t(" |\n")
    d.t("\nDirektur Utama, NIPP ")
    d.x("nip_official", f"{R.randint(1970, 1990)}{R.randint(1, 12):02d}{R.randint(100, 999)}")
    d.t("\n")


@genre
def sekolah(d, pv):
    d.t(f"SD NEGERI {R.randint(1, 40)} {pick(pv[9]).upper()}\nNPSN: ")
    d.x("registration", f"{R.randint(10000000, 69999999)}")
    d.t(" Email: ")
    d.x("office_email", f"sdn{R.randint(1, 40)}{pick(pv[9]).lower().replace(' ', '')}@gmail.com")
    d.t(" Telp. ")
    d.x("office_phone", office_phone(pv))
    d.t("\nPENGUMUMAN HASIL SPMB JALUR AFIRMASI 2025/2026\n\n")
    for i in range(R.randint(8, 12)):
        y, m, dd = R.randint(2018, 2019), R.randint(1, 12), R.randint(1, 28)
        d.t(f"{i + 1}. {name().upper()} | No. Pendaftaran ")
        d.x("registration", f"SPMB-2025-{R.randint(1, 9999):05d}")
        d.t(" | TTL ")
        d.p("birth_date", f"{bdate_str(y, m, dd, pick([0, 1, 2, 9]))}")
        d.t(" | Orang tua: " + name() + " | No. KIP/KKS ")
        d.p("kks", kks())
        d.t(" | Jarak rumah ")
        d.x("amount", f"{R.randint(100, 3000)} m")
        d.t(" | ")
        address(pv, d, full=False)
        d.t("\n")
    d.t("\nDaftar ulang tanggal ")
    d.x("event_date", f"{R.randint(1, 28)}-{R.randint(1, 28)} Juli 2025")
    d.t(" pukul ")
    d.x("timestamp", "08.00-12.00 WITA")
    d.t("\n")
    sign(d, pv, "Kepala Sekolah")


@genre
def laporan_foto(d, pv):
    d.t(
        f"LAPORAN KEGIATAN PENYALURAN BANTUAN SOSIAL LANSIA {pv[5].upper()} "
        f"{pick(pv[7]).upper()}\n\n"
    )
    for i in range(R.randint(5, 9)):
        nm = name()
        y, m, dd = R.randint(1935, 1960), R.randint(1, 12), R.randint(1, 28)
        d.t(f"Foto {i + 1}: Penyerahan bantuan kepada Ibu/Bapak {nm} (lahir ")
        d.p("birth_date", bdate_str(y, m, dd))
        d.t(") di rumahnya, ")
        address(pv, d)
        d.t(", pada ")
        d.x("event_date", f"{R.randint(1, 28)} {pick(BULAN)} 2025")
        d.t(
            ". [IMG_2025"
            + f"{R.randint(1, 12):02d}{R.randint(1, 28):02d}_{R.randint(100000, 235959)}"
            + ".jpg]\n"
        )
    d.t("\nTotal realisasi ")
    d.x("amount", amount())
    d.t(". Kode kegiatan ")
    d.x("account_code", f"1.06.0{R.randint(1, 9)}.2.0{R.randint(1, 9)}.00{R.randint(1, 9)}")
    d.t(".\n")


@genre
def sk_lampiran(d, pv):
    kop(d, pv, "Dinas Pemberdayaan Masyarakat dan Desa")
    d.t("LAMPIRAN KEPUTUSAN BUPATI\nNOMOR ")
    d.x("letter_number", letter_no())
    d.t("\nTANGGAL ")
    d.x("letter_date", f"{R.randint(1, 28)} {pick(BULAN).upper()} 2025")
    d.t("\nTENTANG PENGANGKATAN PENDAMPING LOKAL DESA\n\n")
    for i in range(R.randint(6, 10)):
        nm = name()
        y, m, dd = R.randint(1980, 2000), R.randint(1, 12), R.randint(1, 28)
        d.t(f"{i + 1}.\n{nm}\n")
        d.p("nik", fmt_nik(nik_digits(pv, date=(y, m, dd))))
        d.t(f"\n{pick(pv[7])}, ")
        d.p("birth_date", bdate_str(y, m, dd))
        d.t("\n")
        d.p("npwp", npwp())
        d.t("\n")
        address(pv, d)
        d.t("\n" + (b := bank())[0] + " ")
        d.p("bank_account", b[1])
        d.t("\nHonor ")
        d.x("amount", amount())
        d.t("\n")
    sign(d, pv, "Bupati")


@genre
def english_report(d, pv):
    d.t(
        f"PROGRAM COMPLETION REPORT — WASH PROJECT, {pv[2]}, {pv[1]} (shared with PPID on "
        "request)\n\n"
    )
    d.t("Beneficiary | Date of birth | National ID | Home | Mobile | Email\n")
    for _ in range(R.randint(6, 10)):
        nm = name()
        y, m, dd = bdate()
        d.t(f"{nm} | ")
        d.p(
            "birth_date",
            pick(
                [
                    f"{dd} {MONTH_EN[m - 1]} {y}",
                    f"{MONTH_EN[m - 1][:3]} {dd}, {y}",
                    f"{y}-{m:02d}-{dd:02d}",
                ]
            ),
        )
        d.t(" | ")
        d.p("nik", fmt_nik(nik_digits(pv, date=(y, m, dd))))
        d.t(" | ")
        d.p(
            "address",
            f"house no. {R.randint(1, 90)}, {pv[4]} {pick(pv[8])}, {pick(pv[7])} village",
        )
        d.t(" | ")
        d.p("phone", phone())
        d.t(" | ")
        d.p("email", email(nm))
        d.t("\n")
    d.t("\nProject office: ")
    d.x("office_address", f"{pick(pv[10])}, {pv[9][0]}")
    d.t(", tel. ")
    d.x("office_phone", office_phone(pv))
    d.t(", ")
    d.x("office_email", f"wash.{pv[12].split('.')[0]}@{pv[12]}")
    d.t(". Reporting date: ")
    d.x("letter_date", f"{pick(MONTH_EN)} {R.randint(1, 28)}, 2025")
    d.t("\n")


@genre
def obituari_kk(d, pv):
    d.t(f"{pv[5].upper()} {pick(pv[7]).upper()} — REGISTER KEMATIAN DAN PERUBAHAN KK\n\n")
    for i in range(R.randint(5, 8)):
        y, m, dd = R.randint(1930, 1970), R.randint(1, 12), R.randint(1, 28)
        d.t(f"{i + 1}) Almarhum/ah {name()}, lahir ")
        d.p("birth_date", bdate_str(y, m, dd))
        d.t(", wafat ")
        d.x("event_date", f"{R.randint(1, 28)} {pick(BULAN)} 2025")
        d.t(", NIK ")
        d.p("nik", fmt_nik(nik_digits(pv, date=(y, m, dd))))
        d.t(", KK lama ")
        d.p("kk", kk_digits(pv))
        d.t(" diganti KK baru ")
        d.p("kk", " ".join(c for c in kk_digits(pv)) if R.random() < 0.2 else kk_digits(pv))
        d.t(", tempat tinggal terakhir ")
        address(pv, d)
        d.t(". Pelapor: anak, HP ")
        d.p("phone", phone())
        d.t(". Akta kematian No. ")
        d.x(
            "registration",
            f"{pv[0]}{pv[3]}-KM-{R.randint(10000000, 99999999)}-{R.randint(1, 9999):04d}",
        )
        d.t("\n")


@genre
def direktori_kontak(d, pv):
    d.t(f"DIREKTORI KONTAK LAYANAN PUBLIK {pv[2].upper()} (diperbarui ")
    d.x("letter_date", f"{R.randint(1, 28)}/{R.randint(1, 12)}/2025")
    d.t(")\n\n")
    units = [
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Dinas Sosial",
        "RSUD",
        "Puskesmas " + pv[9][0],
        "Kantor " + pv[5] + " " + pv[7][0],
        "Kantor " + pv[5] + " " + pv[7][1],
        "Satpol PP",
        "BPBD",
        "Dinas Penanaman Modal dan PTSP",
        "Bapenda (Pajak Daerah)",
    ]
    for u in units:
        d.t(f"* {u}\n  Alamat : ")
        d.x("office_address", f"{pick(pv[10])} No. {R.randint(1, 150)}, {pick(pv[9])}")
        d.t("\n  Telepon: ")
        d.x("office_phone", office_phone(pv))
        if R.random() < 0.6:
            d.t("\n  WhatsApp layanan: ")
            d.x(
                "office_phone",
                f"08{R.randint(11, 59)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
            )
        d.t("\n  Surel  : ")
        if u.startswith("Kantor"):
            d.x("office_email", f"{pv[5].lower()}{u.split()[-1].lower()}@gmail.com")
        else:
            slug = (u.split() + ["rsud"])[-1 if u == "RSUD" else 1].lower()[:8]
            d.x(
                "office_email",
                f"{pick(['ppid', 'layanan', 'adm'])}.{slug}@{pv[12]}",
            )
        d.t("\n  Jam layanan: 08.00–15.30\n")
    d.t("\nDarurat: ")
    for c in ["112", "110", "113", "119", "129 (Sahabat Perempuan dan Anak)", "1500-771"]:
        d.x("call_centre", c.split(" ")[0])
        d.t(c[len(c.split(" ")[0]) :] + "; ")
    d.t("Pengaduan SP4N-LAPOR! SMS ")
    d.x("call_centre", "1708")
    d.t("\n")


@genre
def apbdes(d, pv):
    d.t(f"LAPORAN REALISASI APBDes {pv[5].upper()} {pick(pv[7]).upper()} TAHUN ANGGARAN 2025\n")
    d.t("Kode Rek | Uraian | Anggaran | Realisasi | Sisa\n")
    for _ in range(R.randint(10, 16)):
        d.x(
            "account_code",
            f"{R.randint(1, 5)}.{R.randint(1, 4)}.{R.randint(1, 9)}.{R.randint(1, 20):02d}",
        )
        d.t(f" | {pick(APBDES_ITEMS)} | ")
        a = R.randint(10, 999) * 1000000
        d.x("amount", f"{a:,}".replace(",", "."))
        d.t(" | ")
        d.x("amount", f"{a - R.randint(0, 9) * 1000000}")
        d.t(" | ")
        d.x("amount", f"{R.randint(0, 9)}000000")
        d.t("\n")
    d.t("JUMLAH | | ")
    d.x("amount", f"{R.randint(1000000000000, 9999999999999)}")
    d.t(" |\nRekening Kas Desa: ")
    d.x(
        "office_account",
        f"{pick(['BRI', 'Bank Papua', 'Bank NTT', 'Bank Sumut'])} "
        f"{R.randint(1000, 9999)}-01-{R.randint(100000, 999999)}-30-{R.randint(1, 9)}",
    )
    d.t(" a.n. RKD " + pv[5] + "\nPerdes Nomor ")
    d.x("regulation", f"{R.randint(1, 12)} Tahun 2025")
    d.t(", SILPA ")
    d.x("amount", amount())
    d.t("\n")
    sign(d, pv, f"Kepala {pv[5]}")


@genre
def register_ppid(d, pv):
    kop(d, pv, "Pejabat Pengelola Informasi dan Dokumentasi")
    d.t("REGISTER PERMOHONAN INFORMASI PUBLIK TRIWULAN III 2025\n\n")
    for i in range(R.randint(6, 10)):
        nm = name()
        d.t(f"{i + 1}. No. Reg ")
        d.x("registration", f"PPID/{R.randint(1, 999):03d}/{pick(ROMAN)}/2025")
        d.t(" diterima ")
        d.x(
            "timestamp",
            f"{R.randint(1, 28):02d}-{R.randint(7, 9):02d}-2025 "
            f"{R.randint(8, 16):02d}:{R.randint(0, 59):02d}",
        )
        d.t(f"\n   Pemohon: {nm}, KTP ")
        d.p("nik", fmt_nik(nik_digits(pv)))
        d.t(", pos-el ")
        d.p("email", email(nm))
        d.t(", telp ")
        d.p("phone", phone())
        d.t("\n   Alamat pemohon: ")
        address(pv, d)
        if R.random() < 0.4:
            d.t("\n   NPWP (badan hukum diwakili perorangan): ")
            d.p("npwp", npwp())
        d.t(
            f"\n   Informasi diminta: salinan kontrak paket {letter_no()}; status: "
            f"{pick(['dipenuhi', 'ditolak (Pasal 17 huruf h)', 'diperpanjang 7 hari'])}\n"
        )
    d.t("\nKeberatan diajukan ke atasan PPID melalui ")
    d.x("office_email", f"keberatan.ppid@{pv[12]}")
    d.t("\n")


@genre
def koperasi(d, pv):
    d.t(f"KOPERASI DESA MERAH PUTIH {pv[5].upper()} {pick(pv[7]).upper()}\nBadan Hukum No. ")
    d.x("permit", f"AHU-{R.randint(1000, 9999)}.AH.01.29.TAHUN 2025")
    d.t("\nDAFTAR PENGURUS DAN PENGAWAS (lampiran akta pendirian)\n\n")
    for role in [
        "Ketua",
        "Wakil Ketua Bidang Usaha",
        "Sekretaris",
        "Bendahara",
        "Pengawas 1",
        "Pengawas 2",
    ]:
        nm = name()
        y, m, dd = R.randint(1965, 1998), R.randint(1, 12), R.randint(1, 28)
        d.t(f"{role:<26}: {nm}\n{'':<28}KTP ")
        d.p("nik", fmt_nik(nik_digits(pv, date=(y, m, dd))))
        d.t(" / NPWP ")
        d.p("npwp", npwp())
        d.t(f"\n{'':<28}Lahir di {pick(pv[7])} pada ")
        d.p("birth_date", bdate_str(y, m, dd))
        d.t(f"\n{'':<28}Tinggal di ")
        address(pv, d)
        d.t(f"\n{'':<28}HP/WA ")
        d.p("phone", phone())
        if R.random() < 0.3:
            d.t(" / paspor ")
            d.p("passport", passport())
        d.t("\n")
    d.t("\nModal awal ")
    d.x("amount", amount())
    d.t("; notaris: Kantor Notaris ")
    d.x("company_address", f"{pick(pv[10])} No. {R.randint(1, 99)}")
    d.t(", telp. ")
    d.x("company_phone", office_phone(pv))
    d.t("\n")


def main():
    out = []
    k = 0
    for rep in range(4):
        for pi, pv in enumerate(PROV):
            g = GEN[(pi * 3 + rep * 7) % len(GEN)]
            k += 1
            d = Doc(f"h7-{k:03d}-{g.__name__}", g.__name__, pv[1])
            g(d, pv)
            out.append(d.rec())
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    items = {s["item"]: s["kind"] for r in out for s in r["spans"]}
    negs = sum(len(r["negatives"]) for r in out)
    print(
        len(out),
        "texts",
        len(items),
        "items",
        negs,
        "negatives",
        sum(len(r["text"]) for r in out),
        "chars",
    )
    # sanity: spans point at what was written
    for r in out:
        for s in r["spans"] + r["negatives"]:
            assert r["text"][s["start"] : s["end"]].strip(), (r["id"], s)


if __name__ == "__main__":
    main()
