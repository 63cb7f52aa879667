"""A1 overdue rules with fixed dates: a quarter needs a signed plan within its first week."""

import datetime
import zoneinfo

import pytest

from sop_governance.compliance import quarter_plan
from sop_governance.models import ContentPlan
from sop_governance.quarters import PlanStatus, Quarter, current_quarter, is_overdue, plan_status

from .conftest import make_plan, signed_plan

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
Q4 = Quarter(2026, 4)


def at(day: str, hour: int = 9) -> datetime.datetime:
    return datetime.datetime.fromisoformat(day).replace(hour=hour, tzinfo=JAKARTA)


def test_quarter_codes_and_dates():
    assert Quarter.parse("2026-Q4") == Q4
    assert Q4.months == (10, 11, 12)
    assert Q4.first_day == datetime.date(2026, 10, 1)
    assert Q4.signing_deadline == at("2026-10-08", 0)
    assert current_quarter(datetime.date(2027, 2, 14)) == Quarter(2027, 1)
    assert Quarter(2027, 1).previous() == Q4
    for bad in ("2026-Q5", "2026Q4", "Q4-2026", ""):
        with pytest.raises(ValueError):
            Quarter.parse(bad)


@pytest.mark.parametrize(
    ("signed_at", "today", "expected"),
    [
        (None, "2026-09-20", PlanStatus.PENDING),  # before the quarter
        (None, "2026-10-01", PlanStatus.PENDING),
        (None, "2026-10-07", PlanStatus.PENDING),  # the last day of the first week
        (None, "2026-10-08", PlanStatus.OVERDUE),
        (None, "2026-12-31", PlanStatus.OVERDUE),
        (at("2026-09-25"), "2026-10-20", PlanStatus.SIGNED_ON_TIME),  # signed ahead
        (at("2026-10-07", 23), "2026-10-20", PlanStatus.SIGNED_ON_TIME),
        (at("2026-10-08", 0), "2026-10-20", PlanStatus.SIGNED_LATE),
    ],
)
def test_plan_status(signed_at, today, expected):
    day = datetime.date.fromisoformat(today)
    assert plan_status(Q4, signed_at, day) == expected
    assert is_overdue(Q4, signed_at, day) == (expected == PlanStatus.OVERDUE)


@pytest.mark.django_db
def test_quarter_plan_from_the_database(people):
    today = datetime.date(2026, 10, 20)
    assert quarter_plan(Q4, today).status == PlanStatus.OVERDUE
    draft = make_plan(people["subkoordinator"], "2026-Q4")
    summary = quarter_plan(Q4, today)
    assert (summary.status, summary.plan, summary.total, summary.done) == (
        PlanStatus.OVERDUE,
        draft,
        2,
        0,
    )
    draft.delete()
    plan = signed_plan(people, "2026-Q4")
    ContentPlan.objects.filter(pk=plan.pk).update(signed_at=at("2026-10-06"))
    assert quarter_plan(Q4, today).status == PlanStatus.SIGNED_ON_TIME
    ContentPlan.objects.filter(pk=plan.pk).update(signed_at=at("2026-10-09"))
    assert quarter_plan(Q4, today).status == PlanStatus.SIGNED_LATE
    # a later version does not change when the quarter was first signed
    successor = plan.new_version(people["subkoordinator"])
    summary = quarter_plan(Q4, today)
    assert (summary.status, summary.plan, summary.versions) == (
        PlanStatus.SIGNED_LATE,
        successor,
        2,
    )


@pytest.mark.django_db
def test_recent_quarters_with_fixed_dates(people):
    from sop_governance.compliance import recent_quarters

    on_time = signed_plan(people, "2026-Q3")
    ContentPlan.objects.filter(pk=on_time.pk).update(signed_at=at("2026-07-03"))
    late = signed_plan(people, "2026-Q2")
    ContentPlan.objects.filter(pk=late.pk).update(signed_at=at("2026-04-08", 10))
    make_plan(people["subkoordinator"], "2026-Q4")  # drafted, never signed
    statuses = [(q.code, status) for q, status in recent_quarters(datetime.date(2026, 10, 9))]
    assert statuses == [
        ("2026-Q4", PlanStatus.OVERDUE),
        ("2026-Q3", PlanStatus.SIGNED_ON_TIME),
        ("2026-Q2", PlanStatus.SIGNED_LATE),
        ("2026-Q1", PlanStatus.OVERDUE),
    ]
    statuses = [status for _q, status in recent_quarters(datetime.date(2026, 10, 7))]
    assert statuses[0] == PlanStatus.PENDING
