"""A labelled corpus of generated Indonesian government text for the privacy scanner.

    from tests.privacy.corpus import generate_corpus, OFFICE_CONTACTS
    for doc in generate_corpus():
        doc.text, doc.labels  # labels: Label(kind, start, end); doc.text[start:end] is the value

Deterministic: one seeded `random.Random`, no clock, no global state. Every identifier is made
up with a valid structure (Kemendagri province codes incl. 65 and 91-96, birth day + 40 for
women, Luhn over the first 9 NPWP digits, valid ISBN check digits); nothing comes from real
people.

What a document holds:
- `labels`: the personal data, unsafe HTML and spam the scanner must find. Label spans:
  identifiers, phones, e-mails, passport and account numbers are the value itself; a birth date
  is the date (not the place before it); an address runs from the street / hamlet to the last
  locality; unsafe HTML is the whole tag or element; a hidden link is the whole hiding element;
  gambling spam is each spam term (with its obfuscation).
- `negatives`: hard negatives, Label(category, start, end): values that look like personal data
  but are not (regulation and letter numbers, NIP in signature blocks, budget figures, office
  contacts, ...). Any finding on them is a false alarm; they are listed for counting and to
  explain false alarms.
- `tolerated`: spans where a finding of the given kind is neither a hit nor a false alarm, for
  the honest ambiguities of span boundaries: the words around gambling terms inside an injected
  spam sentence, `unsafe_html` on a style-hidden element (the issue lists style-hidden content
  under both headings), gambling words inside the URL of an injected link.
- `variants`: for each label, how it was written ("space4/table-csv", "leet/hidden", ...), so a
  score can be broken down by format.
- `keyed`: the NIK / No. KK labels that have their keyword (NIK, KTP, No. KK, Kartu Keluarga)
  right before them on the same line: there the scanner must also get the kind right.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

SEED = 20261104
PER_KIND = 600  # generated positives per kind (the issue asks for at least 500)

KINDS = (
    "nik",
    "kk",
    "npwp",
    "phone",
    "email",
    "bank_account",
    "kks",
    "bpjs",
    "passport",
    "birth_date",
    "address",
    "unsafe_html",
    "gambling",
    "hidden_link",
)

OFFICE_CONTACTS = [
    "(0274) 123456",
    "(0274) 123457",
    "0811-2650-3000",
    "ppid@contohkab.go.id",
    "diskominfo@contohkab.go.id",
]
OFFICE_ADDRESS = "Jl. Merdeka No. 1, Kelurahan Tridadi, Kabupaten Contoh"
OFFICE_POSTCODE = "55511"
OFFICE_SITE = "https://ppid.contohkab.go.id"


class Label(NamedTuple):
    kind: str  # a KINDS entry; for negatives, the category
    start: int
    end: int


@dataclass
class Document:
    genre: str
    text: str
    labels: list[Label]
    negatives: list[Label] = field(default_factory=list)
    tolerated: list[Label] = field(default_factory=list)
    variants: dict[Label, str] = field(default_factory=dict)
    keyed: list[Label] = field(default_factory=list)


class P(NamedTuple):
    """A positive piece of text: personal data, unsafe HTML or spam."""

    kind: str
    value: str
    variant: str = ""
    keyed: bool = False


class N(NamedTuple):
    """A hard-negative piece of text."""

    category: str
    value: str


class _Builder:
    def __init__(self, genre: str):
        self.genre = genre
        self.parts: list[str] = []
        self.pos = 0
        self.doc = Document(genre, "", [])

    def add(self, *pieces) -> None:
        for piece in pieces:
            if isinstance(piece, P):
                label = self._put(piece.value, piece.kind)
                self.doc.labels.append(label)
                self.doc.variants[label] = piece.variant
                if piece.keyed:
                    self.doc.keyed.append(label)
            elif isinstance(piece, N):
                self.doc.negatives.append(self._put(piece.value, piece.category))
            elif isinstance(piece, str):
                if piece:
                    self._put(piece, "")
            else:  # a list or tuple of pieces
                self.add(*piece)

    def _put(self, value: str, kind: str) -> Label:
        assert value, f"empty {kind} value"
        start = self.pos
        self.parts.append(value)
        self.pos += len(value)
        return Label(kind, start, self.pos)

    @contextmanager
    def tolerate(self, *kinds: str):
        start = self.pos
        yield
        self.doc.tolerated.extend(Label(kind, start, self.pos) for kind in kinds)

    def build(self) -> Document:
        self.doc.text = "".join(self.parts)
        return self.doc


def text_of(pieces) -> str:
    if isinstance(pieces, P | N):
        return pieces.value
    if isinstance(pieces, str):
        return pieces
    return "".join(text_of(piece) for piece in pieces)


# ---------------------------------------------------------------------------------------------
# Names, places, dates


def words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


FIRST_MALE = words(
    "Budi Agus Eko Ahmad Muhammad Wahyu Slamet Suparman Andi Rizky Bambang Hendra Joko "
    "Yohanes Rahmat Fajar Gilang Teguh Dedi Irfan Yusuf Imam Hadi Sigit Darmawan Made Ketut "
    "Teuku Markus Yakobus Stefanus Arif Aditya Bayu Danu Galih Heru Tri Wawan"
)
FIRST_FEMALE = words(
    "Siti Sri Dewi Rina Nur Sumarni Yuli Dian Fitri Putri Ayu Indah Kartini Lestari Maria "
    "Hana Intan Ratna Wulan Endang Sumiyati Tutik Eni Anisa Novi Rahma Kadek Luh Cut Yohana "
    "Agnes Margaretha Tari Sekar Nining Ani"
)
LAST = words(
    "Santoso Wibowo Rahayu Saputra Hidayat Setiawan Kurniawan Pratama Susanti Wulandari "
    "Nugroho Purnomo Sitompul Siregar Nasution Hutapea Manurung Wenda Kogoya Rumbiak "
    "Mandacan Tamher Latuconsina Tanjung Harahap Simanjuntak Daulay Rangkuti Ginting Tarigan "
    "Sembiring Lubis Effendi Suryani Handayani Maharani Prasetyo Utomo Sulistyo Widodo "
    "Mahendra Syahputra Rumaropen"
)
PLACES = words(
    "Sleman|Bantul|Kulon Progo|Gunungkidul|Yogyakarta|Klaten|Magelang|Purworejo|Surakarta|"
    "Semarang|Bandung|Jakarta|Surabaya|Medan|Makassar|Tarakan|Sorong|Merauke|Jayapura|Ambon|"
    "Kupang|Mataram|Denpasar|Pontianak|Banjarmasin|Palu|Kendari|Manado|Gorontalo|Ternate|"
    "Padang|Pekanbaru|Jambi|Palembang|Bengkulu|Pangkalpinang|Tanjungpinang|Serang|Samarinda|"
    "Nabire|Wamena|Mamuju|Boyolali|Wonosobo|Kebumen|Cilacap|Banyumas|Temanggung",
    "|",
)
VILLAGES = words(
    "Sumberagung Sinduadi Caturtunggal Wedomartani Tirtoadi Banyuraden Trihanggo Sidoarum "
    "Margodadi Bangunharjo Panggungharjo Wonokromo Candibinangun Pandowoharjo Tlogoadi "
    "Sukamaju Mekarsari Sukadamai Karanganyar Sidomulyo Margomulyo Tegalrejo Ngestiharjo "
    "Klasaman Waena"
)
DISTRICTS = words(
    "Moyudan|Mlati|Depok|Ngaglik|Gamping|Godean|Seyegan|Sewon|Kasihan|Pakem|Turi|Tempel|"
    "Minggir|Berbah|Kalasan|Prambanan|Cangkringan|Ngemplak|Abepura|Tarakan Barat|"
    "Sorong Manoi",
    "|",
)
HAMLETS = words(
    "Krajan Karangmojo Ngentak Kembangan Jetis Sawahan Kradenan Ngaran Gowok Kalakan Tegal "
    "Brajan Cebongan Sendangsari Babakan Cibeureum Pucung Klodran"
)
STREETS = words(
    "Melati|Kenanga|Mawar|Anggrek|Cempaka|Flamboyan|Dahlia|Kamboja|Nangka|Sawo|Rambutan|"
    "Pelita|Wahid Hasyim|Kaliurang|Godean|Wates|Magelang|Palagan Tentara Pelajar|"
    "Parangtritis",
    "|",
)
PERUMAHAN = words(
    "Griya Asri|Pesona Merapi|Sleman Permai|Puri Indah|Taman Cemara|Citra Harmoni",
    "|",
)
MONTHS = words(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)
MONTHS_SHORT = words("Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des")
ROMAN = words("I II III IV V VI VII VIII IX X XI XII")
DAYS = words("Senin Selasa Rabu Kamis Jumat Sabtu Minggu")
UNITS = words(
    "Diskominfo PPID Dukcapil BKPSDM Setda Dinsos Bappeda DPMPTSP Dinkes Disdik Kesbangpol"
)

# Kemendagri province codes: the 38 provinces, incl. Kalimantan Utara (65) and the Papua
# provinces of 2022 (93-96), which python-stdnum's BPS-based table does not know.
PROVINCES = words(
    "11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 "
    "76 81 82 91 92 93 94 95 96"
)
NOT_PROVINCES = words("00 10 20 22 30 40 41 45 50 54 60 66 70 77 80 83 84 88 89 90 97 98 99")


def person_name(rng: random.Random, female: bool) -> str:
    first = rng.choice(FIRST_FEMALE if female else FIRST_MALE)
    if rng.random() < 0.15:
        return first
    return f"{first} {rng.choice(LAST)}"


def official_name(rng: random.Random) -> str:
    female = rng.random() < 0.4
    name = person_name(rng, female)
    before = rng.choice(["", "", "Drs. ", "Ir. ", "Dr. ", "H. ", "Hj. " if female else "H. "])
    after = rng.choice(["", ", S.Kom.", ", S.H.", ", S.E., M.M.", ", M.Si.", ", S.Sos.", ", S.T."])
    return f"{before}{name}{after}"


def random_date(rng: random.Random, first_year: int, last_year: int) -> date:
    start = date(first_year, 1, 1).toordinal()
    end = date(last_year, 12, 31).toordinal()
    return date.fromordinal(rng.randint(start, end))


def format_date(rng: random.Random, day: date, style: str | None = None) -> tuple[str, str]:
    style = style or rng.choice(["dash", "slash", "long", "short", "iso", "dot", "slash-nopad"])
    text = {
        "dash": f"{day.day:02d}-{day.month:02d}-{day.year}",
        "slash": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "long": f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        "short": f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}",
        "iso": day.isoformat(),
        "dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "slash-nopad": f"{day.day}/{day.month}/{day.year}",
    }[style]
    return text, style


def recent_date(rng: random.Random) -> str:
    return format_date(rng, random_date(rng, 2019, 2026))[0]


def long_date(rng: random.Random, first_year: int = 2019, last_year: int = 2026) -> str:
    return format_date(rng, random_date(rng, first_year, last_year), "long")[0]


def group(digits: str, sizes: list[int], sep: str) -> str:
    parts, index = [], 0
    for size in sizes:
        parts.append(digits[index : index + size])
        index += size
    return sep.join(parts)


# ---------------------------------------------------------------------------------------------
# Identifiers (all generated, structurally valid)


# Regencies (kabupaten 01..n) and cities (kota 71..) per province, Kemendagri numbering. The
# Papua provinces keep both the codes of before 2022 and the new ones: NIKs are not renumbered.
REGENCIES = {
    "11": (18, 5),
    "12": (25, 8),
    "13": (12, 7),
    "14": (10, 2),
    "15": (9, 2),
    "16": (13, 4),
    "17": (9, 1),
    "18": (13, 2),
    "19": (6, 1),
    "21": (5, 2),
    "31": (1, 5),
    "32": (18, 9),
    "33": (29, 6),
    "34": (4, 1),
    "35": (29, 9),
    "36": (4, 4),
    "51": (8, 1),
    "52": (8, 2),
    "53": (21, 1),
    "61": (12, 2),
    "62": (13, 1),
    "63": (11, 2),
    "64": (11, 4),
    "65": (4, 1),
    "71": (11, 4),
    "72": (12, 1),
    "73": (21, 3),
    "74": (15, 2),
    "75": (5, 1),
    "76": (6, 0),
    "81": (9, 2),
    "82": (8, 2),
    "91": (28, 1),
    "92": (12, 1),
    "93": (4, 0),
    "94": (8, 0),
    "95": (8, 0),
    "96": (5, 1),
}


def area_code(rng: random.Random) -> str:
    province = rng.choice(PROVINCES)
    regencies, cities = REGENCIES[province]
    if cities and rng.random() < 0.25:
        regency = 70 + rng.randint(1, cities)
    else:
        regency = rng.randint(1, regencies)
    return f"{province}{regency:02d}{rng.randint(1, 30):02d}"


def nik_digits(rng: random.Random, female: bool, birth: date, area: str | None = None) -> str:
    day = birth.day + (40 if female else 0)
    serial = rng.randint(1, 2999)
    return f"{area or area_code(rng)}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def kk_digits(rng: random.Random, area: str | None = None) -> str:
    issued = random_date(rng, 2005, 2025)  # the data-entry date: no +40
    serial = rng.randint(1, 9999)
    return f"{area or area_code(rng)}{issued:%d%m%y}{serial:04d}"


SIXTEEN_STYLES = {
    "plain": ([16], ""),
    "space4": ([4, 4, 4, 4], " "),
    "s664": ([6, 6, 4], " "),
    "dot4": ([4, 4, 4, 4], "."),
    "dotregion": ([2, 2, 2, 6, 4], "."),
    "dash4": ([4, 4, 4, 4], "-"),
    "spaceregion": ([2, 2, 2, 6, 4], " "),
}


def format_sixteen(rng: random.Random, digits: str, weights: dict[str, int]) -> tuple[str, str]:
    style = rng.choices(list(weights), weights=list(weights.values()))[0]
    if style == "masked":
        mask = rng.choice(["****", "xxxx", "XXXX", "****"])
        layout = rng.choice(["plain", "plain", "space4", "s664"])
        sizes, sep = SIXTEEN_STYLES[layout]
        return group(digits[:12] + mask, sizes, sep), f"masked-{layout}"
    sizes, sep = SIXTEEN_STYLES[style]
    return group(digits, sizes, sep), style


NIK_STYLES = {
    "plain": 40,
    "space4": 14,
    "s664": 14,
    "dot4": 8,
    "dotregion": 6,
    "dash4": 5,
    "spaceregion": 3,
}
NIK_STYLES_WITH_MASK = {**NIK_STYLES, "masked": 13}
KK_STYLES = {"plain": 60, "space4": 15, "s664": 8, "dot4": 10, "dash4": 7}


def nik_keyword(rng: random.Random) -> str:
    return rng.choice(
        [
            "NIK: ",
            "NIK : ",
            "NIK ",
            "No. KTP: ",
            "Nomor Induk Kependudukan (NIK): ",
            "No. NIK ",
            "NIK/No. KTP : ",
            "No. Induk Kependudukan: ",
        ]
    )


def kk_keyword(rng: random.Random) -> str:
    return rng.choice(
        [
            "No. KK: ",
            "No. KK : ",
            "Nomor KK ",
            "No. Kartu Keluarga: ",
            "KK: ",
            "Nomor Kartu Keluarga : ",
        ]
    )


def luhn_check_digit(digits: str) -> str:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def npwp15_digits(rng: random.Random) -> str:
    kind = rng.choice(
        [
            "01",
            "02",
            "03",
            "04",
            "05",
            "06",
            "07",
            "08",
            "09",
            "15",
            "21",
            "24",
            "31",
            "35",
            "44",
            "47",
            "49",
            "55",
            "57",
            "66",
            "73",
            "76",
            "80",
        ]
    )
    first8 = f"{kind}{rng.randint(0, 999999):06d}"
    branch = "000" if rng.random() < 0.85 else f"{rng.randint(1, 5):03d}"
    return f"{first8}{luhn_check_digit(first8)}{rng.randint(1, 999):03d}{branch}"


def npwp_formatted(digits: str) -> str:
    return f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}.{digits[8]}-{digits[9:12]}.{digits[12:]}"


def npwp_piece(rng: random.Random, keyed_only: bool = False) -> tuple[str, P]:
    """(keyword, piece): the keyword is '' for the formatted 15-digit form in tables."""
    keyword = rng.choice(
        ["NPWP: ", "NPWP ", "No. NPWP ", "Nomor Pokok Wajib Pajak (NPWP): ", "NPWP : "]
    )
    digits = npwp15_digits(rng)
    style = rng.choices(
        ["formatted", "plain15", "spaced", "alldots", "sixteen"], [55, 15, 5, 5, 20]
    )[0]
    if style == "formatted":
        value = npwp_formatted(digits)
    elif style == "plain15":
        value = digits
    elif style == "spaced":
        value = (
            f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8]} {digits[9:12]} {digits[12:]}"
        )
    elif style == "alldots":
        value = (
            f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}.{digits[8]}.{digits[9:12]}.{digits[12:]}"
        )
    else:  # the 16-digit NPWP of 2024: '0' before the old 15 digits
        value = "0" + digits if rng.random() < 0.7 else group("0" + digits, [4, 4, 4, 4], " ")
        keyword = rng.choice(["NPWP 16 digit: ", "NPWP (16 digit) ", "NPWP: ", "NPWP "])
    if style != "formatted" or keyed_only or rng.random() < 0.8:
        return keyword, P("npwp", value, f"{style}/keyed")
    return "", P("npwp", value, f"{style}/bare")


MOBILE_PREFIXES = [
    "811",
    "812",
    "813",
    "821",
    "822",
    "823",
    "851",
    "852",
    "853",
    "814",
    "815",
    "816",
    "855",
    "856",
    "857",
    "858",
    "817",
    "818",
    "819",
    "859",
    "877",
    "878",
    "831",
    "832",
    "833",
    "838",
    "895",
    "896",
    "897",
    "898",
    "899",
    "881",
    "882",
    "883",
    "885",
    "887",
    "889",
]


def mobile_nsn(rng: random.Random) -> str:
    """National significant number of a mobile: 8xx + 7 or 8 digits (0812-3456-7890)."""
    rest = rng.choice([7, 8, 8, 8, 9])
    return rng.choice(MOBILE_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(rest))


def format_phone(rng: random.Random, nsn: str, style: str | None = None) -> tuple[str, str]:
    prefix, rest = nsn[:3], nsn[3:]
    mid, tail = rest[:4], rest[4:]
    styles = {
        "0-dash": f"0{prefix}-{mid}-{tail}",
        "0-space": f"0{prefix} {mid} {tail}",
        "0-plain": f"0{nsn}",
        "0-dot": f"0{prefix}.{mid}.{tail}",
        "0-bracket": f"(0{prefix}) {mid}-{tail}",
        "0-343": f"0{prefix} {rest[:3]} {rest[3:]}",
        "+62-space": f"+62 {prefix} {mid} {tail}",
        "+62-dash": f"+62 {prefix}-{mid}-{tail}",
        "+62-plain": f"+62{nsn}",
        "+62-bracket": f"+62 ({prefix}) {mid}-{tail}",
        "+62-hyphens": f"+62-{prefix}-{mid}-{tail}",
        "62-plain": f"62{nsn}",
        "62-space": f"62{prefix} {mid} {tail}",
        "62-dash": f"62-{prefix}-{mid}-{tail}",
        "0-endash": f"0{prefix}\u2013{mid}\u2013{tail}",
        "+62-paren": f"(+62) {prefix}-{mid}-{tail}",
        "+62-zero": f"+62 (0){prefix} {mid} {tail}",
    }
    if style is None:
        weights = [14, 12, 16, 4, 5, 5, 9, 8, 8, 4, 3, 6, 3, 3, 2, 2, 2]
        style = rng.choices(list(styles), weights)[0]
    return styles[style], style


def phone_keyword(rng: random.Random) -> str:
    return rng.choice(
        [
            "No. HP: ",
            "HP ",
            "Telp/HP: ",
            "WA ",
            "WhatsApp: ",
            "No. Telp. ",
            "Hp. ",
            "No. WA ",
            "HP/WA: ",
        ]
    )


EMAIL_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "rocketmail.com",
    "outlook.co.id",
]


def email_address(rng: random.Random, name: str) -> str:
    words = [w.lower().strip(".,") for w in name.split()]
    first, last = words[0], words[-1]
    year = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1965, 2005)
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}{year}",
            f"{first}_{last}",
            f"{first[0]}.{last}{rng.randint(1, 99)}",
            f"{first}{year}",
            f"{last}.{first}",
            f"{first}-{last}",
        ]
    )
    address_ = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    return address_.upper() if rng.random() < 0.05 else address_


BANKS = [
    ("BRI", [4, 2, 6, 2, 1], "-", 25),
    ("BRI", [15], "", 10),
    ("BCA", [10], "", 15),
    ("BCA", [3, 3, 4], "-", 3),
    ("BCA", [3, 3, 4], " ", 3),
    ("Mandiri", [3, 2, 7, 1], "-", 10),
    ("Mandiri", [13], "", 8),
    ("BNI", [10], "", 12),
    ("BSI", [10], "", 8),
    ("Bank BPD DIY", [3, 3, 6], ".", 6),
    ("BTN", [16], "", 3),
    ("Bank Papua", [3, 2, 5, 1], ".", 3),
]


def bank_account(rng: random.Random) -> tuple[str, str, str]:
    bank, sizes, sep, _ = rng.choices(BANKS, [entry[3] for entry in BANKS])[0]
    digits = "".join(str(rng.randint(0, 9)) for _ in range(sum(sizes)))
    if bank == "BTN":
        digits = "00" + digits[2:]
    return bank, group(digits, sizes, sep), f"{bank}-{len(digits)}{sep or 'plain'}"


def bpjs_number(rng: random.Random) -> tuple[str, str]:
    digits = "000" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    style = rng.choices(["plain", "spaced", "dashed"], [75, 18, 7])[0]
    if style == "spaced":
        return group(digits, [4, 4, 4, 1], " "), style
    if style == "dashed":
        return group(digits, [4, 4, 4, 1], "-"), style
    return digits, style


def bpjs_keyword(rng: random.Random) -> str:
    return rng.choice(
        [
            "No. BPJS Kesehatan: ",
            "Nomor Kartu BPJS ",
            "No. Kartu JKN-KIS (BPJS): ",
            "BPJS: ",
            "No. Peserta BPJS ",
            "No. BPJS ",
            "Nomor BPJS Kesehatan : ",
        ]
    )


def passport_number(rng: random.Random) -> tuple[str, str]:
    letter = rng.choice("ABCXEX")
    digits = f"{rng.randint(0, 9999999):07d}"
    if rng.random() < 0.15:
        return f"{letter} {digits}", "spaced"
    return f"{letter}{digits}", "plain"


def passport_keyword(rng: random.Random) -> str:
    return rng.choice(
        [
            "No. Paspor: ",
            "Nomor Paspor ",
            "paspor nomor ",
            "Passport No. ",
            "No. Passport: ",
            "Nomor Paspor : ",
            "No. Paspor ",
        ]
    )


def address(rng: random.Random) -> tuple[str, str]:
    rt, rw = rng.randint(1, 20), rng.randint(1, 25)
    village, district = rng.choice(VILLAGES), rng.choice(DISTRICTS)
    street, hamlet = rng.choice(STREETS), rng.choice(HAMLETS)
    forms = {
        "jalan": f"Jl. {street} No. {rng.randint(1, 150)} RT {rt:03d}/RW {rw:03d}, {village}, "
        f"Kec. {district}",
        "dusun": f"Dusun {hamlet} RT {rt:02d} RW {rw:02d}, Desa {village}, Kec. {district}",
        "perum": f"Perum {rng.choice(PERUMAHAN)} Blok {rng.choice('ABCDEF')}-{rng.randint(1, 40)} "
        f"RT.{rt:03d}/RW.{rw:03d}, Kel. {village}, Kec. {district}",
        "kampung": f"Kp. {hamlet} RT {rt:02d}/{rw:02d} Desa {village}",
        "short": f"{hamlet} RT {rt:03d}/RW {rw:03d} {village} {district}",
        "gang": f"Gg. {street} No. {rng.randint(1, 60)}, RT {rt:02d} RW {rw:02d}, Kel. {village}",
        "padukuhan": f"Padukuhan {hamlet}, RT {rt:03d}, RW {rw:03d}, Kalurahan {village}, "
        f"Kapanewon {district}",
    }
    style = rng.choices(list(forms), [25, 20, 12, 10, 12, 11, 10])[0]
    value = forms[style]
    if rng.random() < 0.3:  # RT/RW as people type it
        written = RT_RW_FORMS[rng.randrange(len(RT_RW_FORMS))]
        value = RT_RW.sub(written.format(rt=rt, rw=rw), value, count=1)
        style += "-rtrw"
    return value, style


RT_RW = re.compile(r"RT\.? ?\d+(?:,? ?/? ?RW\.? ?| ?/ ?)\d+")
RT_RW_FORMS = [
    "RT. {rt:02d} / RW. {rw:02d}",
    "RT{rt:03d}/RW{rw:03d}",
    "Rt {rt} Rw {rw}",
    "RT.{rt:03d} RW.{rw:03d}",
    "rt {rt:02d}/rw {rw:02d}",
    "RT {rt:02d}/{rw:02d}",
    "RT/RW {rt:03d}/{rw:03d}",
]


def address_keyword(rng: random.Random) -> str:
    return rng.choice(["Alamat: ", "Alamat : ", "beralamat di ", "Alamat Rumah: ", "tinggal di "])


def birth_date(rng: random.Random) -> tuple[str, str]:
    return format_date(rng, random_date(rng, 1945, 2007))


def place_before_date(rng: random.Random) -> str:
    """'Sleman, ' mostly; 'Sleman/' and 'Sleman / ' as on many forms."""
    return rng.choice(PLACES) + rng.choice([", ", ", ", ", ", ", ", "/", " / "])


def ttl_keyword(rng: random.Random) -> str:
    return rng.choice(
        [
            "Tempat/Tgl. Lahir: ",
            "Tempat/Tanggal Lahir : ",
            "TTL: ",
            "Tempat, Tgl Lahir: ",
            "TTL : ",
            "Tempat & Tanggal Lahir: ",
        ]
    )


# ---------------------------------------------------------------------------------------------
# Hard negatives


def nip(rng: random.Random) -> N:
    """An official's NIP: YYYYMMDD YYYYMM G NNN (birth date, appointment month, gender, serial)."""
    born = random_date(rng, 1962, 1998)
    appointed = f"{born.year + rng.randint(20, 32)}{rng.randint(1, 12):02d}"
    gender = rng.choice("12")
    serial = f"{rng.randint(1, 12):03d}"
    parts = [f"{born:%Y%m%d}", appointed, gender, serial]
    value = " ".join(parts) if rng.random() < 0.7 else "".join(parts)
    return N("nip", value)


