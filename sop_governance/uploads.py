"""SOP A2: what was uploaded and published each month, and which months broke the SOP.

Operators must publish content every month. A month is a breach when nothing was published
in it: no page through the workflow (approval forms), no serta merta publication, and no
document released. Every count is one grouped query per source, whatever the number of rows.
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.documents import get_document_model
from wagtail.models import Page, WorkflowState

from moderation.models import ApprovalRecord, ChangeKind, ForcedPublication

from .calendar import OFFICE_TIME_ZONE

MONTHS_SHOWN = 12


@dataclass
class MonthUploads:
    start: datetime.datetime  # first moment of the month, office time
    submitted: int = 0  # pages submitted to the publishing workflow
    documents_uploaded: int = 0
    published_new: int = 0
    published_updates: int = 0
    published_at_once: int = 0  # serta merta
    documents_released: int = 0
    in_progress: bool = False  # the month has not ended yet

    @property
    def code(self) -> str:
        return self.start.strftime("%Y-%m")

    @property
    def label(self) -> str:
        return date_format(self.start, "F Y")

    @property
    def published_total(self) -> int:
        return (
            self.published_new
            + self.published_updates
            + self.published_at_once
            + self.documents_released
        )

    @property
    def breach(self) -> bool:
        """No published update in a month that has ended."""
        return not self.in_progress and self.published_total == 0

    @property
    def status(self) -> str:
        from django.utils.translation import gettext

        if self.breach:
            return gettext("SOP breach: nothing published")
        if self.published_total:
            return gettext("Updated")
        return gettext("Nothing published yet this month")


def month_start(year: int, month: int) -> datetime.datetime:
    while month < 1:
        year, month = year - 1, month + 12
    while month > 12:
        year, month = year + 1, month - 12
    return datetime.datetime(year, month, 1, tzinfo=OFFICE_TIME_ZONE)


def last_months(today: datetime.date, count: int = MONTHS_SHOWN) -> list[datetime.datetime]:
    """The first moments of the `count` months up to and including today's, oldest first."""
    return [month_start(today.year, today.month - back) for back in range(count - 1, -1, -1)]


def grouped(queryset, field: str, start, end, **counts) -> dict[str, dict[str, int]]:
    """{"YYYY-MM": {name: count}} in one query grouped by month in office time."""
    rows = (
        queryset.filter(**{f"{field}__gte": start, f"{field}__lt": end})
        .annotate(month=TruncMonth(field, tzinfo=OFFICE_TIME_ZONE))
        .order_by()
        .values("month")
        .annotate(**counts)
    )
    return {
        timezone.localtime(row["month"], OFFICE_TIME_ZONE).strftime("%Y-%m"): row for row in rows
    }


def monthly_uploads(
    today: datetime.date | None = None, count: int = MONTHS_SHOWN
) -> list[MonthUploads]:
    """The last `count` months up to today's, newest first."""
    today = today or timezone.localdate()
    starts = last_months(today, count)
    start, end = starts[0], month_start(today.year, today.month + 1)
    page_type = ContentType.objects.get_for_model(Page)
    Document = get_document_model()

    submissions = grouped(
        WorkflowState.objects.filter(base_content_type=page_type),
        "created_at",
        start,
        end,
        n=Count("pk"),
    )
    approvals = grouped(
        ApprovalRecord.objects.all(),
        "published_at",
        start,
        end,
        new=Count("pk", filter=Q(change_kind=ChangeKind.NEW)),
        updates=Count("pk", filter=Q(change_kind=ChangeKind.UPDATE)),
    )
    forced = grouped(ForcedPublication.objects.all(), "forced_at", start, end, n=Count("pk"))
    uploaded = grouped(Document.objects.all(), "created_at", start, end, n=Count("pk"))
    released = released_documents(Document, start, end)

    months = []
    for first in reversed(starts):
        code = first.strftime("%Y-%m")
        months.append(
            MonthUploads(
                start=first,
                submitted=submissions.get(code, {}).get("n", 0),
                documents_uploaded=uploaded.get(code, {}).get("n", 0),
                published_new=approvals.get(code, {}).get("new", 0),
                published_updates=approvals.get(code, {}).get("updates", 0),
                published_at_once=forced.get(code, {}).get("n", 0),
                documents_released=released.get(code, 0),
                in_progress=(first.year, first.month) == (today.year, today.month),
            )
        )
    return months


def released_documents(Document, start, end) -> dict[str, int]:
    """Documents released with a page (published_at) or approved on their own (approved_at),
    each counted once, in the month of its first release."""
    with_page = grouped(Document.objects.all(), "published_at", start, end, n=Count("pk"))
    alone = grouped(
        Document.objects.filter(published_at__isnull=True),
        "approved_at",
        start,
        end,
        n=Count("pk"),
    )
    months = set(with_page) | set(alone)
    return {
        code: with_page.get(code, {}).get("n", 0) + alone.get(code, {}).get("n", 0)
        for code in months
    }


def this_month(today: datetime.date | None = None) -> MonthUploads:
    return monthly_uploads(today, count=1)[0]
