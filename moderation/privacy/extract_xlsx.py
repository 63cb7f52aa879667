"""XLSX: every cell of every sheet (hidden ones too), and every other part with text by its
content: comments, properties, text boxes, chart and pivot caches, embedded files.

Cells of a row are joined by tabs, rows end with a newline; each cell is a part located as
"Sheet!B7". A whole-number float becomes an integer string: a NIK typed into Excel is stored as
a float (3201014508900002.0) and must still read as 16 digits; a 9-12 digit number starting
with 8 is a mobile number that lost its leading 0 and is written with it. Sheet names, the
text formulas build from literals (="3404"&"0122"...) and page headers / footers are read too.
"""

import datetime
import io
import re
import warnings
from html import unescape

from .extract_embedded import Attachments
from .extract_result import Extraction, ExtractionError, Limits, TextBuilder
from .extract_zip import external_targets, open_zip, part_text, read_entry

# Parts the workbook reader already read (cells, shared strings, sheet names) or formatting
# only; every other part is read by its content: text boxes and shapes (xl/drawings), chart
# caches (xl/charts), pivot caches, external-link caches, comments, properties, custom XML.
# (xl/workbook.xml is read: its defined names hold constants a formula can print.)
READ_PARTS = ("xl/worksheets/", "xl/sharedStrings.xml", "xl/calcChain.xml")
FORMATTING_PARTS = ("[Content_Types].xml", "xl/styles.xml", "xl/theme/", "xl/printerSettings/")


def cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e17:
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        digits = str(value)
        if digits[0] == "8" and 9 <= len(digits) <= 12:
            return "0" + digits  # a mobile number stored as a number lost its leading 0
        return digits
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
            builder.add(f"{sheet.title} (sheet name)", sheet.title)
            add_sheet(builder, sheet)
        workbook.close()
    for entry in archive.infolist():
        if entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml"):
            for location, text in sheet_extras(entry.filename, read_entry(archive, entry)):
                builder.add(location, text)
    attachments = Attachments(builder, limits)
    for entry in archive.infolist():
        if attachments.read(archive, entry):
            continue
        name = entry.filename
        if name.endswith("/") or name.startswith(READ_PARTS + FORMATTING_PARTS):
            continue
        if name.endswith(".rels"):
            text = external_targets(read_entry(archive, entry))
        else:
            text = part_text(read_entry(archive, entry))
        if text.strip():
            builder.add(name, text)
    return attachments.finish()


FORMULA = re.compile(rb"<f(?:\s[^>]*)?>([^<]*)</f>")
HEADER_FOOTER = re.compile(rb"<(odd|even|first)(Header|Footer)>([^<]*)</\1\2>")
STRING_LITERAL = re.compile(r'"((?:[^"]|"")*)"')
FORMAT_CODE = re.compile(r'&(?:"[^"]*"|[LCRPNDTZFAGBISUEXY]|[0-9]+)')


def sheet_extras(name: str, xml: bytes) -> list[tuple[str, str]]:
    """Formulas (the text a formula builds from literals, e.g. ="3404"&"0122"&"07850003")
    and header / footer texts of a worksheet part: values the cached cell text may not show."""
    extras = []
    built = []
    for match in FORMULA.finditer(xml):
        formula = unescape(match.group(1).decode("utf-8", "replace"))
        literals = [part.replace('""', '"') for part in STRING_LITERAL.findall(formula)]
        if literals:
            built.append("".join(literals))
    if built:
        extras.append((f"{name} formulas", "\n".join(built)))
    texts = [
        FORMAT_CODE.sub(" ", unescape(match.group(3).decode("utf-8", "replace"))).strip()
        for match in HEADER_FOOTER.finditer(xml)
    ]
    texts = [text for text in texts if text]
    if texts:
        extras.append((f"{name} header/footer", "\n".join(texts)))
    return extras


def add_sheet(builder: TextBuilder, sheet) -> None:
    sheet.reset_dimensions()  # a wrong <dimension> in the file must not hide rows or columns
    for row in sheet.iter_rows():
        cells = [cell for cell in row if cell.value is not None]
        for index, cell in enumerate(cells, start=1):
            end = "\n" if index == len(cells) else "\t"
            builder.add(f"{sheet.title}!{cell.coordinate}", cell_text(cell.value), end)
