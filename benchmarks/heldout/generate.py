"""Generate the frozen held-out privacy corpus (texts). Deterministic: same seed, same bytes.

    .venv/bin/python benchmarks/heldout/generate.py            # writes corpus.jsonl
    .venv/bin/python benchmarks/heldout/make_files.py          # writes files/ + files.jsonl
    .venv/bin/python benchmarks/heldout/freeze.py              # writes MANIFEST.sha256

Written from a brief, without reading the detector. Labelling rules: README.md in this folder.
"""

# ruff: noqa: S311, E501

import datetime
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pools as P  # noqa: E402

SEED = 20261206
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


class Doc:
    """Text built piece by piece; personal spans and hard negatives recorded with exact offsets."""

    def __init__(self, genre: str, region: str, html: bool = False):
        self.genre, self.region, self.html = genre, region, html
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negatives: list[dict] = []
        self.items = 0

    def t(self, s: str) -> "Doc":
        self.parts.append(s)
        self.n += len(s)
        return self

    def new_item(self) -> int:
        self.items += 1
        return self.items

    def p(self, kind: str, s: str, item: int | None = None) -> int:
        if item is None:
            item = self.new_item()
        if s:
            self.spans.append(
                {"kind": kind, "start": self.n, "end": self.n + len(s), "item": item}
            )
            self.t(s)
        return item

    def x(self, kind: str, s: str) -> None:
        self.negatives.append({"kind": kind, "start": self.n, "end": self.n + len(s)})
        self.t(s)

    def cell(self, c) -> None:
        if isinstance(c, str):
            self.t(c)
        elif c[0] == "neg":
            self.x(c[1], c[2])
        else:
            self.p(c[0], c[1], c[2] if len(c) > 2 else None)

    def text(self) -> str:
        return "".join(self.parts)


