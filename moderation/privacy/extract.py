"""Text of uploaded documents for the privacy scanner, extracted under time and memory limits.

    from moderation.privacy.extract import extract, Limits
    result = extract(data, "laporan.pdf")          # or extract_path(path)
    result.status      # "ok" | "needs_review" | "error"
    result.reason      # "" or a short code, with result.detail in plain English
    result.text        # the file's whole decoded text
    result.parts       # Part(location, text, offset): result.text[offset:offset+len(text)]
    result.location_at(finding.start)                # "page 2", "Sheet1!C5", "line 12"

Scan `result.text` once (context crosses part boundaries, e.g. a "NIK" column header) and
locate each finding with `location_at`: its start/end index the decoded text. For TXT and CSV
that is the file's own characters (UTF-8, UTF-16 with BOM, Windows-1252 or Latin-1).

Formats (extension decides; anything else is "error"/"unsupported"):
- PDF: text layer per page ("page N"), annotations, form field values, document information,
  and the text of every object no page shows ("object N, not on any page": orphaned content
  streams, Form XObjects never drawn, objects an incremental update overwrote or no
  cross-reference lists; beyond the object limits "needs_review"/"unread_objects").
  A page with < 200 characters of text and images over > 5 % of its area is likely a scan:
  "needs_review"/"scanned_page" (the text is still returned). A logo does not trigger it;
  a KTP copied at its real size (7.4 % of A4) does.
- DOCX, ODT: every XML part with text straight from the zip (body, headers, footers,
  footnotes, comments, tracked deletions, docProps author...), located by part name; text
  attributes ("NAME (attributes)": alt text, ODT hidden/conditional text, user fields,
  form-field entries); link targets from *.rels. Large raster images in the media folder:
  "needs_review"/"large_image".
- XLSX: openpyxl read-only, every sheet incl. hidden ones, every cell ("Sheet!B7"), cells of a
  row joined by tabs; whole-number floats as integer strings (a NIK typed into Excel is a
  float); plus comments, docProps and large images as for DOCX, and what no cell shows:
  shared strings no cell uses, worksheet parts the workbook does not list, number-format
  literals, validation prompts and drop-down entries.
- Documents embedded in DOCX/XLSX (word/embeddings, xl/embeddings) are read one level deep
  ("word/embeddings/x.xlsx > Sheet1!C4"); OLE objects, unreadable embeddings and PDF
  attachments give "needs_review"/"embedded_file".
- CSV, TXT: the decoded file, one part per line ("line N").

Errors (status "error", count as blocked until a human clears them), by reason code:
unsupported, too_large, zip_limits (entry count or declared uncompressed size: zip bombs),
encrypted (PDF user password; OLE-wrapped OOXML; encrypted ODT), malformed, text_too_large,
timeout, memory, crashed, worker; unreadable_file (extract_path could not read the path).

`embedded_pictures(data, name)` returns grey thumbnails of the pictures inside a PDF or an
office file (extract_pictures), read in the same workers.

Isolation: `extract` runs the readers in a reused worker process (`extract_pool`) whose address
space is capped with RLIMIT_AS (`Limits.max_memory_bytes`) and which is killed when it overruns
`Limits.timeout_seconds`. `extract_in_process` runs them here, without those two limits.
"""

from pathlib import Path

from .extract_pool import close_pools, pool_for
from .extract_readers import document_kind, extract_in_process
from .extract_result import (
    ERROR,
    NEEDS_REVIEW,
    OK,
    Extraction,
    Limits,
    Part,
    failed,
)

DEFAULT_LIMITS = Limits()

__all__ = [
    "DEFAULT_LIMITS",
    "ERROR",
    "NEEDS_REVIEW",
    "OK",
    "Extraction",
    "Limits",
    "Part",
    "close_pools",
    "document_kind",
    "embedded_pictures",
    "text_pictures",
    "extract",
    "extract_in_process",
    "extract_path",
]


def extract(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """Extract the text of a file named `name` (only its extension matters) in a worker."""
    kind = document_kind(name)
    if not kind:
        return failed("unsupported", f"file type of {Path(name).name!r}")
    if len(data) > limits.max_file_bytes:
        return failed("too_large", f"{len(data)} bytes, limit {limits.max_file_bytes}")
    return pool_for(limits.max_memory_bytes).extract(data, kind, limits)


def embedded_pictures(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> list | None:
    """Grey thumbnails (pictures.Thumbnail) of the pictures inside a PDF, DOCX, ODT or XLSX,
    read in a worker; None when they could not be read."""
    from .pictures import Thumbnail

    kind = document_kind(name)
    if not kind or len(data) > limits.max_file_bytes:
        return None
    found = pool_for(limits.max_memory_bytes).pictures(data, kind, limits)
    return None if found is None else [Thumbnail.from_json(item) for item in found]


def text_pictures(
    data: bytes, name: str, limits: Limits, side: int, most: int
) -> list[bytes] | None:
    """The pictures inside a PDF, DOCX, ODT or XLSX that may hold text (a scanned page, a
    screenshot), grey PNG, longer side at most `side`, at most `most` (one more when there are
    more); read in a worker; None when they could not be read."""
    import base64

    kind = document_kind(name)
    if not kind or len(data) > limits.max_file_bytes:
        return None
    found = pool_for(limits.max_memory_bytes).pictures(
        data, kind, limits, task="text_pictures", side=side, most=most
    )
    return None if found is None else [base64.b64decode(item) for item in found]


def extract_path(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Extraction:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            return failed("too_large", f"{size} bytes, limit {limits.max_file_bytes}")
        data = path.read_bytes()
    except OSError as error:
        return failed("unreadable_file", error.strerror or str(error))
    return extract(data, path.name, limits)
