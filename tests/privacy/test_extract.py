"""Text extraction from documents: formats, offsets, scanned pages, hostile files, limits.

Pure: no database. Builders here are reused by the privacy_scan command tests.
"""

import io
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest
from openpyxl import Workbook
from PIL import Image
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from moderation.privacy.extract import (
    Extraction,
    Limits,
    document_kind,
    extract,
    extract_in_process,
    extract_path,
)

NIK = "3201014508900002"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# --- builders ---------------------------------------------------------------------------------


def picture(width: int, height: int, fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "lightblue").save(buffer, fmt)
    return buffer.getvalue()


def pdf_document(*pages: list[str], image: tuple[int, int, int, int] | None = None) -> bytes:
    """One page per list of lines; `image` = (x, y, width, height) in points on every page."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages or ([],):
        if image:
            x, y, width, height = image
            pdf.drawImage(ImageReader(io.BytesIO(picture(400, 250))), x, y, width, height)
        for number, line in enumerate(lines):
            pdf.drawString(72, 760 - 16 * number, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_with_image_in_a_form() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.beginForm("scan")
    pdf.drawImage(ImageReader(io.BytesIO(picture(400, 250))), 0, 0, 500, 700)
    pdf.endForm()
    pdf.doForm("scan")
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_document([f"NIK {NIK}"])))
    writer.encrypt(user_password=user_password, owner_password="pemilik", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_of(entries: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_document(body: str, extra: dict[str, bytes | str] | None = None) -> bytes:
    """A DOCX whose body is `body` (w:p elements), with `extra` parts by name."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
        "word/document.xml": f'<?xml version="1.0"?><w:document {W}><w:body>{body}'
        "</w:body></w:document>",
    }
    parts.update(extra or {})
    return zip_of(parts)


def paragraph(*runs: str) -> str:
    return (
        "<w:p>"
        + "".join(f"<w:r><w:rPr><w:b/></w:rPr><w:t>{run}</w:t></w:r>" for run in runs)
        + "</w:p>"
    )


def xlsx_document(rows: list[list[object]], hidden: dict[str, object] | None = None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Penerima"
    for row in rows:
        sheet.append(row)
    if hidden:
        secret = workbook.create_sheet("Rahasia")
        secret.sheet_state = "hidden"
        for coordinate, value in hidden.items():
            secret[coordinate] = value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rewrite_part(archive_bytes: bytes, name: str, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(archive_bytes))
    parts = {entry: source.read(entry) for entry in source.namelist()}
    parts[name] = change(parts[name])
    return zip_of(parts)


def assert_offsets(result: Extraction) -> None:
    for part in result.parts:
        assert result.text[part.offset : part.offset + len(part.text)] == part.text


# --- plain text -------------------------------------------------------------------------------


def test_txt_offsets_are_the_files_own_characters():
    content = f"Pengumuman\r\nNama: Budi, NIK {NIK}\nSelesai"
    result = extract(content.encode(), "pengumuman.txt")
    assert (result.status, result.text) == ("ok", content)
    start = result.text.index(NIK)
    assert content[start : start + 16] == NIK
    assert result.location_at(start) == "line 2"
    assert_offsets(result)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Kafé".encode("cp1252"), "Kafé"),
        ("\ufeffKafé".encode(), "Kafé"),
        ("Kafé".encode("utf-16"), "Kafé"),
        (b"\x81\x8d", "\x81\x8d"),  # not cp1252 either: Latin-1 never fails
    ],
)
def test_txt_decoding_falls_back(data, text):
    assert extract_in_process(data, "txt", Limits()).text == text


def test_csv_keeps_the_decoded_file_and_locates_lines():
    content = f"nama,nik\r\nBudi,{NIK}\r\n"
    result = extract(content.encode(), "data.csv")
    assert result.text == content
    assert [part.location for part in result.parts] == ["line 1", "line 2"]
    assert result.location_at(content.index(NIK)) == "line 2"


# --- PDF --------------------------------------------------------------------------------------


def test_pdf_text_page_by_page():
    result = extract(pdf_document(["Halaman satu."], [f"NIK {NIK}"]), "laporan.pdf")
    assert result.status == "ok"
    assert [part.location for part in result.parts[:2]] == ["page 1", "page 2"]
    assert result.location_at(result.text.index(NIK)) == "page 2"
    assert_offsets(result)


