# ruff: noqa: E501, S311, E402, B007
"""Generate benchmarks/heldout5/files/ and files.jsonl (seed 2026120756).

    .venv/bin/python benchmarks/heldout5/make_files.py

files.jsonl is reproducible byte for byte; the XLSX/DOCX/PDF binaries carry timestamps, so the
committed files are the frozen copy. Written by helper session `heldout5` without reading the
detector. Labels are values; the scorer finds them in the extracted text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import (
    REGIONS,
    STREETS,
    World,
    fmt_date,
    fmt_kis,
    fmt_npwp,
    fmt_phone,
)  # noqa: E402
from generate import person  # noqa: E402

SEED = 2026120756
OUT = HERE / "files"

FIXED_ZIP_TIME = (2026, 12, 7, 8, 0, 0)


class Labels:
    def __init__(self, prefix: str):
        self.prefix = prefix
        self.n = 0
        self.labels: list[dict] = []
        self.negs: list[dict] = []

    def item(self) -> str:
        self.n += 1
        return f"{self.prefix}-{self.n:03d}"

    def p(self, kind: str, value: str, item: str | None = None) -> str:
        value = str(value)
        if len("".join(ch for ch in value if ch.isalnum())) >= (4 if kind == "birth_date" else 6):
            self.labels.append({"kind": kind, "value": value, "item": item or self.item()})
        return value

    def n_(self, kind: str, value: str) -> str:
        value = str(value)
        if {"kind": kind, "value": value} not in self.negs and len(value) >= 5:
            self.negs.append({"kind": kind, "value": value})
        return value


def kop_lines(w: World, lab: Labels, dinas: str | None = None) -> list[str]:
    r = w.r
    dom = f"{w.slug}{'kota' if w.is_city else 'kab'}.go.id"
    if dinas:
        return [
            f"PEMERINTAH {w.kab.upper()}",
            dinas.upper(),
            f"{lab.n_('office_address', f'Jl. {r.choice(STREETS)} No. {r.randint(1, 60)}')} Telp. {lab.n_('office_phone', w.office_phone())} "
            f"Pos-el {lab.n_('office_email', 'sekretariat@' + dom)}",
        ]
    return [
        f"PEMERINTAH {w.kab.upper()}",
        f"{w.district_word().upper()} {w.kec.upper()}",
        f"{w.village_word().upper()} {w.village.upper()}",
        f"Alamat: {lab.n_('office_address', f'Jl. {r.choice(STREETS)} No. {r.randint(1, 30)}')} Kode Pos {lab.n_('postal_code', w.postal())} "
        f"Telp. {lab.n_('office_phone', w.office_phone())} e-mail: {lab.n_('office_email', f'pemdes{w.vslug}@gmail.com')}",
    ]


# ------------------------------------------------------------------------------------------------
# Row makers (one per theme); each returns (headers, rows) with labels recorded.
# ------------------------------------------------------------------------------------------------
def rows_disabilitas(w: World, lab: Labels, n: int, split: bool = True):
    r = w.r
    hdr = (
        ["No", "Nama", "NIK", "No KK", "Tgl Lahir", "Jenis Disabilitas"]
        + (["Dusun", "RT", "RW"] if split else ["Alamat"])
        + ["HP Keluarga"]
    )
    rows = []
    for i in range(n):
        p = person(w, lo=1945, hi=2019)
        row = [
            i + 1,
            p["name"],
            lab.p("nik", p["nik"]),
            lab.p("kk", p["kk"]),
            p["birth"],
            r.choice(["Fisik", "Netra", "Rungu", "Intelektual", "Mental"]),
        ]
        if split:
            it = lab.item()
            h, rt, rw, _ = w.split_address()
            row += [
                lab.p(
                    "address",
                    f"{w.unit_word() if w.unit_word() not in ('RT', 'Jalan') else 'Dusun'} {h}",
                    it,
                ),
                rt,
                rw,
            ]
        else:
            row.append(lab.p("address", p["addr"]))
        row.append(lab.p("phone", fmt_phone(r, p["phone"], r.choice(["plain", "dash"]))))
        rows.append(row)
    return hdr, rows


def rows_honorer(w: World, lab: Labels, n: int):
    r = w.r
    hdr = [
        "No",
        "Nama",
        "NIK",
        "Tempat Lahir",
        "Tanggal Lahir",
        "Jabatan",
        "TMT",
        "NPWP",
        "Bank",
        "No. Rekening",
        "No. HP",
        "Email",
    ]
    rows = []
    for i in range(n):
        p = person(w, lo=1978, hi=2001)
        b, a = w.account(r.choice(["BRI", "BPD", "BNI", "Mandiri"]))
        rows.append(
            [
                i + 1,
                p["name"],
                lab.p("nik", p["nik"]),
                p["pob"],
                p["birth"],
                r.choice(["Operator", "Perawat", "Guru", "Staf TU", "Pengemudi"]),
                lab.n_("tmt_date", fmt_date(r, w.birth(2009, 2022), "dmy-")),
                lab.p("npwp", fmt_npwp(r, w.npwp15())),
                b,
                lab.p("bank_account", a),
                lab.p("phone", fmt_phone(r, p["phone"], "plain")),
                lab.p("email", p["email"]),
            ]
        )
    return hdr, rows


def rows_nelayan(w: World, lab: Labels, n: int):
    r = w.r
    hdr = ["No", "Nama", "NIK", "Alamat", "Kapal", "Tanda Selar", "No Rekening", "HP"]
    rows = []
    for i in range(n):
        p = person(w, False, 1960, 2000)
        rows.append(
            [
                i + 1,
                p["name"],
                lab.p("nik", p["nik"]),
                lab.p("address", p["addr"]),
                f"KM Rezeki {r.randint(1, 20)}",
                lab.n_(
                    "vessel_mark",
                    f"GT.{r.randint(1, 9)} No.{r.randint(100, 9999)}/{r.choice(['Ga', 'Pb', 'Tc'])}",
                ),
                lab.p("bank_account", w.account("BRI")[1]),
                lab.p("phone", fmt_phone(r, p["phone"], r.choice(["plain", "space"]))),
            ]
        )
    return hdr, rows


def rows_pilkades(w: World, lab: Labels, n: int):
    r = w.r
    hdr = [
        "No",
        "NKK",
        "NIK",
        "Nama",
        "Tempat Lahir",
        "Tgl Lahir",
        "Status Kawin",
        "L/P",
        "Alamat",
        "RT",
        "RW",
        "Ket",
    ]
    rows = []
    for i in range(n):
        p = person(w, lo=1940, hi=2008)
        h = w.hamlet()
        unit = w.unit_word().upper() if w.unit_word() not in ("RT", "Jalan") else "DUSUN"
        rows.append(
            [
                i + 1,
                lab.p("kk", p["kk"]),
                lab.p("nik", p["nik"]),
                p["name"].upper(),
                p["pob"].upper(),
                lab.p("birth_date", fmt_date(r, p["birth"], "dmy/")),
                r.choice(["B", "S", "P"]),
                "P" if p["female"] else "L",
                lab.p("address", f"{unit} {h.upper()}"),
                f"{int(w.rt()):03d}",
                f"{int(w.rw()):03d}",
                "",
            ]
        )
    return hdr, rows


def rows_blk(w: World, lab: Labels, n: int):
    r = w.r
    hdr = ["No", "Nama", "NIK", "Tempat, Tgl Lahir", "Alamat", "HP/WA", "Email", "No Sertifikat"]
    rows = []
    for i in range(n):
        p = person(w, lo=1990, hi=2006)
        rows.append(
            [
                i + 1,
                p["name"],
                lab.p("nik", p["nik"]),
                f"{p['pob']}, {lab.p('birth_date', fmt_date(r, p['birth'], r.choice(['long', 'dmy-'])))}",
                lab.p("address", p["addr"]),
                lab.p("phone", fmt_phone(r, p["phone"], r.choice(["plain", "dash", "intl"]))),
                lab.p("email", p["email"]),
                lab.n_(
                    "registration_number",
                    f"{r.randint(1000, 9999)}/BLK-{w.rcode}/{r.randint(2024, 2025)}",
                ),
            ]
        )
    return hdr, rows


def rows_posbindu(w: World, lab: Labels, n: int):
    r = w.r
    hdr = [
        "No",
        "Nama",
        "NIK",
        "Tgl Lahir",
        "No KIS",
        "Alamat",
        "TD (mmHg)",
        "GDS",
        "Tgl Periksa",
        "HP",
    ]
    rows = []
    for i in range(n):
        p = person(w, lo=1940, hi=1985)
        rows.append(
            [
                i + 1,
                p["name"],
                lab.p("nik", p["nik"]),
                lab.p("birth_date", fmt_date(r, p["birth"], r.choice(["dmy-", "dmy/", "long"]))),
                lab.p("bpjs", fmt_kis(r, w.kis())),
                lab.p("address", p["addr"]),
                f"{r.randint(110, 190)}/{r.randint(70, 110)}",
                str(r.randint(80, 300)),
                lab.n_("event_date", fmt_date(r, w.recent(), "dmy-")),
                lab.p("phone", fmt_phone(r, p["phone"], "plain")),
            ]
        )
    return hdr, rows


# ------------------------------------------------------------------------------------------------
# Writers
# ------------------------------------------------------------------------------------------------
def write_xlsx(path: Path, w: World, lab: Labels, theme, trick: str) -> None:
    import openpyxl
    from openpyxl.comments import Comment  # noqa: F401

    r = w.r
    wb = openpyxl.Workbook()
    sheets = 3 if trick == "sheet_per_dusun" else 1
    first = True
    for s in range(sheets):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = f"Dusun {w.hamlet()}"[:30] if trick == "sheet_per_dusun" else "Data"
        kop = kop_lines(w, lab)
        for i, line in enumerate(kop):
            ws.cell(row=i + 1, column=1, value=line)
            ws.merge_cells(start_row=i + 1, start_column=1, end_row=i + 1, end_column=8)
        hdr, rows = theme(w, lab, r.randint(10, 16))
        base = len(kop) + 2
        for j, h in enumerate(hdr):
            ws.cell(row=base, column=j + 1, value=h)
        ws.freeze_panes = ws.cell(row=base + 1, column=1)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = ws.cell(row=base + 1 + i, column=j + 1)
                if isinstance(v, dt.date):
                    c.value = v
                    c.number_format = "dd/mm/yyyy" if trick != "date_long" else "d mmmm yyyy"
                    lab.p(
                        "birth_date", v.isoformat()
                    )  # extracted text of a date cell is located by its ISO digits
                elif (
                    trick == "phone_number"
                    and hdr[j].startswith("HP")
                    and isinstance(v, str)
                    and v.isdigit()
                ):
                    c.value = int(v)  # Excel drops the leading 0
                    lab.labels[:] = [x for x in lab.labels if x["value"] != v]
                    lab.p("phone", str(int(v)))
                elif trick == "newline_address" and hdr[j] == "Alamat" and " RT" in str(v):
                    k = str(v).index(" RT")
                    c.value = str(v)[:k] + "\n" + str(v)[k + 1 :]
                    it = [x for x in lab.labels if x["value"] == v][0]["item"]
                    lab.labels[:] = [x for x in lab.labels if x["value"] != v]
                    lab.p("address", str(v)[:k], it)
                    lab.p("address", str(v)[k + 1 :], it)
                else:
                    c.value = v
        end = base + len(rows) + 2
        ws.cell(
            row=end,
            column=6,
            value=f"{w.village}, {lab.n_('letter_date', fmt_date(r, w.recent(), 'long'))}",
        )
        ws.cell(row=end + 1, column=6, value=f"{w.head} {w.village}")
    wb.properties.creator = "Operator Desa"
    wb.properties.created = dt.datetime(2026, 12, 7, 8, 0, 0)
    wb.save(path)


def write_csv(path: Path, w: World, lab: Labels, theme, trick: str) -> None:
    r = w.r
    hdr, rows = theme(w, lab, r.randint(14, 22))
    buf = io.StringIO()
    delim = {
        "utf16_tab": "\t",
        "semicolon_title": ";",
        "quoted_newline": ",",
        "apostrophe": ",",
        "pipe": "|",
    }.get(trick, ",")
    wr = csv.writer(
        buf,
        delimiter=delim,
        quoting=csv.QUOTE_ALL if trick == "quoted_newline" else csv.QUOTE_MINIMAL,
        lineterminator="\r\n",
    )
    if trick == "semicolon_title":
        buf.write(
            f"REKAP DATA {w.village_word().upper()} {w.village.upper()};;;;\r\nSumber: operator;;;;\r\n\r\n"
        )
    wr.writerow(hdr)
    for row in rows:
        out = []
        for h, v in zip(hdr, row, strict=True):
            if isinstance(v, dt.date):
                v = lab.p("birth_date", fmt_date(r, v, r.choice(["dmy/", "dmy-", "iso"])))
            v = str(v)
            if (
                trick == "apostrophe"
                and (h in ("NIK", "No KK", "NKK") or h.startswith("HP"))
                and v[:1].isdigit()
            ):
                v = "'" + v
            if trick == "quoted_newline" and h == "Alamat" and ", " in v:
                k = v.index(", ")
                item = [x for x in lab.labels if x["value"] == v][0]["item"]
                lab.labels[:] = [x for x in lab.labels if x["value"] != v]
                lab.p("address", v[:k], item)
                lab.p("address", v[k + 2 :], item)
                v = v[:k] + ",\n" + v[k + 2 :]
            out.append(v)
        wr.writerow(out)
    data = buf.getvalue()
    if trick == "utf16_tab":
        path.write_bytes(data.encode("utf-16"))  # Excel "Unicode Text": UTF-16 LE with BOM
    elif trick == "cp1252":
        path.write_bytes(data.encode("cp1252", errors="replace"))
    else:
        path.write_bytes(("\ufeff" + data).encode("utf-8"))


# ---- DOCX (raw OOXML) ----
def _run(t: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def _para(t: str) -> str:
    return f"<w:p>{_run(t)}</w:p>"


def _cell(content: str, extra: str = "") -> str:
    return f"<w:tc><w:tcPr>{extra}</w:tcPr>{content or '<w:p/>'}</w:tc>"


def _split_runs(v: str) -> str:
    """A value typed in several runs (autocorrect, spell-check marks)."""
    if len(v) < 8:
        return _run(v)
    k = len(v) // 2
    return (
        _run(v[:k])
        + '<w:proofErr w:type="spellStart"/>'
        + _run(v[k:])
        + '<w:proofErr w:type="spellEnd"/>'
    )


def write_docx(path: Path, w: World, lab: Labels, theme, trick: str) -> None:
    r = w.r
    body = [_para(x) for x in kop_lines(w, lab)]
    body.append(_para(f"LAMPIRAN BERITA ACARA VERIFIKASI DATA TAHUN {r.randint(2024, 2025)}"))
    hdr, rows = theme(w, lab, r.randint(10, 16))
    footnotes = []
    if trick == "tab_paragraphs":
        body.append(_para("\t".join(hdr)))
        for row in rows:
            cells = [fmt_date(r, v, "long") if isinstance(v, dt.date) else str(v) for v in row]
            for v, orig in zip(cells, row, strict=True):
                if isinstance(orig, dt.date):
                    lab.p("birth_date", v)
            body.append("<w:p>" + "<w:r><w:tab/></w:r>".join(_run(c) for c in cells) + "</w:p>")
    else:
        trs = ["<w:tr>" + "".join(_cell(_para(h)) for h in hdr) + "</w:tr>"]
        for i, row in enumerate(rows):
            tds = []
            for v in row:
                if isinstance(v, dt.date):
                    v = lab.p("birth_date", fmt_date(r, v, r.choice(["dmy-", "long"])))
                v = str(v)
                content = f"<w:p>{_split_runs(v)}</w:p>" if trick == "split_runs" else _para(v)
                tds.append(_cell(content))
            if trick == "textbox_footnote" and i == 2:
                p = person(w)
                ph = lab.p("phone", fmt_phone(r, p["phone"], "dash"))
                footnotes.append(
                    f"Koreksi data dari keluarga {p['name']}, hubungi {ph}; alamat baru {lab.p('address', w.address())}."
                )
                tds[1] = tds[1].replace(
                    "</w:p></w:tc>", '<w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:tc>', 1
                )
            trs.append("<w:tr>" + "".join(tds) + "</w:tr>")
        body.append(
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>' + "".join(trs) + "</w:tbl>"
        )
    if trick == "textbox_footnote":
        q = person(w)
        box = (
            f"Catatan petugas: {q['name']}, NIK {lab.p('nik', q['nik'])}, lahir {lab.p('birth_date', fmt_date(r, q['birth'], 'long'))}, "
            f"pindah ke {lab.p('address', w.address())}"
        )
        body.append(
            '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
            f"<w:txbxContent>{_para(box)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            "</mc:Choice></mc:AlternateContent></w:r></w:p>"
        )
    body.append(_para(f"{w.village}, {lab.n_('letter_date', fmt_date(r, w.recent(), 'long'))}"))
    body.append(_para(f"{w.head} {w.village}"))
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    )
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{"".join(body)}</w:body></w:document>'
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        + (
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
            if footnotes
            else ""
        )
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    drels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + (
            '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            if footnotes
            else ""
        )
        + "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("word/_rels/document.xml.rels", drels),
            ("word/document.xml", doc),
        ]:
            z.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), data)
        if footnotes:
            fn = (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {ns}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>'
                f'<w:footnote w:id="1">{_para(footnotes[0])}</w:footnote></w:footnotes>'
            )
            z.writestr(zipfile.ZipInfo("word/footnotes.xml", FIXED_ZIP_TIME), fn)


# ---- PDF (reportlab canvas) ----
def write_pdf(path: Path, w: World, lab: Labels, theme, trick: str) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    r = w.r
    size = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle(f"Data {w.village}")
    hdr, rows = theme(w, lab, r.randint(18, 28))
    font = {
        "wrap_cells": "Helvetica",
        "kv_blocks": "Times-Roman",
        "tiny_font": "Courier",
        "charspaced": "Helvetica",
    }[trick]
    fs = 5.5 if trick == "tiny_font" else 7
    y = size[1] - 40
    for line in kop_lines(w, lab, dinas="Dinas Sosial" if r.random() < 0.5 else None):
        c.setFont(font, 9)
        c.drawString(40, y, line)
        y -= 12
    y -= 10
    cells = [
        [fmt_date(r, v, "dmy-") if isinstance(v, dt.date) else str(v) for v in row] for row in rows
    ]
    for row, orig in zip(cells, rows, strict=True):
        for v, o in zip(row, orig, strict=True):
            if isinstance(o, dt.date):
                lab.p("birth_date", v)
    if trick == "kv_blocks":
        for row in cells:
            for h, v in zip(hdr, row, strict=True):
                if y < 40:
                    c.showPage()
                    y = size[1] - 40
                c.setFont(font, fs)
                c.drawString(60, y, f"{h}")
                c.drawString(160, y, f": {v}")
                y -= fs + 3
            y -= 6
    else:
        widths = [max(len(h), *(len(row[i]) for row in cells)) for i, h in enumerate(hdr)]
        cw = fs * 0.55
        limit = 34 if trick == "wrap_cells" else 999
        xs = [40]
        for wd in widths[:-1]:
            xs.append(xs[-1] + min(wd, limit) * cw + 8)

        def draw_row(vals):
            nonlocal y
            lines = 1
            for x, v in zip(xs, vals, strict=True):
                if trick == "charspaced" and v[:1].isdigit() and len(v) >= 10:
                    t = c.beginText(x, y)
                    t.setFont(font, fs)
                    t.setCharSpace(1.2)
                    t.textOut(v)
                    c.drawText(t)
                    continue
                c.setFont(font, fs)
                if len(v) > limit:
                    k = v.rfind(" ", 0, limit)
                    k = k if k > 0 else limit
                    c.drawString(x, y, v[:k])
                    c.drawString(x, y - fs - 2, v[k:].strip())
                    lines = 2
                    for lb in lab.labels:
                        if lb["value"] == v and lb["kind"] == "address":
                            lb["value"] = v[:k]
                            lab.labels.append(
                                {"kind": "address", "value": v[k:].strip(), "item": lb["item"]}
                            )
                            break
                else:
                    c.drawString(x, y, v)
            y -= (fs + 3) * lines

        draw_row(hdr)
        for row in cells:
            if y < 50:
                c.drawString(40, 25, f"Dicetak {lab.n_('timestamp', '07/12/2026 08:00:00')}")
                c.showPage()
                y = size[1] - 40
                draw_row(hdr)
            draw_row(row)
    c.setFont(font, 8)
    c.drawString(
        500,
        max(y - 20, 30),
        f"{w.village}, {lab.n_('letter_date', fmt_date(r, w.recent(), 'long'))}",
    )
    c.save()


PLAN = [
    ("xlsx", "disabilitas", rows_disabilitas, "sheet_per_dusun"),
    ("xlsx", "honorer", rows_honorer, "date_long"),
    ("xlsx", "posbindu", rows_posbindu, "phone_number"),
    ("xlsx", "nelayan", rows_nelayan, "newline_address"),
    ("xlsx", "pilkades", rows_pilkades, "plain"),
    ("xlsx", "blk", rows_blk, "phone_number"),
    ("csv", "posbindu", rows_posbindu, "utf16_tab"),
    ("csv", "pilkades", rows_pilkades, "semicolon_title"),
    ("csv", "blk", rows_blk, "quoted_newline"),
    (
        "csv",
        "disabilitas",
        lambda w, lab, n: rows_disabilitas(w, lab, n, split=False),
        "apostrophe",
    ),
    ("csv", "honorer", rows_honorer, "pipe"),
    ("csv", "nelayan", rows_nelayan, "cp1252"),
    ("docx", "posbindu", rows_posbindu, "split_runs"),
    (
        "docx",
        "disabilitas",
        lambda w, lab, n: rows_disabilitas(w, lab, n, split=False),
        "textbox_footnote",
    ),
    ("docx", "honorer", rows_honorer, "tab_paragraphs"),
    ("docx", "pilkades", rows_pilkades, "split_runs"),
    ("docx", "nelayan", rows_nelayan, "textbox_footnote"),
    ("docx", "blk", rows_blk, "plain"),
    (
        "pdf",
        "disabilitas",
        lambda w, lab, n: rows_disabilitas(w, lab, n, split=False),
        "wrap_cells",
    ),
    ("pdf", "pilkades", rows_pilkades, "tiny_font"),
    ("pdf", "honorer", rows_honorer, "kv_blocks"),
    ("pdf", "posbindu", rows_posbindu, "charspaced"),
    ("pdf", "blk", rows_blk, "wrap_cells"),
    ("pdf", "nelayan", rows_nelayan, "kv_blocks"),
]


def main() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(exist_ok=True)
    index = []
    for i, (ext, theme_name, theme, trick) in enumerate(PLAN):
        region = REGIONS[(11 * i + 5) % len(REGIONS)]
        w = World(rng, region)
        name = f"{ext}{i:02d}_{theme_name}_{w.slug}.{ext}"
        lab = Labels(f"f5-{i:02d}")
        {"xlsx": write_xlsx, "csv": write_csv, "docx": write_docx, "pdf": write_pdf}[ext](
            OUT / name, w, lab, theme, trick
        )
        index.append(
            {
                "file": name,
                "trick": trick,
                "region": f"{w.pname} / {w.kab} / {w.kec}",
                "labels": lab.labels,
                "negatives": lab.negs,
            }
        )
    with (HERE / "files.jsonl").open("w", encoding="utf-8") as f:
        for rec in index:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(
        f"{len(index)} files, {sum(len({x['item'] for x in r['labels']}) for r in index)} items, {sum(len(r['negatives']) for r in index)} negatives"
    )


if __name__ == "__main__":
    main()
