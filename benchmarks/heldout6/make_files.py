# ruff: noqa: E501, S311  (data tables and templates; seeded random for a reproducible benchmark, not for security)
"""Make benchmarks/heldout6/files/* and files.jsonl (seeded; files.jsonl is reproduced byte for
byte, the XLSX/PDF binaries carry timestamps, so the committed files are the frozen copy).

    .venv/bin/python benchmarks/heldout6/make_files.py
"""

import datetime as dt
import io
import json
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from common import ROMAN, Ctx, write_date, write_hp, write_npwp
from generate import office_phone, other_date, persons, slug

SEED = 2026120767
HERE = Path(__file__).resolve().parent
OUT = HERE / "files"


# ----------------------------------------------------------------- themes -> (title, header, rows, notes)
# a cell is (kind, text): kind None = plain, "-x" = hard negative of kind x, else personal kind;
# a cell may also be a list of such pieces that are joined with " ".


def kopdata(c, body, unit):
    r = c.r
    lvl = "KOTA" if c.is_city else "KABUPATEN"
    email = f"{unit}@{slug(c.kname)}{'kota' if c.is_city else 'kab'}.go.id"
    addr = f"{r.choice(['Jl. Jend. Sudirman', 'Jl. Pahlawan', 'Jl. Veteran'])} No. {r.randint(1, 99)}, {c.district}"
    return [f"PEMERINTAH {lvl} {c.kname.upper()}", body.upper()], [
        ("office_address", addr),
        ("office_phone", office_phone(c)),
        ("office_email", email),
    ]


def th_dps(c):
    r = c.r
    hdr = [
        "No",
        "NKK",
        "NIK",
        "Nama",
        "Tempat Lahir",
        "Tanggal Lahir",
        "JK",
        "Alamat",
        "RT",
        "RW",
        "TPS",
        "Ket",
    ]
    rows = []
    for j, p in enumerate(persons(c, r.randint(14, 24), 1940, 2008), 1):
        rows.append(
            [
                (None, str(j)),
                ("kk", p["kk"]),
                ("nik", p["nik"]),
                (None, p["name"]),
                (None, p["pob"]),
                bdcell(r, p["d"], r.choice(["dmy/", "dmy-", "long"])),
                (None, "P" if p["fem"] else "L"),
                ("address", c.address(short=True).split(" RT")[0].split(",")[0]),
                (None, f"{r.randint(1, 20):03d}"),
                (None, f"{r.randint(1, 9):03d}"),
                ("-polling_station", f"TPS {r.randint(1, 30):03d}"),
                (None, r.choice(["", "Ubah", "TMS-4", "Baru"])),
            ]
        )
    return (
        f"DAFTAR PEMILIH HASIL PERBAIKAN (DPHP) {c.vword.upper()} {c.village.upper()}",
        hdr,
        rows,
    )


def th_mustahik(c):
    r = c.r
    hdr = [
        "No",
        "Nama Mustahik",
        "NIK",
        "Tgl Lahir",
        "Alamat",
        "Bank",
        "No Rekening",
        "No HP",
        "Nominal",
    ]
    rows = []
    for j, p in enumerate(persons(c, r.randint(12, 22), 1945, 2000), 1):
        bank, acc = c.account()
        rows.append(
            [
                (None, str(j)),
                (None, p["name"]),
                ("nik", p["nik"]),
                bdcell(r, p["d"], r.choice(["dmy-", "long", "dmy."])),
                ("address", p["addr"]),
                (None, bank),
                ("bank_account", acc),
                ("phone", write_hp(r, p["hp"], 0)),
                ("-amount", f"Rp {r.choice(['1.000.000', '2.500.000', '750.000'])}"),
            ]
        )
    return f"PENERIMA ZAKAT PRODUKTIF BAZNAS {c.kname.upper()} 2026", hdr, rows