def test_a_scanned_looking_pdf_needs_review():
    result = extract(pdf_document([], image=(40, 200, 520, 500)), "scan-ktp.pdf")
    assert (result.status, result.reason, result.detail) == (
        "needs_review",
        "scanned_page",
        "page 1",
    )


def test_a_ktp_sized_image_on_an_empty_page_needs_review():
    ktp = (72, 500, 243, 153)  # 85.6 x 54 mm: 7.4 % of an A4 page
    assert extract(pdf_document(["Fotokopi KTP"], image=ktp), "ktp.pdf").status == "needs_review"


def test_an_image_inside_a_form_xobject_counts():
    assert extract(pdf_with_image_in_a_form(), "scan.pdf").status == "needs_review"


def test_a_small_logo_with_text_is_ok():
    lines = ["Dinas Komunikasi dan Informatika", "Laporan kegiatan tahun 2025."]
    assert extract(pdf_document(lines, image=(40, 760, 60, 60)), "laporan.pdf").status == "ok"
    assert extract(pdf_document([], image=(40, 760, 60, 60)), "sampul.pdf").status == "ok"


def test_a_big_image_with_a_full_text_layer_needs_review():
    """Issue 14: a photographed KTP on a page full of text is no longer passed by its text."""
    lines = [f"Baris {number} dari laporan kegiatan tahunan dinas." for number in range(30)]
    result = extract(pdf_document(lines, image=(40, 100, 520, 600)), "foto.pdf")
    assert (result.status, result.reason) == ("needs_review", "large_image")
    ktp = extract(pdf_document(lines, image=(300, 100, 243, 153)), "ktp.pdf")  # 85.6 x 54 mm
    assert (ktp.status, ktp.reason) == ("needs_review", "large_image")


def test_a_pdf_needing_a_password_is_an_error():
    result = extract(encrypted_pdf("rahasia"), "terkunci.pdf")
    assert (result.status, result.reason) == ("error", "encrypted")


def test_an_owner_password_only_pdf_is_read():
    result = extract(encrypted_pdf(""), "dilindungi.pdf")
    assert result.status == "ok"
    assert NIK in result.text


@pytest.mark.parametrize(
    "data", [b"%PDF-1.4 rusak", pdf_document(["Laporan."])[:400], b"\x00" * 100, b""]
)
def test_malformed_pdfs_are_errors(data):
    result = extract(data, "rusak.pdf")
    assert (result.status, result.reason) == ("error", "malformed")
    assert result.parts == ()


# --- DOCX and ODT -----------------------------------------------------------------------------


def test_docx_reads_every_part_and_joins_runs():
    body = (
        paragraph("Nama: Budi Santoso")
        + paragraph("NIK ", NIK[:4], NIK[4:])  # Word splits runs anywhere
        + f"<w:tbl><w:tr><w:tc>{paragraph('No')}</w:tc><w:tc>{paragraph('Nama')}</w:tc></w:tr>"
        "</w:tbl>" + "<w:p><w:del><w:r><w:delText>0812-3456-7890</w:delText></w:r></w:del></w:p>"
    )
    result = extract(
        docx_document(
            body,
            {
                "word/comments.xml": f"<w:comments {W}><w:comment>{paragraph('cek KTP')}"
                "</w:comment></w:comments>",
                "word/header1.xml": f"<w:hdr {W}>{paragraph('Kop &amp; surat')}</w:hdr>",
                "docProps/core.xml": "<cp:coreProperties><dc:creator>Siti Aminah</dc:creator>"
                "<cp:lastModifiedBy>Andi</cp:lastModifiedBy></cp:coreProperties>",
                "word/styles.xml": f"<w:styles {W}><w:style><w:name w:val='x'/></w:style>"
                "</w:styles>",
            },
        ),
        "surat.docx",
    )
    assert result.status == "ok"
    assert "Nama: Budi Santoso\nNIK 3201014508900002\n" in result.text
    assert "No\n\tNama\n\t\n" in result.text
    assert "0812-3456-7890" in result.text
    assert result.location_at(result.text.index(NIK)) == "word/document.xml"
    assert result.location_at(result.text.index("cek KTP")) == "word/comments.xml"
    assert "Kop & surat" in result.text
    assert "Siti Aminah\nAndi\n" in result.text
    assert "word/styles.xml" not in [part.location for part in result.parts]
    assert_offsets(result)


def test_docx_link_targets_are_read():
    rels = (
        '<Relationships><Relationship Id="r1" Target="mailto:budi@contoh.id" '
        'TargetMode="External"/></Relationships>'
    )
    result = extract(
        docx_document(paragraph("Hubungi"), {"word/_rels/document.xml.rels": rels}), "a.docx"
    )
    assert "mailto:budi@contoh.id" in result.text


