"""XLSX: every cell of every sheet (hidden ones too), comments, properties, embedded files.

Cells of a row are joined by tabs, rows end with a newline; each cell is a part located as
"Sheet!B7". A whole-number float becomes an integer string: a NIK typed into Excel is stored as
a float (3201014508900002.0) and must still read as 16 digits.
"""

import datetime
import io
import warnings

from .extract_embedded import Attachments
from .extract_result import Extraction, ExtractionError, Limits, TextBuilder
from .extract_zip import open_zip, read_entry, xml_text

EXTRA_PARTS = ("docProps/", "xl/comments", "xl/threadedComments/", "xl/persons/")


def cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e17:
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def xlsx_text(data: bytes, limits: Limits) -> Extraction:
    from openpyxl import load_workbook

    archive = open_zip(data, limits)
    builder = TextBuilder(limits.max_text_chars)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unsupported extensions, styles: noise here
        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except MemoryError:
            raise
        except Exception as error:  # openpyxl raises many types on bad input
            raise ExtractionError("malformed", f"{type(error).__name__}: {error}") from error
        for sheet in workbook.worksheets:
            add_sheet(builder, sheet)
        workbook.close()
    attachments = Attachments(builder, limits)
    for entry in archive.infolist():
        if attachments.read(archive, entry):
            continue
        if entry.filename.startswith(EXTRA_PARTS) and entry.filename.endswith(".xml"):
            text = xml_text(read_entry(archive, entry))
            if text.strip():
                builder.add(entry.filename, text)
    return attachments.finish()


def add_sheet(builder: TextBuilder, sheet) -> None:
    sheet.reset_dimensions()  # a wrong <dimension> in the file must not hide rows or columns
    for row in sheet.iter_rows():
        cells = [cell for cell in row if cell.value is not None]
        for index, cell in enumerate(cells, start=1):
            end = "\n" if index == len(cells) else "\t"
            builder.add(f"{sheet.title}!{cell.coordinate}", cell_text(cell.value), end)
