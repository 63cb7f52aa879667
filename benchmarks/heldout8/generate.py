# ruff: noqa: E501 - templates and pools read better on one line
"""Held-out privacy corpus 8 (issue 14): generator.

    python3 benchmarks/heldout8/generate.py      # rewrites corpus.jsonl (byte for byte the same)

Written from a brief, without reading the detector or the earlier corpora's data or generators.
Region codes and names: regions.json (Kepmendagri 2025, see extract_regions.py). Everything else
(names, hamlets, streets, templates) is made up here. Labelling rules: README.md.
"""

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2026120788
REGIONS = json.loads((HERE / "regions.json").read_text(encoding="utf-8"))
R = random.Random(SEED)  # noqa: S311 - reproducible test data, not crypto

# ---------------------------------------------------------------- document builder


class Doc:
    def __init__(self, did, genre, region):
        self.id, self.genre, self.region = did, genre, region
        self.parts, self.n, self.items = [], 0, 0
        self.spans, self.negs = [], []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def item(self):
        self.items += 1
        return f"{self.id}:{self.items}"

    def p(self, kind, s, item=None):
        item = item or self.item()
        if s:
            self.spans.append(
                {"kind": kind, "start": self.n, "end": self.n + len(s), "item": item}
            )
        self.t(s)
        return item

    def ng(self, kind, s):
        self.negs.append({"kind": kind, "start": self.n, "end": self.n + len(s)})
        self.t(s)

    def cell(self, c):
        """Write a cell: str, ('p', kind, value[, item]) or ('n', kind, value)."""
        if isinstance(c, str):
            self.t(c)
        elif isinstance(c, list):
            for x in c:
                self.cell(x)
        elif c[0] == "p":
            self.p(c[1], c[2], c[3] if len(c) > 3 else None)
        else:
            self.ng(c[1], c[2])

    def record(self):
        text = "".join(self.parts)
        for s in self.spans + self.negs:
            assert text[s["start"] : s["end"]].strip(), (self.id, s)
        return {
            "id": self.id,
            "genre": self.genre,
            "region": self.region,
            "text": text,
            "spans": self.spans,
            "negatives": self.negs,
        }


def P(kind, value, item=None):
    return ("p", kind, value, item) if item else ("p", kind, value)


def N(kind, value):
    return ("n", kind, value)


def val(c):
    if isinstance(c, list):
        return "".join(val(x) for x in c)
    return c if isinstance(c, str) else c[2]


# ---------------------------------------------------------------- pools

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
BLN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
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
    "dua belas",
    "tiga belas",
    "empat belas",
    "lima belas",
    "enam belas",
    "tujuh belas",
    "delapan belas",
    "sembilan belas",
]

NAMES = {
    "aceh": (
        [
            "Muhammad",
            "Teuku",
            "Zulfikar",
            "Fauzan",
            "Rizal",
            "Iskandar",
            "Mukhlis",
            "Syahrul",
            "Khairul",
        ],
        [
            "Cut",
            "Nurul",
            "Fauziah",
            "Rahmah",
            "Safrina",
            "Zahara",
            "Nurhayati",
            "Mardhiah",
            "Yusnidar",
        ],
        ["Hasan", "Ibrahim", "Abdullah", "Daud", "Yusuf", "Saleh", "Hamzah", "Ismail", ""],
    ),
    "batak": (
        ["Marulam", "Jonner", "Parlindungan", "Togar", "Hotman", "Sahat", "Bonar", "Ridwan"],
        ["Rosmawati", "Tiurma", "Nurhaida", "Lasmaria", "Dameria", "Rina", "Hotnida"],
        [
            "Siregar",
            "Simanjuntak",
            "Nainggolan",
            "Harahap",
            "Sihombing",
            "Lubis",
            "Nasution",
            "Zebua",
            "Laia",
        ],
    ),
    "minang": (
        ["Syafrizal", "Afrizal", "Rahmat", "Zulkifli", "Yendri", "Hendra", "Darmansyah", "Asrul"],
        ["Yuliarni", "Nofrianti", "Yusnimar", "Elfida", "Desmawati", "Rosnelly", "Lisnawati"],
        ["", "Putra", "Datuak Rajo", "Malin", "Sutan", "", ""],
    ),
    "melayu": (
        ["Ahmad", "Rudi", "Syamsul", "Junaidi", "Hamdan", "Azwar", "Edi", "Herman", "Firdaus"],
        ["Siti", "Norma", "Wati", "Aisyah", "Rohani", "Zainab", "Marlina", "Yanti", "Fitri"],
        ["", "Effendi", "Hamid", "Saputra", "Wijaya", "Rahman", "Hidayat", ""],
    ),
    "jawa": (
        [
            "Sutrisno",
            "Slamet",
            "Sugeng",
            "Wahyu",
            "Eko",
            "Bambang",
            "Joko",
            "Suparno",
            "Agus",
            "Heru",
        ],
        [
            "Sri",
            "Suparmi",
            "Tri Wahyuni",
            "Sumiyati",
            "Endang",
            "Sulastri",
            "Rini",
            "Dwi",
            "Murniati",
        ],
        [
            "",
            "Santoso",
            "Prasetyo",
            "Widodo",
            "Handayani",
            "Lestari",
            "Susanto",
            "Purwanto",
            "Setiawan",
        ],
    ),
    "sunda": (
        ["Asep", "Ujang", "Dede", "Cecep", "Endang", "Yayan", "Dadang", "Aep", "Usep"],
        ["Iis", "Euis", "Cucu", "Neneng", "Imas", "Yeni", "Popon", "Entin", "Enung"],
        ["", "Suryana", "Hidayat", "Kurniawan", "Sopandi", "Rohmat", "Saepudin", "Nurjanah"],
    ),
    "bali": (
        ["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Gede", "I Putu", "I Komang"],
        ["Ni Made", "Ni Luh", "Ni Ketut", "Ni Nyoman", "Ni Wayan", "Ni Putu", "Ni Kadek"],
        [
            "Sudarsana",
            "Ariani",
            "Suastika",
            "Wiranata",
            "Sukerti",
            "Artawan",
            "Parwati",
            "Mertayasa",
        ],
    ),
    "sasak": (
        ["Lalu", "Muhammad", "Hamdi", "Sahnan", "Zainudin", "Amaq", "Ahmad"],
        ["Baiq", "Inaq", "Hurniati", "Saenah", "Rohani", "Marniati", "Sarinah"],
        ["", "Hadi", "Sukri", "Junaidi", "Ramli", "Yasin", ""],
    ),
    "ntt": (
        ["Yohanes", "Yosef", "Petrus", "Fransiskus", "Markus", "Daniel", "Agustinus"],
        ["Maria", "Yuliana", "Florida", "Agustina", "Bernadeta", "Yasinta", "Magdalena"],
        ["Bria", "Nahak", "Tefa", "Lado", "Kollo", "Laitabun", "Mau", "Ndapa", "Djara"],
    ),
    "dayak": (
        ["Yulius", "Antonius", "Herkulanus", "Ardi", "Rusdi", "Gusti", "Syarifudin"],
        ["Maria", "Yuliana", "Norhayati", "Rusmini", "Siti", "Herlina", "Noorhasanah"],
        ["", "Ahmad", "Ilham", "Kurniadi", "Anom", "Effendi", "Saputra"],
    ),
    "sulawesi": (
        ["Andi", "Muh.", "Syamsuddin", "Baharuddin", "Abdul", "Hasanuddin", "Rahmat", "Iwan"],
        ["Hasnawati", "Nurhayati", "St.", "Hasmiah", "Rosmiati", "Andi", "Nurjannah", "Hartati"],
        ["", "Rahman", "Amir", "Ismail", "Basri", "Laupe", "Mappiare", "Daeng Ngalle"],
    ),
    "minahasa": (
        ["Rolly", "Jefry", "Frangky", "Hendrik", "Deky", "Stevy", "Roy"],
        ["Meiske", "Jenny", "Vonny", "Olvie", "Novie", "Deysi", "Lenny"],
        ["Wowor", "Rumengan", "Sumampouw", "Mandagi", "Tumbelaka", "Lumentut", "Kalalo"],
    ),
    "maluku": (
        ["Yance", "Abdullah", "Ronald", "Hamid", "Piter", "Ismail", "Johanis"],
        ["Martha", "Salma", "Yohana", "Nurlela", "Ester", "Wa Ode", "Fatmawati"],
        [
            "Latuconsina",
            "Pattiasina",
            "Tuasikal",
            "Sopacua",
            "Tuhumury",
            "Marasabessy",
            "Umasangadji",
        ],
    ),
    "papua": (
        ["Yakobus", "Yohanis", "Marthen", "Otto", "Yulianus", "Demianus", "Petrus", "Simon"],
        ["Maria", "Yohana", "Lince", "Martina", "Selfina", "Agustina", "Ruth", "Naomi"],
        [
            "Wenda",
            "Tabuni",
            "Kogoya",
            "Rumbiak",
            "Gebze",
            "Mahuze",
            "Wanimbo",
            "Yikwa",
            "Murib",
            "Rumbewas",
        ],
    ),
}

ETHNIC = {
    "11": "aceh",
    "12": "batak",
    "13": "minang",
    "14": "melayu",
    "15": "melayu",
    "16": "melayu",
    "17": "melayu",
    "18": "jawa",
    "19": "melayu",
    "21": "melayu",
    "31": "jawa",
    "32": "sunda",
    "33": "jawa",
    "34": "jawa",
    "35": "jawa",
    "36": "sunda",
    "51": "bali",
    "52": "sasak",
    "53": "ntt",
    "61": "dayak",
    "62": "dayak",
    "63": "dayak",
    "64": "dayak",
    "65": "dayak",
    "71": "minahasa",
    "72": "sulawesi",
    "73": "sulawesi",
    "74": "sulawesi",
    "75": "sulawesi",
    "76": "sulawesi",
    "81": "maluku",
    "82": "maluku",
    "91": "papua",
    "92": "papua",
    "93": "papua",
    "94": "papua",
    "95": "papua",
    "96": "papua",
}

HAMLET = {
    "aceh": [
        "Lampoh Raya",
        "Meunasah",
        "Tgk. Di Blang",
        "Teungoh",
        "Mesjid",
        "Ujong Blang",
        "Cot Baroh",
    ],
    "minang": [
        "Koto Tuo",
        "Padang Lua",
        "Balai Gurah",
        "Simpang Ampek",
        "Kampuang Dalam",
        "Batang Tabik",
    ],
    "jawa": [
        "Krajan",
        "Sidomulyo",
        "Ngemplak",
        "Karanganyar",
        "Kebonagung",
        "Tegalrejo",
        "Sumberejo",
        "Pandean",
        "Gondang",
    ],
    "sunda": [
        "Babakan",
        "Cibeureum",
        "Sukamaju",
        "Pasir Angin",
        "Cijambu",
        "Sindangsari",
        "Pasirhalang",
    ],
    "bali": ["Kaja", "Kelod", "Tengah", "Anyar", "Dauh Tukad", "Bale Agung", "Kawan"],
    "sasak": ["Montong Are", "Presak", "Dasan Baru", "Lendang Bajur", "Gubuk Timuq", "Bun Mudrak"],
    "other": [
        "Sukamaju",
        "Suka Damai",
        "Mekar Sari",
        "Harapan Jaya",
        "Karya Bakti",
        "Tanjung Sari",
        "Sri Rejeki",
    ],
}
STREETS = [
    "Jl. Merdeka",
    "Jl. Pahlawan",
    "Jl. Sisingamangaraja",
    "Jl. Diponegoro",
    "Jl. Cut Nyak Dhien",
    "Jl. Teuku Umar",
    "Jl. Imam Bonjol",
    "Jl. Sultan Hasanuddin",
    "Jl. Sam Ratulangi",
    "Jl. Pattimura",
    "Jl. Trikora",
    "Jl. Ahmad Yani",
    "Jl. Kartini",
    "Jl. Poros Desa",
    "Jl. Kenanga",
    "Jl. Flamboyan",
    "Jl. Melati",
    "Jl. Cendrawasih",
    "Jl. Nuri",
    "Jl. Garuda",
    "Jl. Mangga",
    "Jl. Durian",
    "Jl. Veteran",
]
GANG = [
    "Gg. Mawar",
    "Gg. Sawo",
    "Gg. Family",
    "Gg. Mushola",
    "Gg. Swadaya",
    "Gg. Anggrek",
    "Lr. Damai",
    "Lr. Kenari",
]
PERUM = [
    "Perum Griya Asri",
    "Komplek BTN Bumi Permai",
    "Perumahan Villa Mutiara",
    "Perum Pesona Indah",
    "Komp. Taman Sari",
]

