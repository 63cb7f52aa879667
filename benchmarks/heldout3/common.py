# ruff: noqa: E501
"""Pools, identifier makers, formatters and the span-tracking document builder of heldout3.

Written from the brief only (see README.md); nothing here was taken from the detector, its tests
or the generators of benchmarks/heldout and benchmarks/heldout2.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGIONS = json.loads((HERE / "regions.json").read_text(encoding="utf-8"))["provinces"]
PROV_CODES = {p["code"] for p in REGIONS}

# ---------------------------------------------------------------- the builder


class Doc:
    """Append text piece by piece; personal pieces become spans, public ones hard negatives."""

    def __init__(self, did: str) -> None:
        self.did = did
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.negs: list[dict] = []
        self.n_item = 0

    def t(self, s: str) -> Doc:
        self.buf.append(s)
        self.pos += len(s)
        return self

    def new_item(self, kind: str) -> str:
        self.n_item += 1
        return f"{self.did}-{self.n_item:03d}-{kind}"

    def p(self, kind: str, s: str, item: str | None = None) -> Doc:
        """A personal value (one item, or one segment of `item`)."""
        if not s:
            return self
        item = item or self.new_item(kind)
        self.spans.append(
            {"kind": kind, "start": self.pos, "end": self.pos + len(s), "item": item}
        )
        return self.t(s)

    def n(self, kind: str, s: str) -> Doc:
        """A public value that must not be flagged."""
        if not s:
            return self
        self.negs.append({"kind": kind, "start": self.pos, "end": self.pos + len(s)})
        return self.t(s)

    def text(self) -> str:
        return "".join(self.buf)

    def record(self, genre: str, region: str) -> dict:
        text = self.text()
        for s in self.spans + self.negs:
            assert 0 <= s["start"] < s["end"] <= len(text), (self.did, s)
        return {
            "id": self.did,
            "genre": genre,
            "region": region,
            "text": text,
            "spans": self.spans,
            "negatives": self.negs,
        }


# Cell helper: a cell is (kind|None, text, public?) or a list of such pieces.
def put(d: Doc, cell) -> None:
    if isinstance(cell, str):
        d.t(cell)
        return
    if isinstance(cell, list):
        for c in cell:
            put(d, c)
        return
    kind, s, tag = cell
    if kind is None:
        d.t(s)
    elif tag == "neg":
        d.n(kind, s)
    elif tag is None or tag == "p":
        d.p(kind, s)
    else:  # tag is an item id: a segment of a multi-segment item
        d.p(kind, s, tag)


def cell_text(cell) -> str:
    if isinstance(cell, str):
        return cell
    if isinstance(cell, list):
        return "".join(cell_text(c) for c in cell)
    return cell[1]


# ---------------------------------------------------------------- pools

MALE = [
    "Ahmad",
    "Sutarno",
    "Bambang",
    "Slamet",
    "Wahyu",
    "Agus",
    "Budi",
    "Joko",
    "Suparman",
    "Sugeng",
    "Tukiman",
    "Paijo",
    "Darmaji",
    "Asep",
    "Ujang",
    "Dede",
    "Cecep",
    "Yayan",
    "Engkus",
    "Ade",
    "Ridwan",
    "Rahmat",
    "Hendra",
    "Syafrizal",
    "Zulkifli",
    "Afrizal",
    "Yusrizal",
    "Dasrul",
    "Ismail",
    "Teuku",
    "Muhammad",
    "Fadli",
    "Rizki",
    "Andi",
    "Baso",
    "Muh.",
    "Sulaiman",
    "Lamusu",
    "Yohanes",
    "Markus",
    "Yosias",
    "Frans",
    "Agustinus",
    "Petrus",
    "Nyoman",
    "Ketut",
    "Made",
    "Wayan",
    "Komang",
    "Gede",
    "Putu",
    "Robert",
    "Hotman",
    "Parlindungan",
    "Sahat",
    "Tigor",
    "Darius",
    "Kornelis",
    "Lukas",
    "Harun",
    "Rusdi",
    "Jumadi",
    "Herman",
    "Ilham",
    "Fajar",
    "Dimas",
    "Arief",
    "Yoga",
    "Galih",
    "Bayu",
    "Wisnu",
    "Heru",
    "Taufik",
    "Imam",
    "Mulyadi",
    "Sukirno",
    "Darsono",
    "Kasman",
    "Raden",
    "Gusti",
]
FEMALE = [
    "Siti",
    "Sri",
    "Sumarni",
    "Tumini",
    "Painem",
    "Suwarni",
    "Ratna",
    "Dewi",
    "Wulan",
    "Endang",
    "Lilis",
    "Euis",
    "Neneng",
    "Imas",
    "Cucu",
    "Yanti",
    "Nurhayati",
    "Rosmawati",
    "Yusnidar",
    "Nurul",
    "Cut",
    "Fitri",
    "Rahmawati",
    "Andi",
    "Hasnah",
    "Salmah",
    "Marlina",
    "Yohana",
    "Maria",
    "Theresia",
    "Agustina",
    "Ni",
    "Luh",
    "Kadek",
    "Ketut",
    "Wayan",
    "Made",
    "Komang",
    "Rosdiana",
    "Sondang",
    "Tiurma",
    "Rumondang",
    "Mariani",
    "Hartini",
    "Sulastri",
    "Murniati",
    "Kartini",
    "Wartini",
    "Lestari",
    "Anisa",
    "Aulia",
    "Nabila",
    "Putri",
    "Ayu",
    "Rina",
    "Yuli",
    "Suci",
    "Mega",
    "Dian",
    "Novi",
    "Eka",
    "Yeni",
    "Ernawati",
    "Juwariyah",
    "Sukinah",
    "Musripah",
    "Warsini",
]
LAST = [
    "Santoso",
    "Wibowo",
    "Prasetyo",
    "Susanto",
    "Hidayat",
    "Saputra",
    "Setiawan",
    "Nugroho",
    "Kurniawan",
    "Purnomo",
    "Suryadi",
    "Gunawan",
    "Sembiring",
    "Siregar",
    "Nasution",
    "Harahap",
    "Simanjuntak",
    "Lubis",
    "Tanjung",
    "Chaniago",
    "Piliang",
    "Koto",
    "Sikumbang",
    "Daeng",
    "Pratama",
    "Lestari",
    "Wahyuni",
    "Rahayu",
    "Anggraini",
    "Kusumawati",
    "Pattinama",
    "Latuconsina",
    "Mahulette",
    "Wenda",
    "Kogoya",
    "Tabuni",
    "Rumbiak",
    "Mandacan",
    "Lasut",
    "Rondonuwu",
    "Sumampouw",
    "Pakpahan",
    "Manurung",
    "Sinaga",
    "Tarigan",
    "Ginting",
    "Hasibuan",
    "Damanik",
    "Effendi",
    "Syahputra",
    "Mustofa",
    "Maulana",
    "Ramadhan",
    "Firmansyah",
    "Hakim",
    "Sutrisno",
    "Haryanto",
    "Suhendra",
    "Permana",
    "Sopandi",
    "Mulyana",
    "Hermawan",
    "Nurdin",
    "Pane",
    "Lumbantobing",
    "Situmorang",
    "Tambunan",
    "Rangkuti",
    "Pohan",
    "Dalimunthe",
]
TITLES_OFF = ["Drs.", "Ir.", "H.", "Hj.", "Dr.", "", "", "", "dr.", "R."]
DEGREES = [
    ", S.Sos",
    ", S.IP",
    ", M.Si",
    ", S.T",
    ", S.E., M.M.",
    ", S.Kom",
    ", S.H.",
    ", M.AP",
    ", A.Md",
    "",
]

SYL_A = [
    "Suka",
    "Sido",
    "Karang",
    "Mekar",
    "Tegal",
    "Sumber",
    "Banyu",
    "Ngem",
    "Wono",
    "Tanjung",
    "Sungai",
    "Kuala",
    "Lubuk",
    "Batu",
    "Bukit",
    "Air",
    "Teluk",
    "Pasir",
    "Pulau",
    "Kampung",
    "Tanah",
    "Padang",
    "Kayu",
    "Rawa",
    "Cipta",
    "Cibe",
    "Cika",
    "Ciku",
    "Jati",
    "Mulyo",
    "Rejo",
    "Giri",
    "Tirto",
    "Argo",
    "Purwo",
    "Margo",
]
SYL_B = [
    "maju",
    "mulya",
    "jaya",
    "makmur",
    "rejo",
    "harjo",
    "asri",
    "sari",
    "indah",
    "baru",
    "lama",
    "tengah",
    "hilir",
    "hulu",
    "raya",
    "agung",
    "plak",
    "dadi",
    "rahayu",
    "kerta",
    "wangi",
    "luhur",
    "tani",
    "jati",
    "gede",
    "mukti",
    "laras",
    "murni",
    "sentosa",
]
HAMLET_A = [
    "Krajan",
    "Ngasem",
    "Kauman",
    "Gondang",
    "Kedung",
    "Ngampel",
    "Sendang",
    "Jetis",
    "Karanganyar",
    "Pucung",
    "Bulak",
    "Cikadu",
    "Babakan",
    "Pasir",
    "Sukasari",
    "Lembang",
    "Tegalsari",
    "Kebon",
    "Pendem",
    "Gunungsari",
    "Blimbing",
    "Jambu",
    "Bendo",
    "Melati",
    "Kenanga",
    "Sawah",
    "Lor",
    "Kidul",
    "Wetan",
    "Kulon",
]
STREETS = [
    "Merdeka",
    "Pahlawan",
    "Sudirman",
    "Diponegoro",
    "Kartini",
    "Gajah Mada",
    "Ahmad Yani",
    "Veteran",
    "Kenanga",
    "Melati",
    "Mawar",
    "Anggrek",
    "Cempaka",
    "Flamboyan",
    "Teuku Umar",
    "Cut Nyak Dien",
    "Imam Bonjol",
    "Hasanuddin",
    "Sam Ratulangi",
    "Pattimura",
    "Gatot Subroto",
    "Kapten Tendean",
    "Pemuda",
    "Kamboja",
    "Dahlia",
    "Teratai",
]
BANKS = [
    "BRI",
    "BNI",
    "Bank Mandiri",
    "BSI",
    "BCA",
    "Bank Jateng",
    "Bank BPD DIY",
    "Bank Nagari",
    "Bank Kalbar",
    "Bank Sulselbar",
    "Bank Papua",
    "Bank NTT",
    "Bank Aceh Syariah",
    "Bank Sumut",
    "BJB",
]
AREA_CODES = [
    "021",
    "022",
    "024",
    "031",
    "061",
    "0274",
    "0271",
    "0272",
    "0275",
    "0281",
    "0291",
    "0294",
    "0298",
    "0321",
    "0331",
    "0341",
    "0343",
    "0351",
    "0353",
    "0355",
    "0361",
    "0370",
    "0380",
    "0401",
    "0411",
    "0431",
    "0451",
    "0511",
    "0536",
    "0541",
    "0561",
    "0620",
    "0627",
    "0651",
    "0711",
    "0721",
    "0736",
    "0741",
    "0751",
    "0761",
    "0778",
    "0901",
    "0911",
    "0967",
    "0986",
    "0251",
    "0252",
    "0254",
    "0262",
    "0265",
    "0435",
    "0443",
    "0645",
    "0717",
    "0719",
]
MONTHS = [
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
MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MON_ALT = ["Jan", "Peb", "Mrt", "Apr", "Mei", "Jun", "Jul", "Agst", "Sept", "Okt", "Nop", "Des"]
MON_EN = [
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
JOBS = [
    "Petani",
    "Buruh Harian Lepas",
    "Mengurus Rumah Tangga",
    "Pedagang",
    "Wiraswasta",
    "Nelayan",
    "Pekebun",
    "Tidak Bekerja",
    "Buruh Tani",
    "Karyawan Swasta",
    "Peternak",
    "Sopir",
    "Tukang Batu",
]
COMPANY = [
    "CV. Karya Mandiri",
    "CV. Sinar Jaya Abadi",
    "PT. Bangun Persada Nusantara",
    "CV. Tunas Harapan",
    "PT. Mitra Agro Sejahtera",
    "CV. Putra Daerah",
    "PT. Cahaya Teknik Utama",
    "CV. Berkah Sentosa",
    "PT. Global Medika Farma",
    "CV. Rizky Konstruksi",
    "UD. Tani Makmur",
    "PT. Sarana Data Informatika",
]


def local_units(rng: random.Random, prov: str, reg_name: str) -> dict:
    """The words a province uses for hamlet / village / district."""
    kota = reg_name.startswith("Kota")
    if prov == "11":
        return {"ham": "Dusun", "vil": "Gampong", "dis": "Kecamatan"}
    if prov == "13":
        return {"ham": "Jorong", "vil": "Nagari", "dis": "Kecamatan"}
    if prov == "34" and not kota:
        return {"ham": "Padukuhan", "vil": "Kalurahan", "dis": "Kapanewon"}
    if prov == "51":
        return {"ham": "Banjar", "vil": "Desa", "dis": "Kecamatan"}
    if prov in {"32", "36"}:
        return {"ham": "Kp.", "vil": "Desa", "dis": "Kecamatan"}
    if prov in {"91", "92", "93", "94", "95", "96"}:
        return {"ham": "Kampung", "vil": "Kampung", "dis": "Distrik"}
    if prov == "18":
        return {"ham": "Dusun", "vil": "Pekon", "dis": "Kecamatan"}
    if prov in {"71", "73", "72", "74", "75", "76", "12", "52"} and kota:
        return {"ham": "Lingkungan", "vil": "Kelurahan", "dis": "Kecamatan"}
    if prov == "31" or kota:
        return {"ham": None, "vil": "Kelurahan", "dis": "Kecamatan"}
    if prov == "33":
        return {"ham": rng.choice(["Dukuh", "Dusun"]), "vil": "Desa", "dis": "Kecamatan"}
    return {"ham": "Dusun", "vil": "Desa", "dis": "Kecamatan"}


class Region:
    def __init__(self, rng: random.Random, i: int) -> None:
        p = REGIONS[i % len(REGIONS)]
        r = rng.choice(p["regencies"])
        dcode, dname = rng.choice(r["districts"])
        self.prov, self.prov_name = p["code"], p["name"]
        self.reg, self.reg_name = r["code"], r["name"]
        self.dis, self.dis_name = dcode, dname
        self.p = p
        self.rng = rng
        self.units = local_units(rng, self.prov, self.reg_name)
        self.village = village_name(rng)
        self.hamlets = [hamlet_name(rng) for _ in range(5)]
        self.postal = f"{rng.randint(2, 9)}{rng.randint(1000, 9999)}"

    @property
    def area(self) -> str:
        return self.prov + self.reg + self.dis

    def other_area(self) -> tuple[str, str]:
        r = self.rng.choice(self.p["regencies"])
        dcode, dname = self.rng.choice(r["districts"])
        return self.prov + r["code"] + dcode, dname

    @property
    def kab(self) -> str:
        n = self.reg_name
        return n.replace("Kab. ", "Kabupaten ") if n.startswith("Kab.") else n

    @property
    def kab_short(self) -> str:
        return self.reg_name.replace("Kab. ", "").replace("Kota ", "")

    def slug(self) -> str:
        return self.kab_short.lower().replace(" ", "").replace("-", "")


def village_name(rng: random.Random) -> str:
    return rng.choice(SYL_A) + rng.choice(SYL_B)


def hamlet_name(rng: random.Random) -> str:
    h = rng.choice(HAMLET_A)
    if rng.random() < 0.3:
        h += " " + rng.choice(["I", "II", "III", "Lor", "Kidul", "Tengah", "Baru"])
    return h


def name(rng: random.Random, sex: str) -> str:
    first = rng.choice(MALE if sex == "L" else FEMALE)
    if rng.random() < 0.75:
        return f"{first} {rng.choice(LAST)}"
    return first + (" " + rng.choice(MALE) if rng.random() < 0.4 else "")


def official_name(rng: random.Random) -> str:
    sex = rng.choice("LP")
    t = rng.choice(TITLES_OFF)
    return (t + " " if t else "") + name(rng, sex) + rng.choice(DEGREES)


# ---------------------------------------------------------------- identifiers


def birth(rng: random.Random, lo: int = 1945, hi: int = 2004) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def make_nik(rng: random.Random, area: str, sex: str, b: dt.date) -> str:
    day = b.day + (40 if sex == "P" else 0)
    serial = rng.choice([rng.randint(1, 60), rng.randint(1, 600), rng.randint(1, 4000)])
    return f"{area}{day:02d}{b.month:02d}{b.year % 100:02d}{serial:04d}"


def make_kk(rng: random.Random, area: str) -> str:
    d = dt.date(rng.randint(2004, 2023), rng.randint(1, 12), rng.randint(1, 28))
    return f"{area}{d.day:02d}{d.month:02d}{d.year % 100:02d}{rng.randint(1, 9000):04d}"


def make_nip(rng: random.Random) -> str:
    b = birth(rng, 1964, 1992)
    ty = b.year + rng.randint(22, 30)
    return f"{b.year}{b.month:02d}{b.day:02d}{ty}{rng.randint(1, 12):02d}{rng.choice('12')}{rng.randint(1, 15):03d}"


def fmt_nip(rng: random.Random, nip: str) -> str:
    s = rng.random()
    if s < 0.55:
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    if s < 0.85:
        return nip
    return f"{nip[:8]}.{nip[8:14]}.{nip[14]}.{nip[15:]}"


def luhn_digit(s: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def make_npwp(rng: random.Random, badan: bool = False) -> str:
    head = (
        rng.choice(["01", "02", "03"])
        if badan
        else rng.choice(
            [
                "07",
                "08",
                "09",
                "04",
                "06",
                "15",
                "24",
                "25",
                "34",
                "44",
                "55",
                "58",
                "66",
                "76",
                "86",
                "96",
            ]
        )
    )
    body = head + f"{rng.randint(0, 999999):06d}"
    body += luhn_digit(body)
    tail = f"{rng.randint(0, 999):03d}" + (
        "000" if rng.random() < 0.85 else f"{rng.randint(1, 9):03d}"
    )
    return body + tail


def fmt_npwp(rng: random.Random, n: str) -> str:
    s = rng.random()
    if s < 0.6:
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"
    if s < 0.75:
        return n
    if s < 0.87:
        return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8]} {n[9:12]} {n[12:]}"
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]} - {n[9:12]}.{n[12:]}"


def make_phone(rng: random.Random) -> str:
    pre = rng.choice(
        [
            "0811",
            "0812",
            "0813",
            "0821",
            "0822",
            "0823",
            "0852",
            "0853",
            "0851",
            "0857",
            "0856",
            "0815",
            "0817",
            "0818",
            "0819",
            "0877",
            "0878",
            "0881",
            "0882",
            "0895",
            "0896",
            "0898",
            "0831",
            "0838",
        ]
    )
    n = rng.choice([7, 8, 8, 8, 9])
    return pre + "".join(str(rng.randint(0, 9)) for _ in range(n))


def fmt_phone(rng: random.Random, p: str, style: int | None = None) -> str:
    """Local writing of a mobile number (p starts with 0)."""
    s = rng.randint(0, 13) if style is None else style
    rest = p[4:]
    if s == 0:
        return p
    if s == 1:
        return f"{p[:4]}-{rest[:4]}-{rest[4:]}"
    if s == 2:
        return f"{p[:4]} {rest[:4]} {rest[4:]}"
    if s == 3:
        return "+62 " + p[1:4] + "-" + rest[:4] + "-" + rest[4:]
    if s == 4:
        return "62" + p[1:]
    if s == 5:
        return "+62" + p[1:]
    if s == 6:
        return f"{p[:4]}.{rest[:4]}.{rest[4:]}"
    if s == 7:
        return f"{p[:4]} {rest[:3]} {rest[3:6]} {rest[6:]}".strip()
    if s == 8:
        return f"({p[:4]}) {rest}"
    if s == 9:
        return f"{p[:4]}–{rest[:4]}–{rest[4:]}"  # en dash
    if s == 10:
        return f"+62-{p[1:4]}-{rest}"
    if s == 11:
        return f"{p[:2]} {p[2:4]} {rest[:4]} {rest[4:]}"
    if s == 12:
        return f"{p[:4]}{rest[:4]} {rest[4:]}"
    return f"(+62) {p[1:4]} {rest[:4]} {rest[4:]}"


def make_email(rng: random.Random, nm: str, by: int) -> tuple[str, str]:
    parts = [w.lower().strip(".,") for w in nm.split() if w.isalpha()]
    if not parts:
        parts = ["warga"]
    local = rng.choice(
        [
            parts[0] + str(by % 100),
            ".".join(parts[:2]),
            parts[0] + "_" + parts[-1][:4],
            parts[-1] + parts[0][:1] + str(rng.randint(1, 999)),
            parts[0] + parts[-1] + str(rng.randint(70, 99)),
        ]
    )
    dom = rng.choice(
        [
            "gmail.com",
            "gmail.com",
            "gmail.com",
            "yahoo.com",
            "yahoo.co.id",
            "ymail.com",
            "outlook.com",
            "hotmail.com",
            "icloud.com",
            "rocketmail.com",
        ]
    )
    return local, dom


def fmt_email(rng: random.Random, local: str, dom: str, obf: bool = False) -> str:
    if not obf:
        return f"{local}@{dom}"
    name_, _, tld = dom.partition(".")
    return rng.choice(
        [
            f"{local} [at] {dom}",
            f"{local}[at]{name_}[dot]{tld.replace('.', '[dot]')}",
            f"{local} (at) {name_} (titik) {tld.replace('.', ' (titik) ')}",
            f"{local} @ {dom}",
            f"{local}@ {dom}",
            f"{local}[@]{dom}",
            f"{local} at {name_} dot {tld.replace('.', ' dot ')}",
            f"{local}{{at}}{dom}",
            f"{local}@{name_}.{tld}".upper(),
            f"{local}＠{dom}",
            f"{local} @{name_} .{tld}",
            f"{local}<at>{dom}",
        ]
    )


def make_bpjs(rng: random.Random) -> str:
    return "000" + "".join(str(rng.randint(0, 9)) for _ in range(10))


def fmt_bpjs(rng: random.Random, b: str) -> str:
    s = rng.random()
    if s < 0.5:
        return b
    if s < 0.7:
        return f"{b[:4]} {b[4:8]} {b[8:]}"
    if s < 0.85:
        return f"{b[:3]}-{b[3:]}"
    return f"{b[:4]}.{b[4:8]}.{b[8:]}"


def make_kpj(rng: random.Random) -> str:
    return str(rng.choice([1, 2, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(10))


def make_kks(rng: random.Random) -> str:
    pre = rng.choice(["6013", "5264", "6032"])
    n = pre + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return " ".join(n[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else n


def make_passport(rng: random.Random) -> str:
    s = rng.choice("ABCXE") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    r = rng.random()
    if r < 0.15:
        return s[0] + " " + s[1:]
    if r < 0.25:
        return s.lower()
    return s


def make_account(rng: random.Random, bank: str) -> str:
    def dg(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    if bank == "BRI":
        a = dg(4) + "01" + dg(6) + "50" + dg(1)
        return rng.choice(
            [
                a,
                f"{a[:4]}-{a[4:6]}-{a[6:12]}-{a[12:14]}-{a[14]}",
                f"{a[:4]} {a[4:6]} {a[6:12]} {a[12:14]} {a[14]}",
            ]
        )
    if bank == "Bank Mandiri":
        a = "1" + dg(12)
        return rng.choice(
            [a, f"{a[:3]}-{a[3:5]}-{a[5:12]}-{a[12]}", f"{a[:3]}.{a[3:5]}.{a[5:12]}.{a[12]}"]
        )
    if bank in {"BCA"}:
        a = dg(10)
        return rng.choice([a, f"{a[:3]}-{a[3:6]}-{a[6:]}", f"{a[:3]} {a[3:6]} {a[6:]}"])
    a = dg(rng.choice([10, 10, 11, 12, 13]))
    return rng.choice(
        [a, f"{a[:3]}-{a[3:5]}-{a[5:]}", f"{a[:3]}.{a[3:6]}.{a[6:]}", f"{a[:4]} {a[4:]}"]
    )


# ---------------------------------------------------------------- dates


def fmt_date(rng: random.Random, d: dt.date, style: int | None = None) -> str:
    s = rng.randint(0, 21) if style is None else style
    y2 = f"{d.year % 100:02d}"
    return [
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d} {MONTHS[d.month - 1].upper()} {d.year}",
        f"{d.day} {MON3[d.month - 1]} {d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day}-{d.month}-{y2}",
        f"{d.day} {MON_ALT[d.month - 1]}. {d.year}",
        f"{d.day}-{MON3[d.month - 1]}-{d.year}",
        f"{d.day:02d}{d.month:02d}{d.year}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.day} {MONTHS[d.month - 1]} '{y2}",
        f"{d.day}-{ROMAN[d.month - 1]}-{d.year}",
        f"{MON_EN[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MON_EN[d.month - 1]} {d.year}",
        f"{d.day}.{d.month}.{y2}",
        f"{d.day:02d} - {d.month:02d} - {d.year}",
        f"tgl {d.day} bln {d.month} th {d.year}",
        f"{d.day:02d}/{d.month:02d}/{y2}",
        f"{d.day} {MONTHS[d.month - 1].lower()} {d.year}",
    ][s]


def event_date(rng: random.Random, year: int | None = None) -> dt.date:
    return dt.date(
        year or rng.choice([2023, 2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    )


def timestamp(rng: random.Random) -> str:
    d = event_date(rng)
    h, m, s = rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice(
        [
            f"{d.day}/{d.month}/{d.year} {h}:{m:02d}:{s:02d}",
            f"{d.year}-{d.month:02d}-{d.day:02d} {h:02d}:{m:02d}:{s:02d}",
            f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d} {h:02d}.{m:02d}",
        ]
    )


# ---------------------------------------------------------------- person


def person(
    rng: random.Random, reg: Region, sex: str | None = None, lo: int = 1945, hi: int = 2004
) -> dict:
    sex = sex or rng.choice("LP")
    b = birth(rng, lo, hi)
    area = reg.area
    dis_name = reg.dis_name
    if rng.random() < 0.08:
        area, dis_name = reg.other_area()
    nm = name(rng, sex)
    local, dom = make_email(rng, nm, b.year)
    bank = rng.choice(BANKS)
    return {
        "name": nm,
        "sex": sex,
        "birth": b,
        "place": rng.choice(
            [
                reg.kab_short,
                dis_name,
                reg.kab_short,
                rng.choice(
                    [
                        "Medan",
                        "Surabaya",
                        "Jakarta",
                        "Bandung",
                        "Makassar",
                        "Padang",
                        "Semarang",
                        "Kupang",
                        "Jayapura",
                        "Ambon",
                    ]
                ),
            ]
        ),
        "nik": make_nik(rng, area, sex, b),
        "kk": make_kk(rng, area),
        "phone": make_phone(rng),
        "email": (local, dom),
        "bank": bank,
        "acct": make_account(rng, bank),
        "npwp": make_npwp(rng),
        "bpjs": make_bpjs(rng),
        "kpj": make_kpj(rng),
        "kks": make_kks(rng),
        "passport": make_passport(rng),
        "job": rng.choice(JOBS),
        "rt": rng.randint(1, 15),
        "rw": rng.randint(1, 9),
        "ham": rng.choice(reg.hamlets),
        "no": rng.randint(1, 120),
        "street": rng.choice(STREETS),
    }


def address(rng: random.Random, reg: Region, p: dict, style: int | None = None) -> str:
    u = reg.units
    rt, rw = p["rt"], p["rw"]
    s = rng.randint(0, 11) if style is None else style
    ham = (u["ham"] + " " if u["ham"] else "Dusun ") + p["ham"]
    if u["ham"] == "Kp.":
        ham = "Kp. " + p["ham"]
    vil = f"{u['vil']} {reg.village}"
    if s == 0:
        return f"{ham} RT {rt:02d} RW {rw:02d} {vil}"
    if s == 1:
        return f"{ham} RT.{rt:03d}/RW.{rw:03d}, {vil}, {u['dis']} {reg.dis_name}"
    if s == 2:
        return f"Jl. {p['street']} No. {p['no']} RT {rt}/{rw} {vil}"
    if s == 3:
        return f"{ham.upper()} RT {rt:03d} RW {rw:03d}"
    if s == 4:
        return f"Perum {rng.choice(['Griya', 'Bumi', 'Villa', 'Taman'])} {rng.choice(['Asri', 'Indah', 'Permai', 'Lestari'])} Blok {rng.choice('ABCDEFG')}-{p['no']}, {vil}"
    if s == 5:
        return f"{ham}, RT {rt} RW {rw}"
    if s == 6:
        return f"Gg. {rng.choice(['Melati', 'Kenari', 'Mangga', 'Masjid', 'Buntu'])} No. {p['no']}, Jl. {p['street']}, {vil}"
    if s == 7:
        return f"{ham} {rt:02d}/{rw:02d} {reg.village}"
    if s == 8:
        return f"RT {rt:02d} {vil} {u['dis']} {reg.dis_name}"
    if s == 9:
        return f"{rng.choice(['belakang', 'depan', 'samping'])} {rng.choice(['Masjid Al-Ikhlas', 'SD Inpres', 'Pasar', 'Balai Desa', 'Puskesmas Pembantu'])} {ham}, RT {rt:02d}"
    if s == 10:
        return f"{ham} RT {rt:02d} / RW {rw:02d}, {vil}, {u['dis']} {reg.dis_name}, {reg.kab}"
    return f"{p['ham']} Hamlet, {reg.village} Village, {reg.dis_name} District"


# ---------------------------------------------------------------- public values


def office(rng: random.Random, reg: Region, level: str) -> dict:
    slug = reg.slug()
    vslug = reg.village.lower()
    ac = rng.choice(AREA_CODES)
    code = rng.choice([ac, f"({ac})"])
    tel = f"{code} {rng.randint(2, 8)}{rng.randint(10000, 99999)}"
    if level == "desa":
        nm = (
            f"PEMERINTAH DESA {reg.village.upper()}"
            if reg.units["vil"] != "Kelurahan"
            else f"KELURAHAN {reg.village.upper()}"
        )
        email = rng.choice(
            [
                f"pemdes.{vslug}@gmail.com",
                f"desa{vslug}@yahoo.co.id",
                f"admin@{vslug}.desa.id",
                f"kel.{vslug}@{slug}kab.go.id",
            ]
        )
        web = f"{vslug}.desa.id"
    elif level == "puskesmas":
        nm = f"UPTD PUSKESMAS {reg.dis_name.upper()}"
        email = rng.choice(
            [
                f"pkm.{reg.dis_name.lower().replace(' ', '')}@gmail.com",
                f"puskesmas{reg.dis_name.lower().replace(' ', '')}@{slug}kab.go.id",
            ]
        )
        web = f"puskesmas.{slug}kab.go.id"
    else:
        dinas = rng.choice(
            [
                ("DINAS SOSIAL", "dinsos"),
                ("DINAS KESEHATAN", "dinkes"),
                ("DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "dpmd"),
                ("DINAS PENDIDIKAN", "disdik"),
                ("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM", "bkpsdm"),
                ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "disdukcapil"),
                ("DINAS PERTANIAN DAN PANGAN", "distan"),
                ("DINAS KOMUNIKASI DAN INFORMATIKA", "diskominfo"),
            ]
        )
        nm = dinas[0]
        email = (
            f"{dinas[1]}@{slug}kab.go.id"
            if not reg.reg_name.startswith("Kota")
            else f"{dinas[1]}@{slug}kota.go.id"
        )
        web = f"{dinas[1]}.{slug}kab.go.id"
    addr = rng.choice(
        [
            f"Jalan {rng.choice(STREETS)} No. {rng.randint(1, 200)}",
            f"Jl. Raya {reg.village} Km. {rng.randint(1, 30)}",
            f"Komplek Perkantoran Pemda, Jl. {rng.choice(STREETS)} No. {rng.randint(1, 50)}",
            f"Jl. {rng.choice(STREETS)} {reg.village}, {reg.units['dis']} {reg.dis_name}",
        ]
    )
    wa = make_phone(rng)
    return {
        "name": nm,
        "email": email,
        "tel": tel,
        "fax": f"{code} {rng.randint(2, 8)}{rng.randint(10000, 99999)}",
        "addr": addr,
        "web": web,
        "wa": wa,
    }


def kop(d: Doc, rng: random.Random, reg: Region, level: str = "dinas") -> dict:
    o = office(rng, reg, level)
    head = (
        f"PEMERINTAH {reg.kab.upper()}\n"
        if level != "desa"
        else f"PEMERINTAH {reg.kab.upper()}\n{reg.units['dis'].upper()} {reg.dis_name.upper()}\n"
    )
    d.t(head + o["name"] + "\n")
    s = rng.randint(0, 3)
    if s == 0:
        d.t("Alamat : ").n("office_address", o["addr"]).t(" Telp. ").n("office_phone", o["tel"]).t(
            " Kode Pos "
        ).n("postal_code", reg.postal).t("\nEmail : ").n("office_email", o["email"]).t(
            " Website : "
        ).n("website", o["web"]).t("\n")
    elif s == 1:
        d.n("office_address", o["addr"]).t(", ").n("postal_code", reg.postal).t(
            "\nTelepon/Faks. "
        ).n("office_phone", o["tel"]).t(" / ").n("office_phone", o["fax"]).t(" Pos-el: ").n(
            "office_email", o["email"]
        ).t("\n")
    elif s == 2:
        d.n("office_address", o["addr"]).t(" ").n("postal_code", reg.postal).t("\nTelp. ").n(
            "office_phone", o["tel"]
        ).t(" | WA Pengaduan ").n(
            "office_phone", fmt_phone(rng, o["wa"], rng.choice([1, 2, 0]))
        ).t(" | e-mail: ").n("office_email", o["email"]).t("\n")
    else:
        d.t("Sekretariat: ").n("office_address", o["addr"]).t("\nHP/WA Layanan: ").n(
            "office_phone", fmt_phone(rng, o["wa"], rng.choice([1, 2, 0, 6]))
        ).t("  Surel: ").n("office_email", o["email"]).t("\n")
    d.t("=" * rng.choice([40, 60, 72]) + "\n")
    return o


def letter_number(rng: random.Random, reg: Region) -> str:
    y = rng.choice([2024, 2025, 2026])
    m = ROMAN[rng.randint(0, 11)]
    return rng.choice(
        [
            f"{rng.choice(['400', '470', '460', '140', '141', '800', '900', '027'])}/{rng.randint(1, 999):03d}/{rng.choice(['Ds', 'Kel', 'Sos', 'Kesra', 'Pem', 'BKPSDM', 'Dinkes'])}/{m}/{y}",
            f"{rng.choice(['400.9', '470.1', '100.3.4', '800.1.2.2', '900.1.3'])}/{rng.randint(1, 4999)}/{rng.choice(['VII', 'III', 'XI'])}/{y}",
            f"{rng.randint(1, 99)}/KPTS/{rng.choice(['DS', 'KADES', 'LRH'])}/{y}",
            f"B-{rng.randint(1, 999)}/{rng.choice(['PPID', 'DPMD', 'Setda'])}/{rng.randint(100, 999)}.{rng.randint(1, 9)}/{y}",
        ]
    )


def sign(
    d: Doc, rng: random.Random, reg: Region, title: str, nip: bool = True, date: bool = True
) -> None:
    if date:
        d.t(f"\n{rng.choice([reg.kab_short, reg.village, reg.dis_name])}, ").n(
            "letter_date", fmt_date(rng, event_date(rng), rng.choice([3, 0, 2, 4, 16]))
        ).t("\n")
    d.t(title + "\n\n" + rng.choice(["ttd", "(ttd)", "TTD & Cap", "", "dto"]) + "\n\n")
    d.t(official_name(rng) + "\n")
    if nip:
        d.t(rng.choice(["Pembina Tk. I (IV/b)\n", "Penata (III/c)\n", "Pembina (IV/a)\n", "", ""]))
        d.t(rng.choice(["NIP. ", "NIP ", "NIP: ", "Nip. "])).n(
            "nip_official", fmt_nip(rng, make_nip(rng))
        ).t("\n")


def amount(rng: random.Random, lo: int = 50_000, hi: int = 500_000_000) -> str:
    v = rng.randint(lo // 1000, hi // 1000) * 1000
    s = f"{v:,}".replace(",", ".")
    return rng.choice([f"Rp {s}", f"Rp{s},00", s, f"Rp. {s},-", str(v)])


def account_code(rng: random.Random) -> str:
    return rng.choice(
        [
            f"5.1.02.{rng.randint(1, 4):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 60):04d}",
            f"5.2.{rng.randint(1, 5)}.{rng.randint(1, 30):02d}.{rng.randint(1, 20):02d}",
            f"4.1.{rng.randint(1, 4)}.{rng.randint(1, 19):02d}.{rng.randint(1, 9):02d}",
            f"2.{rng.randint(1, 3)}.{rng.randint(1, 9)}.{rng.randint(1, 9):02d}",
            f"1.02.02.{rng.randint(1, 2)}.{rng.randint(1, 30):02d}.{rng.randint(1, 9):04d}",
        ]
    )


BAD_PROV = [p for p in (f"{i:02d}" for i in range(100)) if p not in PROV_CODES]


def non_nik16(rng: random.Random) -> str:
    """16 digits that fail the NIK structure (no province code, or no date)."""
    while True:
        s = rng.choice(BAD_PROV) + "".join(str(rng.randint(0, 9)) for _ in range(14))
        if rng.random() < 0.5:
            s = s[:6] + rng.choice(["00", "32", "35", "38", "72", "88", "99"]) + s[8:]
        if rng.random() < 0.5:
            s = s[:8] + rng.choice(["00", "13", "14", "19", "27", "45"]) + s[10:]
        return s


def isbn(rng: random.Random) -> str:
    core = (
        "978"
        + rng.choice(["602", "623", "979"])
        + "".join(str(rng.randint(0, 9)) for _ in range(6))
    )
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    cd = str((10 - tot % 10) % 10)
    full = core + cd
    return rng.choice([full, f"{full[:3]}-{full[3:6]}-{full[6:10]}-{full[10:12]}-{full[12]}"])


def coordinate(rng: random.Random) -> str:
    lat = rng.uniform(-10.5, 5.5)
    lon = rng.uniform(95.5, 140.5)
    s = rng.random()
    if s < 0.4:
        return f"{lat:.6f}, {lon:.6f}"
    if s < 0.7:
        a = abs(lat)
        return f"{'LS' if lat < 0 else 'LU'} {int(a)}°{int(a * 60 % 60):02d}'{a * 3600 % 60:04.1f}\" BT {int(lon)}°{int(lon * 60 % 60):02d}'{lon * 3600 % 60:04.1f}\""
    return f"{lat:.5f},{lon:.5f}"


def ean13(rng: random.Random) -> str:
    core = "899" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    return core + str((10 - tot % 10) % 10)


def masked_nik(rng: random.Random, nik: str) -> str:
    k = rng.choice([10, 11, 12])
    keep_head = rng.choice([4, 6, 2])
    keep_tail = 16 - k - keep_head
    if keep_tail < 0:
        keep_head, keep_tail = 16 - k, 0
    return (
        nik[:keep_head] + rng.choice(["*", "x", "X"]) * k + nik[16 - keep_tail :]
        if keep_tail
        else nik[:keep_head] + "*" * k
    )
