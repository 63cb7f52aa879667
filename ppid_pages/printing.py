"""A4 printouts (hardcopy records) with the office letterhead, built with reportlab.

reportlab is pure pip: PDFs work on a fresh machine with no system packages.
"""

from dataclasses import dataclass
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

PAGE_WIDTH = A4[0] - 4 * cm
LANDSCAPE_WIDTH = A4[1] - 3 * cm  # registers with many columns (build_a4(..., wide=True))


@dataclass(frozen=True)
class Letterhead:
    parent_institution: str
    office_name: str
    address: str


@dataclass(frozen=True)
class Signature:
    role: str
    name: str
    date: str = ""


def letterhead_for(office) -> Letterhead:
    """The letterhead of a PPIDSettings instance."""
    contacts = ", ".join(value for value in (office.phone, office.email) if value)
    address = ", ".join(office.address.splitlines())
    return Letterhead(
        parent_institution=office.parent_institution,
        office_name=office.office_name,
        address=f"{address}. {contacts}".strip(". "),
    )


def styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "head": ParagraphStyle("head", parent=base["Title"], fontSize=12, spaceAfter=0),
        "office": ParagraphStyle("office", parent=base["Title"], fontSize=14, spaceAfter=2),
        "address": ParagraphStyle("address", parent=base["Normal"], fontSize=8, alignment=1),
        "title": ParagraphStyle("title", parent=base["Heading2"], alignment=1, spaceBefore=12),
        "body": ParagraphStyle("body", parent=base["Normal"], leading=14, spaceAfter=6),
        "cell": ParagraphStyle("cell", parent=base["Normal"], fontSize=8.5, leading=11),
        "small": ParagraphStyle("small", parent=base["Normal"], fontSize=8),
    }


def letterhead_flowables(letterhead: Letterhead) -> list:
    style = styles()
    flowables = []
    if letterhead.parent_institution:
        flowables.append(Paragraph(escape(letterhead.parent_institution.upper()), style["head"]))
    flowables += [
        Paragraph(escape(letterhead.office_name.upper()), style["office"]),
        Paragraph(escape(letterhead.address), style["address"]),
        HRFlowable(width="100%", thickness=1.5, spaceBefore=4, spaceAfter=4),
    ]
    return flowables


def cell(text) -> Paragraph:
    return Paragraph(escape(str(text or "")).replace("\n", "<br/>"), styles()["cell"])


def field_table(rows: list[tuple[str, str]]) -> Table:
    table = Table(
        [[cell(label), cell(value)] for label, value in rows],
        colWidths=[5 * cm, PAGE_WIDTH - 5 * cm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
            ]
        )
    )
    return table


def data_table(
    headers: list[str], rows: list[list[str]], widths: list[float], page_width: float = PAGE_WIDTH
) -> Table:
    total = sum(widths)
    table = Table(
        [[cell(header) for header in headers]] + [[cell(value) for value in row] for row in rows],
        colWidths=[page_width * width / total for width in widths],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ]
        )
    )
    return table


def signature_blocks(signatures: list[Signature], page_width: float = PAGE_WIDTH) -> Table:
    columns = [
        [
            cell(signature.date),
            cell(signature.role),
            Spacer(1, 1.8 * cm),
            cell(signature.name or "(.................................)"),
        ]
        for signature in signatures
    ]
    table = Table([columns], colWidths=[page_width / len(signatures)] * len(signatures))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def build_a4(title: str, letterhead: Letterhead, story: list, wide: bool = False) -> bytes:
    """An A4 PDF: letterhead, centred title, then `story` (landscape when `wide`)."""
    buffer = BytesIO()
    margin = 1.5 * cm if wide else 2 * cm
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4) if wide else A4,
        title=title,
        author=letterhead.office_name,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=1.5 * cm,
        bottomMargin=1.5 * cm,
        pageCompression=1,
    )
    heading = Paragraph(escape(title), styles()["title"])
    document.build([*letterhead_flowables(letterhead), heading, Spacer(1, 0.3 * cm), *story])
    return buffer.getvalue()


def xlsx_bytes(workbook) -> bytes:
    """An openpyxl workbook as XLSX bytes, with no cell a spreadsheet would evaluate.

    The exports hold text and numbers only, but openpyxl stores any text that starts with "="
    as a formula: a requester's name such as '=HYPERLINK("http://...")' in a register would
    run in the office's spreadsheet (formula injection). Such cells are written as text."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for item in row:
                if item.data_type == "f":
                    item.data_type = "s"
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
