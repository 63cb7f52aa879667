"""PDF: the text layer page by page, annotations, form field values, document information,
outline (bookmark) titles, XMP metadata, the pages of earlier revisions an incremental update
left in the file, and the text of every object no page shows (extract_pdf_objects: orphaned
content streams, Form XObjects never drawn, annotations no page lists, overwritten objects).
Attached files make the result "needs_review" (embedded_file); so does one large image on a
page full of text (large_image: a photographed ID card passes the scanned-page check because
the page has text).

A page with little text (< MIN_PAGE_TEXT characters) whose images cover more than
MIN_IMAGE_COVERAGE of its area is probably a scan (a KTP, a signed form): "needs_review".
The threshold is 5 %, not the 30 % often quoted: a KTP photocopied at its real size
(85.6 x 54 mm) covers 7.4 % of an A4 page, while a letterhead logo covers 1-3 %.
Image coverage comes from walking the content stream: each image is drawn into the unit square
mapped by the current transformation matrix, so its area is |det(CTM)|; only the determinant
needs tracking through q/Q/cm and Form XObjects.
"""

import io
import logging

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
from pypdf.generic import ContentStream, IndirectObject, TextStringObject

from .extract_pdf_objects import ObjectReader, page_streams
from .extract_pdf_spacing import install as install_run_spacing
from .extract_result import NEEDS_REVIEW, OK, Extraction, ExtractionError, Limits, TextBuilder

MIN_PAGE_TEXT = 200
MIN_IMAGE_COVERAGE = 0.05
# One image this large on a page full of text: an ID card or a family card photographed into a
# letter (a KTP at its real size is 7.4 % of A4); logos and signatures stay below 3 %.
MIN_PHOTO_COVERAGE = 0.06
MAX_FORM_DEPTH = 8
NOT_TEXT_INFO = {"/CreationDate", "/ModDate", "/Producer", "/Trapped"}

logging.getLogger("pypdf").setLevel(logging.ERROR)
install_run_spacing()  # table cells placed apart stay apart (extract_pdf_spacing.py)


def pdf_text(data: bytes, limits: Limits) -> Extraction:
    try:
        reader = PdfReader(io.BytesIO(data))
        unlock(reader)
        return read_pages(reader, limits, tolerant(earlier_revision_texts, data), data)
    except (ExtractionError, MemoryError):
        raise
    except FileNotDecryptedError as error:
        raise ExtractionError("encrypted", str(error)) from error
    except PdfReadError as error:
        raise ExtractionError("malformed", str(error)) from error
    except Exception as error:  # pypdf raises many types on broken files
        raise ExtractionError("malformed", f"{type(error).__name__}: {error}") from error


def unlock(reader: PdfReader) -> None:
    """Owner-password-only files open with the empty user password; others are refused."""
    if not reader.is_encrypted:
        return
    try:
        unlocked = reader.decrypt("")
    except DependencyError as error:  # AES without the `cryptography` package
        raise ExtractionError("encrypted", str(error)) from error
    if not unlocked:
        raise ExtractionError("encrypted", "a password is required to open the file")