def th_phk(c):
    r = c.r
    hdr = ["No", "Nama", "No KPJ", "NIK", "Tgl Lahir", "Tgl PHK", "NPWP", "No HP", "Email"]
    rows = []
    for j, p in enumerate(persons(c, r.randint(12, 20), 1970, 2003), 1):
        rows.append(
            [
                (None, str(j)),
                (None, p["name"]),
                ("bpjs", c.kpj()),
                ("nik", p["nik"]),
                bdcell(r, p["d"], r.choice(["dmy/", "dmy-"])),
                ("-event_date", other_date(c, 2026, 2026, "dmy-")),
                ("npwp", write_npwp(r, c.npwp())),
                ("phone", write_hp(r, p["hp"], 0)),
                ("email", p["email"]),
            ]
        )
    return "REKAP PEKERJA TER-PHK PENERIMA JKP", hdr, rows


def th_akta(c):
    r = c.r
    hdr = [
        "No",
        "No. Akta",
        "Nama Anak",
        "Tgl Lahir Anak",
        "NIK Ayah",
        "NIK Ibu",
        "No. KK",
        "Alamat",
        "HP Pelapor",
    ]
    rows = []
    for j in range(1, r.randint(12, 20)):
        kid = persons(c, 1, 2024, 2026)[0]
        dad = persons(c, 1, 1980, 2000, False)[0]
        mom = persons(c, 1, 1985, 2003, True)[0]
        y, m, d = kid["d"]
        rows.append(
            [
                (None, str(j)),
                (
                    "-registration_number",
                    f"{c.pcode}{c.kcode}-LU-{d:02d}{m:02d}{y}-{r.randint(1, 9999):04d}",
                ),
                (None, kid["name"].upper()),
                bdcell(r, (y, m, d), r.choice(["long", "dmy-"])),
                ("nik", dad["nik"]),
                ("nik", mom["nik"]),
                ("kk", dad["kk"]),
                ("address", dad["addr"]),
                ("phone", write_hp(r, dad["hp"], 0)),
            ]
        )
    return "REGISTER AKTA KELAHIRAN TERBIT", hdr, rows


def th_pppk(c):
    r = c.r
    hdr = [
        "No",
        "Nomor Peserta",
        "Nama",
        "Tempat Lahir",
        "Tgl Lahir",
        "Jabatan",
        "Unit Kerja",
        "Ket",
    ]
    rows = []
    for j, p in enumerate(persons(c, r.randint(14, 24), 1975, 2001), 1):
        rows.append(
            [
                (None, str(j)),
                (
                    "-registration_number",
                    f"{r.choice([24, 25])}{r.randint(100000, 999999)}{r.randint(100000000, 999999999)}",
                ),
                (None, p["name"]),
                (None, p["pob"]),
                bdcell(r, p["d"], r.choice(["dmy-", "iso", "long"])),
                (None, r.choice(["Guru Ahli Pertama", "Perawat Terampil", "Penata Kelola"])),
                (None, r.choice(["SDN 1 " + c.district, "Puskesmas " + c.district, "Dinas PUPR"])),
                (None, "LULUS"),
            ]
        )
    return "PENGUMUMAN KELULUSAN AKHIR PPPK 2026", hdr, rows


def th_jobfair(c):
    r = c.r
    hdr = ["No", "Nama", "No AK/1", "Tgl Lahir", "Pendidikan", "Alamat", "HP", "Email"]
    rows = []
    for j, p in enumerate(persons(c, r.randint(12, 20), 1990, 2006), 1):
        rows.append(
            [
                (None, str(j)),
                (None, p["name"]),
                (
                    "-registration_number",
                    f"{c.pcode}{c.kcode}/AK1/{ROMAN[r.randint(0, 11)]}/2026/{r.randint(1, 99999):05d}",
                ),
                bdcell(r, p["d"], r.choice(["dmy-", "long"])),
                (None, r.choice(["SMA", "SMK", "D3", "S1"])),
                ("address", p["addr"]),
                ("phone", write_hp(r, p["hp"], 0)),
                ("email", p["email"]),
            ]
        )
    return "DAFTAR PESERTA JOB FAIR TERVERIFIKASI", hdr, rows


