"""Evaluation periods: a month "2026-10" (C2) or a half-year "2026-H2" (C1), in Asia/Jakarta."""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format

from moderation.periods import aware

MONTHLY = "monthly"
SEMIANNUAL = "semiannual"

MONTH = re.compile(r"^(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])$")
HALF = re.compile(r"^(?P<year>\d{4})-H(?P<half>[12])$")


@dataclass(frozen=True)
class EvaluationPeriod:
    kind: str
    code: str
    label: str
    start: datetime.datetime
    end: datetime.datetime  # exclusive

    def months(self) -> list["EvaluationPeriod"]:
        """The months of the period, in order."""
        months, moment = [], self.start
        while moment < self.end:
            months.append(month_period(moment.year, moment.month))
            moment = aware(moment.year, moment.month + 1)
        return months

    def next(self) -> "EvaluationPeriod":
        return period_containing(self.kind, self.end)

    def previous(self) -> "EvaluationPeriod":
        return period_containing(self.kind, self.start - datetime.timedelta(days=1))


def month_period(year: int, month: int) -> EvaluationPeriod:
    start, end = aware(year, month), aware(year, month + 1)
    return EvaluationPeriod(
        MONTHLY, f"{year:04d}-{month:02d}", date_format(start, "F Y"), start, end
    )


def half_period(year: int, half: int) -> EvaluationPeriod:
    first_month = 1 if half == 1 else 7
    label = f"Semester {half} {year}"
    return EvaluationPeriod(
        SEMIANNUAL,
        f"{year:04d}-H{half}",
        label,
        aware(year, first_month),
        aware(year, first_month + 6),
    )


def parse(kind: str, code: str) -> EvaluationPeriod:
    """Raises ValueError unless `code` is YYYY-MM (monthly) or YYYY-H1/H2 (semiannual)."""
    pattern = MONTH if kind == MONTHLY else HALF if kind == SEMIANNUAL else None
    match = pattern.match(code or "") if pattern else None
    if not match:
        raise ValueError(code)
    if kind == MONTHLY:
        return month_period(int(match["year"]), int(match["month"]))
    return half_period(int(match["year"]), int(match["half"]))


def period_containing(kind: str, moment: datetime.datetime) -> EvaluationPeriod:
    local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
    if kind == MONTHLY:
        return month_period(local.year, local.month)
    return half_period(local.year, 1 if local.month <= 6 else 2)


def last_complete(kind: str, now: datetime.datetime | None = None) -> EvaluationPeriod:
    """The latest period that has ended by `now`."""
    return period_containing(kind, now or timezone.now()).previous()


def due_periods(
    kind: str, latest_done: str | None, now: datetime.datetime | None = None, limit: int = 12
) -> list[EvaluationPeriod]:
    """Periods to produce now: every ended period after `latest_done` (at most `limit`, the most
    recent), or only the last ended one when nothing was ever produced."""
    last = last_complete(kind, now)
    if latest_done is None:
        return [last]
    done = parse(kind, latest_done)
    periods, period = [], last
    while period.start > done.start and len(periods) < limit:
        periods.append(period)
        period = period.previous()
    return list(reversed(periods))
