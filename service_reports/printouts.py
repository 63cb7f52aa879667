"""The report as an A4 PDF (letterhead, tables, server-made charts, signature blocks) and as
an XLSX of its figures."""

from __future__ import annotations

from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from ppid_pages.printing import (
    PAGE_WIDTH,
    Signature,
    build_a4,
    data_table,
    letterhead_for,
    signature_blocks,
    styles,
    xlsx_bytes,
)
from sop_governance.evaluations.printouts import default_office, person

from .charts import pdf_bars
from .models import AnnualServiceReport
from .tables import figure_tables

CHARTED = ("by_channel", "by_requester_type", "by_decision")


def title_of(report: AnnualServiceReport) -> str:
    return _("PUBLIC INFORMATION SERVICE REPORT %(year)s") % {"year": report.year}


def report_pdf(report: AnnualServiceReport) -> bytes:
    office = default_office()
    style = styles()
    story: list = []
    for caption, rows in figure_tables(report.figures):
        story += [
            Paragraph(caption, style["body"]),
            data_table(rows[0], rows[1:], [3, 1]),
            Spacer(1, 0.3 * cm),
        ]
    for key in CHARTED:
        rows = [(row["label"], row["count"]) for row in report.figures.get(key, [])]
        if any(value for _label, value in rows):
            story += [pdf_bars(rows, PAGE_WIDTH), Spacer(1, 0.3 * cm)]
    for label, text in (
        (_("Policy"), report.policy),
        (_("Implementation"), report.implementation),
        (_("Constraints"), report.constraints),
        (_("Recommendations"), report.recommendations),
    ):
        story.append(Paragraph(f"<b>{label}</b>", style["body"]))
        for paragraph in (text or "-").split("\n\n"):
            story.append(Paragraph(escape(paragraph).replace("\n", "<br/>"), style["body"]))
    signed_on = (
        timezone.localtime(report.signed_at).strftime("%d-%m-%Y") if report.signed_at else ""
    )
    story += [
        Spacer(1, 0.6 * cm),
        signature_blocks(
            [
                Signature(_("Drafted by the PPID"), person(report.drafted_by)),
                Signature(
                    office.head_of_office_title or _("Head of office"),
                    person(report.signed_by),
                    signed_on,
                ),
            ]
        ),
    ]
    return build_a4(title_of(report), letterhead_for(office), story)


def report_xlsx(report: AnnualServiceReport) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(report.year)
    sheet.append([title_of(report)])
    sheet["A1"].font = Font(bold=True)
    for caption, rows in figure_tables(report.figures):
        sheet.append([])
        sheet.append([caption])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        for position, row in enumerate(rows):
            sheet.append([int(v) if str(v).isdigit() else v for v in row])
            if position == 0:
                for cell in sheet[sheet.max_row]:
                    cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 18
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    return xlsx_bytes(workbook)
