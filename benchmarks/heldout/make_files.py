"""Generate the held-out document files (PDF, DOCX, XLSX, CSV) and their labels (files.jsonl).

    .venv/bin/python benchmarks/heldout/make_files.py

Labels are values, not offsets (extraction decides the layout): the scorer finds each value in
the extracted text, exactly or with any separators between its characters.
Deterministic apart from timestamps the libraries embed; the committed files are the frozen copy.
"""

# ruff: noqa: S311, E501

import datetime
import io
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate as G  # noqa: E402
import pools as P  # noqa: E402

OUT = HERE / "files"
FIXED_TIME = datetime.datetime(2025, 3, 1, 9, 0, 0)


class Labels:
    def __init__(self, name: str):
        self.name = name
        self.labels: list[dict] = []
        self.negatives: list[dict] = []
        self.n = 0

    def p(self, kind: str, value: str, item: str | None = None) -> str:
        if item is None:
            self.n += 1
            item = f"{self.name}-{self.n}"
        self.labels.append({"kind": kind, "value": value, "item": item})
        return value

    def x(self, kind: str, value: str) -> str:
        self.negatives.append({"kind": kind, "value": value})
        return value


def person_table(
    g: G.Gen, lab: Labels, reg: dict, n: int, cols: list[str], excel_numbers: bool = False
):
    header = {
        "no": "No",
        "nama": "Nama",
        "nik": "NIK",
        "kk": "No. KK",
        "alamat": "Alamat",
        "dusun": "Dusun",
        "rt": "RT",
        "rw": "RW",
        "ttl": "Tempat, Tgl Lahir",
        "tgl": "Tgl Lahir",
        "hp": "No HP",
        "rek": "No. Rekening",
        "bpjs": "No. KIS",
        "kks": "No. KKS",
        "email": "Email",
        "paspor": "No. Paspor",
        "npwp": "NPWP",
        "nominal": "Nominal (Rp)",
    }
    rows = []
    for i in range(n):
        p = g.person(reg)
        row = []
        for c in cols:
            if c == "no":
                row.append(i + 1)
            elif c == "nama":
                row.append(p["name"])
            elif c in ("nik", "kk"):
                v = p[c]
                if excel_numbers and g.r.random() < 0.6:
                    v = v[:15] + "0"  # Excel keeps 15 significant digits: the last one is lost
                    row.append(int(v))
                else:
                    row.append(v)
                lab.p(c, v)
            elif c == "alamat":
                row.append(lab.p("address", g.address(p)))
            elif c == "dusun":
                row.append(lab.p("address", p["sub"]))
            elif c == "rt":
                row.append(f"{p['rt']:03d}")
            elif c == "rw":
                row.append(f"{p['rw']:03d}")
            elif c == "ttl":
                row.append(
                    f"{p['birthplace']}, "
                    + lab.p("birth_date", g.bdate(p["birth"], g.r.choice([0, 2, 3, 14])))
                )
            elif c == "tgl":
                if excel_numbers and g.r.random() < 0.5:
                    b = p["birth"]
                    lab.p("birth_date", f"{b.year}-{b.month:02d}-{b.day:02d}")
                    row.append(datetime.datetime(b.year, b.month, b.day))
                else:
                    row.append(lab.p("birth_date", g.bdate(p["birth"], g.r.choice([0, 2, 3, 6]))))
            elif c == "hp":
                ph = g.phone(0)
                if excel_numbers:
                    lab.p("phone", ph[1:])
                    row.append(int(ph[1:]))  # Excel drops the leading 0
                else:
                    row.append(lab.p("phone", g.phone(g.r.choice([0, 1, 2]))))
            elif c == "rek":
                row.append(lab.p("bank_account", g.bank()[1]))
            elif c == "bpjs":
                row.append(lab.p("bpjs", g.bpjs()))
            elif c == "kks":
                row.append(lab.p("kks", g.kks()))
            elif c == "email":
                row.append(lab.p("email", g.email(p["name"])))
            elif c == "paspor":
                row.append(lab.p("passport", g.passport().replace(" ", "")))
            elif c == "npwp":
                row.append(lab.p("npwp", g.npwp()))
            elif c == "nominal":
                v = g.r.choice([300000, 600000, 900000, 1800000])
                lab.x("amount", str(v) if excel_numbers else f"{v:,}".replace(",", "."))
                row.append(v if excel_numbers else f"{v:,}".replace(",", "."))
        rows.append(row)
    return [header[c] for c in cols], rows


