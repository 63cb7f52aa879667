"""The evaluations' section of the "Kepatuhan SOP" page and the admin home panel: the latest C1
and C2 reports, when the next ones are due, and the current reminders for the user."""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.admin.ui.components import Component

from .models import EvaluationReport
from .periods import MONTHLY, SEMIANNUAL, last_complete
from .reminders import Reminder, reminders_for

VIEW = "sop_evaluations.view_evaluationreport"


@dataclass
class ReportLine:
    kind: str
    report: EvaluationReport | None
    next_period: str
    next_due: str
    url: str = ""


@dataclass
class EvaluationsPanel(Component):
    lines: list[ReportLine] = field(default_factory=list)
    reminders: list[Reminder] = field(default_factory=list)
    name: str = "sop_evaluations"
    order: int = 120
    template_name = "sop_evaluations/panel.html"

    def get_context_data(self, parent_context=None):
        return {"lines": self.lines, "reminders": self.reminders}


def report_lines() -> list[ReportLine]:
    latest = {}
    for kind in (MONTHLY, SEMIANNUAL):
        latest[kind] = (
            EvaluationReport.objects.filter(kind=kind).select_related("signed_by").first()
        )
    lines = []
    now = timezone.now()
    for kind in (MONTHLY, SEMIANNUAL):
        upcoming = last_complete(kind, now).next()
        report = latest[kind]
        lines.append(
            ReportLine(
                kind=str(dict(EvaluationReport._meta.get_field("kind").choices)[kind]),
                report=report,
                next_period=upcoming.label,
                next_due=date_format(timezone.localtime(upcoming.end), "j F Y"),
                url=reverse("evaluation_reports:detail", args=[report.pk]) if report else "",
            )
        )
    return lines


def evaluations_panel(request) -> EvaluationsPanel | None:
    """None when the user neither reads reports nor has a reminder."""
    reminders = reminders_for(request.user)
    can_view = request.user.has_perm(VIEW)
    if not can_view and not reminders:
        return None
    return EvaluationsPanel(lines=report_lines() if can_view else [], reminders=reminders)
