"""Write benchmarks/heldout4/files/ and files.jsonl (seeded; XLSX/PDF embed times, so the
committed files are the frozen copy).

    .venv/bin/python benchmarks/heldout4/make_files.py
"""

# ruff: noqa: E501, B007, B905, S311, F841
# A seeded corpus generator: long template lines, reproducible (non-crypto) randomness.

import csv
import io
import json
import random
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    REGIONS,
    Person,
    Region,
    fmt_group,
    nip,
    office_phone,
    w_date,
    w_nik,
    w_nip,
    w_phone,
)  # noqa: E402
from generate import address, nop, slug, unit_part  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
SEED = 20261207_44
MIN = 6


class Labels:
    def __init__(self, fid):
        self.fid, self.n, self.labels, self.negs = fid, 0, [], []

    def p(self, kind, value, item=None):
        v = str(value)
        if sum(ch.isalnum() for ch in v) < (4 if kind == "birth_date" else MIN):
            return item
        if item is None:
            self.n += 1
            item = f"{self.fid}-{self.n:03d}-{kind}"
        self.labels.append({"kind": kind, "value": v, "item": item})
        return item

    def neg(self, kind, value):
        v = str(value)
        if sum(ch.isalnum() for ch in v) >= MIN and not any(x["value"] == v for x in self.negs):
            self.negs.append({"kind": kind, "value": v})


def kop_lines(r, reg, office, L):
    a = f"Jl. Raya Pemda No. {r.randint(1, 99)}, {reg.dist}"
    t = office_phone(r)
    e = f"{slug(office)[:8]}@{slug(reg.reg_short)}kab.go.id"
    L.neg("office_address", a)
    L.neg("office_phone", t)
    L.neg("office_email", e)
    return [
        ("PEMERINTAH KOTA " if reg.kota else "PEMERINTAH KABUPATEN ") + reg.reg_short.upper(),
        office.upper(),
        f"{a}  Telp. {t}  Email: {e}",
    ]