def signature(rng: random.Random, with_nip: bool = True) -> list:
    place = rng.choice(["Contoh", "Sleman", "Tridadi", "Yogyakarta"])
    role = rng.choice(
        [
            "Kepala Dinas Komunikasi dan Informatika",
            "Sekretaris Daerah",
            "Pejabat Pengelola Informasi dan Dokumentasi",
            "Camat " + rng.choice(DISTRICTS),
            "Kepala Bidang Informasi dan Komunikasi Publik",
        ]
    )
    pieces: list = ["\n\n", f"{place}, ", N("letter_date", long_date(rng)), "\n"]
    if rng.random() < 0.3:
        pieces += [N("an_signature", "a.n."), f" {role}\n", "Sekretaris,\n"]
    else:
        pieces += [f"{role},\n"]
    pieces += ["\nttd\n\n", official_name(rng), "\n"]
    if with_nip:
        pieces += [
            rng.choice(["Pembina Tk. I (IV/b)\n", "Penata (III/c)\n", "Pembina (IV/a)\n", ""])
        ]
        pieces += [rng.choice(["NIP. ", "NIP ", "NIP: "]), nip(rng), "\n"]
    return pieces


def letter_number(rng: random.Random) -> N:
    year = rng.randint(2019, 2026)
    code = rng.choice(["800", "045", "470", "900", "800.1.11.1", "000.1.2", "188.4", "481", "555"])
    serial = rng.randint(1, 2999)
    month = rng.randint(1, 12)
    forms = [
        f"{code}/{serial}/{rng.choice(UNITS)}/{year}",
        f"{code}/{serial:04d}/{rng.choice(UNITS)}/{ROMAN[month - 1]}/{year}",
        f"B-{serial}/KOM.01/{month:02d}/{year}",
        f"{code}/0{rng.choice(MOBILE_PREFIXES)}/{rng.choice(UNITS)}/{year}",
        f"{serial:03d}/PPID/{ROMAN[month - 1]}/{year}",
        f"188.4/{serial}/KPTS/{year}",
    ]
    return N("letter_number", rng.choice(forms))


