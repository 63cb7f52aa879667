"""The figures of the C2 (monthly) and C1 (semiannual) reports, from aggregate queries.

Every function runs a fixed number of queries whatever the number of rows: counts are grouped in
the database, percentiles come from window functions (SQLite and PostgreSQL alike), and the
working-day rule is applied to distinct (start date, end date) pairs, never to rows.
The result is plain JSON (stored in EvaluationReport.metrics).
"""

import datetime
import zoneinfo
from collections import defaultdict

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Aggregate, Count, DurationField, ExpressionWrapper, F, Q, Window
from django.db.models.functions import Ceil, RowNumber, TruncDate, TruncMonth
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry, Revision, TaskState, WorkflowState

from moderation.models import (
    ForcedPublication,
    PrivacyScanTask,
    ScanReport,
    SopReviewTask,
    Takedown,
)
from ppid_pages.models import DipEntryPage, PPIDDocument
from ppid_pages.models.dip import BERKALA_UPDATE_DAYS, DipCategory
from ppid_pages.models.media import DocumentScanStatus
from security import audit
from sop_governance.calendar import working_days_between

from .periods import EvaluationPeriod

OFFICE_TZ = zoneinfo.ZoneInfo("Asia/Jakarta")
REVIEW_WAIT_LIMIT = 2  # working days (SOP: a review should not wait longer)
STALE_AFTER_DAYS = BERKALA_UPDATE_DAYS  # informasi berkala: updated at least every 6 months
LISTED_STALE_ENTRIES = 100
FINISHED = (TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED)
OTHER = "other"


def in_window(field: str, start: datetime.datetime, end: datetime.datetime) -> Q:
    return Q(**{f"{field}__gte": start, f"{field}__lt": end})


def month_code(value) -> str:
    """TruncMonth gives a datetime (or a date on some backends): 'YYYY-MM' in Jakarta."""
    if isinstance(value, datetime.datetime):
        value = value.astimezone(OFFICE_TZ) if timezone.is_aware(value) else value
    return f"{value.year:04d}-{value.month:02d}"


def hours(value: datetime.timedelta | None) -> float | None:
    return None if value is None else round(value.total_seconds() / 3600, 2)


def content_type_id(model) -> int:
    return ContentType.objects.get_for_model(model, for_concrete_model=False).pk


# --- publications -------------------------------------------------------------------------


def publications(start, end) -> dict:
    """Publications (Wagtail's wagtail.publish entries) per month and DIP category."""
    rows = (
        PageLogEntry.objects.filter(in_window("timestamp", start, end), action="wagtail.publish")
        .annotate(month=TruncMonth("timestamp", tzinfo=OFFICE_TZ))
        .values("month", category=F("page__dipentrypage__category"))
        .annotate(count=Count("id"))
        .order_by()
    )
    by_category: dict[str, int] = defaultdict(int)
    by_month: dict[str, int] = defaultdict(int)
    for row in rows:
        by_category[row["category"] or OTHER] += row["count"]
        by_month[month_code(row["month"])] += row["count"]
    pages = (
        PageLogEntry.objects.filter(in_window("timestamp", start, end), action="wagtail.publish")
        .order_by()
        .aggregate(pages=Count("page_id", distinct=True))["pages"]
    )
    ordered = [c.value for c in DipCategory] + [OTHER]
    return {
        "total": sum(by_category.values()),
        "pages": pages,
        "by_category": {key: by_category.get(key, 0) for key in ordered},
        "by_month": dict(sorted(by_month.items())),
    }


# --- review stages ------------------------------------------------------------------------


class PercentileDisc(Aggregate):
    """PostgreSQL's ordered-set aggregate: the first value at or past the fraction (nearest
    rank, the same value as position ceil(p * n) of the window version below)."""

    function = "percentile_disc"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"

    def __init__(self, expression, fraction: float, **extra):
        super().__init__(expression, fraction=float(fraction), **extra)


PERCENTILES = (("median_hours", 0.5), ("p90_hours", 0.9))


