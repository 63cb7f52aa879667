"""The Daftar Informasi Publik and the Daftar Informasi yang Dikecualikan as one-table
exports (XLSX and A4 PDF) in the layout of Perki 1/2021's annex.

What goes in is decided by the pages themselves, the same rule as their public listings:
`DipIndexPage.public_entries()` (never an exempt or withheld entry) and
`ExemptIndexPage.register_entries()` (for exempt information only what the register may show:
title, legal ground, consequence test, period; never its summary, unit or documents).
"""

from dataclasses import dataclass
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from .printing import (
    LANDSCAPE_WIDTH,
    Signature,
    build_a4,
    data_table,
    letterhead_for,
    signature_blocks,
    styles,
    xlsx_bytes,
)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Register:
    title: str
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths of the PDF
    decree: str  # "SK ... tanggal ...", or ""


def long_date(value) -> str:
    return date_format(value, "j F Y") if value else ""


def decree_text(page) -> str:
    if not page.decree_number:
        return ""
    text = _("Adopted by decree number %(number)s") % {"number": page.decree_number}
    if page.decree_date:
        text += " " + _("of %(date)s") % {"date": long_date(page.decree_date)}
    return text


def plain(html: str) -> str:
    return " ".join(strip_tags(html or "").split())


def dip_headers() -> list[str]:
    return [
        _("No."),
        _("Number"),
        _("Information and summary of contents"),
        _("Category"),
        _("Official/unit holding the information"),
        _("Responsible for creation/publication"),
        _("Time and place of creation"),
        _("Available format"),
        _("Retention period"),
    ]


def dip_register(index) -> Register:
    """Every public entry of the DIP, by category then number."""
    entries = index.public_entries().order_by("category", "number", "pk")
    rows = [
        [
            str(position),
            entry.number,
            f"{entry.title}\n{plain(entry.summary)}".strip(),
            entry.get_category_display(),
            entry.unit.name,
            entry.responsible_party,
            f"{entry.created_place}, {long_date(entry.created_date)}",
            entry.get_information_format_display(),
            entry.retention_period,
        ]
        for position, entry in enumerate(entries, start=1)
    ]
    return Register(
        title=_("DAFTAR INFORMASI PUBLIK"),
        headers=dip_headers(),
        rows=rows,
        widths=[1, 2.2, 6, 2.4, 3, 3, 3, 2, 2.4],
        decree=decree_text(index),
    )


def dik_headers() -> list[str]:
    return [
        _("No."),
        _("Exempt information"),
        _("Legal basis of the exemption"),
        _("Consequence test decision"),
        _("Exemption period"),
    ]


def consequence_test(entry) -> str:
    values = (entry.consequence_test_number, long_date(entry.consequence_test_date))
    return ", ".join(value for value in values if value)


def dik_register(index) -> Register:
    entries = index.register_entries()
    rows = [
        [
            str(position),
            entry.title,
            entry.exemption_legal_basis,
            consequence_test(entry),
            entry.exemption_period,
        ]
        for position, entry in enumerate(entries, start=1)
    ]
    return Register(
        title=_("DAFTAR INFORMASI YANG DIKECUALIKAN"),
        headers=dik_headers(),
        rows=rows,
        widths=[1, 6, 5, 4, 2.5],
        decree=decree_text(index),
    )


def register_xlsx(register: Register, office) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = register.title[:31]
    sheet.append([office.office_name])
    sheet.append([register.title])
    sheet.append([register.decree])
    sheet.append([])
    sheet.append(register.headers)
    for cell in sheet[5]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in register.rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=6):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEFGHI", register.widths, strict=False):
        sheet.column_dimensions[column].width = max(6, width * 8)
    sheet.freeze_panes = "A6"
    return xlsx_bytes(workbook)


def register_pdf(register: Register, office) -> bytes:
    style = styles()
    story = []
    if register.decree:
        story.append(Paragraph(escape(register.decree), style["body"]))
    story += [
        data_table(register.headers, register.rows, register.widths, LANDSCAPE_WIDTH)
        if register.rows
        else Paragraph(_("No entries."), style["body"]),
        Spacer(1, 1 * cm),
        signature_blocks(
            [Signature(office.head_of_office_title, "", long_date(timezone.localdate()))],
            LANDSCAPE_WIDTH / 2,
        ),
    ]
    return build_a4(register.title, letterhead_for(office), story, wide=True)


def download(data: bytes, filename: str, content_type: str):
    from django.http import HttpResponse

    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def serve_register(request, register: Register, name: str, kind: str):
    """The register as `name`.xlsx or `name`.pdf for the request's site."""
    from .discovery import public_office

    office = public_office(request)
    stamp = timezone.localdate().isoformat()
    if kind == "xlsx":
        return download(register_xlsx(register, office), f"{name}-{stamp}.xlsx", XLSX_TYPE)
    return download(register_pdf(register, office), f"{name}-{stamp}.pdf", "application/pdf")