def th_santunan(c):
    r = c.r
    hdr = [
        "No",
        "Almarhum/ah",
        "NIK Almarhum",
        "Tgl Meninggal",
        "Ahli Waris",
        "NIK Ahli Waris",
        "Tgl Lahir Ahli Waris",
        "Alamat",
        "No Rekening",
    ]
    rows = []
    for j in range(1, r.randint(12, 20)):
        dead, heir = persons(c, 2, 1935, 1990)
        bank, acc = c.account()
        rows.append(
            [
                (None, str(j)),
                (None, dead["name"]),
                ("nik", dead["nik"]),
                ("-death_date", other_date(c, 2025, 2026, "dmy-")),
                (None, heir["name"]),
                ("nik", heir["nik"]),
                bdcell(r, heir["d"], r.choice(["dmy-", "long"])),
                ("address", heir["addr"]),
                ("bank_account", acc),
            ]
        )
    return "PENERIMA SANTUNAN KEMATIAN", hdr, rows


def th_paspor(c):
    r = c.r
    hdr = [
        "No",
        "Nama",
        "NIK",
        "Tgl Lahir",
        "No Paspor",
        "Negara Tujuan",
        "ID CPMI",
        "Alamat",
        "HP",
    ]
    rows = []
    for j, p in enumerate(persons(c, r.randint(12, 18), 1978, 2004), 1):
        rows.append(
            [
                (None, str(j)),
                (None, p["name"]),
                ("nik", p["nik"]),
                bdcell(r, p["d"], r.choice(["dmy-", "long"])),
                ("passport", c.passport()),
                (None, r.choice(["Malaysia", "Taiwan", "Korea Selatan"])),
                (
                    "-registration_number",
                    f"CPMI-{c.pcode}{c.kcode}-2026-{r.randint(1, 99999):05d}",
                ),
                ("address", p["addr"]),
                ("phone", write_hp(r, p["hp"], 0)),
            ]
        )
    return "REKOMENDASI PASPOR CPMI", hdr, rows


THEMES = [
    ("dps", th_dps, "KPU", "kpu"),
    ("mustahik", th_mustahik, "BAZNAS", "baznas"),
    ("phk_jkp", th_phk, "Dinas Tenaga Kerja", "disnaker"),
    ("akta", th_akta, "Dinas Kependudukan dan Pencatatan Sipil", "disdukcapil"),
    ("pppk", th_pppk, "BKPSDM", "bkpsdm"),
    ("jobfair", th_jobfair, "Dinas Tenaga Kerja dan Transmigrasi", "disnakertrans"),
    ("santunan", th_santunan, "Dinas Sosial", "dinsos"),
    ("paspor", th_paspor, "Dinas Tenaga Kerja", "disnaker"),
]


class Labels:
    def __init__(self, fid):
        self.fid = fid
        self.k = 0
        self.labels = []
        self.negs = []

    def cell(self, kind, text):
        if not kind or not text:
            return
        core = sum(ch.isalnum() for ch in text)
        if kind.startswith("-"):
            if core >= 6 and {"kind": kind[1:], "value": text} not in self.negs:
                self.negs.append({"kind": kind[1:], "value": text})
            return
        if core < (4 if kind == "birth_date" else 6):
            return
        self.k += 1
        self.labels.append({"kind": kind, "value": text, "item": f"{self.fid}-{self.k:03d}"})


# ----------------------------------------------------------------- writers


def w_csv(path, c, lab, title, hdr, rows, kop, sep, enc, bom):
    r = c.r
    lines = [title, ""] if r.random() < 0.6 else []
    lines.append(sep.join(hdr))
    for row in rows:
        cells = []
        for kind, t in row:
            if kind == "phone" and r.random() < 0.3:
                t = t.lstrip("0")  # spreadsheet ate the 0
            if kind in ("nik", "kk") and r.random() < 0.2:
                t = "'" + t
            lab.cell(kind, t.lstrip("'"))
            if sep in t or '"' in t or (sep == "," and "," in t):
                t = '"' + t.replace('"', '""') + '"'
            cells.append(t)
        lines.append(sep.join(cells))
    data = "\r\n".join(lines) + "\r\n"
    raw = data.encode(enc)
    if bom:
        raw = "\ufeff".encode(enc) + raw if enc != "utf-16" else raw
    path.write_bytes(raw)


