"""SOP A1 figures from the governance app's content plans (left out while it is not installed)."""

from django.apps import apps
from django.db.models import Q

from .periods import EvaluationPeriod


def plan_model():
    try:
        return apps.get_model("sop_governance", "ContentPlan")
    except LookupError:
        return None


def quarters_of(period: EvaluationPeriod) -> list[str]:
    codes = []
    for month in period.months():
        local_month = int(month.code[5:7])
        code = f"{month.code[:4]}-Q{(local_month - 1) // 3 + 1}"
        if code not in codes:
            codes.append(code)
    return codes


def plan_progress(period: EvaluationPeriod) -> list[dict] | None:
    """Per quarter of the period: the current plan, signed or not, items done (published)."""
    model = plan_model()
    if model is None:
        return None
    quarters = quarters_of(period)
    rows = {
        row["quarter"]: row
        for row in model.objects.current()
        .with_progress()
        .filter(quarter__in=quarters)
        .values("quarter", "version", "signed_at", "item_count", "done_count")
    }
    progress = []
    for quarter in quarters:
        row = rows.get(quarter)
        progress.append(
            {
                "quarter": quarter,
                "version": row["version"] if row else None,
                "signed": bool(row and row["signed_at"]),
                "items": row["item_count"] if row else 0,
                "done": row["done_count"] if row else 0,
            }
        )
    return progress


def quarters_without_signed_plan(period: EvaluationPeriod) -> list[str] | None:
    model = plan_model()
    if model is None:
        return None
    quarters = quarters_of(period)
    signed = set(
        model.objects.filter(Q(quarter__in=quarters), signed_at__isnull=False).values_list(
            "quarter", flat=True
        )
    )
    return [quarter for quarter in quarters if quarter not in signed]