def read_pages(
    reader: PdfReader,
    limits: Limits,
    earlier_revisions: list[tuple[str, str]] | None = None,
    data: bytes | None = None,
) -> Extraction:
    builder = TextBuilder(limits.max_text_chars)
    scanned, photos = [], []
    drawn: set[int] = set()  # the streams the pages draw (their text is the page text)
    for number, page in enumerate(reader.pages, start=1):
        tolerant(lambda page: page_streams(page, drawn), page)
        text = page.extract_text() or ""
        builder.add(f"page {number}", text, end="\n\n")
        notes = tolerant(annotation_text, page)
        if notes:
            builder.add(f"page {number} annotations", notes)
        coverage = image_coverage(page, drawn)
        if len(text.strip()) < MIN_PAGE_TEXT and coverage[0] > MIN_IMAGE_COVERAGE:
            scanned.append(str(number))
        elif coverage[1] > MIN_PHOTO_COVERAGE:  # plenty of text, and one large photo (a KTP?)
            photos.append(str(number))
    for location, text in tolerant(document_fields, reader) or ():
        builder.add(location, text)
    for location, text in earlier_revisions or ():
        builder.add(location, text, end="\n\n")
    labels = tolerant(page_label_text, reader)
    if labels:
        builder.add("page labels", labels)
    outline = tolerant(outline_text, reader)
    if outline:
        builder.add("outline", outline)
    xmp = tolerant(xmp_text, reader)
    if xmp:
        builder.add("XMP metadata", xmp)
    unread = False
    if data is not None:
        objects = ObjectReader(reader, data, drawn, known_lines(builder, reader))
        for location, text in tolerant(lambda objects: objects.read(), objects) or ():
            builder.add(f"{location}, not on any page", text)
        unread = objects.over_limits
    if scanned:
        return builder.build(NEEDS_REVIEW, "scanned_page", "page " + ", ".join(scanned))
    if photos:
        return builder.build(NEEDS_REVIEW, "large_image", "page " + ", ".join(photos))
    attached = tolerant(lambda reader: len(reader.attachments), reader)
    if attached:  # files inside the PDF are not read: a human opens them
        return builder.build(NEEDS_REVIEW, "embedded_file", f"{attached} attached file(s)")
    if unread:  # more objects or stream bytes than read: a human looks at the rest
        return builder.build(NEEDS_REVIEW, "unread_objects", "objects beyond the reading limits")
    return builder.build(OK)


def known_lines(builder: TextBuilder, reader: PdfReader) -> set[str]:
    """The lines already read (whitespace collapsed), and the values typed into fields (their
    appearance streams repeat them): the object reader does not repeat them."""
    lines = {" ".join(line.split()) for part in builder.parts for line in part.text.splitlines()}
    fields = tolerant(lambda reader: reader.get_form_text_fields() or {}, reader) or {}
    lines |= {" ".join(str(value).split()) for value in fields.values() if value}
    return lines


MAX_REVISIONS = 20


def earlier_revision_texts(data: bytes) -> list[tuple[str, str]]:
    """The page texts of the file's earlier revisions that its last revision no longer shows.

    An incremental update (Acrobat's default save, and the classic failed redaction) appends
    new objects and a new cross-reference section after the first %%EOF; the earlier page
    content stays in the bytes the public downloads, while a reader (pypdf included) shows only
    the last revision. Each earlier revision is the file cut after one of its %%EOF markers."""
    ends = [index + len(b"%%EOF") for index in find_all(data, b"%%EOF")]
    if len(ends) < 2:  # saved once: no earlier revision (and no second reading of the pages)
        return []
    latest = {page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages}
    texts = []
    for revision, end in enumerate(ends[:-1][-MAX_REVISIONS:], start=1):
        # None when the cut is no complete revision (a %%EOF inside a stream).
        pages = tolerant(revision_pages, data[:end]) or []
        for number, page in enumerate(pages, start=1):
            text = tolerant(lambda page: page.extract_text(), page) or ""
            if text.strip() and text not in latest:
                texts.append((f"revision {revision} page {number}", text))
    return texts


def page_label_text(reader: PdfReader) -> str:
    """Page labels that are more than page numbers: a viewer shows them in its page box."""
    labels = [label for label in reader.page_labels if not label.strip().isdigit()]
    return "\n".join(dict.fromkeys(label for label in labels if label.strip()))


def revision_pages(data: bytes) -> list:
    reader = PdfReader(io.BytesIO(data))
    unlock(reader)
    return list(reader.pages)


def find_all(data: bytes, marker: bytes) -> list[int]:
    found, start = [], data.find(marker)
    while start != -1:
        found.append(start)
        start = data.find(marker, start + 1)
    return found


def tolerant(function, argument):
    """Annotations and metadata are extras: a broken one must not hide the text layer."""
    try:
        return function(argument)
    except (MemoryError, ExtractionError):
        raise
    except Exception:
        return None


def annotation_text(page) -> str:
    texts = []
    annotations = page.get("/Annots")
    for annotation in annotations.get_object() if annotations is not None else ():
        annotation = annotation.get_object()
        for key in ("/Contents", "/T", "/V"):
            value = annotation.get(key)
            if isinstance(value, str) and value.strip():
                texts.append(value)
        uri = (annotation.get("/A") or {}).get("/URI")
        if isinstance(uri, str):
            texts.append(uri)
    return "\n".join(texts)


