"""Readable text of an uploaded document, part by part, for the privacy scanner.

Baseline for the workflow: the scanner issue hardens this (subprocess limits, image detection).
Each function yields (location, text). Problems raise UnreadableDocument or NeedsHumanCheck.
"""

import csv
import io
import re
import zipfile
from collections.abc import Iterator

from openpyxl import load_workbook
from pypdf import PdfReader
from pypdf.errors import PdfReadError

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_ZIP_ENTRIES = 5_000
MIN_TEXT_PER_IMAGE_PAGE = 200
XML_TAG = re.compile(rb"<[^>]+>")


class UnreadableDocument(Exception):
    """Encrypted, malformed or too large: blocked until a human clears it."""


class NeedsHumanCheck(Exception):
    """Probably a scan (page images without a text layer): a human must look at it."""


def document_texts(file, extension: str) -> Iterator[tuple[str, str]]:
    readers = {
        "pdf": pdf_texts,
        "docx": office_xml_texts,
        "odt": office_xml_texts,
        "xlsx": xlsx_texts,
        "csv": csv_texts,
        "txt": plain_texts,
    }
    if extension not in readers:
        raise UnreadableDocument(f"Unsupported type: {extension}")
    file.seek(0)
    data = file.read()
    yield from readers[extension](data)


def pdf_texts(data: bytes) -> Iterator[tuple[str, str]]:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument("Encrypted PDF")
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            if len(text.strip()) < MIN_TEXT_PER_IMAGE_PAGE and page.images:
                raise NeedsHumanCheck(f"page {number}")
            yield f"page {number}", text
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise UnreadableDocument(f"Malformed PDF: {error}") from error


def checked_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise UnreadableDocument("Malformed file") from error
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise UnreadableDocument("Too many parts")
    if sum(entry.file_size for entry in entries) > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableDocument("Uncompressed size too large")
    return archive


def office_xml_texts(data: bytes) -> Iterator[tuple[str, str]]:
    """Every XML part (body, tables, headers, comments, properties) of a DOCX or ODT file."""
    archive = checked_zip(data)
    for entry in archive.infolist():
        if entry.filename.endswith(".xml"):
            xml = archive.read(entry)
            text = XML_TAG.sub(b" ", xml).decode("utf-8", errors="replace")
            yield entry.filename, text


def xlsx_texts(data: bytes) -> Iterator[tuple[str, str]]:
    checked_zip(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types on bad input
        raise UnreadableDocument(f"Malformed spreadsheet: {error}") from error
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield f"{sheet.title}!{cell.coordinate}", cell_text(cell.value)


def cell_text(value) -> str:
    """Whole-number floats (a NIK typed into Excel) become integer strings."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def csv_texts(data: bytes) -> Iterator[tuple[str, str]]:
    reader = csv.reader(io.StringIO(data.decode("utf-8", errors="replace")))
    for number, row in enumerate(reader, start=1):
        yield f"row {number}", " ".join(row)


def plain_texts(data: bytes) -> Iterator[tuple[str, str]]:
    yield "text", data.decode("utf-8", errors="replace")