def dataset(r, reg, kind, L, n):
    """Header + rows (strings) + labels, by genre."""
    rows = []
    if kind == "bencana":
        header = [
            "No",
            "Nama",
            "NIK",
            "No KK",
            "Umur",
            "Dusun",
            "RT",
            "RW",
            "Kondisi",
            "Tempat Mengungsi",
        ]
        for i in range(n):
            p = Person(r, reg)
            nik, kk = w_nik(r, p.nik), w_nik(r, p.kk)
            up = unit_part(r, reg, p) or f"Desa {p.village}"
            L.p("nik", nik), L.p("kk", kk), L.p("address", up)
            place = f"Balai Desa {reg.village}"
            L.neg("office_address", place)
            rows.append(
                [
                    str(i + 1),
                    p.name,
                    nik,
                    kk,
                    str(p.age),
                    up,
                    f"{p.rt:03d}",
                    f"{p.rw:03d}",
                    r.choice(["Luka ringan", "Mengungsi", "Hilang"]),
                    place,
                ]
            )
    elif kind == "bumil":
        header = ["No", "Nama Ibu", "NIK", "Tgl Lahir", "HPHT", "HP Suami", "No. KIS", "Alamat"]
        for i in range(n):
            p = Person(r, reg, female=True, age=r.randint(18, 40))
            nik, bd, ph = (
                w_nik(r, p.nik),
                w_date(r, p.birth, ["dmy/", "dmy-", "dBY"]),
                w_phone(r, Person(r, reg).phone),
            )
            hp = w_date(r, date(2026, r.randint(1, 9), r.randint(1, 28)), ["dmy/", "dmy-"])
            kis = fmt_group(p.bpjs, [4, 4, 5], " ")
            ad = address(r, reg, p, r.randint(1, 3))
            (
                L.p("nik", nik),
                L.p("birth_date", bd),
                L.p("phone", ph),
                L.p("bpjs", kis),
                L.p("address", ad),
            )
            L.neg("health_date", hp)
            rows.append([str(i + 1), p.name, nik, bd, hp, ph, kis, ad])
    elif kind == "ptsl":
        header = ["No", "NIB", "Nama Pemegang Hak", "NIK", "Alamat", "Luas (m2)", "NOP PBB", "HP"]
        for i in range(n):
            p = Person(r, reg)
            nib = f"{reg.prov['code']}{reg.reg['code']}{reg.dist_code}{r.randint(1, 20):02d}{r.randint(1, 99999):05d}"
            nik, ad, ph = w_nik(r, p.nik), address(r, reg, p, 2), w_phone(r, p.phone)
            nv = nop(r, reg)
            L.p("nik", nik), L.p("address", ad), L.p("phone", ph)
            L.neg("land_parcel_id", nib), L.neg("nop", nv)
            rows.append([str(i + 1), nib, p.name, nik, ad, str(r.randint(60, 5000)), nv, ph])
    elif kind == "ppdb":
        header = [
            "No",
            "No Pendaftaran",
            "Nama",
            "Tempat Lahir",
            "Tanggal Lahir",
            "Alamat",
            "No KK",
            "HP Ortu",
        ]
        for i in range(n):
            p = Person(r, reg, age=r.choice([7, 13, 16]))
            reg_no = f"2026{r.randint(1, 3):02d}{r.randint(1, 99999):05d}"
            bd, ad, kk, ph = (
                w_date(r, p.birth),
                address(r, reg, p, 2),
                w_nik(r, p.kk),
                w_phone(r, Person(r, reg).phone),
            )
            L.p("birth_date", bd), L.p("address", ad), L.p("kk", kk), L.p("phone", ph)
            L.neg("registration_number", reg_no)
            rows.append([str(i + 1), reg_no, p.name, p.birthplace, bd, ad, kk, ph])
    elif kind == "umkm":
        header = ["No", "Nama Pemilik", "NIK", "Alamat Usaha", "No HP", "Email", "NIB", "No P-IRT"]
        for i in range(n):
            p = Person(r, reg)
            nik, ad, ph, em = w_nik(r, p.nik), address(r, reg, p, 2), w_phone(r, p.phone), p.email
            nib, pirt = (
                str(r.randint(10**12, 10**13 - 1)),
                f"{r.choice([2, 3, 5])}{r.randint(10**11, 10**12 - 1)}-{r.randint(26, 31)}",
            )
            L.p("nik", nik), L.p("address", ad), L.p("phone", ph), L.p("email", em)
            L.neg("permit", nib), L.neg("permit", pirt)
            rows.append([str(i + 1), p.name, nik, ad, ph, em, nib, pirt])
    else:  # blt
        header = [
            "No",
            "Nama",
            "NIK",
            "No KK",
            "Tgl Lahir",
            "Alamat",
            "Bank",
            "No Rekening",
            "Nominal",
        ]
        for i in range(n):
            p = Person(r, reg)
            nik, kk, bd, ad = (
                w_nik(r, p.nik),
                w_nik(r, p.kk),
                w_date(r, p.birth),
                address(r, reg, p, 1),
            )
            acc = p.account
            (
                L.p("nik", nik),
                L.p("kk", kk),
                L.p("birth_date", bd),
                L.p("address", ad),
                L.p("bank_account", acc),
            )
            L.neg("amount", "900000")
            rows.append([str(i + 1), p.name, nik, kk, bd, ad, p.bank, acc, "900000"])
    return header, rows


def sign_lines(r, reg, L, role):
    n = w_nip(r, nip(r))
    L.neg("nip_official", n)
    return [
        f"{reg.reg_short}, {w_date(r, date(2026, r.randint(1, 12), r.randint(1, 28)), ['dBY'])}",
        role,
        "",
        "(ttd)",
        f"NIP. {n}",
    ]