def document_fields(reader: PdfReader) -> list[tuple[str, str]]:
    """Author, title, subject, ... and the values typed into form fields."""
    metadata = reader.metadata or {}
    info = "\n".join(
        str(value)
        for key, value in metadata.items()
        if key not in NOT_TEXT_INFO and isinstance(value, TextStringObject) and value.strip()
    )
    fields = reader.get_form_text_fields() or {}
    values = "\n".join(f"{name}: {value}" for name, value in fields.items() if value)
    parts = [("document information", info), ("form fields", values)]
    return [(location, text) for location, text in parts if text.strip()]


def looks_scanned(page) -> bool:
    """Images cover more than MIN_IMAGE_COVERAGE of the page; unreadable pages count too."""
    return image_coverage(page)[0] > MIN_IMAGE_COVERAGE


def image_coverage(page, drawn: set[int] | None = None) -> tuple[float, float]:
    """(all images, the largest image) as fractions of the page area; (1, 1) for a page whose
    content stream cannot be walked (not passed silently). The ids of the Form XObjects the
    page draws are added to `drawn`."""
    box = page.cropbox
    page_area = abs(float(box.width) * float(box.height)) or 1.0
    largest: list[float] = []
    try:
        covered = image_area(
            page.get_contents(), page.get("/Resources"), 1.0, 0, set(), largest, drawn
        )
    except (MemoryError, ExtractionError):
        raise
    except Exception:
        return 1.0, 1.0
    return covered / page_area, max(largest, default=0.0) / page_area


def outline_text(reader: PdfReader) -> str:
    """Bookmark titles, nested outlines flattened."""
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            elif getattr(item, "title", None):
                titles.append(str(item.title))

    walk(reader.outline)
    return "\n".join(titles)


def xmp_text(reader: PdfReader) -> str:
    """The text nodes of the document's XMP metadata packet (creator, title, description...)."""
    from .extract_zip import xml_text

    metadata = reader.trailer["/Root"].get("/Metadata")
    if metadata is None:
        return ""
    return " ".join(xml_text(metadata.get_object().get_data()).split())


def image_area(
    contents,
    resources,
    scale: float,
    depth: int,
    seen: set,
    largest: list | None = None,
    drawn: set | None = None,
) -> float:
    """Page area covered by images drawn by `contents` (overlaps counted twice); the area of
    each image is appended to `largest`."""
    if contents is None:
        return 0.0
    resources = resources.get_object() if resources is not None else {}
    xobjects = resources.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else {}
    area, stack = 0.0, []
    for operands, operator in contents.operations:
        if operator == b"q":
            stack.append(scale)
        elif operator == b"Q":
            scale = stack.pop() if stack else scale
        elif operator == b"cm" and len(operands) == 6:
            a, b, c, d = (float(value) for value in operands[:4])
            scale *= a * d - b * c
        elif operator == b"INLINE IMAGE":
            area += abs(scale)
            if largest is not None:
                largest.append(abs(scale))
        elif operator == b"Do" and operands and operands[0] in xobjects:
            reference = xobjects.raw_get(operands[0])
            area += xobject_area(reference, resources, scale, depth, seen, largest, drawn)
    return area


def xobject_area(
    reference,
    resources,
    scale: float,
    depth: int,
    seen: set,
    largest: list | None = None,
    drawn: set | None = None,
) -> float:
    xobject = reference.get_object()
    subtype = xobject.get("/Subtype")
    if subtype == "/Image":
        if largest is not None:
            largest.append(abs(scale))
        return abs(scale)
    key = getattr(reference, "idnum", id(xobject))
    if subtype != "/Form" or depth >= MAX_FORM_DEPTH or key in seen:
        return 0.0
    if drawn is not None and isinstance(reference, IndirectObject):
        drawn.add(reference.idnum)
    matrix = [float(value) for value in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0])]
    form_scale = scale * (matrix[0] * matrix[3] - matrix[1] * matrix[2])
    contents = ContentStream(xobject, getattr(reference, "pdf", None))
    inner = xobject.get("/Resources") or resources
    return image_area(contents, inner, form_scale, depth + 1, seen | {key}, largest, drawn)
