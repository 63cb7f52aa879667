"""The pictures inside a document, as grey thumbnails (moderation.privacy.pictures): raster
images in a DOCX, ODT or XLSX package (any part whose bytes are an image), image XObjects of a
PDF (every one in the file, drawn or not). Run in the extraction worker, like the text readers:
hostile files are decoded there, under its time and memory limits.

At most pictures.MAX_PICTURES pictures, and one more when the file holds more (the caller
refuses to judge such a file); pictures smaller than pictures.MIN_SIDE (icons,
bullets) and larger than pictures.MAX_PICTURE_PIXELS are skipped.
"""

import io

from .extract_pdf_objects import tolerant_text as tolerant
from .extract_result import Limits
from .extract_zip import open_zip, read_entry
from .pictures import (
    MAX_PICTURE_PIXELS,
    MAX_PICTURES,
    THUMB_SIDE,
    Thumbnail,
    read_thumbnail,
    thumbnail_of,
)

IMAGE_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF",
)  # fmt: skip
TEXT_MIN_SIDE = 100  # smaller pictures (a logo, a stamp) hold no text worth reading


def embedded_thumbnails(
    data: bytes, kind: str, limits: Limits, side: int = THUMB_SIDE, most: int = MAX_PICTURES
) -> list[Thumbnail]:
    """At most `most` pictures (and one more when there are more), each with its longer side
    at most `side` (larger than THUMB_SIDE to read the text in them: text_pictures)."""
    if kind == "pdf":
        return pdf_thumbnails(data, side, most)
    if kind in ("docx", "odt", "xlsx"):
        return package_thumbnails(data, limits, side, most)
    return []


def text_pictures(data: bytes, kind: str, limits: Limits, side: int, most: int) -> list[bytes]:
    """The pictures of a document that may hold text (a scanned page, a screenshot: at least
    TEXT_MIN_SIDE pixels each way), grey, their longer side at most `side`, as PNG: what
    information_requests.picture_text reads with tesseract. At most `most`, and one more when
    there are more."""
    found = []
    for picture in embedded_thumbnails(data, kind, limits, side, MAX_PICTURES):
        if min(picture.width, picture.height) >= TEXT_MIN_SIDE:
            found.append(picture.png())
            if len(found) > most:
                break
    return found


def package_thumbnails(
    data: bytes, limits: Limits, side: int = THUMB_SIDE, most: int = MAX_PICTURES
) -> list[Thumbnail]:
    archive = open_zip(data, limits)
    found = []
    for entry in archive.infolist():
        if len(found) > most:
            break
        if entry.filename.endswith("/") or not entry.file_size:
            continue
        with archive.open(entry) as part:
            head = part.read(8)
        if head.startswith(IMAGE_MAGIC):
            thumbnail = read_thumbnail(read_entry(archive, entry), side)
            if thumbnail:
                found.append(thumbnail)
    return found


def pdf_thumbnails(
    data: bytes, side: int = THUMB_SIDE, most: int = MAX_PICTURES
) -> list[Thumbnail]:
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject, StreamObject

    from .extract_pdf import unlock

    reader = PdfReader(io.BytesIO(data))
    unlock(reader)
    references = [
        IndirectObject(idnum, generation, reader)
        for generation, table in reader.xref.items()
        for idnum in table
    ] + [IndirectObject(idnum, 0, reader) for idnum in reader.xref_objStm]
    found = []
    for reference in references:
        if len(found) > most:
            break
        thumbnail = tolerant(pdf_object_thumbnail, reference, StreamObject, side)
        if thumbnail:
            found.append(thumbnail)
    return found


def pdf_object_thumbnail(reference, stream_type, side: int = THUMB_SIDE) -> Thumbnail | None:
    image = reference.get_object()
    if isinstance(image, stream_type) and image.get("/Subtype") == "/Image":
        return pdf_image_thumbnail(image, side)
    return None


def pdf_image_thumbnail(image, side: int = THUMB_SIDE) -> Thumbnail | None:
    from pypdf.generic._image_xobject import _xobj_to_image

    width, height = int(image.get("/Width", 0)), int(image.get("/Height", 0))
    if not width or not height or width * height > MAX_PICTURE_PIXELS:
        return None
    filters = image.get("/Filter")
    filters = filters if isinstance(filters, list) else [filters]
    if filters == ["/DCTDecode"]:  # a JPEG file as it is: decoded at a reduced size
        return read_thumbnail(image._data, side)
    return thumbnail_of(_xobj_to_image(image)[2], side)
