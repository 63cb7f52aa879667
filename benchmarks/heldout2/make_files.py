# ruff: noqa: E501
"""Make the files of the second held-out corpus (benchmarks/heldout2/files/ + files.jsonl).

    .venv/bin/python benchmarks/heldout2/make_files.py

XLSX (openpyxl), CSV, DOCX (written as WordprocessingML by hand) and PDF (reportlab), built from
the same generator as corpus.jsonl with its own seed. Labels are values
(`{"file", "labels": [{"kind", "value", "item"}], "negatives": [{"kind", "value"}]}`): the scorer
finds each value in the extracted text. Values shorter than 6 letters/digits (4 for a birth date) are
not labelled (the scorer would find them everywhere), so files carry no split-address columns. openpyxl and
reportlab stamp the time, so the committed files are the frozen copy; this script does not
reproduce them byte for byte.
"""

import io
import json
import random
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate as G  # noqa: E402

G.rng = random.Random(8_2026_12_07)  # noqa: S311 (a seeded corpus, not secrets)
rng = G.rng
OUT = HERE / "files"


def plain_values() -> None:
    """Files carry no Unicode tricks (fonts and cell types would change them): plain values."""
    G.obf_number = lambda n, html=False: n
    G.obf_email = lambda e: e
    G.split_address_cols = lambda p: ["alamat"]  # no short cells: one address column


def long_enough(kind: str, v: str) -> bool:
    return sum(ch.isalnum() for ch in v) >= (4 if kind == "birth_date" else 6)


def labels_from(doc: G.Doc, text: str) -> tuple[list, list]:
    labels, negs = [], []
    for s in doc.spans:
        v = text[s["start"] : s["end"]]
        if long_enough(s["kind"], v):
            labels.append({"kind": s["kind"], "value": v, "item": s["item"]})
    for n in doc.negs:
        v = text[n["start"] : n["end"]]
        if long_enough(n["kind"], v):
            negs.append({"kind": n["kind"], "value": v})
    return labels, negs


def table_doc(fid: str, r: G.Region, cols: list[str], n: int, layout: str) -> G.Doc:
    d = G.Doc(fid, "file", r.label)
    G.table_block(d, r, cols, n, layout=layout)
    return d


COLSETS = [
    ["no", "nama", "nik", "kk", "ttl", "alamat", "nominal"],
    ["no", "nama", "nik", "tgl", "alamat", "hp", "bank", "rek"],
    ["no", "nama", "nik", "bpjs", "tgl", "alamat"],
    ["no", "nama", "paspor", "nik", "negara", "hp"],
    ["no", "nama", "nik", "kks", "alamat", "ket"],
    ["no", "nama", "nik", "npwp", "bank", "rek", "email"],
    ["no", "nama", "kk", "ttl", "alamat", "hp", "email"],
]


# ---------------------------------------------------------------- XLSX
def make_xlsx(i: int, rec_out: list) -> None:
    from openpyxl import Workbook

    r = G.pick_region(rng.choice(G.REGIONS)["code"])
    off = G.Office(r, rng.choice(["village", "dinas"]))
    cols = rng.choice(COLSETS)
    d = G.Doc(f"x{i}", "file", r.label)
    persons = [G.Person(r) for _ in range(rng.randint(8, 20))]
    ctx = G.Ctx("tab")
    header = [G.header_for(c, r) for c in cols]
    rows = [G.person_row(d, p, cols, ctx, k + 1, {"addr_cols": []}) for k, p in enumerate(persons)]
    wb = Workbook()
    ws = wb.active
    ws.title = rng.choice(["Lampiran", "Data KPM", "Sheet1", "Rekap"])
    labels, negs = [], []
    ws.append([off.name.upper()])
    ws.append([off.address()])
    negs.append({"kind": "office_address", "value": off.address()})
    ws.append(["Telp. " + off.phone, "Email: " + off.email])
    negs += [
        {"kind": "office_phone", "value": off.phone},
        {"kind": "office_email", "value": off.email},
    ]
    ws.append([])
    ws.append(header)
    for row in rows:
        out = []
        for col, cell in zip(cols, row, strict=True):
            txt = G.cell_text(cell)
            val: object = txt
            if col == "hp" and txt.isdigit() and rng.random() < 0.5:
                val = int(txt)  # a phone typed as a number: Excel drops the leading 0
                txt = str(val)
            elif col == "nik" and txt.isdigit() and rng.random() < 0.3:
                val = int(txt)
            out.append(val)
            for s, tag in cell:
                if tag and long_enough(tag[1], s):
                    v = txt if (col == "hp" and isinstance(val, int)) else s
                    if tag[0] == "p":
                        labels.append({"kind": tag[1], "value": v, "item": tag[2]})
                    else:
                        negs.append({"kind": tag[1], "value": v})
        ws.append(out)
    ws.append([])
    ws.append(["Jumlah", None, None, None, G.amount()])
    if rng.random() < 0.5:  # a hidden sheet with the raw export
        hs = wb.create_sheet("raw")
        hs.sheet_state = "hidden"
        p = G.Person(r)
        item = d.item("nik")
        hs.append(["nik", "nama", "tgl_lahir"])
        bd = G.fmt_date(p.birth, "dmy/")
        hs.append([p.nik, p.name, bd])
        labels.append({"kind": "nik", "value": p.nik, "item": item})
        labels.append({"kind": "birth_date", "value": bd, "item": d.item("birth_date")})
    name = f"xlsx{i:02d}_{r.short.lower().replace(' ', '_')}.xlsx"
    buf = io.BytesIO()
    wb.save(buf)
    (OUT / name).write_bytes(buf.getvalue())
    rec_out.append({"file": name, "labels": labels, "negatives": negs})


