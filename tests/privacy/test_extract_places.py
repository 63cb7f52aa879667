"""Issue 14, class 7: places inside files the extraction did not read before."""

import io

from openpyxl import Workbook
from pypdf import PdfWriter

from moderation.privacy import scan_text
from moderation.privacy.extract import extract_in_process
from moderation.privacy.extract_result import Limits

from .test_extract import docx_document, paragraph, pdf_document, picture

NIK = "3404012207850003"
LIMITS = Limits()


def workbook_bytes(build) -> bytes:
    workbook = Workbook()
    build(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_sheet_names_headers_footers_and_formulas():
    def build(workbook):
        sheet = workbook.active
        sheet.title = f"NIK {NIK}"
        sheet["A1"] = "Rekap"
        sheet["B2"] = '="3171"&"0147"&"0885"&"0003"'  # a formula that builds a NIK
        sheet.oddHeader.center.text = "Kontak: budi.santoso@gmail.com"

    result = extract_in_process(workbook_bytes(build), "xlsx", LIMITS)
    text = result.text
    assert f"NIK {NIK}" in text and "3171014708850003" in text and "budi.santoso@gmail.com" in text
    found = {f.kind for f in scan_text(text)}
    assert {"nik", "email"} <= found


def test_xlsx_mobile_number_stored_as_a_number_keeps_its_zero():
    def build(workbook):
        sheet = workbook.active
        sheet.append(["Nama", "Keterangan"])
        sheet.append(["Budi", 81322446688])

    result = extract_in_process(workbook_bytes(build), "xlsx", LIMITS)
    assert "081322446688" in result.text
    assert "phone" in {f.kind for f in scan_text(result.text)}


def test_docx_altchunk_part_and_image_outside_the_media_folder():
    chunk = f"<html><body><p>NIK {NIK}</p></body></html>"
    data = docx_document(
        paragraph("Lampiran"),
        {"word/afchunk1.htm": chunk, "word/scan/ktp.png": picture(900, 600)},
    )
    result = extract_in_process(data, "docx", LIMITS)
    assert NIK in result.text
    assert (result.status, result.reason) == ("needs_review", "large_image")


def test_pdf_outline_and_xmp_metadata():
    writer = PdfWriter(clone_from=io.BytesIO(pdf_document(["Laporan kegiatan"])))
    writer.add_outline_item(f"Lampiran KTP {NIK}", 0)
    writer.add_metadata({"/Title": "Laporan"})
    xmp = (
        '<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>budi.santoso@gmail.com'
        "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    writer.xmp_metadata = xmp.encode()
    buffer = io.BytesIO()
    writer.write(buffer)
    result = extract_in_process(buffer.getvalue(), "pdf", LIMITS)
    locations = {part.location for part in result.parts}
    assert {"outline", "XMP metadata"} <= locations
    assert {"nik", "email"} <= {f.kind for f in scan_text(result.text)}