ROMAN_SMALL = ["I", "II", "III", "IV", "V", "VI", "VII"]

PREFIXES = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
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
    "0833",
    "0838",
    "0895",
    "0896",
    "0897",
    "0898",
    "0899",
    "0881",
    "0882",
    "0883",
    "0885",
    "0887",
    "0888",
    "0889",
]

AREA = {
    "11": "0651",
    "12": "061",
    "13": "0751",
    "14": "0761",
    "15": "0741",
    "16": "0711",
    "17": "0736",
    "18": "0721",
    "19": "0717",
    "21": "0778",
    "31": "021",
    "32": "022",
    "33": "024",
    "34": "0274",
    "35": "031",
    "36": "0254",
    "51": "0361",
    "52": "0370",
    "53": "0380",
    "61": "0561",
    "62": "0536",
    "63": "0511",
    "64": "0542",
    "65": "0551",
    "71": "0431",
    "72": "0451",
    "73": "0411",
    "74": "0401",
    "75": "0435",
    "76": "0426",
    "81": "0911",
    "82": "0921",
    "91": "0967",
    "92": "0986",
    "93": "0971",
    "94": "0984",
    "95": "0969",
    "96": "0951",
}
BPD = {
    "11": "Bank Aceh Syariah",
    "12": "Bank Sumut",
    "13": "Bank Nagari",
    "14": "BRK Syariah",
    "15": "Bank Jambi",
    "16": "Bank Sumsel Babel",
    "17": "Bank Bengkulu",
    "18": "Bank Lampung",
    "19": "Bank Sumsel Babel",
    "21": "Bank Riau Kepri Syariah",
    "31": "Bank DKI",
    "32": "Bank BJB",
    "33": "Bank Jateng",
    "34": "BPD DIY",
    "35": "Bank Jatim",
    "36": "Bank Banten",
    "51": "BPD Bali",
    "52": "Bank NTB Syariah",
    "53": "Bank NTT",
    "61": "Bank Kalbar",
    "62": "Bank Kalteng",
    "63": "Bank Kalsel",
    "64": "Bankaltimtara",
    "65": "Bankaltimtara",
    "71": "BSG",
    "72": "Bank Sulteng",
    "73": "Bank Sulselbar",
    "74": "Bank Sultra",
    "75": "BSG",
    "76": "Bank Sulselbar",
    "81": "Bank Maluku Malut",
    "82": "Bank Maluku Malut",
    "91": "Bank Papua",
    "92": "Bank Papua",
    "93": "Bank Papua",
    "94": "Bank Papua",
    "95": "Bank Papua",
    "96": "Bank Papua",
}
CALL = ["112", "110", "113", "119", "129", "1500-567", "0800-1-835566", "1500-123", "1708", "165"]
COMPANIES = [
    "CV Karya Mandiri",
    "PT Bangun Persada Nusantara",
    "CV Sumber Rejeki",
    "PT Cahaya Tani Makmur",
    "CV Mitra Usaha Bersama",
    "PT Tirta Sejahtera Abadi",
    "CV Putra Daerah",
    "PT Agro Lestari Jaya",
    "CV Anugerah Teknik",
    "PT Sinar Harapan Baru",
    "UD Berkah Jaya",
    "CV Tiga Saudara",
]
DOMAINS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
]


def tz(pl):
    if pl.pc[0] in "89":
        return "WIT"
    if pl.pc[0] in "57" or pl.pc in ("63", "64", "65"):
        return "WITA"
    return "WIB"


def landline(pl):
    area = AREA[pl.pc]
    return f"({area}) {digits(6 if len(area) == 4 else R.choice([7, 8]))}"


def pick(seq):
    return seq[R.randrange(len(seq))]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - (9 if d > 4 else 0)
        total += d
    return str((10 - total % 10) % 10)


def npwp15(first2=None):
    """15-digit NPWP: 8 digits, a Luhn check digit, 3-digit KPP code, 3-digit branch code."""
    head = (first2 or f"{R.randint(4, 99):02d}") + digits(6)
    return head + luhn_digit(head) + f"{R.randint(1, 999):03d}" + "000"


# ---------------------------------------------------------------- places and persons


class Place:
    def __init__(self, prov, reg, dist, vill):
        self.prov, self.reg, self.dist = prov, reg, dist
        self.vcode, self.vill = vill
        self.pc = prov["code"]
        self.eth = ETHNIC[self.pc]
        self.kota = reg["code"][2] == "7"
        self.kel = self.vcode[6] == "1"

    @property
    def reg_short(self):
        n = self.reg["name"]
        for pre in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
            if n.startswith(pre):
                return n[len(pre) :]
        return n

    @property
    def slug(self):
        return self.reg_short.lower().replace(" ", "").replace(".", "")


def place_in(prov, reg=None, want=None):
    """want: "2" a desa, "1" a kelurahan, None either."""
    regs = [reg] if reg else prov["regencies"]
    if want:
        ok = [
            (r, d)
            for r in regs
            for d in r["districts"]
            if any(v[0][6] == want for v in d["villages"])
        ]
        if not ok and reg:
            ok = [
                (r, d)
                for r in prov["regencies"]
                for d in r["districts"]
                if any(v[0][6] == want for v in d["villages"])
            ]
        if ok:
            r, d = pick(ok)
            return Place(prov, r, d, pick([v for v in d["villages"] if v[0][6] == want]))
    reg = reg or pick(prov["regencies"])
    dist = pick(reg["districts"])
    return Place(prov, reg, dist, pick(dist["villages"]))


def rt():
    return f"{R.randint(1, 19):03d}" if R.random() < 0.6 else f"{R.randint(1, 19):02d}"


def address_parts(pl, short=False):
    """A private home address in the local style; returns a list of words/segments."""
    e, pc = pl.eth, pl.pc
    hamlet = pick(HAMLET.get(e, HAMLET["other"]))
    r1, r2 = rt(), rt()
    vill, dist = pl.vill, pl.dist["name"]
    kel = "Kel." if pl.kel else "Desa"
    if pc == "34":
        if pl.kota:
            return [f"Kp. {hamlet} RT {r1} RW {r2}", f"{vill}, Kemantren {dist}"]
        return [f"Padukuhan {hamlet} RT {r1}", f"Kalurahan {vill}, Kapanewon {dist}"]
    if pc == "11":
        return [f"Dusun {hamlet}", f"Gampong {vill}, Kec. {dist}"]
    if pc == "13" and not pl.kota:
        return [f"Jorong {hamlet}", f"Nagari {vill}, Kec. {dist}"]
    if pc == "51":
        return [f"Banjar Dinas {hamlet}", f"{kel} {vill}, Kec. {dist}"]
    if pc in ("32", "36") and not pl.kota:
        return [f"Kp. {hamlet} RT {r1}/RW {r2}", f"Desa {vill}, Kec. {dist}"]
    if pc == "33" and pl.reg["code"] == "3310":
        return [f"Dk. {hamlet} RT {r1} RW {r2}", f"Desa {vill}, Kec. {dist}"]
    if pc == "18" and pl.reg["code"] == "1813":
        return [f"Pemangku {pick(ROMAN_SMALL)}", f"Pekon {vill}, Kec. {dist}"]
    if pc == "71" and not pl.kota:
        return [f"Jaga {pick(ROMAN_SMALL)}", f"Desa {vill}, Kec. {dist}"]
    if pc in ("71", "72", "73", "74", "75", "76", "12") and pl.kel:
        return [
            f"{pick(STREETS)} No. {R.randint(1, 140)}, Lingkungan {pick(ROMAN_SMALL)}",
            f"Kel. {vill}, Kec. {dist}",
        ]
    if pc == "81":
        return [
            f"Dusun {pick(['Wailela', 'Air Besar', 'Batu Merah Dalam', 'Kampung Baru', 'Hative'])}",
            f"Negeri {vill}, Kec. {dist}",
        ]
    if pc in ("91", "92", "93", "94", "95", "96"):
        return [f"RT {r1}", f"Kampung {vill}, Distrik {dist}"]
    if pc in ("61", "62", "63", "64", "65"):
        return [f"{pick(STREETS)} {pick(GANG)} RT {r1}", f"{kel} {vill}, Kec. {dist}"]
    if pc in ("31", "21") or (pl.kota and R.random() < 0.4):
        if R.random() < 0.5:
            return [
                f"{pick(PERUM)} Blok {pick('ABCDEFG')}{R.randint(1, 12)} No. {R.randint(1, 40)}",
                f"{kel} {vill}, Kec. {dist}",
            ]
        return [
            f"{pick(STREETS)} {pick(GANG)} No. {R.randint(1, 90)} RT {r1}/RW {r2}",
            f"{kel} {vill}, Kec. {dist}",
        ]
    if pc == "16":
        return [
            f"Lr. {pick(['Damai', 'Kenari', 'Sepakat', 'Tembusan'])} RT {r1} RW {r2}",
            f"{kel} {vill}, Kec. {dist}",
        ]
    return [
        f"Dusun {pick(HAMLET.get(e, HAMLET['other']))} RT {r1}/RW {r2}",
        f"{kel} {vill}, Kec. {dist}",
    ]


def make_dob(lo=1945, hi=2004):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30)
    return (y, m, d)


class Person:
    def __init__(self, pl, lo=1945, hi=2004, sex=None):
        self.pl = pl
        male, female, fam = NAMES[pl.eth]
        self.sex = sex or pick("LP")
        first = pick(male if self.sex == "L" else female)
        last = pick(fam)
        self.name = (first + " " + last).strip()
        if first in ("Muh.", "St.", "Andi", "I Made", "Ni Luh", "Lalu", "Baiq") or not last:
            self.name = (first + " " + pick([x for x in fam if x] or ["Saputra"])).strip()
        self.dob = make_dob(lo, hi)
        y, m, d = self.dob
        dd = d + (40 if self.sex == "P" else 0)
        self.nik = f"{pl.dist['code']}{dd:02d}{m:02d}{y % 100:02d}{R.randint(1, 420):04d}"
        iy = R.randint(2008, 2025)
        im = R.randint(1, 12)
        self.kk = f"{pl.dist['code']}{R.randint(1, 28):02d}{im:02d}{iy % 100:02d}{R.randint(1, 2800):04d}"
        pre = pick(PREFIXES)
        self.phone = pre + digits(R.choice([7, 8, 8, 8, 9]))
        base = self.name.lower().replace(".", "").replace("'", "").split()
        user = pick(
            [
                base[0] + "." + base[-1],
                base[-1] + str(y % 100),
                base[0] + str(R.randint(10, 999)),
                base[0] + "_" + base[-1] + str(y),
                base[0] + base[-1][:3] + str(d),
            ]
        )
        self.email = f"{user}@{pick(DOMAINS)}"
        self.addr = address_parts(pl)
        self.bpjs = "000" + digits(10)
        self.npwp = npwp15()
        self.passport = pick("CXBE") + digits(7)
        self.kks = "601301" + digits(10)
        self.bank = pick(["BRI", "BNI", "Bank Mandiri", "BSI", BPD[pl.pc], BPD[pl.pc]])
        self.acct = acct(self.bank)


def acct(bank):
    if bank == "BRI":
        return f"{digits(4)}-01-{digits(6)}-50-{digits(1)}" if R.random() < 0.6 else digits(15)
    if bank == "BNI":
        return digits(10)
    if bank == "Bank Mandiri":
        return f"{digits(3)}-00-{digits(7)}-{digits(1)}" if R.random() < 0.5 else digits(13)
    if bank == "BSI":
        return "7" + digits(9)
    s = digits(R.choice([10, 12, 13]))
    if R.random() < 0.5:
        return f"{s[:3]}.{s[3:5]}.{s[5:]}"
    return s


# ---------------------------------------------------------------- formats


def fdate(ymd, style=None):
    y, m, d = ymd
    style = style if style is not None else R.randrange(11)
    if style == 0:
        return f"{d:02d}-{m:02d}-{y}"
    if style == 1:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 2:
        return f"{d} {BULAN[m - 1]} {y}"
    if style == 3:
        return f"{d:02d}-{BLN3[m - 1]}-{y % 100:02d}"
    if style == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 5:
        return f"{d:02d}.{m:02d}.{y}"
    if style == 6:
        return f"{d} {BLN3[m - 1]}. {y}"
    if style == 7:
        return f"{d}/{m}/{y % 100:02d}"
    if style == 8:
        return f"{d}-{ROMAN[m - 1]}-{y}"
    if style == 9:
        return f"{d} {BULAN[m - 1].upper()} {y}"
    return f"{MONTH_EN[m - 1]} {d}, {y}"