def make_xlsx(path, r, reg, kind, L, trick):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = f"Data {kind.upper()}"
    kop = kop_lines(r, reg, "Pemerintah Desa " + reg.village, L)
    for line in kop:
        ws.append([line])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    ws.append([])
    header, rows = dataset(r, reg, kind, L, r.randint(15, 25))
    ws.append(header)
    for row in rows:
        out = []
        for h, v in zip(header, row):
            if (
                trick == "dates"
                and h.lower().startswith("tgl lahir")
                or trick == "dates"
                and h == "Tanggal Lahir"
            ):
                out.append(v)
            elif trick == "numbers" and h in ("NIK", "No KK") and v.isdigit():
                out.append(v)  # as text: kept exact
            elif trick == "numbers" and h.startswith("HP") or trick == "numbers" and h == "No HP":
                digits = "".join(ch for ch in v if ch.isdigit())
                out.append(v)
            else:
                out.append(v)
        ws.append(out)
    for line in sign_lines(r, reg, L, "Kepala Desa"):
        ws.append(["", "", "", "", "", line])
    if trick == "hidden":
        ws2 = wb.create_sheet("rekap_lama")
        ws2.sheet_state = "hidden"
        h2, rows2 = dataset(r, reg, kind, L, 6)
        ws2.append(h2)
        for row in rows2:
            ws2.append(row)
    if trick == "comment":
        from openpyxl.comments import Comment

        p = Person(r, reg)
        ph = w_phone(r, p.phone)
        L.p("phone", ph)
        ws["A5"].comment = Comment(f"konfirmasi ke keluarga {p.name} di {ph}", "operator")
    wb.properties.creator = "operator"
    wb.save(path)


def make_csv(path, r, reg, kind, L, trick):
    header, rows = dataset(r, reg, kind, L, r.randint(15, 30))
    buf = io.StringIO()
    delim = {"tab": "\t", "pipe": "|"}.get(trick, ",")
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n" if trick == "crlf" else "\n")
    if trick == "title":
        w.writerow([f"Data {kind} {reg.village_word} {reg.village} 2026"])
        w.writerow([])
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    data = buf.getvalue()
    enc = "utf-8-sig" if trick == "bom" else "utf-8"
    path.write_bytes(data.encode(enc))


def docx_cell(text, split=False, span=1):
    tc = (
        "<w:tc><w:tcPr>" + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + "</w:tcPr><w:p>"
    )
    if split and len(text) > 6:
        k = len(text) // 2
        tc += f'<w:r><w:t xml:space="preserve">{escape(text[:k])}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(text[k:])}</w:t></w:r><w:proofErr w:type="spellEnd"/>'
    else:
        tc += f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    return tc + "</w:p></w:tc>"


def para(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def make_docx(path, r, reg, kind, L, trick):
    kop = kop_lines(r, reg, "Kecamatan " + reg.dist, L)
    header, rows = dataset(r, reg, kind, L, r.randint(12, 20))
    body = ""
    hdr_xml = "".join(para(x) for x in kop)
    if trick != "header":
        body += hdr_xml
    body += para(
        f"DAFTAR {kind.upper()} {reg.village_word.upper()} {reg.village.upper()} TAHUN 2026"
    )
    if trick == "paragraphs":
        for row in rows:
            body += para("; ".join(f"{h}: {v}" for h, v in zip(header[1:], row[1:])))
    else:
        tbl = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>'
        tbl += "<w:tr>" + docx_cell(f"Lampiran daftar {kind}", span=len(header)) + "</w:tr>"
        tbl += "<w:tr>" + "".join(docx_cell(h) for h in header) + "</w:tr>"
        for row in rows:
            tbl += (
                "<w:tr>"
                + "".join(docx_cell(v, split=(trick == "runs" and r.random() < 0.5)) for v in row)
                + "</w:tr>"
            )
        body += tbl + "</w:tbl>"
    for line in sign_lines(r, reg, L, "Camat " + reg.dist):
        body += para(line)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    doc = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{body}<w:sectPr>'
        + ('<w:headerReference w:type="default" r:id="rIdH"/>' if trick == "header" else "")
        + "</w:sectPr></w:body></w:document>"
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        + (
            '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
            if trick == "header"
            else ""
        )
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    drels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + (
            '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            if trick == "header"
            else ""
        )
        + "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", drels),
        ):
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
            z.writestr(zi, data, zipfile.ZIP_DEFLATED)
        if trick == "header":
            hx = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {ns}>{hdr_xml}</w:hdr>'
            z.writestr(
                zipfile.ZipInfo("word/header1.xml", date_time=(2026, 12, 7, 0, 0, 0)),
                hx,
                zipfile.ZIP_DEFLATED,
            )


