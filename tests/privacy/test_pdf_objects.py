"""Issue 13/14: a PDF holds text in objects no page shows, and the public downloads them all.

Each file is built here: a content stream no page draws, a Form XObject listed in a page's
resources but never drawn, an annotation no page lists, an object after the last %%EOF that no
cross-reference table lists, an annotation an incremental update overwrote. Their text is read
(compressed streams decoded), located as "object N ..., not on any page", and not repeated
when a page or an annotation already shows it.
"""

import io
import zlib

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from moderation.privacy import scan_text
from moderation.privacy.extract import extract_in_process
from moderation.privacy.extract_result import Limits

from .test_extract import pdf_document

NIK = "3404012207850003"
PHONE = "0812 3456 7890"
LIMITS = Limits()


def written(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def text_stream(text: str) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 72 700 Td ({text}) Tj ET".encode())
    return stream


def compressed(stream: DecodedStreamObject):
    return stream.flate_encode()


def read(data: bytes):
    result = extract_in_process(data, "pdf", LIMITS)
    assert result.status == "ok", (result.reason, result.detail)
    return result


def nik_location(result) -> str:
    finding = next(f for f in scan_text(result.text) if f.kind == "nik")
    return result.location_at(finding.start)


def test_a_content_stream_no_page_draws_is_read():
    """An editor replaced the page's content; the old stream stays in the file, compressed."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf_document(["Laporan kegiatan."])))
    writer._add_object(compressed(text_stream(f"Budi Santoso NIK {NIK}")))
    data = written(writer)
    assert NIK.encode() not in data  # only a reader that decodes the stream finds it
    result = read(data)
    assert NIK in result.text
    assert "not on any page" in nik_location(result)


def test_a_form_xobject_listed_but_never_drawn_is_read():
    writer = PdfWriter(clone_from=io.BytesIO(pdf_document(["Laporan kegiatan."])))
    form = text_stream(f"Siti HP {PHONE} NIK {NIK}")
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([NumberObject(0)] * 2 + [NumberObject(600)] * 2)
    page = writer.pages[0]
    resources = page["/Resources"].get_object()
    resources[NameObject("/XObject")] = DictionaryObject(
        {NameObject("/Lampiran"): writer._add_object(compressed(form))}
    )
    result = read(written(writer))
    assert NIK in result.text and PHONE in result.text


def annotation(contents: str) -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (10, 10, 20, 20)]),
            NameObject("/Contents"): TextStringObject(contents),
        }
    )


def test_an_annotation_no_page_lists_is_read():
    writer = PdfWriter(clone_from=io.BytesIO(pdf_document(["Laporan kegiatan."])))
    writer._add_object(annotation(f"Catatan: pemohon Budi NIK {NIK}"))
    result = read(written(writer))
    assert NIK in result.text


def test_an_object_after_the_last_eof_is_read():
    """No cross-reference table lists it: only the bytes hold it."""
    stream = zlib.compress(f"BT /F1 12 Tf 72 700 Td (Ani NIK {NIK}) Tj ET".encode())
    tail = (
        b"\n99 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
        + stream
        + b"\nendstream\nendobj\n"
    )
    result = read(pdf_document(["Laporan kegiatan."]) + tail)
    assert NIK in result.text
    assert "not listed" in nik_location(result)


def test_an_annotation_overwritten_by_an_incremental_update_is_read():
    """The note was "redacted" by saving again: the earlier copy of the object remains."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf_document(["Laporan kegiatan."])))
    writer.add_annotation(0, annotation(f"Pemohon Budi NIK {NIK}"))
    original = written(writer)
    update = PdfWriter(io.BytesIO(original), incremental=True)
    note = update.pages[0]["/Annots"][0].get_object()
    note[NameObject("/Contents")] = TextStringObject("Catatan dihapus.")
    update._objects[note.indirect_reference.idnum - 1] = note  # written again in the update
    data = written(update)
    shown = PdfReader(io.BytesIO(data)).pages[0]["/Annots"][0].get_object()
    assert shown["/Contents"] == "Catatan dihapus."
    result = read(data)
    assert NIK in result.text
    assert "earlier copy" in nik_location(result)


def test_what_the_pages_show_is_not_repeated():
    writer = PdfWriter(clone_from=io.BytesIO(pdf_document([f"Daftar hadir NIK {NIK}"])))
    writer.add_annotation(0, annotation(f"Catatan HP {PHONE}"))
    result = read(written(writer))
    assert result.text.count(NIK) == 1 and result.text.count(PHONE) == 1
    assert not any("not on any page" in part.location for part in result.parts)