def fphone(p, style=None):
    style = style if style is not None else R.randrange(9)
    body = p[1:]
    if style in (0, 1, 2):
        return p
    if style == 3:
        return f"{p[:4]}-{p[4:8]}-{p[8:]}"
    if style == 4:
        return f"{p[:4]} {p[4:8]} {p[8:]}"
    if style == 5:
        return f"+62 {body[:3]}-{body[3:7]}-{body[7:]}"
    if style == 6:
        return "62" + body
    if style == 7:
        return f"{p[:4]}.{p[4:8]}.{p[8:]}"
    return f"(+62) {body[:3]} {body[3:7]} {body[7:]}"


def fnik(n, style=None):
    style = style if style is not None else R.randrange(12)
    if style == 10:
        return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"
    if style == 11:
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"
    return n


def fnpwp(n):
    if R.random() < 0.7:
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"
    return n


def fnpwp_full(n):
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"


def fbpjs(n):
    s = R.randrange(3)
    if s == 0:
        return n
    if s == 1:
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    return f"{n[:3]}-{n[3:]}"


def nip(lo=1966, hi=1994):
    y, m, d = make_dob(lo, hi)
    ty = min(2024, y + R.randint(22, 30))
    s = f"{y}{m:02d}{d:02d}{ty}{R.randint(1, 12):02d}{R.randint(1, 2)}{R.randint(1, 15):03d}"
    if R.random() < 0.6:
        return f"{s[:8]} {s[8:14]} {s[14]} {s[15:]}"
    return s