def kop_lines(g: G.Gen, lab: Labels, reg: dict, level: str) -> list[str]:
    o = g.office(reg, level)
    return o["title"].split("\n") + [
        lab.x("office_address", o["addr"]) + " Telp. " + lab.x("office_phone", o["tel"]),
        "Pos-el: " + lab.x("office_email", o["email"]),
    ]


# ------------------------------------------------------------------ PDF


def make_pdf(g: G.Gen, name: str, reg: dict, cols: list[str], n: int, title: str) -> dict:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    lab = Labels(name)
    kop = kop_lines(g, lab, reg, g.r.choice(["dinas", "desa", "kelurahan"]))
    header, rows = person_table(g, lab, reg, n, cols)
    operator = g.person(reg)
    footer_phone = lab.p("phone", g.phone(1))
    footer = f"Dicetak oleh operator {operator['name']} (HP {footer_phone}) - halaman "
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        title=title,
        author="Operator Desa",
        invariant=1,
        topMargin=90,
        bottomMargin=50,
    )
    styles = getSampleStyleSheet()

    def decorate(canvas, d):
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 9)
        y = landscape(A4)[1] - 30
        for line in kop:
            canvas.drawString(40, y, line)
            y -= 11
        canvas.setFont("Helvetica", 7)
        canvas.drawString(40, 25, footer + str(d.page))
        canvas.restoreState()

    small = styles["BodyText"].clone("small", fontSize=7, leading=8)
    data = [[Paragraph(h, small) for h in header]] + [
        [Paragraph(escape(str(c)), small) for c in r] for r in rows
    ]
    t = Table(data, repeatRows=1)
    t.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    story = [
        Paragraph(title, styles["Heading2"]),
        Paragraph("Berdasarkan " + lab.x("regulation", g.regulation()) + ".", styles["BodyText"]),
        Spacer(1, 8),
        t,
    ]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    (OUT / name).write_bytes(buf.getvalue())
    return {"file": name, "labels": lab.labels, "negatives": lab.negatives}


def make_pdf_letter(g: G.Gen, name: str, reg: dict) -> dict:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lab = Labels(name)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for line in kop_lines(g, lab, reg, "desa"):
        c.drawString(50, y, line)
        y -= 14
    p = g.person(reg)
    lines = [
        "SURAT KETERANGAN TIDAK MAMPU",
        "Nomor: " + lab.x("letter_number", g.letter_number()),
        f"Nama            : {p['name']}",
        "NIK             : " + lab.p("nik", p["nik"]),
        "No. KK          : " + lab.p("kk", p["kk"]),
        f"Tempat/Tgl Lahir: {p['birthplace']}, " + lab.p("birth_date", g.bdate(p["birth"], 3)),
    ]
    addr = g.address(p, 9)
    cut = addr.index(" ", 25) if " " in addr[25:] else len(addr)
    item = f"{name}-addr"
    lines.append("Alamat          : " + lab.p("address", addr[:cut], item))
    if cut < len(addr):
        lines.append("                  " + lab.p("address", addr[cut + 1 :], item))
    lines += [
        "Keperluan       : pengajuan keringanan biaya rumah sakit",
        "",
        lab.x("letter_date", g.letter_date(p["village"])),
        "Kepala Desa",
        "",
        "",
        G.P.OFFICIALS[0][0],
        "NIP. " + lab.x("nip_official", "19700817 199503 1 004"),
    ]
    c.setFont("Courier", 10)
    y -= 10
    for line in lines:
        c.drawString(50, y, line)
        y -= 14
    c.showPage()
    c.save()
    (OUT / name).write_bytes(buf.getvalue())
    return {"file": name, "labels": lab.labels, "negatives": lab.negatives}


