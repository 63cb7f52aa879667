"""A4 PDFs and XLSX files of the workflow's records (softcopy and hardcopy)."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.units import cm
from reportlab.platypus import Spacer
from wagtail.models import Site

from ppid_pages.models import PPIDSettings
from ppid_pages.printing import (
    Signature,
    build_a4,
    data_table,
    field_table,
    letterhead_for,
    signature_blocks,
    xlsx_bytes,
)

from .models import RESET_BEFORE, ApprovalRecord
from .periods import Period
from .register import register_headers, register_rows


def office_settings(request) -> PPIDSettings:
    return PPIDSettings.for_site(
        Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    )


def local(value) -> str:
    return timezone.localtime(value).strftime("%d-%m-%Y %H:%M") if value else ""


def approval_pdf(record: ApprovalRecord, office: PPIDSettings) -> bytes:
    fields = [
        (_("Page"), record.page_title),
        (_("Change"), record.get_change_kind_display()),
        (_("Revision"), str(record.revision_id or "")),
        (_("Submitted by"), f"{record.submitted_by}, {local(record.submitted_at)}"),
        (_("Privacy scan"), record.scan_summary),
        (_("Published at"), local(record.published_at)),
        (_("Publication snapshot (SHA-256)"), record.snapshot_hash or "-"),
    ]
    steps = [
        [
            step["task"],
            step["reviewer"],
            local(datetime.datetime.fromisoformat(step["at"])),
            step["comment"]
            + (
                "\n" + str(RESET_BEFORE) % {"by": step["after_reset"]["reset_by"]}
                if step.get("after_reset")
                else ""
            ),
            (step.get("snapshot") or "")[:16],
        ]
        for step in record.steps
    ]
    reviewers = {step["task"]: step["reviewer"] for step in record.steps}
    signatures = [
        Signature(_("Operator"), record.submitted_by),
        Signature("Sub Koordinator", reviewers.get("Tinjauan Sub Koordinator", "")),
        Signature("Koordinator", reviewers.get("Persetujuan Koordinator", "")),
    ]
    story = [
        field_table(fields),
        Spacer(1, 0.5 * cm),
        data_table(
            [_("Step"), _("Reviewer"), _("Time"), _("Comment"), _("Snapshot")],
            steps,
            [3, 2.5, 2, 3, 2.5],
        ),
        Spacer(1, 1 * cm),
        signature_blocks(signatures),
    ]
    return build_a4(_("FORM PERSETUJUAN PUBLIKASI KONTEN"), letterhead_for(office), story)


def register_pdf(period: Period, office: PPIDSettings) -> bytes:
    rows = [row.as_list() for row in register_rows(period)]
    story = [
        data_table(register_headers(), rows, [2, 4, 2, 2.5, 3, 2.5]),
        Spacer(1, 1 * cm),
        signature_blocks(
            [Signature("Sub Koordinator", ""), Signature(_("Koordinator (Kepala Bidang)"), "")]
        ),
    ]
    title = _("FORM DAFTAR UPDATE KONTEN") + f" - {period.label.upper()}"
    return build_a4(title, letterhead_for(office), story)


def register_xlsx(period: Period) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = period.code
    sheet.append([_("Form Daftar Update Konten"), period.label])
    sheet.append(register_headers())
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in register_rows(period):
        sheet.append(row.as_list())
    for column, width in zip("ABCDEF", (18, 40, 22, 22, 40, 30), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    return xlsx_bytes(workbook)
