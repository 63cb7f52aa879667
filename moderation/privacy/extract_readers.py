"""Choosing the reader for a file type and running it in this process, without a sandbox."""

import os
from collections.abc import Callable

from .extract_office import office_text
from .extract_pdf import pdf_text
from .extract_plain import plain_text
from .extract_result import Extraction, ExtractionError, Limits, failed
from .extract_xlsx import xlsx_text

Reader = Callable[[bytes, Limits], Extraction]
READERS: dict[str, Reader] = {
    "pdf": pdf_text,
    "docx": office_text,
    "odt": office_text,
    "xlsx": xlsx_text,
    "csv": plain_text,
    "txt": plain_text,
}


def document_kind(name: str) -> str:
    """'pdf', 'docx', ... from a file name or a bare extension; '' when unsupported."""
    extension = os.path.splitext(name)[1] or name
    kind = extension.lstrip(".").lower()
    return kind if kind in READERS else ""


def extract_in_process(data: bytes, kind: str, limits: Limits) -> Extraction:
    """Run the reader here: no time or memory limit. Workers and trusted callers only."""
    if kind not in READERS:
        return failed("unsupported", f"file type {kind or 'unknown'!r}")
    if len(data) > limits.max_file_bytes:
        return failed("too_large", f"{len(data)} bytes, limit {limits.max_file_bytes}")
    try:
        return READERS[kind](data, limits)
    except ExtractionError as error:
        return failed(error.reason, error.detail[:300])
    except MemoryError:
        return failed("memory", f"more than {limits.max_memory_bytes} bytes")
    except RecursionError:
        return failed("malformed", "structure nested too deeply")
    except Exception as error:  # a reader tripping on hostile input: the file cannot be read
        return failed("malformed", f"{type(error).__name__}: {error}"[:300])