# ------------------------------------------------------------------ DOCX (plain zip)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def wp(text: str, split: bool = False) -> str:
    if split and len(text) > 6:
        half = len(text) // 2
        runs = f'<w:r><w:t xml:space="preserve">{escape(text[:half])}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(text[half:])}</w:t></w:r>'
    else:
        runs = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    return f"<w:p>{runs}</w:p>"


def make_docx(g: G.Gen, name: str, reg: dict, cols: list[str], n: int, title: str) -> dict:
    lab = Labels(name)
    kop = kop_lines(g, lab, reg, g.r.choice(["dinas", "desa", "kelurahan"]))
    header, rows = person_table(g, lab, reg, n, cols)
    contact = g.person(reg)
    footer = "Narahubung: " + contact["name"] + ", WA " + lab.p("phone", g.phone(2))
    split = g.r.random() < 0.5
    tbl = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>']
    for r_ in [header] + rows:
        tbl.append("<w:tr>" + "".join(f"<w:tc>{wp(str(c), split)}</w:tc>" for c in r_) + "</w:tr>")
    tbl.append("</w:tbl>")
    body = "".join(
        wp(x) for x in [title, "Berdasarkan " + lab.x("regulation", g.regulation())]
    ) + "".join(tbl)
    body += wp(lab.x("letter_date", g.letter_date(reg["regency_short"])))
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr></w:body></w:document>'
    hdr = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>'
        + "".join(wp(x) for x in kop)
        + "</w:hdr>"
    )
    ftr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{wp(footer)}</w:ftr>'
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>',
        "word/document.xml": document,
        "word/header1.xml": hdr,
        "word/footer1.xml": ftr,
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>'
        + escape(title)
        + "</dc:title><dc:creator>Operator</dc:creator></cp:coreProperties>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for fname, content in files.items():
            info = zipfile.ZipInfo(fname, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)
    (OUT / name).write_bytes(buf.getvalue())
    return {"file": name, "labels": lab.labels, "negatives": lab.negatives}


# ------------------------------------------------------------------ XLSX


def make_xlsx(g: G.Gen, name: str, reg: dict, cols: list[str], n: int, title: str) -> dict:
    import openpyxl

    lab = Labels(name)
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "Operator SIKS"
    ws = wb.active
    ws.title = g.r.choice(
        ["Penerima", "DATA KPM", "Lampiran SK", "Sheet1", f"Dusun {g.r.randint(1, 9)}"]
    )
    ws.append([title])
    ws.append(["Sumber: DTKS " + lab.x("letter_date", g.letter_date())])
    header, rows = person_table(g, lab, reg, n, cols, excel_numbers=True)
    ws.append(header)
    for r_ in rows:
        ws.append(r_)
    if g.r.random() < 0.5:
        # A second sheet named after a person with their NIK (sheet names are text too).
        p = g.person(reg)
        sheet = wb.create_sheet(lab.p("nik", p["nik"]))
        sheet.append(["Nama", p["name"]])
        sheet.append(["Alamat", lab.p("address", g.address(p, g.r.choice([0, 1, 9])))])
        sheet.append(["HP", int(lab.p("phone", g.phone(0)[1:]))])
        if g.r.random() < 0.5:
            sheet.sheet_state = "hidden"
    if g.r.random() < 0.5:
        ws.oddHeader.center.text = "Kontak operator " + lab.p("phone", g.phone(1))
        ws.oddFooter.left.text = lab.x("office_email", f"dinsos@{reg['domain']}")
    buf = io.BytesIO()
    wb.save(buf)
    (OUT / name).write_bytes(buf.getvalue())
    return {"file": name, "labels": lab.labels, "negatives": lab.negatives}