def ctext(c) -> str:
    if isinstance(c, str):
        return c
    return c[2] if c[0] == "neg" else c[1]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.trap_rate = 0.12

    # ---------- people ----------
    def person(self, reg: dict, female: bool | None = None, age: tuple = (18, 85)) -> dict:
        r = self.r
        if female is None:
            female = r.random() < 0.5
        name = r.choice(reg["female"] if female else reg["male"])
        sur = r.choice(reg["surnames"])
        if sur and r.random() < 0.5:
            name = f"{name} {sur}"
        year = 2025 - r.randint(*age)
        birth = datetime.date(year, r.randint(1, 12), r.randint(1, 28))
        dist_name, dist_code = r.choice(reg["districts"])
        area = reg["code"] + dist_code
        day = birth.day + (40 if female else 0)
        nik = f"{area}{day:02d}{birth.month:02d}{birth.year % 100:02d}{r.randint(1, 60):04d}"
        entry = datetime.date(r.randint(2008, 2024), r.randint(1, 12), r.randint(1, 28))
        kk = (
            f"{area}{entry.day:02d}{entry.month:02d}{entry.year % 100:02d}{r.randint(1, 9000):04d}"
        )
        return {
            "name": name,
            "female": female,
            "birth": birth,
            "birthplace": r.choice(reg["birthplaces"]),
            "nik": nik,
            "kk": kk,
            "district": dist_name,
            "village": r.choice(reg["villages"]),
            "sub": r.choice(reg["subunits"]),
            "rt": r.randint(1, 19),
            "rw": r.randint(1, 12),
            "reg": reg,
        }

    def upper_name(self, name: str) -> str:
        return name.upper() if self.r.random() < 0.4 else name

    # ---------- identifiers ----------
    def phone(self, style: int | None = None) -> str:
        r = self.r
        pre = r.choice(
            [
                "812",
                "813",
                "821",
                "822",
                "852",
                "853",
                "857",
                "856",
                "877",
                "878",
                "838",
                "895",
                "896",
                "881",
                "831",
                "858",
                "811",
                "819",
                "859",
                "882",
            ]
        )
        rest = "".join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8, 8, 8, 9])))
        d = pre + rest
        s = r.randrange(12) if style is None else style
        if s == 0:
            return "0" + d
        if s == 1:
            return f"0{d[:3]}-{d[3:7]}-{d[7:]}"
        if s == 2:
            return f"0{d[:3]} {d[3:7]} {d[7:]}"
        if s == 3:
            return f"+62 {d[:3]}-{d[3:7]}-{d[7:]}"
        if s == 4:
            return "62" + d
        if s == 5:
            return f"+62{d}"
        if s == 6:
            return f"(+62) {d[:3]} {d[3:6]} {d[6:]}"
        if s == 7:
            return f"0{d[:3]}.{d[3:7]}.{d[7:]}"
        if s == 8:
            return f"+62-{d[:3]}-{d[3:7]}-{d[7:]}"
        if s == 9:
            return f"0{d[:2]} {d[2:6]} {d[6:]}"
        if s == 10:
            return f"0{d[:3]}{d[3:7]} {d[7:]}"
        return f"0{d[:3]}-{d[3:]}"

    def email(self, name: str) -> str:
        r = self.r
        words = [w.lower().strip(".',") for w in name.split() if w[0].isalpha() and len(w) > 2]
        words = [w for w in words if w not in ("binti", "bin", "dg", "daeng")] or ["warga"]
        a = r.choice(words)
        b = r.choice(words)
        dom = r.choice(P.EMAIL_DOMAINS)
        s = r.randrange(6)
        if s == 0:
            local = f"{a}.{b}" if a != b else a
        elif s == 1:
            local = f"{a}{r.randint(1, 99)}"
        elif s == 2:
            local = f"{a}_{b}{r.randint(70, 99)}"
        elif s == 3:
            local = f"{a[0]}{b}{r.randint(1990, 2010)}"
        elif s == 4:
            local = (
                f"{a}.{r.choice(['official', 'cantik', 'jaya', 'keren', 'ok', 'ibu', 'bapak'])}"
            )
        else:
            local = f"{a}{b}"
        return f"{local}@{dom}"

    def npwp(self) -> str:
        from stdnum import luhn

        r = self.r
        base = f"{r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])}{r.randint(0, 9)}" + "".join(
            str(r.randint(0, 9)) for _ in range(6)
        )
        base += luhn.calc_check_digit(base)
        tail = f"{r.randint(401, 999)}{r.choice(['000', '000', '001', '000'])}"
        d = base + tail
        s = r.randrange(7)
        if s == 0:
            return d
        if s == 1:
            return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {d[9:12]} {d[12:]}"
        if s == 2:
            return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]} - {d[9:12]}.{d[12:]}"
        if s == 3:
            return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}.{d[9:12]}.{d[12:]}"
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"

    def bpjs(self) -> str:
        r = self.r
        if r.random() < 0.25:  # BPJS Ketenagakerjaan KPJ, 11 digits
            d = f"{r.randint(10, 25)}" + "".join(str(r.randint(0, 9)) for _ in range(9))
            return d if r.random() < 0.6 else f"{d[:2]}{d[2:4]} {d[4:]}"
        d = "000" + "".join(str(r.randint(0, 9)) for _ in range(10))
        s = r.randrange(4)
        if s == 0:
            return d
        if s == 1:
            return f"{d[:3]}-{d[3:]}"
        if s == 2:
            return f"{d[:4]}-{d[4:8]}-{d[8:]}"
        return f"{d[:4]} {d[4:8]} {d[8:]}"

    def kks(self) -> str:
        r = self.r
        d = "601301" + "".join(str(r.randint(0, 9)) for _ in range(10))
        s = r.randrange(3)
        if s == 0:
            return d
        if s == 1:
            return " ".join(d[i : i + 4] for i in range(0, 16, 4))
        return "-".join(d[i : i + 4] for i in range(0, 16, 4))

    def passport(self) -> str:
        r = self.r
        letter = r.choice("ABCEX")
        d = "".join(str(r.randint(0, 9)) for _ in range(7))
        p = f"{letter}{d}"
        if r.random() < 0.2:
            p = p.lower()
        if r.random() < 0.1:
            p = f"{letter} {d}"
        return p

    def bank(self) -> tuple[str, str]:
        r = self.r
        name, groups, prefix = r.choice(P.BANKS)
        total = sum(groups)
        d = prefix + "".join(str(r.randint(0, 9)) for _ in range(total - len(prefix)))
        out, i = [], 0
        for g in groups:
            out.append(d[i : i + g])
            i += g
        sep = r.choice(["-", "-", " ", "."]) if len(groups) > 1 else ""
        return name, sep.join(out)

    def nik_fmt(self, nik: str) -> str:
        r = self.r.random()
        if r < 0.8:
            return nik
        if r < 0.9:
            return f"{nik[:6]} {nik[6:12]} {nik[12:]}"
        if r < 0.95:
            return f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}"
        return f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}"

    def masked_nik(self, nik: str) -> str:
        """Masks that leave a recoverable NIK (only the serial or 6 digits hidden)."""
        s = self.r.randrange(4)
        if s == 0:
            return nik[:12] + "****"
        if s == 1:
            return nik[:10] + "xxxxxx"
        if s == 2:
            return nik[:6] + "******" + nik[12:]
        return nik[:8] + "XXXXXX" + nik[14:]

    # ---------- dates ----------
    def bdate(self, d: datetime.date, style: int | None = None) -> str:
        r = self.r
        s = r.randrange(16) if style is None else style
        m = d.month
        if s == 0:
            return f"{d.day:02d}-{m:02d}-{d.year}"
        if s == 1:
            return f"{d.day}/{m}/{d.year % 100:02d}"
        if s == 2:
            return f"{d.day:02d}/{m:02d}/{d.year}"
        if s == 3:
            return f"{d.day} {P.MONTHS_ID[m - 1]} {d.year}"
        if s == 4:
            return f"{d.day}-{P.ROMAN[m - 1]}-{d.year}"
        if s == 5:
            return f"{P.MONTHS_EN_SHORT[m - 1]} {d.day}, {d.year}"
        if s == 6:
            return f"{d.day:02d}.{m:02d}.{d.year}"
        if s == 7:
            return f"{d.year}-{m:02d}-{d.day:02d}"
        if s == 8:
            return f"{d.day} {P.MONTHS_ID_SHORT[m - 1]} {d.year}"
        if s == 9:
            return f"{d.day:02d}-{P.MONTHS_ID_SHORT[m - 1]}-{str(d.year)[2:]}"
        if s == 10:
            return f"{P.MONTHS_EN[m - 1]} {d.day}, {d.year}"
        if s == 11:
            return f"{d.day} {P.MONTHS_EN[m - 1]} {d.year}"
        if s == 12:
            return f"{d.day}-{m}-{d.year}"
        if s == 13:
            return f"{d.day} {P.MONTHS_ID[m - 1].upper()} {d.year}"
        if s == 14:
            return f"{d.day:02d} {P.MONTHS_ID[m - 1]} {d.year}"
        return f"{d.day}/{m}/{d.year}"

    def date_words(self, d: datetime.date) -> str:
        units = [
            "",
            "satu",
            "dua",
            "tiga",
            "empat",
            "lima",
            "enam",
            "tujuh",
            "delapan",
            "sembilan",
        ]

        def num(n):
            if n < 10:
                return units[n]
            if n == 10:
                return "sepuluh"
            if n == 11:
                return "sebelas"
            if n < 20:
                return units[n - 10] + " belas"
            t, u = divmod(n, 10)
            return units[t] + " puluh" + (" " + units[u] if u else "")

        y = d.year
        if y < 2000:
            tail = y - 1900
            ys = "seribu sembilan ratus " + num(tail) if tail else "seribu sembilan ratus"
        else:
            ys = "dua ribu " + num(y - 2000) if y > 2000 else "dua ribu"
        day = "satu" if d.day == 1 else num(d.day)
        if d.day == 1 and self.r.random() < 0.5:
            day = "kesatu"
        return f"{day} {P.MONTHS_ID[d.month - 1]} {ys}"

    def letter_date(self, place: str | None = None) -> str:
        r = self.r
        d = datetime.date(r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28))
        s = r.randrange(3)
        if s == 0:
            txt = f"{d.day} {P.MONTHS_ID[d.month - 1]} {d.year}"
        elif s == 1:
            txt = f"{d.day:02d}-{d.month:02d}-{d.year}"
        else:
            txt = f"{d.day:02d} {P.MONTHS_ID[d.month - 1]} {d.year}"
        return txt if place is None else f"{place}, {txt}"

    def timestamp(self) -> str:
        r = self.r
        d = datetime.datetime(
            r.choice([2023, 2024, 2025]),
            r.randint(1, 12),
            r.randint(1, 28),
            r.randint(6, 22),
            r.randint(0, 59),
            r.randint(0, 59),
        )
        s = r.randrange(3)
        if s == 0:
            return f"{d.day}/{d.month}/{d.year} {d.hour}:{d.minute:02d}:{d.second:02d}"
        if s == 1:
            return f"{d.month}/{d.day}/{d.year} {d.hour}:{d.minute:02d}:{d.second:02d}"
        return f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour}:{d.minute:02d}:{d.second:02d} GMT+7"

    # ---------- addresses ----------
    def address(self, p: dict, style: int | None = None) -> str:
        r = self.r
        reg = p["reg"]
        vw, vil, dist, sub = reg["village_word"], p["village"], p["district"], p["sub"]
        rt, rw = p["rt"], p["rw"]
        s = r.randrange(16) if style is None else style
        street = r.choice(P.STREETS)
        no = r.randint(1, 120)
        if s == 0:
            return f"{street} No. {no}, RT {rt:02d}/RW {rw:02d}, {vw} {vil}, {reg['district_word']} {dist}"
        if s == 1:
            return f"{sub} RT {rt:03d} RW {rw:03d} {vw} {vil}"
        if s == 2:
            return f"{sub}, RT {rt:02d}, {vil}"  # RT without RW
        if s == 3:
            return f"{r.choice(P.HOUSING)} Blok {r.choice('ABCDEFGH')}{r.randint(1, 9)} No. {no}, {vil}"
        if s == 4:
            return f"{r.choice(P.LANDMARKS)} {vil}, RT {rt}"
        if s == 5:
            return f"{street.replace('Jl.', 'Jalan')} No. {no}, RT {rt}/RW {rw}, {vil} Village, {dist} District, {reg['regency_short']}"
        if s == 6:
            return f"{sub} {rt:02d}/{rw:02d} {vil} {dist}"
        if s == 7:
            return f"{r.choice(P.ALLEYS)} No. {no} {vw} {vil}"
        if s == 8:
            return f"{vw.upper()} {vil.upper()} RT.{rt:03d} RW.{rw:03d} KEC. {dist.upper()}"
        if s == 9:
            return f"{sub}, {vw} {vil}, {reg['district_word']} {dist}, {reg['regency']}"
        if s == 10:
            return f"Dsn. {sub.split()[-1]} RT {rt} RW {rw} Ds. {vil} Kec. {dist}"
        if s == 11:
            return f"{r.choice(P.HOUSING)} {r.choice('ABCDE')}-{r.randint(1, 30)}, RT {rt:02d}"
        if s == 12:
            return f"{street} Gg. {r.choice(['Manggis', 'Rambutan', 'Delima', 'Sirsak'])} {no} RT{rt:02d}/RW{rw:02d} {vil}"
        if s == 13:
            return f"{r.choice(P.LANDMARKS)}, {sub}"
        if s == 14:
            return f"{no} {street.replace('Jl.', 'Jalan')}, {sub}, {vil}, {reg['regency_short']}, {reg['province']}"
        return f"{sub} RT {rt:02d} {vw} {vil}"

    # ---------- traps ----------
    def trap(self, s: str, kind: str, html: bool = False) -> str:
        """Normalisation traps on a value; the label keeps covering the whole result."""
        r = self.r
        if r.random() > self.trap_rate:
            return s
        digits_idx = [i for i, ch in enumerate(s) if ch.isdigit()]
        if kind == "email":
            local, _, dom = s.partition("@")
            name, _, tld = dom.rpartition(".")
            c = r.randrange(5)
            if c == 0:
                return f"{local} [at] {name} [dot] {tld}"
            if c == 1:
                return f"{local} @ {name} . {tld}"
            if c == 2:
                return f"{local}@{name},{tld}"
            if c == 3:
                return f"{local}(at){dom}"
            return f"{local}\u200b@{dom}"
        if len(digits_idx) < 8:
            return s
        c = r.randrange(9 if html else 8)
        if c in (2, 3, 6) and any(not ch.isdigit() and (ch.isalpha() or ch == "*") for ch in s):
            c = 0  # keep a mask's letters: OCR/separator rewrites only apply to plain numbers
        mid = digits_idx[len(digits_idx) // 2]
        if c == 0:
            return s[:mid] + r.choice(ZW) + s[mid:]
        if c == 1:
            return s.translate(FULLWIDTH)
        if c == 2:
            only = "".join(ch for ch in s if ch.isdigit())
            return " ".join(only)  # OCR: a digit every space
        if c == 3:
            only = "".join(ch for ch in s if ch.isdigit())
            sep = r.choice(["_", ",", "·", "/"])
            return sep.join(only[i : i + 4] for i in range(0, len(only), 4))
        if c == 4:
            return s.replace(" ", "\u00a0") if " " in s else s[:mid] + "\u00a0" + s[mid:]
        if c == 5:
            return s[:mid] + "\n" + s[mid:]
        if c == 6:
            only = "".join(ch for ch in s if ch.isdigit())
            if len(only) == 16:
                return f"{only[:8]}-{only[8:]}" if r.random() < 0.5 else f"{only[:12]} {only[12:]}"
            return s[:mid] + "\u2009" + s[mid:]
        if c == 7:
            return s.translate(ARABIC_INDIC) if r.random() < 0.2 else s[:mid] + "\u00ad" + s[mid:]
        return s[:mid] + r.choice(["<b>", "<span>", "<strong>"]) + s[mid:]  # closing tag ignored

    def trapped(self, d: Doc, kind: str, s: str, item: int | None = None) -> int:
        return d.p(kind, self.trap(s, kind, d.html), item)

    # ---------- institution ----------
    def office(self, reg: dict, level: str) -> dict:
        r = self.r
        if level == "dinas":
            name, slug = r.choice(P.DINAS)
            title = f"PEMERINTAH {reg['regency'].upper()}\n{name.upper()}"
            email = f"{slug}@{reg['domain']}"
            addr = f"{r.choice(P.STREETS)} No. {r.randint(1, 60)}, {reg['regency_short']} {reg['postal']}{r.randint(10, 99)}"
            place = reg["regency_short"]
        else:
            vil = r.choice(reg["villages"])
            dist = r.choice(reg["districts"])[0]
            title = (
                f"PEMERINTAH {reg['regency'].upper()}\n{reg['district_word'].upper()} {dist.upper()}\n"
                f"{reg['office'].upper()} {vil.upper()}"
            )
            if level == "kelurahan":
                email = f"kel{vil.lower().replace(' ', '').replace(chr(39), '')}@{reg['domain']}"
            else:
                email = r.choice(
                    [
                        f"pemdes{vil.lower().replace(' ', '').replace(chr(39), '')}@gmail.com",
                        f"{reg['village_word'].lower()}.{vil.lower().replace(' ', '')}@{reg['domain']}",
                        f"admin@{vil.lower().replace(' ', '')}-{reg['regency_short'].lower().replace(' ', '')}.desa.id",
                    ]
                )
            addr = f"{r.choice(P.STREETS)} No. {r.randint(1, 60)}, {reg['village_word']} {vil}, {reg['district_word']} {dist}"
            place = vil
        landline = f"({reg['area']}) {r.randint(2, 8)}{r.randint(10000, 99999)}"
        return {
            "title": title,
            "email": email,
            "addr": addr,
            "tel": landline,
            "place": place,
            "fax": f"({reg['area']}) {r.randint(2, 8)}{r.randint(10000, 99999)}",
            "level": level,
        }

    def kop(self, d: Doc, o: dict) -> None:
        r = self.r
        d.t(o["title"] + "\n")
        s = r.randrange(4)
        if s == 0:
            d.t("Alamat: ")
            d.x("office_address", o["addr"])
            d.t(" Telp. ")
            d.x("office_phone", o["tel"])
            d.t(" Fax. ")
            d.x("office_phone", o["fax"])
            d.t("\nPos-el: ")
            d.x("office_email", o["email"])
            d.t(" Laman: https://" + o["email"].split("@")[1] + "\n")
        elif s == 1:
            d.x("office_address", o["addr"])
            d.t("\nTelepon ")
            d.x("office_phone", o["tel"])
            d.t(", e-mail: ")
            d.x("office_email", o["email"])
            d.t("\n")
        elif s == 2:
            d.x("office_address", o["addr"])
            d.t(" | Telp/Fax ")
            d.x("office_phone", o["tel"])
            d.t(" | WA Layanan ")
            d.x("office_phone", self.office_mobile())
            d.t(" | ")
            d.x("office_email", o["email"])
            d.t("\n")
        else:
            d.t("Sekretariat: ")
            d.x("office_address", o["addr"])
            d.t("\nTlp. ")
            d.x("office_phone", o["tel"])
            d.t("  Email: ")
            d.x("office_email", o["email"])
            d.t("  Kode Pos ")
            d.x("postal_code", f"{r.randint(20000, 99999)}")
            d.t("\n")
        d.t("=" * r.choice([60, 72, 80]) + "\n")

    def office_mobile(self) -> str:
        return f"0811-{self.r.randint(1000, 9999)}-{self.r.randint(100, 999)}"

    def signature(self, d: Doc, role: str, place: str) -> None:
        r = self.r
        name, rank = r.choice(P.OFFICIALS)
        d.t("\n")
        d.x("letter_date", self.letter_date(place))
        d.t(f"\n{role},\n\n\n{name}\n")
        if r.random() < 0.8:
            bd = datetime.date(r.randint(1965, 1985), r.randint(1, 12), r.randint(1, 28))
            tmt = datetime.date(bd.year + r.randint(22, 30), r.choice([1, 3, 4, 12]), 1)
            nip = f"{bd.year}{bd.month:02d}{bd.day:02d}{tmt.year}{tmt.month:02d}{r.randint(1, 2)}{r.randint(1, 20):03d}"
            fmt = nip if r.random() < 0.4 else f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
            d.t(f"{rank}\n" if r.random() < 0.6 else "")
            d.t(r.choice(["NIP. ", "NIP ", "NIP: "]))
            d.x("nip_official", fmt)
            d.t("\n")

    def regulation(self) -> str:
        r = self.r
        return r.choice(
            [
                "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                "Undang-Undang Nomor 6 Tahun 2014 tentang Desa",
                f"Peraturan Menteri Desa, PDTT Nomor {r.randint(1, 20)} Tahun {r.choice([2022, 2023, 2024])}",
                f"Peraturan Bupati Nomor {r.randint(1, 90)} Tahun {r.choice([2021, 2022, 2023, 2024])}",
                f"Peraturan Daerah Nomor {r.randint(1, 15)} Tahun {r.choice([2019, 2020, 2023])}",
                "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
                f"Peraturan Pemerintah Nomor {r.choice([8, 11, 43, 60])} Tahun {r.choice([2014, 2016, 2019])}",
                f"Keputusan Menteri Sosial Nomor {r.randint(10, 200)}/HUK/{r.choice([2021, 2023])}",
            ]
        )

    def letter_number(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.choice(['400', '460', '470', '141', '900', '027', '800'])}/{r.randint(10, 2999)}/{r.choice(['Dinsos', 'DPMD', 'Kel', 'Pem', 'Kesra', 'SK', 'PPID'])}/{r.choice(['I', 'IV', 'VII', 'X', 'XII'])}/{r.choice([2023, 2024, 2025])}",
                f"{r.randint(100, 999)}.{r.randint(1, 9)}/{r.randint(100, 999)}/{r.choice([2024, 2025])}",
                f"B-{r.randint(100, 999)}/{r.choice(['Kel.Snd', 'Ds.Tlg', 'KK.01'])}/{r.randint(1, 12):02d}/{r.choice([2024, 2025])}",
            ]
        )

    def amount(self, lo: int = 5, hi: int = 12, raw: bool = False) -> str:
        r = self.r
        v = r.randint(10 ** (lo - 1), 10**hi)
        v -= v % 1000
        if raw:
            return str(v)
        return f"{v:,}".replace(",", ".")