def test_a_large_image_in_a_docx_needs_review_a_logo_does_not():
    photo = docx_document(
        paragraph("Lampiran"), {"word/media/image1.jpeg": picture(1200, 800, "JPEG")}
    )
    result = extract(photo, "lampiran.docx")
    assert (result.status, result.reason) == ("needs_review", "large_image")
    assert "word/media/image1.jpeg (1200x800)" in result.detail
    logo = docx_document(paragraph("Surat"), {"word/media/image1.png": picture(300, 300)})
    assert extract(logo, "surat.docx").status == "ok"


def test_an_excel_table_embedded_in_a_docx_is_read():
    table = xlsx_document([["Nama", "NIK"], ["Budi", NIK]])
    data = docx_document(
        paragraph("Daftar terlampir."),
        {"word/embeddings/Microsoft_Excel_Worksheet.xlsx": table},
    )
    result = extract(data, "surat.docx")
    assert result.status == "ok"
    location = result.location_at(result.text.index(NIK))
    assert location == "word/embeddings/Microsoft_Excel_Worksheet.xlsx > Penerima!B2"


def test_an_ole_object_or_a_nested_embedding_needs_review():
    ole = docx_document(paragraph("x"), {"word/embeddings/oleObject1.bin": b"\xd0\xcf"})
    result = extract(ole, "surat.docx")
    assert (result.status, result.reason) == ("needs_review", "embedded_file")
    inner = docx_document(paragraph("y"), {"word/embeddings/oleObject1.bin": b"\xd0\xcf"})
    nested = docx_document(paragraph("x"), {"word/embeddings/dalam.docx": inner})
    assert extract(nested, "surat.docx").reason == "embedded_file"


def test_a_pdf_with_attached_files_needs_review():
    writer = PdfWriter(clone_from=io.BytesIO(pdf_document(["Laporan."])))
    writer.add_attachment("data.csv", f"nik\n{NIK}\n".encode())
    buffer = io.BytesIO()
    writer.write(buffer)
    result = extract(buffer.getvalue(), "laporan.pdf")
    assert (result.status, result.reason) == ("needs_review", "embedded_file")


def test_odt_content_styles_and_meta():
    content = (
        "<office:document-content><office:body><office:text>"
        f'<text:p>NIK <text:span text:style-name="T1">{NIK}</text:span></text:p>'
        "<text:p>Alamat<text:s/>RT 01<text:tab/>RW 02</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    data = zip_of(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": content,
            "styles.xml": "<office:document-styles><style:header><text:p>Kop Dinas</text:p>"
            "</style:header></office:document-styles>",
            "meta.xml": "<office:meta><dc:creator>Siti</dc:creator></office:meta>",
        }
    )
    result = extract(data, "notulen.odt")
    assert result.status == "ok"
    assert f"NIK {NIK}\nAlamat RT 01\tRW 02\n" in result.text
    assert "Kop Dinas" in result.text and "Siti" in result.text
    assert result.location_at(result.text.index("Kop Dinas")) == "styles.xml"


def test_an_encrypted_odt_is_an_error():
    manifest = "<manifest:manifest><manifest:encryption-data/></manifest:manifest>"
    data = zip_of({"content.xml": b"\x8f\x01garbage", "META-INF/manifest.xml": manifest})
    assert extract(data, "rahasia.odt").reason == "encrypted"


def test_an_ole_wrapped_office_file_is_an_encrypted_error():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    result = extract(data, "terkunci.docx")
    assert (result.status, result.reason) == ("error", "encrypted")


def test_a_zip_bomb_docx_is_refused_quickly():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("word/document.xml", b"0" * (120 * 1024 * 1024))
    started = time.monotonic()
    result = extract(buffer.getvalue(), "bom.docx")
    assert (result.status, result.reason) == ("error", "zip_limits")
    assert time.monotonic() - started < 2


def test_too_many_zip_entries_is_an_error():
    data = zip_of({f"word/part{number}.xml": "<w:p/>" for number in range(30)})
    result = extract(data, "banyak.docx", Limits(max_zip_entries=20))
    assert (result.status, result.reason) == ("error", "zip_limits")


@pytest.mark.parametrize("data", [b"PK\x03\x04 rusak", docx_document(paragraph("x"))[:60]])
def test_a_broken_docx_is_malformed(data):
    assert extract(data, "rusak.docx").reason == "malformed"


