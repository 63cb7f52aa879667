"""XLSX: every cell of every sheet (hidden ones too), and every other part with text by its
content: comments, properties, text boxes, chart and pivot caches, embedded files.

Cells of a row are joined by tabs, rows end with a newline; each cell is a part located as
"Sheet!B7". A whole-number float becomes an integer string: a NIK typed into Excel is stored as
a float (3201014508900002.0) and must still read as 16 digits; a 9-12 digit number starting
with 8 is a mobile number that lost its leading 0 and is written with it. Sheet names, the
text formulas build from literals (="3404"&"0122"...) and page headers / footers are read too,
and what the file stores but no cell shows: shared strings no cell uses, worksheet parts the
workbook does not list, literals of custom number formats, validation prompts, tooltips and
the alt text of drawings.
"""

import datetime
import io
import re
import warnings
from html import unescape

from .extract_embedded import Attachments
from .extract_result import Extraction, ExtractionError, Limits, TextBuilder
from .extract_zip import (
    attribute_text,
    external_targets,
    open_zip,
    part_text,
    read_entry,
    xml_text,
)

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
        shown: set[str] = set()  # the text of every cell, to find the strings none shows
        loaded = set()
        for sheet in workbook.worksheets:
            builder.add(f"{sheet.title} (sheet name)", sheet.title)
            add_sheet(builder, sheet, shown)
            loaded.add(getattr(sheet, "_worksheet_path", ""))
        workbook.close()
    for entry in archive.infolist():
        name = entry.filename
        if name.startswith("xl/worksheets/") and not name.endswith((".rels", "/")):
            content = read_entry(archive, entry)
            for location, text in sheet_extras(name, content):
                builder.add(location, text)
            if name not in loaded:  # a sheet the workbook does not list: no reader opens it
                text = part_text(content)
                if text.strip():
                    builder.add(f"{name} (sheet not in the workbook)", text)
        elif name == "xl/sharedStrings.xml":
            unused = unused_strings(read_entry(archive, entry), shown)
            if unused:
                builder.add(f"{name} (not used by any cell)", unused)
        elif name == "xl/styles.xml":
            literals = format_literals(read_entry(archive, entry))
            if literals:
                builder.add(f"{name} (number formats)", literals)
    attachments = Attachments(builder, limits)
    for entry in archive.infolist():
        if attachments.read(archive, entry):
            continue
        name = entry.filename
        if name.endswith("/") or name.startswith(READ_PARTS + FORMATTING_PARTS):
            continue
        attributes = ""
        if name.endswith(".rels"):
            text = external_targets(read_entry(archive, entry))
        else:
            content = read_entry(archive, entry)
            text, attributes = part_text(content), attribute_text(content)
        if text.strip():
            builder.add(name, text)
        if attributes:
            builder.add(f"{name} (attributes)", attributes)
    return attachments.finish()


SHARED_STRING = re.compile(rb"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>", re.S)
PHONETIC = re.compile(rb"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
NUMBER_FORMAT = re.compile(r'\bformatCode\s*=\s*"([^"]*)"')


def unused_strings(xml: bytes, shown: set[str]) -> str:
    """Shared strings no cell shows: still in the file the public downloads (a cell cleared,
    a row deleted, a sheet removed by hand leave them behind)."""
    unused = []
    for match in SHARED_STRING.finditer(xml):
        text = xml_text(PHONETIC.sub(b"", match.group(1))).strip()
        if text and text not in shown:
            unused.append(text)
    return "\n".join(dict.fromkeys(unused))


def format_literals(xml: bytes) -> str:
    """Quoted text in custom number formats: a format "NIK "0 shows that text in every cell
    that uses it, though no cell holds it."""
    literals = []
    for code in NUMBER_FORMAT.findall(xml.decode("utf-8", "replace")):
        literals += [part for part in STRING_LITERAL.findall(unescape(code)) if part.strip()]
    return "\n".join(dict.fromkeys(literals))


# Cell formulas, and the formulas of data validations (a drop-down list's literal entries).
FORMULA = re.compile(rb"<(f|formula|formula1|formula2)(?:\s[^>]*)?>([^<]*)</\1>")
HEADER_FOOTER = re.compile(rb"<(odd|even|first)(Header|Footer)>([^<]*)</\1\2>")
STRING_LITERAL = re.compile(r'"((?:[^"]|"")*)"')
FORMAT_CODE = re.compile(r'&(?:"[^"]*"|[LCRPNDTZFAGBISUEXY]|[0-9]+)')


def sheet_extras(name: str, xml: bytes) -> list[tuple[str, str]]:
    """Formulas (the text a formula builds from literals, e.g. ="3404"&"0122"&"07850003", and
    the entries of a drop-down list), header / footer texts, data-validation prompts and
    hyperlink tooltips of a worksheet part: values the cached cell text may not show."""
    extras = []
    built = []
    for match in FORMULA.finditer(xml):
        formula = unescape(match.group(2).decode("utf-8", "replace"))
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
    attributes = attribute_text(xml)  # validation prompts, hyperlink tooltips and labels
    if attributes:
        extras.append((f"{name} (attributes)", attributes))
    return extras


def add_sheet(builder: TextBuilder, sheet, shown: set[str]) -> None:
    sheet.reset_dimensions()  # a wrong <dimension> in the file must not hide rows or columns
    for row in sheet.iter_rows():
        cells = [cell for cell in row if cell.value is not None]
        for index, cell in enumerate(cells, start=1):
            end = "\n" if index == len(cells) else "\t"
            if isinstance(cell.value, str):
                shown.add(cell.value.strip())
            builder.add(f"{sheet.title}!{cell.coordinate}", cell_text(cell.value), end)
