"""TXT and CSV: the decoded file itself, one part per line: offsets are the file's characters."""

import codecs

from .extract_result import Extraction, Limits, TextBuilder


def decode(data: bytes) -> str:
    """UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252, else Latin-1 (never fails)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def plain_text(data: bytes, limits: Limits) -> Extraction:
    """Parts "line 1", "line 2", ...: each line keeps its own line ending."""
    builder = TextBuilder(limits.max_text_chars)
    lines = decode(data).split("\n")
    last = len(lines) - 1
    for number, line in enumerate(lines, start=1):
        builder.add(f"line {number}", line, end="" if number > last else "\n")
    return builder.build()