# --- XLSX -------------------------------------------------------------------------------------


def test_xlsx_reads_every_cell_of_every_sheet():
    data = xlsx_document(
        [["No", "Nama", "NIK"], [1, "Budi", "3201014508900002"]], hidden={"B2": "catatan"}
    )
    result = extract(data, "penerima.xlsx")
    assert result.status == "ok"
    assert "No\tNama\tNIK\n1\tBudi\t3201014508900002\n" in result.text
    assert result.location_at(result.text.index(NIK)) == "Penerima!C2"
    assert result.location_at(result.text.index("catatan")) == "Rahasia!B2"
    assert_offsets(result)


def test_a_nik_stored_as_a_float_reads_as_sixteen_digits():
    def as_float(xml: bytes) -> bytes:  # how Excel may store a typed 16-digit number
        return xml.replace(b"<v>3201014508900002</v>", b"<v>3.201014508900002E+15</v>")

    data = rewrite_part(
        xlsx_document([["NIK"], [float(NIK)]]), "xl/worksheets/sheet1.xml", as_float
    )
    result = extract(data, "nik.xlsx")
    assert "3.2" not in result.text
    assert NIK in result.text


def test_cells_beyond_a_wrong_dimension_are_still_read():
    def shrink(xml: bytes) -> bytes:
        return xml.replace(b'<dimension ref="A1:C2" />', b'<dimension ref="A1:A1" />')

    data = rewrite_part(
        xlsx_document([["No", "Nama", "NIK"], [1, "Budi", NIK]]),
        "xl/worksheets/sheet1.xml",
        shrink,
    )
    assert NIK in extract(data, "data.xlsx").text


def test_a_large_image_in_an_xlsx_needs_review():
    data = zip_of(
        {**dict_of_zip(xlsx_document([["Foto KTP"]])), "xl/media/image1.png": picture(900, 600)}
    )
    assert extract(data, "lampiran.xlsx").status == "needs_review"