def stage_times(start, end) -> list[dict]:
    """Per workflow task: tasks finished in the window, median and 90th percentile of the time
    from start to decision (nearest rank: the value at position ceil(p * n)).

    PostgreSQL: one grouped query with percentile_disc. Elsewhere (SQLite): window functions,
    one query per percentile; both give the same values (tested on both)."""
    duration = ExpressionWrapper(F("finished_at") - F("started_at"), output_field=DurationField())
    finished = TaskState.objects.filter(
        in_window("finished_at", start, end), status__in=FINISHED
    ).order_by()
    if connection.vendor == "postgresql":
        rows = (
            finished.values("task_id", "task__name")
            .annotate(
                count=Count("id"),
                **{
                    label: PercentileDisc(duration, share, output_field=DurationField())
                    for label, share in PERCENTILES
                },
            )
            .order_by("task_id")
        )
        return [
            {
                "task": row["task__name"],
                "count": row["count"],
                **{label: hours(row[label]) for label, _share in PERCENTILES},
            }
            for row in rows
        ]
    ranked = finished.annotate(
        duration=duration,
        position=Window(
            RowNumber(), partition_by=[F("task_id")], order_by=[duration.asc(), F("id").asc()]
        ),
        total=Window(Count("id"), partition_by=[F("task_id")]),
    )
    stages: dict[int, dict] = {}
    for label, share in PERCENTILES:
        picked = ranked.filter(position=Ceil(F("total") * share)).values(
            "task_id", "task__name", "duration", "total"
        )
        for row in picked:
            stage = stages.setdefault(
                row["task_id"], {"task": row["task__name"], "count": row["total"]}
            )
            stage[label] = hours(row["duration"])
    return [stages[key] for key in sorted(stages)]


def review_task_ids() -> Q:
    return Q(task__content_type_id=content_type_id(SopReviewTask))


def slow_reviews(start, end, now: datetime.datetime) -> dict:
    """Reviews decided in the window after more than 2 working days, and reviews still open at
    the end of the window (or now) that had waited longer than that by then."""
    local = {"tzinfo": OFFICE_TZ}
    finished_pairs = (
        TaskState.objects.filter(
            review_task_ids(), in_window("finished_at", start, end), status__in=FINISHED
        )
        .values(d0=TruncDate("started_at", **local), d1=TruncDate("finished_at", **local))
        .annotate(count=Count("id"))
        .order_by()
    )
    finished = sum(
        row["count"]
        for row in finished_pairs
        if working_days_between(row["d0"], row["d1"]) > REVIEW_WAIT_LIMIT
    )
    cutoff = min(end, now)
    open_rows = (
        TaskState.objects.filter(review_task_ids(), started_at__lt=cutoff)
        .filter(Q(status=TaskState.STATUS_IN_PROGRESS) | Q(finished_at__gte=cutoff))
        .values(d0=TruncDate("started_at", **local))
        .annotate(count=Count("id"))
        .order_by()
    )
    last_moment = cutoff - datetime.timedelta(microseconds=1)
    waiting = sum(
        row["count"]
        for row in open_rows
        if working_days_between(row["d0"], last_moment) > REVIEW_WAIT_LIMIT
    )
    return {"limit_working_days": REVIEW_WAIT_LIMIT, "decided_late": finished, "open": waiting}


# --- rejections ---------------------------------------------------------------------------

FINDINGS_BY_KIND_SQL = {
    "postgresql": (
        "SELECT finding->>'kind', COUNT(*) FROM {table}, "
        "jsonb_array_elements(CASE WHEN jsonb_typeof(findings) = 'array' THEN findings "
        "ELSE '[]'::jsonb END) AS finding "
        "WHERE passed = false AND scanned_at >= %s AND scanned_at < %s GROUP BY 1"
    ),
    "sqlite": (
        "SELECT json_extract(finding.value, '$.kind'), COUNT(*) FROM {table}, "
        "json_each({table}.findings) AS finding "
        "WHERE passed = 0 AND scanned_at >= %s AND scanned_at < %s GROUP BY 1"
    ),
}


