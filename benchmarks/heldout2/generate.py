# ruff: noqa: E501
"""Generate the second held-out privacy corpus (benchmarks/heldout2/corpus.jsonl).

    .venv/bin/python benchmarks/heldout2/generate.py      # rewrites corpus.jsonl (seeded)

Written from a brief by a helper who never read the detector, its tests or the first held-out
generator. Same label format as benchmarks/heldout (see README.md there and here).
"""

import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pools as P  # noqa: E402

SEED = 8_2026_12_06
rng = random.Random(SEED)  # noqa: S311 (a seeded corpus, not secrets)
REGIONS = json.loads((HERE / "regions.json").read_text(encoding="utf-8"))["provinces"]


# --------------------------------------------------------------------------------------------
# Document builder: text plus labelled spans (personal) and negatives (hard negatives)
# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, did: str, genre: str, region: str) -> None:
        self.id, self.genre, self.region = did, genre, region
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: list[dict] = []
        self.k = 0

    def item(self, kind: str) -> str:
        self.k += 1
        return f"{self.id}-{self.k:03d}-{kind}"

    def t(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def p(self, kind: str, s: str, item: str | None = None) -> str:
        item = item or self.item(kind)
        if s:
            self.spans.append(
                {"kind": kind, "start": self.n, "end": self.n + len(s), "item": item}
            )
            self.t(s)
        return item

    def x(self, kind: str, s: str) -> None:
        self.negs.append({"kind": kind, "start": self.n, "end": self.n + len(s)})
        self.t(s)

    def emit(self, pieces: list) -> None:
        """pieces: (text, tag) with tag None | ("p", kind, item) | ("x", kind)."""
        for s, tag in pieces:
            if tag is None:
                self.t(s)
            elif tag[0] == "p":
                self.p(tag[1], s, tag[2])
            else:
                self.x(tag[1], s)

    def record(self) -> dict:
        text = "".join(self.buf)
        return {
            "id": self.id,
            "genre": self.genre,
            "region": self.region,
            "text": text,
            "spans": self.spans,
            "negatives": self.negs,
        }


def T(s: str) -> list:
    return [(s, None)]


def X(kind: str, s: str) -> list:
    return [(s, ("x", kind))]


def PP(kind: str, s: str, item: str) -> list:
    return [(s, ("p", kind, item))]


# --------------------------------------------------------------------------------------------
# Regions and local address vocabulary
# --------------------------------------------------------------------------------------------
class Region:
    def __init__(self, prov: dict, reg: dict, dist: list[str]) -> None:
        self.pcode, self.pname = prov["code"], prov["name"]
        self.rcode, self.rname = reg["code"], reg["name"]
        self.dcode, self.dname = dist
        self.code6 = self.pcode + self.rcode + self.dcode
        self.culture = P.CULTURE[self.pcode]
        self.kota = self.rname.startswith("Kota")
        self.short = self.rname.split(". ", 1)[-1].replace("Kota ", "")
        c, pc, rc = self.culture, self.pcode, self.rcode
        # village level
        if pc == "11":
            self.vlabel = "Gampong"
        elif pc == "13" and not self.kota:
            self.vlabel = "Nagari"
        elif pc == "34" and not self.kota:
            self.vlabel = "Kalurahan"
        elif pc == "18" and rc in ("04", "06", "13"):
            self.vlabel = "Pekon"
        elif pc == "18" and rc == "12":
            self.vlabel = "Tiyuh"
        elif (
            (pc == "18" and rc in ("02", "05", "08", "11"))
            or (pc == "14" and rc == "08")
            or c == "papua"
        ):
            self.vlabel = "Kampung"
        elif pc == "81" and rc in ("71", "01"):
            self.vlabel = "Negeri"
        elif self.kota:
            self.vlabel = "Kelurahan"
        else:
            self.vlabel = "Desa"
        # district level
        if pc == "34":
            self.dlabel = "Kemantren" if self.kota else "Kapanewon"
        elif c == "papua":
            self.dlabel = "Distrik"
        else:
            self.dlabel = "Kecamatan"
        # hamlet level
        if pc == "34" and not self.kota:
            self.ulabel = "Padukuhan"
        elif pc == "34":
            self.ulabel = "Kampung"
        elif pc == "33" and rc in ("09", "10", "11", "12", "13", "14", "15"):
            self.ulabel = "Dukuh"
        elif c == "bali":
            self.ulabel = "Banjar"
        elif c == "minang":
            self.ulabel = None if self.kota else "Jorong"
        elif c == "minahasa":
            self.ulabel = "Lingkungan" if self.kota else "Jaga"
        elif c == "sunda":
            self.ulabel = "Kampung"
        elif c == "betawi" or c == "papua":
            self.ulabel = None
        elif self.kota and c in ("batak", "sasak", "bugis", "sulawesi"):
            self.ulabel = "Lingkungan"
        elif pc in ("63", "64", "65") and self.kota:
            self.ulabel = None
        else:
            self.ulabel = "Dusun"
        if c in ("jawa", "sunda", "betawi") or (self.kota and c in ("melayu", "bugis", "ntt")):
            self.rt = "rtrw"
        elif pc in ("62", "63", "64", "65") or c == "papua":
            self.rt = "rt"
        elif c in ("bali", "minang", "aceh", "minahasa"):
            self.rt = "none"
        else:
            self.rt = rng.choice(["rtrw", "none", "rt"])
        slug = self.short.lower().replace(" ", "")
        if pc == "31":
            self.domain = "jakarta.go.id"
        else:
            self.domain = slug + ("kota" if self.kota else "kab") + ".go.id"
        self.label = f"{self.rname}, {self.pname}"

    def village(self) -> str:
        return rng.choice(P.VILLAGE[self.culture])

    def hamlet(self) -> str:
        pool = P.HAMLET[self.culture] or ["I"]
        return rng.choice(pool)

    def area_code(self) -> str:
        return AREA.get(self.pcode, "0" + str(rng.randint(251, 986)))


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
    "64": "0541",
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


def pick_region(pcode: str | None = None) -> Region:
    prov = rng.choice([p for p in REGIONS if pcode is None or p["code"] == pcode])
    reg = rng.choice(prov["regencies"])
    return Region(prov, reg, rng.choice(reg["districts"]))


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------
def rand_date(y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 31).toordinal()))


def nik_for(r: Region, birth: dt.date, female: bool) -> str:
    day = birth.day + (40 if female else 0)
    return f"{r.code6}{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 1999):04d}"


def kk_for(r: Region) -> str:
    d = rand_date(2006, 2024)
    return f"{r.code6}{d.day:02d}{d.month:02d}{d.year % 100:02d}{rng.randint(1, 120):04d}"


def npwp15(person: bool = True) -> str:
    head = (
        f"{rng.choice([4, 5, 6, 7, 8, 9, 24, 35, 44, 58, 66, 73, 81, 92]):02d}"
        if person
        else f"0{rng.randint(1, 3)}"
    )
    base = head + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return base + luhn_check(base) + f"{rng.randint(1, 999):03d}000"


def luhn_check(base: str) -> str:
    for c in "0123456789":
        if luhn_ok(base + c):
            return c
    return "0"


def luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def fmt_npwp15(n: str) -> str:
    style = rng.random()
    if style < 0.55:
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"
    if style < 0.7:
        return n
    if style < 0.8:
        return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8]} {n[9:12]} {n[12:]}"
    if style < 0.9:
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]} - {n[9:12]} . {n[12:]}"
    return f"{n[:9]}-{n[9:]}"


def digits(k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


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
    "0817",
    "0818",
    "0819",
    "0859",
    "0877",
    "0878",
    "0831",
    "0832",
    "0838",
    "0895",
    "0896",
    "0897",
    "0898",
    "0899",
    "0881",
    "0882",
    "0887",
    "0888",
    "0889",
]


def mobile() -> str:
    return rng.choice(MOBILE_PREFIX) + digits(rng.choice([6, 7, 8, 8, 8]))


def fmt_phone(m: str, allow_excel: bool = False) -> str:
    rest = m[1:]
    s = rng.random()
    if allow_excel and s < 0.12:
        return rest  # an Excel number: the leading 0 is lost
    if s < 0.25:
        return m
    if s < 0.40:
        return f"{m[:4]}-{m[4:8]}-{m[8:]}"
    if s < 0.52:
        return f"{m[:4]} {m[4:8]} {m[8:]}"
    if s < 0.62:
        return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
    if s < 0.70:
        return "+62" + rest
    if s < 0.76:
        return "62" + rest
    if s < 0.82:
        return f"({m[:4]}) {m[4:7]} {m[7:]}"
    if s < 0.88:
        return f"{m[:4]}.{m[4:8]}.{m[8:]}"
    if s < 0.93:
        return f"(+62) {rest[:3]} {rest[3:7]} {rest[7:]}"
    return f"{m[:4]} – {m[4:8]} – {m[8:]}"


EMAIL_DOMAINS = [
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
    "mail.com",
]


def email_for(name: str) -> str:
    parts = [w.lower().strip(".,'") for w in name.split() if w[0].isalpha() and "." not in w]
    parts = [p for p in parts if p.isalpha()] or ["warga"]
    first = parts[0]
    last = parts[-1] if len(parts) > 1 else ""
    style = rng.randint(0, 5)
    user = [
        f"{first}{last}",
        f"{first}.{last}",
        f"{first}_{rng.randint(70, 99)}",
        f"{first}{rng.randint(1, 999)}",
        f"{last or first}.{first[:1]}{rng.randint(10, 99)}",
        f"{first[:3]}{last[:4]}{rng.randint(1980, 2006)}",
    ][style].strip("._")
    return f"{user}@{rng.choice(EMAIL_DOMAINS)}"


def obf_email(e: str) -> str:
    user, dom = e.split("@")
    s = rng.randint(0, 8)
    if s == 0:
        return f"{user} [at] {dom.replace('.', ' [dot] ')}"
    if s == 1:
        return f"{user}(at){dom}"
    if s == 2:
        return f"{user} @ {dom.replace('.', ' . ')}"
    if s == 3:
        return f"{user}@{dom.replace('.', ',', 1)}"
    if s == 4:
        return f"{user} AT {dom.replace('.', ' DOT ')}"
    if s == 5:
        return f"{user}＠{dom}"
    if s == 6:
        return f"{user}\u200b@{dom}"
    if s == 7:
        return f"{user}[at]{dom.replace('.', '[.]')}"
    return f"{user} (at) {dom.replace('.', ' (titik) ')}"


def bank_account(bank: str) -> str:
    if bank == "BRI":
        a = digits(15)
        return rng.choice(
            [
                a,
                f"{a[:4]}-{a[4:6]}-{a[6:12]}-{a[12:14]}-{a[14]}",
                f"{a[:4]} {a[4:6]} {a[6:12]} {a[12:14]} {a[14]}",
            ]
        )
    if bank == "Bank Mandiri":
        a = digits(13)
        return rng.choice([a, f"{a[:3]}-{a[3:5]}-{a[5:12]}-{a[12]}", f"{a[:3]} {a[3:5]} {a[5:]}"])
    if bank in ("BNI", "BCA", "BSI"):
        a = digits(10)
        return rng.choice(
            [
                a,
                f"{a[:3]}-{a[3:6]}-{a[6:]}",
                f"{a[:4]} {a[4:8]} {a[8:]}",
                f"{a[:3]}.{a[3:6]}.{a[6:]}",
            ]
        )
    if bank == "BTN":
        a = "00" + digits(14)
        return rng.choice([a, f"{a[:5]}.{a[5:8]}.{a[8:]}"])
    if bank == "Bank Jateng":
        a = digits(10)
        return f"{a[0]}-{a[1:4]}-{a[4:9]}-{a[9]}"
    if bank == "BPD DIY":
        a = digits(12)
        return f"{a[:3]}.{a[3:6]}.{a[6:]}"
    if bank == "Bank Nagari":
        a = digits(13)
        return f"{a[:4]}.{a[4:8]}.{a[8:12]}-{a[12]}"
    if bank in ("Bank Aceh Syariah", "BPD Bali", "Bank Papua", "Bank Maluku Malut"):
        a = digits(14)
        return f"{a[:3]}.{a[3:5]}.{a[5:7]}.{a[7:13]}-{a[13]}"
    if bank == "Bank Sulselbar":
        a = digits(16)
        return f"{a[:3]}.{a[3:6]}.{a[6:15]}-{a[15]}"
    a = digits(rng.choice([10, 11, 12, 13]))
    return rng.choice([a, f"{a[:3]}-{a[3:5]}-{a[5:]}", f"{a[:4]}.{a[4:8]}.{a[8:]}"])


def bpjs_no() -> str:
    a = "000" + digits(10)
    return rng.choice(
        [
            a,
            a,
            f"{a[:4]}-{a[4:8]}-{a[8:]}",
            f"{a[:3]} {a[3:]}",
            f"{a[:4]} {a[4:8]} {a[8:]}",
            f"{a[:3]}-{a[3:]}",
        ]
    )


def kpj_no() -> str:
    a = rng.choice(["1", "2"]) + rng.choice(["0", "1", "2", "3", "4", "7", "8"]) + digits(9)
    return rng.choice([a, f"{a[:2]}{a[2:5]} {a[5:]}", f"{a[:3]}-{a[3:7]}-{a[7:]}"])


def kks_no() -> str:
    a = rng.choice(["601301", "601302", "603298", "526422", "601300"]) + digits(10)
    return rng.choice(
        [a, f"{a[:4]} {a[4:8]} {a[8:12]} {a[12:]}", f"{a[:4]}-{a[4:8]}-{a[8:12]}-{a[12:]}"]
    )


def passport_no() -> str:
    a = rng.choice("ABCEX") + digits(7)
    s = rng.random()
    if s < 0.12:
        return a.lower()
    if s < 0.25:
        return a[0] + " " + a[1:]
    return a


