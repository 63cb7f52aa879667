"""C1/C2 reports as A4 PDF (office letterhead, signature blocks) and XLSX."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer
from wagtail.models import Site

from ppid_pages.models import PPIDSettings
from ppid_pages.printing import (
    Signature,
    build_a4,
    data_table,
    field_table,
    letterhead_for,
    signature_blocks,
    styles,
    xlsx_bytes,
)

from .models import EvaluationReport
from .periods import MONTHLY, parse
from .presentation import tables


def default_office() -> PPIDSettings:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return PPIDSettings.for_site(site)


def person(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def local(value) -> str:
    return timezone.localtime(value).strftime("%d-%m-%Y %H:%M") if value else "-"


def title_of(report: EvaluationReport) -> str:
    period = parse(report.kind, report.period)
    if report.kind == MONTHLY:
        return _("C2 MONTHLY EVALUATION REPORT") + f" - {period.label.upper()}"
    return _("C1 SEMIANNUAL EVALUATION REPORT") + f" - {period.label.upper()}"


def head_fields(report: EvaluationReport) -> list[tuple[str, str]]:
    period = parse(report.kind, report.period)
    return [
        (_("Report"), report.get_kind_display()),
        (_("Period"), period.label),
        (_("Generated at"), local(report.generated_at)),
        (_("Status"), report.get_status_display()),
        (
            _("Evaluation meeting"),
            date_format(report.meeting_date, "j F Y") if report.meeting_date else "-",
        ),
        (_("Evaluation notes"), report.notes or "-"),
    ]


def signatures(report: EvaluationReport, office: PPIDSettings) -> list[Signature]:
    signed_on = ""
    if report.signed_at:
        signed_on = date_format(timezone.localtime(report.signed_at), "j F Y")
    head = office.head_of_office_title
    if report.kind == MONTHLY:
        return [
            Signature(_("Evaluated: Koordinator (Kepala Bidang)"), ""),
            Signature(head, person(report.signed_by), signed_on),
        ]
    return [
        Signature(_("Koordinator (Kepala Bidang)"), person(report.signed_by), signed_on),
        Signature(_("Acknowledged: %(head)s") % {"head": head}, ""),
    ]


def report_pdf(report: EvaluationReport, office: PPIDSettings | None = None) -> bytes:
    office = office or default_office()
    story = [field_table(head_fields(report)), Spacer(1, 0.4 * cm)]
    for table in tables(report):
        story += [
            Paragraph(table.title, styles()["body"]),
            data_table(
                table.headers,
                table.rows or [["-"] * len(table.headers)],
                list(table.widths) or [1] * len(table.headers),
            ),
            Spacer(1, 0.4 * cm),
        ]
    story += [Spacer(1, 0.6 * cm), signature_blocks(signatures(report, office))]
    return build_a4(title_of(report), letterhead_for(office), story)


def report_xlsx(report: EvaluationReport) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = report.period
    sheet.append([title_of(report)])
    sheet["A1"].font = Font(bold=True)
    for label, value in head_fields(report):
        sheet.append([label, value])
    for table in tables(report):
        sheet.append([])
        sheet.append([table.title])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        sheet.append(table.headers)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([int(value) if str(value).isdigit() else value for value in row])
    for column, width in zip("ABCDEFG", (45, 40, 30, 18, 18, 18, 18), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    return xlsx_bytes(workbook)


def file_name(report: EvaluationReport, extension: str) -> str:
    prefix = "evaluasi-c2" if report.kind == MONTHLY else "evaluasi-c1"
    return f"{prefix}-{report.period}.{extension}"
