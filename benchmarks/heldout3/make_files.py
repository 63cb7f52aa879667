# ruff: noqa: E501
"""Make benchmarks/heldout3/files/* and files.jsonl (seeded; XLSX/DOCX carry timestamps, so the
committed files are the frozen copy).

    .venv/bin/python benchmarks/heldout3/make_files.py
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    Region,
    account_code,
    address,
    event_date,
    fmt_bpjs,
    fmt_date,
    fmt_email,
    fmt_nip,
    fmt_npwp,
    fmt_phone,
    make_nip,
    office,
    person,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
SEED = 7122026


class Spec:
    def __init__(self, title: list, headers: list[str], rows: list[list], footer: list) -> None:
        self.title = title  # list of lines; a line is a list of (kind|None, text, personal?)
        self.headers = headers
        self.rows = rows  # cells: (kind|None, text, personal?)
        self.footer = footer


def c(text, kind=None, personal=False):
    return (kind, text, personal)


def kop_lines(rng, reg, level):
    o = office(rng, reg, level)
    return [
        [c(f"PEMERINTAH {reg.kab.upper()}")],
        [c(o["name"])],
        [
            c("Alamat: "),
            c(o["addr"], "office_address"),
            c(" Kode Pos "),
            c(reg.postal, "postal_code"),
        ],
        [c("Telp. "), c(o["tel"], "office_phone"), c("  Email: "), c(o["email"], "office_email")],
    ]


def sign_lines(rng, reg, title, nip=True):
    d = event_date(rng)
    out = [
        [c(f"{reg.kab_short}, "), c(fmt_date(rng, d, 3), "letter_date")],
        [c(title)],
        [c("")],
        [c("Nama Pejabat Penandatangan")],
    ]
    if nip:
        out.append([c("NIP. "), c(fmt_nip(rng, make_nip(rng)), "nip_official")])
    return out


def spec_blt(rng, reg):
    rows = []
    for i in range(rng.randint(10, 25)):
        m = person(rng, reg)
        rows.append(
            [
                c(str(i + 1)),
                c(m["name"]),
                c(m["nik"], "nik", True),
                c(m["kk"], "kk", True),
                c(address(rng, reg, m, rng.choice([0, 1, 3, 10])), "address", True),
                c(m["bank"]),
                c(m["acct"], "bank_account", True),
                c("900000", "amount"),
            ]
        )
    return Spec(
        kop_lines(rng, reg, "desa") + [[c("DAFTAR KPM BLT DANA DESA TAHUN 2026")]],
        ["No", "Nama KPM", "NIK", "No KK", "Alamat", "Bank", "No Rekening", "Jumlah"],
        rows,
        sign_lines(rng, reg, "Kepala Desa", nip=False),
    )


def spec_hadir(rng, reg):
    rows = []
    for i in range(rng.randint(12, 25)):
        m = person(rng, reg)
        asn = rng.random() < 0.35
        idc = c(fmt_nip(rng, make_nip(rng)), "nip_official") if asn else c(m["nik"], "nik", True)
        rows.append(
            [
                c(str(i + 1)),
                c(m["name"]),
                idc,
                c(address(rng, reg, m, rng.choice([0, 1, 10])), "address", True)
                if not asn
                else c(f"Kantor Kecamatan {reg.dis_name}", "office_address"),
                c(fmt_phone(rng, m["phone"], rng.choice([0, 1, 2])), "phone", True),
                c(fmt_email(rng, *m["email"]), "email", True) if rng.random() < 0.5 else c("-"),
                c("ttd"),
            ]
        )
    return Spec(
        kop_lines(rng, reg, "dinas")
        + [
            [c("DAFTAR HADIR RAPAT KOORDINASI")],
            [c("Tanggal: "), c(fmt_date(rng, event_date(rng), 3), "event_date")],
        ],
        ["No", "Nama", "NIK/NIP", "Alamat/Instansi", "No HP", "Email", "Tanda Tangan"],
        rows,
        sign_lines(rng, reg, "Notulis"),
    )


def spec_posyandu(rng, reg):
    rows = []
    for i in range(rng.randint(10, 20)):
        mom = person(rng, reg, "P", 1985, 2004)
        kid = person(rng, reg, None, 2021, 2025)
        rows.append(
            [
                c(str(i + 1)),
                c(kid["name"]),
                c(mom["nik"][:6] + kid["nik"][6:], "nik", True),
                c(fmt_date(rng, kid["birth"], rng.choice([0, 2, 3, 6])), "birth_date", True),
                c(f"{rng.uniform(5, 18):.1f}"),
                c(f"{rng.uniform(55, 110):.1f}"),
                c(mom["name"]),
                c(mom["nik"], "nik", True),
                c(address(rng, reg, mom, rng.choice([0, 1, 10])), "address", True),
                c(fmt_phone(rng, mom["phone"], rng.choice([0, 1])), "phone", True),
            ]
        )
    return Spec(
        kop_lines(rng, reg, "puskesmas")
        + [
            [c("DATA BALITA POSYANDU - BULAN PENIMBANGAN")],
            [c("Tanggal: "), c(fmt_date(rng, event_date(rng), 0), "event_date")],
        ],
        [
            "No",
            "Nama Balita",
            "NIK Balita",
            "Tgl Lahir",
            "BB",
            "TB",
            "Nama Ibu",
            "NIK Ibu",
            "Alamat",
            "No HP",
        ],
        rows,
        sign_lines(rng, reg, "Bidan Koordinator"),
    )


def spec_seleksi(rng, reg):
    rows = []
    for i in range(rng.randint(15, 30)):
        m = person(rng, reg, lo=1980, hi=2005)
        rows.append(
            [
                c(str(i + 1)),
                c(f"PD-2026-{rng.randint(1, 999):04d}", "registration_number"),
                c(m["name"]),
                c(m["place"]),
                c(fmt_date(rng, m["birth"], rng.choice([0, 2, 3, 4, 6])), "birth_date", True),
                c(f"{rng.uniform(50, 95):.2f}"),
                c(rng.choice(["LULUS", "TIDAK LULUS"])),
            ]
        )
    return Spec(
        kop_lines(rng, reg, "desa") + [[c("PENGUMUMAN HASIL SELEKSI PERANGKAT DESA")]],
        ["No", "No Peserta", "Nama", "Tempat Lahir", "Tanggal Lahir", "Nilai", "Ket"],
        rows,
        sign_lines(rng, reg, "Ketua Panitia", nip=False),
    )


def spec_honor(rng, reg):
    rows = []
    for i in range(rng.randint(8, 16)):
        m = person(rng, reg, lo=1965, hi=1998)
        b = rng.randint(3, 30) * 100_000
        rows.append(
            [
                c(str(i + 1)),
                c(m["name"]),
                c(fmt_nip(rng, make_nip(rng)), "nip_official"),
                c(fmt_npwp(rng, m["npwp"]), "npwp", True),
                c(f"{b:,}".replace(",", "."), "amount"),
                c(m["bank"]),
                c(m["acct"], "bank_account", True),
            ]
        )
    return Spec(
        kop_lines(rng, reg, "dinas")
        + [
            [
                c("DAFTAR PENERIMAAN HONORARIUM TIM PPID - kode rekening "),
                c(account_code(rng), "account_code"),
            ]
        ],
        ["No", "Nama", "NIP", "NPWP", "Bruto", "Bank", "No Rekening"],
        rows,
        sign_lines(rng, reg, "Bendahara Pengeluaran"),
    )


def spec_pbi(rng, reg):
    rows = []
    for i in range(rng.randint(10, 22)):
        m = person(rng, reg)
        rows.append(
            [
                c(str(i + 1)),
                c(m["name"]),
                c(m["nik"], "nik", True),
                c(fmt_bpjs(rng, m["bpjs"]), "bpjs", True),
                c(fmt_date(rng, m["birth"], rng.choice([0, 2, 3])), "birth_date", True),
                c(address(rng, reg, m, rng.choice([0, 1, 10])), "address", True),
            ]
        )
    return Spec(
        kop_lines(rng, reg, "dinas") + [[c("USULAN PESERTA PBI-JK APBD")]],
        ["No", "Nama", "NIK", "No Kartu KIS", "Tgl Lahir", "Alamat"],
        rows,
        sign_lines(rng, reg, "Kepala Dinas Sosial"),
    )


def spec_budget(rng, reg):
    rows = []
    for _i in range(rng.randint(15, 30)):
        a = rng.randint(10**6, 10**13)
        rows.append(
            [
                c(account_code(rng), "account_code"),
                c(
                    rng.choice(
                        [
                            "Belanja Pegawai",
                            "Belanja Barang dan Jasa",
                            "Belanja Modal",
                            "Dana Desa",
                            "Bagi Hasil Pajak",
                        ]
                    )
                ),
                c(str(a), "amount"),
                c(f"{int(a * rng.uniform(0.3, 1)):,}".replace(",", "."), "amount"),
            ]
        )
    return Spec(
        kop_lines(rng, reg, "dinas") + [[c("REALISASI ANGGARAN SEMESTER I")]],
        ["Kode Rekening", "Uraian", "Anggaran", "Realisasi"],
        rows,
        sign_lines(rng, reg, "Kepala BPKAD"),
    )


def spec_pmi(rng, reg):
    rows = []
    for i in range(rng.randint(8, 18)):
        m = person(rng, reg, lo=1975, hi=2002)
        rows.append(
            [
                c(str(i + 1)),
                c(m["name"]),
                c(m["passport"].replace(" ", ""), "passport", True),
                c(fmt_date(rng, m["birth"], rng.choice([15, 16, 2])), "birth_date", True),
                c(rng.choice(["Malaysia", "Taiwan", "Hong Kong"])),
                c(address(rng, reg, m, rng.choice([11, 0, 1])), "address", True),
                c(fmt_phone(rng, m["phone"], rng.choice([3, 5, 0])), "phone", True),
            ]
        )
    return Spec(
        kop_lines(rng, reg, "dinas") + [[c("RETURNED MIGRANT WORKERS - TRAINING PARTICIPANTS")]],
        ["No", "Name", "Passport", "Date of Birth", "Country", "Address", "Mobile"],
        rows,
        sign_lines(rng, reg, "Head of Division"),
    )


SPECS = [
    spec_blt,
    spec_hadir,
    spec_posyandu,
    spec_seleksi,
    spec_honor,
    spec_pbi,
    spec_budget,
    spec_pmi,
]


# ---------------------------------------------------------------- labels


class Labels:
    def __init__(self, fid: str) -> None:
        self.fid = fid
        self.labels: list[dict] = []
        self.negs: list[dict] = []
        self.n = 0

    def add(self, cell, value: str | None = None) -> None:
        kind, text, personal = cell
        value = text if value is None else value
        if kind is None or not value:
            return
        core = sum(ch.isalnum() for ch in value)
        if core < (4 if kind == "birth_date" else 6):
            return
        if personal:
            self.n += 1
            self.labels.append(
                {"kind": kind, "value": value, "item": f"{self.fid}-{self.n:03d}-{kind}"}
            )
        elif {"kind": kind, "value": value} not in self.negs:
            self.negs.append({"kind": kind, "value": value})


def line_text(line) -> str:
    return "".join(x[1] for x in line)


# ---------------------------------------------------------------- writers


def write_csv(spec: Spec, lab: Labels, rng) -> bytes:
    sep = rng.choice([",", ";"])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator=rng.choice(["\n", "\r\n"]))
    w.writerow(spec.headers)
    for r in spec.rows:
        w.writerow([x[1] for x in r])
        for x in r:
            lab.add(x)
    enc = rng.choice(["utf-8", "utf-8-sig"])
    return buf.getvalue().encode(enc)


def write_xlsx(spec: Spec, lab: Labels, rng) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = rng.choice(["KPM", "Data", "Lampiran", "Sheet1", "DAFTAR"])
    for line in spec.title:
        ws.append([line_text(line)])
        for x in line:
            lab.add(x)
    ws.append([])
    ws.append(spec.headers)
    num_nik = rng.random() < 0.5
    num_phone = rng.random() < 0.5
    for r in spec.rows:
        vals = []
        for x in r:
            kind, text, personal = x
            if kind == "nik" and num_nik and text.isdigit() and rng.random() < 0.5:
                vals.append(int(text))
                lab.add(x)
            elif kind == "phone" and num_phone and text.isdigit() and text.startswith("0"):
                vals.append(int(text))  # Excel drops the leading 0: the label is the stored value
                lab.add(x, text[1:])
            else:
                vals.append(text)
                lab.add(x)
        ws.append(vals)
    ws.append([])
    for line in spec.footer:
        ws.append([line_text(line)])
        for x in line:
            lab.add(x)
    if rng.random() < 0.5:
        ws2 = wb.create_sheet("rekap")
        ws2.append(["Keterangan", "Jumlah"])
        ws2.append(["Total baris", len(spec.rows)])
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


def _p(text: str, split: bool = False) -> str:
    if split and len(text) > 8:
        k = len(text) // 2
        runs = f'<w:r><w:t xml:space="preserve">{escape(text[:k])}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(text[k:])}</w:t></w:r>'
    else:
        runs = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    return f"<w:p>{runs}</w:p>"


def write_docx(spec: Spec, lab: Labels, rng) -> bytes:
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    body = []
    kop_in_header = rng.random() < 0.5
    head_xml = ""
    for i, line in enumerate(spec.title):
        for x in line:
            lab.add(x)
        if kop_in_header and i < 4:
            head_xml += _p(line_text(line))
        else:
            body.append(_p(line_text(line)))
    tbl = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    ]
    tbl.append("<w:tr>" + "".join(f"<w:tc>{_p(h)}</w:tc>" for h in spec.headers) + "</w:tr>")
    for r in spec.rows:
        cells = []
        for x in r:
            lab.add(x)
            cells.append(f"<w:tc>{_p(x[1], split=x[0] is not None and rng.random() < 0.3)}</w:tc>")
        tbl.append("<w:tr>" + "".join(cells) + "</w:tr>")
    tbl.append("</w:tbl>")
    body.append("".join(tbl))
    for line in spec.footer:
        for x in line:
            lab.add(x)
        body.append(_p(line_text(line)))
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/></w:sectPr>'
        if kop_in_header
        else "<w:sectPr/>"
    )
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    drels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>'
    core = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Lampiran</dc:title><dc:creator>operator</dc:creator></cp:coreProperties>'
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for nm, data in [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", drels),
            ("docProps/core.xml", core),
        ]:
            zi = zipfile.ZipInfo(nm, date_time=(2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        if kop_in_header:
            zi = zipfile.ZipInfo("word/header1.xml", date_time=(2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(
                zi,
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{head_xml}</w:hdr>',
            )
    return bio.getvalue()


def write_pdf(spec: Spec, lab: Labels, rng) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    bio = io.BytesIO()
    W, H = landscape(A4)
    cv = canvas.Canvas(bio, pagesize=(W, H), invariant=1)
    font = rng.choice(["Helvetica", "Courier", "Times-Roman"])
    size = 7
    cols = len(spec.headers)
    widths = [
        max(stringWidth(h, font, size), *(stringWidth(r[i][1], font, size) for r in spec.rows)) + 8
        for i, h in enumerate(spec.headers)
    ]
    while sum(widths) > W - 60 and size > 4:
        size -= 0.5
        widths = [
            max(stringWidth(h, font, size), *(stringWidth(r[i][1], font, size) for r in spec.rows))
            + 6
            for i, h in enumerate(spec.headers)
        ]
    y = H - 40
    cv.setFont(font, 9)
    for line in spec.title:
        for x in line:
            lab.add(x)
        cv.drawString(30, y, line_text(line))
        y -= 12
    y -= 6

    def header(y):
        cv.setFont(font, size)
        x = 30
        for i in range(cols):
            cv.drawString(x, y, spec.headers[i])
            x += widths[i]
        return y - size - 4

    y = header(y)
    for r in spec.rows:
        if y < 60:
            cv.showPage()
            y = header(H - 40)
        x = 30
        cv.setFont(font, size)
        for i, cell in enumerate(r):
            lab.add(cell)
            cv.drawString(x, y, cell[1])
            x += widths[i]
        y -= size + 4
    y -= 10
    cv.setFont(font, 9)
    for line in spec.footer:
        if y < 40:
            cv.showPage()
            cv.setFont(font, 9)
            y = H - 40
        for x_ in line:
            lab.add(x_)
        cv.drawString(W - 300, y, line_text(line))
        y -= 12
    cv.showPage()
    cv.save()
    return bio.getvalue()


def main() -> None:
    rng = random.Random(SEED)  # noqa: S311 (a seeded corpus, not secrets)
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    plan = ["xlsx"] * 9 + ["csv"] * 7 + ["docx"] * 8 + ["pdf"] * 8
    recs = []
    for i, ext in enumerate(plan):
        reg = Region(rng, (i * 7 + 3) % 38)
        spec = SPECS[i % len(SPECS)](rng, reg)
        fname = f"{ext}{i:02d}_{SPECS[i % len(SPECS)].__name__[5:]}_{reg.slug()}.{ext}"
        lab = Labels(f"f{i:02d}")
        data = {"csv": write_csv, "xlsx": write_xlsx, "docx": write_docx, "pdf": write_pdf}[ext](
            spec, lab, rng
        )
        (OUT / fname).write_bytes(data)
        recs.append({"file": fname, "labels": lab.labels, "negatives": lab.negs})
    with (HERE / "files.jsonl").open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_lab = sum(len(r["labels"]) for r in recs)
    n_neg = sum(len(r["negatives"]) for r in recs)
    print(f"files {len(recs)}, labels {n_lab}, negatives {n_neg}")


if __name__ == "__main__":
    main()