def group_id(n: str) -> str:
    """A 16-digit identifier in the ways offices write it."""
    s = rng.random()
    if s < 0.62:
        return n
    if s < 0.70:
        return f"{n[:6]} {n[6:12]} {n[12:]}"
    if s < 0.76:
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"
    if s < 0.82:
        return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"
    if s < 0.87:
        return "'" + n  # a spreadsheet cell kept as text
    if s < 0.92:
        return f"{n[:6]}-{n[6:12]}-{n[12:]}"
    return f"{n[:6]}.{n[6:12]}.{n[12:]}"


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def obf_number(n: str, html: bool = False) -> str:
    """Tricks for an identifier already formatted (n)."""
    ds = [i for i, ch in enumerate(n) if ch.isdigit()]
    modes = [
        "zw",
        "nbsp",
        "thin",
        "full",
        "softhy",
        "ocr",
        "sep",
        "group88",
        "group124",
        "linebreak",
        "arabic",
    ]
    if html:
        modes += ["html", "html", "html"]
    m = rng.choice(modes)
    raw = "".join(ch for ch in n if ch.isdigit())
    if m == "zw":
        cut = sorted(rng.sample(ds[1:-1], min(2, len(ds) - 2)))
        out = n
        for c in reversed(cut):
            out = out[:c] + rng.choice(ZW) + out[c:]
        return out
    if m == "nbsp":
        if " " in n:
            return n.replace(" ", "\u00a0")
        return raw[:6] + "\u00a0" + raw[6:12] + "\u00a0" + raw[12:]
    if m == "thin":
        return (
            " ".join([raw[:4], raw[4:8], raw[8:12], raw[12:]])
            .replace(" ", "\u2009")
            .strip("\u2009")
        )
    if m == "full":
        return "".join(chr(0xFF10 + int(ch)) if ch.isdigit() else ch for ch in n)
    if m == "arabic":
        return "".join(chr(0x0660 + int(ch)) if ch.isdigit() else ch for ch in raw)
    if m == "softhy":
        return raw[:8] + "\u00ad" + raw[8:]
    if m == "ocr":
        return " ".join(raw)
    if m == "sep":
        sep = rng.choice(["_", "·", "/", ","])
        return (
            sep.join([raw[:6], raw[6:12], raw[12:]])
            if len(raw) >= 13
            else sep.join([raw[:4], raw[4:]])
        )
    if m == "group88":
        h = len(raw) // 2
        return raw[:h] + " " + raw[h:]
    if m == "group124":
        return raw[:-4] + " " + raw[-4:]
    if m == "linebreak":
        c = len(raw) // 2 + rng.randint(-3, 3)
        return raw[:c] + "\n" + raw[c:]
    # html
    a = rng.randint(4, 8)
    b = a + rng.randint(3, 5)
    tag = rng.choice(["b", "span", "strong", "i", 'span class="x"'])
    close = tag.split()[0]
    return f"{raw[:a]}<{tag}>{raw[a:b]}</{close}>{raw[b:]}"


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------
UNITS = [
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


def terbilang(n: int) -> str:
    if n < 12:
        return UNITS[n]
    if n < 20:
        return UNITS[n - 10] + " belas"
    if n < 100:
        return (UNITS[n // 10] + " puluh" + (" " + UNITS[n % 10] if n % 10 else "")).strip()
    if n < 200:
        return "seratus" + (" " + terbilang(n - 100) if n > 100 else "")
    if n < 1000:
        return UNITS[n // 100] + " ratus" + (" " + terbilang(n % 100) if n % 100 else "")
    if n < 2000:
        return "seribu" + (" " + terbilang(n - 1000) if n > 1000 else "")
    return terbilang(n // 1000) + " ribu" + (" " + terbilang(n % 1000) if n % 1000 else "")


def fmt_date(d: dt.date, style: str | None = None) -> str:
    styles = [
        "dmy-",
        "dmy/",
        "dmy/",
        "d/m/yy",
        "dmy.",
        "d Month Y",
        "d Month Y",
        "d Month Y",
        "d Mon Y",
        "d-ROM-Y",
        "iso",
        "Mon d, Y",
        "d Month Y en",
        "words",
        "DMONTHY",
        "d-Mon-yy",
        "dd-mm-yy",
        "dmy space",
    ]
    s = style or rng.choice(styles)
    D, M, Y = d.day, d.month, d.year
    if s == "dmy-":
        return f"{D:02d}-{M:02d}-{Y}"
    if s == "dmy/":
        return rng.choice([f"{D:02d}/{M:02d}/{Y}", f"{D}/{M}/{Y}"])
    if s == "d/m/yy":
        return f"{D}/{M}/{Y % 100:02d}"
    if s == "dd-mm-yy":
        return f"{D:02d}-{M:02d}-{Y % 100:02d}"
    if s == "dmy.":
        return f"{D:02d}.{M:02d}.{Y}"
    if s == "dmy space":
        return f"{D:02d} {M:02d} {Y}"
    if s == "d Month Y":
        return f"{D} {P.MONTHS_ID[M - 1]} {Y}"
    if s == "DMONTHY":
        return f"{D:02d} {P.MONTHS_ID[M - 1].upper()} {Y}"
    if s == "d Mon Y":
        return f"{D} {P.MONTHS_ID_ABBR[M - 1]} {Y}"
    if s == "d-ROM-Y":
        return rng.choice(
            [
                f"{D}-{P.ROMAN[M - 1]}-{Y}",
                f"{D:02d}-{P.ROMAN[M - 1]}-{Y}",
                f"{D} {P.ROMAN[M - 1]} {Y}",
            ]
        )
    if s == "iso":
        return f"{Y}-{M:02d}-{D:02d}"
    if s == "Mon d, Y":
        return f"{P.MONTHS_EN_ABBR[M - 1]} {D}, {Y}"
    if s == "d Month Y en":
        return rng.choice([f"{D} {P.MONTHS_EN[M - 1]} {Y}", f"{P.MONTHS_EN[M - 1]} {D}, {Y}"])
    if s == "d-Mon-yy":
        return f"{D:02d}-{P.MONTHS_EN_ABBR[M - 1]}-{Y % 100:02d}"
    if s == "words":
        return f"{terbilang(D)} {P.MONTHS_ID[M - 1]} {terbilang(Y)}"
    return f"{D:02d}-{M:02d}-{Y}"


NUMERIC_STYLES = ["dmy-", "dmy/", "d/m/yy", "dmy.", "iso", "dd-mm-yy", "dmy space"]


# --------------------------------------------------------------------------------------------
# Persons
# --------------------------------------------------------------------------------------------
class Person:
    def __init__(self, r: Region, y0: int = 1940, y1: int = 2004) -> None:
        self.r = r
        c = r.culture
        first = rng.choice(P.FIRST[c])
        suf = rng.choice(P.SUFFIX.get(c, [""]))
        self.name = (first + " " + suf).strip()
        fem_words = (
            "Ni ",
            "Cut",
            "Siti",
            "Sri",
            "Baiq",
            "Inaq",
            "Hj.",
            "Mbok",
            "Wa Ode",
            "Br.",
            "Maria",
            "Theresia",
            "Agustina",
            "Yuliana",
            "Margaretha",
            "Mince",
            "Yosina",
            "Fince",
            "Ruth",
            "Debora",
            "Elisabet",
            "Meiske",
            "Nova",
            "Olvie",
            "Deisy",
            "Merry",
            "Novita",
            "Salma",
        )
        self.female = any(w in self.name for w in fem_words) or self.name.split()[0].endswith(
            ("i", "ah", "ti", "na", "ni", "yem", "nah", "sih")
        )
        self.birth = rand_date(y0, y1)
        self.nik = nik_for(r, self.birth, self.female)
        self.kk = kk_for(r)
        self.phone = mobile()
        self.email = email_for(self.name)
        self.bank = rng.choice(P.BANKS_PERSON)
        self.account = bank_account(self.bank)
        self.place = rng.choice(
            [
                r.short,
                r.short,
                r.dname,
                rng.choice(
                    [
                        "Jakarta",
                        "Medan",
                        "Surabaya",
                        "Makassar",
                        "Ambon",
                        "Kupang",
                        "Padang",
                        "Bandung",
                        "Semarang",
                        "Denpasar",
                        "Jayapura",
                        "Pontianak",
                        "Manado",
                    ]
                ),
            ]
        )
        self.village = r.village()
        self.hamlet = r.hamlet()
        self.rt = rng.randint(1, 25)
        self.rw = rng.randint(1, 12)
        self.job = rng.choice(P.JOBS)

    def age(self, year: int = 2024) -> int:
        return year - self.birth.year

    # address parts --------------------------------------------------------------------------
    def rt_text(self) -> str:
        r = self.r
        if r.rt == "none":
            return ""
        rt = rng.choice([f"{self.rt:03d}", f"{self.rt:02d}", str(self.rt)])
        if r.rt == "rt":
            return rng.choice([f"RT {rt}", f"RT.{rt}", f"Rt. {rt}"])
        rw = rng.choice([f"{self.rw:03d}", f"{self.rw:02d}", str(self.rw)])
        return rng.choice(
            [
                f"RT {rt}/RW {rw}",
                f"RT {rt} RW {rw}",
                f"RT.{rt}/RW.{rw}",
                f"Rt {rt} Rw {rw}",
                f"RT {rt}/{rw}",
                f"RT. {rt} / RW. {rw}",
            ]
        )

    def unit_text(self) -> str:
        r = self.r
        if not r.ulabel:
            return ""
        if r.ulabel == "Banjar":
            return rng.choice(
                [f"Banjar {self.hamlet}", f"Br. {self.hamlet}", f"Banjar Dinas {self.hamlet}"]
            )
        if r.ulabel == "Kampung" and r.culture == "sunda":
            return rng.choice(
                [f"Kp. {self.hamlet}", f"Kampung {self.hamlet}", f"Kp {self.hamlet}"]
            )
        if r.ulabel == "Padukuhan":
            return rng.choice(
                [
                    f"Padukuhan {self.hamlet}",
                    f"Pedukuhan {self.hamlet}",
                    f"Dsn. {self.hamlet}",
                    self.hamlet,
                ]
            )
        if r.ulabel == "Dusun":
            return rng.choice(
                [f"Dusun {self.hamlet}", f"Dsn. {self.hamlet}", f"Dusun {self.hamlet}"]
            )
        if r.ulabel == "Lingkungan":
            return rng.choice(
                [f"Lingkungan {self.hamlet}", f"Ling. {self.hamlet}", f"Lingk. {self.hamlet}"]
            )
        return f"{r.ulabel} {self.hamlet}"

    def village_text(self) -> str:
        v = self.r.vlabel
        abbr = {
            "Desa": "Ds.",
            "Kelurahan": "Kel.",
            "Kalurahan": "Kal.",
            "Gampong": "Gp.",
            "Kampung": "Kp.",
            "Nagari": "Nagari",
            "Pekon": "Pekon",
            "Tiyuh": "Tiyuh",
            "Negeri": "Negeri",
        }[v]
        return rng.choice([f"{v} {self.village}", f"{abbr} {self.village}", self.village])

    def dist_text(self) -> str:
        lab = self.r.dlabel
        abbr = {
            "Kecamatan": "Kec.",
            "Kapanewon": "Kap.",
            "Kemantren": "Kemantren",
            "Distrik": "Distrik",
        }[lab]
        return rng.choice([f"{lab} {self.r.dname}", f"{abbr} {self.r.dname}", self.r.dname])

    def address(self, full: bool | None = None) -> str:
        """A home address in the local style, as one string."""
        r = self.r
        full = rng.random() < 0.45 if full is None else full
        s = rng.random()
        parts: list[str] = []
        if r.pcode == "31" or (r.kota and s < 0.35):
            st = rng.choice(P.STREETS)
            parts.append(
                rng.choice(
                    [
                        f"{st} No. {rng.randint(1, 140)}",
                        f"{st} No.{rng.randint(1, 99)}{rng.choice(['', 'A', 'B'])}",
                        st,
                    ]
                )
            )
        elif s < 0.12:
            parts.append(
                f"{rng.choice(P.PERUM)} Blok {rng.choice('ABCDEFGHJK')}{rng.randint(1, 12)} No. {rng.randint(1, 40)}"
            )
        elif s < 0.2:
            parts.append(rng.choice(P.LANDMARK).format(v=self.village))
        u = self.unit_text()
        if u:
            parts.append(u)
        rt = self.rt_text()
        if rt:
            parts.append(rt)
        parts.append(self.village_text())
        if full or len(parts) < 2:
            parts.append(self.dist_text())
        if full and rng.random() < 0.6:
            parts.append(r.rname.replace("Kab. ", rng.choice(["Kab. ", "Kabupaten ", ""])))
        sep = rng.choice([", ", ", ", " ", " - "])
        out = sep.join(parts)
        if rng.random() < 0.25:
            out = out.upper()
        return out

    def address_en(self) -> str:
        r = self.r
        bits = []
        if r.ulabel:
            bits.append(
                f"{self.hamlet} {r.ulabel if r.ulabel != 'Banjar' else 'Banjar'}"
                if rng.random() < 0.4
                else f"{r.ulabel} {self.hamlet}"
            )
        if r.rt != "none":
            bits.append(f"RT {self.rt:02d}" + (f" RW {self.rw:02d}" if r.rt == "rtrw" else ""))
        bits.append(f"{self.village} Village")
        bits.append(f"{r.dname} {'District' if r.dlabel != 'Distrik' else 'District'}")
        bits.append(r.short + (" City" if r.kota else " Regency"))
        return ", ".join(bits)

    def ttl(self) -> tuple[str, str]:
        return self.place, fmt_date(self.birth)


def upper_name(p: Person) -> str:
    return p.name.upper() if rng.random() < 0.5 else p.name


# --------------------------------------------------------------------------------------------
# Offices (hard negatives)
# --------------------------------------------------------------------------------------------
DINAS = [
    ("Dinas Sosial", "dinsos"),
    ("Dinas Kesehatan", "dinkes"),
    ("Dinas Pemberdayaan Masyarakat dan Desa", "dpmd"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "disdukcapil"),
    ("Dinas Pendidikan dan Kebudayaan", "disdikbud"),
    ("Dinas Pertanian dan Pangan", "distan"),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "bpkad"),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "disperkim"),
    ("Dinas Kelautan dan Perikanan", "dkp"),
    ("Dinas Tenaga Kerja", "disnaker"),
]


class Office:
    def __init__(self, r: Region, kind: str | None = None) -> None:
        self.r = r
        self.kind = kind or rng.choice(
            ["dinas", "dinas", "village", "village", "kecamatan", "puskesmas"]
        )
        gov = ("PEMERINTAH KOTA " if r.kota else "PEMERINTAH KABUPATEN ") + r.short.upper()
        self.village = r.village()
        self.street = rng.choice(
            [
                "Jl. Raya",
                "Jl. Pemuda",
                "Jl. Jenderal Sudirman",
                "Jl. Poros",
                "Jl. Ahmad Yani",
                "Jl. Pahlawan",
                "Jl. Veteran",
                "Jl. Soekarno-Hatta",
            ]
        )
        self.no = rng.randint(1, 250)
        if self.kind == "dinas":
            self.name, slug = rng.choice(DINAS)
            self.lines = [gov, self.name.upper()]
            self.email = rng.choice(
                [
                    f"{slug}@{r.domain}",
                    f"ppid.{slug}@{r.domain}",
                    f"{slug}.{r.short.lower().replace(' ', '')}@gmail.com"
                    if rng.random() < 0.1
                    else f"sekretariat.{slug}@{r.domain}",
                ]
            )
            self.web = f"https://{slug}.{r.domain}"
        elif self.kind == "kecamatan":
            self.name = f"{r.dlabel} {r.dname}"
            self.lines = [gov, self.name.upper()]
            slug = "kec" + r.dname.lower().replace(" ", "")
            self.email = f"{slug}@{r.domain}"
            self.web = f"https://{slug}.{r.domain}"
        elif self.kind == "puskesmas":
            self.name = f"UPTD Puskesmas {r.dname}"
            self.lines = [gov, "DINAS KESEHATAN", self.name.upper()]
            slug = "pkm" + r.dname.lower().replace(" ", "")
            self.email = rng.choice(
                [f"{slug}@{r.domain}", f"puskesmas.{r.dname.lower().replace(' ', '')}@gmail.com"]
            )
            self.web = ""
        else:
            self.name = f"{r.vlabel} {self.village}"
            self.lines = [gov, f"{r.dlabel.upper()} {r.dname.upper()}", self.name.upper()]
            vs = self.village.lower().replace(" ", "").replace("'", "")
            self.email = rng.choice(
                [
                    f"pemdes.{vs}@gmail.com",
                    f"{vs}@{r.domain}",
                    f"admin@{vs}.desa.id",
                    f"kantor{r.vlabel.lower()}{vs}@yahoo.co.id",
                    f"pemerintah.{vs}@gmail.com",
                ]
            )
            self.web = f"https://{vs}.desa.id"
        self.postal = str(rng.randint(20111, 99777))
        ac = r.area_code()
        self.phone = f"{rng.choice(['(' + ac + ') ', ac + '-', ac + ' '])}{rng.randint(2, 8)}{digits(rng.choice([5, 6]))}"
        self.fax = f"({ac}) {rng.randint(2, 8)}{digits(5)}"
        self.wa = None
        if rng.random() < 0.3:
            m = mobile()
            self.wa = f"{m[:4]}-{m[4:8]}-{m[8:]}"
        self.head = rng.choice(P.OFFICIALS)
        self.nip = nip()
        self.rank = rng.choice(P.RANKS)

    def address(self) -> str:
        r = self.r
        base = f"{self.street} No. {self.no}"
        if self.kind == "village":
            return f"{base}, {r.vlabel} {self.village}, {r.dlabel} {r.dname}"
        return f"{base} {r.short}"

    def kop(self, d: Doc) -> None:
        for ln in self.lines:
            d.t(ln + "\n")
        style = rng.randint(0, 3)
        if style == 0:
            d.t("Alamat: ")
            d.x("office_address", self.address())
            d.t(" Telp. ")
            d.x("office_phone", self.phone)
            d.t(" Fax ")
            d.x("office_phone", self.fax)
            d.t("\nPos-el: ")
            d.x("office_email", self.email)
            d.t(" Kode Pos ")
            d.x("postal_code", self.postal)
            d.t("\n")
        elif style == 1:
            d.x("office_address", self.address())
            d.t(" ")
            d.x("postal_code", self.postal)
            d.t("\nTelepon ")
            d.x("office_phone", self.phone)
            d.t(", Email: ")
            d.x("office_email", self.email)
            if self.web:
                d.t(", Website: " + self.web)
            d.t("\n")
        elif style == 2:
            d.x("office_address", self.address())
            d.t(" – Telp/Fax ")
            d.x("office_phone", self.phone)
            d.t("\nSurel ")
            d.x("office_email", self.email)
            if self.wa:
                d.t(" | WA Layanan ")
                d.x("office_phone", self.wa)
            d.t("\n")
        else:
            d.t("Sekretariat: ")
            d.x("office_address", self.address())
            d.t(", Kode Pos ")
            d.x("postal_code", self.postal)
            d.t("\n☎ ")
            d.x("office_phone", self.phone)
            d.t("  ✉ ")
            d.x("office_email", self.email)
            d.t("\n")
        d.t("=" * rng.choice([60, 72, 80]) + "\n")

    def signature(self, d: Doc, title: str | None = None, place_date: bool = True) -> None:
        if place_date:
            d.t("\n" + self.r.short + ", ")
            d.x(
                "letter_date",
                fmt_date(
                    rand_date(2023, 2025),
                    rng.choice(["d Month Y", "d Month Y", "dmy-", "DMONTHY"]),
                ),
            )
            d.t("\n")
        d.t((title or ("Kepala " + self.name)) + "\n\n\n")
        if self.kind == "village":
            d.t(rng.choice(P.FIRST[self.r.culture]).upper() + "\n")
            return
        d.t(self.head + "\n" + self.rank + "\n")
        d.t(rng.choice(["NIP. ", "NIP ", "NIP: "]))
        d.x("nip_official", self.nip)
        d.t("\n")


def nip(spaced: bool | None = None) -> str:
    b = rand_date(1962, 1996)
    tmt_y = rng.randint(max(b.year + 20, 1985), 2023)
    tmt = f"{tmt_y}{rng.randint(1, 12):02d}"
    g = rng.choice("12")
    seq = f"{rng.randint(1, 12):03d}"
    raw = f"{b.year}{b.month:02d}{b.day:02d}{tmt}{g}{seq}"
    spaced = rng.random() < 0.6 if spaced is None else spaced
    return f"{raw[:8]} {raw[8:14]} {raw[14]} {raw[15:]}" if spaced else raw


def letter_number(r: Region, unit: str = "") -> str:
    code = rng.choice(
        [
            "400.9.2",
            "470",
            "141",
            "460",
            "900.1.3",
            "027",
            "005",
            "800.1.11",
            "100.3.4",
            "474.1",
            "045",
            "503",
            "440",
        ]
    )
    unit = unit or rng.choice(
        ["Dinsos", "Kesra", "Pem", "DPMD", "Kel", "Ds", "Dinkes", "PPID", "Sekr"]
    )
    m = rng.randint(1, 12)
    y = rng.randint(2023, 2025)
    return rng.choice(
        [
            f"{code}/{rng.randint(1, 3999)}/{unit}/{y}",
            f"{code}/{rng.randint(1, 999):03d}/{unit}/{P.ROMAN[m - 1]}/{y}",
            f"{code} / {rng.randint(1, 999)} / {y}",
            f"{rng.randint(1, 99)}/KPTS/{unit.upper()}/{y}",
        ]
    )


REGS = [
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
    "Undang-Undang Nomor 6 Tahun 2014 tentang Desa",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
    "Peraturan Pemerintah Nomor 11 Tahun 2019",
    "Peraturan Menteri Keuangan Nomor 108 Tahun 2024",
    "Peraturan Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Nomor 7 Tahun 2023",
    "Peraturan Menteri Dalam Negeri Nomor 20 Tahun 2018 tentang Pengelolaan Keuangan Desa",
    "Peraturan Menteri Sosial Nomor 1 Tahun 2018 tentang Program Keluarga Harapan",
    "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
    "Peraturan Presiden Nomor 12 Tahun 2021",
    "Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019",
    "Keputusan Menteri Sosial Nomor 146/HUK/2013",
]


def regulation(r: Region) -> str:
    if rng.random() < 0.35:
        kind = rng.choice(
            [
                "Peraturan Daerah",
                "Peraturan Bupati",
                "Peraturan Wali Kota",
                "Peraturan Desa",
                "Keputusan Bupati",
            ]
        )
        n = rng.choice(
            [
                str(rng.randint(1, 40)),
                f"{rng.randint(1, 40)}.{rng.randint(1, 9)}",
                f"188.45/{rng.randint(10, 999)}/KEP/{rng.randint(2019, 2024)}",
            ]
        )
        return f"{kind} {r.short} Nomor {n} Tahun {rng.randint(2016, 2024)}"
    return rng.choice(REGS)


def amount(big: bool = False) -> str:
    if big:
        v = rng.randint(10**12, 9 * 10**15)
        return rng.choice(
            [
                f"{v:,}".replace(",", "."),
                str(v),
                f"{v:,}".replace(",", ".") + ",00",
                str(v) + ",00",
            ]
        )
    v = rng.choice(
        [
            300_000,
            600_000,
            900_000,
            1_200_000,
            2_400_000,
            750_000,
            150_000,
            3_500_000,
            17_500_000,
            20_000_000,
        ]
    )
    dots = f"{v:,}".replace(",", ".")
    return rng.choice([f"Rp {dots}", f"Rp{dots},00", dots, f"Rp. {dots},-"])


def account_code() -> str:
    return rng.choice(
        [
            f"5.1.02.{rng.randint(1, 4):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 99):04d}",
            f"4.1.01.{rng.randint(1, 19):02d}.{rng.randint(1, 9):02d}",
            f"{rng.randint(1, 4)}.{rng.randint(1, 3)}.{rng.randint(1, 9):02d}.{rng.randint(1, 9):02d}",
            f"5.{rng.randint(1, 4)}.{rng.randint(1, 9)}.{rng.randint(1, 99):02d}.{rng.randint(1, 99):02d}",
        ]
    )


def timestamp() -> str:
    d = rand_date(2023, 2025)
    h, m, s = rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice(
        [
            f"{d.day}/{d.month}/{d.year} {h}:{m:02d}:{s:02d}",
            f"{d.year}/{d.month:02d}/{d.day:02d} {h % 12 or 12}:{m:02d}:{s:02d} {'PM' if h >= 12 else 'AM'} GMT+7",
            f"{d.month}/{d.day}/{d.year} {h}:{m:02d}:{s:02d}",
            f"{d.day:02d}-{d.month:02d}-{d.year} {h:02d}.{m:02d}",
        ]
    )


def permit() -> str:
    return rng.choice(
        [
            f"NIB {digits(13)}",
            f"NIB: {rng.choice('129')}{digits(12)}",
            f"Kode RUP {rng.randint(30_000_000, 55_000_000)}",
            f"SBU {digits(7)}-{rng.randint(1, 9)}-{digits(5)}",
            f"PBG No. SK-PBG-{digits(6)}-{digits(8)}-{rng.randint(1, 99):03d}",
            f"SIUP 510/{digits(4)}/PK/{rng.randint(2018, 2024)}",
            f"Sertifikat Halal ID{digits(14)}",
            f"NKV {digits(4)}-{digits(6)}",
        ]
    )


def company_address(r: Region) -> str:
    return rng.choice(
        [
            f"{rng.choice(P.STREETS)} No. {rng.randint(1, 300)}, {r.short}",
            f"Ruko {rng.choice(['Mega Mas', 'Bumi Indah', 'Sentra Niaga', 'Grand Permata'])} Blok {rng.choice('ABCD')}-{rng.randint(1, 30)}, {r.dname}, {r.short}",
            f"Jl. Lingkar Utara Km {rng.randint(2, 15)}, Kawasan Industri {r.short}",
        ]
    )


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------
HEAD = {
    "no": ["No", "No.", "NO", "No Urut"],
    "nama": ["Nama", "Nama Lengkap", "NAMA KPM", "Nama Penerima", "Nama KK", "Nama Peserta"],
    "nik": ["NIK", "No. NIK", "NIK KTP", "Nomor Induk Kependudukan", "No KTP", "N I K"],
    "kk": ["No. KK", "NO KK", "Nomor KK", "No. Kartu Keluarga", "KK"],
    "ttl": [
        "TTL",
        "Tempat/Tgl Lahir",
        "Tempat, Tanggal Lahir",
        "Tmp/Tgl Lhr",
        "Tempat & Tgl Lahir",
    ],
    "tmp": ["Tempat Lahir", "Tmp Lahir", "Tempat Lhr"],
    "tgl": ["Tgl Lahir", "Tanggal Lahir", "TGL LAHIR", "Tgl. Lhr", "Tgl.Lahir"],
    "jk": ["L/P", "JK", "Jenis Kelamin"],
    "umur": ["Umur", "Usia (th)", "Umur (Thn)"],
    "alamat": [
        "Alamat",
        "ALAMAT",
        "Alamat Domisili",
        "Alamat Rumah",
        "Tempat Tinggal",
        "Domisili",
    ],
    "hp": ["No. HP", "No HP/WA", "Telepon", "Nomor WhatsApp", "HP", "Kontak", "No. Telp"],
    "email": ["Email", "E-mail", "Surel", "Alamat Email"],
    "bank": ["Bank", "Nama Bank", "Bank Penyalur"],
    "rek": ["No. Rek", "No. Rekening", "Nomor Rekening", "Rek. Bank", "No Rek"],
    "npwp": ["NPWP", "No. NPWP", "NPWP Pribadi"],
    "bpjs": [
        "No. KIS",
        "No. BPJS",
        "Nomor Kartu JKN",
        "No. Peserta BPJS",
        "No. KIS/BPJS",
        "No. JKN-KIS",
    ],
    "kpj": ["No. KPJ", "Nomor KPJ BPJSTK", "No. BPJS Ketenagakerjaan"],
    "kks": ["No. KKS", "Nomor KKS", "Kartu KKS", "No. Kartu Keluarga Sejahtera"],
    "paspor": ["No. Paspor", "Nomor Paspor", "Paspor"],
    "job": ["Pekerjaan", "PEKERJAAN", "Mata Pencaharian"],
    "nominal": ["Nominal", "Jumlah (Rp)", "Besaran Bantuan", "Nilai"],
    "ket": ["Ket", "Keterangan", "KET."],
    "sekolah": ["Asal Sekolah", "Sekolah", "Perguruan Tinggi"],
    "npsn": ["NPSN"],
    "negara": ["Negara Tujuan"],
}

KET = [
    "Layak",
    "Baru",
    "Lama",
    "Disabilitas",
    "Lansia tunggal",
    "Ganti KPM",
    "Meninggal (diganti)",
    "",
    "",
    "-",
    "Tahap II",
    "Verval",
]


class Ctx:
    """Per-table options."""

    def __init__(self, layout: str, html: bool = False) -> None:
        self.layout = layout
        self.html = html or layout == "html"
        self.breaks = layout in ("lines", "kv")
        self.obf = rng.random() < 0.5  # some tables carry tricks, others none


def ident(d: Doc, kind: str, value: str, ctx: Ctx, item: str | None = None) -> list:
    if ctx.obf and rng.random() < 0.22:
        v = obf_number(value, html=ctx.html)
        tries = 0
        while tries < 8 and (
            ("\n" in v and not ctx.breaks)
            or ("," in v and ctx.layout == "csv")
            or (";" in v and ctx.layout == "semi")
        ):
            v = obf_number(value, html=ctx.html)
            tries += 1
        if "\n" in v and not ctx.breaks:
            v = value
        value = v
    return PP(kind, value, item or d.item(kind))


def nik_value(p: Person) -> str:
    v = group_id(p.nik)
    if rng.random() < 0.04:  # masked, 4 to 6 digits hidden: still recoverable
        k = rng.choice([4, 6])
        v = p.nik[:-k] + rng.choice(["*", "x", "X"]) * k
    return v


def split_address_cols(p: Person) -> list[str]:
    r = p.r
    cols = []
    if r.ulabel or r.pcode == "31" or r.culture == "papua":
        cols.append("unit")
    if r.rt == "rtrw":
        cols += rng.choice([["rt", "rw"], ["rtrw"]])
    elif r.rt == "rt":
        cols.append("rt")
    cols.append("desa")
    if rng.random() < 0.3:
        cols.append("kec")
    return cols


def unit_header(r: Region) -> str:
    return r.ulabel or ("Jalan/Gang" if r.pcode == "31" else "Alamat")


def address_cell_values(p: Person, cols: list[str]) -> list[str]:
    out = []
    for c in cols:
        if c == "unit":
            out.append(
                p.hamlet
                if p.r.ulabel and rng.random() < 0.7
                else (p.unit_text() or f"{rng.choice(P.STREETS)} No. {rng.randint(1, 99)}")
            )
        elif c == "rt":
            out.append(f"{p.rt:03d}" if rng.random() < 0.5 else str(p.rt))
        elif c == "rw":
            out.append(f"{p.rw:03d}" if rng.random() < 0.5 else str(p.rw))
        elif c == "rtrw":
            out.append(f"{p.rt:03d}/{p.rw:03d}" if rng.random() < 0.5 else f"{p.rt}/{p.rw}")
        elif c == "desa":
            out.append(p.village)
        elif c == "kec":
            out.append(p.r.dname)
    return out


def header_for(col: str, r: Region) -> str:
    if col == "unit":
        return unit_header(r)
    if col == "rt":
        return "RT"
    if col == "rw":
        return "RW"
    if col == "rtrw":
        return "RT/RW"
    if col == "desa":
        return r.vlabel if rng.random() < 0.7 else f"{r.vlabel}/Kel."
    if col == "kec":
        return r.dlabel
    return rng.choice(HEAD[col])


def person_row(
    d: Doc, p: Person, cols: list[str], ctx: Ctx, i: int, extra: dict | None = None
) -> list[list]:
    extra = extra or {}
    row: list[list] = []
    addr_item = None
    for c in cols:
        if c == "no":
            row.append(T(str(i)))
        elif c == "nama":
            row.append(T(upper_name(p)))
        elif c == "nik":
            row.append(ident(d, "nik", nik_value(p), ctx))
        elif c == "kk":
            row.append(ident(d, "kk", group_id(p.kk), ctx))
        elif c == "ttl":
            place, date = p.ttl()
            sep = rng.choice([", ", ", ", " / ", ",", " "])
            row.append(T(place + sep) + PP("birth_date", date, d.item("birth_date")))
        elif c == "tmp":
            row.append(T(p.place))
        elif c == "tgl":
            row.append(
                PP("birth_date", fmt_date(p.birth, extra.get("date_style")), d.item("birth_date"))
            )
        elif c == "jk":
            row.append(T("P" if p.female else "L"))
        elif c == "umur":
            row.append(T(str(p.age())))
        elif c == "alamat":
            row.append(PP("address", p.address(full=extra.get("full_addr")), d.item("address")))
        elif c in ("unit", "rt", "rw", "rtrw", "desa", "kec"):
            if addr_item is None:
                addr_item = d.item("address")
                vals = dict(
                    zip(
                        extra["addr_cols"],
                        address_cell_values(p, extra["addr_cols"]),
                        strict=False,
                    )
                )
            row.append(PP("address", vals[c], addr_item))
        elif c == "hp":
            row.append(
                ident(d, "phone", fmt_phone(p.phone, allow_excel=extra.get("excel", False)), ctx)
            )
        elif c == "email":
            e = p.email if rng.random() > 0.15 else obf_email(p.email)
            row.append(PP("email", e, d.item("email")))
        elif c == "bank":
            row.append(T(p.bank))
        elif c == "rek":
            row.append(ident(d, "bank_account", p.account, ctx))
        elif c == "npwp":
            n = npwp15()
            v = rng.choice([fmt_npwp15(n), fmt_npwp15(n), fmt_npwp15(n), "0" + n, p.nik])
            row.append(ident(d, "npwp", v, ctx))
        elif c == "bpjs":
            row.append(ident(d, "bpjs", bpjs_no(), ctx))
        elif c == "kpj":
            row.append(ident(d, "bpjs", kpj_no(), ctx))
        elif c == "kks":
            row.append(ident(d, "kks", kks_no(), ctx))
        elif c == "paspor":
            row.append(PP("passport", passport_no(), d.item("passport")))
        elif c == "job":
            row.append(T(p.job))
        elif c == "nominal":
            row.append(X("amount", amount()))
        elif c == "ket":
            row.append(T(rng.choice(KET)))
        elif c == "sekolah":
            row.append(T(extra.get("school", "")))
        elif c == "npsn":
            row.append(X("school_code", extra.get("npsn", digits(8))))
        elif c == "negara":
            row.append(
                T(
                    rng.choice(
                        ["Malaysia", "Taiwan", "Hongkong", "Arab Saudi", "Korea Selatan", "Jepang"]
                    )
                )
            )
        else:
            row.append(T(str(extra.get(c, ""))))
    return row


def cell_text(cell: list) -> str:
    return "".join(s for s, _ in cell)


def render_table(d: Doc, header: list[str], rows: list[list[list]], ctx: Ctx) -> None:
    lay = ctx.layout
    if lay in ("pipe", "md"):
        d.t("| " + " | ".join(header) + " |\n")
        if lay == "md":
            d.t("|" + "|".join("---" for _ in header) + "|\n")
        for row in rows:
            d.t("| ")
            for j, cell in enumerate(row):
                if j:
                    d.t(" | ")
                d.emit(cell)
            d.t(" |\n")
    elif lay in ("tab", "semi", "csv"):
        sep = {"tab": "\t", "semi": ";", "csv": ","}[lay]
        d.t(sep.join(f'"{h}"' if sep in h else h for h in header) + "\n")
        for row in rows:
            for j, cell in enumerate(row):
                if j:
                    d.t(sep)
                txt = cell_text(cell)
                q = lay == "csv" and ("," in txt or "\n" in txt or rng.random() < 0.1)
                if q:
                    d.t('"')
                d.emit(cell)
                if q:
                    d.t('"')
            d.t("\r\n" if lay == "csv" and rng.random() < 0.2 else "\n")
    elif lay == "html":
        d.t(
            '<table class="table table-bordered">\n<thead><tr>'
            + "".join(f"<th>{h}</th>" for h in header)
            + "</tr></thead>\n<tbody>\n"
        )
        for row in rows:
            d.t("<tr>")
            for cell in row:
                d.t("<td>")
                d.emit(cell)
                d.t("</td>")
            d.t("</tr>\n")
        d.t("</tbody>\n</table>\n")
    elif lay == "lines":
        for h in header:
            d.t(h + "\n")
        for row in rows:
            for cell in row:
                d.emit(cell)
                d.t("\n")
    elif lay == "kv":
        for row in rows:
            for h, cell in zip(header, row, strict=False):
                if h in ("No", "No.", "NO", "No Urut"):
                    d.t(f"[{cell_text(cell)}]\n")
                    continue
                d.t(f"{h:<22}: ")
                d.emit(cell)
                d.t("\n")
            d.t("\n")
    elif lay == "fixed":
        render_fixed(d, header, rows)
    else:
        raise ValueError(lay)


def wrap_cell(cell: list, width: int) -> list[list]:
    chars: list[tuple[str, object]] = []
    for s, tag in cell:
        chars.extend((ch, tag) for ch in s)
    text = "".join(c for c, _ in chars)
    lines: list[tuple[int, int]] = []
    a = 0
    while a < len(text):
        if len(text) - a <= width:
            lines.append((a, len(text)))
            break
        cut = text.rfind(" ", a, a + width + 1)
        if cut <= a:
            cut = a + width
            lines.append((a, cut))
            a = cut
        else:
            lines.append((a, cut))
            a = cut + 1
    out = []
    for a, b in lines or [(0, 0)]:
        pieces: list = []
        for ch, tag in chars[a:b]:
            if pieces and pieces[-1][1] == tag:
                pieces[-1] = (pieces[-1][0] + ch, tag)
            else:
                pieces.append((ch, tag))
        out.append(pieces)
    return out


def render_fixed(d: Doc, header: list[str], rows: list[list[list]]) -> None:
    widths = []
    for j, h in enumerate(header):
        longest = max([len(h)] + [len(cell_text(r[j])) for r in rows])
        wrap_ok = all(
            tag is None or (tag[0] == "p" and tag[1] == "address") for r in rows for _, tag in r[j]
        )
        widths.append(min(longest, rng.randint(16, 26)) if wrap_ok else longest)
    gap = "  " if rng.random() < 0.5 else "   "
    d.t(
        gap.join(
            h.ljust(w)[: max(w, len(h))] for h, w in zip(header, widths, strict=False)
        ).rstrip()
        + "\n"
    )
    for row in rows:
        wrapped = [wrap_cell(c, w) for c, w in zip(row, widths, strict=False)]
        height = max(len(w) for w in wrapped)
        for li in range(height):
            line_parts = []
            for j, w in enumerate(wrapped):
                pieces = w[li] if li < len(w) else []
                line_parts.append((pieces, widths[j]))
            # emit, trimming trailing spaces
            last = max((j for j, (pc, _) in enumerate(line_parts) if pc), default=-1)
            for j, (pc, wd) in enumerate(line_parts[: last + 1]):
                if j:
                    d.t(gap)
                d.emit(pc)
                if j < last:
                    d.t(" " * (wd - len(cell_text(pc))))
            d.t("\n")
        if rng.random() < 0.15:
            d.t("\n")


LAYOUTS = ["pipe", "md", "tab", "semi", "csv", "fixed", "fixed", "html", "lines", "kv"]


def table_block(
    d: Doc,
    r: Region,
    cols: list[str],
    n: int,
    layout: str | None = None,
    extra_fn=None,
    persons: list | None = None,
    y0: int = 1940,
    y1: int = 2004,
    html: bool = False,
) -> list:
    ctx = Ctx(layout or rng.choice(LAYOUTS), html)
    persons = persons or [
        Person(pick_region(r.pcode) if rng.random() < 0.08 else r, y0, y1) for _ in range(n)
    ]
    # split-address columns are chosen once per table from the first person's region
    if "ADDR" in cols:
        ac = split_address_cols(persons[0])
        k = cols.index("ADDR")
        cols = cols[:k] + ac + cols[k + 1 :]
    else:
        ac = []
    header = [header_for(c, r) for c in cols]
    date_style = rng.choice([None, None, rng.choice(NUMERIC_STYLES), "d Month Y"])
    rows = []
    for i, p in enumerate(persons, 1):
        if ac and p.r is not persons[0].r:
            p.r = persons[0].r
        extra = {"addr_cols": ac, "date_style": date_style, "excel": ctx.layout in ("csv", "semi")}
        if extra_fn:
            extra.update(extra_fn(p))
        rows.append(person_row(d, p, cols, ctx, i, extra))
    render_table(d, header, rows, ctx)
    return persons


# --------------------------------------------------------------------------------------------
# Genres
# --------------------------------------------------------------------------------------------
def intro_regs(d: Doc, r: Region, k: int = 2) -> None:
    d.t(rng.choice(["Berdasarkan ", "Menindaklanjuti ", "Dengan berpedoman pada ", "Sesuai "]))
    for i in range(k):
        if i:
            d.t(" dan ")
        d.x("regulation", regulation(r))
    d.t(", ")


def g_aid(d: Doc, r: Region) -> None:
    off = Office(r, rng.choice(["dinas", "village", "village"]))
    if rng.random() < 0.7:
        off.kop(d)
    prog = rng.choice(P.PROGRAMS)
    yr = rng.randint(2023, 2025)
    d.t(f"\nDAFTAR PENERIMA {prog.upper()}\nTAHUN ANGGARAN {yr}\n")
    d.t(f"{r.vlabel.upper()} {off.village.upper()} {r.dlabel.upper()} {r.dname.upper()}\n\n")
    if rng.random() < 0.6:
        intro_regs(d, r, rng.randint(1, 2))
        d.t("serta hasil Musyawarah Desa Khusus tanggal ")
        d.x("event_date", fmt_date(rand_date(yr - 1, yr), "d Month Y"))
        d.t(", ditetapkan penerima bantuan sebagai berikut:\n\n")
    base = ["no", "nama", "nik"]
    opt = rng.choice(
        [
            ["kk", "ADDR", "nominal", "ket"],
            ["alamat", "job", "nominal"],
            ["kk", "ttl", "alamat", "ket"],
            ["ADDR", "hp", "bank", "rek"],
            ["kks", "alamat", "ket"],
            ["tgl", "jk", "ADDR", "nominal"],
            ["kk", "kks", "ADDR"],
            ["tmp", "tgl", "alamat", "hp"],
            ["umur", "alamat", "bank", "rek", "nominal"],
            ["kk", "alamat", "bpjs", "ket"],
            ["npwp", "alamat", "bank", "rek"],
            ["ttl", "npwp", "hp"],
        ]
    )
    table_block(d, r, base + opt, rng.randint(6, 18))
    d.t("\nJumlah dana tersalur: ")
    d.x("amount", amount())
    if rng.random() < 0.8:
        d.t(" ditransfer dari Rekening Kas Desa ")
        d.t(
            rng.choice(["Bank Jateng", "BRI", "BPD", "Bank Nagari", "Bank Papua", "BNI"])
            + " nomor "
        )
        d.x(
            "office_account", bank_account(rng.choice(["BRI", "Bank Jateng", "BNI", "Bank Papua"]))
        )
        d.t(f" a.n. Pemerintah {r.vlabel} {off.village}")
    d.t(".\nPengaduan: ")
    d.x(
        "call_centre",
        rng.choice(
            [
                "SP4N-LAPOR! 1708",
                "Call Center 112",
                "Command Center 112",
                "Kemensos 171",
                "0800-1-234-567",
                "1500-299",
                "Lapor 1708",
            ]
        ),
    )
    d.t(" atau ")
    d.x("office_phone", off.phone)
    d.t(".\n")
    off.signature(d)


def g_scholarship(d: Doc, r: Region) -> None:
    off = Office(r, "dinas")
    off.kop(d)
    yr = rng.randint(2023, 2025)
    kind = rng.choice(
        [
            "Beasiswa Prestasi",
            "Beasiswa Kurang Mampu",
            "Bantuan Pendidikan Mahasiswa",
            "Beasiswa Santri Tahfidz",
            "Beasiswa Afirmasi Papua",
            "Beasiswa Anak Nelayan",
        ]
    )
    d.t("\nPENGUMUMAN\nNomor: ")
    d.x("letter_number", letter_number(r, "Disdikbud"))
    d.t(f"\n\nHASIL SELEKSI {kind.upper()} TAHUN {yr}\n\n")
    d.t("Setelah verifikasi berkas pada ")
    d.x("event_date", fmt_date(rand_date(yr, yr), rng.choice(["d Month Y", "dmy-"])))
    d.t(", calon penerima yang dinyatakan lolos:\n\n")
    k = rng.choice(P.SCHOOLS + P.UNIVERSITIES)
    cols = ["no", "nama", "nik"] + rng.choice(
        [
            ["ttl", "sekolah", "npsn", "rek"],
            ["tgl", "alamat", "hp", "email"],
            ["sekolah", "ttl", "hp"],
            ["ttl", "alamat", "bank", "rek"],
            ["kk", "tgl", "sekolah", "email"],
        ]
    )
    table_block(
        d,
        r,
        cols,
        rng.randint(6, 16),
        y0=1998,
        y1=2008,
        extra_fn=lambda p: {
            "school": k.format(k=r.short),
            "npsn": f"{rng.randint(10000000, 69999999)}",
        },
    )
    d.t("\nBesaran bantuan ")
    d.x("amount", amount())
    d.t(" per semester. Informasi: ")
    d.x("office_email", off.email)
    d.t(".\n")
    off.signature(d)


def g_health(d: Doc, r: Region) -> None:
    off = Office(r, rng.choice(["puskesmas", "village"]))
    if rng.random() < 0.6:
        off.kop(d)
    kind = rng.choice(["posyandu", "pbi", "lansia", "tb", "bumil"])
    if kind == "posyandu":
        d.t(
            f"\nREKAP SASARAN POSYANDU {rng.choice(['MAWAR', 'MELATI', 'KENANGA', 'DAHLIA', 'SEROJA'])} {r.vlabel.upper()} {off.village.upper()}\n"
        )
        d.t("Bulan penimbangan: ")
        d.x("event_date", fmt_date(rand_date(2024, 2025), rng.choice(["d Month Y", "dmy/"])))
        d.t("\n\n")
        ctx = Ctx(rng.choice(LAYOUTS))
        header = [
            "No",
            "Nama Balita",
            rng.choice(["Tgl Lahir Anak", "Tanggal Lahir", "TGL LHR"]),
            "Nama Ibu",
            "NIK Ibu",
            rng.choice(["Alamat", "Dusun/RT"]),
            "BB (kg)",
            "TB (cm)",
        ]
        rows = []
        for i in range(rng.randint(8, 16)):
            mom = Person(r, 1985, 2004)
            child = Person(r, 2020, 2024)
            rows.append(
                [
                    T(str(i + 1)),
                    T(
                        child.name.split()[0]
                        + " "
                        + rng.choice(["Putri", "Pratama", "Ramadhan", "Aulia", "Saputra", ""])
                    ),
                    PP("birth_date", fmt_date(child.birth), d.item("birth_date")),
                    T(mom.name),
                    ident(d, "nik", group_id(mom.nik), ctx),
                    PP(
                        "address",
                        mom.unit_text() + (" " + mom.rt_text() if mom.rt_text() else "")
                        if mom.unit_text()
                        else mom.address(),
                        d.item("address"),
                    ),
                    T(f"{rng.uniform(6, 18):.1f}".replace(".", ",")),
                    T(str(rng.randint(60, 110))),
                ]
            )
        render_table(d, header, rows, ctx)
    elif kind == "pbi":
        d.t("\nUSULAN PESERTA PBI-JK (Penerima Bantuan Iuran Jaminan Kesehatan) APBD\n")
        d.t("Periode: ")
        d.x("event_date", fmt_date(rand_date(2024, 2025), "d Month Y"))
        d.t("\n\n")
        table_block(d, r, ["no", "nama", "nik", "kk", "bpjs", "tgl", "ADDR"], rng.randint(6, 15))
    elif kind == "lansia":
        d.t("\nDATA LANSIA RISIKO TINGGI (>=60 th) WILAYAH KERJA\n\n")
        table_block(
            d,
            r,
            ["no", "nama", "nik", "ttl", "umur", "alamat", "hp", "bpjs"],
            rng.randint(5, 12),
            y0=1930,
            y1=1964,
        )
    elif kind == "tb":
        d.t("\nDaftar pasien TB yang mangkir pengobatan (untuk kunjungan rumah kader)\n\n")
        table_block(d, r, ["no", "nama", "umur", "alamat", "hp"], rng.randint(4, 10))
    else:
        d.t("\nKohort Ibu Hamil Risiko Tinggi - kunjungan bidan desa\n\n")
        table_block(
            d,
            r,
            ["no", "nama", "nik", "tgl", "ADDR", "hp", "bpjs"],
            rng.randint(5, 12),
            y0=1984,
            y1=2005,
        )
    d.t("\nDilarang disebarluaskan. ")
    off.signature(d, title=rng.choice(["Kepala Puskesmas", "Bidan Koordinator", None]))


def g_gform(d: Doc, r: Region) -> None:
    d.t(
        rng.choice(
            [
                "Formulir Pendaftaran Pelatihan Kerja (Responses)\n",
                "Form Permohonan Informasi Publik - Jawaban\n",
                "Pendataan UMKM Terdampak (Tanggapan)\n",
                "Registrasi Vaksinasi Booster - Form Responses 1\n",
                "Pendaftaran Bantuan Modal Usaha (respons)\n",
            ]
        )
    )
    lay = rng.choice(["csv", "csv", "tab", "semi"])
    sep = {"csv": ",", "tab": "\t", "semi": ";"}[lay]
    cols = [
        "Timestamp",
        "Nama Lengkap",
        "NIK",
        rng.choice(["Alamat Email", "Email Address"]),
        rng.choice(["Nomor WhatsApp", "No. HP (WA aktif)"]),
        rng.choice(["Tanggal Lahir", "Tgl Lahir"]),
        rng.choice(["Alamat Lengkap", "Alamat Domisili (sesuai KTP)"]),
        rng.choice(["Upload KTP", "Unggah Scan KK"]),
    ]
    d.t(sep.join(cols) + "\n")
    ctx = Ctx(lay)
    for _ in range(rng.randint(6, 16)):
        p = Person(r, 1960, 2005)
        cells = [
            X("timestamp", timestamp()),
            T(p.name),
            ident(d, "nik", group_id(p.nik), ctx),
            PP("email", p.email if rng.random() > 0.2 else obf_email(p.email), d.item("email")),
            ident(d, "phone", fmt_phone(p.phone, allow_excel=True), ctx),
            PP(
                "birth_date",
                fmt_date(p.birth, rng.choice(["dmy/", "d/m/yy", "iso", "dmy/"])),
                d.item("birth_date"),
            ),
            PP("address", p.address(), d.item("address")),
        ]
        if rng.random() < 0.25:
            cells.append(
                T("https://drive.google.com/open?id=")
                + PP("nik", p.nik, d.item("nik"))
                + T("_ktp")
            )
        else:
            cells.append(
                T(
                    "https://drive.google.com/open?id=1"
                    + "".join(
                        rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
                        for _ in range(32)
                    )
                )
            )
        for j, c in enumerate(cells):
            if j:
                d.t(sep)
            txt = cell_text(c)
            q = lay == "csv" and ("," in txt or "\n" in txt)
            if q:
                d.t('"')
            d.emit(c)
            if q:
                d.t('"')
        d.t("\n")


def g_letter_resident(d: Doc, r: Region) -> None:
    off = Office(r, rng.choice(["village", "village", "kecamatan"]))
    off.kop(d)
    kind = rng.choice(
        [
            "SURAT KETERANGAN TIDAK MAMPU",
            "SURAT KETERANGAN DOMISILI",
            "SURAT KETERANGAN USAHA",
            "SURAT KETERANGAN KELAKUAN BAIK",
            "SURAT PENGANTAR NIKAH",
            "SURAT KETERANGAN AHLI WARIS",
        ]
    )
    d.t(f"\n{kind}\nNomor: ")
    d.x("letter_number", letter_number(r))
    d.t("\n\nYang bertanda tangan di bawah ini Kepala " + off.name + ", menerangkan bahwa:\n\n")
    p = Person(r)
    lab = 18
    d.t(f"{'Nama':<{lab}}: {p.name.upper()}\n")
    if rng.random() < 0.5:
        d.t(f"{'Tempat/Tgl Lahir':<{lab}}: {p.place}, ")
        d.p("birth_date", fmt_date(p.birth))
        d.t("\n")
    else:
        d.t(f"{'Tempat Lahir':<{lab}}: {p.place}\n{'Tanggal Lahir':<{lab}}: ")
        d.p("birth_date", fmt_date(p.birth))
        d.t("\n")
    d.t(f"{'Jenis Kelamin':<{lab}}: {'Perempuan' if p.female else 'Laki-laki'}\n")
    d.t(f"{'NIK':<{lab}}: ")
    d.emit(ident(d, "nik", group_id(p.nik), Ctx("kv")))
    d.t("\n")
    if rng.random() < 0.5:
        d.t(f"{'No. KK':<{lab}}: ")
        d.emit(ident(d, "kk", group_id(p.kk), Ctx("kv")))
        d.t("\n")
    d.t(f"{'Pekerjaan':<{lab}}: {p.job}\n{'Alamat':<{lab}}: ")
    addr = p.address(full=True)
    if rng.random() < 0.4 and len(addr) > 30:  # wrapped over two lines as typed in the letter
        cut = addr.rfind(" ", 0, len(addr) // 2 + 6)
        item = d.item("address")
        d.p("address", addr[:cut], item)
        d.t("\n" + " " * (lab + 2))
        d.p("address", addr[cut + 1 :], item)
    else:
        d.p("address", addr)
    d.t("\n")
    if rng.random() < 0.35:
        d.t(f"{'NPWP':<{lab}}: ")
        d.emit(ident(d, "npwp", fmt_npwp15(npwp15()), Ctx("kv")))
        d.t("\n")
    if rng.random() < 0.15:
        d.t(f"{'No. Paspor':<{lab}}: ")
        d.p("passport", passport_no())
        d.t("\n")
    if rng.random() < 0.4:
        d.t(f"{'No. HP':<{lab}}: ")
        d.emit(ident(d, "phone", fmt_phone(p.phone), Ctx("kv")))
        d.t("\n")
    d.t(
        "\nadalah benar warga kami dan "
        + rng.choice(
            [
                "tergolong keluarga kurang mampu. Surat ini dipergunakan untuk persyaratan pengajuan keringanan biaya rumah sakit.",
                "berdomisili di alamat tersebut sejak tahun " + str(rng.randint(1990, 2020)) + ".",
                "mempunyai usaha warung kelontong di rumahnya.",
                "sepanjang pengetahuan kami berkelakuan baik.",
            ]
        )
        + "\n"
    )
    d.t("Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.\n")
    off.signature(d)


def g_letter_office(d: Doc, r: Region) -> None:
    off = Office(r, "dinas")
    off.kop(d)
    other = Office(pick_region(), rng.choice(["dinas", "kecamatan"]))
    d.t("\n" + r.short + ", ")
    d.x("letter_date", fmt_date(rand_date(2023, 2025), "d Month Y"))
    d.t("\nNomor   : ")
    d.x("letter_number", letter_number(r))
    d.t(
        "\nSifat   : Biasa\nLampiran: 1 (satu) berkas\nHal     : "
        + rng.choice(
            [
                "Undangan Rapat Koordinasi Verifikasi DTKS",
                "Permohonan Data Penerima Bantuan",
                "Konsultasi Pengelolaan PPID",
                "Penyampaian Laporan Realisasi",
            ]
        )
        + "\n\nYth. Kepala "
        + other.name
        + "\ndi "
    )
    d.x("office_address", other.address())
    d.t("\n\n")
    intro_regs(d, r, 1)
    d.t("dengan hormat kami mengundang Bapak/Ibu pada:\n")
    d.t("hari/tanggal : " + rng.choice(P.DAYS_ID) + ", ")
    d.x("event_date", fmt_date(rand_date(2024, 2025), rng.choice(["d Month Y", "dmy-"])))
    d.t("\npukul        : 09.00 WIB s.d. selesai\ntempat       : Aula " + off.name + ", ")
    d.x("office_address", off.address())
    d.t("\n\nKonfirmasi kehadiran kepada narahubung ")
    if rng.random() < 0.5:
        p = Person(r, 1975, 1998)
        d.t(rng.choice(["Sdr. ", "Sdri. ", "Bpk. "]) + p.name + " (")
        d.emit(ident(d, "phone", fmt_phone(p.phone), Ctx("kv")))
        d.t(")")
    else:
        d.t("sekretariat di ")
        d.x("office_phone", off.phone)
        d.t(" atau surel ")
        d.x("office_email", off.email)
    d.t(".\n")
    off.signature(d, place_date=False)
    d.t(
        "\nTembusan:\n1. "
        + rng.choice(["Bupati", "Wali Kota"])
        + " "
        + r.short
        + " (sebagai laporan);\n2. Arsip.\n"
    )


def g_sk(d: Doc, r: Region) -> None:
    off = Office(r, rng.choice(["village", "dinas"]))
    d.t(f"KEPUTUSAN {('KEPALA ' + off.name).upper()}\nNOMOR ")
    d.x("letter_number", letter_number(r, "KPTS"))
    d.t(
        "\n\nTENTANG\n"
        + rng.choice(
            [
                "PENETAPAN KELUARGA PENERIMA MANFAAT BLT DANA DESA",
                "PEMBENTUKAN TIM PELAKSANA KEGIATAN",
                "PENETAPAN KADER POSYANDU DAN PEMBERIAN INSENTIF",
                "PENETAPAN PENERIMA HIBAH TERNAK",
            ]
        )
        + "\n\n"
    )
    d.t("Menimbang : a. bahwa ...;\nMengingat : 1. ")
    d.x("regulation", regulation(r))
    d.t(";\n            2. ")
    d.x("regulation", regulation(r))
    d.t(
        ";\n\nMEMUTUSKAN\nMenetapkan :\nKESATU  : Menetapkan nama-nama sebagaimana tercantum dalam Lampiran.\n"
    )
    d.t("KEDUA   : Biaya dibebankan pada APBDes kode rekening ")
    d.x("account_code", account_code())
    d.t(
        ".\nKETIGA  : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n\nDitetapkan di "
        + r.short
        + "\npada tanggal "
    )
    d.x("letter_date", fmt_date(rand_date(2023, 2025), rng.choice(["d Month Y", "DMONTHY"])))
    d.t("\n")
    off.signature(d, place_date=False)
    d.t("\n\nLAMPIRAN KEPUTUSAN KEPALA " + off.name.upper() + "\nNOMOR ")
    d.x("letter_number", letter_number(r, "KPTS"))
    d.t("\n\n")
    cols = ["no", "nama"] + rng.choice(
        [
            ["nik", "ADDR", "nominal"],
            ["nik", "ttl", "alamat"],
            ["nik", "npwp", "bank", "rek"],
            ["ttl", "alamat", "hp", "nominal"],
            ["nik", "kk", "alamat", "ket"],
        ]
    )
    table_block(d, r, cols, rng.randint(5, 14))


def g_minutes(d: Doc, r: Region) -> None:
    off = Office(r, "village")
    d.t(f"NOTULEN MUSYAWARAH {r.vlabel.upper()} {off.village.upper()}\n")
    d.t("Hari/Tanggal : " + rng.choice(P.DAYS_ID) + ", ")
    d.x(
        "event_date", fmt_date(rand_date(2023, 2025), rng.choice(["d Month Y", "dmy/", "d-ROM-Y"]))
    )
    d.t("\nTempat       : Balai " + off.name + ", ")
    d.x("office_address", off.address())
    d.t(
        "\nAgenda       : "
        + rng.choice(
            [
                "Penetapan RKP Desa",
                "Verifikasi calon penerima BLT-DD",
                "Laporan realisasi APBDes semester I",
                "Pembentukan KPPS",
            ]
        )
        + "\n\n"
    )
    d.t("Jalannya rapat:\n1. Pembukaan oleh Kepala " + r.vlabel + ".\n")
    p = Person(r)
    d.t(f"2. Sdr. {p.name} dari ")
    d.p("address", p.unit_text() or p.address())
    d.t(
        " mengusulkan agar "
        + rng.choice(
            ["jalan usaha tani diperbaiki", "data penerima dimutakhirkan", "lampu jalan ditambah"]
        )
        + ".\n"
    )
    q = Person(r)
    d.t(f"3. Ibu {q.name} (lahir ")
    d.p("birth_date", fmt_date(q.birth))
    d.t(") menanyakan mengapa namanya dicoret; NIK ")
    d.emit(ident(d, "nik", group_id(q.nik), Ctx("kv")))
    d.t(" tercatat ganda di DTKS.\n4. Pendamping Desa menjelaskan mekanisme sanggah melalui ")
    d.x(
        "call_centre",
        rng.choice(["Command Center Kemensos 171", "Call Center 1500-299", "SP4N-LAPOR! 1708"]),
    )
    d.t(".\n\nDAFTAR HADIR\n")
    n = rng.randint(5, 12)
    ctx = Ctx(rng.choice(["pipe", "fixed", "tab", "lines", "md"]))
    header = [
        "No",
        "Nama",
        "Jabatan/Unsur",
        rng.choice(["Alamat", "Asal"]),
        rng.choice(["No. HP", "Telp/HP"]),
        "Tanda Tangan",
    ]
    rows = []
    for i in range(n):
        a = Person(r)
        rows.append(
            [
                T(str(i + 1)),
                T(a.name),
                T(
                    rng.choice(
                        [
                            "BPD",
                            "Ketua RT",
                            "Kader PKK",
                            "Tokoh Masyarakat",
                            "Karang Taruna",
                            "Linmas",
                        ]
                    )
                ),
                PP("address", a.unit_text() or a.address(), d.item("address")),
                ident(d, "phone", fmt_phone(a.phone), ctx),
                T(f"{i + 1}. ...."),
            ]
        )
    if rng.random() < 0.6:  # officials attending in office: their NIP is public
        o = Office(r, "kecamatan")
        rows.append(
            [
                T(str(n + 1)),
                T(o.head),
                T("Perwakilan " + o.name),
                X("office_address", o.address()),
                X("office_phone", o.phone),
                T(f"{n + 1}. ...."),
            ]
        )
    render_table(d, header, rows, ctx)
    d.t("\nNotulis,\n\n" + rng.choice(P.FIRST[r.culture]) + "\n")


def g_news(d: Doc, r: Region) -> None:
    html = rng.random() < 0.4
    off = Office(r, rng.choice(["dinas", "village", "kecamatan"]))
    par = ("<p>", "</p>\n") if html else ("", "\n\n")
    d.t(
        ("<h2>" if html else "")
        + rng.choice(
            [
                "Warga Terima Bantuan Bedah Rumah",
                "Pemdes Salurkan BLT Tahap III",
                "Lansia Tinggal Sendiri Dapat Perhatian",
                "Gotong Royong Bangun Jembatan Gantung",
                "Kader Posyandu Jemput Bola Balita Stunting",
            ]
        )
        + ("</h2>\n" if html else "\n\n")
    )
    d.t(par[0] + r.short.upper() + " – ")
    d.t(rng.choice(P.DAYS_ID) + " (")
    d.x("event_date", fmt_date(rand_date(2024, 2025), rng.choice(["d/m/yy", "dmy/", "d Month Y"])))
    d.t(f"). {off.name} menyalurkan bantuan kepada warga. ")
    for _ in range(rng.randint(1, 3)):
        p = Person(r)
        d.t(f"Salah satu penerima, {p.name} ({p.age()}), warga ")
        d.p("address", p.address())
        d.t(
            ", "
            + rng.choice(
                [
                    "mengaku bersyukur.",
                    "tinggal bersama dua cucunya.",
                    "sehari-hari bekerja sebagai " + p.job.lower() + ".",
                ]
            )
            + " "
        )
        if rng.random() < 0.5:
            d.t(
                rng.choice(["Ia lahir di ", "Perempuan kelahiran ", "Pria kelahiran "])
                + p.place
                + rng.choice([" pada ", ", ", " tanggal "])
            )
            d.p(
                "birth_date",
                fmt_date(p.birth, rng.choice(["d Month Y", "d Month Y", "words", "dmy-"])),
            )
            d.t(". ")
        if rng.random() < 0.35:
            d.t("Warga yang ingin membantu dapat menghubungi keluarga di ")
            m = fmt_phone(p.phone)
            if html and rng.random() < 0.5:
                wa = "62" + p.phone[1:]
                d.t('<a href="https://wa.me/')
                d.p("phone", wa)
                d.t('">')
                d.p("phone", m)
                d.t("</a>")
            else:
                d.emit(ident(d, "phone", m, Ctx("pipe", html)))
            d.t(" atau rekening " + p.bank + " ")
            d.emit(ident(d, "bank_account", p.account, Ctx("pipe", html)))
            d.t(f" a.n. {p.name}. ")
    d.t(par[1] + par[0])
    d.t(f"Kepala {off.name}, {off.head}, menyampaikan bahwa pengaduan dapat disampaikan melalui ")
    d.x("office_phone", off.phone)
    d.t(" atau ")
    d.x("office_email", off.email)
    d.t(". Layanan darurat ")
    d.x("call_centre", rng.choice(["112", "119", "110", "113", "129"]))
    d.t(" tetap aktif 24 jam." + par[1])


def g_recap(d: Doc, r: Region) -> None:
    off = Office(r, rng.choice(["dinas", "village"]))
    yr = rng.randint(2023, 2025)
    d.t(
        f"REKAPITULASI PERMOHONAN INFORMASI PUBLIK PPID {off.name.upper()}\nTRIWULAN {rng.choice(['I', 'II', 'III', 'IV'])} TAHUN {yr}\n\n"
    )
    ctx = Ctx(rng.choice(["pipe", "md", "tab", "fixed", "html", "semi"]))
    header = [
        "No",
        "No. Registrasi",
        "Tanggal",
        "Nama Pemohon",
        "Alamat",
        "Kontak",
        "Informasi yang Diminta",
        "Status",
    ]
    rows = []
    for i in range(rng.randint(4, 10)):
        p = Person(pick_region() if rng.random() < 0.3 else r, 1960, 2002)
        contact = (
            ident(d, "phone", fmt_phone(p.phone), ctx)
            if rng.random() < 0.5
            else PP("email", p.email, d.item("email"))
        )
        rows.append(
            [
                T(str(i + 1)),
                X("letter_number", f"REG/{rng.randint(1, 300):03d}/PPID/{yr}"),
                X(
                    "event_date",
                    fmt_date(rand_date(yr, yr), rng.choice(["dmy/", "dmy-", "d Mon Y"])),
                ),
                T(p.name),
                PP("address", p.address(), d.item("address")),
                contact,
                T(
                    rng.choice(
                        [
                            "Salinan APBDes",
                            "Daftar penerima BLT",
                            "Dokumen AMDAL",
                            "Data stunting",
                            "SK Kepala Desa",
                        ]
                    )
                ),
                T(rng.choice(["Dipenuhi", "Ditolak (dikecualikan)", "Diproses", "Sebagian"])),
            ]
        )
    render_table(d, header, rows, ctx)
    d.t("\nLampiran: transkrip percakapan WhatsApp layanan PPID (")
    d.x("office_phone", off.wa or off.phone)
    d.t(")\n\n")
    p = Person(r, 1970, 2003)
    chat_style = rng.random() < 0.5
    lines = [
        ("admin", "Selamat pagi, dengan PPID " + off.name + ". Ada yang bisa dibantu?"),
        ("user", None),
        ("admin", "Baik, mohon kirim identitas pemohon."),
        ("user", "id"),
        ("admin", "Terima kasih, permohonan tercatat. Jawaban paling lambat 10 hari kerja."),
        ("user", "addr"),
    ]
    for who, msg in lines:
        ts = timestamp() if not chat_style else None
        if chat_style:
            dd = rand_date(yr, yr)
            d.t("[")
            d.x(
                "timestamp",
                f"{dd.day:02d}/{dd.month:02d}/{dd.year % 100:02d} {rng.randint(7, 20):02d}.{rng.randint(0, 59):02d}",
            )
            d.t("] ")
        else:
            d.x("timestamp", ts)
            d.t(" - ")
        d.t(("PPID " + off.village if who == "admin" else p.name.split()[0]) + ": ")
        if msg:
            d.t(msg)
        elif who == "user" and lines.index((who, msg)) == 1:
            d.t("Saya mau minta data penerima bantuan di desa saya")
        elif lines.index((who, msg)) == 3:
            d.t("Nama " + p.name + ", NIK ")
            d.emit(ident(d, "nik", group_id(p.nik), Ctx("kv", True)))
            d.t(rng.choice([", lahir ", ", tgl lahir ", " lhr "]))
            d.p(
                "birth_date",
                fmt_date(p.birth, rng.choice(["dmy-", "d/m/yy", "d Month Y", "dd-mm-yy"])),
            )
            d.t(", email ")
            d.p("email", p.email if rng.random() < 0.6 else obf_email(p.email))
        else:
            d.t("Alamat saya di ")
            d.p("address", p.address())
            d.t(", kalau perlu telp ke ")
            d.emit(ident(d, "phone", fmt_phone(p.phone), Ctx("kv")))
        d.t("\n")


def g_apbd(d: Doc, r: Region) -> None:
    off = Office(r, rng.choice(["village", "dinas"]))
    off.kop(d) if rng.random() < 0.5 else None
    yr = rng.randint(2023, 2025)
    d.t(
        f"\nLAPORAN REALISASI {'APBDes' if off.kind == 'village' else 'ANGGARAN'} TAHUN ANGGARAN {yr}\n\n"
    )
    lay = rng.choice(["pipe", "md", "tab", "semi", "csv", "fixed", "html"])
    sep = {
        "pipe": " | ",
        "md": " | ",
        "tab": "\t",
        "semi": ";",
        "csv": ",",
        "fixed": "   ",
        "html": "",
    }[lay]
    header = ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%"]
    items = [
        "Pendapatan Asli Daerah",
        "Dana Desa",
        "Alokasi Dana Desa",
        "Belanja Pegawai",
        "Belanja Barang dan Jasa",
        "Belanja Modal Jalan",
        "Belanja Hibah",
        "Belanja Bantuan Sosial",
        "Pembiayaan Netto",
        "Bagi Hasil Pajak",
    ]
    if lay == "html":
        d.t("<table>\n<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>\n")
    else:
        d.t(sep.join(header) + "\n")
    for _ in range(rng.randint(6, 12)):
        big = rng.random() < 0.5
        cells = [
            X("account_code", account_code()),
            T(rng.choice(items)),
            X("amount", amount(big)),
            X("amount", amount(big)),
            T(f"{rng.uniform(40, 100):.2f}"),
        ]
        if lay == "html":
            d.t("<tr>")
            for c in cells:
                d.t("<td>")
                d.emit(c)
                d.t("</td>")
            d.t("</tr>\n")
        else:
            for j, c in enumerate(cells):
                if j:
                    d.t(sep)
                q = lay == "csv" and "," in cell_text(c)
                d.t('"' if q else "")
                d.emit(c)
                d.t('"' if q else "")
            d.t("\n")
    if lay == "html":
        d.t("</table>\n")
    d.t("\nSeluruh pendapatan disetor ke ")
    d.t(
        rng.choice(
            ["Rekening Kas Umum Daerah (RKUD) ", "Rekening Kas Desa ", "rekening penampungan "]
        )
    )
    d.t(
        rng.choice(
            ["Bank Jateng", "BPD DIY", "Bank Nagari", "Bank Papua", "BRI", "Bank Sulselbar"]
        )
        + " No. "
    )
    d.x(
        "office_account",
        bank_account(
            rng.choice(["BRI", "Bank Jateng", "BPD DIY", "Bank Papua", "BNI", "Bank Sulselbar"])
        ),
    )
    d.t(f" a.n. {'RKUD ' + r.rname if off.kind != 'village' else 'Kas ' + off.name}.\n")
    off.signature(d, title="Bendahara " + off.name)


def g_procurement(d: Doc, r: Region) -> None:
    off = Office(r, "dinas")
    off.kop(d)
    d.t("\nPENGUMUMAN PEMENANG TENDER\nNomor: ")
    d.x("letter_number", letter_number(r, "Pokja"))
    d.t(
        "\n\nPaket: "
        + rng.choice(
            [
                "Rehabilitasi Gedung Puskesmas",
                "Pengadaan Alat Kesehatan",
                "Peningkatan Jalan Desa",
                "Pembangunan Talud",
                "Pengadaan Server PPID",
            ]
        )
        + "\n"
    )
    d.t("Kode Tender: ")
    d.x("permit", str(rng.randint(10_000_000, 99_999_999)))
    d.t(" | ")
    d.x("permit", permit())
    d.t("\nHPS: ")
    d.x("amount", amount(rng.random() < 0.3))
    d.t("\n\n")
    for k in range(rng.randint(1, 3)):
        c = rng.choice(P.COMPANIES)
        d.t(f"{'Pemenang' if k == 0 else 'Peserta ' + str(k + 1)}: {c}\nAlamat: ")
        d.x("company_address", company_address(r))
        d.t("\nTelp: ")
        ac = r.area_code()
        d.x("company_phone", f"({ac}) {rng.randint(2, 8)}{digits(5)}")
        d.t("\nNPWP Badan: ")
        n = npwp15(person=False)
        d.x("company_npwp", fmt_npwp15(n))
        d.t("\n")
        d.x("permit", permit())
        d.t("\nHarga Penawaran: ")
        d.x("amount", amount())
        d.t("\n\n")
    if rng.random() < 0.5:
        p = Person(r, 1965, 1995)
        d.t("Pengadaan langsung (penyedia perorangan): " + p.name + ", alamat ")
        d.p("address", p.address(full=True))
        d.t(", NPWP ")
        d.emit(ident(d, "npwp", fmt_npwp15(npwp15()), Ctx("kv")))
        d.t(", rekening " + p.bank + " ")
        d.emit(ident(d, "bank_account", p.account, Ctx("kv")))
        d.t("\n\n")
    d.t("Sanggah dapat disampaikan melalui SPSE ")
    d.t(f"https://lpse.{r.domain}")
    d.t(" paling lambat ")
    d.x("event_date", fmt_date(rand_date(2024, 2025), "d Month Y"))
    d.t(".\n")
    d.t("Pokja Pemilihan, ketua: " + off.head + " NIP ")
    d.x("nip_official", nip())
    d.t("\n")


def g_announce(d: Doc, r: Region) -> None:
    kind = rng.choice(["lost", "correction", "passport", "uploads", "nitku"])
    off = Office(r, rng.choice(["dinas", "village"]))
    if kind == "lost":
        p = Person(r)
        d.t(
            "PENGUMUMAN KEHILANGAN\n\nTelah hilang "
            + rng.choice(
                ["dompet berisi KTP-el dan ATM", "Kartu Keluarga asli", "KTP dan buku tabungan"]
            )
            + " atas nama "
        )
        d.t(p.name + ", NIK ")
        d.emit(ident(d, "nik", group_id(p.nik), Ctx("kv", True)))
        d.t(", alamat ")
        d.p("address", p.address(full=True))
        d.t(". Bagi yang menemukan mohon menghubungi ")
        d.emit(ident(d, "phone", fmt_phone(p.phone), Ctx("kv")))
        d.t(" atau kantor " + off.name + " ")
        d.x("office_phone", off.phone)
        d.t(".\n")
    elif kind == "correction":
        d.t(
            "RALAT DATA PENERIMA\n\nPada pengumuman sebelumnya terdapat kesalahan penulisan. Data yang benar:\n"
        )
        for _ in range(rng.randint(3, 8)):
            p = Person(r)
            masked_ok = rng.random() < 0.45
            if masked_ok:  # only 4 digits shown: not recoverable
                v = rng.choice(
                    [
                        p.nik[:4] + "*" * 12,
                        "*" * 12 + p.nik[-4:],
                        p.nik[:2] + "*" * 10 + p.nik[-4:],
                    ]
                )
                d.t(f"- {p.name}, NIK ")
                d.x("masked_nik", v)
            else:
                k = rng.choice([3, 4, 5, 6])
                v = p.nik[: 16 - k] + "x" * k
                d.t(f"- {p.name}, NIK ")
                d.p("nik", v)
            d.t(", semula tertulis lahir ")
            d.p("birth_date", fmt_date(p.birth))
            d.t("\n")
    elif kind == "passport":
        d.t("DAFTAR PMI PURNA YANG DIFASILITASI PEMULANGAN\n\n")
        table_block(
            d,
            r,
            ["no", "nama", "paspor", "negara", "alamat", "hp"],
            rng.randint(4, 10),
            y0=1970,
            y1=2002,
        )
        d.t("\nInformasi: BP3MI ")
        d.x("office_phone", off.phone)
        d.t(", ")
        d.x(
            "call_centre",
            rng.choice(["Crisis Center 0800-1000", "Hotline 08001000", "Call Center 1500-299"]),
        )
        d.t("\n")
    elif kind == "uploads":
        d.t("Berkas persyaratan yang sudah masuk:\n")
        for _ in range(rng.randint(3, 8)):
            p = Person(r)
            n = p.nik if rng.random() < 0.6 else p.kk
            kindn = "nik" if n == p.nik else "kk"
            folder = rng.choice(
                ["uploads/ktp", "uploads/kk", "media/berkas/2024", "files/persyaratan"]
            )
            d.t(
                f"- {p.name}: https://{off.web.replace('https://', '') or 'ppid.' + r.domain}/{folder}/"
            )
            d.p(kindn, n)
            d.t(rng.choice([".pdf", "_ktp.jpg", "-kk.pdf", ".jpeg"]) + "\n")
    else:
        d.t("Pemutakhiran data wajib pajak pelaku UMKM penerima bantuan:\n")
        for _ in range(rng.randint(3, 7)):
            p = Person(r)
            n16 = p.nik
            style = rng.random()
            d.t(f"- {p.name}: ")
            if style < 0.4:
                d.t("NITKU ")
                d.emit(ident(d, "npwp", n16 + "000000", Ctx("kv")))
            elif style < 0.7:
                d.t("NPWP 16 digit ")
                d.emit(ident(d, "npwp", "0" + npwp15(), Ctx("kv")))
            else:
                d.t("NPWP ")
                d.emit(ident(d, "npwp", fmt_npwp15(npwp15()), Ctx("kv")))
            d.t("\n")
        d.t("Kontak KPP Pratama " + r.short + ": ")
        d.x("office_phone", off.phone)
        d.t(", Kring Pajak ")
        d.x("call_centre", "1500200")
        d.t("\n")


def g_english(d: Doc, r: Region) -> None:
    d.t(
        rng.choice(
            [
                "Beneficiary list - Village Cash Transfer (English summary for donor report)\n",
                "Annex 3. Households receiving livelihood grants\n",
                "List of trainees, Community Health Workers programme\n",
            ]
        )
    )
    d.t("Prepared by the Village Office, ")
    d.x("letter_date", fmt_date(rand_date(2024, 2025), rng.choice(["Mon d, Y", "d Month Y en"])))
    d.t("\n\n")
    ctx = Ctx(rng.choice(["pipe", "md", "csv", "tab", "fixed"]))
    header = ["#", "Full name", "ID number (NIK)", "Date of birth", "Home address", "Mobile"]
    rows = []
    for i in range(rng.randint(5, 12)):
        p = Person(r)
        rows.append(
            [
                T(str(i + 1)),
                T(p.name),
                ident(d, "nik", group_id(p.nik), ctx),
                PP(
                    "birth_date",
                    fmt_date(p.birth, rng.choice(["Mon d, Y", "d Month Y en", "dmy/", "iso"])),
                    d.item("birth_date"),
                ),
                PP("address", p.address_en(), d.item("address")),
                ident(d, "phone", fmt_phone(p.phone), ctx),
            ]
        )
    render_table(d, header, rows, ctx)
    d.t("\nContact: programme office ")
    off = Office(r, "dinas")
    d.x("office_email", off.email)
    d.t(", tel. ")
    d.x("office_phone", off.phone)
    d.t("\n")


def g_profile(d: Doc, r: Region) -> None:
    p = Person(r, 1935, 1975)
    if rng.random() < 0.5:
        d.t("BERITA DUKA\n\nInnalillahi wa inna ilaihi rajiun. Telah berpulang " + p.name + ", ")
        d.t(
            rng.choice(["lahir di " + p.place + " pada ", "kelahiran " + p.place + ", ", "lahir "])
        )
        d.p("birth_date", fmt_date(p.birth, rng.choice(["d Month Y", "words", "d-ROM-Y", "dmy-"])))
        d.t(", pada hari " + rng.choice(P.DAYS_ID) + " ")
        d.x("event_date", fmt_date(rand_date(2024, 2025), "d Month Y"))
        d.t(". Jenazah disemayamkan di rumah duka, ")
        d.p("address", p.address(full=True))
        d.t(". Keluarga dapat dihubungi di ")
        d.emit(ident(d, "phone", fmt_phone(p.phone), Ctx("kv")))
        d.t(".\n")
    else:
        d.t(
            "PROFIL KEPALA "
            + r.vlabel.upper()
            + "\n\nNama: "
            + p.name
            + "\nTempat, tanggal lahir: "
            + p.place
            + ", "
        )
        d.p("birth_date", fmt_date(p.birth, rng.choice(["d Month Y", "dmy-", "DMONTHY"])))
        d.t("\nAlamat rumah: ")
        d.p("address", p.address(full=True))
        d.t("\nMasa jabatan: 2019–2027\nPendidikan: S1\nEmail pribadi: ")
        d.p("email", p.email)
        d.t("\nKantor: ")
        off = Office(r, "village")
        d.x("office_address", off.address())
        d.t(", ")
        d.x("office_email", off.email)
        d.t("\n")


def g_html_page(d: Doc, r: Region) -> None:
    off = Office(r, rng.choice(["village", "dinas"]))
    d.t('<div class="kontak">\n<h3>Kontak ' + off.name + "</h3>\n<p>")
    d.x("office_address", off.address())
    d.t('<br>Telp: <a href="tel:')
    d.x(
        "office_phone",
        off.phone.replace("(", "").replace(")", "").replace(" ", "").replace("-", ""),
    )
    d.t('">')
    d.x("office_phone", off.phone)
    d.t('</a><br>Email: <a href="mailto:')
    d.x("office_email", off.email)
    d.t('">')
    d.x("office_email", off.email)
    d.t("</a></p>\n<h3>Pengurus RT/RW dan Kader</h3>\n<ul>\n")
    for _ in range(rng.randint(3, 8)):
        p = Person(r)
        d.t(
            "<li>"
            + p.name
            + " – "
            + rng.choice(["Ketua RT", "Ketua RW", "Kader Posyandu", "Kepala Dusun", "Linmas"])
            + ", "
        )
        d.p("address", p.unit_text() or p.address())
        d.t(", WA: ")
        m = "62" + p.phone[1:]
        s = rng.random()
        if s < 0.4:
            d.t('<a href="https://wa.me/')
            d.p("phone", m)
            d.t('">chat</a>')
        elif s < 0.7:
            d.t('<a href="tel:+')
            d.p("phone", m)
            d.t('">')
            d.emit(ident(d, "phone", fmt_phone(p.phone), Ctx("html")))
            d.t("</a>")
        else:
            d.emit(ident(d, "phone", fmt_phone(p.phone), Ctx("html")))
        if rng.random() < 0.3:
            d.t(', <a href="mailto:')
            d.p("email", p.email)
            d.t('">email</a>')
        d.t("</li>\n")
    d.t("</ul>\n<p>Darurat: ")
    d.x("call_centre", rng.choice(["112", "Damkar 113", "Ambulans 118", "PLN 123"]))
    d.t("</p>\n</div>\n")


def g_selection(d: Doc, r: Region) -> None:
    off = Office(r, "village")
    off.kop(d)
    d.t(
        "\nPENGUMUMAN HASIL SELEKSI ADMINISTRASI BAKAL CALON PERANGKAT "
        + r.vlabel.upper()
        + "\nNomor: "
    )
    d.x("letter_number", letter_number(r, "Panitia"))
    d.t("\n\n")
    table_block(
        d, r, ["no", "nama", "ttl", "nik", "alamat", "ket"], rng.randint(4, 10), y0=1980, y1=2004
    )
    d.t("\nUjian tertulis dilaksanakan ")
    d.x("event_date", fmt_date(rand_date(2024, 2025), rng.choice(["d Month Y", "dmy/"])))
    d.t(" bekerja sama dengan Universitas setempat. Pengawas dari kecamatan: ")
    o = Office(r, "kecamatan")
    d.t(o.head + ", NIP ")
    d.x("nip_official", nip())
    d.t(".\n")
    off.signature(d, title="Ketua Panitia")


def g_pns_sk(d: Doc, r: Region) -> None:
    """Team decree of a Dinas: officials with NIP (public) and honorarium; team members' NPWP and
    accounts are personal."""
    off = Office(r, "dinas")
    off.kop(d)
    d.t("\nLAMPIRAN KEPUTUSAN KEPALA " + off.name.upper() + "\nNOMOR ")
    d.x("letter_number", letter_number(r, "KPTS"))
    d.t("\nTANGGAL ")
    d.x("letter_date", fmt_date(rand_date(2023, 2025), "DMONTHY"))
    d.t("\n\nSUSUNAN TIM PENGELOLA PPID PEMBANTU\n\n")
    ctx = Ctx(rng.choice(["pipe", "md", "fixed", "tab", "html"]))
    with_pii = rng.random() < 0.6
    header = ["No", "Nama", "NIP", "Jabatan dalam Tim"] + (
        ["NPWP", "No. Rekening"] if with_pii else ["Honor/bulan"]
    )
    rows = []
    for i in range(rng.randint(4, 9)):
        name = rng.choice(P.OFFICIALS)
        row = [
            T(str(i + 1)),
            T(name),
            X("nip_official", nip()),
            T(rng.choice(["Ketua", "Sekretaris", "Anggota", "Anggota", "Operator"])),
        ]
        if with_pii:
            row += [
                ident(d, "npwp", fmt_npwp15(npwp15()), ctx),
                ident(d, "bank_account", bank_account(rng.choice(P.BANKS_PERSON)), ctx),
            ]
        else:
            row.append(X("amount", amount()))
        rows.append(row)
    render_table(d, header, rows, ctx)
    off.signature(d, place_date=False)


def g_kks(d: Doc, r: Region) -> None:
    off = Office(r, "village")
    d.t(f"Daftar KPM pemegang KKS yang belum mengambil bantuan - {off.name}\nPeriode penyaluran: ")
    d.x("event_date", fmt_date(rand_date(2024, 2025), rng.choice(["d Month Y", "dmy-"])))
    d.t("\n\n")
    table_block(
        d,
        r,
        [
            "no",
            "nama",
            rng.choice(["nik", "kk"]),
            "kks",
            rng.choice(["alamat", "ADDR"]),
            rng.choice(["hp", "ket"]),
        ],
        rng.randint(6, 14),
    )
    d.t("\nE-warong: ")
    c = rng.choice(P.COMPANIES)
    d.t(c + ", ")
    d.x("company_address", company_address(r))
    d.t("\n")


def g_pmi(d: Doc, r: Region) -> None:
    off = Office(r, "dinas")
    if rng.random() < 0.6:
        off.kop(d)
    d.t(
        rng.choice(
            [
                "\nDATA CALON PEKERJA MIGRAN INDONESIA (CPMI) YANG TELAH MENGIKUTI ORIENTASI PRA PEMBERANGKATAN\n\n",
                "\nRekap PMI bermasalah yang dipulangkan melalui debarkasi\n\n",
                "\nDaftar peserta pelatihan bahasa calon PMI\n\n",
            ]
        )
    )
    cols = ["no", "nama", "paspor"] + rng.choice(
        [
            ["nik", "negara", "hp"],
            ["ttl", "alamat", "negara"],
            ["tgl", "ADDR", "kpj"],
            ["negara", "alamat", "hp", "email"],
        ]
    )
    table_block(d, r, cols, rng.randint(5, 12), y0=1975, y1=2004)
    d.t("\nInformasi dan pengaduan: ")
    d.x("office_phone", off.phone)
    d.t(" / ")
    d.x(
        "call_centre",
        rng.choice(["Call Center BP2MI 0800-1000", "Crisis Center 08001000", "Hotline 1500-299"]),
    )
    d.t(". Izin P3MI: ")
    d.x("permit", permit())
    d.t("\n")


def g_umkm(d: Doc, r: Region) -> None:
    """News about licences handed to small firms: permit numbers, and the owners' contacts."""
    off = Office(r, "dinas")
    d.t("Penyerahan NIB dan Sertifikat Halal kepada Pelaku UMKM\n\n")
    d.t(f"{off.name} menyerahkan dokumen perizinan pada ")
    d.x("event_date", fmt_date(rand_date(2024, 2025), "d Month Y"))
    d.t(". Penerima antara lain:\n")
    for _ in range(rng.randint(3, 7)):
        p = Person(r, 1965, 2000)
        d.t(
            f"- {p.name}, usaha {rng.choice(['keripik', 'tenun', 'kopi bubuk', 'sambal', 'kerajinan bambu'])}, "
        )
        d.x("permit", permit())
        if rng.random() < 0.5:
            d.t(", pesan via ")
            d.emit(ident(d, "phone", fmt_phone(p.phone), Ctx("kv")))
        if rng.random() < 0.4:
            d.t(", rumah produksi di ")
            d.p("address", p.address())
        d.t("\n")
    d.t("Pendaftaran berikutnya di Mal Pelayanan Publik, ")
    d.x("office_address", off.address())
    d.t(", telp ")
    d.x("office_phone", off.phone)
    d.t(".\n")


def g_finance(d: Doc, r: Region) -> None:
    """Payment register of a Dinas: SP2D numbers, tax billing codes, NTPN and tax-invoice serials
    are payment codes (hard negatives); payees who are private persons carry their own NPWP and
    account."""
    off = Office(r, "dinas")
    if rng.random() < 0.5:
        off.kop(d)
    yr = rng.randint(2023, 2025)
    d.t(
        f"\nREGISTER SP2D DAN SETORAN PAJAK BULAN {P.MONTHS_ID[rng.randint(0, 11)].upper()} {yr}\n\n"
    )
    ctx = Ctx(rng.choice(["pipe", "md", "tab", "semi", "csv", "fixed", "html"]))
    header = [
        "No",
        "No. SP2D",
        "Tgl SP2D",
        "Penerima",
        "NPWP Penerima",
        "Rekening Penerima",
        "Nilai Bruto",
        "Kode Billing",
        "NTPN",
    ]
    rows = []
    for i in range(rng.randint(5, 12)):
        sp2d = f"{rng.randint(1, 9999):04d}/SP2D/{rng.choice(['LS', 'GU', 'TU'])}/{off.name.split()[1][:6].upper()}/{yr}"
        billing = rng.choice(["0", "1", "2", "3", "8"]) + digits(14)
        ntpn = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
        if rng.random() < 0.5:
            c = rng.choice(P.COMPANIES)
            payee = T(c)
            npwp = X("company_npwp", fmt_npwp15(npwp15(person=False)))
            acct = X(
                "company_account", bank_account(rng.choice(["BRI", "Bank Mandiri", "BNI", "BCA"]))
            )
        else:
            p = Person(r, 1960, 1998)
            payee = T(p.name + rng.choice([" (narasumber)", " (tenaga ahli)", " (honor)", ""]))
            npwp = ident(d, "npwp", rng.choice([fmt_npwp15(npwp15()), p.nik]), ctx)
            acct = ident(d, "bank_account", p.account, ctx)
        rows.append(
            [
                T(str(i + 1)),
                X("letter_number", sp2d),
                X(
                    "letter_date",
                    fmt_date(rand_date(yr, yr), rng.choice(["dmy/", "dmy-", "d Mon Y"])),
                ),
                payee,
                npwp,
                acct,
                X("amount", amount(rng.random() < 0.2)),
                X("payment_code", billing),
                X("payment_code", ntpn),
            ]
        )
    render_table(d, header, rows, ctx)
    d.t("\nFaktur pajak nomor ")
    d.x("payment_code", f"0{rng.randint(10, 40)}.{rng.randint(0, 999):03d}-{yr % 100}.{digits(8)}")
    d.t(" telah diunggah. Setoran retribusi melalui Virtual Account Pemda ")
    d.x("office_account", "88" + digits(14))
    d.t(" atau QRIS. Rekening pengeluaran: ")
    d.x(
        "office_account",
        bank_account(rng.choice(["Bank Jateng", "BRI", "Bank Papua", "Bank Nagari"])),
    )
    d.t(f" a.n. Bendahara Pengeluaran {off.name}.\n")
    off.signature(d, title="Bendahara Pengeluaran")


def g_pdf_text(d: Doc, r: Region) -> None:
    """Text extracted from a PDF: running header, page numbers, a fixed-width table."""
    off = Office(r, rng.choice(["dinas", "village"]))
    for page in range(rng.randint(1, 3)):
        d.t(f"{off.name}    Halaman {page + 1}\n")
        d.t(
            rng.choice(
                [
                    "Daftar Nominatif Penerima Bantuan Rumah Tidak Layak Huni\n",
                    "DATA KELUARGA SASARAN JAMBAN SEHAT\n",
                    "Daftar calon penerima bantuan bibit\n",
                ]
            )
        )
        table_block(
            d, r, ["no", "nama", "nik", "ttl", "alamat", "job"], rng.randint(4, 9), layout="fixed"
        )
        d.t("\f")
    d.t("Dicetak: ")
    d.x("timestamp", timestamp())
    d.t("\n")


GENRES = [
    (g_aid, 14),
    (g_scholarship, 5),
    (g_health, 7),
    (g_gform, 5),
    (g_letter_resident, 8),
    (g_letter_office, 6),
    (g_sk, 6),
    (g_minutes, 5),
    (g_news, 6),
    (g_recap, 5),
    (g_apbd, 6),
    (g_procurement, 5),
    (g_announce, 6),
    (g_english, 3),
    (g_profile, 3),
    (g_html_page, 3),
    (g_selection, 3),
    (g_pns_sk, 3),
    (g_kks, 3),
    (g_pdf_text, 4),
    (g_pmi, 4),
    (g_umkm, 3),
    (g_finance, 4),
]


def main() -> None:
    out = []
    names = [g for g, w in GENRES for _ in range(w)]
    n_docs = 480
    provinces = [p["code"] for p in REGIONS]
    for i in range(n_docs):
        g = names[i % len(names)] if i < len(names) else rng.choice(names)
        r = pick_region(provinces[i % len(provinces)])
        d = Doc(f"h2-{i:04d}", g.__name__[2:], r.label)
        g(d, r)
        rec = d.record()
        for s in rec["spans"]:
            assert rec["text"][s["start"] : s["end"]].strip(), (rec["id"], s)
        out.append(rec)
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    items = {s["item"]: s["kind"] for rec in out for s in rec["spans"]}
    from collections import Counter

    print("texts", len(out), "chars", sum(len(r["text"]) for r in out))
    print("items", len(items), dict(Counter(items.values())))
    negs = Counter(n["kind"] for rec in out for n in rec["negatives"])
    print("negatives", sum(negs.values()), dict(negs))


if __name__ == "__main__":
    main()
