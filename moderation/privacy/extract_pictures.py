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
    MIN_SIDE,
    THUMB_SIDE,
    Thumbnail,
    read_thumbnail,
    thumbnail_of,
)

IMAGE_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF",
)  # fmt: skip
TEXT_MIN_SIDE = 100  # smaller pictures (a logo, a stamp) hold no text worth reading
# ... but a strip at least TEXT_MIN_SIDE long and TEXT_LINE_MIN high holds a line of text (a
# page cut into lines): strips are read joined, STRIP_GAP apart, into pages of `side`.
TEXT_LINE_MIN = 12
STRIP_GAP = 12


def embedded_thumbnails(
    data: bytes,
    kind: str,
    limits: Limits,
    side: int = THUMB_SIDE,
    most: int = MAX_PICTURES,
    min_side: int = MIN_SIDE,
) -> list[Thumbnail]:
    """At most `most` pictures (and one more when there are more), each with its longer side
    at most `side` (larger than THUMB_SIDE to read the text in them: text_pictures) and its
    shorter side at least `min_side`."""
    if kind == "pdf":
        return pdf_thumbnails(data, side, most, min_side)
    if kind in ("docx", "odt", "xlsx"):
        return package_thumbnails(data, limits, side, most, min_side)
    return []


def text_pictures(data: bytes, kind: str, limits: Limits, side: int, most: int) -> list[bytes]:
    """The pictures of a document that may hold text (a scanned page, a screenshot: at least
    TEXT_MIN_SIDE pixels each way; and strips of text lines, at least TEXT_MIN_SIDE long and
    TEXT_LINE_MIN high, joined into pages: join_strips), grey, their longer side at most
    `side`, as PNG: what information_requests.picture_text reads with tesseract. At most
    `most`, and one more when there are more."""
    found, strips = [], []
    for picture in embedded_thumbnails(data, kind, limits, side, MAX_PICTURES, TEXT_LINE_MIN):
        if min(picture.width, picture.height) >= TEXT_MIN_SIDE:
            found.append(picture.png())
        elif max(picture.width, picture.height) >= TEXT_MIN_SIDE:
            strips.append(picture.image())
        if len(found) > most:
            break
    found += join_strips(strips, side)
    return found[: most + 1]


def join_strips(strips: list, side: int) -> list[bytes]:
    """Strips of text lines (an upright one turned to lie), in the file's order, one under the
    other STRIP_GAP apart on a white page at most `side` high: a PDF of line strips is read
    as pages, not as dozens of lines each too small to read or to count."""
    from PIL import Image

    lying = [s.rotate(90, expand=True) if s.height > s.width else s for s in strips]
    pages, page = [], []
    height = 0
    for strip in lying:
        if page and height + STRIP_GAP + strip.height > side:
            pages.append(page)
            page, height = [], 0
        page.append(strip)
        height += strip.height + (STRIP_GAP if height else 0)
    if page:
        pages.append(page)
    found = []
    for page in pages:
        width = max(strip.width for strip in page)
        sheet = Image.new(
            "L", (width, sum(s.height for s in page) + STRIP_GAP * (len(page) - 1)), 255
        )
        top = 0
        for strip in page:
            sheet.paste(strip, (0, top))
            top += strip.height + STRIP_GAP
        out = io.BytesIO()
        sheet.save(out, format="PNG")
        found.append(out.getvalue())
    return found


def package_thumbnails(
    data: bytes,
    limits: Limits,
    side: int = THUMB_SIDE,
    most: int = MAX_PICTURES,
    min_side: int = MIN_SIDE,
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
            thumbnail = read_thumbnail(read_entry(archive, entry), side, min_side)
            if thumbnail:
                found.append(thumbnail)
    return found


def pdf_thumbnails(
    data: bytes, side: int = THUMB_SIDE, most: int = MAX_PICTURES, min_side: int = MIN_SIDE
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
        thumbnail = tolerant(pdf_object_thumbnail, reference, StreamObject, side, min_side)
        if thumbnail:
            found.append(thumbnail)
    return found


def pdf_object_thumbnail(
    reference, stream_type, side: int = THUMB_SIDE, min_side: int = MIN_SIDE
) -> Thumbnail | None:
    image = reference.get_object()
    if isinstance(image, stream_type) and image.get("/Subtype") == "/Image":
        return pdf_image_thumbnail(image, side, min_side)
    return None


def pdf_image_thumbnail(
    image, side: int = THUMB_SIDE, min_side: int = MIN_SIDE
) -> Thumbnail | None:
    from pypdf.generic._image_xobject import _xobj_to_image

    width, height = int(image.get("/Width", 0)), int(image.get("/Height", 0))
    if not width or not height or width * height > MAX_PICTURE_PIXELS:
        return None
    filters = image.get("/Filter")
    filters = filters if isinstance(filters, list) else [filters]
    if filters == ["/DCTDecode"]:  # a JPEG file as it is: decoded at a reduced size
        return read_thumbnail(image._data, side, min_side)
    return thumbnail_of(_xobj_to_image(image)[2], side, min_side)