def make_xlsx_apbd(g: G.Gen, name: str, reg: dict) -> dict:
    import openpyxl

    lab = Labels(name)
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = "APBDes"
    ws.append(["Kode Rekening", "Uraian", "Anggaran", "Realisasi"])
    for it in [
        "Dana Desa",
        "Alokasi Dana Desa",
        "Belanja Pegawai",
        "Belanja Modal",
        "Bagi Hasil Pajak",
    ]:
        code = lab.x(
            "account_code",
            f"{g.r.randint(1, 5)}.{g.r.randint(1, 4)}.{g.r.randint(1, 9)}.{g.r.randint(10, 99)}",
        )
        a = g.r.randint(10**8, 10**15)
        b = g.r.randint(10**8, 10**15)
        lab.x("amount", str(a))
        lab.x("amount", str(b))
        ws.append([code, it, a, b])
    ws.append(
        [
            "",
            "Telp. kantor desa",
            lab.x("office_phone", f"({reg['area']}) {g.r.randint(200000, 899999)}"),
        ]
    )
    buf = io.BytesIO()
    wb.save(buf)
    (OUT / name).write_bytes(buf.getvalue())
    return {"file": name, "labels": lab.labels, "negatives": lab.negatives}


# ------------------------------------------------------------------ CSV


def make_csv(g: G.Gen, name: str, reg: dict, cols: list[str], n: int) -> dict:
    lab = Labels(name)
    sep = g.r.choice([";", ","])
    header, rows = person_table(g, lab, reg, n, cols)
    lines = [sep.join(header)]
    for r_ in rows:
        cells = []
        for c in r_:
            s = str(c)
            cells.append(f'"{s}"' if sep in s else s)
        lines.append(sep.join(cells))
    data = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    (OUT / name).write_bytes(data)
    return {"file": name, "labels": lab.labels, "negatives": lab.negatives}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    g = G.Gen(G.SEED + 1)
    g.trap_rate = 0.0
    regs = P.REGIONS
    specs = []
    table_cols = [
        ["no", "nama", "nik", "kk", "alamat", "nominal"],
        ["no", "nama", "nik", "dusun", "rt", "rw", "tgl", "hp"],
        ["no", "nama", "nik", "ttl", "alamat", "bpjs"],
        ["no", "nama", "kk", "nik", "kks", "rek"],
        ["no", "nama", "paspor", "tgl", "alamat", "hp"],
        ["no", "nama", "nik", "tgl", "email", "hp", "npwp"],
    ]
    out = []
    for i in range(10):
        reg = regs[i % len(regs)]
        out.append(
            make_pdf(
                g,
                f"pdf{i:02d}_daftar_{reg['key']}.pdf",
                reg,
                table_cols[i % 6],
                g.r.randint(6, 25),
                "Daftar " + g.r.choice(P.PROGRAMS + P.HEALTH),
            )
        )
    for i in range(3):
        out.append(
            make_pdf_letter(
                g, f"pdf_sktm{i}_{regs[(i * 5) % len(regs)]['key']}.pdf", regs[(i * 5) % len(regs)]
            )
        )
    for i in range(8):
        reg = regs[(i + 3) % len(regs)]
        out.append(
            make_docx(
                g,
                f"docx{i:02d}_lampiran_{reg['key']}.docx",
                reg,
                table_cols[(i + 2) % 6],
                g.r.randint(5, 15),
                "Lampiran SK Penerima " + g.r.choice(P.PROGRAMS),
            )
        )
    for i in range(9):
        reg = regs[(i + 7) % len(regs)]
        out.append(
            make_xlsx(
                g,
                f"xlsx{i:02d}_data_{reg['key']}.xlsx",
                reg,
                table_cols[(i + 1) % 6],
                g.r.randint(8, 30),
                "DATA " + g.r.choice(P.PROGRAMS).upper(),
            )
        )
    for i in range(2):
        out.append(make_xlsx_apbd(g, f"xlsx_apbdes{i}_{regs[i + 2]['key']}.xlsx", regs[i + 2]))
    for i in range(8):
        reg = regs[(i + 11) % len(regs)]
        out.append(
            make_csv(
                g, f"csv{i:02d}_{reg['key']}.csv", reg, table_cols[(i + 4) % 6], g.r.randint(6, 20)
            )
        )
    specs = out
    with (HERE / "files.jsonl").open("w", encoding="utf-8") as f:
        for rec in specs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    items = sum(len({lab_["item"] for lab_ in r["labels"]}) for r in specs)
    negs = sum(len(r["negatives"]) for r in specs)
    print(f"{len(specs)} files, {items} personal items, {negs} hard negatives")


if __name__ == "__main__":
    main()