def w_xlsx(
    path, c, lab, title, hdr, rows, kop, split_sheets=True, excel_dates=False, footer_person=None
):
    import openpyxl

    r = c.r
    wb = openpyxl.Workbook()
    ws = wb.active
    chunks = [rows]
    if split_sheets and len(rows) > 8:
        k = len(rows) // 2
        chunks = [rows[:k], rows[k:]]
    names = (
        [f"RT {r.randint(1, 9):02d}", f"RT {r.randint(10, 19):02d}"]
        if len(chunks) > 1
        else ["Data"]
    )
    for ci, chunk in enumerate(chunks):
        if ci:
            ws = wb.create_sheet()
        ws.title = names[ci]
        kl, kn = kop
        ws.append([kl[0]])
        ws.append([kl[1]])
        ws.append([title])
        ws.append([])
        ws.append(hdr)
        for row in chunk:
            vals = []
            for kind, t in row:
                v = t
                if kind == "phone" and t.isdigit() and r.random() < 0.5:
                    v = int(t)
                    lab.cell(kind, str(v))
                elif kind == "birth_date" and excel_dates:
                    pass
                else:
                    lab.cell(kind, t)
                vals.append(v)
            ws.append(vals)
        ws.oddHeader.center.text = f"{kl[1]} - {kn[0][1]} - Telp {kn[1][1]}"
        for k, v in kn:
            lab.cell("-" + k, v)
        if footer_person:
            name, hp = footer_person
            ws.oddFooter.left.text = f"Petugas pendata: {name} HP {hp}"
            lab.cell("phone", hp)
        ws.oddFooter.right.text = "Hal &P dari &N"
    rk = wb.create_sheet("Rekap")
    rk.append(["Jumlah data", "=COUNTA('" + names[0] + "'!B6:B200)"])
    rk.append(["Total nominal", 0])
    rk.append(["Kode kegiatan", "5.1.02.02.01.0052"])
    lab.cell("-account_code", "5.1.02.02.01.0052")
    wb.save(path)