def findings_by_kind(start, end) -> dict[str, int]:
    """Findings of blocking scans, by kind, unnested in the database."""
    sql = FINDINGS_BY_KIND_SQL[connection.vendor].format(table=ScanReport._meta.db_table)
    params = [connection.ops.adapt_datetimefield_value(value) for value in (start, end)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return {kind or OTHER: count for kind, count in sorted(rows, key=lambda row: str(row[0]))}


def rejections(start, end) -> dict:
    rows = (
        TaskState.objects.filter(
            in_window("finished_at", start, end), status=TaskState.STATUS_REJECTED
        )
        .values("task__name", "task__content_type_id")
        .annotate(count=Count("id"))
        .order_by("task__name")
    )
    scan_type = content_type_id(PrivacyScanTask)
    scan = sum(row["count"] for row in rows if row["task__content_type_id"] == scan_type)
    reviewers = {
        row["task__name"]: row["count"]
        for row in rows
        if row["task__content_type_id"] != scan_type
    }
    return {
        "scan": scan,
        "scan_findings_by_kind": findings_by_kind(start, end),
        "reviewers": reviewers,
        "reviewers_total": sum(reviewers.values()),
    }


# --- exceptions to the path ---------------------------------------------------------------


def forced_publications(start, end) -> dict:
    counts = ForcedPublication.objects.filter(in_window("forced_at", start, end)).aggregate(
        total=Count("id"), reviewed=Count("id", filter=Q(reviewed_at__isnull=False))
    )
    counts["awaiting_review"] = counts["total"] - counts["reviewed"]
    return counts


def takedowns(start, end) -> int:
    return Takedown.objects.filter(in_window("taken_down_at", start, end)).count()


# --- governance and development (other apps; left out when not installed) -----------------


def optional_model(app_label: str, model_name: str):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def development_requests(start, end, now: datetime.datetime) -> dict | None:
    """B1-B5 requests moved in the window, and open ones stalled at its end."""
    request_model = optional_model("sop_development", "DevelopmentRequest")
    transition_model = optional_model("sop_development", "Transition")
    if request_model is None or transition_model is None:
        return None
    from .reminders import stalled_after_working_days

    limit = stalled_after_working_days()

    moved = transition_model.objects.filter(in_window("at", start, end)).aggregate(
        steps=Count("id"), requests=Count("request_id", distinct=True)
    )
    cutoff = min(end, now)
    open_requests = (
        request_model.objects.filter(submitted_at__lt=cutoff)
        .exclude(stage="closed", closed_at__lt=cutoff)
        .values(since=TruncDate("stage_changed_at", tzinfo=OFFICE_TZ))
        .annotate(count=Count("id"))
        .order_by()
    )
    last_moment = cutoff - datetime.timedelta(microseconds=1)
    stalled = sum(
        row["count"]
        for row in open_requests
        if working_days_between(row["since"], last_moment) >= limit
    )
    return {
        "steps": moved["steps"],
        "moved": moved["requests"],
        "open": sum(row["count"] for row in open_requests),
        "stalled": stalled,
        "stalled_after_working_days": limit,
    }


# --- C1 only ------------------------------------------------------------------------------


def dip_freshness(now: datetime.datetime) -> dict:
    """Live informasi berkala not published again for more than 6 months at `now`."""
    threshold = now - datetime.timedelta(days=STALE_AFTER_DAYS)
    stale = DipEntryPage.objects.live().filter(
        Q(last_published_at__lt=threshold) | Q(last_published_at__isnull=True),
        category=DipCategory.BERKALA,
    )
    entries = [
        {
            "title": title,
            "number": number,
            "last_published": timezone.localtime(when).date().isoformat() if when else None,
        }
        for title, number, when in stale.order_by("last_published_at", "pk").values_list(
            "title", "number", "last_published_at"
        )[:LISTED_STALE_ENTRIES]
    ]
    return {
        "threshold_days": STALE_AFTER_DAYS,
        "stale_count": stale.count(),
        "entries": entries,
    }


def monthly_counts(queryset, field: str, start, end) -> dict[str, int]:
    rows = (
        queryset.filter(in_window(field, start, end))
        .annotate(month=TruncMonth(field, tzinfo=OFFICE_TZ))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {month_code(row["month"]): row["count"] for row in rows}


def uploads(period: EvaluationPeriod) -> dict:
    """SOP A2: documents uploaded and content submitted to the workflow, per month."""
    documents = monthly_counts(PPIDDocument.objects.all(), "created_at", period.start, period.end)
    submissions = monthly_counts(
        WorkflowState.objects.all(), "created_at", period.start, period.end
    )
    months = [month.code for month in period.months()]
    return {
        "documents": {code: documents.get(code, 0) for code in months},
        "submissions": {code: submissions.get(code, 0) for code in months},
        "months_without_uploads": [
            code for code in months if not documents.get(code) and not submissions.get(code)
        ],
    }


SECURITY_LOG_ACTIONS = {
    "failed_logins": audit.LOGIN_FAILED,
    "lockouts": audit.LOCKOUT,
}
BLOCKED_DOCUMENT_STATUSES = (DocumentScanStatus.FINDINGS, DocumentScanStatus.UNREADABLE)


def security_events(period: EvaluationPeriod) -> dict:
    """Failed logins and lockouts (audit log), scan blocks, unpublications; per month."""
    start, end = period.start, period.end
    user_type = ContentType.objects.get_for_model(get_user_model())
    account_rows = (
        ModelLogEntry.objects.filter(
            in_window("timestamp", start, end),
            content_type=user_type,
            action__in=SECURITY_LOG_ACTIONS.values(),
        )
        .annotate(month=TruncMonth("timestamp", tzinfo=OFFICE_TZ))
        .values("month", "action")
        .annotate(count=Count("id"))
        .order_by()
    )
    page_rows = (
        PageLogEntry.objects.filter(in_window("timestamp", start, end), action="wagtail.unpublish")
        .annotate(month=TruncMonth("timestamp", tzinfo=OFFICE_TZ))
        .values("month")
        .annotate(count=Count("id"))
        .order_by()
    )
    scan_blocks = monthly_counts(ScanReport.objects.filter(passed=False), "scanned_at", start, end)
    document_blocks = monthly_counts(
        PPIDDocument.objects.filter(scan_status__in=BLOCKED_DOCUMENT_STATUSES),
        "scanned_at",
        start,
        end,
    )
    months = [month.code for month in period.months()]
    series = {
        name: dict.fromkeys(months, 0)
        for name in (*SECURITY_LOG_ACTIONS, "scan_blocks", "document_blocks", "unpublishes")
    }
    names_by_action = {action: name for name, action in SECURITY_LOG_ACTIONS.items()}
    for row in account_rows:
        series[names_by_action[row["action"]]][month_code(row["month"])] += row["count"]
    for row in page_rows:
        series["unpublishes"][month_code(row["month"])] += row["count"]
    for name, counts in (("scan_blocks", scan_blocks), ("document_blocks", document_blocks)):
        for code, count in counts.items():
            series[name][code] += count
    totals = {name: sum(values.values()) for name, values in series.items()}
    totals["takedowns"] = takedowns(start, end)
    return {"totals": totals, "by_month": series}


def revisions_by_month(period: EvaluationPeriod) -> dict[str, int]:
    return monthly_counts(Revision.objects.all(), "created_at", period.start, period.end)


# --- the two reports ----------------------------------------------------------------------


def common_metrics(period: EvaluationPeriod, now: datetime.datetime) -> dict:
    start, end = period.start, period.end
    return {
        "period": {"code": period.code, "label": period.label},
        "window": {"start": start.isoformat(), "end": end.isoformat()},
        "published": publications(start, end),
        "review_stages": stage_times(start, end),
        "slow_reviews": slow_reviews(start, end, now),
        "rejections": rejections(start, end),
        "forced_publications": forced_publications(start, end),
        "takedowns": takedowns(start, end),
        "development": development_requests(start, end, now),
    }


def monthly(period: EvaluationPeriod, now: datetime.datetime | None = None) -> dict:
    """C2: the month's figures for the head of office's evaluation of the Koordinator."""
    now = now or timezone.now()
    metrics = common_metrics(period, now)
    from .plans import plan_progress

    metrics["content_plan"] = plan_progress(period)
    return metrics


def semiannual(
    period: EvaluationPeriod, now: datetime.datetime | None = None, check_links: bool = True
) -> dict:
    """C1: the six months aggregated, DIP freshness, plans, uploads, security, broken links."""
    now = now or timezone.now()
    metrics = common_metrics(period, now)
    from .links import broken_links
    from .plans import plan_progress, quarters_without_signed_plan

    metrics["content_plan"] = plan_progress(period)
    metrics["quarters_without_signed_plan"] = quarters_without_signed_plan(period)
    metrics["dip_freshness"] = dip_freshness(min(period.end, now))
    metrics["uploads"] = uploads(period)
    metrics["security"] = security_events(period)
    metrics["broken_links"] = broken_links() if check_links else None
    return metrics