def regulation(rng: random.Random) -> N:
    number, year = rng.randint(1, 99), rng.randint(1990, 2025)
    forms = [
        "Undang-Undang Nomor 14 Tahun 2008",
        "Undang-Undang Nomor 27 Tahun 2022",
        "Peraturan Pemerintah Nomor 61 Tahun 2010",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021",
        f"Peraturan Bupati Contoh Nomor {number} Tahun {year}",
        f"Permendagri No. {number} Tahun {year}",
        f"UU No. {number}/{year}",
        f"PP {number}/{year}",
        f"Perda Kabupaten Contoh Nomor {number} Tahun {year}",
        f"Keputusan Bupati Nomor {number}.{rng.randint(1, 9)} Tahun {year}",
        f"Peraturan Menteri Keuangan Nomor {number}/PMK.{rng.randint(1, 9):02d}/{year}",
    ]
    return N("regulation", rng.choice(forms))


def amount(rng: random.Random, plain: bool = False, big: bool = False) -> N:
    value = rng.choice([rng.randint(1, 999) * 1000, rng.randint(1, 99_999) * 10_000])
    if big and rng.random() < 0.3:
        value = rng.randint(1_000_000_000, 99_999_999_999_999)
    dotted = f"{value:,}".replace(",", ".")
    if plain:
        return N("amount", str(value) if rng.random() < 0.5 else dotted)
    return N(
        "amount",
        rng.choice(
            [f"Rp {dotted},00", f"Rp{dotted}", f"Rp {dotted}", f"Rp. {dotted},-", f"{dotted},00"]
        ),
    )


def count(rng: random.Random) -> N:
    value = rng.choice(
        [rng.randint(2, 99), rng.randint(100, 9_999), rng.randint(10_000, 2_000_000)]
    )
    return N("count", f"{value:,}".replace(",", "."))


def time_range(rng: random.Random) -> N:
    start = rng.randint(7, 10)
    end = rng.randint(11, 16)
    form = rng.choice(
        [
            f"pukul {start:02d}.00 - {end:02d}.00 WIB",
            f"{start:02d}.00-{end:02d}.30 WIB",
            f"Pukul {start:02d}.30 WIB",
            f"{start:02d}:00 s.d. {end:02d}:00",
        ]
    )
    return N("time", form)


def registration_number(rng: random.Random) -> N:
    year, serial = rng.randint(2020, 2026), rng.randint(1, 9999)
    when = random_date(rng, year, year)
    forms = [
        f"REG/PPID/{year}/{serial:06d}",
        f"PPID-{year}-{when:%m%d}-{serial:04d}",
        f"{serial:03d}/PPID/{ROMAN[when.month - 1]}/{year}",
        f"{when:%Y%m%d}{serial:05d}",
        f"{when:%Y%m%d}-{serial:04d}",
        f"0{rng.choice(MOBILE_PREFIXES)}/PPID/{year}",
    ]
    return N("registration_number", rng.choice(forms))


def isbn(rng: random.Random) -> N:
    group_prefix = rng.choice(["978602", "978623", "978979"])
    publisher = f"{rng.randint(0, 9999):04d}"
    title = f"{rng.randint(0, 99):02d}"
    body = group_prefix + publisher + title
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = str((10 - total % 10) % 10)
    digits = body + check
    if rng.random() < 0.6:
        value = f"{digits[:3]}-{digits[3:6]}-{publisher}-{title}-{check}"
    else:
        value = digits
    return N("isbn", value)


def postal_code(rng: random.Random) -> N:
    return N(
        "postal_code",
        rng.choice([OFFICE_POSTCODE, f"{rng.randint(10, 99)}{rng.randint(100, 999)}"]),
    )


def impossible_sixteen(rng: random.Random) -> N:
    """16 digits that no NIK or KK can be: unknown province, or no such date."""
    if rng.random() < 0.5:
        head = rng.choice(NOT_PROVINCES) + f"{rng.randint(0, 9999):04d}"
        tail = f"{rng.randint(0, 9999999999):010d}"
    else:
        head = rng.choice(PROVINCES) + f"{rng.randint(1, 29):02d}{rng.randint(1, 30):02d}"
        day = rng.choice([0, 32, 35, 38, 72, 80, 95, rng.randint(1, 28)])
        month = (
            rng.choice([0, 13, 19, 20, 45, 88]) if day <= 31 or day > 40 else rng.randint(1, 12)
        )
        if 0 < day <= 31 and 1 <= month <= 12:
            month = 13
        tail = f"{day:02d}{month:02d}{rng.randint(0, 99):02d}{rng.randint(0, 9999):04d}"
    digits = head + tail
    value = digits if rng.random() < 0.6 else group(digits, [4, 4, 4, 4], " ")
    return N("sixteen_digits_impossible", value)


def office_contact(rng: random.Random) -> list:
    choice = rng.random()
    if choice < 0.4:
        nsn = "274" + rng.choice(["123456", "123457"])
        form = rng.choice(
            [
                f"(0{nsn[:3]}) {nsn[3:]}",
                f"0{nsn[:3]}-{nsn[3:]}",
                f"0{nsn[:3]} {nsn[3:]}",
                f"+62 {nsn[:3]} {nsn[3:]}",
                f"(0{nsn[:3]}) {nsn[3:6]} {nsn[6:]}",
                f"+62{nsn}",
                f"0{nsn}",
            ]
        )
        return [
            rng.choice(["Telp. ", "Telepon ", "Telp/Faks: ", "telp. "]),
            N("office_phone", form),
        ]
    if choice < 0.65:
        form = format_phone(rng, "81126503000")[0]
        return [
            rng.choice(["WhatsApp Layanan PPID: ", "WA PPID ", "Layanan WA: "]),
            N("office_phone", form),
        ]
    address_ = rng.choice(
        ["ppid@contohkab.go.id", "diskominfo@contohkab.go.id", "PPID@contohkab.go.id"]
    )
    return [rng.choice(["e-mail: ", "Email ", "surel: "]), N("office_email", address_)]


def office_address(rng: random.Random) -> list:
    return [N("office_address", OFFICE_ADDRESS), ", Kode Pos ", N("postal_code", OFFICE_POSTCODE)]


def date_negative(rng: random.Random) -> N:
    day = random_date(rng, 2019, 2026)
    if rng.random() < 0.3:
        return N("date", f"{DAYS[day.weekday()]}, {format_date(rng, day, 'long')[0]}")
    return N("date", format_date(rng, day)[0])


def history_date(rng: random.Random) -> list:
    return rng.choice(
        [
            [
                "Hari Jadi Kabupaten Contoh diperingati setiap ",
                N("date", "15 Mei"),
                " sejak ",
                N("date", "15 Mei 1916"),
                ". ",
            ],
            ["Undang-undang tersebut diundangkan pada tanggal ", N("date", "30 April 2008"), ". "],
            [
                "Hari Lahir Pancasila, ",
                N("date", f"1 Juni {rng.randint(2020, 2026)}"),
                ", diperingati dengan upacara bendera. ",
            ],
            [
                "Jumlah bayi lahir tahun ",
                N("year", str(rng.randint(2019, 2025))),
                " sebanyak ",
                count(rng),
                " jiwa. ",
            ],
            [
                rng.choice(PLACES),
                ", ",
                N("letter_date", long_date(rng)),
                " — Bupati Contoh meresmikan gedung pelayanan terpadu. ",
            ],
        ]
    )