# ---------------------------------------------------------------- tables

HEADERS = {
    "no": ["No", "NO", "No.", "#"],
    "nama": ["Nama", "NAMA", "Nama Lengkap", "Nama Penerima", "Nama KPM", "NAMA PENERIMA MANFAAT"],
    "nik": ["NIK", "No. NIK", "Nomor Induk Kependudukan", "NIK KTP", "No KTP", "NIK PENERIMA"],
    "kk": ["No. KK", "Nomor KK", "NO KK", "No. Kartu Keluarga", "KK"],
    "alamat": ["Alamat", "ALAMAT", "Alamat Lengkap", "Alamat Rumah", "Tempat Tinggal", "Domisili"],
    "ttl": [
        "TTL",
        "Tempat, Tgl Lahir",
        "Tempat/Tanggal Lahir",
        "Tmp/Tgl Lahir",
        "TEMPAT TGL LAHIR",
    ],
    "tgl": ["Tgl Lahir", "Tanggal Lahir", "TGL LAHIR", "Tgl. Lhr", "Tgl.Lahir"],
    "jk": ["JK", "L/P", "Jenis Kelamin"],
    "umur": ["Umur", "Usia (th)"],
    "kerja": ["Pekerjaan", "PEKERJAAN"],
    "hp": ["No HP", "No. Telp", "No. WA", "HP/WA", "Kontak", "Telepon", "NO HP"],
    "email": ["Email", "E-mail", "Alamat Email", "Surel"],
    "rek": ["No. Rek", "No Rekening", "Nomor Rekening", "Rek. Bank"],
    "bpjs": ["No. KIS", "No BPJS", "Nomor Kartu JKN", "No. Kartu BPJS Kes", "No KIS/BPJS"],
    "kks": ["No KKS", "Nomor KKS", "No. Kartu KKS"],
    "npwp": ["NPWP", "No. NPWP"],
    "paspor": ["No. Paspor", "Paspor", "Nomor Paspor", "PASPOR"],
    "negara": ["Negara Tujuan", "Negara Penempatan"],
    "nominal": ["Nominal", "Jumlah (Rp)", "Besaran Bantuan", "NILAI"],
    "ket": ["Keterangan", "Ket.", "KET"],
}


class Tables:
    def __init__(self, g: Gen):
        self.g = g
        self.r = g.r

    def person_row(
        self, d: Doc, p: dict, cols: list[str], i: int, bankname: str | None = None
    ) -> list:
        g, r = self.g, self.r
        row = []
        for c in cols:
            if c == "no":
                row.append(str(i))
            elif c == "nama":
                row.append(g.upper_name(p["name"]))
            elif c == "nik":
                v = g.nik_fmt(p["nik"]) if r.random() > 0.06 else g.masked_nik(p["nik"])
                row.append(("nik", g.trap(v, "nik", d.html)))
            elif c == "kk":
                row.append(("kk", g.trap(g.nik_fmt(p["kk"]), "kk", d.html)))
            elif c == "alamat":
                row.append(("address", g.address(p)))
            elif c == "dusun":
                row.append(("address", p["sub"], "A"))
            elif c == "rt":
                row.append(
                    ("address", f"{p['rt']:03d}" if r.random() < 0.5 else str(p["rt"]), "A")
                )
            elif c == "rw":
                row.append(
                    ("address", f"{p['rw']:03d}" if r.random() < 0.5 else str(p["rw"]), "A")
                )
            elif c == "desa":
                row.append(("address", p["village"], "A"))
            elif c == "ttl":
                row.append(("TTL", p["birthplace"], g.bdate(p["birth"])))
            elif c == "tgl":
                row.append(("birth_date", g.bdate(p["birth"])))
            elif c == "tempat":
                row.append(p["birthplace"])
            elif c == "jk":
                row.append("P" if p["female"] else "L")
            elif c == "umur":
                row.append(str(2025 - p["birth"].year))
            elif c == "kerja":
                row.append(r.choice(P.OCCUPATIONS))
            elif c == "hp":
                row.append(
                    ("phone", g.trap(g.phone(), "phone", d.html)) if r.random() < 0.9 else "-"
                )
            elif c == "email":
                row.append(
                    ("email", g.trap(g.email(p["name"]), "email")) if r.random() < 0.85 else "-"
                )
            elif c == "rek":
                name, num = g.bank()
                row.append(("bank_account", g.trap(num, "bank_account", d.html)))
            elif c == "bank":
                row.append(bankname or g.bank()[0])
            elif c == "bpjs":
                row.append(("bpjs", g.trap(g.bpjs(), "bpjs", d.html)))
            elif c == "kks":
                row.append(("kks", g.trap(g.kks(), "kks", d.html)))
            elif c == "paspor":
                row.append(("passport", g.passport()))
            elif c == "negara":
                row.append(
                    r.choice(
                        [
                            "Malaysia",
                            "Taiwan",
                            "Hong Kong",
                            "Korea Selatan",
                            "Jepang",
                            "Arab Saudi",
                        ]
                    )
                )
            elif c == "npwp":
                row.append(("npwp", g.trap(g.npwp(), "npwp", d.html)))
            elif c == "nominal":
                row.append(
                    (
                        "neg",
                        "amount",
                        r.choice(
                            [
                                "Rp 300.000",
                                "Rp. 600.000",
                                "900000",
                                "Rp 1.800.000",
                                "Rp2.400.000,00",
                                "200.000",
                                "3.000.000",
                            ]
                        ),
                    )
                )
            elif c == "ket":
                x = r.random()
                if x < 0.1:
                    row.append(("phone", g.phone()))
                elif x < 0.15:
                    row.append(
                        (
                            "address",
                            "pindah ke " + g.address(g.person(p["reg"]), r.choice([2, 4, 13])),
                        )
                    )
                else:
                    row.append(
                        r.choice(
                            [
                                "Layak",
                                "Lansia tunggal",
                                "Disabilitas",
                                "-",
                                "Baru",
                                "Meninggal",
                                "Ganti KPM",
                                "Janda",
                                "Sudah cair",
                                "",
                            ]
                        )
                    )
            elif c == "faskes":
                row.append(r.choice(P.FASKES))
            elif c == "sekolah":
                row.append(
                    r.choice(
                        ["SMA N 1 ", "SMK N 2 ", "MAN ", "SMA Muhammadiyah ", "SMK Kesehatan "]
                    )
                    + p["reg"]["regency_short"]
                )
            elif c == "ipk":
                row.append(f"{r.uniform(3.0, 4.0):.2f}")
            else:
                row.append("")
        return row

    UNIT_HEADERS = {
        "aceh": ["Dusun", "Dusun/Jurong"],
        "sumbar": ["Jorong"],
        "diy": ["Padukuhan", "Dukuh"],
        "bantul": ["Padukuhan", "Pedukuhan"],
        "bali": ["Banjar", "Banjar Dinas", "Br."],
        "sulsel": ["Lingkungan", "Lingk."],
        "sumut": ["Lingkungan"],
        "papua": ["Kampung/Kompleks", "Lokasi"],
        "merauke": ["Kampung/Jalur", "Lokasi"],
        "sorong": ["Kompleks/Jalan", "Lokasi"],
        "klaten": ["Dukuh", "Dusun"],
        "malang": ["Dusun", "Dsn"],
        "bogor": ["Kampung", "Kp./Dusun"],
        "jaktim": ["Perumahan/Komplek", "Komplek"],
        "tarakan": ["Lokasi", "Gang/Perum"],
        "ntt": ["Dusun"],
    }

    def header_row(self, cols: list[str], reg: dict | None = None) -> list[str]:
        if reg is not None:
            return [
                self.r.choice(self.UNIT_HEADERS.get(reg["key"], ["Dusun"]))
                if c == "dusun"
                else reg["village_word"]
                if c == "desa"
                else h
                for c, h in zip(cols, self.header_row(cols), strict=True)
            ]
        out = []
        for c in cols:
            if c in HEADERS:
                out.append(self.r.choice(HEADERS[c]))
            else:
                out.append(
                    {
                        "dusun": self.r.choice(
                            ["Dusun", "Padukuhan", "Dukuh", "Banjar", "Jorong", "Lingkungan"]
                        ),
                        "rt": "RT",
                        "rw": "RW",
                        "desa": self.r.choice(
                            ["Desa", "Kelurahan", "Kalurahan", "Nagari", "Kampung"]
                        ),
                        "tempat": "Tempat Lahir",
                        "bank": "Bank",
                        "faskes": "Faskes",
                        "sekolah": "Asal Sekolah",
                        "ipk": "IPK",
                    }.get(c, c)
                )
        return out

    def norm_rows(self, d: Doc, rows: list[list]) -> list[list]:
        """Resolve per-row shared items ('A' = split address) and TTL cells into Doc cells."""
        out = []
        for row in rows:
            shared = {}
            new = []
            for c in row:
                if isinstance(c, tuple) and c[0] == "TTL":
                    sep = self.r.choice([", ", ", ", " / ", ", ", "; ", " , "])
                    new.append(("TTL", c[1] + sep, c[2]))
                elif isinstance(c, tuple) and len(c) == 3 and c[2] == "A":
                    if "A" not in shared:
                        shared["A"] = d.new_item()
                    new.append((c[0], c[1], shared["A"]))
                else:
                    new.append(c)
            out.append(new)
        return out

    @staticmethod
    def emit(d: Doc, c) -> None:
        if isinstance(c, tuple) and c[0] == "TTL":
            d.t(c[1])
            d.p("birth_date", c[2])
        else:
            d.cell(c)

    @staticmethod
    def width(c) -> int:
        if isinstance(c, tuple) and c[0] == "TTL":
            return len(c[1]) + len(c[2])
        return len(ctext(c))

    def render(self, d: Doc, header: list[str], rows: list[list], layout: str) -> None:
        rows = self.norm_rows(d, rows)
        r = self.r
        if layout in ("pipe", "md"):
            d.t("| " + " | ".join(header) + " |\n")
            if layout == "md":
                d.t("|" + "|".join("---" for _ in header) + "|\n")
            for row in rows:
                d.t("| ")
                for j, c in enumerate(row):
                    if j:
                        d.t(" | ")
                    self.emit(d, c)
                d.t(" |\n")
        elif layout in ("tab", "semi", "csv"):
            sep = {"tab": "\t", "semi": ";", "csv": ","}[layout]
            d.t(sep.join(header) + "\n")
            for row in rows:
                for j, c in enumerate(row):
                    if j:
                        d.t(sep)
                    txt = ctext(c) if not (isinstance(c, tuple) and c[0] == "TTL") else c[1] + c[2]
                    quote = (
                        layout == "csv"
                        and ("," in txt or "\n" in txt)
                        or (layout == "semi" and ";" in txt)
                    )
                    if quote:
                        d.t('"')
                    self.emit(d, c)
                    if quote:
                        d.t('"')
                d.t("\n")
        elif layout == "html":
            d.t(
                '<table border="1">\n<thead><tr>'
                + "".join(f"<th>{h}</th>" for h in header)
                + "</tr></thead>\n<tbody>\n"
            )
            for row in rows:
                d.t("<tr>")
                for c in row:
                    d.t("<td>")
                    self.emit(d, c)
                    d.t("</td>")
                d.t("</tr>\n")
            d.t("</tbody>\n</table>\n")
        elif layout == "lines":  # PDF extraction: one cell per line
            d.t("\n".join(header) + "\n")
            for row in rows:
                for c in row:
                    self.emit(d, c)
                    d.t("\n")
        elif layout == "records":
            for row in rows:
                for h, c in zip(header, row, strict=False):
                    d.t(f"{h:<{r.choice([14, 18, 22])}}: ")
                    self.emit(d, c)
                    d.t("\n")
                d.t("\n")
        else:  # fixed width, long cells wrapped onto a second line (as pdftotext -layout)
            cap = r.choice([18, 22, 26, 30])
            widths = []
            for j, h in enumerate(header):
                full = max(len(h), *(self.width(row[j]) for row in rows))
                ident = any(
                    isinstance(row[j], tuple) and row[j][0] not in ("address", "neg", "TTL")
                    for row in rows
                )
                widths.append(full if ident and r.random() < 0.85 else min(cap, full))
            d.t(
                "  ".join(
                    h.ljust(w)[: max(w, len(h))] for h, w in zip(header, widths, strict=False)
                ).rstrip()
                + "\n"
            )
            d.t("-" * (sum(widths) + 2 * len(widths)) + "\n")
            for row in rows:
                lines = [[] for _ in range(3)]
                for j, c in enumerate(row):
                    w = widths[j]
                    chunks = self.wrap(d, c, w)
                    for k in range(3):
                        lines[k].append(chunks[k] if k < len(chunks) else None)
                for k in range(3):
                    if all(x is None for x in lines[k]):
                        break
                    out = []
                    for j, ch in enumerate(lines[k]):
                        out.append((ch, widths[j]))
                    # trim trailing empties
                    while out and out[-1][0] is None:
                        out.pop()
                    for j, (ch, w) in enumerate(out):
                        if j:
                            d.t("  ")
                        if ch is None:
                            d.t(" " * w)
                            continue
                        ln = sum(len(ctext(x)) for x in ch)
                        for x in ch:
                            d.cell(x)
                        if j < len(out) - 1:
                            d.t(" " * max(0, w - ln))
                    d.t("\n")

    def wrap(self, d: Doc, c, w: int) -> list[list]:
        """Split a cell into up to 3 line chunks, each a list of Doc cells."""
        if isinstance(c, tuple) and c[0] == "TTL":
            item = d.new_item()
            place, date = c[1], c[2]
            if len(place) + len(date) <= w:
                return [[place, ("birth_date", date, item)]]
            return [[place.rstrip()], [("birth_date", date, item)]]
        txt = ctext(c)
        if len(txt) <= w or " " not in txt:
            return [[c]]
        pieces, cur = [], ""
        for word in txt.split(" "):
            if cur and len(cur) + 1 + len(word) > w and len(pieces) < 2:
                pieces.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        pieces.append(cur)
        if isinstance(c, str):
            return [[x] for x in pieces]
        if c[0] == "neg":
            return [[("neg", c[1], x)] for x in pieces]
        item = c[2] if len(c) > 2 else d.new_item()
        return [[(c[0], x, item)] for x in pieces]

    LAYOUTS = ["pipe", "md", "tab", "semi", "csv", "fixed", "fixed", "html", "lines", "records"]