# ---------------------------------------------------------------- CSV
def make_csv(i: int, rec_out: list) -> None:
    r = G.pick_region(rng.choice(G.REGIONS)["code"])
    d = table_doc(f"c{i}", r, rng.choice(COLSETS), rng.randint(8, 20), rng.choice(["csv", "semi"]))
    text = "".join(d.buf)
    labels, negs = labels_from(d, text)
    name = f"csv{i:02d}_{r.short.lower().replace(' ', '_')}.csv"
    (OUT / name).write_bytes(text.encode("utf-8-sig" if rng.random() < 0.4 else "utf-8"))
    rec_out.append({"file": name, "labels": labels, "negatives": negs})


# ---------------------------------------------------------------- DOCX
DOCX_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text: str, split: bool = False) -> str:
    if split and len(text) > 8:  # a value split over two runs, as Word does after an edit
        k = len(text) // 2
        return f"<w:p>{run(text[:k])}{run(text[k:])}</w:p>"
    return f"<w:p>{run(text)}</w:p>"


def make_docx(i: int, rec_out: list) -> None:
    r = G.pick_region(rng.choice(G.REGIONS)["code"])
    d = G.Doc(f"w{i}", "file", r.label)
    G.g_letter_resident(d, r) if i % 2 == 0 else G.g_sk(d, r)
    text = "".join(d.buf)
    labels, negs = labels_from(d, text)
    body = "".join(para(line, split=rng.random() < 0.3) for line in text.split("\n"))
    author = rng.choice(["operator desa", "Admin PPID", "user"])
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator>{author}</dc:creator><dc:title>{escape(d.genre)}</dc:title></cp:coreProperties>"
    )
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for nm, data in [
            ("[Content_Types].xml", DOCX_CT),
            ("_rels/.rels", DOCX_RELS),
            ("word/document.xml", doc),
            ("docProps/core.xml", core),
        ]:
            zi = zipfile.ZipInfo(nm, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(zi, data)
    name = f"docx{i:02d}_{r.short.lower().replace(' ', '_')}.docx"
    (OUT / name).write_bytes(buf.getvalue())
    rec_out.append({"file": name, "labels": labels, "negatives": negs})


# ---------------------------------------------------------------- PDF
def make_pdf(i: int, rec_out: list) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    r = G.pick_region(rng.choice(G.REGIONS)["code"])
    d = G.Doc(f"p{i}", "file", r.label)
    off = G.Office(r, rng.choice(["village", "dinas"]))
    off.kop(d)
    d.t("\nDAFTAR PENERIMA " + rng.choice(G.P.PROGRAMS).upper() + "\n\n")
    G.table_block(
        d, r, rng.choice(COLSETS), rng.randint(8, 24), layout=rng.choice(["kv", "pipe", "lines"])
    )
    off.signature(d)
    text = "".join(d.buf)
    text = text.encode("cp1252", "replace").decode("cp1252").replace("?", " ")
    labels, negs = labels_from(d, text)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setTitle("Daftar penerima")
    width, height = landscape(A4)
    y = height - 36
    c.setFont("Courier", 7)
    for line in text.split("\n"):
        if y < 36:
            c.showPage()
            c.setFont("Courier", 7)
            y = height - 36
        c.drawString(30, y, line.replace("\f", ""))
        y -= 9
    c.save()
    name = f"pdf{i:02d}_{r.short.lower().replace(' ', '_')}.pdf"
    (OUT / name).write_bytes(buf.getvalue())
    rec_out.append({"file": name, "labels": labels, "negatives": negs})


def main() -> None:
    plain_values()
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    recs: list = []
    for i in range(8):
        make_xlsx(i, recs)
    for i in range(6):
        make_csv(i, recs)
    for i in range(6):
        make_docx(i, recs)
    for i in range(8):
        make_pdf(i, recs)
    with (HERE / "files.jsonl").open("w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    items = {lab["item"] for rec in recs for lab in rec["labels"]}
    print(
        "files",
        len(recs),
        "items",
        len(items),
        "negatives",
        sum(len(r["negatives"]) for r in recs),
    )


if __name__ == "__main__":
    main()