def gambling_legit(rng: random.Random) -> list:
    return rng.choice(
        [
            [
                "Diskominfo telah mengajukan pemblokiran ",
                count(rng),
                " ",
                N("gambling_legit", "situs judi online"),
                " sepanjang tahun ini. ",
            ],
            ["Sosialisasi ", N("gambling_legit", "bahaya judi online"), " bagi pelajar SMP. "],
            [
                "Satgas ",
                N("gambling_legit", "Pemberantasan Perjudian Daring"),
                " mengimbau warga. ",
            ],
            [
                "Masih tersedia ",
                N("gambling_legit", "slot pendaftaran"),
                " untuk ",
                count(rng),
                " peserta. ",
            ],
            ["Pilih ", N("gambling_legit", "slot waktu konsultasi"), " melalui aplikasi. "],
            ["Lomba ", N("gambling_legit", "burung kicau gacor"), " memeriahkan HUT desa. "],
            ["Tersedia ", N("gambling_legit", "slot parkir"), " di halaman kantor. "],
            ["Laporkan konten ", N("gambling_legit", "judi daring"), " melalui aduankonten. "],
        ]
    )


def rt_rw_mention(rng: random.Random) -> list:
    return rng.choice(
        [
            [
                "Rapat koordinasi ",
                N("rt_rw_mention", "Ketua RT/RW"),
                " se-Kelurahan ",
                rng.choice(VILLAGES),
                ". ",
            ],
            ["Insentif ", N("rt_rw_mention", "pengurus RT dan RW"), " dibayarkan triwulanan. "],
            ["Data ", N("rt_rw_mention", "Rumah Tangga Sasaran (RTS)"), " diperbarui. "],
            [
                "Pembinaan ",
                N("rt_rw_mention", "Forum RT/RW"),
                " Kecamatan ",
                rng.choice(DISTRICTS),
                ". ",
            ],
        ]
    )


def rekening_legit(rng: random.Random) -> list:
    return rng.choice(
        [
            [
                "Kode rekening ",
                N("kode_rekening", kode_rekening(rng)),
                " ",
                rng.choice(BELANJA),
                ". ",
            ],
            ["Dana disetor ke ", N("rekening_legit", "Rekening Kas Umum Daerah"), ". "],
            ["Bantuan sebesar ", amount(rng), " ditransfer ke rekening masing-masing KPM. "],
            ["Pencairan melalui ", N("rekening_legit", "rekening Bank BRI Unit Sleman"), ". "],
        ]
    )


def bpjs_legit(rng: random.Random) -> list:
    return rng.choice(
        [
            [N("bpjs_legit", "BPJS Kesehatan Cabang Sleman"), " membuka layanan di MPP. "],
            ["Iuran BPJS Kelas III sebesar ", amount(rng), " per bulan. "],
            ["Peserta BPJS PBI sebanyak ", count(rng), " jiwa. "],
            ["Kantor ", N("bpjs_legit", "BPJS Ketenagakerjaan"), " Cabang Yogyakarta. "],
        ]
    )


def passport_legit(rng: random.Random) -> list:
    return rng.choice(
        [
            ["Biaya pembuatan paspor elektronik ", amount(rng), ". "],
            [
                N("passport_legit", "Kantor Imigrasi Kelas I TPI Yogyakarta"),
                " membuka layanan paspor simpatik. ",
            ],
            ["Paspor berlaku ", N("count", "10"), " tahun sejak diterbitkan. "],
            ["Syarat rekomendasi paspor: KTP, KK, dan surat ", letter_number(rng), ". "],
        ]
    )


def form_template(rng: random.Random) -> list:
    return [
        "Nama : ....................\n",
        "NIK : ",
        N("blank_form", "____________________"),
        "\n",
        "Tempat/Tgl. Lahir : ",
        N("blank_form", "........................"),
        "\n",
        "Alamat : ",
        N("blank_form", "RT ...... /RW ......"),
        "\n",
        "No. HP : ",
        N("blank_form", "08.................."),
        "\n",
    ]


def handle(rng: random.Random) -> N:
    return N(
        "social_handle", rng.choice(["@ppid_contohkab", "@diskominfo.contoh", "@humascontoh"])
    )


ROLES = ["Sekretaris", "Kabid IKP", "Kasubag Umum", "Pranata Humas", "PPID Pelaksana"]
JOBS = ["Petani", "Buruh Harian Lepas", "Wiraswasta", "Pelajar", "Ibu Rumah Tangga"]

BELANJA = [
    "Belanja Jasa Tenaga Kerja",
    "Belanja Alat Tulis Kantor",
    "Belanja Makanan dan Minuman Rapat",
    "Belanja Perjalanan Dinas Dalam Daerah",
    "Belanja Jasa Narasumber",
    "Belanja Langganan Internet",
    "Belanja Cetak dan Penggandaan",
]


def kode_rekening(rng: random.Random) -> str:
    return rng.choice(
        [
            f"5.2.2.{rng.randint(1, 60):02d}",
            f"5.2.2.{rng.randint(1, 60):02d}.{rng.randint(1, 20):02d}",
            f"5.1.02.{rng.randint(1, 4):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 60):04d}",
            f"4.1.01.{rng.randint(1, 20):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 99):04d}",
        ]
    )


def public_codes(rng: random.Random) -> list:
    """Numbers of businesses, schools and official cars: public, and shaped like personal ones."""
    return rng.choice(
        [
            [
                "CV Maju Jaya, Nomor Induk Berusaha (NIB) ",
                N("public_code", f"9120{rng.randint(0, 10**9 - 1):09d}"),
                ". ",
            ],
            [
                "NIB: ",
                N("public_code", f"{rng.randint(10**12, 10**13 - 1)}"),
                " (PT Sinar Abadi). ",
            ],
            [
                "SD Negeri 2 Contoh (NPSN ",
                N("public_code", f"2040{rng.randint(0, 9999):04d}"),
                "). ",
            ],
            [
                "Mobil dinas Toyota Innova, No. Polisi ",
                N("public_code", f"AB {rng.randint(1000, 1099)} {rng.choice(['UA', 'UB', 'UK'])}"),
                ", tahun ",
                N("year", str(rng.randint(2010, 2024))),
                ". ",
            ],
            ["Kode satuan kerja ", N("public_code", f"{rng.randint(100000, 999999)}"), ". "],
        ]
    )


def hard_negatives(rng: random.Random, n: int) -> list:
    """n sentences of mixed hard negatives, for prose genres."""
    makers = [
        lambda: ["Sesuai ", regulation(rng), ", informasi ini wajib diumumkan. "],
        lambda: ["Surat Nomor ", letter_number(rng), " tanggal ", date_negative(rng), ". "],
        lambda: ["Pagu anggaran ", amount(rng, big=True), " dengan realisasi ", amount(rng), ". "],
        lambda: ["Jumlah permohonan mencapai ", count(rng), " permohonan. "],
        lambda: ["Nomor registrasi ", registration_number(rng), " telah diproses. "],
        lambda: ["Buku Profil Daerah, ISBN ", isbn(rng), ". "],
        lambda: ["Layanan dibuka ", time_range(rng), ". "],
        lambda: [
            "Nomor Virtual Account ",
            impossible_sixteen(rng),
            " untuk pembayaran retribusi. ",
        ],
        lambda: ["ID Billing ", N("billing_code", f"8{rng.randint(0, 10**14 - 1):014d}"), ". "],
        lambda: ["Informasi lebih lanjut: ", *office_contact(rng), ". "],
        lambda: ["Ikuti Instagram ", handle(rng), ". "],
        lambda: history_date(rng),
        lambda: gambling_legit(rng),
        lambda: rt_rw_mention(rng),
        lambda: rekening_legit(rng),
        lambda: bpjs_legit(rng),
        lambda: passport_legit(rng),
        lambda: ["Kantor: ", *office_address(rng), ". "],
        lambda: ["Kegiatan dilaksanakan pada ", date_negative(rng), " ", time_range(rng), ". "],
        lambda: public_codes(rng),
    ]
    pieces: list = []
    for _ in range(n):
        pieces += rng.choice(makers)()
    return pieces


# ---------------------------------------------------------------------------------------------
# Tables


def emit_row(b: _Builder, cells: list[list], fmt: str, header: bool = False) -> None:
    if fmt == "pipe":
        b.add("| ")
        for index, cell in enumerate(cells):
            b.add(" | " if index else "", cell)
        b.add(" |\n")
    elif fmt in ("tab", "spaces", "semicolon"):
        sep = {"tab": "\t", "spaces": "   ", "semicolon": ";"}[fmt]
        for index, cell in enumerate(cells):
            b.add(sep if index else "", cell)
        b.add("\n")
    elif fmt == "csv":
        for index, cell in enumerate(cells):
            quote = '"' if "," in text_of(cell) else ""
            b.add("," if index else "", quote, cell, quote)
        b.add("\n")
    elif fmt == "html":
        tag = "th" if header else "td"
        b.add("<tr>")
        for cell in cells:
            b.add(f"<{tag}>", cell, f"</{tag}>")
        b.add("</tr>\n")
    elif fmt == "lines":  # one cell per line, as text extracted from some PDFs and XLSX
        for cell in cells:
            b.add(cell, "\n")
        b.add("\n")
    else:
        raise ValueError(fmt)


TABLE_FORMATS = {
    "pipe": 20,
    "tab": 20,
    "csv": 12,
    "html": 16,
    "spaces": 18,
    "semicolon": 6,
    "lines": 8,
}


def table_format(rng: random.Random) -> str:
    return rng.choices(list(TABLE_FORMATS), list(TABLE_FORMATS.values()))[0]


def open_table(b: _Builder, fmt: str) -> None:
    if fmt == "html":
        b.add("<table>\n")


def close_table(b: _Builder, fmt: str) -> None:
    if fmt == "html":
        b.add("</table>\n")


# ---------------------------------------------------------------------------------------------
# Genres


def aid_table(rng: random.Random) -> Document:
    b = _Builder("aid_table")
    fmt = table_format(rng)
    program = rng.choice(
        ["BLT Dana Desa", "PKH", "BPNT", "Bantuan Sosial Tunai", "RTLH", "PBI-JK"]
    )
    masked = rng.random() < 0.15
    columns = ["No", "Nama", "NIK"]
    if not masked and rng.random() < 0.7:
        columns.append("No. KK")
    if rng.random() < 0.7:
        columns.append("Alamat")
    if rng.random() < 0.55:
        columns.append("Tempat, Tgl Lahir")
    if rng.random() < 0.4:
        columns.append("No. HP")
    if rng.random() < 0.3:
        columns.append("No. Rekening")
    if rng.random() < 0.5:
        columns.append("Besaran")
    village, district = rng.choice(VILLAGES), rng.choice(DISTRICTS)
    head = "<p>" if fmt == "html" else ""
    tail = "</p>\n" if fmt == "html" else "\n"
    b.add(
        head,
        f"DAFTAR PENERIMA {program.upper()} TAHUN ANGGARAN ",
        N("year", str(rng.randint(2020, 2026))),
    )
    b.add(f"\nDesa {village}, Kecamatan {district}. Dasar: ", regulation(rng), tail)
    open_table(b, fmt)
    emit_row(b, [[c] for c in columns], fmt, header=True)
    where = f"table-{fmt}"
    for row in range(1, rng.randint(4, 18)):
        female = rng.random() < 0.5
        born = random_date(rng, 1940, 2006)
        area = area_code(rng)
        cells: list[list] = []
        for column in columns:
            if column == "No":
                cells.append([str(row)])
            elif column == "Nama":
                cells.append([person_name(rng, female)])
            elif column == "NIK":
                digits = nik_digits(rng, female, born, area)
                weights = {"masked": 1} if masked else NIK_STYLES
                value, style = format_sixteen(rng, digits, weights)
                cells.append([P("nik", value, f"{style}/{where}")])
            elif column == "No. KK":
                value, style = format_sixteen(rng, kk_digits(rng, area), KK_STYLES)
                cells.append([P("kk", value, f"{style}/{where}")])
            elif column == "Alamat":
                value, style = address(rng)
                cells.append([P("address", value, f"{style}/{where}")])
            elif column == "Tempat, Tgl Lahir":
                value, style = format_date(rng, born)
                cells.append([place_before_date(rng), P("birth_date", value, f"{style}/{where}")])
            elif column == "No. HP":
                value, style = format_phone(rng, mobile_nsn(rng))
                cells.append([P("phone", value, f"{style}/{where}")])
            elif column == "No. Rekening":
                bank, value, style = bank_account(rng)
                cells.append([f"{bank} ", P("bank_account", value, f"{style}/{where}")])
            elif column == "Besaran":
                cells.append([amount(rng, plain=fmt in ("csv", "tab"))])
        emit_row(b, cells, fmt)
    close_table(b, fmt)
    b.add(
        head, "Jumlah bantuan: ", amount(rng), ". ", *hard_negatives(rng, rng.randint(0, 2)), tail
    )
    b.add(signature(rng, with_nip=rng.random() < 0.5))
    return b.build()