def w_xlsx_dates(path, c, lab, title, hdr, rows, kop):
    """Birth dates as real Excel dates: the label is the date as ISO (yyyy-mm-dd)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DATA"
    ws.append([kop[0][1]])
    ws.append([title])
    ws.append(hdr)
    for row in rows:
        vals = []
        for kind, t in row:
            if kind == "birth_date":
                d = BD_TEXT[t]
                vals.append(dt.datetime(*d))
                lab.cell("birth_date", f"{d[0]}-{d[1]:02d}-{d[2]:02d}")
            else:
                vals.append(t)
                lab.cell(kind, t)
        ws.append(vals)
    for k, v in kop[1]:
        ws.append([k.replace("office_", "").upper(), v])
        lab.cell("-" + k, v)
    wb.save(path)


row_date: list = []
BD_TEXT: dict = {}


def bdcell(r, d, style):
    t = write_date(r, *d, style)
    BD_TEXT[t] = d
    return ("birth_date", t)


def docx_para(t):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'


def docx_cell(t, split):
    if split and len(t) > 6:
        k = len(t) // 2
        runs = f'<w:r><w:t xml:space="preserve">{escape(t[:k])}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(t[k:])}</w:t></w:r>'
    else:
        runs = f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
    return f'<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr><w:p>{runs}</w:p></w:tc>'


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def w_docx(path, c, lab, title, hdr, rows, kop, comment_person=None, header_person=None):
    r = c.r
    kl, kn = kop
    body = [
        docx_para(title),
        docx_para(
            f"Nomor: {r.randint(100, 999)}/{r.randint(10, 99)}/{ROMAN[r.randint(0, 11)]}/2026"
        ),
    ]
    tbl = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    ]
    tbl.append("<w:tr>" + "".join(docx_cell(h, False) for h in hdr) + "</w:tr>")
    for row in rows:
        cells = []
        for kind, t in row:
            lab.cell(kind, t)
            cells.append(docx_cell(t, bool(kind) and r.random() < 0.3))
        tbl.append("<w:tr>" + "".join(cells) + "</w:tr>")
    tbl.append("</w:tbl>")
    body += tbl
    comments = None
    if comment_person:
        name, hp, nik = comment_person
        body.append(
            '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Catatan verifikasi terlampir.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
        )
        comments = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}><w:comment w:id="0" w:author="operator" w:date="2026-03-02T10:00:00Z"><w:p><w:r><w:t xml:space="preserve">Data {escape(name)} belum padan, NIK {nik} - konfirmasi ke HP {hp}</w:t></w:r></w:p></w:comment></w:comments>'
        lab.cell("nik", nik)
        lab.cell("phone", hp)
    body.append(docx_para(f"{c.kname}, {other_date(c, 2026, 2026, 'long')}"))
    nip = c.nip()
    body.append(docx_para(f"{c.official()}   NIP. {nip}"))
    lab.cell("-nip_official", nip)
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{"".join(body)}<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>'
    hdr_paras = "".join(docx_para(x) for x in kl) + docx_para(
        f"{kn[0][1]} Telp. {kn[1][1]} Surel {kn[2][1]}"
    )
    for k, v in kn:
        lab.cell("-" + k, v)
    if header_person:
        name, nik = header_person
        hdr_paras += docx_para(f"Lampiran berkas a.n. {name}, NIK {nik}")
        lab.cell("nik", nik)
    header = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>{hdr_paras}</w:hdr>'
    )
    footer = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>{docx_para("Dokumen ini diterbitkan melalui Sistem Informasi PPID - Halaman 1")}</w:ftr>'
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        + (
            '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
            if comments
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
        '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
        + (
            '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
            if comments
            else ""
        )
        + "</Relationships>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("word/_rels/document.xml.rels", drels),
            ("word/document.xml", doc),
            ("word/header1.xml", header),
            ("word/footer1.xml", footer),
        ] + ([("word/comments.xml", comments)] if comments else []):
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def w_odt(path, c, lab, title, hdr, rows, kop):
    kl, kn = kop
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    )
    parts = [f"<text:p>{escape(x)}</text:p>" for x in kl]
    parts.append(f"<text:p>{escape(kn[0][1])} Telp. {escape(kn[1][1])}</text:p>")
    for k, v in kn[:2]:
        lab.cell("-" + k, v)
    parts.append(f'<text:h text:outline-level="1">{escape(title)}</text:h>')
    parts.append(
        f'<table:table table:name="Tabel1"><table:table-column table:number-columns-repeated="{len(hdr)}"/>'
    )
    parts.append(
        "<table:table-row>"
        + "".join(
            f"<table:table-cell><text:p>{escape(h)}</text:p></table:table-cell>" for h in hdr
        )
        + "</table:table-row>"
    )
    for row in rows:
        cells = []
        for kind, t in row:
            lab.cell(kind, t)
            cells.append(
                f'<table:table-cell office:value-type="string"><text:p>{escape(t)}</text:p></table:table-cell>'
            )
        parts.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    parts.append("</table:table>")
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2"><office:body><office:text>{"".join(parts)}</office:text></office:body></office:document-content>'
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("mimetype", (2026, 1, 1, 0, 0, 0))
        z.writestr(zi, "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in [("content.xml", content), ("META-INF/manifest.xml", manifest)]:
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            z.writestr(zi, data, compress_type=zipfile.ZIP_DEFLATED)
    path.write_bytes(buf.getvalue())


def w_pdf(path, c, lab, title, hdr, rows, kop, font="Helvetica", size=6.5, prose=None):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    r = c.r
    kl, kn = kop
    for k, v in kn:
        lab.cell("-" + k, v)
    printed = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 {r.randint(7, 17):02d}:{r.randint(0, 59):02d}"

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font + ("-Bold" if font == "Helvetica" else ""), 9)
        w, h = landscape(A4)
        canv.drawCentredString(w / 2, h - 28, kl[0])
        canv.drawCentredString(w / 2, h - 40, kl[1])
        canv.setFont(font, 7)
        canv.drawCentredString(w / 2, h - 51, f"{kn[0][1]}  Telp. {kn[1][1]}  Pos-el {kn[2][1]}")
        canv.line(30, h - 56, w - 30, h - 56)
        canv.drawString(30, 20, f"Dicetak {printed}")
        canv.drawRightString(w - 30, 20, f"Halaman {doc.page}")
        canv.restoreState()

    st = ParagraphStyle("c", fontName=font, fontSize=size, leading=size + 1.5)
    story = [
        Paragraph(escape(title), ParagraphStyle("t", fontName=font, fontSize=10, leading=12)),
        Spacer(1, 6),
    ]
    if prose:
        for kind_text in prose:
            para = []
            for kind, t in kind_text:
                lab.cell(kind, t)
                para.append(escape(t))
            story.append(
                Paragraph(
                    "".join(para), ParagraphStyle("p", fontName=font, fontSize=9, leading=12)
                )
            )
            story.append(Spacer(1, 4))
    if hdr:
        data = [[Paragraph(escape(h), st) for h in hdr]]
        for row in rows:
            cells = []
            for kind, t in row:
                lab.cell(kind, t)
                cells.append(Paragraph(escape(t), st))
            data.append(cells)
        tbl = Table(data, repeatRows=1)
        tbl.setStyle(
            TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            )
        )
        story.append(tbl)
    nip = c.nip()
    story.append(Spacer(1, 10))
    story.append(
        Paragraph(
            f"{c.kname}, {other_date(c, 2026, 2026, 'long')}<br/>Kepala,<br/><br/><br/>{escape(c.official())}<br/>NIP. {nip}",
            ParagraphStyle("s", fontName=font, fontSize=8, leading=10, leftIndent=520),
        )
    )
    lab.cell("-nip_official", nip)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        topMargin=64,
        bottomMargin=36,
        leftMargin=30,
        rightMargin=30,
        title=title,
        author="PPID",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def putusan_prose(c):
    """Paragraphs of a KI decision: a pemohon not anonymised, witnesses, an anonymised party."""
    r = c.r
    out = []
    p = persons(c, 1, 1960, 1998)[0]
    out.append(
        [
            (None, f"Pemohon: {p['name']}, NIK "),
            ("nik", p["nik"]),
            (None, ", lahir di " + p["pob"] + " pada tanggal "),
            ("birth_date", write_date(r, *p["d"], "long")),
            (None, ", beralamat di "),
            ("address", p["addr"]),
            (None, ", telepon "),
            ("phone", write_hp(r, p["hp"], 0)),
            (None, ", surel "),
            ("email", p["email"]),
            (None, "."),
        ]
    )
    for s in persons(c, r.randint(2, 4), 1955, 2000):
        out.append(
            [
                (None, f"Saksi {s['name']}, NIK "),
                ("nik", s["nik"]),
                (None, ", tanggal lahir "),
                bdcell(r, s["d"], r.choice(["dmy-", "long"])),
                (None, ", alamat "),
                ("address", s["addr"]),
                (None, ", menerangkan hadir pada sidang tanggal "),
                ("-event_date", other_date(c, 2026, 2026, "long")),
                (None, "."),
            ]
        )
    q = persons(c, 1)[0]
    out.append(
        [
            (None, "Pihak Terkait: Sdr. " + q["name"][0] + "***, NIK "),
            ("-masked_nik", q["nik"][:6] + "**********"),
            (None, ", alamat dirahasiakan. Register "),
            (
                "-registration_number",
                f"{r.randint(1, 150):03d}/REG-PSI/{ROMAN[r.randint(0, 11)]}/2026",
            ),
            (None, "."),
        ]
    )
    return out


def main():
    rnd = random.Random(SEED)
    OUT.mkdir(exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    recs = []
    plan = [
        # (format, theme index, extra)
        ("xlsx", 0, {}),
        ("xlsx", 1, {"footer": True}),
        ("xlsx", 3, {}),
        ("xlsx", 5, {"dates": True}),
        ("xlsx", 6, {}),
        ("xlsx", 7, {"dates": True}),
        ("csv", 2, {"sep": ";", "enc": "utf-8", "bom": True}),
        ("csv", 4, {"sep": "\t", "enc": "utf-16", "bom": True}),
        ("csv", 1, {"sep": "|", "enc": "utf-8", "bom": False}),
        ("csv", 7, {"sep": ",", "enc": "cp1252", "bom": False}),
        ("csv", 0, {"sep": ",", "enc": "utf-8", "bom": False}),
        ("docx", 3, {"comment": True}),
        ("docx", 6, {"header": True}),
        ("docx", 2, {}),
        ("docx", 5, {}),
        ("docx", 0, {}),
        ("pdf", 1, {}),
        ("pdf", 7, {"font": "Courier", "size": 6}),
        ("pdf", 4, {"font": "Times-Roman"}),
        ("pdf", -1, {"prose": True}),
        ("pdf", 3, {}),
        ("pdf", -1, {"prose": True, "font": "Times-Roman"}),
        ("odt", 5, {}),
        ("odt", 1, {}),
    ]
    for i, (fmt, ti, ex) in enumerate(plan):
        c = Ctx(random.Random(rnd.randint(0, 2**31)), (i * 11 + 5) % 38)
        fid = f"f6-{i:02d}"
        lab = Labels(fid)
        if ti >= 0:
            tname, th, body, unit = THEMES[ti]
            title, hdr, rows = th(c)
        else:
            tname, body, unit = "putusan_ki", f"Komisi Informasi Provinsi {c.pname}", "ki"
            title, hdr, rows = "SALINAN PUTUSAN SENGKETA INFORMASI", None, []
        kop = kopdata(c, body, unit)
        name = f"{fmt}{i:02d}_{tname}_{slug(c.kname)}.{fmt}"
        path = OUT / name
        trick = []
        if fmt == "csv":
            w_csv(path, c, lab, title, hdr, rows, kop, ex["sep"], ex["enc"], ex["bom"])
            trick.append(f"sep={ex['sep']!r} enc={ex['enc']} bom={ex['bom']}")
        elif fmt == "xlsx":
            if ex.get("dates"):
                w_xlsx_dates(path, c, lab, title, hdr, rows, kop)
                trick.append("excel dates")
            else:
                fp = None
                if ex.get("footer"):
                    nm, _ = c.person()
                    fp = (nm, c.hp())
                    trick.append("header/footer with enumerator HP")
                w_xlsx(path, c, lab, title, hdr, rows, kop, footer_person=fp)
                trick.append("sheet per RT, formulas sheet, kop in page header")
        elif fmt == "docx":
            cp = hp = None
            if ex.get("comment"):
                p = persons(c, 1)[0]
                cp = (p["name"], p["hp"], p["nik"])
                trick.append("comment with NIK and HP")
            if ex.get("header"):
                p = persons(c, 1)[0]
                hp = (p["name"], p["nik"])
                trick.append("NIK in page header")
            w_docx(path, c, lab, title, hdr, rows, kop, comment_person=cp, header_person=hp)
            trick.append("kop in header1.xml, runs split")
        elif fmt == "odt":
            w_odt(path, c, lab, title, hdr, rows, kop)
            trick.append("ODF text table")
        else:
            prose = putusan_prose(c) if ex.get("prose") else None
            w_pdf(
                path,
                c,
                lab,
                title,
                hdr,
                rows,
                kop,
                font=ex.get("font", "Helvetica"),
                size=ex.get("size", 6.5),
                prose=prose,
            )
            trick.append(
                "kop and footer drawn on canvas, wrapped cells" if hdr else "prose putusan"
            )
        recs.append(
            {
                "file": name,
                "trick": "; ".join(trick),
                "region": f"{c.pname} / {c.kname} / {c.district}",
                "labels": lab.labels,
                "negatives": lab.negs,
            }
        )
    with (HERE / "files.jsonl").open("w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    k = Counter(lab["kind"] for rec in recs for lab in rec["labels"])
    n = Counter(x["kind"] for rec in recs for x in rec["negatives"])
    print(
        len(recs),
        "files; labels",
        sum(k.values()),
        dict(sorted(k.items())),
        "; negatives",
        sum(n.values()),
        dict(sorted(n.items())),
    )


if __name__ == "__main__":
    main()
