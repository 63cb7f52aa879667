"""PDF: the text layer page by page, annotations, form field values and document information.
Attached files make the result "needs_review" (embedded_file).

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
from pypdf.generic import ContentStream, TextStringObject

from .extract_result import NEEDS_REVIEW, OK, Extraction, ExtractionError, Limits, TextBuilder

MIN_PAGE_TEXT = 200
MIN_IMAGE_COVERAGE = 0.05
MAX_FORM_DEPTH = 8
NOT_TEXT_INFO = {"/CreationDate", "/ModDate", "/Producer", "/Trapped"}

logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_text(data: bytes, limits: Limits) -> Extraction:
    try:
        reader = PdfReader(io.BytesIO(data))
        unlock(reader)
        return read_pages(reader, limits)
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


def read_pages(reader: PdfReader, limits: Limits) -> Extraction:
    builder = TextBuilder(limits.max_text_chars)
    scanned = []
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        builder.add(f"page {number}", text, end="\n\n")
        notes = tolerant(annotation_text, page)
        if notes:
            builder.add(f"page {number} annotations", notes)
        if len(text.strip()) < MIN_PAGE_TEXT and looks_scanned(page):
            scanned.append(str(number))
    for location, text in tolerant(document_fields, reader) or ():
        builder.add(location, text)
    if scanned:
        return builder.build(NEEDS_REVIEW, "scanned_page", "page " + ", ".join(scanned))
    attached = tolerant(lambda reader: len(reader.attachments), reader)
    if attached:  # files inside the PDF are not read: a human opens them
        return builder.build(NEEDS_REVIEW, "embedded_file", f"{attached} attached file(s)")
    return builder.build(OK)


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
    box = page.cropbox
    page_area = abs(float(box.width) * float(box.height)) or 1.0
    try:
        covered = image_area(page.get_contents(), page.get("/Resources"), 1.0, 0, set())
    except (MemoryError, ExtractionError):
        raise
    except Exception:  # a content stream that cannot be walked is not passed silently
        return True
    return covered / page_area > MIN_IMAGE_COVERAGE


def image_area(contents, resources, scale: float, depth: int, seen: set) -> float:
    """Page area covered by images drawn by `contents` (overlaps counted twice)."""
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
        elif operator == b"Do" and operands and operands[0] in xobjects:
            area += xobject_area(xobjects[operands[0]], resources, scale, depth, seen)
    return area


def xobject_area(reference, resources, scale: float, depth: int, seen: set) -> float:
    xobject = reference.get_object()
    subtype = xobject.get("/Subtype")
    if subtype == "/Image":
        return abs(scale)
    key = getattr(reference, "idnum", id(xobject))
    if subtype != "/Form" or depth >= MAX_FORM_DEPTH or key in seen:
        return 0.0
    matrix = [float(value) for value in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0])]
    form_scale = scale * (matrix[0] * matrix[3] - matrix[1] * matrix[2])
    contents = ContentStream(xobject, getattr(reference, "pdf", None))
    inner = xobject.get("/Resources") or resources
    return image_area(contents, inner, form_scale, depth + 1, seen | {key})