def kks_number(rng: random.Random) -> tuple[str, str]:
    """A Kartu Keluarga Sejahtera card number: 16 digits, as a bank card is written."""
    digits = "60" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    style = rng.choices(["plain", "spaced", "dashed"], [40, 45, 15])[0]
    if style == "plain":
        return digits, style
    return group(digits, [4, 4, 4, 4], " " if style == "spaced" else "-"), style


def kks_table(rng: random.Random) -> Document:
    """Recipients of BPNT / PKH with their KKS card (a table, or one record per paragraph)."""
    b = _Builder("kks_table")
    fmt = table_format(rng)
    head = "<p>" if fmt == "html" else ""
    tail = "</p>\n" if fmt == "html" else "\n"
    village = rng.choice(VILLAGES)
    b.add(head, f"PENYALURAN BPNT MELALUI KARTU KELUARGA SEJAHTERA - DESA {village.upper()}", tail)
    if rng.random() < 0.3:
        for _ in range(rng.randint(2, 6)):
            value, style = kks_number(rng)
            keyword = rng.choice(["No. KKS: ", "Nomor KKS ", "Kartu Keluarga Sejahtera no. "])
            b.add(head, person_name(rng, rng.random() < 0.5), ", ", keyword)
            b.add(P("kks", value, f"{style}/prose"), ", menerima ", amount(rng), tail)
        return b.build()
    columns = ["No", "Nama", rng.choice(["No. KKS", "Nomor KKS", "Kartu KKS"]), "Nilai Bantuan"]
    open_table(b, fmt)
    emit_row(b, [[c] for c in columns], fmt, header=True)
    for row in range(1, rng.randint(4, 14)):
        value, style = kks_number(rng)
        cells = [
            [str(row)],
            [person_name(rng, rng.random() < 0.5)],
            [P("kks", value, f"{style}/table-{fmt}")],
            [amount(rng, plain=fmt in ("csv", "tab"))],
        ]
        emit_row(b, cells, fmt)
    close_table(b, fmt)
    return b.build()


INFORMATION = [
    "Salinan DPA Dinas Kesehatan",
    "Data penerima BLT Dana Desa",
    "Laporan realisasi anggaran",
    "Dokumen AMDAL pembangunan pasar",
    "Daftar sekolah penerima BOS",
    "SK penetapan UMK",
    "Rencana Strategis Dinas Sosial",
]


def request_recap(rng: random.Random) -> Document:
    b = _Builder("request_recap")
    fmt = table_format(rng)
    month, year = rng.randint(1, 12), rng.randint(2020, 2026)
    head = "<p>" if fmt == "html" else ""
    tail = "</p>\n" if fmt == "html" else "\n"
    b.add(
        head,
        "REKAPITULASI PERMOHONAN INFORMASI PUBLIK PPID KABUPATEN CONTOH\n",
        f"Bulan {MONTHS[month - 1]} ",
    )
    b.add(N("year", str(year)), tail)
    columns = ["No", "No. Registrasi", "Tanggal", "Nama Pemohon"]
    if rng.random() < 0.35:
        columns.append("Alamat")
    columns += ["No. HP", "E-mail", "Informasi yang Diminta", "Status"]
    open_table(b, fmt)
    emit_row(b, [[c] for c in columns], fmt, header=True)
    where = f"table-{fmt}"
    for row in range(1, rng.randint(4, 16)):
        female = rng.random() < 0.5
        name = person_name(rng, female)
        cells = []
        for column in columns:
            if column == "No":
                cells.append([str(row)])
            elif column == "No. Registrasi":
                cells.append([registration_number(rng)])
            elif column == "Tanggal":
                cells.append(
                    [N("date", format_date(rng, date(year, month, rng.randint(1, 28)))[0])]
                )
            elif column == "Nama Pemohon":
                cells.append([name])
            elif column == "Alamat":
                value, style = address(rng)
                cells.append([P("address", value, f"{style}/{where}")])
            elif column == "No. HP":
                value, style = format_phone(rng, mobile_nsn(rng))
                cells.append([P("phone", value, f"{style}/{where}")])
            elif column == "E-mail":
                cells.append([P("email", email_address(rng, name), f"plain/{where}")])
            elif column == "Informasi yang Diminta":
                cells.append([rng.choice(INFORMATION) + " " + str(rng.randint(2019, 2025))])
            else:
                cells.append([rng.choice(["Dikabulkan", "Ditolak", "Dalam proses", "Sebagian"])])
        emit_row(b, cells, fmt)
    close_table(b, fmt)
    b.add(head, "Jumlah permohonan: ", count(rng), "; dikabulkan: ", count(rng), ". Narahubung: ")
    b.add(*office_contact(rng), ", ", *office_contact(rng), ".", tail)
    return b.build()


def announcement(rng: random.Random) -> Document:
    b = _Builder("announcement")
    html = rng.random() < 0.35
    p, q = ("<p>", "</p>\n") if html else ("", "\n")
    b.add(p, "PENGUMUMAN\nNomor: ", letter_number(rng), q)
    b.add(
        p,
        rng.choice(
            [
                "Tentang Seleksi Petugas Layanan Informasi",
                "Tentang Pendaftaran Beasiswa",
                "Tentang Uji Konsekuensi Informasi Dikecualikan",
                "Tentang Jadwal Pelayanan",
            ]
        ),
    )
    b.add(q, p, "Berdasarkan ", regulation(rng), " dan ", regulation(rng), ", pendaftaran dibuka ")
    b.add("tanggal ", date_negative(rng), " s.d. ", date_negative(rng), " ", time_range(rng))
    b.add(
        " di ",
        *office_address(rng),
        ". Biaya ",
        amount(rng),
        ". Kuota ",
        count(rng),
        " peserta.",
        q,
    )
    b.add(p, *hard_negatives(rng, rng.randint(3, 8)), q)
    if rng.random() < 0.35:
        female = rng.random() < 0.5
        value, style = format_phone(rng, mobile_nsn(rng))
        b.add(
            p,
            f"Narahubung: Sdr. {person_name(rng, female)} (",
            P("phone", value, f"{style}/prose"),
        )
        b.add(").", q)
    if rng.random() < 0.15:
        b.add(p, "Format isian:\n", form_template(rng), q)
    b.add(p, "Informasi: ", *office_contact(rng), ", ", *office_contact(rng), q)
    b.add(signature(rng))
    return b.build()


def minutes(rng: random.Random) -> Document:
    b = _Builder("minutes")
    b.add(
        "NOTULEN RAPAT\nHari/Tanggal : ", date_negative(rng), "\nWaktu : ", time_range(rng), "\n"
    )
    b.add("Tempat : Ruang Rapat Diskominfo, ", *office_address(rng), "\n")
    b.add(
        "Acara : ",
        rng.choice(["Evaluasi Layanan PPID", "Pemutakhiran DIP", "Uji Konsekuensi"]),
        "\n",
    )
    b.add("Peserta :\n")
    for index in range(rng.randint(3, 7)):
        b.add(f"{index + 1}. {official_name(rng)}")
        if rng.random() < 0.3:
            b.add(" (NIP ", nip(rng), ")")
        b.add(f" - {rng.choice(ROLES)}\n")
    b.add("Pembahasan :\n1. Realisasi anggaran ", amount(rng), " dari pagu ", amount(rng), ". ")
    b.add(*hard_negatives(rng, rng.randint(2, 6)), "\n")
    b.add("2. Permohonan informasi bulan lalu sebanyak ", count(rng), " dengan rata-rata waktu ")
    b.add(N("count", str(rng.randint(2, 10))), " hari kerja. ", *hard_negatives(rng, 2), "\n")
    if rng.random() < 0.3:
        female = rng.random() < 0.5
        value, style = format_phone(rng, mobile_nsn(rng))
        b.add(
            "3. Keberatan dari pemohon Sdr. ", person_name(rng, female), " (", phone_keyword(rng)
        )
        b.add(
            P("phone", value, f"{style}/keyed"),
            ") akan dijawab paling lambat ",
            date_negative(rng),
        )
        b.add(".\n")
    if rng.random() < 0.2:
        b.add("4. Data pemohon tercatat: ", nik_keyword(rng))
        digits = nik_digits(rng, rng.random() < 0.5, random_date(rng, 1950, 2005))
        value, style = format_sixteen(rng, digits, NIK_STYLES_WITH_MASK)
        b.add(P("nik", value, f"{style}/keyed", keyed=True), ".\n")
    b.add("Kesimpulan: ", *hard_negatives(rng, 2), "\n\nNotulis,\n", official_name(rng), "\nNIP. ")
    b.add(nip(rng), "\n")
    b.add(signature(rng))
    return b.build()


def budget(rng: random.Random) -> Document:
    b = _Builder("budget")
    fmt = table_format(rng)
    b.add("RINCIAN BELANJA DINAS KOMUNIKASI DAN INFORMATIKA TAHUN ANGGARAN ")
    b.add(N("year", str(rng.randint(2020, 2026))), "\n")
    open_table(b, fmt)
    emit_row(
        b,
        [["Kode Rekening"], ["Uraian"], ["Volume"], ["Satuan"], ["Harga Satuan"], ["Jumlah"]],
        fmt,
        header=True,
    )
    plain = fmt in ("csv", "tab", "semicolon")
    for _ in range(rng.randint(4, 14)):
        emit_row(
            b,
            [
                [N("kode_rekening", kode_rekening(rng))],
                [rng.choice(BELANJA)],
                [N("count", str(rng.randint(1, 240)))],
                [rng.choice(["OB", "OH", "OK", "Paket", "Rim", "Bulan"])],
                [amount(rng, plain)],
                [amount(rng, plain, big=True)],
            ],
            fmt,
        )
    close_table(b, fmt)
    b.add("Total: ", amount(rng, big=True), "\n", *hard_negatives(rng, rng.randint(1, 4)), "\n")
    b.add(signature(rng))
    return b.build()


def regulations(rng: random.Random) -> Document:
    b = _Builder("regulations")
    b.add("DAFTAR INFORMASI PUBLIK — PERATURAN DAN PUBLIKASI\n")
    for index in range(rng.randint(5, 15)):
        b.add(f"{index + 1}. ")
        kind = rng.random()
        if kind < 0.5:
            b.add(regulation(rng), " tentang ", rng.choice(INFORMATION), "\n")
        elif kind < 0.7:
            b.add(
                "Keputusan Bupati Nomor ",
                letter_number(rng),
                " tanggal ",
                date_negative(rng),
                "\n",
            )
        elif kind < 0.9:
            b.add(
                f"Buku Kabupaten Contoh Dalam Angka {rng.randint(2019, 2025)}, ISBN ",
                isbn(rng),
                "\n",
            )
        else:
            b.add("Profil PPID, ", *office_address(rng), ", ", *office_contact(rng), "\n")
    b.add(*hard_negatives(rng, rng.randint(1, 4)), "\n")
    return b.build()