def money(lo, hi, step=1000):
    v = R.randrange(lo // step, hi // step) * step
    return f"{v:,}".replace(",", ".")


def today_letter():
    d = R.randint(1, 30)
    m = R.randint(1, 11)
    return (2026, m, d)


def letter_no(code="400.9.2"):
    return f"{code}/{R.randint(12, 980)}/{pick(['Kesra', 'Pem', 'Kel', 'Dinsos', 'DPKP', 'Sekr', 'Disnak', 'PUPR'])}/{pick(ROMAN)}/2026"


def office_name(pl, kind):
    if kind == "dinas":
        return pick(
            [
                "DINAS SOSIAL",
                "DINAS PERTANIAN DAN PANGAN",
                "DINAS PETERNAKAN DAN KESEHATAN HEWAN",
                "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                "DINAS TENAGA KERJA",
                "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                "DINAS KESEHATAN",
                "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
            ]
        )
    if kind == "kelurahan":
        return f"KELURAHAN {pl.vill.upper()}"
    return f"PEMERINTAH DESA {pl.vill.upper()}"


def kop(doc, pl, kind, name=None):
    """Kop surat of a public body with its contacts (all hard negatives)."""
    reg = pl.reg["name"].upper()
    pre = "PEMERINTAH " + reg
    doc.t(f"{pre}\n")
    if kind == "kelurahan" or kind == "desa":
        doc.t(f"KECAMATAN {pl.dist['name'].upper()}\n")
    name = name or office_name(pl, kind)
    doc.t(name + "\n")
    doc.t("Alamat: ")
    doc.ng(
        "office_address",
        f"{pick(['Jl. Jenderal Sudirman', 'Jl. Raya', 'Jl. Poros', 'Jl. Pemuda', 'Jl. Soekarno-Hatta'])} No. {R.randint(1, 120)}, {pl.dist['name']}",
    )
    doc.t(" Kode Pos ")
    doc.ng("postal_code", f"{R.randint(20, 99)}{R.randint(100, 999)}")
    area = AREA[pl.pc]
    tel = f"({area}) {digits(6 if len(area) == 4 else 7)}"
    style = R.randrange(3)
    if style == 0:
        doc.t("\nTelp. ")
        doc.ng("office_phone", tel)
        doc.t(" Fax. ")
        doc.ng("office_phone", f"({area}) {digits(6 if len(area) == 4 else 7)}")
    else:
        doc.t("\nTelepon ")
        doc.ng("office_phone", tel)
        doc.t(" WA Layanan ")
        doc.ng("office_phone", fphone(pick(PREFIXES) + digits(8), R.choice([0, 3, 4])))
    if kind == "desa" or (kind == "kelurahan" and R.random() < 0.5):
        mail = f"{'desa' if kind == 'desa' else 'kel'}{pl.vill.lower().replace(' ', '').replace('.', '')}@gmail.com"
    else:
        mail = f"{pick(['ppid', 'dinas', 'sekretariat', 'info'])}@{pl.slug}{'kota' if pl.kota else 'kab'}.go.id"
    doc.t(" Pos-el: " if R.random() < 0.5 else " Email: ")
    doc.ng("office_email", mail)
    doc.t("\n" + "=" * R.choice([60, 72, 80]) + "\n")


def closing(doc, pl, title, extra="", local=False, dated=True):
    """Signature block; local=True for a kelurahan/desa letter (the village as the place)."""
    if dated:
        doc.t(f"\n{pl.vill if local else pl.reg_short}, ")
        doc.ng("letter_date", fdate(today_letter(), R.choice([2, 2, 0, 9])))
    doc.t(f"\n{title}\n\n\n")
    off = Person(pl, 1966, 1990)
    doc.t(off.name.upper() + "\n")
    if title.upper().startswith(("KEPALA DESA", "BUPATI", "WALI KOTA", "KAUR", "KETUA TIM")):
        return
    doc.t(pick(["Pembina", "Penata Tk. I", "Pembina Tk. I", "Penata"]) + "\n")
    doc.t("NIP. " if R.random() < 0.7 else "NIP ")
    doc.ng("nip_official", nip())
    doc.t("\n" + extra)
    if R.random() < 0.5:
        cam = Person(pl, 1966, 1988)
        doc.t(f"\nMengetahui,\nCamat {pl.dist['name']}\n\n\n{cam.name}\nNIP ")
        doc.ng("nip_official", nip())
        doc.t("\n")


# ---------------------------------------------------------------- table layouts


def widths_of(header, rows):
    return [max(len(val(r[i])) for r in [header] + rows) for i in range(len(header))]


def ascii_grid(doc, header, rows):
    w = widths_of(header, rows)
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
    doc.t(line)
    for r_i, row in enumerate([header] + rows):
        doc.t("|")
        for c, x in zip(row, w, strict=False):
            doc.t(" ")
            doc.cell(c)
            doc.t(" " * (x - len(val(c))) + " |")
        doc.t("\n")
        if r_i == 0:
            doc.t(line.replace("-", "="))
    doc.t(line)


def rst_simple(doc, header, rows):
    w = widths_of(header, rows)
    rule = "  ".join("=" * x for x in w) + "\n"
    doc.t(rule)
    for r_i, row in enumerate([header] + rows):
        for i, (c, x) in enumerate(zip(row, w, strict=False)):
            doc.cell(c)
            if i < len(w) - 1:
                doc.t(" " * (x - len(val(c)) + 2))
        doc.t("\n")
        if r_i == 0:
            doc.t(rule)
    doc.t(rule)


def box_table(doc, header, rows):
    w = widths_of(header, rows)
    doc.t("┌" + "┬".join("─" * (x + 2) for x in w) + "┐\n")
    for r_i, row in enumerate([header] + rows):
        doc.t("│")
        for c, x in zip(row, w, strict=False):
            doc.t(" ")
            doc.cell(c)
            doc.t(" " * (x - len(val(c))) + " │")
        doc.t("\n")
        if r_i == 0:
            doc.t("├" + "┼".join("─" * (x + 2) for x in w) + "┤\n")
    doc.t("└" + "┴".join("─" * (x + 2) for x in w) + "┘\n")


def wrap(s, width):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


def fixed_wrap(doc, header, rows, maxw):
    """pdftotext -layout: columns at fixed positions, long cells wrapped onto following lines;
    a wrapped personal cell is one item with one segment per line."""
    w = [min(m, x) for m, x in zip(maxw, widths_of(header, rows), strict=False)]
    # a column is never narrower than its longest unbreakable word
    w = [
        max(x, max(len(word) for r in [header] + rows for word in val(r[i]).split(" ")))
        for i, x in enumerate(w)
    ]
    for row in [header] + rows:
        cells = []
        for c, x in zip(row, w, strict=False):
            lines = wrap(val(c), x)
            if isinstance(c, str):
                cells.append([(ln, None) for ln in lines])
            else:
                item = (c[3] if len(c) > 3 else None) or (doc.item() if c[0] == "p" else None)
                cells.append([(ln, (c[0], c[1], item)) for ln in lines])
        height = max(len(x) for x in cells)
        for k in range(height):
            out = []
            for col, x in zip(cells, w, strict=False):
                ln, lab = col[k] if k < len(col) else ("", None)
                out.append((ln, lab, x))
            # write the line
            for i, (ln, lab, x) in enumerate(out):
                if lab and ln.rstrip(",;"):
                    core = ln.rstrip(",;")
                    if lab[0] == "p":
                        doc.p(lab[1], core, lab[2])
                    else:
                        doc.ng(lab[1], core)
                    doc.t(ln[len(core) :])
                else:
                    doc.t(ln)
                if i < len(out) - 1:
                    doc.t(" " * (x - len(ln) + 3))
            doc.t("\n")
        if row is header:
            doc.t("\n")


def column_major(doc, header, rows):
    """PDF text extracted column by column (each column's cells one under another)."""
    for i, h in enumerate(header):
        doc.cell(h)
        doc.t("\n")
        for row in rows:
            doc.cell(row[i])
            doc.t("\n")
        doc.t("\n")


def raw_joined(doc, header, rows):
    """Copied out of a PDF viewer: each row's cells joined by single spaces."""
    doc.t(" ".join(val(h) for h in header) + "\n")
    for row in rows:
        for i, c in enumerate(row):
            doc.cell(c)
            doc.t(" " if i < len(row) - 1 else "\n")


def two_row_tsv(doc, h1, h2, rows):
    doc.t("\t".join(h1) + "\n")
    doc.t("\t".join(h2) + "\n")
    for row in rows:
        for i, c in enumerate(row):
            doc.cell(c)
            doc.t("\t" if i < len(row) - 1 else "\n")


def transposed(doc, fields, cols, sep="\t"):
    doc.t(sep.join([""] + [f"Calon {i + 1}" for i in range(len(cols))]) + "\n")
    for fi, f in enumerate(fields):
        doc.t(f)
        for col in cols:
            doc.t(sep)
            doc.cell(col[fi])
        doc.t("\n")


def json_rows(doc, keys, rows, indent):
    doc.t("[\n" if indent else "[")
    for ri, row in enumerate(rows):
        doc.t("  {" if indent else "{")
        for ki, (k, c) in enumerate(zip(keys, row, strict=False)):
            doc.t(f'"{k}": ')
            if isinstance(c, str) and c.isdigit() and k in ("no", "jumlah", "luas"):
                doc.t(c)
            else:
                doc.t('"')
                doc.cell(c)
                doc.t('"')
            if ki < len(keys) - 1:
                doc.t(", ")
        doc.t("}" + ("," if ri < len(rows) - 1 else "") + ("\n" if indent else ""))
    doc.t("]\n")


LAYOUTS = ["grid", "rst", "box", "fixed", "colmajor", "raw"]


def any_table(doc, header, rows, lay, maxw=None):
    if lay == "grid":
        ascii_grid(doc, header, rows)
    elif lay == "rst":
        rst_simple(doc, header, rows)
    elif lay == "box":
        box_table(doc, header, rows)
    elif lay == "fixed":
        fixed_wrap(doc, header, rows, maxw or [28] * len(header))
    elif lay == "colmajor":
        column_major(doc, header, rows)
    else:
        raw_joined(doc, header, rows)


def addr_cell(pers, joiner=", "):
    return P("address", joiner.join(pers.addr))


def ttl_cells(pers, style=None):
    """TTL as 'Place, date': the place is not labelled, the date is."""
    return [pers.pl.reg_short + ", ", P("birth_date", fdate(pers.dob, style))]


# ---------------------------------------------------------------- genres


def g_rdkk(doc, pl):
    """Dinas Pertanian: RDKK pupuk bersubsidi of a farmers' group (ASCII grid / fixed / rst)."""
    kop(doc, pl, "dinas", "DINAS PERTANIAN DAN PANGAN")
    grp = f"Kelompok Tani {pick(['Sri Makmur', 'Sido Rukun', 'Tunas Harapan', 'Maju Bersama', 'Subur Jaya', 'Karya Tani'])}"
    doc.t(
        f"RENCANA DEFINITIF KEBUTUHAN KELOMPOK (RDKK) PUPUK BERSUBSIDI MT I 2026/2027\n{grp}, Desa {pl.vill}, Kec. {pl.dist['name']}\n"
    )
    doc.t("ID Poktan (Simluhtan): ")
    doc.ng("registration", pl.vcode + digits(3))
    doc.t("   Kode Desa: ")
    doc.ng("region_code", pl.vcode)
    doc.t("\n\n")
    header = ["No", "Nama Petani", "NIK", "Alamat", "Luas (Ha)", "Urea (kg)", "NPK (kg)", "No. HP"]
    rows = []
    for i in range(R.randint(8, 16)):
        pe = Person(pl, 1950, 1995)
        luas = f"{R.randint(1, 19) / 10:.2f}".replace(".", ",")
        rows.append(
            [
                str(i + 1),
                pe.name,
                P("nik", fnik(pe.nik)),
                P("address", pe.addr[0]),
                N("amount", luas),
                N("amount", str(R.randint(5, 40) * 5)),
                N("amount", str(R.randint(5, 40) * 5)),
                P("phone", fphone(pe.phone)) if R.random() < 0.7 else "-",
            ]
        )
    any_table(doc, header, rows, pick(["grid", "fixed", "rst"]), [3, 22, 16, 26, 6, 6, 6, 15])
    doc.t("\nMengetahui,\n")
    closing(doc, pl, "Penyuluh Pertanian Lapangan")


def g_ternak(doc, pl):
    """Dinas Peternakan: vaccination register, PDF extracted column by column."""
    kop(doc, pl, "dinas", "DINAS PETERNAKAN DAN KESEHATAN HEWAN")
    doc.t(
        f"LAPORAN VAKSINASI PMK DAN LSD PADA SAPI\nPetugas: Puskeswan {pl.dist['name']}    Tanggal vaksinasi: "
    )
    doc.ng("event_date", fdate((2026, R.randint(1, 11), R.randint(1, 28)), 2))
    doc.t("\n\n")
    header = ["No", "Nama Pemilik", "NIK Pemilik", "Alamat", "No. HP", "Jml Sapi", "No. Eartag"]
    rows = []
    for i in range(R.randint(7, 13)):
        pe = Person(pl, 1950, 1998)
        rows.append(
            [
                str(i + 1),
                pe.name,
                P("nik", fnik(pe.nik, 0)),
                addr_cell(pe),
                P("phone", fphone(pe.phone, R.choice([0, 3, 4]))),
                str(R.randint(1, 9)),
                N("registration", f"{pl.reg['code']}{digits(9)}"),
            ]
        )
    any_table(doc, header, rows, pick(["colmajor", "colmajor", "box"]))
    doc.t("\nKeterangan: vaksin dari APBN, nomor batch ")
    doc.ng("registration", f"PMK-{digits(6)}")
    doc.t(".\n")
    closing(doc, pl, "Kepala Puskeswan")


def g_tanah(doc, pl):
    """Dinas PUPR: daftar nominatif pengadaan tanah (pdftotext -layout with wrapped cells)."""
    kop(doc, pl, "dinas", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG")
    doc.t("PENGUMUMAN\nNomor: ")
    doc.ng("letter_number", letter_no("590"))
    road = f"Jalan {pick(['Lingkar Utara', 'Poros', 'Penghubung Antar Kecamatan', 'Akses Pelabuhan'])} Ruas {pl.dist['name']}"
    doc.t(
        f"\nDaftar nominatif pemegang hak atas tanah yang terkena pengadaan tanah untuk {road}.\n"
        "Keberatan dapat diajukan dalam 14 hari kerja sejak "
    )
    doc.ng("event_date", fdate((2026, R.randint(1, 11), R.randint(1, 28)), 2))
    doc.t(".\n\n")
    header = [
        "No. Bidang",
        "Nama Pemegang Hak",
        "NIK",
        "Alamat Pemegang Hak",
        "Luas (m2)",
        "Ganti Kerugian (Rp)",
        "Rekening",
    ]
    rows = []
    for _i in range(R.randint(6, 12)):
        pe = Person(pl, 1945, 1990)
        rows.append(
            [
                N("registration", f"{R.randint(1, 300):03d}"),
                pe.name,
                P("nik", fnik(pe.nik)),
                addr_cell(pe),
                N("amount", str(R.randint(40, 2500))),
                N("amount", money(15_000_000, 2_900_000_000)),
                P("bank_account", f"{pe.bank} {pe.acct}")
                if R.random() < 0.8
                else "tunai/konsinyasi",
            ]
        )
    fixed_wrap(doc, header, rows, [6, 20, 16, 24, 6, 14, 26])
    doc.t("\nTotal ganti kerugian: Rp ")
    doc.ng("amount", digits(1) + digits(9))
    doc.t(",-\n")
    closing(doc, pl, "Ketua Pelaksana Pengadaan Tanah")


def g_haji(doc, pl):
    """Kemenag/Dinkes: jemaah haji health screening, numbered lines copied from a Word list."""
    kop(doc, pl, "dinas", "DINAS KESEHATAN")
    doc.t(
        f"DAFTAR JEMAAH CALON HAJI {pl.reg['name'].upper()} PEMERIKSAAN KESEHATAN TAHAP II\nKloter "
    )
    doc.ng(
        "registration",
        f"{pick(['BTH', 'SOC', 'UPG', 'JKS', 'KNO', 'PDG', 'SUB', 'BPN', 'LOP'])} {R.randint(1, 40):02d}",
    )
    doc.t("  Jadwal pemeriksaan: ")
    doc.ng("event_date", fdate((2026, R.randint(1, 5), R.randint(1, 28)), 2))
    doc.t("\n\n")
    for i in range(R.randint(6, 12)):
        pe = Person(pl, 1940, 1985)
        doc.t(f"{i + 1}. {pe.name.upper()} ({pe.sex}) - No. Porsi ")
        doc.ng("registration", f"{R.randint(10, 35):02d}00{digits(6)}")
        doc.t(", lahir ")
        if R.random() < 0.5:
            doc.t(pe.pl.reg_short + " ")
        doc.p("birth_date", fdate(pe.dob, pick([0, 2, 6, 9, 1])))
        doc.t(", paspor ")
        doc.p(
            "passport", pe.passport if R.random() < 0.8 else pe.passport[0] + " " + pe.passport[1:]
        )
        doc.t(",\n   alamat ")
        doc.p("address", " ".join(pe.addr) if R.random() < 0.5 else ", ".join(pe.addr))
        if R.random() < 0.7:
            doc.t(", HP ")
            doc.p("phone", fphone(pe.phone))
        doc.t(";\n")
    doc.t("\nInformasi: Posko Haji ")
    doc.ng("office_phone", landline(pl))
    doc.t(", Call Center Kemenag ")
    doc.ng("call_centre", "146")
    doc.t(".\n")
    closing(doc, pl, "Kepala Dinas Kesehatan")


def g_guru_ngaji(doc, pl):
    """Bagian Kesra: SK lampiran pasted from Excel, two-row header, address in two columns."""
    doc.t(f"LAMPIRAN KEPUTUSAN BUPATI {pl.reg_short.upper()}\nNOMOR ")
    doc.ng("letter_number", f"100.3.3.2/{R.randint(100, 999)}/HK/2026")
    doc.t("\nTANGGAL ")
    doc.ng("letter_date", fdate(today_letter(), 9))
    doc.t("\nPENERIMA INSENTIF GURU NGAJI/GURU AGAMA NON-FORMAL TAHUN 2026\n\n")
    h1 = [
        "No",
        "Nama",
        "NIK",
        "Tempat Lahir",
        "Tgl Lahir",
        "Alamat",
        "",
        "Rekening",
        "",
        "Insentif (Rp)",
    ]
    h2 = ["", "", "", "", "", "Dusun/Lingk.", "Desa/Kel.", "Bank", "Nomor", ""]
    rows = []
    for i in range(R.randint(10, 18)):
        pe = Person(place_in(pl.prov, pl.reg), 1955, 1998)
        it = doc.item()
        rows.append(
            [
                str(i + 1),
                pe.name,
                ["'", P("nik", pe.nik)] if R.random() < 0.25 else P("nik", pe.nik),
                pe.pl.dist["name"],
                P("birth_date", fdate(pe.dob, pick([0, 1, 4, 3]))),
                P("address", pe.addr[0], it),
                P("address", pe.addr[1].split(",")[0], it),
                BPD[pl.pc] if pe.bank not in ("BRI", "BNI") else pe.bank,
                P("bank_account", pe.acct),
                N("amount", money(1_200_000, 3_600_000, 100_000)),
            ]
        )
    two_row_tsv(doc, h1, h2, rows)
    doc.t("\n")
    closing(doc, pl, f"BUPATI {pl.reg_short.upper()},")


def g_ktp_ambil(doc, pl):
    """Kelurahan/Disdukcapil: KTP-el ready for pickup, two records per line, masked NIK."""
    kind = "kelurahan" if pl.kel else "desa"
    kop(doc, pl, kind)
    doc.t(
        f"PENGUMUMAN\nKTP-el warga yang sudah dicetak dan dapat diambil di kantor {'kelurahan' if pl.kel else 'desa'} "
        "pada jam kerja dengan membawa KK asli. Daftar berikut memuat NIK yang disamarkan.\n\n"
    )
    recs = []
    for _ in range(R.randint(12, 24)):
        pe = Person(pl, 1960, 2008)
        hidden = R.random()
        n = pe.nik
        if hidden < 0.75:
            k = R.choice([8, 10])
            masked = n[:6] + "*" * k + n[6 + k :] if k < 10 else n[:4] + "*" * 10 + n[14:]
            lab = N("masked_nik", masked)
        else:
            masked = n[:12] + "****" if R.random() < 0.5 else n[:6] + "XXXXXX" + n[12:]
            lab = P("nik", masked)
        recs.append((pe, lab))
    for i in range(0, len(recs), 2):
        for j, (pe, lab) in enumerate(recs[i : i + 2]):
            left = f"{i + j + 1:>2}. {pe.name:<24} "
            doc.t(left)
            doc.cell(lab)
            doc.t(f"  RT {R.randint(1, 12):02d}")
            doc.t("      " if j == 0 else "")
        doc.t("\n")
    doc.t("\nPemohon yang mendaftar lewat WA (nomor disamarkan): ")
    for _ in range(R.randint(2, 4)):
        ph = pick(PREFIXES) + digits(8)
        doc.ng(
            "masked_phone",
            ph[:4] + "-xxxx-x" + ph[-3:] if R.random() < 0.5 else ph[:4] + "****" + ph[-4:],
        )
        doc.t(", ")
    doc.t(
        "mohon cek status di kantor.\nPengambilan diwakilkan wajib membawa surat kuasa. Informasi: "
    )
    doc.ng("office_phone", fphone(pick(PREFIXES) + digits(8), 3))
    doc.t(" (WA kantor, hanya chat).\n")
    closing(doc, pl, "LURAH" if pl.kel else "KEPALA DESA", local=True)


def g_lapor(doc, pl):
    """SP4N-LAPOR! complaint tickets forwarded to a Dinas (printout)."""
    doc.t("SP4N-LAPOR! — Disposisi Laporan\n")
    for _ in range(R.randint(2, 4)):
        pe = Person(place_in(pl.prov, pl.reg), 1960, 2003)
        doc.t("-" * 64 + "\nNomor Tiket   : ")
        doc.ng("registration", f"#{digits(7)}")
        doc.t("\nTanggal       : ")
        doc.ng(
            "timestamp",
            f"{R.randint(1, 28):02d}/{R.randint(1, 11):02d}/2026 {R.randint(6, 22):02d}:{R.randint(0, 59):02d}",
        )
        doc.t(
            f"\nInstansi      : Pemerintah {pl.reg['name']} - {office_name(pl, 'dinas').title()}\n"
        )
        anon = R.random() < 0.25
        doc.t(
            "Pelapor       : " + ("Anonim (identitas dirahasiakan)\n" if anon else pe.name + "\n")
        )
        if not anon:
            doc.t("Kontak        : ")
            if R.random() < 0.5:
                doc.p("email", pe.email)
                doc.t(" / ")
            doc.p("phone", fphone(pe.phone))
            doc.t("\nAlamat Pelapor: ")
            doc.p("address", ", ".join(pe.addr))
            doc.t("\n")
        topic = pick(
            [
                "Lampu penerangan jalan di depan SD Negeri 3 mati sejak dua minggu",
                "Bantuan sosial tidak sampai ke keluarga kami padahal sudah terdaftar",
                "Jalan berlubang di ruas menuju pasar kecamatan membahayakan pengendara",
                "Sampah menumpuk di TPS dekat puskesmas dan tidak diangkut",
                "Permohonan akta kelahiran anak belum selesai lebih dari sebulan",
            ]
        )
        doc.t(f"Isi Laporan   : {topic}.")
        if not anon and R.random() < 0.5:
            doc.t(" Mohon hubungi saya di ")
            doc.p("phone", fphone(pe.phone, 3))
            doc.t(" atau datang ke rumah saya di ")
            doc.p("address", pe.addr[0])
            doc.t(".")
        if R.random() < 0.4:
            doc.t(" NIK saya ")
            doc.p("nik", fnik(pe.nik))
            doc.t(" dan KK ")
            doc.p("kk", pe.kk)
            doc.t(".")
        doc.t("\nTindak lanjut : diteruskan ke bidang terkait, batas waktu ")
        doc.ng("event_date", fdate((2026, R.randint(1, 11), R.randint(1, 28)), 0))
        doc.t("\n")
    doc.t("-" * 64 + "\nAdmin LAPOR! daerah: ")
    doc.ng("office_email", f"lapor@{pl.slug}{'kota' if pl.kota else 'kab'}.go.id")
    doc.t(" | Layanan aspirasi ")
    doc.ng("call_centre", "1708")
    doc.t("\n")


def g_telegram(doc, pl):
    """Kelurahan Telegram group export (Telegram Desktop, text)."""
    doc.t(
        f'Grup Telegram "Info Warga {"Kel." if pl.kel else "Desa"} {pl.vill}" — ekspor obrolan\n\n'
    )
    admin = f"Admin {'Kelurahan' if pl.kel else 'Desa'} {pl.vill}"
    people = [Person(pl, 1960, 2004) for _ in range(5)]
    mon = R.randint(1, 11)
    nmsg = R.randint(9, 16)
    stamps = sorted((R.randint(1, 28), R.randint(6, 22), R.randint(0, 59)) for _ in range(nmsg))
    for k in range(nmsg):
        pe = pick(people)
        dd, hh, mi = stamps[k]
        ts = f"{dd:02d}.{mon:02d}.26 {hh:02d}:{mi:02d}"
        if R.random() < 0.3:
            doc.t(f"{admin}, [")
            doc.ng("timestamp", ts)
            doc.t("]\n")
            s = R.randrange(3)
            if s == 0:
                doc.t("Pelayanan surat pengantar hari Sabtu tutup. Darurat hubungi ")
                doc.ng("call_centre", pick(["112", "110", "113"]))
                doc.t(" atau WA kantor ")
                doc.ng("office_phone", fphone(pick(PREFIXES) + digits(8), 3))
            elif s == 1:
                doc.t("Jadwal posyandu lansia ")
                doc.ng("event_date", fdate((2026, R.randint(1, 11), R.randint(1, 28)), 2))
                doc.t(" di balai warga.")
            else:
                doc.t("Yang belum kumpul fotokopi KK untuk pendataan, kirim ke email kantor ")
                doc.ng(
                    "office_email",
                    f"kel{pl.vill.lower().replace(' ', '')}@gmail.com"
                    if R.random() < 0.5
                    else f"ppid@{pl.slug}{'kota' if pl.kota else 'kab'}.go.id",
                )
            doc.t("\n\n")
            continue
        doc.t(f"{pe.name}, [")
        doc.ng("timestamp", ts)
        doc.t("]\n")
        s = R.randrange(6)
        if s == 0:
            doc.t("Pak admin, ini data saya untuk bansos ya. NIK ")
            doc.p("nik", fnik(pe.nik))
            doc.t(" KK ")
            doc.p("kk", pe.kk)
        elif s == 1:
            doc.t("Ada yang jual gas melon? antar ke ")
            doc.p("address", pe.addr[0])
            doc.t(" wa aja ")
            doc.p("phone", fphone(pe.phone))
        elif s == 2:
            doc.t("Anak saya lahir ")
            doc.p("birth_date", fdate(make_dob(2024, 2026), 2))
            doc.t(" belum dapat akta, alamat ")
            doc.p("address", ", ".join(pe.addr))
        elif s == 3:
            doc.t("Lapor ada pohon tumbang di jalan utama, sudah hubungi 112 belum ya")
        elif s == 4:
            doc.t("Kirim undangan ke email saya saja ")
            doc.p("email", pe.email)
        else:
            doc.t("Kak mohon bantuannya, ibu saya ")
            doc.t(pick(NAMES[pl.eth][1]) + " ")
            doc.t("lahir ")
            doc.p("birth_date", fdate(make_dob(1940, 1960), pick([0, 2, 1])))
            doc.t(" sakit, nomor KIS-nya ")
            doc.p("bpjs", fbpjs(pe.bpjs))
        doc.t("\n\n")


def g_email(doc, pl):
    """PPID request received by e-mail, printed with the quoted thread."""
    pe = Person(place_in(pl.prov), 1970, 2002)
    office = f"ppid@{pl.slug}{'kota' if pl.kota else 'kab'}.go.id"
    d1 = (2026, R.randint(1, 10), R.randint(1, 27))
    doc.t("Dari: " + pe.name + " <")
    doc.p("email", pe.email)
    doc.t(">\nKepada: ")
    doc.ng("office_email", office)
    doc.t("\nTanggal: ")
    doc.ng("timestamp", f"{fdate(d1, 2)} {R.randint(7, 21):02d}.{R.randint(0, 59):02d}")
    doc.t(
        "\nPerihal: Permohonan informasi data "
        + pick(
            [
                "penerima BLT Dana Desa",
                "anggaran jalan desa",
                "realisasi DAK fisik",
                "izin tambang galian C",
            ]
        )
        + "\n\n"
    )
    doc.t(
        "Yth. PPID,\n\nSaya yang bertanda tangan di bawah ini:\nNama     : "
        + pe.name
        + "\nNIK      : "
    )
    doc.p("nik", fnik(pe.nik))
    doc.t("\nAlamat   : ")
    doc.p("address", " ".join(pe.addr))
    doc.t("\nHP/WA    : ")
    doc.p("phone", fphone(pe.phone))
    doc.t(
        "\nmengajukan permohonan salinan dokumen tersebut untuk keperluan penelitian.\n\nHormat saya,\n"
        + pe.name
        + "\n\n"
    )
    doc.t("----- Balasan -----\nDari: PPID " + pl.reg["name"] + " <")
    doc.ng("office_email", office)
    doc.t(">\nYth. Sdr. " + pe.name + ", permohonan Saudara kami catat dengan nomor registrasi ")
    doc.ng("registration", f"{R.randint(1, 300):03d}/PPID/{pick(ROMAN)}/2026")
    doc.t(". Informasi dapat diambil atau kami kirimkan paling lambat ")
    doc.ng("event_date", fdate((2026, R.randint(1, 11), R.randint(1, 28)), 2))
    doc.t(". Hubungi ")
    doc.ng("office_phone", landline(pl))
    doc.t(" pada jam kerja.\n\nPada ")
    doc.ng("timestamp", f"{fdate(d1, 2)} pukul {R.randint(7, 21):02d}.{R.randint(0, 59):02d}")
    doc.t(", " + pe.name + " <")
    doc.p("email", pe.email)
    doc.t("> menulis:\n> Saya yang bertanda tangan di bawah ini ... HP/WA ")
    doc.p("phone", fphone(pe.phone))
    doc.t("\n")


def g_sk_rt(doc, pl):
    """Kelurahan: SK Lurah pengurus RT/RW, lampiran as a reStructuredText-like simple table."""
    kop(doc, pl, "kelurahan" if pl.kel else "desa")
    doc.t(
        "LAMPIRAN KEPUTUSAN "
        + ("LURAH" if pl.kel else "KEPALA DESA")
        + f" {pl.vill.upper()}\nNOMOR: "
    )
    doc.ng("letter_number", letter_no("100.3.3"))
    doc.t("\nSUSUNAN PENGURUS RUKUN TETANGGA DAN RUKUN WARGA MASA BAKTI 2026-2031\n\n")
    header = ["No", "Jabatan", "Nama", "Tempat, Tgl Lahir", "Alamat", "No. HP"]
    rows = []
    for i in range(R.randint(8, 14)):
        pe = Person(pl, 1955, 1995)
        ttl = pe.pl.reg_short + ", "
        it = doc.item()
        dob = fdate(pe.dob, pick([0, 2, 8, 5]))
        rows.append(
            [
                str(i + 1),
                pick(["Ketua RT " + rt(), "Ketua RW " + rt(), "Sekretaris RT", "Bendahara RW"]),
                pe.name,
                P("birth_date", ttl + dob, it),
                P("address", pe.addr[0]),
                P("phone", fphone(pe.phone)) if R.random() < 0.8 else "-",
            ]
        )
    # TTL cells: the date alone is the birth date; relabel inside the cell after writing
    start_spans = len(doc.spans)
    any_table(doc, header, rows, pick(["rst", "grid", "box"]))
    text = "".join(doc.parts)
    for s in doc.spans[start_spans:]:
        if s["kind"] == "birth_date":
            cell = text[s["start"] : s["end"]]
            comma = cell.index(", ") + 2
            s["start"] += comma
    closing(doc, pl, "LURAH" if pl.kel else "KEPALA DESA", local=True)


def g_kebakaran(doc, pl):
    """News on a Damkar/BPBD site: house fire, victims' address in prose."""
    pe = Person(pl, 1950, 1990)
    d = (2026, R.randint(1, 11), R.randint(1, 28))
    doc.t(f"Damkar {pl.reg_short} Padamkan Kebakaran Rumah Warga di {pl.vill}\n\n")
    doc.t(
        f"{pl.reg_short.upper()} — Tim Pemadam Kebakaran {pl.reg['name']} berhasil memadamkan api yang membakar rumah milik {pe.name} ({2026 - pe.dob[0]}) di "
    )
    doc.p("address", ", ".join(pe.addr))
    doc.t(", pada ")
    doc.ng(
        "event_date",
        f"{pick(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'])} ({fdate(d, 2)})",
    )
    doc.t(
        f" sekitar pukul {R.randint(1, 23):02d}.{R.randint(0, 59):02d} {tz(pl)}. Kerugian ditaksir mencapai Rp "
    )
    doc.ng("amount", money(30_000_000, 450_000_000, 1_000_000))
    doc.t(".\n\n")
    nb = Person(pl, 1960, 2000)
    doc.t(f"Menurut tetangga korban, {nb.name}, yang tinggal di ")
    doc.p("address", nb.addr[0])
    doc.t(
        ", api diduga berasal dari korsleting listrik. Warga yang ingin menyalurkan bantuan dapat menghubungi keluarga korban di "
    )
    doc.p("phone", fphone(pe.phone))
    if R.random() < 0.6:
        doc.t(" atau transfer ke rekening ")
        doc.p("bank_account", f"{pe.bank} {pe.acct}")
        doc.t(" a.n. " + pe.name)
    doc.t(".\n\nKepala Dinas Damkar mengimbau masyarakat segera melapor ke nomor darurat ")
    doc.ng("call_centre", "113")
    doc.t(" atau ")
    doc.ng("office_phone", landline(pl))
    doc.t(" bila terjadi kebakaran. Posko siaga berada di ")
    doc.ng(
        "office_address",
        f"Jl. {pick(['Pemuda', 'Veteran', 'Bhayangkara'])} No. {R.randint(1, 80)}, {pl.dist['name']}",
    )
    doc.t(".\n")


def g_domisili(doc, pl):
    """Kelurahan: surat keterangan domisili, dotted-leader form, address wrapped."""
    kind = "kelurahan" if pl.kel else "desa"
    kop(doc, pl, kind)
    doc.t("SURAT KETERANGAN DOMISILI\nNomor: ")
    doc.ng("letter_number", letter_no("470"))
    doc.t(
        "\n\nYang bertanda tangan di bawah ini "
        + ("Lurah" if pl.kel else "Kepala Desa")
        + f" {pl.vill}, Kecamatan {pl.dist['name']}, "
        f"{pl.reg['name']}, menerangkan bahwa:\n\n"
    )
    pe = Person(pl, 1950, 2004)
    lead = lambda k: k + " " + "." * (28 - len(k)) + " : "  # noqa: E731
    doc.t(lead("Nama Lengkap") + pe.name.upper() + "\n")
    doc.t(lead("Tempat/Tgl. Lahir") + pe.pl.reg_short + ", ")
    doc.p("birth_date", fdate(pe.dob, pick([0, 2, 9, 5, 1])))
    doc.t("\n" + lead("Jenis Kelamin") + ("Laki-laki" if pe.sex == "L" else "Perempuan") + "\n")
    doc.t(lead("NIK") + " ")
    doc.p("nik", fnik(pe.nik, pick([0, 10, 0])))
    doc.t("\n" + lead("No. KK"))
    doc.p("kk", pe.kk)
    doc.t(
        "\n"
        + lead("Pekerjaan")
        + pick(
            [
                "Petani",
                "Wiraswasta",
                "Buruh Harian Lepas",
                "Mengurus Rumah Tangga",
                "Nelayan",
                "Pedagang",
            ]
        )
        + "\n"
    )
    doc.t(lead("Alamat"))
    it = doc.item()
    doc.p("address", pe.addr[0], it)
    doc.t("\n" + " " * 31)
    doc.p("address", pe.addr[1], it)
    doc.t(
        f"\n\nadalah benar warga yang berdomisili di alamat tersebut di atas. Surat keterangan ini dibuat untuk keperluan "
        f"{pick(['pembukaan rekening bank', 'pendaftaran sekolah anak', 'persyaratan melamar kerja', 'pengurusan BPJS'])} "
        "dan berlaku 3 (tiga) bulan sejak tanggal dikeluarkan.\n"
    )
    closing(
        doc,
        pl,
        "LURAH " + pl.vill.upper() if pl.kel else "KEPALA DESA " + pl.vill.upper(),
        local=True,
    )


def g_wajib_lapor(doc, pl):
    """Disnaker: company register (wajib lapor ketenagakerjaan), all company data."""
    kop(doc, pl, "dinas", "DINAS TENAGA KERJA")
    doc.t("REKAPITULASI WAJIB LAPOR KETENAGAKERJAAN DI PERUSAHAAN (WLKP) SEMESTER II 2026\n\n")
    header = [
        "No",
        "Nama Perusahaan",
        "NIB",
        "NPWP Badan",
        "Alamat Perusahaan",
        "Telepon",
        "Email",
        "TK L/P",
    ]
    rows = []
    for i in range(R.randint(6, 11)):
        co = pick(COMPANIES)
        dom = co.split(" ", 1)[1].lower().replace(" ", "")[:14]
        rows.append(
            [
                str(i + 1),
                co,
                N("permit", digits(13)),
                N("company_npwp", fnpwp_full(npwp15(f"0{R.randint(1, 3)}"))),
                N("company_address", f"{pick(STREETS)} Km {R.randint(1, 25)}, {pl.dist['name']}"),
                N("company_phone", landline(pl)),
                N("company_email", f"hrd@{dom}.co.id"),
                f"{R.randint(3, 300)}/{R.randint(1, 200)}",
            ]
        )
    any_table(
        doc, header, rows, pick(["grid", "fixed", "box", "raw"]), [3, 26, 13, 20, 26, 14, 24, 8]
    )
    doc.t("\nPengaduan ketenagakerjaan: ")
    doc.ng("call_centre", "1500-630")
    doc.t("\n")
    closing(doc, pl, "Kepala Dinas Tenaga Kerja")


def g_bku(doc, pl):
    """Desa: Buku Kas Umum page (dates, kode rekening, amounts) with honor transfers to persons."""
    kop(doc, pl, "desa")
    doc.t(f"BUKU KAS UMUM DESA {pl.vill.upper()} TAHUN ANGGARAN 2026\nRekening Kas Desa: ")
    doc.ng("office_account", f"{BPD[pl.pc]} {digits(3)}.{digits(2)}.{digits(6)}-{digits(1)}")
    doc.t("\n\n")
    header = ["Tanggal", "Kode Rekening", "Uraian", "Penerimaan", "Pengeluaran", "Saldo"]
    rows = []
    saldo = R.randint(50_000_000, 900_000_000)
    days = sorted((2026, R.randint(1, 11), R.randint(1, 28)) for _ in range(R.randint(9, 16)))
    for d in days:
        kr = f"{R.randint(1, 5)}.{R.randint(1, 4)}.{R.randint(1, 9)}.{R.randint(1, 12):02d}"
        if R.random() < 0.45:
            pe = Person(pl, 1960, 2000)
            pay = R.randint(300_000, 3_500_000)
            saldo -= pay
            uraian = [
                f"Honor {pick(['TPK', 'kader posyandu', 'linmas', 'guru PAUD', 'operator SID'])} a.n. {pe.name} tf ke ",
                P("bank_account", f"{pe.bank} {pe.acct}"),
            ]
            rows.append(
                [
                    N("event_date", fdate(d, 0)),
                    N("account_code", kr),
                    uraian,
                    "",
                    N("amount", f"{pay:,}".replace(",", ".")),
                    N("amount", f"{saldo:,}".replace(",", ".")),
                ]
            )
        else:
            inc = R.random() < 0.3
            v = R.randint(1_000_000, 250_000_000)
            saldo += v if inc else -v
            ur = pick(
                [
                    "Penerimaan Dana Desa tahap II",
                    "Belanja material rabat beton",
                    "Pajak PPh 22",
                    "Belanja ATK",
                    "Penerimaan ADD",
                    "BLT-DD bulan ini",
                ]
            )
            rows.append(
                [
                    N("event_date", fdate(d, 0)),
                    N("account_code", kr),
                    ur,
                    N("amount", f"{v:,}".replace(",", ".")) if inc else "",
                    "" if inc else N("amount", f"{v:,}".replace(",", ".")),
                    N("amount", f"{saldo:,}".replace(",", ".")),
                ]
            )
    # uraian cells with a person's account: write by hand in a pipe-less tab layout
    for h in header:
        doc.t(h + ("\t" if h != header[-1] else "\n"))
    for row in rows:
        for i, c in enumerate(row):
            if isinstance(c, list):
                for x in c:
                    doc.cell(x)
            else:
                doc.cell(c)
            doc.t("\t" if i < len(row) - 1 else "\n")
    closing(doc, pl, "Kaur Keuangan", local=True)


def g_sosmed(doc, pl):
    """Facebook page comments exported by the Diskominfo social-media admin."""
    office = f"Diskominfo {pl.reg_short}"
    doc.t(
        f'Ekspor komentar unggahan halaman Facebook "{office}" — pengumuman pendaftaran bantuan modal usaha\n\n'
    )
    for _ in range(R.randint(6, 11)):
        pe = Person(place_in(pl.prov, pl.reg), 1965, 2005)
        doc.t(pe.name + "\n")
        s = R.randrange(5)
        if s == 0:
            doc.t("Min saya sudah daftar tapi belum ada kabar. wa saya ")
            doc.p("phone", fphone(pe.phone, pick([0, 4, 6])))
        elif s == 1:
            doc.t("Tolong dicek min, rumah saya di ")
            doc.p("address", pe.addr[0] + " " + pe.addr[1].split(",")[0])
            doc.t(" belum didata")
        elif s == 2:
            doc.t("NIK saya ")
            doc.p("nik", fnik(pe.nik, pick([0, 10])))
            doc.t(" kok ditolak ya")
        elif s == 3:
            doc.t("Bisa daftar lewat email? saya kirim ke ")
            doc.ng("office_email", f"diskominfo@{pl.slug}{'kota' if pl.kota else 'kab'}.go.id")
            doc.t(" ya, balas ke ")
            doc.p("email", pe.email)
        else:
            doc.t("Semoga tepat sasaran 🙏")
        doc.t(f"\n{R.randint(1, 23)} j · Suka · Balas\n")
        if R.random() < 0.35:
            doc.t(f"   {office}\n   Silakan hubungi WA layanan ")
            doc.ng("office_phone", fphone(pick(PREFIXES) + digits(8), 3))
            doc.t(" atau call center ")
            doc.ng("call_centre", pick(CALL))
            doc.t(", jangan tulis data pribadi di kolom komentar ya.\n")
        doc.t("\n")


def g_transposed(doc, pl):
    """Desa: verification sheet of candidates side by side (transposed table)."""
    kop(doc, pl, "desa" if not pl.kel else "kelurahan")
    doc.t("BERITA ACARA VERIFIKASI CALON PENERIMA BANTUAN MODAL USAHA MIKRO\nTanggal verifikasi: ")
    doc.ng("event_date", fdate((2026, R.randint(1, 11), R.randint(1, 28)), 2))
    doc.t("\n\n")
    fields = [
        "Nama",
        "NIK",
        "No. KK",
        "Tempat Lahir",
        "Tanggal Lahir",
        "Alamat",
        "No. HP",
        "Jenis Usaha",
        "NIB Usaha",
    ]
    cols = []
    for _ in range(R.randint(3, 5)):
        pe = Person(pl, 1960, 2002)
        cols.append(
            [
                pe.name,
                P("nik", pe.nik),
                P("kk", pe.kk),
                pe.pl.reg_short,
                P("birth_date", fdate(pe.dob, pick([0, 2, 1]))),
                addr_cell(pe),
                P("phone", fphone(pe.phone, pick([0, 3]))),
                pick(["Warung sembako", "Jahit", "Bengkel motor", "Kue basah", "Ternak ayam"]),
                N("permit", digits(13)),
            ]
        )
    transposed(doc, fields, cols, "\t" if R.random() < 0.6 else " | ")
    doc.t("\nTim verifikasi menyatakan calon di atas memenuhi syarat.\n")
    closing(doc, pl, "Ketua Tim Verifikasi", local=True)


def g_imunisasi(doc, pl):
    """Puskesmas: school immunisation (BIAS/HPV) list from the app, box-drawing printout."""
    kop(doc, pl, "dinas", "DINAS KESEHATAN")
    school = f"SD Negeri {R.randint(1, 12)} {pl.vill}"
    doc.t(f"DAFTAR SASARAN BULAN IMUNISASI ANAK SEKOLAH (BIAS) — {school}\nNPSN: ")
    doc.ng("registration", f"{R.randint(10, 69)}{digits(6)}")
    doc.t("   Pelaksanaan: ")
    doc.ng("event_date", fdate((2026, R.randint(8, 11), R.randint(1, 28)), 0))
    doc.t("\n\n")
    header = [
        "No",
        "Nama Siswa",
        "L/P",
        "Tgl Lahir",
        "NIK Anak",
        "Nama Orang Tua",
        "HP Orang Tua",
        "Alamat",
    ]
    rows = []
    for i in range(R.randint(8, 14)):
        ch = Person(pl, 2014, 2019)
        par = Person(pl, 1978, 1994)
        rows.append(
            [
                str(i + 1),
                ch.name,
                ch.sex,
                P("birth_date", fdate(ch.dob, pick([0, 1, 4, 3]))),
                P("nik", ch.nik),
                par.name,
                P("phone", fphone(par.phone, pick([0, 3, 6]))),
                P("address", par.addr[0]),
            ]
        )
    any_table(doc, header, rows, pick(["box", "box", "grid"]))
    closing(doc, pl, "Kepala Puskesmas")


def g_json(doc, pl):
    """Satu Data portal: a dataset dumped as JSON (an API response pasted in a page)."""
    doc.t(
        f"GET https://satudata.{pl.slug}{'kota' if pl.kota else 'kab'}.go.id/api/dataset/penerima-bantuan-ternak?tahun=2026\n"
    )
    doc.t("HTTP 200 — diunduh ")
    doc.ng(
        "timestamp",
        f"2026-{R.randint(1, 11):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}+07:00",
    )
    doc.t("\n\n")
    keys = ["no", "nama", "nik", "tgl_lahir", "alamat", "desa", "no_hp", "jenis_bantuan", "nilai"]
    rows = []
    for i in range(R.randint(6, 12)):
        pe = Person(place_in(pl.prov, pl.reg), 1955, 2000)
        it = doc.item()
        rows.append(
            [
                str(i + 1),
                pe.name,
                P("nik", pe.nik),
                P("birth_date", fdate(pe.dob, 4)),
                P("address", pe.addr[0], it),
                P(
                    "address",
                    pe.addr[1].split(",")[0].replace("Desa ", "").replace("Kel. ", ""),
                    it,
                ),
                P("phone", pick([pe.phone, "62" + pe.phone[1:], pe.phone[1:]])),
                pick(["kambing", "sapi", "ayam KUB", "itik"]),
                N("amount", str(R.randint(2, 30) * 500000)),
            ]
        )
    json_rows(doc, keys, rows, R.random() < 0.5)


def g_waris(doc, pl):
    """Kelurahan: surat keterangan ahli waris, heirs in prose with birth dates in words."""
    kind = "kelurahan" if pl.kel else "desa"
    kop(doc, pl, kind)
    doc.t("SURAT KETERANGAN AHLI WARIS\nNomor: ")
    doc.ng("letter_number", letter_no("474.3"))
    dec = Person(pl, 1930, 1960)
    doc.t(f"\n\nBahwa almarhum {dec.name}, semasa hidup bertempat tinggal di ")
    doc.p("address", ", ".join(dec.addr))
    doc.t(", telah meninggal dunia pada ")
    doc.ng("event_date", fdate((R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)), 2))
    doc.t(", dan meninggalkan ahli waris sebagai berikut:\n\n")
    for j in range(R.randint(2, 5)):
        h = Person(pl, 1960, 1995)
        doc.t(f"{'abcde'[j]}. {h.name}, lahir di {h.pl.reg_short} tanggal ")
        y, m, d = h.dob
        if R.random() < 0.4:
            words = f"{ANGKA[d] if d < 20 else ('dua puluh ' + ANGKA[d - 20] if d > 20 else 'dua puluh') if d < 30 else 'tiga puluh'} {BULAN[m - 1]} seribu sembilan ratus {ANGKA[(y - 1900) // 10]} puluh {ANGKA[y % 10]}"
            words = words.replace("satu puluh", "sepuluh").replace(" nol", "")
            doc.p("birth_date", words.replace("  ", " ").strip())
        else:
            doc.p("birth_date", fdate(h.dob, pick([2, 0, 9])))
        doc.t(", NIK ")
        doc.p("nik", fnik(h.nik))
        doc.t(", " + pick(["anak kandung", "istri", "suami", "anak kandung"]) + ", alamat ")
        if R.random() < 0.5:
            doc.t("sama dengan pewaris")
        else:
            doc.p("address", " ".join(h.addr))
        doc.t(";\n")
    doc.t(
        "\nDemikian surat keterangan ini dibuat berdasarkan pernyataan para ahli waris yang diketahui dua orang saksi.\n"
    )
    closing(doc, pl, "LURAH" if pl.kel else "KEPALA DESA", local=True)


def g_pbg(doc, pl):
    """DPMPTSP: building-approval (PBG) register copied from a PDF (cells joined by spaces)."""
    kop(doc, pl, "dinas", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU")
    doc.t("REKAP PERSETUJUAN BANGUNAN GEDUNG (PBG) RUMAH TINGGAL TERBIT BULAN INI\n\n")
    header = [
        "No",
        "Nomor PBG",
        "Nama Pemohon",
        "Alamat Pemohon",
        "No. HP",
        "Luas Bangunan",
        "Retribusi (Rp)",
    ]
    rows = []
    for i in range(R.randint(7, 14)):
        pe = Person(place_in(pl.prov, pl.reg), 1960, 1998)
        rows.append(
            [
                str(i + 1),
                N(
                    "permit",
                    f"SK-PBG-{pe.pl.dist['code']}-{R.randint(1, 28):02d}{R.randint(1, 11):02d}2026-{R.randint(1, 99):02d}",
                ),
                pe.name,
                P("address", " ".join(pe.addr)),
                P("phone", fphone(pe.phone, pick([0, 0, 3, 6]))),
                f"{R.randint(36, 240)} m2",
                N("amount", money(400_000, 9_000_000)),
            ]
        )
    raw_joined(doc, header, rows)
    doc.t("\nPerusahaan pengembang: " + pick(COMPANIES) + ", ")
    doc.ng("company_address", f"{pick(PERUM)} Kav. {R.randint(1, 20)}, {pl.dist['name']}")
    doc.t(", telp ")
    doc.ng("company_phone", landline(pl))
    doc.t("\n")
    closing(doc, pl, "Kepala DPMPTSP")


def g_sppd(doc, pl):
    """Surat perintah tugas with officials' NIP (all public when in office) and dates."""
    kop(doc, pl, "dinas")
    doc.t("SURAT PERINTAH TUGAS\nNomor: ")
    doc.ng("letter_number", letter_no("800.1.11.1"))
    doc.t("\n\nDasar: DPA Tahun Anggaran 2026 kode rekening ")
    doc.ng("account_code", f"5.1.02.04.01.{R.randint(1, 9):04d}")
    doc.t("\n\nMEMERINTAHKAN:\n")
    for j in range(R.randint(3, 6)):
        off = Person(pl, 1966, 1995)
        doc.t(f"{j + 1}. Nama    : {off.name}\n   NIP     : ")
        doc.ng("nip_official", nip())
        doc.t(
            f"\n   Pangkat : {pick(['Penata Muda / III-a', 'Penata / III-c', 'Pembina / IV-a', 'Pengatur / II-c'])}\n"
        )
        doc.t(
            f"   Jabatan : {pick(['Analis Kebijakan', 'Pengelola Data', 'Penyuluh', 'Kepala Seksi', 'Pengadministrasi Umum'])}\n"
        )
    doc.t(
        "\nUntuk: melaksanakan monitoring penyaluran bantuan di Kecamatan "
        + pl.dist["name"]
        + " pada "
    )
    d = (2026, R.randint(1, 11), R.randint(1, 25))
    doc.ng("event_date", fdate(d, 2))
    doc.t(" s.d. ")
    doc.ng("event_date", fdate((2026, d[1], d[2] + 2), 2))
    doc.t(". Uang harian Rp ")
    doc.ng("amount", money(150_000, 600_000))
    doc.t(" per orang per hari.\n")
    closing(doc, pl, "Kepala Dinas")


def g_bpu(doc, pl):
    """Disnaker: bantuan iuran BPJS Ketenagakerjaan for vulnerable workers (KPJ), fixed width or grid."""
    kop(doc, pl, "dinas", "DINAS TENAGA KERJA")
    doc.t(
        "DAFTAR PESERTA BANTUAN IURAN JAMINAN SOSIAL KETENAGAKERJAAN BAGI PEKERJA RENTAN\n"
        "(Bukan Penerima Upah: petani, nelayan, marbot, ojek, buruh harian) APBD 2026\n\n"
    )
    header = [
        "No",
        "Nama Peserta",
        "NIK",
        "No. KPJ",
        "Tgl. Lahir",
        "Pekerjaan",
        "No. HP",
        "Iuran/bln",
    ]
    rows = []
    for i in range(R.randint(8, 15)):
        pe = Person(place_in(pl.prov, pl.reg), 1962, 2003)
        kpj = digits(11)
        rows.append(
            [
                str(i + 1),
                pe.name,
                P("nik", fnik(pe.nik, pick([0, 0, 10]))),
                P("bpjs", kpj),
                P("birth_date", fdate(pe.dob, pick([0, 1, 5, 2]))),
                pick(["Petani", "Nelayan", "Marbot", "Ojek", "Buruh harian"]),
                P("phone", fphone(pe.phone)) if R.random() < 0.75 else "",
                N("amount", "16.800"),
            ]
        )
    any_table(doc, header, rows, pick(["fixed", "grid", "rst"]), [3, 22, 19, 13, 17, 12, 19, 9])
    doc.t("\nKantor Cabang BPJS Ketenagakerjaan: ")
    doc.ng(
        "office_address",
        f"Jl. {pick(['Ahmad Yani', 'Diponegoro', 'Sudirman'])} No. {R.randint(1, 90)}, {pl.reg_short}",
    )
    doc.t(", layanan ")
    doc.ng("call_centre", "175")
    doc.t("\n")
    closing(doc, pl, "Kepala Dinas Tenaga Kerja")


def g_honor(doc, pl):
    """Daftar nominatif honorarium narasumber/tenaga ahli non-ASN: record cards with NPWP, account, e-mail."""
    kop(doc, pl, "dinas")
    doc.t(
        "DAFTAR NOMINATIF PEMBAYARAN HONORARIUM TENAGA AHLI DAN NARASUMBER NON-ASN\nKegiatan: "
        + pick(
            [
                "Penyusunan Profil Desa",
                "Bimtek Keterbukaan Informasi",
                "Pendampingan UMKM",
                "Kajian Sanitasi",
            ]
        )
        + "   Kode rekening: "
    )
    doc.ng("account_code", f"5.1.02.02.01.{R.randint(3, 80):04d}")
    doc.t("\n\n")
    for i in range(R.randint(4, 8)):
        pe = Person(place_in(pl.prov), 1965, 1998)
        bruto = R.randint(6, 40) * 250_000
        doc.t(
            f"[{i + 1}] {pe.name}, {pick(['S.E.', 'S.T.', 'M.Si.', 'S.Sos.', 'S.H.', 'M.Pd.'])}\n"
        )
        doc.t("    NIK / NPWP   : ")
        doc.p("nik", pe.nik)
        doc.t(" / ")
        r = R.random()
        if r < 0.55:
            doc.p("npwp", fnpwp(pe.npwp))
        elif r < 0.7:
            doc.p("npwp", pe.nik)
            doc.t(" (NIK sebagai NPWP)")
        elif r < 0.8:
            doc.p("npwp", pe.nik + "000000")
            doc.t(" (NITKU)")
        else:
            doc.t("tidak memiliki NPWP")
        doc.t("\n    Alamat       : ")
        doc.p("address", ", ".join(pe.addr) + ", " + pe.pl.reg["name"])
        doc.t("\n    Rekening     : " + pe.bank + " ")
        doc.p("bank_account", pe.acct)
        doc.t("\n    Kontak       : ")
        doc.p("email", pe.email)
        if R.random() < 0.6:
            doc.t(", ")
            doc.p("phone", fphone(pe.phone))
        pph = bruto * (5 if r < 0.8 else 6) // 100
        doc.t("\n    Bruto/PPh/Netto: Rp ")
        doc.ng("amount", f"{bruto:,}".replace(",", "."))
        doc.t(" / Rp ")
        doc.ng("amount", f"{pph:,}".replace(",", "."))
        doc.t(" / Rp ")
        doc.ng("amount", f"{bruto - pph:,}".replace(",", "."))
        doc.t("\n\n")
    doc.t("Bendahara Pengeluaran: rekening ")
    doc.ng("office_account", f"{BPD[pl.pc]} {digits(3)}.{digits(2)}.{digits(5)}")
    doc.t(" a.n. RKUD " + pl.reg["name"] + "\n")
    closing(doc, pl, "Pejabat Pelaksana Teknis Kegiatan")


def g_kks(doc, pl):
    """Berita acara distribusi kartu KKS/Kartu Sembako: Word lampiran with semicolon-separated lines."""
    kop(doc, pl, "desa")
    doc.t("BERITA ACARA SERAH TERIMA KARTU KELUARGA SEJAHTERA (KKS)\nNomor: ")
    doc.ng("letter_number", letter_no("400.9.5"))
    doc.t(
        "\n\nPada hari ini telah diserahkan kartu KKS kepada Keluarga Penerima Manfaat (KPM) berikut, "
        "disaksikan pendamping sosial dan petugas bank penyalur:\n\n"
    )
    for i in range(R.randint(8, 15)):
        pe = Person(pl, 1955, 1995)
        kks = pe.kks
        kf = f"{kks[:4]} {kks[4:8]} {kks[8:12]} {kks[12:]}" if R.random() < 0.6 else kks
        doc.t(f"{i + 1}) {pe.name}; NIK ")
        doc.p("nik", pe.nik)
        doc.t("; No. KK ")
        doc.p("kk", pe.kk)
        doc.t("; KKS ")
        doc.p("kks", kf)
        doc.t("; ")
        doc.p("address", pe.addr[0])
        doc.t(";\n")
    doc.t(
        "\nBank penyalur: "
        + pick(["BRI Unit ", "BNI KCP ", "Bank Mandiri KCP "])
        + pl.dist["name"]
        + ", telp "
    )
    doc.ng("office_phone", landline(pl))
    doc.t("; pengaduan Kemensos ")
    doc.ng("call_centre", "171")
    doc.t("\n")
    closing(doc, pl, "KEPALA DESA", local=True)


def g_dip(doc, pl):
    """PPID: Daftar Informasi Publik page (no personal data: regulations, dates, numbers, contacts)."""
    kop(doc, pl, "dinas")
    doc.t("DAFTAR INFORMASI PUBLIK (DIP) TAHUN 2026\nDitetapkan dengan Keputusan PPID Nomor ")
    doc.ng("letter_number", letter_no("000.5.10"))
    doc.t(" tanggal ")
    doc.ng("letter_date", fdate(today_letter(), 2))
    doc.t("\n\n")
    header = ["No", "Ringkasan Informasi", "Dasar / Nomor", "Tanggal", "Nilai (Rp)", "Jenis"]
    rows = []
    for i in range(R.randint(8, 14)):
        k = R.randrange(4)
        if k == 0:
            rows.append(
                [
                    str(i + 1),
                    "Peraturan Daerah tentang APBD",
                    N(
                        "regulation",
                        f"Perda Nomor {R.randint(1, 20)} Tahun {R.randint(2019, 2026)}",
                    ),
                    N("letter_date", fdate(today_letter(), 0)),
                    N(
                        "amount",
                        digits(1)
                        + "."
                        + digits(3)
                        + "."
                        + digits(3)
                        + "."
                        + digits(3)
                        + "."
                        + digits(3),
                    ),
                    "Berkala",
                ]
            )
        elif k == 1:
            rows.append(
                [
                    str(i + 1),
                    "Kontrak pekerjaan "
                    + pick(["rehabilitasi gedung", "jalan usaha tani", "drainase"]),
                    N("permit", f"RUP {digits(8)}"),
                    N("event_date", fdate(today_letter(), 1)),
                    N("amount", digits(12)),
                    "Setiap saat",
                ]
            )
        elif k == 2:
            rows.append(
                [
                    str(i + 1),
                    "Surat edaran jam pelayanan",
                    N("letter_number", letter_no("100.3.4")),
                    N("letter_date", fdate(today_letter(), 2)),
                    "-",
                    "Serta merta",
                ]
            )
        else:
            rows.append(
                [
                    str(i + 1),
                    "Laporan realisasi anggaran semester I",
                    N(
                        "account_code",
                        f"{R.randint(1, 4)}.{R.randint(1, 3)}.{R.randint(1, 4):02d}.{R.randint(1, 30):02d}",
                    ),
                    N("letter_date", fdate(today_letter(), 4)),
                    N("amount", f"{R.randint(100, 99000)}.{digits(3)}.{digits(3)}"),
                    "Berkala",
                ]
            )
    any_table(doc, header, rows, pick(["grid", "rst", "box", "fixed"]), [3, 30, 30, 18, 22, 12])
    doc.t("\nPermohonan informasi: ")
    doc.ng("office_email", f"ppid@{pl.slug}{'kota' if pl.kota else 'kab'}.go.id")
    doc.t(", WA ")
    doc.ng("office_phone", fphone(pick(PREFIXES) + digits(8), 3))
    doc.t(", SMS pengaduan ")
    doc.ng("call_centre", pick(["1708", "0800-1-567890", "1500-" + digits(3)]))
    doc.t("\n")
    closing(doc, pl, "PPID Pelaksana")


def g_dbd(doc, pl):
    """Puskesmas: dengue case line list (onset and report dates beside the birth date)."""
    kop(doc, pl, "dinas", "DINAS KESEHATAN")
    doc.t(
        f"LAPORAN PENYELIDIKAN EPIDEMIOLOGI KASUS DBD\nPuskesmas {pl.dist['name']}, minggu epidemiologi ke-{R.randint(1, 48)} tahun 2026\n\n"
    )
    header = [
        "No",
        "Nama Pasien",
        "L/P",
        "Tgl Lahir",
        "NIK",
        "Alamat",
        "Tgl Onset",
        "Tgl Lapor",
        "NS1",
        "No. HP Keluarga",
    ]
    rows = []
    for i in range(R.randint(6, 12)):
        pe = Person(pl, 1960, 2020)
        rel = Person(pl, 1965, 2000)
        on = (2026, R.randint(1, 11), R.randint(1, 25))
        st = pick([0, 1, 5])
        rows.append(
            [
                str(i + 1),
                pe.name,
                pe.sex,
                P("birth_date", fdate(pe.dob, st)),
                P("nik", pe.nik),
                P("address", pe.addr[0]),
                N("event_date", fdate(on, st)),
                N("event_date", fdate((2026, on[1], on[2] + R.randint(1, 3)), st)),
                pick(["+", "-", "+"]),
                P("phone", fphone(rel.phone, pick([0, 3]))) if R.random() < 0.7 else "-",
            ]
        )
    any_table(
        doc, header, rows, pick(["fixed", "box", "grid"]), [3, 20, 3, 10, 16, 24, 10, 10, 3, 14]
    )
    doc.t("\nFogging fokus dijadwalkan ")
    doc.ng("event_date", fdate((2026, R.randint(1, 11), R.randint(1, 28)), 2))
    doc.t(". Pelaporan kasus: ")
    doc.ng("office_phone", landline(pl))
    doc.t(".\n")
    closing(doc, pl, "Kepala Puskesmas")


def g_undangan(doc, pl):
    """A Dinas letter to a resident: the address block under 'Kepada Yth.'."""
    kop(
        doc,
        pl,
        "dinas",
        pick(
            [
                "SATUAN POLISI PAMONG PRAJA",
                "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
                "DINAS LINGKUNGAN HIDUP",
            ]
        ),
    )
    pe = Person(place_in(pl.prov, pl.reg), 1955, 1995)
    doc.t(f"{pl.reg_short}, ")
    doc.ng("letter_date", fdate(today_letter(), 2))
    doc.t("\nNomor    : ")
    doc.ng("letter_number", letter_no("300.1.4"))
    doc.t(
        "\nSifat    : Penting\nLampiran : -\nPerihal  : Undangan Klarifikasi\n\nKepada Yth.\nSdr. "
        + pe.name
        + "\n"
    )
    it = doc.item()
    doc.p("address", pe.addr[0], it)
    doc.t("\n")
    doc.p("address", pe.addr[1], it)
    doc.t(f"\ndi -\n      {pe.pl.reg_short.upper()}\n\n")
    doc.t(
        "Menindaklanjuti pengaduan masyarakat tentang "
        + pick(
            [
                "bangunan di sempadan sungai",
                "pembakaran sampah",
                "usaha tanpa izin di rumah tinggal",
                "kandang ternak di permukiman",
            ]
        )
        + ", dengan hormat kami mengundang Saudara untuk hadir pada:\n\nHari/Tanggal : "
    )
    doc.ng("event_date", fdate((2026, R.randint(1, 11), R.randint(1, 28)), 2))
    doc.t(
        f"\nPukul        : {R.randint(8, 14):02d}.00 {tz(pl)} s.d. selesai\nTempat       : Kantor kami, "
    )
    doc.ng(
        "office_address",
        f"Jl. {pick(['Pahlawan', 'Bhayangkara', 'Jenderal Sudirman'])} No. {R.randint(1, 99)}, {pl.dist['name']}",
    )
    doc.t("\n\nKonfirmasi kehadiran melalui ")
    doc.ng("office_phone", landline(pl))
    doc.t(". Berdasarkan data pengaduan, nomor Saudara yang tercatat ")
    doc.p("phone", fphone(pe.phone))
    doc.t(" tidak dapat dihubungi.\n")
    closing(
        doc,
        pl,
        "Kepala " + pick(["Satuan", "Dinas", "Bidang Penegakan Perda"]),
        dated=False,
        extra="\nTembusan:\n1. Camat " + pl.dist["name"] + "\n2. Lurah/Kepala Desa setempat\n",
    )


def g_kwitansi(doc, pl):
    """Kwitansi/tanda terima of a cash or transfer aid, as OCR'd text of a scanned receipt."""
    for _k in range(R.randint(2, 4)):
        pe = Person(place_in(pl.prov, pl.reg), 1950, 2000)
        amt = R.randint(3, 60) * 100_000
        doc.t("KWITANSI / TANDA TERIMA\nNo. Bukti : ")
        doc.ng("registration", f"BKU-{R.randint(1, 400):03d}/{pick(ROMAN)}/2026")
        doc.t(
            "\nSudah terima dari : Bendahara Pengeluaran Dinas Sosial "
            + pl.reg["name"]
            + "\nUang sejumlah     : Rp "
        )
        doc.ng("amount", f"{amt:,}".replace(",", "."))
        doc.t(
            "\nUntuk pembayaran  : "
            + pick(
                [
                    "bantuan biaya pengobatan",
                    "santunan kematian",
                    "bantuan korban bencana",
                    "hadiah lomba desa",
                ]
            )
            + "\n"
        )
        doc.t("Penerima          : " + pe.name + "\nNIK               : ")
        doc.p("nik", fnik(pe.nik, pick([0, 0, 10])))
        doc.t("\nAlamat            : ")
        doc.p("address", ", ".join(pe.addr))
        if R.random() < 0.6:
            doc.t("\nDitransfer ke     : " + pe.bank + " no. rek ")
            doc.p("bank_account", pe.acct)
        doc.t(f"\n\n{pe.pl.reg_short}, ")
        doc.ng("letter_date", fdate(today_letter(), 2))
        doc.t("\nYang menerima,\n[meterai 10000]\n\n" + pe.name + "\n")
        doc.t("Lunas dibayar, Bendahara Pengeluaran NIP ")
        doc.ng("nip_official", nip())
        doc.t("\n" + "- " * 30 + "\n\n")


GENRES = [
    ("rdkk_pupuk", g_rdkk),
    ("vaksinasi_ternak", g_ternak),
    ("pengadaan_tanah", g_tanah),
    ("jemaah_haji", g_haji),
    ("insentif_guru_ngaji", g_guru_ngaji),
    ("ktp_siap_ambil", g_ktp_ambil),
    ("tiket_lapor", g_lapor),
    ("ekspor_telegram", g_telegram),
    ("permohonan_email", g_email),
    ("sk_pengurus_rt", g_sk_rt),
    ("berita_kebakaran", g_kebakaran),
    ("keterangan_domisili", g_domisili),
    ("wajib_lapor_perusahaan", g_wajib_lapor),
    ("buku_kas_umum_desa", g_bku),
    ("komentar_facebook", g_sosmed),
    ("verifikasi_transposed", g_transposed),
    ("imunisasi_sekolah", g_imunisasi),
    ("satudata_json", g_json),
    ("ahli_waris", g_waris),
    ("register_pbg", g_pbg),
    ("surat_tugas", g_sppd),
    ("iuran_bpjstk_bpu", g_bpu),
    ("honorarium_non_asn", g_honor),
    ("serah_terima_kks", g_kks),
    ("daftar_informasi_publik", g_dip),
    ("kasus_dbd", g_dbd),
    ("undangan_klarifikasi", g_undangan),
    ("kwitansi_bantuan", g_kwitansi),
]
WANT = {
    "rdkk_pupuk": "2",
    "buku_kas_umum_desa": "2",
    "serah_terima_kks": "2",
    "verifikasi_transposed": "2",
}


def main():
    out = []
    n = 0
    for rnd in range(8):
        for gi, (gname, fn) in enumerate(GENRES):
            prov = REGIONS[(rnd * len(GENRES) + gi) % len(REGIONS)]
            pl = place_in(prov, want=WANT.get(gname))
            n += 1
            doc = Doc(f"h8-{n:03d}", gname, prov["name"])
            fn(doc, pl)
            out.append(doc.record())
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    items, negs, kinds, nkinds = set(), 0, {}, {}
    for rec in out:
        for s in rec["spans"]:
            if s["item"] not in items:
                items.add(s["item"])
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        for s in rec["negatives"]:
            negs += 1
            nkinds[s["kind"]] = nkinds.get(s["kind"], 0) + 1
    print(
        len(out),
        "texts,",
        sum(len(r["text"]) for r in out),
        "chars,",
        len(items),
        "personal items,",
        negs,
        "negatives",
    )
    print("personal:", dict(sorted(kinds.items(), key=lambda x: -x[1])))
    print("negatives:", dict(sorted(nkinds.items(), key=lambda x: -x[1])))
    print("provinces:", len({r["region"] for r in out}))


if __name__ == "__main__":
    main()
