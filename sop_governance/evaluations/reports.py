"""Producing, e-mailing and signing C1/C2 reports.

`generate` writes a report and all its metrics in one transaction: a worker killed mid-way
leaves nothing, and the retry starts again. The unique constraint on (kind, period) makes a
duplicate trigger produce nothing, even when two runs overlap (the second waits for the first
and then finds the row).
"""

import datetime
import logging

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from integrity.chain import anchor_text
from integrity.chain import head as chain_head
from integrity.watch_runs import status_text as watch_status_text
from ppid_admin.findings import admin_url
from ppid_admin.mail import send_office_mail

from . import metrics
from .models import EvaluationReport, Status
from .periods import MONTHLY, SEMIANNUAL, EvaluationPeriod, due_periods, parse

logger = logging.getLogger(__name__)

GENERATED = "ppid.evaluation.generated"
EMAILED = "ppid.evaluation.emailed"
SIGNED = "ppid.evaluation.signed"

# Who receives each report: C2 goes to the head of office; C1 is the Koordinator's report to
# the head of office.
RECIPIENT_ROLES = {
    MONTHLY: ("Kepala Dinas",),
    SEMIANNUAL: ("Koordinator", "Kepala Dinas"),
}


def compute(period: EvaluationPeriod, now: datetime.datetime | None = None) -> dict:
    if period.kind == MONTHLY:
        return metrics.monthly(period, now)
    return metrics.semiannual(period, now)


def generate(
    kind: str, code: str, now: datetime.datetime | None = None
) -> EvaluationReport | None:
    """The report of one period, or None when it already exists (nothing is changed)."""
    period = parse(kind, code)
    if EvaluationReport.objects.filter(kind=kind, period=period.code).exists():
        return None
    with transaction.atomic():
        try:
            with transaction.atomic():
                # Taking the (kind, period) slot first: a concurrent run waits here.
                report = EvaluationReport.objects.create(kind=kind, period=period.code)
        except IntegrityError:
            return None
        report.metrics = compute(period, now)
        report.save(update_fields=["metrics"])
        log(report, GENERATED, data={"kind": kind, "period": period.code})
    return report


def generate_due(kind: str, now: datetime.datetime | None = None) -> list[EvaluationReport]:
    """Every ended period not produced yet, after the latest one produced (beat may have been
    down); the last ended period when there is none yet."""
    latest = (
        EvaluationReport.objects.filter(kind=kind)
        .order_by("-period")
        .values_list("period", flat=True)
    ).first()
    produced = []
    for period in due_periods(kind, latest, now):
        report = generate(kind, period.code, now)
        if report is not None:
            produced.append(report)
    return produced


def recipients(report: EvaluationReport) -> list[str]:
    users = get_user_model().objects.filter(
        groups__name__in=RECIPIENT_ROLES[report.kind], is_active=True
    )
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def email_report(report: EvaluationReport) -> bool:
    """E-mail the PDF once. The report's row stays locked while the message is built and sent,
    and `emailed_at` is committed with the send: a worker killed mid-way leaves the report
    unsent (the task, delivered again, sends it), and a concurrent run skips the locked row."""
    from .printouts import file_name, report_pdf, title_of

    with transaction.atomic():
        report = (
            EvaluationReport.objects.select_for_update(skip_locked=True)
            .filter(pk=report.pk, emailed_at__isnull=True)
            .first()
        )
        if report is None:
            return False
        addresses = recipients(report)
        # The audit log's head leaves the database with every report (integrity.chain).
        anchor = anchor_text(*chain_head())
        if addresses:
            body = _(
                "The %(report)s is attached (A4 PDF). It is also in the admin under "
                "Evaluations, where it is signed."
            ) % {"report": report}
            body += "\n\n" + _("Open the report: %(url)s") % {
                "url": admin_url(reverse("evaluation_reports:detail", args=[report.pk]))
            }
            body += "\n\n" + _(
                "Audit log head when this e-mail was sent: %(anchor)s\nKeep this e-mail. "
                "`manage.py verify_audit_chain --against %(anchor)s` shows whether the audit "
                "log was rewritten since."
            ) % {"anchor": anchor}
            body += "\n" + watch_status_text()
            # The office's layout: HTML with the plain text as its alternative.
            send_office_mail(
                f"[PPID] {title_of(report)}",
                body,
                addresses,
                attachments=[(file_name(report, "pdf"), report_pdf(report), "application/pdf")],
            )
        report.emailed_at = timezone.now()
        report.save(update_fields=["emailed_at"])
        log(report, EMAILED, data={"recipients": len(addresses), "audit_head": anchor})
    return True


def email_pending(kind: str) -> int:
    sent = 0
    for report in EvaluationReport.objects.filter(kind=kind, emailed_at__isnull=True):
        sent += email_report(report)
    return sent


@transaction.atomic
def sign(
    report: EvaluationReport, user, notes: str, meeting_date: datetime.date | None
) -> EvaluationReport:
    """The head of office (C2) or the Koordinator (C1) adds the notes and signs; once."""
    report = EvaluationReport.objects.select_for_update().get(pk=report.pk)
    if not user.has_perm(report.sign_permission):
        raise PermissionDenied
    if report.status == Status.SIGNED:
        raise ValidationError(_("This report is already signed."))
    notes = (notes or "").strip()
    if not notes:
        raise ValidationError(_("Write the evaluation notes before signing."))
    if report.kind == MONTHLY and meeting_date is None:
        raise ValidationError(_("Enter the date of the evaluation meeting."))
    report.notes = notes
    report.meeting_date = meeting_date
    report.signed_by = user
    report.signed_at = timezone.now()
    report.status = Status.SIGNED
    report.save(update_fields=["notes", "meeting_date", "signed_by", "signed_at", "status"])
    log(
        report,
        SIGNED,
        user=user,
        data={"meeting_date": meeting_date.isoformat() if meeting_date else None},
    )
    return report