def person_record(rng: random.Random, fields: list[str], where: str = "keyed") -> list:
    """Label: value lines of one person (a letter, a form, a biodata)."""
    female = rng.random() < 0.5
    name = person_name(rng, female)
    born = random_date(rng, 1945, 2006)
    area = area_code(rng)
    pieces: list = [f"Nama : {name}\n"]
    for name_of_field in fields:
        if name_of_field == "nik":
            value, style = format_sixteen(
                rng, nik_digits(rng, female, born, area), NIK_STYLES_WITH_MASK
            )
            pieces += [nik_keyword(rng), P("nik", value, f"{style}/{where}", keyed=True), "\n"]
        elif name_of_field == "kk":
            value, style = format_sixteen(rng, kk_digits(rng, area), KK_STYLES)
            pieces += [kk_keyword(rng), P("kk", value, f"{style}/{where}", keyed=True), "\n"]
        elif name_of_field == "birth_date":
            value, style = format_date(rng, born)
            pieces += [
                ttl_keyword(rng),
                place_before_date(rng),
                P("birth_date", value, f"{style}/{where}"),
            ]
            pieces += ["\n"]
        elif name_of_field == "address":
            value, style = address(rng)
            pieces += [address_keyword(rng), P("address", value, f"{style}/{where}"), "\n"]
        elif name_of_field == "phone":
            value, style = format_phone(rng, mobile_nsn(rng))
            pieces += [phone_keyword(rng), P("phone", value, f"{style}/{where}"), "\n"]
        elif name_of_field == "email":
            pieces += [rng.choice(["E-mail: ", "Email : ", "Surel: "])]
            pieces += [P("email", email_address(rng, name), f"plain/{where}"), "\n"]
        elif name_of_field == "npwp":
            keyword, piece = npwp_piece(rng, keyed_only=True)
            pieces += [keyword, piece, "\n"]
        elif name_of_field == "bank_account":
            bank, value, style = bank_account(rng)
            form = rng.randrange(4)
            if form == 0:
                pieces += [f"No. Rek. {bank} ", P("bank_account", value, f"{style}/{where}")]
                pieces += [f" a.n. {name}\n"]
            elif form == 1:
                pieces += [f"Rekening {bank} No. ", P("bank_account", value, f"{style}/{where}")]
                pieces += [f" atas nama {name}\n"]
            elif form == 2:
                pieces += ["No. Rekening: ", P("bank_account", value, f"{style}/{where}")]
                pieces += [f" ({bank}) a.n. {name}\n"]
            else:
                pieces += [
                    f"Nomor Rekening {bank}: ",
                    P("bank_account", value, f"{style}/{where}"),
                    "\n",
                ]
        elif name_of_field == "bpjs":
            value, style = bpjs_number(rng)
            pieces += [bpjs_keyword(rng), P("bpjs", value, f"{style}/{where}"), "\n"]
        elif name_of_field == "passport":
            value, style = passport_number(rng)
            pieces += [passport_keyword(rng), P("passport", value, f"{style}/{where}"), "\n"]
        elif name_of_field == "gender":
            pieces += [f"Jenis Kelamin : {'Perempuan' if female else 'Laki-laki'}\n"]
        elif name_of_field == "job":
            pieces += [f"Pekerjaan : {rng.choice(JOBS)}\n"]
    return pieces


LETTERS = {
    "SURAT KETERANGAN TIDAK MAMPU": [
        "nik",
        "kk",
        "birth_date",
        "gender",
        "job",
        "address",
        "phone",
    ],
    "SURAT REKOMENDASI PENERBITAN PASPOR": ["nik", "birth_date", "address", "passport", "phone"],
    "BIODATA CALON PENERIMA BEASISWA": [
        "nik",
        "kk",
        "birth_date",
        "address",
        "phone",
        "email",
        "bank_account",
        "bpjs",
        "npwp",
    ],
    "BIODATA TENAGA PENDUKUNG NON-ASN": [
        "nik",
        "birth_date",
        "address",
        "phone",
        "email",
        "npwp",
        "bank_account",
        "bpjs",
        "passport",
    ],
    "FORMULIR PERMOHONAN INFORMASI PUBLIK": ["nik", "address", "phone", "email"],
    "FORMULIR PENDAFTARAN PESERTA JKN": ["nik", "kk", "birth_date", "address", "bpjs", "phone"],
    "DATA NARASUMBER": ["npwp", "bank_account", "phone", "email", "passport"],
}


def personal_letter(rng: random.Random) -> Document:
    b = _Builder("personal_letter")
    title = rng.choice(list(LETTERS))
    fields = [f for f in LETTERS[title] if f in ("nik",) or rng.random() < 0.8]
    rng.shuffle(fields)
    html = rng.random() < 0.25
    p, q = ("<p>", "</p>\n") if html else ("", "\n")
    b.add(p, f"{title}\nNomor: ", letter_number(rng), q)
    b.add(p, "Yang bertanda tangan di bawah ini menerangkan bahwa:", q, p)
    b.add(person_record(rng, fields))
    b.add(q, p, "Demikian surat ini dibuat berdasarkan ", regulation(rng), " untuk dipergunakan ")
    b.add("sebagaimana mestinya. ", *hard_negatives(rng, rng.randint(0, 3)), q)
    if rng.random() < 0.3:  # a narrative sentence with the same kinds of data
        female = rng.random() < 0.5
        value, style = format_sixteen(
            rng, nik_digits(rng, female, random_date(rng, 1950, 2005)), NIK_STYLES_WITH_MASK
        )
        addr, addr_style = address(rng)
        b.add(
            p,
            f"Saudara {person_name(rng, female)} (NIK ",
            P("nik", value, f"{style}/prose", keyed=True),
        )
        b.add(") yang beralamat di ", P("address", addr, f"{addr_style}/prose"), " lahir di ")
        born, born_style = birth_date(rng)
        b.add(
            f"{rng.choice(PLACES)} pada tanggal ",
            P("birth_date", born, f"{born_style}/prose"),
            ".",
            q,
        )
    b.add(signature(rng, with_nip=rng.random() < 0.6))
    return b.build()


def people_table(rng: random.Random) -> Document:
    """Haji pilgrims (passports), JKN members (BPJS) or speakers' fees (NPWP, accounts)."""
    b = _Builder("people_table")
    fmt = table_format(rng)
    which = rng.choice(["haji", "jkn", "honor", "pmi"])
    head = "<p>" if fmt == "html" else ""
    tail = "</p>\n" if fmt == "html" else "\n"
    where = f"table-{fmt}"
    if which == "haji":
        title, columns = (
            "DAFTAR CALON JEMAAH HAJI KLOTER ",
            ["No", "Nama", "No. Porsi", "No. Paspor", "Alamat"],
        )
    elif which == "pmi":
        title, columns = (
            "DATA CALON PEKERJA MIGRAN INDONESIA ",
            ["No", "Nama", "NIK", "No. Paspor", "No. HP"],
        )
    elif which == "jkn":
        title, columns = (
            "DAFTAR PESERTA PBI JK (BPJS KESEHATAN) ",
            ["No", "Nama", "NIK", "No. Kartu BPJS"],
        )
    else:
        title, columns = (
            "DAFTAR HONORARIUM NARASUMBER ",
            ["No", "Nama", "NPWP", "No. Rekening", "Jumlah"],
        )
    b.add(
        head,
        title,
        N("count", str(rng.randint(1, 99))),
        " TAHUN ",
        N("year", str(rng.randint(2020, 2026))),
    )
    b.add(tail)
    open_table(b, fmt)
    emit_row(b, [[c] for c in columns], fmt, header=True)
    for row in range(1, rng.randint(3, 9)):
        female = rng.random() < 0.5
        cells: list[list] = []
        for column in columns:
            if column == "No":
                cells.append([str(row)])
            elif column == "Nama":
                cells.append([person_name(rng, female)])
            elif column == "No. Porsi":
                cells.append([N("registration_number", f"{rng.randint(10**9, 2 * 10**9 - 1)}")])
            elif column == "No. Paspor":
                value, style = passport_number(rng)
                cells.append([P("passport", value, f"{style}/{where}")])
            elif column == "Alamat":
                value, style = address(rng)
                cells.append([P("address", value, f"{style}/{where}")])
            elif column == "NIK":
                digits = nik_digits(rng, female, random_date(rng, 1950, 2006))
                value, style = format_sixteen(rng, digits, NIK_STYLES)
                cells.append([P("nik", value, f"{style}/{where}")])
            elif column == "No. HP":
                value, style = format_phone(rng, mobile_nsn(rng))
                cells.append([P("phone", value, f"{style}/{where}")])
            elif column == "No. Kartu BPJS":
                value, style = bpjs_number(rng)
                cells.append([P("bpjs", value, f"{style}/{where}")])
            elif column == "NPWP":
                digits = npwp15_digits(rng)
                value = npwp_formatted(digits)
                cells.append([P("npwp", value, f"formatted/{where}")])
            elif column == "No. Rekening":
                bank, value, style = bank_account(rng)
                cells.append([f"{bank} ", P("bank_account", value, f"{style}/{where}")])
            elif column == "Jumlah":
                cells.append([amount(rng, plain=fmt in ("csv", "tab"))])
        emit_row(b, cells, fmt)
    close_table(b, fmt)
    b.add(head, *hard_negatives(rng, rng.randint(1, 3)), tail)
    b.add(signature(rng))
    return b.build()


# --- HTML, spam ---------------------------------------------------------------------------------

SPAM_DOMAINS = [
    "slotgacor88.example",
    "gacor-maxwin.example",
    "togelonline4d.example",
    "situs-slot-resmi.example",
    "rtplive-hariini.example",
    "bandar-toto.example",
    "linkalternatif.example",
    "cdn-static-js.example",
]

GAMBLING_TERMS = [
    "slot gacor",
    "situs slot",
    "slot online",
    "maxwin",
    "togel",
    "togel online",
    "toto macau",
    "rtp live",
    "rtp slot",
    "bocoran rtp",
    "pola gacor",
    "slot88",
    "bandar togel",
    "agen slot",
    "link slot",
    "slot demo",
    "akun pro slot",
    "scatter hitam",
    "situs toto",
    "slot deposit pulsa",
]

LEET = {"o": "0", "a": "4", "i": "1", "e": "3"}
HOMOGLYPHS = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "c": "\u0441", "p": "\u0440"}