def dict_of_zip(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


# --- limits and isolation ---------------------------------------------------------------------


def test_the_time_limit_gives_an_error_and_the_next_file_is_read():
    rows = [[f"Nama {number}", number, "Kota Contoh"] for number in range(20_000)]
    result = extract(xlsx_document(rows), "besar.xlsx", Limits(timeout_seconds=0.05))
    assert (result.status, result.reason) == ("error", "timeout")
    assert extract(b"Halo", "a.txt", Limits(timeout_seconds=0.05)).text == "Halo"


def test_the_memory_limit_gives_an_error():
    body = paragraph("x" * 1000) * 60_000  # 60 MB of text in one XML part
    limits = Limits(max_memory_bytes=200 * 1024**2, max_text_chars=10**9)
    result = extract(docx_document(body), "besar.docx", limits)
    assert (result.status, result.reason) == ("error", "memory")


@pytest.mark.parametrize(
    ("limits", "reason"),
    [(Limits(max_file_bytes=10), "too_large"), (Limits(max_text_chars=10), "text_too_large")],
)
def test_size_limits(limits, reason):
    result = extract(b"Teks yang cukup panjang.", "a.txt", limits)
    assert (result.status, result.reason) == ("error", reason)


def test_unsupported_types_and_missing_files_are_errors(tmp_path):
    assert extract(b"MZ", "program.exe").reason == "unsupported"
    assert extract_path(tmp_path / "tidak-ada.pdf").reason == "unreadable_file"
    assert (document_kind("A.PDF"), document_kind("xlsx"), document_kind("x.doc")) == (
        "pdf",
        "xlsx",
        "",
    )


def test_extract_path_reads_the_file(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(f"nik\n{NIK}\n".encode())
    assert extract_path(path).text == f"nik\n{NIK}\n"


def test_a_worker_that_cannot_start_is_an_error():
    result = extract(b"Halo", "a.txt", Limits(max_memory_bytes=20 * 1024**2))
    assert (result.status, result.reason) == ("error", "worker")


def test_workers_serve_concurrent_callers():
    documents = [(f"Dokumen {number}".encode(), f"{number}.txt") for number in range(40)]
    with ThreadPoolExecutor(max_workers=4) as executor:
        texts = list(executor.map(lambda item: extract(*item).text, documents))
    assert texts == [f"Dokumen {number}" for number in range(40)]


# --- text the public downloads that a reader does not show (issue 13 re-attack, break 5) ---


def incrementally_redacted_pdf() -> bytes:
    """A page saved again with an incremental update (Acrobat's default): the new content
    replaces the old in the last revision, the old stays in the bytes."""
    from pypdf.generic import DecodedStreamObject, NameObject

    original = pdf_document([f"Budi Santoso NIK {NIK}", "Jl. Mawar 12 RT 003/RW 004"])
    writer = PdfWriter(io.BytesIO(original), incremental=True)
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 72 760 Td (Data telah disamarkan.) Tj ET")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_an_incremental_update_does_not_hide_the_earlier_page_text():
    data = incrementally_redacted_pdf()
    assert data.count(b"%%EOF") >= 2
    result = extract_in_process(data, "pdf", Limits())
    assert "disamarkan" in result.text
    assert NIK in result.text
    assert any(part.location.startswith("revision 1 page 1") for part in result.parts)


def test_a_pdf_saved_once_has_no_revision_parts():
    result = extract_in_process(pdf_document([f"Laporan tahunan {NIK}"]), "pdf", Limits())
    assert not any(part.location.startswith("revision") for part in result.parts)


def test_a_docx_part_is_read_whatever_it_is_called():
    """OPC picks the main part by relationship: word/isi.bin is as readable as document.xml."""
    body = f'<?xml version="1.0"?><w:document {W}><w:body>{paragraph("NIK " + NIK)}'
    body += "</w:body></w:document>"
    data = docx_document(paragraph("Undangan rapat."), {"word/isi.bin": body})
    assert NIK in extract_in_process(data, "docx", Limits()).text


def test_xlsx_text_boxes_and_chart_caches_are_read():
    workbook = Workbook()
    workbook.active.append(["Rekap", 1])
    buffer = io.BytesIO()
    workbook.save(buffer)
    drawing = (
        '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="x" xmlns:a="a"><xdr:sp><xdr:txBody><a:p>'
        f"<a:r><a:t>Hubungi Siti HP 0812 3456 7890 NIK {NIK}</a:t></a:r></a:p></xdr:txBody>"
        "</xdr:sp></xdr:wsDr>"
    )
    chart = (
        '<?xml version="1.0"?><c:chartSpace xmlns:c="c"><c:strCache><c:pt idx="0"><c:v>'
        "Ani, Jl. Kenanga 3 RT 01 RW 02</c:v></c:pt></c:strCache></c:chartSpace>"
    )
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("xl/drawings/drawing1.xml", drawing)
        archive.writestr("xl/charts/chart1.xml", chart)
    text = extract_in_process(buffer.getvalue(), "xlsx", Limits()).text
    assert NIK in text and "0812 3456 7890" in text
    assert "Jl. Kenanga 3" in text


def test_docx_document_variables_and_odt_settings_are_read():
    settings_part = (
        f'<?xml version="1.0"?><w:settings {W}><w:docVars>'
        f'<w:docVar w:name="pemohon" w:val="Siti NIK {NIK}"/></w:docVars></w:settings>'
    )
    data = docx_document(paragraph("Surat balasan."), {"word/settings.xml": settings_part})
    assert NIK in extract_in_process(data, "docx", Limits()).text
    odt_settings = (
        '<?xml version="1.0"?><office:document-settings xmlns:office="o" xmlns:config="c">'
        f'<config:config-item config:name="catatan">HP 0812 3456 7890 {NIK}</config:config-item>'
        "</office:document-settings>"
    )
    odt = zip_of(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": '<?xml version="1.0"?><office:document-content xmlns:office="o"/>',
            "settings.xml": odt_settings,
        }
    )
    assert NIK in extract_in_process(odt, "odt", Limits()).text


def test_xlsx_defined_names_are_read():
    from openpyxl.workbook.defined_name import DefinedName

    workbook = Workbook()
    workbook.active.append(["Rekap", 1])
    workbook.defined_names["penerima"] = DefinedName("penerima", attr_text=f'"NIK {NIK}"')
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert NIK in extract_in_process(buffer.getvalue(), "xlsx", Limits()).text


def test_pdf_page_labels_are_read():
    from pypdf.constants import PageLabelStyle

    writer = PdfWriter(clone_from=io.BytesIO(pdf_document(["Laporan."], ["Lampiran."])))
    writer.set_page_label(0, 1, style=PageLabelStyle.DECIMAL, prefix=f"KTP {NIK}-")
    buffer = io.BytesIO()
    writer.write(buffer)
    result = extract_in_process(buffer.getvalue(), "pdf", Limits())
    assert NIK in result.text
