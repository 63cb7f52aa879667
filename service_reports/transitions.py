"""The one place where an annual service report moves: `TRANSITIONS` and `perform`.

draf --sign (head of office, not the drafter)--> ditandatangani --submit (PPID)--> diajukan.
Signing freezes the figures; submitting creates the report's page under "Laporan Layanan
Informasi" and starts the publishing workflow on it, so the privacy scan and two reviewers
apply as to any page. Every step writes an audit log entry in the same transaction.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from .figures import annual_figures
from .models import AnnualServiceReport, ReportStatus

PPID = "PPID"
HEAD_OF_OFFICE = "Kepala Dinas"
LOG_PREFIX = "service_reports."


@dataclass(frozen=True)
class Rule:
    action: str
    group: str
    to_status: str
    label: str
    not_the_drafter: bool = False


TRANSITIONS: dict[tuple[str, str], Rule] = {
    (ReportStatus.DRAFT, "refresh"): Rule(
        "refresh", PPID, ReportStatus.DRAFT, gettext_lazy("Recompute the figures")
    ),
    (ReportStatus.DRAFT, "sign"): Rule(
        "sign", HEAD_OF_OFFICE, ReportStatus.SIGNED, gettext_lazy("Sign"), not_the_drafter=True
    ),
    (ReportStatus.SIGNED, "submit"): Rule(
        "submit", PPID, ReportStatus.SUBMITTED, gettext_lazy("Submit for publication")
    ),
}
LOG_ACTIONS = {
    "create": (gettext_lazy("Annual service report drafted"), gettext_lazy("Report drafted")),
    "refresh": (gettext_lazy("Annual service report recomputed"), gettext_lazy("Recomputed")),
    "sign": (gettext_lazy("Annual service report signed"), gettext_lazy("Report signed")),
    "submit": (
        gettext_lazy("Annual service report submitted for publication"),
        gettext_lazy("Submitted for publication"),
    ),
}


def allowed(report: AnnualServiceReport, user) -> list[Rule]:
    """The steps `user` may take now (group membership; superusers are not exempt)."""
    groups = set(user.groups.values_list("name", flat=True))
    return [
        rule
        for (status, _action), rule in TRANSITIONS.items()
        if status == report.status
        and rule.group in groups
        and not (rule.not_the_drafter and report.drafted_by_id == user.pk)
    ]


WRITTEN = ("policy", "implementation", "constraints", "recommendations")


def fingerprint(report: AnnualServiceReport) -> str:
    """What the signer reads: the figures and the written parts (the detail page posts it)."""
    content = {"figures": report.figures, **{name: getattr(report, name) for name in WRITTEN}}
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


def counts_of(value):
    """The figures without their labels (these follow the reader's language), as JSON has them."""
    if isinstance(value, dict):
        return {key: counts_of(item) for key, item in value.items() if key != "label"}
    if isinstance(value, list | tuple):
        return [counts_of(item) for item in value]
    return value


def check_what_was_read(report: AnnualServiceReport, seen: str | None) -> None:
    """The head of office signs the report as they read it: not a text the PPID changed while
    they were reading, nor figures that moved since they were computed (a request registered
    or decided since): then the PPID recomputes them and the head reads them again."""
    if seen != fingerprint(report):
        raise ValidationError(
            _("The report changed while you were reading it: read it again, then sign.")
        )
    if counts_of(annual_figures(report.year)) != counts_of(report.figures):
        raise ValidationError(
            _(
                "The figures have changed since they were computed: the PPID recomputes them, "
                "then you read and sign the report."
            )
        )


def create(year: int, user, **written) -> AnnualServiceReport:
    """The PPID drafts the report of `year` with its figures computed now."""
    if PPID not in set(user.groups.values_list("name", flat=True)):
        raise PermissionDenied(_("Only the PPID drafts the annual service report."))
    with transaction.atomic():
        report = AnnualServiceReport.objects.create(
            year=year, drafted_by=user, figures=annual_figures(year), **written
        )
        log(report, LOG_PREFIX + "create", user=user, data={"year": year})
    return report


def perform(
    report: AnnualServiceReport, action: str, user, *, seen: str | None = None
) -> AnnualServiceReport:
    """Take `action` as `user`. Signing needs `seen`, the fingerprint of the report as the
    signer read it (check_what_was_read)."""
    with transaction.atomic():
        report = AnnualServiceReport.objects.select_for_update().get(pk=report.pk)
        rule = TRANSITIONS.get((report.status, action))
        if rule is None:
            raise ValidationError(_("This step is not possible in the report's current status."))
        if rule not in allowed(report, user):
            raise PermissionDenied(_("You may not take this step on this report."))
        data = {"from": report.status, "to": rule.to_status}
        if action == "refresh":
            report.figures = annual_figures(report.year)
        if action == "sign":
            check_what_was_read(report, seen)
            report.signed_by, report.signed_at = user, timezone.now()
        if action == "submit":
            from .publication import submit_page

            report.page = submit_page(report, user)
            data["page"] = report.page.pk
        report.status = rule.to_status
        report.save()
        log(report, LOG_PREFIX + action, user=user, data=data)
    return report