def make_pdf(path, r, reg, kind, L, trick):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    kop = kop_lines(r, reg, "Dinas Sosial", L)
    header, rows = dataset(r, reg, kind, L, r.randint(18, 30))
    size = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    font = r.choice(["Helvetica", "Times-Roman", "Courier"])
    fs = 6.5
    widths = []
    for j, h in enumerate(header):
        widths.append(
            max([len(h)] + [min(len(row[j]), 28 if trick == "wrap" else 60) for row in rows])
            * fs
            * 0.55
            + 8
        )
    scale = min(1.0, (size[0] - 60) / sum(widths))
    widths = [w * scale for w in widths]

    def page_head(y):
        for line in kop:
            c.setFont(font, 8)
            c.drawString(30, y, line)
            y -= 11
        y -= 6
        x = 30
        c.setFont(font, fs)
        for h, w in zip(header, widths):
            c.drawString(x, y, h)
            x += w
        return y - 12

    y = page_head(size[1] - 30)
    # wrapped cells: label the two parts of the address as one item
    for row in rows:
        x = 30
        extra = []
        for j, (v, w) in enumerate(zip(row, widths)):
            if trick == "wrap" and len(v) > 28 and header[j].startswith("Alamat"):
                cut = v.rfind(" ", 0, 28)
                a, b = v[:cut], v[cut + 1 :]
                # relabel the address as two segments of the same item
                for lab in L.labels:
                    if lab["value"] == v and lab["kind"] == "address":
                        lab["value"] = a
                        item = lab["item"]
                        L.labels.append({"kind": "address", "value": b, "item": item})
                        break
                c.drawString(x, y, a)
                extra.append((x, b))
            else:
                c.drawString(x, y, v)
            x += w
        y -= 9
        for x, b in extra:
            c.drawString(x, y, b)
        if extra:
            y -= 9
        if y < 60:
            c.setFont(font, 6)
            c.drawString(
                30,
                30,
                f"Halaman {c.getPageNumber()} - dicetak {datetime(2026, 11, r.randint(1, 30), 9, 12).isoformat(sep=' ')}",
            )
            c.showPage()
            y = page_head(size[1] - 30)
    y -= 10
    c.setFont(font, 8)
    for line in sign_lines(r, reg, L, "Kepala Dinas Sosial"):
        c.drawString(size[0] - 250, y, line)
        y -= 11
    c.save()


PLAN = [
    ("xlsx", "bencana", "plain"),
    ("xlsx", "bumil", "hidden"),
    ("xlsx", "ptsl", "comment"),
    ("xlsx", "ppdb", "plain"),
    ("xlsx", "umkm", "hidden"),
    ("xlsx", "blt", "plain"),
    ("csv", "bencana", "tab"),
    ("csv", "bumil", "bom"),
    ("csv", "ptsl", "crlf"),
    ("csv", "ppdb", "title"),
    ("csv", "umkm", "pipe"),
    ("csv", "blt", "plain"),
    ("docx", "bencana", "runs"),
    ("docx", "bumil", "header"),
    ("docx", "ptsl", "paragraphs"),
    ("docx", "ppdb", "runs"),
    ("docx", "umkm", "header"),
    ("docx", "blt", "paragraphs"),
    ("pdf", "bencana", "wrap"),
    ("pdf", "bumil", "plain"),
    ("pdf", "ptsl", "wrap"),
    ("pdf", "ppdb", "plain"),
    ("pdf", "umkm", "wrap"),
    ("pdf", "blt", "wrap"),
]


def main():
    r = random.Random(SEED)
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    codes = [p["code"] for p in REGIONS]
    recs = []
    for i, (ext, kind, trick) in enumerate(PLAN):
        reg = Region(r, codes[(i * 5 + 3) % len(codes)])
        name = f"{ext}{i:02d}_{kind}_{slug(reg.reg_short)}.{ext}"
        L = Labels(f"f4-{i:02d}")
        {"xlsx": make_xlsx, "csv": make_csv, "docx": make_docx, "pdf": make_pdf}[ext](
            OUT / name, r, reg, kind, L, trick
        )
        recs.append(
            {
                "file": name,
                "trick": trick,
                "region": reg.label(),
                "labels": L.labels,
                "negatives": L.negs,
            }
        )
    with (HERE / "files.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    items = {lab["item"] for rec in recs for lab in rec["labels"]}
    print(
        f"{len(recs)} files, {len(items)} personal items, {sum(len(x['negatives']) for x in recs)} distinct negative values"
    )


if __name__ == "__main__":
    main()
