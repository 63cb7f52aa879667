"""Where the office stands against the SOP: the numbers behind the "Kepatuhan SOP" page and
the admin home panels. Every count is an aggregate query; lists are capped."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max, Min
from django.utils import timezone
from wagtail.models import TaskState

from moderation.models import ForcedPublication

from .calendar import OFFICE_TIME_ZONE, is_working_day, office_date, working_days_between
from .models import ContentPlan, ContentPlanItem, published_through_workflow
from .quarters import Quarter, current_quarter, plan_status

REVIEW_LIMIT_WORKING_DAYS = 2
LIST_LIMIT = 10


def now_or(now: datetime.datetime | None) -> datetime.datetime:
    return now or timezone.now()


@dataclass
class QuarterPlan:
    quarter: Quarter
    plan: ContentPlan | None  # the current version, annotated with its progress
    first_signed_at: datetime.datetime | None
    status: str
    versions: int

    @property
    def done(self) -> int:
        return self.plan.done_count if self.plan else 0

    @property
    def total(self) -> int:
        return self.plan.item_count if self.plan else 0


def quarter_plan(quarter: Quarter, today: datetime.date) -> QuarterPlan:
    plans = ContentPlan.objects.filter(quarter=quarter.code)
    summary = plans.aggregate(first_signed_at=Min("signed_at"))
    versions = plans.count()
    plan = (
        plans.current()
        .with_progress()
        .select_related("signed_by", "received_by", "submitted_by")
        .first()
    )
    first_signed_at = summary["first_signed_at"]
    return QuarterPlan(
        quarter, plan, first_signed_at, plan_status(quarter, first_signed_at, today), versions
    )


def recent_quarters(today: datetime.date, count: int = 4) -> list[tuple[Quarter, str]]:
    """The SOP status of the last `count` quarters (this one first), in one grouped query."""
    quarters = [current_quarter(today)]
    while len(quarters) < count:
        quarters.append(quarters[-1].previous())
    first_signed = dict(
        ContentPlan.objects.filter(quarter__in=[q.code for q in quarters])
        .order_by()
        .values("quarter")
        .annotate(first=Min("signed_at"))
        .values_list("quarter", "first")
    )
    return [(q, plan_status(q, first_signed.get(q.code), today)) for q in quarters]


def this_quarter_plan(today: datetime.date | None = None) -> QuarterPlan:
    today = today or timezone.localdate()
    return quarter_plan(current_quarter(today), today)


def operator_items(user, quarter: Quarter) -> dict[str, int]:
    """The user's items in the quarter's current plan: total and done."""
    items = ContentPlanItem.objects.filter(
        plan__quarter=quarter.code, plan__superseded_by__isnull=True, responsible=user
    )
    return {
        "total": items.count(),
        "done": items.filter(page__live=True, page_id__in=published_through_workflow()).count(),
    }


def waiting_since_cutoff(days: int, now: datetime.datetime) -> datetime.datetime:
    """The moment before which a review started has waited more than `days` working days.

    working_days_between(start, now) only grows as start moves back, so the cutoff is the
    start of the office day after the latest date that already counts more than `days`.
    """
    today = office_date(now)
    day = today
    counted = 0
    while counted <= days:
        if is_working_day(day):
            counted += 1
        day -= datetime.timedelta(days=1)
    # `day` is the latest date d with working_days_between(d, today) > days.
    after = day + datetime.timedelta(days=1)
    return datetime.datetime.combine(after, datetime.time(), tzinfo=OFFICE_TIME_ZONE)


def open_reviews():
    """Human review steps in progress (the automatic privacy scan decides at once)."""
    return TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(
        task__content_type__model="privacyscantask"
    )


def late_reviews(now: datetime.datetime | None = None):
    cutoff = waiting_since_cutoff(REVIEW_LIMIT_WORKING_DAYS, now_or(now))
    return open_reviews().filter(started_at__lt=cutoff)


@dataclass(frozen=True)
class WaitingReview:
    title: str
    task: str
    started_at: datetime.datetime
    working_days: int
    content_type_id: int
    object_id: str


def review_rows(task_states, now: datetime.datetime | None = None) -> list[WaitingReview]:
    """The oldest reviews of `task_states`, titles from the revision (no per-row queries)."""
    now = now_or(now)
    rows = (
        task_states.select_related("task", "revision", "workflow_state")
        .order_by("started_at", "pk")
        .only(
            "started_at",
            "task__name",
            "revision__object_str",
            "workflow_state__base_content_type_id",
            "workflow_state__object_id",
        )[:LIST_LIMIT]
    )
    return [
        WaitingReview(
            title=state.revision.object_str if state.revision else "",
            task=state.task.name,
            started_at=state.started_at,
            working_days=working_days_between(state.started_at, now),
            content_type_id=state.workflow_state.base_content_type_id,
            object_id=state.workflow_state.object_id,
        )
        for state in rows
    ]


def reviews_for(user):
    """Task states this user may act on now (pages in the publishing workflow and plans)."""
    return TaskState.objects.reviewable_by(user).filter(status=TaskState.STATUS_IN_PROGRESS)


def forced_awaiting_review():
    return ForcedPublication.objects.filter(reviewed_at__isnull=True)


# -- informasi berkala: what a public body must publish, and how old each is ---------------


@dataclass(frozen=True)
class BerkalaItem:
    kind: str
    label: str
    last_update: datetime.datetime | None  # newest publication of a public entry of the kind
    entries: int
    age_days: int | None

    @property
    def missing(self) -> bool:
        return self.last_update is None

    @property
    def overdue(self) -> bool:
        """Nothing published, or not updated within the Pasal 9 period."""
        from ppid_pages.models.dip import BERKALA_UPDATE_DAYS

        return self.missing or self.age_days > BERKALA_UPDATE_DAYS


def berkala_checklist(now: datetime.datetime | None = None) -> list[BerkalaItem]:
    """Every kind of informasi berkala (BerkalaKind), with the date and age of its newest
    public entry in the DIP. One grouped query; only what the public sees counts
    (visibility.public_pages: live, unrestricted, never exempt)."""
    from ppid_pages.models.dip import BerkalaKind, DipCategory, DipEntryPage
    from ppid_pages.visibility import public_pages

    now = now_or(now)
    rows = (
        DipEntryPage.objects.filter(
            pk__in=public_pages().values("pk"), category=DipCategory.BERKALA
        )
        .exclude(berkala_kind="")
        .order_by()
        .values("berkala_kind")
        .annotate(last=Max("last_published_at"), entries=Count("pk"))
    )
    found = {row["berkala_kind"]: row for row in rows}
    items = []
    for kind in BerkalaKind:
        row = found.get(kind.value, {})
        last = row.get("last")
        items.append(
            BerkalaItem(
                kind=kind.value,
                label=str(kind.label),
                last_update=last,
                entries=row.get("entries", 0),
                age_days=(office_date(now) - office_date(last)).days if last else None,
            )
        )
    return items