# ---------------------------------------------------------------- genres


class Genres:
    def __init__(self, g: Gen):
        self.g, self.r, self.tb = g, g.r, Tables(g)

    def reg(self) -> dict:
        return self.r.choice(P.REGIONS)

    def people(self, reg, n, **kw):
        return [self.g.person(reg, **kw) for _ in range(n)]

    def intro(self, d: Doc, what: str, reg: dict) -> None:
        r, g = self.r, self.g
        year = r.choice([2023, 2024, 2025])
        d.t(
            r.choice(
                [
                    "Berdasarkan ",
                    "Menindaklanjuti ",
                    "Sesuai dengan ketentuan ",
                    "Dengan berpedoman pada ",
                ]
            )
        )
        d.x("regulation", g.regulation())
        d.t(
            r.choice(
                [
                    f", bersama ini kami umumkan daftar {what} Tahun Anggaran {year}.\n",
                    f", berikut disampaikan {what} periode {r.choice(P.MONTHS_ID)} {year} untuk diketahui masyarakat.\n",
                    f" dan hasil Musyawarah Desa Khusus tanggal {g.letter_date()}, ditetapkan {what} sebagai berikut:\n",
                    f", maka {what} tahun {year} adalah sebagaimana tercantum di bawah ini.\n",
                ]
            )
        )

    def maybe_kop(self, d: Doc, reg: dict, level: str) -> dict:
        o = self.g.office(reg, level)
        if self.r.random() < 0.7:
            self.g.kop(d, o)
        return o

    def aid_table(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        layout = r.choice(Tables.LAYOUTS)
        d = Doc("aid_table", reg["key"], html=layout == "html")
        level = r.choice(["dinas", "kelurahan", "desa"])
        o = self.maybe_kop(d, reg, level)
        prog = r.choice(P.PROGRAMS)
        d.t(
            r.choice(
                [
                    "DAFTAR PENERIMA ",
                    "Daftar Keluarga Penerima Manfaat (KPM) ",
                    "PENGUMUMAN PENERIMA ",
                    "Rekapitulasi Penerima ",
                    "DATA CALON PENERIMA ",
                ]
            )
            + prog.upper()
            + "\n"
        )
        d.t(
            f"{reg['village_word']} {r.choice(reg['villages'])} - {reg['district_word']} {reg['districts'][0][0]}\n\n"
        )
        self.intro(d, "penerima " + prog, reg)
        base = ["no", "nama"]
        extra_pool = [["nik"], ["nik", "kk"], ["kk", "nik"], ["nik"]]
        cols = base + r.choice(extra_pool)
        addr = r.random()
        if addr < 0.45:
            cols.append("alamat")
        elif addr < 0.75:
            cols += r.choice(
                [
                    ["dusun", "rt", "rw"],
                    ["dusun", "rt", "rw", "desa"],
                    ["rt", "rw", "dusun"],
                    ["dusun", "rt"],
                ]
            )
        if r.random() < 0.5:
            cols.append(r.choice(["ttl", "tgl", "tgl"]))
        for extra, prob in (
            ("jk", 0.4),
            ("kerja", 0.3),
            ("hp", 0.35),
            ("kks", 0.25),
            ("rek", 0.3),
            ("bpjs", 0.15),
            ("npwp", 0.08),
            ("nominal", 0.5),
            ("ket", 0.4),
        ):
            if r.random() < prob:
                cols.append(extra)
        if "rek" in cols and r.random() < 0.6:
            cols.insert(cols.index("rek"), "bank")
        n = r.randint(5, 16)
        ps = self.people(reg, n, age=(25, 90))
        bank = g.bank()[0]
        rows = [self.tb.person_row(d, p, cols, i + 1, bank) for i, p in enumerate(ps)]
        self.tb.render(d, self.tb.header_row(cols, reg), rows, layout)
        d.t(
            r.choice(
                [
                    "\nMasa sanggah 7 (tujuh) hari sejak pengumuman ini. Keberatan disampaikan ke ",
                    "\nApabila terdapat ketidaksesuaian data, silakan menghubungi ",
                    "\nInformasi lebih lanjut: ",
                ]
            )
        )
        d.x(r.choice(["office_phone", "office_email"][:1]), o["tel"])
        d.t(" atau ")
        d.x("office_email", o["email"])
        d.t(".\n")
        g.signature(
            d,
            r.choice([reg["head"], "Kepala Dinas", "Sekretaris Desa", "Kasi Kesejahteraan"]),
            o["place"],
        )
        return d

    def scholarship(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        layout = r.choice(Tables.LAYOUTS)
        d = Doc("scholarship", reg["key"], html=layout == "html")
        o = self.maybe_kop(d, reg, "dinas")
        name = r.choice(P.SCHOLARSHIPS)
        d.t(f"PENGUMUMAN HASIL SELEKSI {name.upper()} TAHUN {r.choice([2024, 2025])}\n\n")
        self.intro(d, "penerima " + name, reg)
        cols = ["no", "nama", r.choice(["ttl", "tgl", "ttl"]), "sekolah"]
        if r.random() < 0.6:
            cols.append("nik")
        if r.random() < 0.5:
            cols.append("alamat")
        cols += [
            c
            for c, pr in (
                ("hp", 0.5),
                ("email", 0.45),
                ("rek", 0.4),
                ("ipk", 0.4),
                ("nominal", 0.5),
            )
            if r.random() < pr
        ]
        if "rek" in cols:
            cols.insert(cols.index("rek"), "bank")
        ps = self.people(reg, r.randint(5, 14), age=(17, 23))
        rows = [self.tb.person_row(d, p, cols, i + 1) for i, p in enumerate(ps)]
        self.tb.render(d, self.tb.header_row(cols, reg), rows, layout)
        d.t(
            "\nPenerima wajib melakukan daftar ulang. Pertanyaan dapat disampaikan melalui layanan "
        )
        d.x(
            "call_centre",
            r.choice(
                [
                    "Call Center 1500-567",
                    "SMS Center 0811-2800-100",
                    "hotline 0800-1-234567",
                    "Halo Dinas 112",
                    "Call Center 131",
                    "Bebas pulsa 0800-1-555-777",
                ]
            ),
        )
        d.t(" pada jam kerja.\n")
        g.signature(d, "Kepala Dinas Pendidikan", o["place"])
        return d

    def health_list(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        layout = r.choice(Tables.LAYOUTS)
        d = Doc("health_list", reg["key"], html=layout == "html")
        o = self.maybe_kop(d, reg, r.choice(["dinas", "desa"]))
        what = r.choice(P.HEALTH)
        d.t(
            f"Data {what}\nWilayah kerja {r.choice(P.FASKES)}, bulan {r.choice(P.MONTHS_ID)} {r.choice([2024, 2025])}\n\n"
        )
        cols = ["no", "nama", "nik", r.choice(["tgl", "ttl", "umur"]), "bpjs"]
        if r.random() < 0.5:
            cols.append("jk")
        cols.append(r.choice(["alamat", "dusun", "alamat"]))
        if cols[-1] == "dusun":
            cols += ["rt", "rw"]
        if r.random() < 0.5:
            cols.append("faskes")
        if r.random() < 0.35:
            cols.append("hp")
        ps = self.people(reg, r.randint(5, 15), age=(0, 85) if "Balita" not in what else (0, 4))
        rows = [self.tb.person_row(d, p, cols, i + 1) for i, p in enumerate(ps)]
        self.tb.render(d, self.tb.header_row(cols, reg), rows, layout)
        d.t("\nPengaduan layanan JKN: ")
        d.x(
            "call_centre",
            r.choice(
                ["BPJS Kesehatan Care Center 165", "Care Center 1500 400", "PANDAWA 0811-8165-165"]
            ),
        )
        d.t("\n")
        g.signature(
            d, r.choice(["Kepala Puskesmas", "Kepala Dinas Kesehatan", "Bidan Desa"]), o["place"]
        )
        return d

    def village_list(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        layout = r.choice(Tables.LAYOUTS)
        d = Doc("village_list", reg["key"], html=layout == "html")
        o = self.maybe_kop(d, reg, r.choice(["desa", "kelurahan"]))
        what = r.choice(
            [
                "Daftar Kader Posyandu",
                "Data Lansia",
                "Daftar Pemilik Rumah Tidak Layak Huni",
                "Data Penduduk Pindah Datang",
                "Daftar Anggota Linmas",
                "Data Pemilih Pemilihan Kepala Desa",
                "Daftar Penerima Sertifikat PTSL",
                "Data Penyandang Disabilitas",
            ]
        )
        d.t(f"{what.upper()}\n{reg['village_word']} {r.choice(reg['villages'])}\n\n")
        cols = ["no", "nama", r.choice(["nik", "nik", "kk"]), r.choice(["ttl", "tgl", "tempat"])]
        if cols[-1] == "tempat":
            cols.append("tgl")
        cols.append("jk")
        cols += r.choice([["alamat"], ["dusun", "rt", "rw"], ["rt", "rw"], ["alamat", "desa"]])
        cols += [
            c
            for c, pr in (("kerja", 0.5), ("hp", 0.4), ("npwp", 0.25), ("ket", 0.3))
            if r.random() < pr
        ]
        ps = self.people(reg, r.randint(5, 16))
        rows = [self.tb.person_row(d, p, cols, i + 1) for i, p in enumerate(ps)]
        self.tb.render(d, self.tb.header_row(cols, reg), rows, layout)
        g.signature(d, reg["head"], o["place"])
        return d

    def gform(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("gform_export", reg["key"])
        sep = r.choice([",", "\t", ";"])
        q = [
            ("ts", r.choice(["Timestamp", "Stempel waktu", "Cap waktu"])),
            ("em", r.choice(["Email Address", "Alamat email", "Username"])),
            ("nama", r.choice(["Nama Lengkap", "Nama lengkap sesuai KTP", "Nama"])),
            ("nik", r.choice(["NIK", "Nomor Induk Kependudukan (NIK)", "NIK (16 digit)"])),
        ]
        if r.random() < 0.6:
            q.append(
                ("tgl", r.choice(["Tanggal Lahir", "Tanggal lahir", "Tempat, tanggal lahir"]))
            )
        q.append(("hp", r.choice(["Nomor WhatsApp", "No. HP/WA aktif", "Nomor Telepon"])))
        q.append(
            (
                "alamat",
                r.choice(["Alamat Lengkap", "Alamat domisili (RT/RW, Dusun, Desa)", "Alamat"]),
            )
        )
        if r.random() < 0.5:
            q.append(("up", r.choice(["Upload KTP", "Unggah Kartu Keluarga", "Foto KTP"])))
        q.append(
            ("why", r.choice(["Alasan mengajukan", "Keperluan", "Jenis bantuan yang diajukan"]))
        )
        d.t(sep.join(h for _, h in q) + "\n")
        for _ in range(r.randint(5, 14)):
            p = g.person(reg)
            for j, (k, _h) in enumerate(q):
                if j:
                    d.t(sep)
                if k == "ts":
                    d.x("timestamp", g.timestamp())
                elif k == "em":
                    d.p("email", g.email(p["name"]))
                elif k == "nama":
                    d.t(g.upper_name(p["name"]) if r.random() < 0.8 else p["name"].lower())
                elif k == "nik":
                    g.trapped(d, "nik", p["nik"] if r.random() < 0.7 else "'" + p["nik"])
                elif k == "tgl":
                    if "Tempat" in _h:
                        d.t(('"' if sep == "," else "") + p["birthplace"] + ", ")
                        d.p("birth_date", g.bdate(p["birth"]))
                        d.t('"' if sep == "," else "")
                    else:
                        d.p("birth_date", g.bdate(p["birth"], r.choice([0, 1, 2, 15])))
                elif k == "hp":
                    g.trapped(d, "phone", g.phone())
                elif k == "alamat":
                    a = g.address(p)
                    if sep in a:
                        d.t('"')
                        d.p("address", a)
                        d.t('"')
                    else:
                        d.p("address", a)
                elif k == "up":
                    fid = "".join(
                        r.choice(
                            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
                        )
                        for _ in range(33)
                    )
                    d.t(f"https://drive.google.com/open?id={fid}")
                else:
                    d.t(
                        r.choice(
                            [
                                "Terdampak PHK",
                                "Usaha mikro",
                                "Lansia",
                                "Tidak punya penghasilan tetap",
                                "bantuan modal",
                            ]
                        )
                    )
            d.t("\n")
        return d

    def letter_person(self) -> Doc:
        """Surat keterangan (domisili/tidak mampu/usaha) issued for one resident."""
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("letter", reg["key"])
        level = r.choice(["desa", "kelurahan"])
        o = g.office(reg, level)
        g.kop(d, o)
        kind = r.choice(
            [
                "SURAT KETERANGAN DOMISILI",
                "SURAT KETERANGAN TIDAK MAMPU",
                "SURAT KETERANGAN USAHA",
                "SURAT PENGANTAR",
                "SURAT KETERANGAN KELAKUAN BAIK",
            ]
        )
        d.t(f"\n{kind}\nNomor: ")
        d.x("letter_number", g.letter_number())
        d.t(
            f"\n\nYang bertanda tangan di bawah ini {reg['head']} {o['place']}, menerangkan bahwa:\n\n"
        )
        p = g.person(reg)
        fields = [
            ("Nama", None),
            ("NIK", "nik"),
            ("Tempat/Tgl. Lahir", "ttl"),
            ("Jenis Kelamin", None),
            ("Pekerjaan", None),
            ("Alamat", "address"),
        ]
        if r.random() < 0.4:
            fields.insert(2, ("No. KK", "kk"))
        if r.random() < 0.3:
            fields.append(("No. HP", "phone"))
        if r.random() < 0.2:
            fields.append(("NPWP", "npwp"))
        w = r.choice([18, 20, 22])
        for label, k in fields:
            d.t(f"{label:<{w}}: ")
            if k is None:
                d.t(
                    {
                        "Nama": g.upper_name(p["name"]),
                        "Jenis Kelamin": "Perempuan" if p["female"] else "Laki-laki",
                        "Pekerjaan": r.choice(P.OCCUPATIONS),
                    }[label]
                )
            elif k == "nik":
                g.trapped(d, "nik", p["nik"])
            elif k == "kk":
                g.trapped(d, "kk", p["kk"])
            elif k == "ttl":
                d.t(p["birthplace"] + ", ")
                d.p("birth_date", g.bdate(p["birth"]))
            elif k == "address":
                a = g.address(p)
                if len(a) > 40 and r.random() < 0.5 and " " in a[30:]:
                    cut = a.index(" ", 30)
                    it = d.p("address", a[:cut])
                    d.t("\n" + " " * (w + 2))
                    d.p("address", a[cut + 1 :], it)
                else:
                    d.p("address", a)
            elif k == "phone":
                g.trapped(d, "phone", g.phone())
            elif k == "npwp":
                g.trapped(d, "npwp", g.npwp() if r.random() < 0.7 else p["nik"])
            d.t("\n")
        d.t(
            r.choice(
                [
                    f"\nOrang tersebut benar-benar penduduk {reg['village_word']} {o['place']} dan berdomisili di alamat tersebut di atas.",
                    "\nBerdasarkan pengamatan kami, yang bersangkutan termasuk keluarga kurang mampu.",
                    "\nSurat keterangan ini dibuat untuk keperluan pengajuan beasiswa/bantuan.",
                ]
            )
        )
        d.t("\nDemikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.\n")
        g.signature(d, reg["head"], o["place"])
        return d

    def letter_official(self) -> Doc:
        """Invitation/notice between offices: only institutional contacts (hard negatives)."""
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("letter_official", reg["key"])
        o = g.office(reg, r.choice(["dinas", "kelurahan", "desa"]))
        g.kop(d, o)
        d.t("\nNomor   : ")
        d.x("letter_number", g.letter_number())
        d.t(
            f"\nSifat   : Penting\nLampiran: -\nPerihal : {r.choice(['Undangan Rapat Koordinasi', 'Pemberitahuan Jadwal Penyaluran', 'Permohonan Data', 'Sosialisasi Keterbukaan Informasi'])}\n\n"
        )
        d.t(
            f"Kepada Yth.\n{r.choice(['Para Kepala Desa', 'Lurah se-Kecamatan', 'Kepala Dinas Sosial', 'Ketua BPD'])}\ndi tempat\n\n"
        )
        d.t("Dalam rangka pelaksanaan ")
        d.x("regulation", g.regulation())
        d.t(", kami mengundang Saudara untuk hadir pada:\n")
        ev = datetime.date(r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28))
        d.t("Hari/tanggal : ")
        d.x(
            "event_date",
            f"{['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'][ev.weekday() % 5]}, {ev.day} {P.MONTHS_ID[ev.month - 1]} {ev.year}",
        )
        d.t(f"\nPukul        : {r.randint(8, 13):02d}.00 WIB s.d. selesai\nTempat       : Aula ")
        d.x("office_address", o["addr"])
        d.t("\n\nKonfirmasi kehadiran kepada panitia melalui ")
        d.x("office_phone", o["tel"])
        d.t(r.choice([" (pada jam kerja) atau surel ", " atau pos-el "]))
        d.x("office_email", o["email"])
        d.t(". Pengaduan pelayanan publik dapat disampaikan melalui ")
        d.x(
            "call_centre",
            r.choice(
                ["SP4N-LAPOR! 1708", "Call Center 112", "WA Pengaduan 0811-2950-112", "Lapor 1708"]
            ),
        )
        d.t(".\n")
        g.signature(
            d, r.choice(["Kepala Dinas", "Camat", reg["head"], "Sekretaris Daerah"]), o["place"]
        )
        if r.random() < 0.5:
            d.t("\nTembusan:\n1. Bupati (sebagai laporan);\n2. Inspektorat;\n3. Arsip.\n")
        return d

    def sk_lampiran(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        layout = r.choice(Tables.LAYOUTS)
        d = Doc("sk_lampiran", reg["key"], html=layout == "html")
        o = g.office(reg, r.choice(["desa", "kelurahan", "dinas"]))
        g.kop(d, o)
        prog = r.choice(P.PROGRAMS + P.SCHOLARSHIPS)
        d.t(f"\nKEPUTUSAN {reg['head'].upper()} {o['place'].upper()}\nNOMOR ")
        d.x("letter_number", g.letter_number())
        d.t(
            f"\nTENTANG\nPENETAPAN PENERIMA {prog.upper()}\n\nMenimbang : a. bahwa ...\nMengingat : 1. "
        )
        d.x("regulation", g.regulation())
        d.t(";\n            2. ")
        d.x("regulation", g.regulation())
        d.t(
            ";\n\nMEMUTUSKAN\nMenetapkan: KESATU: Penerima sebagaimana tercantum dalam Lampiran.\n"
            "KEDUA: Biaya dibebankan pada APBDes dengan kode rekening "
        )
        d.x(
            "account_code",
            f"{r.randint(1, 5)}.{r.randint(1, 4)}.{r.randint(1, 9)}.{r.randint(1, 99):02d}",
        )
        d.t(" sebesar Rp ")
        d.x("amount", g.amount(8, 10))
        d.t(",00.\n")
        g.signature(d, reg["head"], o["place"])
        d.t(f"\n\nLAMPIRAN\nKEPUTUSAN {reg['head'].upper()}\nNOMOR ")
        d.x("letter_number", g.letter_number())
        d.t("\n\n")
        cols = ["no", "nama", "nik"] + r.choice(
            [["alamat"], ["dusun", "rt", "rw"], ["ttl", "alamat"], ["tgl", "dusun"]]
        )
        cols += [
            c
            for c, pr in (("kk", 0.3), ("rek", 0.3), ("hp", 0.3), ("nominal", 0.6))
            if r.random() < pr
        ]
        ps = self.people(reg, r.randint(6, 18))
        rows = [self.tb.person_row(d, p, cols, i + 1) for i, p in enumerate(ps)]
        self.tb.render(d, self.tb.header_row(cols, reg), rows, layout)
        return d

    def minutes(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("minutes", reg["key"])
        o = self.maybe_kop(d, reg, r.choice(["desa", "kelurahan"]))
        d.t(
            f"NOTULEN {r.choice(['MUSYAWARAH DESA KHUSUS', 'RAPAT KOORDINASI RT/RW', 'MUSRENBANG DESA', 'RAPAT BPD'])}\n"
        )
        d.t("Hari/Tanggal: ")
        d.x("event_date", g.letter_date())
        d.t(
            f"\nTempat: Balai {reg['village_word']} {o['place']}\nPimpinan rapat: {r.choice(P.OFFICIALS)[0]}\n\n"
        )
        d.t("Pembahasan:\n")
        for i in range(r.randint(2, 5)):
            p = g.person(reg)
            s = r.randrange(7)
            d.t(f"{i + 1}. ")
            if s == 0:
                d.t(
                    f"Bapak/Ibu {p['name']} (Ketua RT {p['rt']:02d}) mengusulkan perbaikan jalan di "
                )
                d.p("address", g.address(p, r.choice([2, 4, 13])))
                d.t(".\n")
            elif s == 1:
                d.t(f"Warga atas nama {p['name']}, rumahnya di ")
                d.p("address", g.address(p, r.choice([4, 13, 6])))
                d.t(", diusulkan masuk daftar RTLH. Dapat dihubungi di ")
                g.trapped(d, "phone", g.phone())
                d.t(".\n")
            elif s == 2:
                d.t(f"Pengganti KPM yang meninggal: {p['name']} NIK ")
                g.trapped(d, "nik", g.nik_fmt(p["nik"]))
                d.t(", lahir ")
                d.p("birth_date", g.bdate(p["birth"]))
                d.t(".\n")
            elif s == 3:
                d.t("Anggaran kegiatan disepakati sebesar Rp ")
                d.x("amount", g.amount(7, 9))
                d.t(" dari Dana Desa tahun ")
                d.t(str(r.choice([2024, 2025])))
                d.t(".\n")
            elif s == 4:
                d.t(f"Sdr. {p['name']} menyampaikan keberatan karena tidak terdaftar; KK nomor ")
                g.trapped(d, "kk", p["kk"])
                d.t(" akan diverifikasi ulang oleh operator SIKS-NG.\n")
            elif s == 5:
                d.t("Jadwal penyaluran: ")
                d.x("event_date", g.letter_date())
                d.t(f" di kantor pos {reg['regency_short']}.\n")
            else:
                d.t(f"{p['name']} yang tinggal ")
                d.p(
                    "address",
                    f"{r.choice(P.LANDMARKS)} {reg['village_word']} {p['village']} RT {p['rt']}",
                )
                d.t(" bersedia menjadi relawan.\n")
        d.t("\nDAFTAR HADIR\n")
        cols = ["no", "nama", r.choice(["alamat", "rt", "dusun"]), "hp"]
        if cols[2] == "rt":
            cols.insert(3, "rw")
        ps = self.people(reg, r.randint(4, 10))
        rows = [self.tb.person_row(d, p, cols, i + 1) + ["ttd"] for i, p in enumerate(ps)]
        self.tb.render(
            d,
            self.tb.header_row(cols, reg) + ["Tanda Tangan"],
            rows,
            r.choice(["pipe", "tab", "fixed", "lines"]),
        )
        d.t("\nNotulis,\n")
        d.t(r.choice(reg["female"]) + "\n")
        return d

    def news(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("news", reg["key"])
        p = g.person(reg, age=(60, 102))
        vil = p["village"]
        d.t(
            r.choice(
                [
                    f"{reg['regency_short'].upper()} – ",
                    f"Humas {reg['regency']} | ",
                    f"{reg['regency_short']}, ",
                ]
            )
        )
        d.x("letter_date", g.letter_date())
        d.t(
            f" — {r.choice(['Bupati', 'Wakil Bupati', 'Camat', 'Kepala Dinas Sosial'])} menyerahkan bantuan kepada "
        )
        d.t(
            f"{'Mbah' if reg['key'] in ('diy', 'bantul', 'klaten') else 'Ibu' if p['female'] else 'Bapak'} {p['name']}, "
        )
        s = r.randrange(6)
        if s == 0:
            d.t("warga ")
            d.p("address", g.address(p, r.choice([1, 2, 9, 15])))
            d.t(", yang lahir di ")
            d.t(p["birthplace"] + " pada ")
            d.p("birth_date", g.bdate(p["birth"], r.choice([3, 14, 13])))
            d.t(". ")
        elif s == 1:
            d.t(f"lansia berusia {2025 - p['birth'].year} tahun yang tinggal seorang diri di ")
            d.p("address", g.address(p, r.choice([4, 13, 2])))
            d.t(". ")
        elif s == 2:
            d.t("yang lahir pada ")
            d.p("birth_date", g.date_words(p["birth"]))
            d.t(f" dan kini menjadi warga tertua di {reg['village_word']} {vil}. ")
        elif s == 3:
            d.t("penerima bantuan bedah rumah di ")
            d.p("address", g.address(p, r.choice([0, 6, 10, 12])))
            d.t(". Rumah tersebut dibangun dengan anggaran Rp ")
            d.x("amount", g.amount(7, 8))
            d.t(". ")
        elif s == 4:
            d.t(f"(lahir {p['birthplace']}, ")
            d.p("birth_date", g.bdate(p["birth"], r.choice([3, 0, 11, 4])))
            d.t(f"), veteran pejuang kemerdekaan asal {reg['village_word']} {vil}. ")
        else:
            d.t("yang tinggal di ")
            d.p("address", g.address(p, 5))
            d.t(". Born on ")
            d.p("birth_date", g.bdate(p["birth"], r.choice([5, 10, 11])))
            d.t(", she is the oldest resident. ")
        d.t(
            r.choice(
                [
                    "Penyerahan bantuan ini merupakan bagian dari program peduli lansia. ",
                    "Kegiatan ini didanai dari APBD dan Baznas. ",
                    "Bantuan berupa sembako, kasur dan uang tunai. ",
                ]
            )
        )
        if r.random() < 0.5:
            d.t("Keluarga dapat dihubungi melalui putranya di nomor ")
            g.trapped(d, "phone", g.phone())
            d.t(". ")
        d.t("Masyarakat yang mengetahui lansia telantar dapat melapor ke ")
        d.x(
            "call_centre",
            r.choice(
                [
                    "Call Center 112",
                    "Dinas Sosial di nomor (0274) 868405",
                    "layanan Sapa 129",
                    "hotline 119",
                ]
            ),
        )
        d.t(r.choice([" atau surel ", " atau e-mail "]))
        d.x("office_email", f"{r.choice(['humas', 'dinsos', 'ppid', 'kominfo'])}@{reg['domain']}")
        d.t(".\n(Diskominfo/")
        d.t(r.choice(["ags", "rn", "wid", "tim"]) + ")\n")
        return d

    def request_recap(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("request_recap", reg["key"])
        o = self.maybe_kop(d, reg, r.choice(["dinas", "kelurahan"]))
        d.t(
            f"REKAP PERMOHONAN INFORMASI PUBLIK PPID {o['place'].upper()}\nPeriode {r.choice(P.MONTHS_ID)} {r.choice([2024, 2025])}\n\n"
        )
        for i in range(r.randint(2, 5)):
            p = g.person(reg)
            d.t(f"{i + 1}. Nomor register ")
            d.x("letter_number", f"REG-{r.randint(1, 400):04d}/PPID/{r.choice([2024, 2025])}")
            d.t(f"\n   Pemohon: {p['name']}")
            if r.random() < 0.5:
                d.t(", NIK ")
                g.trapped(d, "nik", p["nik"] if r.random() < 0.8 else g.masked_nik(p["nik"]))
            d.t("\n   Alamat: ")
            d.p("address", g.address(p))
            d.t("\n   Kontak: ")
            g.trapped(d, "email", g.email(p["name"])) if r.random() < 0.5 else g.trapped(
                d, "phone", g.phone()
            )
            d.t(
                f"\n   Informasi diminta: {r.choice(['Daftar penerima BLT', 'RAB pembangunan jalan', 'Salinan APBDes', 'SK pengangkatan perangkat'])}\n"
            )
            if r.random() < 0.7:
                d.t("   Transkrip percakapan WhatsApp:\n")
                for _ in range(r.randint(2, 5)):
                    ts = datetime.datetime(
                        2024,
                        r.randint(1, 12),
                        r.randint(1, 28),
                        r.randint(7, 21),
                        r.randint(0, 59),
                    )
                    d.t("   [")
                    d.x(
                        "timestamp",
                        r.choice(
                            [
                                f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100} {ts.hour:02d}.{ts.minute:02d}",
                                f"{ts.day}/{ts.month}/{ts.year} {ts.hour}:{ts.minute:02d}",
                            ]
                        ),
                    )
                    d.t("] ")
                    who = r.random()
                    if who < 0.5:
                        d.t(f"{p['name'].split()[0]}: ")
                        s = r.randrange(8)
                        if s == 0:
                            d.t("NIK saya ")
                            g.trapped(d, "nik", p["nik"])
                            d.t(" pak")
                        elif s == 1:
                            d.t("no kk nya ")
                            g.trapped(d, "kk", p["kk"])
                        elif s == 2:
                            d.t("saya lahir tgl ")
                            d.p("birth_date", g.bdate(p["birth"], r.choice([1, 12, 3, 15])))
                        elif s == 3:
                            d.t("rumah saya di ")
                            d.p("address", g.address(p, r.choice([4, 13, 2])))
                        elif s == 4:
                            d.t("email sy ")
                            g.trapped(d, "email", g.email(p["name"]))
                        elif s == 5:
                            d.t("wa saya ganti ke ")
                            g.trapped(d, "phone", g.phone())
                        elif s == 6:
                            bn, num = g.bank()
                            d.t(f"rek {bn.lower()} a.n. saya ")
                            g.trapped(d, "bank_account", num)
                        else:
                            d.t("sudah saya upload ke ")
                            url = f"https://{reg['domain']}/uploads/{r.choice(['kk', 'ktp', 'berkas'])}/"
                            d.t(url)
                            d.p("nik", p["nik"] if r.random() < 0.5 else p["kk"])
                            d.t(r.choice([".pdf", ".jpg", "_ktp.jpeg"]))
                    else:
                        d.t("Admin PPID: ")
                        d.t(
                            r.choice(
                                [
                                    "Baik, permohonan kami terima.",
                                    "Mohon lampirkan identitas.",
                                    "Silakan datang ke kantor pada jam kerja.",
                                    "Informasi akan kami kirim dalam 10 hari kerja.",
                                ]
                            )
                        )
                        if r.random() < 0.3:
                            d.t(" Info: ")
                            d.x("office_phone", o["tel"])
                    d.t("\n")
            d.t(
                f"   Status: {r.choice(['Dipenuhi', 'Ditolak sebagian', 'Dalam proses', 'Diteruskan'])}\n\n"
            )
        g.signature(d, "Atasan PPID", o["place"])
        return d

    def apbd(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("apbd", reg["key"])
        o = self.maybe_kop(d, reg, r.choice(["dinas", "desa"]))
        d.t(
            f"{r.choice(['RINGKASAN APBD', 'APBDes', 'REALISASI APBDes', 'LAPORAN REALISASI ANGGARAN'])} TAHUN ANGGARAN {r.choice([2024, 2025])}\n"
        )
        d.t("Dasar: ")
        d.x("regulation", g.regulation())
        d.t("\n\n")
        sep = r.choice([" | ", "\t", ";", "  "])
        d.t(sep.join(["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"]) + "\n")
        items = [
            "Pendapatan Asli Daerah",
            "Dana Transfer",
            "Dana Desa",
            "Alokasi Dana Desa",
            "Belanja Pegawai",
            "Belanja Barang dan Jasa",
            "Belanja Modal",
            "Belanja Tak Terduga",
            "Pembiayaan Netto",
            "Bagi Hasil Pajak dan Retribusi",
            "Penyertaan Modal BUMDes",
            "Silpa Tahun Sebelumnya",
        ]
        for it in r.sample(items, r.randint(5, 10)):
            code = ".".join(str(r.randint(1, 9)) for _ in range(r.randint(2, 4))) + (
                f".{r.randint(1, 99):02d}" if r.random() < 0.5 else ""
            )
            d.x("account_code", code)
            d.t(sep + it + sep)
            big = r.random() < 0.35
            if big:
                d.x(
                    "amount", str(r.randint(10**15, 10**16 - 1))
                )  # 16-digit amount (sen) as exported
            else:
                d.x(
                    "amount",
                    g.amount(9, 13, raw=r.random() < 0.3) + (",00" if r.random() < 0.4 else ""),
                )
            d.t(sep)
            d.x("amount", g.amount(9, 13, raw=r.random() < 0.3))
            d.t(sep + f"{r.uniform(40, 100):.2f}\n")
        d.t("JUMLAH" + sep + sep)
        d.x(
            "amount",
            f"Rp {r.randint(1, 9)}.{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
        )
        d.t("\n")
        g.signature(d, r.choice(["Kepala Desa", "Kepala BPKAD", "Sekretaris Daerah"]), o["place"])
        return d

    def procurement(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("procurement", reg["key"])
        self.maybe_kop(d, reg, "dinas")
        d.t(
            r.choice(
                [
                    "PENGUMUMAN PEMENANG TENDER\n",
                    "BERITA ACARA HASIL PEMILIHAN\n",
                    "DAFTAR PAKET PENGADAAN LANGSUNG\n",
                ]
            )
        )
        d.t("Nomor: ")
        d.x("letter_number", g.letter_number())
        d.t("\n\n")
        for _ in range(r.randint(2, 5)):
            comp = r.choice(P.COMPANIES)
            d.t(f"Paket: {r.choice(P.WORKS)}\nKode RUP: ")
            d.x("permit", str(r.randint(30000000, 59999999)))
            d.t("\nPagu: Rp ")
            d.x("amount", g.amount(8, 10))
            d.t("\nHPS: Rp ")
            d.x("amount", g.amount(8, 10) + ",00")
            d.t(f"\nPemenang: {comp}\nAlamat: ")
            d.x(
                "company_address",
                f"{r.choice(P.STREETS)} {r.choice(['Km', 'No.'])} {r.randint(1, 40)}, {r.choice(['Ruko Blok A-3', 'Kawasan Industri', ''])} {reg['regency_short']}".replace(
                    "  ", " "
                ),
            )
            d.t("\nNIB: ")
            d.x("permit", str(r.randint(10**12, 10**13 - 1)))
            if r.random() < 0.5:
                d.t("\nNo. Izin Usaha: ")
                d.x("permit", f"503/{r.randint(100, 9999)}/DPMPTSP/{r.choice([2022, 2023, 2024])}")
            if r.random() < 0.4:
                d.t("\nSertifikat Badan Usaha: ")
                d.x(
                    "permit",
                    f"{r.randint(1, 9)}-{r.randint(3000, 3999)}-{r.randint(1, 9)}-{r.randint(1, 999):03d}-{r.randint(10000, 99999)}",
                )
            d.t("\nHarga Penawaran Terkoreksi: Rp ")
            d.x("amount", g.amount(8, 10))
            d.t("\nTelp. kantor: ")
            d.x("company_phone", f"({reg['area']}) {r.randint(2, 8)}{r.randint(10000, 99999)}")
            d.t("\nNo. Kontrak: ")
            d.x(
                "letter_number",
                f"{r.randint(1, 999):03d}/SP/{r.choice(['PUPR', 'Dinkes', 'Disdik'])}/{r.choice([2024, 2025])}",
            )
            d.t("\n\n")
        d.t("Masa sanggah 5 hari kalender melalui aplikasi SPSE. Helpdesk LPSE: ")
        d.x("call_centre", r.choice(["144", "(021) 2991 2450", "0800-1-900-500"]))
        d.t("\nPokja Pemilihan, ")
        d.x("letter_date", g.letter_date())
        d.t("\n")
        return d

    def announcement(self) -> Doc:
        """Lost documents, upload links, data correction notices."""
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("announcement", reg["key"], html=r.random() < 0.4)
        p = g.person(reg)
        s = r.randrange(4)
        if s == 0:
            d.t("PENGUMUMAN KEHILANGAN\nTelah hilang sebuah paspor nomor ")
            d.p("passport", g.passport())
            d.t(f" atas nama {p['name'].upper()}, lahir di {p['birthplace']} ")
            d.p("birth_date", g.bdate(p["birth"]))
            d.t(", beralamat di ")
            d.p("address", g.address(p))
            d.t(". Bagi yang menemukan harap menghubungi ")
            g.trapped(d, "phone", g.phone())
            d.t(" atau Kantor Imigrasi ")
            d.x("office_phone", f"({reg['area']}) {r.randint(2, 8)}{r.randint(10000, 99999)}")
            d.t(".\n")
        elif s == 1:
            d.t("Berkas persyaratan yang sudah diunggah pemohon:\n")
            for _ in range(r.randint(2, 6)):
                q = g.person(reg)
                kind = r.choice(["ktp", "kk", "akta", "paspor"])
                d.t(
                    f"- {q['name']}: https://{reg['domain']}/wp-content/uploads/{r.choice([2024, 2025])}/{r.randint(1, 12):02d}/{kind}_"
                )
                if kind == "paspor":
                    d.p("passport", g.passport().replace(" ", "").upper())
                elif kind == "kk":
                    d.p("kk", q["kk"])
                else:
                    d.p("nik", q["nik"])
                d.t(r.choice([".pdf", ".jpg", "-scan.pdf"]) + "\n")
        elif s == 2:
            d.t(
                f"Perbaikan data penerima {r.choice(P.PROGRAMS)}: data a.n. {p['name']} semula NIK "
            )
            g.trapped(d, "nik", g.masked_nik(p["nik"]))
            d.t(" diperbaiki menjadi ")
            g.trapped(d, "nik", p["nik"])
            d.t(". No. KKS ")
            g.trapped(d, "kks", g.kks())
            d.t(", NPWP ")
            g.trapped(d, "npwp", g.npwp())
            if r.random() < 0.5:
                d.t(" (NITKU ")
                npwp16 = p["nik"]
                d.p("npwp", npwp16 + "000000")
                d.t(")")
            d.t(".\n")
        else:
            d.t("Daftar WNI yang mengurus surat pindah ke luar negeri:\n")
            for _ in range(r.randint(2, 5)):
                q = g.person(reg)
                d.t(f"* {q['name']} — paspor ")
                d.p("passport", g.passport())
                d.t(", tgl lahir ")
                d.p("birth_date", g.bdate(q["birth"]))
                d.t(", BPJS TK ")
                g.trapped(d, "bpjs", g.bpjs())
                d.t(
                    ", tujuan "
                    + r.choice(["Malaysia", "Taiwan", "Hong Kong", "Korea Selatan", "Jepang"])
                    + "\n"
                )
        d.t("Layanan Dukcapil: ")
        d.x(
            "call_centre",
            r.choice(
                ["Call Center Dukcapil 1500-537", "halo Dukcapil 1500537", "WA 0811-1500-537"]
            ),
        )
        d.t("\n")
        return d

    def pmi_list(self) -> Doc:
        """Migrant worker (PMI) register published by a Disnaker or a village."""
        r, g, reg = self.r, self.g, self.reg()
        layout = r.choice(Tables.LAYOUTS)
        d = Doc("pmi_list", reg["key"], html=layout == "html")
        o = self.maybe_kop(d, reg, r.choice(["dinas", "desa"]))
        d.t(
            f"DATA PEKERJA MIGRAN INDONESIA (PMI) ASAL {reg['regency_short'].upper()}\nSemester {r.choice(['I', 'II'])} {r.choice([2024, 2025])}\n\n"
        )
        cols = ["no", "nama", "paspor", r.choice(["tgl", "ttl"]), "negara"]
        cols += [
            c
            for c, pr in (
                ("nik", 0.5),
                ("alamat", 0.6),
                ("hp", 0.4),
                ("bpjs", 0.4),
                ("npwp", 0.15),
            )
            if r.random() < pr
        ]
        ps = self.people(reg, r.randint(4, 12), age=(20, 45))
        rows = [self.tb.person_row(d, p, cols, i + 1) for i, p in enumerate(ps)]
        self.tb.render(d, self.tb.header_row(cols, reg), rows, layout)
        d.t("\nPengaduan PMI: ")
        d.x(
            "call_centre",
            r.choice(
                [
                    "Crisis Center BP2MI 0800-1000",
                    "Call Center 08001000",
                    "WA 0812-1200-0000 (BP2MI)",
                ]
            ),
        )
        d.t("\n")
        g.signature(d, r.choice(["Kepala Dinas Tenaga Kerja", reg["head"]]), o["place"])
        return d

    def html_page(self) -> Doc:
        """A village web page in HTML: UMKM catalogue with wa.me and mailto links of residents."""
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("html_page", reg["key"], html=True)
        vil = r.choice(reg["villages"])
        d.t(f"<h2>Katalog UMKM {reg['village_word']} {vil}</h2>\n<p>Dukung produk warga! ")
        d.t('Pertanyaan tentang katalog: <a href="mailto:')
        em = f"bumdes.{vil.lower().replace(' ', '').replace(chr(39), '')}@{reg['domain']}"
        d.x("office_email", em)
        d.t('">')
        d.x("office_email", em)
        d.t("</a></p>\n<ul>\n")
        for _ in range(r.randint(3, 7)):
            p = g.person(reg)
            prod = r.choice(
                [
                    "Keripik singkong",
                    "Batik tulis",
                    "Kopi bubuk",
                    "Madu hutan",
                    "Anyaman pandan",
                    "Sambal roa",
                    "Tenun ikat",
                    "Rendang kemasan",
                    "Noken",
                    "Gula aren",
                ]
            )
            d.t(f"<li><strong>{prod}</strong> &ndash; {p['name']}<br>Alamat: ")
            d.p("address", g.address(p, r.choice([0, 1, 3, 7, 12, 15])))
            s_ = r.randrange(3)
            if s_ == 0:
                ph = g.phone(4)
                d.t('<br><a href="https://wa.me/')
                it = d.p("phone", ph)
                d.t('">Pesan via WhatsApp: ')
                d.p("phone", "0" + ph[2:], it)
                d.t("</a>")
            elif s_ == 1:
                ph = g.phone()
                d.t('<br>Telp: <a href="tel:')
                it = d.p("phone", ph.replace(" ", "").replace("-", ""))
                d.t('">')
                d.p("phone", g.trap(ph, "phone", True), it)
                d.t("</a>")
            else:
                em = g.email(p["name"])
                d.t('<br>Email: <a href="mailto:')
                it = d.p("email", em)
                d.t('">')
                d.p("email", g.trap(em, "email"), it)
                d.t("</a>")
            d.t("</li>\n")
        d.t("</ul>\n<p>Pengaduan: ")
        d.x("call_centre", r.choice(["SP4N-LAPOR! 1708", "Call Center 112"]))
        d.t(" | Kantor: ")
        d.x("office_phone", f"({reg['area']}) {r.randint(2, 8)}{r.randint(10000, 99999)}")
        d.t("</p>\n")
        return d

    def english(self) -> Doc:
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("english", reg["key"])
        d.t(
            f"Beneficiary list — {r.choice(['cash transfer pilot', 'flood relief', 'scholarship partner programme'])}, {reg['regency']}\n"
        )
        d.t("Prepared by the village office; contact ")
        d.x("office_email", f"ppid@{reg['domain']}")
        d.t(".\n\n")
        for i in range(r.randint(3, 8)):
            p = g.person(reg)
            d.t(f"{i + 1}. {p['name']}\n   Date of birth: ")
            d.p("birth_date", g.bdate(p["birth"], r.choice([5, 10, 11, 7, 2])))
            d.t("\n   Address: ")
            d.p("address", g.address(p, r.choice([5, 14, 5, 3])))
            d.t("\n   ID number: ")
            g.trapped(d, "nik", g.nik_fmt(p["nik"]))
            if r.random() < 0.5:
                d.t("\n   Mobile: ")
                g.trapped(d, "phone", g.phone(r.choice([3, 5, 6, 8])))
            if r.random() < 0.4:
                bn, num = g.bank()
                d.t(f"\n   Account ({bn}): ")
                g.trapped(d, "bank_account", num)
            if r.random() < 0.3:
                d.t("\n   Passport no.: ")
                d.p("passport", g.passport())
            d.t("\n")
        return d

    def prose_dense(self) -> Doc:
        """Resident profile paragraphs (village website 'profil warga berprestasi', obituaries)."""
        r, g, reg = self.r, self.g, self.reg()
        d = Doc("prose", reg["key"], html=r.random() < 0.3)
        for _ in range(r.randint(2, 4)):
            p = g.person(reg)
            s = r.randrange(5)
            if s == 0:
                d.t(
                    f"Telah meninggal dunia {p['name']} bin/binti {r.choice(reg['male'])}, lahir di {p['birthplace']} pada tanggal "
                )
                d.p("birth_date", g.bdate(p["birth"], r.choice([3, 14, 13, 8])))
                d.t(", alamat ")
                d.p("address", g.address(p))
                d.t(". Semoga amal ibadahnya diterima.\n")
            elif s == 1:
                d.t(f"{p['name']}, pelajar kelahiran ")
                d.p("birth_date", g.bdate(p["birth"], r.choice([3, 8, 14])))
                d.t(", meraih juara olimpiade. Ia tinggal bersama neneknya di ")
                d.p("address", g.address(p, r.choice([1, 2, 4, 9, 13])))
                d.t(".\n")
            elif s == 2:
                d.t(f"Ucapan selamat kepada {p['name']} (")
                g.trapped(d, "email", g.email(p["name"]))
                d.t(") yang terpilih sebagai duta wisata. Info: ")
                g.trapped(d, "phone", g.phone())
                d.t(".\n")
            elif s == 3:
                d.t(f"Kontak pelaku UMKM: {p['name']}, ")
                d.p("address", g.address(p, r.choice([3, 7, 11, 12])))
                d.t(", HP/WA ")
                g.trapped(d, "phone", g.phone())
                d.t(", NPWP ")
                g.trapped(d, "npwp", g.npwp())
                d.t(".\n")
            else:
                d.t(f"Lahir di {p['birthplace']} pada ")
                d.p(
                    "birth_date",
                    g.date_words(p["birth"]) if r.random() < 0.5 else g.bdate(p["birth"], 3),
                )
                d.t(f", {p['name']} mengabdi sebagai guru ngaji selama 40 tahun di ")
                d.p("address", g.address(p, r.choice([2, 13, 4])))
                d.t(".\n")
        d.t("Artikel ini diterbitkan ")
        d.x("letter_date", g.letter_date())
        d.t(" berdasarkan ")
        d.x("regulation", g.regulation())
        d.t(".\n")
        return d


PLAN = [  # genre, count
    ("aid_table", 70),
    ("scholarship", 22),
    ("health_list", 25),
    ("village_list", 25),
    ("gform", 20),
    ("letter_person", 22),
    ("letter_official", 20),
    ("sk_lampiran", 15),
    ("minutes", 15),
    ("news", 18),
    ("request_recap", 15),
    ("apbd", 16),
    ("procurement", 14),
    ("announcement", 20),
    ("pmi_list", 12),
    ("english", 10),
    ("html_page", 14),
    ("prose_dense", 12),
]


def build() -> list[dict]:
    g = Gen(SEED)
    gen = Genres(g)
    docs = []
    for genre, count in PLAN:
        for _ in range(count):
            d = getattr(gen, genre)()
            docs.append(d)
    g.r.shuffle(docs)
    out = []
    for i, d in enumerate(docs):
        text = d.text()
        for s in d.spans:
            s["item"] = f"t{i:03d}-{s['item']}"
        out.append(
            {
                "id": f"t{i:03d}",
                "genre": d.genre,
                "region": d.region,
                "text": text,
                "spans": d.spans,
                "negatives": d.negatives,
            }
        )
    return out


def check(rec: dict) -> None:
    for s in rec["spans"] + rec["negatives"]:
        assert 0 <= s["start"] < s["end"] <= len(rec["text"]), (rec["id"], s)


def main() -> None:
    docs = build()
    path = HERE / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for rec in docs:
            check(rec)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    items = {s["item"] for r in docs for s in r["spans"]}
    kinds: dict[str, int] = {}
    for r in docs:
        seen = set()
        for s in r["spans"]:
            if s["item"] not in seen:
                seen.add(s["item"])
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    negs: dict[str, int] = {}
    for r in docs:
        for s in r["negatives"]:
            negs[s["kind"]] = negs.get(s["kind"], 0) + 1
    print(
        f"{len(docs)} texts, {sum(len(r['text']) for r in docs)} chars, {len(items)} personal items, "
        f"{sum(negs.values())} hard negatives"
    )
    print("personal:", dict(sorted(kinds.items())))
    print("negatives:", dict(sorted(negs.items())))


if __name__ == "__main__":
    main()