def obfuscate(rng: random.Random, term: str) -> tuple[str, str]:
    style = rng.choices(
        [
            "plain",
            "upper",
            "title",
            "leet",
            "leet-some",
            "spaced",
            "dotted",
            "joined",
            "hyphen",
            "mixedcase",
            "homoglyph",
            "zwsp",
        ],
        [30, 8, 8, 12, 10, 5, 5, 7, 5, 5, 3, 2],
    )[0]
    if style == "plain":
        return term, style
    if style == "upper":
        return term.upper(), style
    if style == "title":
        return term.title(), style
    if style == "leet":
        return "".join(LEET.get(c, c) for c in term), style
    if style == "leet-some":
        chars = list(term)
        spots = [i for i, c in enumerate(chars) if c in LEET]
        for i in rng.sample(spots, max(1, len(spots) // 2)) if spots else []:
            chars[i] = LEET[chars[i]]
        return "".join(chars), style
    if style == "spaced":
        return "  ".join(" ".join(word) for word in term.split()), style
    if style == "dotted":
        return " ".join(".".join(word) for word in term.split()), style
    if style == "joined":
        return term.replace(" ", ""), style
    if style == "hyphen":
        return term.replace(" ", "-"), style
    if style == "mixedcase":
        return "".join(c.upper() if i % 2 else c for i, c in enumerate(term)), style
    if style == "homoglyph":
        return "".join(HOMOGLYPHS.get(c, c) if i % 2 else c for i, c in enumerate(term)), style
    return "\u200b".join(term), style


def gambling_term(rng: random.Random, where: str) -> P:
    value, style = obfuscate(rng, rng.choice(GAMBLING_TERMS))
    return P("gambling", value, f"{style}/{where}")


SPAM_TEMPLATES = [
    "Daftar {T} terpercaya, dijamin {T} setiap hari!",
    "{T} hari ini: cek {T} sebelum bermain.",
    "Link {T} resmi {Y} anti rungkad.",
    "Main {T} deposit 10rb tanpa potongan, {T} x500.",
    "Bocoran {T} pagi ini, gampang menang.",
    "{T}",
    "Agen {T} nomor 1 di Indonesia.",
    "Info {T} dan {T} terbaru, klik di sini.",
    "Kunjungi {T} terbesar se-Asia.",
]


def spam_sentence(rng: random.Random, b: _Builder, where: str) -> None:
    template = rng.choice(SPAM_TEMPLATES).replace("{Y}", str(rng.randint(2023, 2026)))
    with b.tolerate("gambling"):
        for index, chunk in enumerate(template.split("{T}")):
            if index:
                b.add(gambling_term(rng, where))
            if chunk:
                b.add(chunk)


def spam_url(rng: random.Random) -> str:
    if rng.random() < 0.25:  # parasite pages on the site itself
        page = rng.choice(["slot-gacor", "togel", "rtp-live"])
        return f"{OFFICE_SITE}/?page={page}{rng.randint(1, 99)}"
    return f"https://{rng.choice(SPAM_DOMAINS)}/{rng.choice(['', 'daftar', 'login', 'rtp'])}"


def unsafe_html(rng: random.Random) -> tuple[str, str]:
    url = spam_url(rng)
    forms = {
        "script-inline": "<script>alert('XSS')</script>",
        "script-src": f'<script src="https://{rng.choice(SPAM_DOMAINS)}/js/app.min.js"></script>',
        "script-redirect": f'<script type="text/javascript">location.href="{url}";</script>',
        "script-upper": "<SCRIPT>document.write(unescape('%3Ca%20href%3D'))</SCRIPT>",
        "onerror": '<img src="x" onerror="alert(document.cookie)">',
        "onerror-bare": f"<img src=x onerror=this.src='{url}?c='+document.cookie>",
        "svg-onload": f"<svg onload=\"fetch('{url}')\"></svg>",
        "body-onload": f"<body onload=\"location='{url}'\">",
        "onmouseover": f"<div onmouseover=\"location='{url}'\">Klik di sini</div>",
        "onclick": f'<a href="#" onclick="window.open(\'{url}\')">Info selengkapnya</a>',
        "js-url": '<a href="javascript:alert(document.domain)">Unduh formulir</a>',
        "js-url-case": '<a href="JavaScript:void(0)" title="Lihat">Lihat dokumen</a>',
        "js-url-space": '<a href=" javascript:alert(1)">Tautan</a>',
        "js-url-entity": '<a href="&#106;avascript:alert(1)">Daftar</a>',
        "iframe": f'<iframe src="{url}" width="1" height="1"></iframe>',
        "iframe-srcdoc": '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
        "form": f'<form action="{url}" method="post"><input type="text" name="user">'
        '<input type="password" name="pass"><button>Masuk</button></form>',
        "object": f'<object data="{url}"></object>',
        "embed": f'<embed src="{url}">',
        "meta-refresh": f'<meta http-equiv="refresh" content="0;url={url}">',
    }
    weights = [9, 7, 7, 3, 8, 4, 4, 3, 4, 5, 7, 4, 3, 3, 8, 2, 7, 2, 2, 3]
    style = rng.choices(list(forms), weights)[0]
    return forms[style], style


HIDERS = {
    "display-none": 'style="display:none"',
    "display-none-spaced": 'style="display: none;"',
    "visibility": 'style="visibility:hidden"',
    "visibility-spaced": 'style="color:#fff; visibility: hidden"',
    "font-size-0": 'style="font-size:0"',
    "font-size-0px": 'style="font-size: 0px; line-height:0"',
    "left-9999": 'style="position:absolute; left:-9999px"',
    "top-9999": 'style="position:absolute;top:-10000px"',
    "text-indent": 'style="text-indent:-9999px"',
    "height-0": 'style="height:0;overflow:hidden"',
    "opacity-0": 'style="opacity:0"',
    "hidden-attr": "hidden",
}
HIDER_WEIGHTS = [18, 10, 10, 6, 10, 6, 10, 6, 6, 6, 6, 6]


def hidden_link(rng: random.Random, b: _Builder) -> None:
    style = rng.choices(list(HIDERS), HIDER_WEIGHTS)[0]
    hider = HIDERS[style]
    start = b.pos
    with b.tolerate("unsafe_html", "gambling"):
        if rng.random() < 0.2:  # the link hides itself
            b.add(f'<a href="{spam_url(rng)}" {hider}>')
            b.add(
                gambling_term(rng, "hidden") if rng.random() < 0.7 else "jasa backlink murah",
                "</a>",
            )
        else:
            tag = rng.choice(["div", "div", "span", "p"])
            b.add(f"<{tag} {hider}>")
            for index in range(rng.randint(1, 4)):
                b.add(" " if index else "", f'<a href="{spam_url(rng)}">')
                anchor = rng.random()
                if anchor < 0.7:
                    b.add(gambling_term(rng, "hidden"))
                else:
                    b.add(
                        rng.choice(["cek di sini", "obat herbal", "jasa SEO", "link alternatif"])
                    )
                b.add("</a>")
            b.add(f"</{tag}>")
    label = Label("hidden_link", start, b.pos)
    b.doc.labels.append(label)
    b.doc.variants[label] = style


SAFE_HTML = [
    f'<a href="{OFFICE_SITE}/informasi-berkala/">Informasi Berkala</a>',
    '<a href="/documents/12/dip-2024.pdf">Daftar Informasi Publik</a>',
    '<img src="/media/images/rapat-ppid.width-800.jpg" alt="Rapat evaluasi PPID">',
    '<p style="text-align: center;">Pelayanan Informasi Publik</p>',
    '<span style="font-size: 0.875rem">Diperbarui berkala</span>',
    '<span style="font-size:0.9em">Sumber: Diskominfo</span>',
    '<div style="margin-left: -5px">Catatan</div>',
    '<td style="width: 40%">Uraian</td>',
    '<a href="https://www.youtube.com/watch?v=abc123">Tonton video sosialisasi</a>',
    '<a href="#top">Kembali ke atas</a>',
    '<div style="display: block">Jadwal layanan</div>',
    '<p style="visibility: visible">Maklumat pelayanan</p>',
    '<a href="mailto:ppid@contohkab.go.id">ppid@contohkab.go.id</a>',
    '<a href="tel:+62274123456">(0274) 123456</a>',
    "<ul><li>Formulir permohonan</li><li>Formulir keberatan</li></ul>",
    "<blockquote>Informasi publik bersifat terbuka.</blockquote>",
]

HTML_WORDS = [
    "Contoh serangan: &lt;script&gt;alert(1)&lt;/script&gt; harus ditolak oleh sistem.",
    "Pelatihan JavaScript dasar untuk pranata komputer.",
    "Jangan klik tautan yang diawali javascript: pada pesan berantai.",
    "Video dapat disematkan (embed) dari kanal resmi.",
    "Isi formulir (form) permohonan secara lengkap.",
    "Naskah (script) video profil daerah telah disetujui.",
    "Tag &lt;iframe&gt; tidak diizinkan dalam konten situs.",
    "Atribut onclick dan onerror dihapus otomatis oleh sistem.",
]


def html_page(rng: random.Random) -> Document:
    """A rich-text page; often with injected unsafe HTML, hidden links or visible spam."""
    b = _Builder("html_page")
    b.add(f"<h2>{rng.choice(['Berita', 'Pengumuman', 'Layanan Informasi', 'Profil PPID'])}</h2>\n")
    for _ in range(rng.randint(2, 6)):
        b.add("<p>", *hard_negatives(rng, rng.randint(1, 3)))
        roll = rng.random()
        if roll < 0.35:
            b.add(N("safe_html", rng.choice(SAFE_HTML)))
        elif roll < 0.5:
            b.add(N("html_words", rng.choice(HTML_WORDS)))
        b.add("</p>\n")
        roll = rng.random()
        if roll < 0.3:
            value, style = unsafe_html(rng)
            with b.tolerate("gambling", "hidden_link"):
                b.add(P("unsafe_html", value, style))
            b.add("\n")
        elif roll < 0.55:
            hidden_link(rng, b)
            b.add("\n")
        elif roll < 0.75:
            b.add("<p>")
            spam_sentence(rng, b, "visible")
            b.add("</p>\n")
    b.add("<p>Kontak: ", *office_contact(rng), ", ", N("safe_html", SAFE_HTML[12]), "</p>\n")
    return b.build()


def security_article(rng: random.Random) -> Document:
    b = _Builder("security_article")
    b.add("<h2>Waspada Peretasan Situs Pemerintah</h2>\n")
    for _ in range(rng.randint(3, 7)):
        b.add("<p>", N("html_words", rng.choice(HTML_WORDS)), " ", *gambling_legit(rng))
        b.add(*hard_negatives(rng, rng.randint(1, 2)), "</p>\n")
        if rng.random() < 0.4:
            b.add(N("safe_html", rng.choice(SAFE_HTML)), "\n")
    return b.build()


def letter_register(rng: random.Random) -> Document:
    """Agenda surat: every line holds a date, a letter number, often a regulation and an amount;
    no personal data (officials' NIP only in the signature)."""
    b = _Builder("letter_register")
    fmt = table_format(rng)
    b.add(rng.choice(["AGENDA SURAT KELUAR ", "BUKU AGENDA SURAT MASUK ", "REGISTER SK "]))
    b.add(rng.choice(UNITS).upper(), " TAHUN ", N("year", str(rng.randint(2019, 2026))), "\n")
    open_table(b, fmt)
    columns = ["No", "Tanggal", "Nomor Surat", "Perihal", "Dasar", "Nilai"]
    emit_row(b, [[c] for c in columns], fmt, header=True)
    for row in range(1, rng.randint(6, 24)):
        emit_row(
            b,
            [
                [str(row)],
                [N("date", recent_date(rng))],
                [letter_number(rng)],
                [rng.choice(SUBJECTS)],
                [regulation(rng)],
                [amount(rng, plain=fmt in ("csv", "tab"), big=rng.random() < 0.3)],
            ],
            fmt,
        )
    close_table(b, fmt)
    b.add(*hard_negatives(rng, rng.randint(1, 3)), "\n", signature(rng))
    return b.build()


SUBJECTS = [
    "Undangan rapat koordinasi",
    "Permohonan data statistik sektoral",
    "Penyampaian laporan realisasi anggaran",
    "Pencairan dana hibah",
    "Penetapan tim pengelola website",
    "Pemberitahuan jadwal uji publik",
    "Pengadaan langganan internet",
]


def disbursement(rng: random.Random) -> Document:
    """Rekap penyaluran bantuan: a row per recipient with NIK, amounts, dates, SP2D and letter
    numbers - personal data among many other numbers on each line."""
    b = _Builder("disbursement")
    fmt = table_format(rng)
    stage = rng.choice(ROMAN[:4])
    b.add(f"REKAPITULASI PENYALURAN BLT DANA DESA TAHAP {stage} TAHUN ANGGARAN ")
    b.add(N("year", str(rng.randint(2020, 2026))), "\nDasar: ", regulation(rng), "; SK Nomor ")
    b.add(letter_number(rng), " tanggal ", N("date", long_date(rng)), "\n")
    open_table(b, fmt)
    columns = ["No", "Nama", "NIK", "Tanggal Salur", "No. SP2D", "Bulan", "Jumlah (Rp)"]
    emit_row(b, [[c] for c in columns], fmt, header=True)
    where = f"table-{fmt}"
    for row in range(1, rng.randint(6, 20)):
        female = rng.random() < 0.5
        digits = nik_digits(rng, female, random_date(rng, 1940, 2004), area_code(rng))
        value, style = format_sixteen(rng, digits, NIK_STYLES)
        sp2d = f"{rng.randint(1, 9999):04d}/SP2D-LS/{rng.choice(UNITS)}/{rng.randint(2020, 2026)}"
        emit_row(
            b,
            [
                [str(row)],
                [person_name(rng, female)],
                [P("nik", value, f"{style}/{where}")],
                [N("date", recent_date(rng))],
                [N("letter_number", sp2d)],
                [N("count", str(rng.randint(1, 12)))],
                [amount(rng, plain=fmt in ("csv", "tab"))],
            ],
            fmt,
        )
    close_table(b, fmt)
    b.add("Jumlah: ", amount(rng, big=True), ". ", *hard_negatives(rng, rng.randint(0, 2)), "\n")
    b.add(signature(rng))
    return b.build()


GENRES = {
    "letter_register": (letter_register, set()),
    "disbursement": (disbursement, {"nik"}),
    "aid_table": (aid_table, {"nik", "kk", "address", "birth_date", "phone", "bank_account"}),
    "request_recap": (request_recap, {"phone", "email", "address"}),
    "personal_letter": (
        personal_letter,
        {
            "nik",
            "kk",
            "npwp",
            "phone",
            "email",
            "bank_account",
            "bpjs",
            "passport",
            "birth_date",
            "address",
        },
    ),
    "people_table": (people_table, {"passport", "bpjs", "npwp", "bank_account", "nik", "phone"}),
    "html_page": (html_page, {"unsafe_html", "hidden_link", "gambling"}),
    "announcement": (announcement, {"phone"}),
    "minutes": (minutes, set()),
    "budget": (budget, set()),
    "regulations": (regulations, set()),
    "security_article": (security_article, set()),
}
NEGATIVE_GENRES = [
    "announcement",
    "minutes",
    "budget",
    "regulations",
    "security_article",
    "letter_register",
]


def generate_corpus(seed: int = SEED, per_kind: int = PER_KIND) -> list[Document]:
    """Documents until every kind has `per_kind` positives and negatives outnumber positives."""
    rng = random.Random(seed)  # noqa: S311 (reproducible test data, not secrets)
    documents: list[Document] = []
    positives: Counter[str] = Counter()
    negatives = 0
    while True:
        lacking = [kind for kind in KINDS if positives[kind] < per_kind and kind != "kks"]
        if not lacking and negatives >= sum(positives.values()):
            break
        if not lacking or rng.random() < 0.3:
            genre = rng.choice(NEGATIVE_GENRES)
        else:
            kind = rng.choice(lacking)
            genre = rng.choice([name for name, (_, kinds) in GENRES.items() if kind in kinds])
        document = GENRES[genre][0](rng)
        documents.append(document)
        positives.update(label.kind for label in document.labels)
        negatives += len(document.negatives)
    # KKS cards, from their own random stream: the documents above (and the speed benchmark's
    # dense text made from them) stay as they were before the kind was added.
    kks_rng = random.Random(seed + 1)  # noqa: S311 (reproducible test data)
    kks_found = 0
    while kks_found < per_kind:
        document = kks_table(kks_rng)
        documents.append(document)
        kks_found += sum(label.kind == "kks" for label in document.labels)
    return documents


# "Dense text (many numbers per line)": what a PPID site publishes in quantity - budget tables,
# letter registers, disbursement recaps, minutes and letters - with tables of persons among them.
# Weights per generated document; about a third of the text is tables of persons.
DENSE_MIX = {
    "budget": 3,
    "letter_register": 3,
    "disbursement": 2,
    "minutes": 2,
    "regulations": 1,
    "personal_letter": 1,
    "aid_table": 1,
    "request_recap": 1,
    "people_table": 1,
}
DENSE_GENRES = list(DENSE_MIX)
# Only tables of persons (the worst case for speed: a finding every ~50 characters).
PERSON_TABLE_GENRES = ["aid_table", "people_table", "request_recap"]
PROSE_GENRES = ["announcement", "regulations", "html_page", "security_article"]


def dense_documents(
    seed: int, min_bytes: int, genres: list[str] | dict[str, int] = DENSE_MIX
) -> list[str]:
    """Generated texts rich in numbers (tables, letters, budgets), `min_bytes` of UTF-8 in all;
    `genres` a list (equal weights) or a dict of weights."""
    rng = random.Random(seed)  # noqa: S311 (reproducible test data, not secrets)
    names = list(genres)
    weights = list(genres.values()) if isinstance(genres, dict) else None
    texts, size = [], 0
    while size < min_bytes:
        text = GENRES[rng.choices(names, weights)[0]][0](rng).text
        texts.append(text)
        size += len(text.encode()) + 1
    return texts


def dense_text(seed: int, min_bytes: int) -> str:
    """At least `min_bytes` of UTF-8 text rich in numbers, as one string."""
    return "\n".join(dense_documents(seed, min_bytes))


def stats(documents: list[Document]) -> tuple[Counter, Counter]:
    """(positives per kind, negatives per category)."""
    positives: Counter[str] = Counter()
    negatives: Counter[str] = Counter()
    for document in documents:
        positives.update(label.kind for label in document.labels)
        negatives.update(label.kind for label in document.negatives)
    return positives, negatives


def sixteen_is_nik_like(digits: str) -> bool:
    """Structure check used by the corpus self-test (not a detector)."""
    if digits[:2] not in PROVINCES:
        return False
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    day = day - 40 if day > 40 else day
    try:
        date(2000 + year, month, day)
    except ValueError:
        try:
            date(1900 + year, month, day)
        except ValueError:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Scoring


def same_kind(found: str, expected: str) -> bool:
    """nik and kk count as one kind for recall and precision (see `Score`)."""
    return found == expected or {found, expected} == {"nik", "kk"}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@dataclass
class Score:
    """Span-overlap scores of a scanner on documents.

    An expected label is found when a finding of the same kind overlaps it; a finding is true
    when it overlaps an expected label of the same kind, ignored when it only overlaps a
    `tolerated` span of its kind, and false otherwise.

    NIK and No. KK are interchangeable here: both are 16-digit Dukcapil numbers with the same
    layout (area code, six date digits, serial); a KK's date is its data-entry date, which no
    rule can tell from a man's birth date. In a table the only clue is a column header far
    from the value. Both are the same leak with the same remedy (block), so calling a KK a NIK
    still protects the person. Where the keyword stands right before the value (`keyed`), the
    kind must be exact: `keyed_exact` measures that separately.
    """

    expected: Counter = field(default_factory=Counter)  # kind -> labels
    found: Counter = field(default_factory=Counter)  # kind -> labels found
    findings: Counter = field(default_factory=Counter)  # kind -> findings counted
    true: Counter = field(default_factory=Counter)  # kind -> true findings
    ignored: Counter = field(default_factory=Counter)  # kind -> findings on tolerated spans
    variants: Counter = field(default_factory=Counter)  # (kind, variant) -> labels
    missed_variants: Counter = field(default_factory=Counter)  # (kind, variant) -> missed
    false_categories: Counter = field(default_factory=Counter)  # (kind, category) -> false
    keyed: int = 0
    keyed_exact: int = 0
    missed_examples: dict = field(default_factory=dict)  # (kind, variant) -> [context]
    false_examples: dict = field(default_factory=dict)  # (kind, category) -> [context]
    chars: int = 0

    def add(self, document: Document, findings) -> None:
        text = document.text
        self.chars += len(text)
        for label in document.labels:
            variant = document.variants.get(label, "")
            self.expected[label.kind] += 1
            self.variants[label.kind, variant] += 1
            if any(
                same_kind(f.kind, label.kind) and overlaps(f.start, f.end, label.start, label.end)
                for f in findings
            ):
                self.found[label.kind] += 1
            else:
                self.missed_variants[label.kind, variant] += 1
                _example(self.missed_examples, (label.kind, variant), text, label.start, label.end)
        for label in document.keyed:
            self.keyed += 1
            if any(
                f.kind == label.kind and overlaps(f.start, f.end, label.start, label.end)
                for f in findings
            ):
                self.keyed_exact += 1
        for f in findings:
            if any(
                same_kind(f.kind, label.kind) and overlaps(f.start, f.end, label.start, label.end)
                for label in document.labels
            ):
                self.findings[f.kind] += 1
                self.true[f.kind] += 1
            elif any(
                f.kind == span.kind and overlaps(f.start, f.end, span.start, span.end)
                for span in document.tolerated
            ):
                self.ignored[f.kind] += 1
            else:
                self.findings[f.kind] += 1
                category = next(
                    (
                        negative.kind
                        for negative in document.negatives
                        if overlaps(f.start, f.end, negative.start, negative.end)
                    ),
                    "other text",
                )
                if category == "other text":
                    category = next(
                        (
                            f"inside {label.kind}"
                            for label in document.labels
                            if overlaps(f.start, f.end, label.start, label.end)
                        ),
                        "other text",
                    )
                self.false_categories[f.kind, category] += 1
                _example(self.false_examples, (f.kind, category), text, f.start, f.end)

    def recall(self, kind: str | None = None) -> float:
        expected = self.expected[kind] if kind else sum(self.expected.values())
        found = self.found[kind] if kind else sum(self.found.values())
        return found / expected if expected else 1.0

    def precision(self, kind: str | None = None) -> float:
        findings = self.findings[kind] if kind else sum(self.findings.values())
        true = self.true[kind] if kind else sum(self.true.values())
        return true / findings if findings else 1.0

    def table(self) -> str:
        kinds = list(KINDS) + sorted(set(self.findings) - set(KINDS))
        lines = [
            f"{'kind':<13}{'expected':>9}{'found':>7}{'recall':>8}"
            f"{'findings':>10}{'false':>7}{'precision':>10}{'ignored':>9}"
        ]
        for kind in [*kinds, None]:
            findings = self.findings[kind] if kind else sum(self.findings.values())
            true = self.true[kind] if kind else sum(self.true.values())
            lines.append(
                f"{kind or 'ALL':<13}"
                f"{self.expected[kind] if kind else sum(self.expected.values()):>9}"
                f"{self.found[kind] if kind else sum(self.found.values()):>7}"
                f"{self.recall(kind):>8.3f}{findings:>10}{findings - true:>7}"
                f"{self.precision(kind):>10.3f}"
                f"{self.ignored[kind] if kind else sum(self.ignored.values()):>9}"
            )
        if self.keyed:
            lines.append(
                f"nik/kk with their keyword, exact kind: {self.keyed_exact}/{self.keyed} "
                f"= {self.keyed_exact / self.keyed:.3f}"
            )
        return "\n".join(lines)

    def report(self, examples: int = 3, only: str | None = None) -> str:
        """The table, then what was missed by format and what was flagged wrongly, by category;
        `only`: the misses of that kind and the false alarms of or on that kind."""
        lines = [self.table(), "", "Missed, by kind and format (missed/generated):"]
        for (kind, variant), missed in sorted(self.missed_variants.items(), key=lambda i: -i[1]):
            if only and kind != only:
                continue
            total = self.variants[kind, variant]
            lines.append(f"  {kind:<13}{variant:<32}{missed:>5}/{total:<5}")
            lines += [f"      {text}" for text in self.missed_examples[kind, variant][:examples]]
        lines += ["", "False alarms, by finding kind and what they hit:"]
        for (kind, category), number in sorted(self.false_categories.items(), key=lambda i: -i[1]):
            if only and only not in (kind, category.removeprefix("inside ")):
                continue
            lines.append(f"  {kind:<13}{category:<32}{number:>5}")
            lines += [f"      {text}" for text in self.false_examples[kind, category][:examples]]
        return "\n".join(lines)


def _example(store: dict, key, text: str, start: int, end: int) -> None:
    examples = store.setdefault(key, [])
    if len(examples) < 5:
        before = text[max(0, start - 40) : start].replace("\n", "⏎")
        after = text[end : end + 25].replace("\n", "⏎")
        examples.append(f"{before}[[{text[start:end]}]]{after}")


def score(documents: list[Document], scan) -> Score:
    """Score `scan(text) -> findings` (objects with kind, start, end) on `documents`."""
    result = Score()
    for document in documents:
        result.add(document, scan(document.text))
    return result
