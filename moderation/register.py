"""Form Daftar Update Konten: every content change of a month or quarter."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from .models import ApprovalRecord, ForcedPublication, Takedown
from .periods import Period


@dataclass(frozen=True)
class RegisterRow:
    at: object
    page: str
    change: str
    operator: str
    reviewers: str
    status: str

    def as_list(self) -> list[str]:
        when = timezone.localtime(self.at).strftime("%d-%m-%Y %H:%M")
        return [when, self.page, self.change, self.operator, self.reviewers, self.status]


def person(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def approval_rows(period: Period) -> list[RegisterRow]:
    records = ApprovalRecord.objects.filter(
        published_at__gte=period.start, published_at__lt=period.end
    )
    return [
        RegisterRow(
            record.published_at,
            record.page_title,
            record.get_change_kind_display(),
            record.submitted_by,
            record.step_lines(),
            _("Published through the workflow"),
        )
        for record in records
    ]


def forced_rows(period: Period) -> list[RegisterRow]:
    records = ForcedPublication.objects.filter(
        forced_at__gte=period.start, forced_at__lt=period.end
    ).select_related("forced_by", "reviewed_by")
    return [
        RegisterRow(
            record.forced_at,
            record.page_title,
            _("Published at once (serta merta)"),
            person(record.forced_by),
            person(record.reviewed_by),
            _("Reviewed afterwards") if record.reviewed_at else _("Awaiting retrospective review"),
        )
        for record in records
    ]


def takedown_rows(period: Period) -> list[RegisterRow]:
    records = Takedown.objects.filter(
        taken_down_at__gte=period.start, taken_down_at__lt=period.end
    ).select_related("taken_down_by")
    return [
        RegisterRow(
            record.taken_down_at,
            record.page_title,
            _("Taken down"),
            person(record.taken_down_by),
            "",
            record.reason,
        )
        for record in records
    ]


def register_rows(period: Period) -> list[RegisterRow]:
    rows = approval_rows(period) + forced_rows(period) + takedown_rows(period)
    return sorted(rows, key=lambda row: row.at)


def register_headers() -> list[str]:
    return [_("Date"), _("Page"), _("Change"), _("Operator"), _("Reviewers"), _("Status")]
