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
from .pictures import MAX_PICTURE_PIXELS, MAX_PICTURES, Thumbnail, read_thumbnail, thumbnail_of

IMAGE_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF",
)  # fmt: skip


def embedded_thumbnails(data: bytes, kind: str, limits: Limits) -> list[Thumbnail]:
    if kind == "pdf":
        return pdf_thumbnails(data)
    if kind in ("docx", "odt", "xlsx"):
        return package_thumbnails(data, limits)
    return []


def package_thumbnails(data: bytes, limits: Limits) -> list[Thumbnail]:
    archive = open_zip(data, limits)
    found = []
    for entry in archive.infolist():
        if len(found) > MAX_PICTURES:
            break
        if entry.filename.endswith("/") or not entry.file_size:
            continue
        with archive.open(entry) as part:
            head = part.read(8)
        if head.startswith(IMAGE_MAGIC):
            thumbnail = read_thumbnail(read_entry(archive, entry))
            if thumbnail:
                found.append(thumbnail)
    return found


def pdf_thumbnails(data: bytes) -> list[Thumbnail]:
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
        if len(found) > MAX_PICTURES:
            break
        thumbnail = tolerant(pdf_object_thumbnail, reference, StreamObject)
        if thumbnail:
            found.append(thumbnail)
    return found


def pdf_object_thumbnail(reference, stream_type) -> Thumbnail | None:
    image = reference.get_object()
    if isinstance(image, stream_type) and image.get("/Subtype") == "/Image":
        return pdf_image_thumbnail(image)
    return None


def pdf_image_thumbnail(image) -> Thumbnail | None:
    from pypdf.generic._image_xobject import _xobj_to_image

    width, height = int(image.get("/Width", 0)), int(image.get("/Height", 0))
    if not width or not height or width * height > MAX_PICTURE_PIXELS:
        return None
    filters = image.get("/Filter")
    filters = filters if isinstance(filters, list) else [filters]
    if filters == ["/DCTDecode"]:  # a JPEG file as it is: decoded at a reduced size
        return read_thumbnail(image._data)
    return thumbnail_of(_xobj_to_image(image)[2])
