"""Quarters of the content plan (SOP A1) and when a quarter's plan is overdue.

A quarter's plan must be signed by the Koordinator by the end of the quarter's first week
(its first seven calendar days, office time); after that, a quarter without a signed plan is
overdue. "Today" is always a parameter so the rules can be checked with fixed dates.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .calendar import OFFICE_TIME_ZONE, office_date

QUARTER = re.compile(r"^(?P<year>\d{4})-Q(?P<quarter>[1-4])$")
GRACE_DAYS = 7


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, code: str) -> "Quarter":
        """Raises ValueError for anything but "YYYY-Qn"."""
        match = QUARTER.match(code or "")
        if not match:
            raise ValueError(code)
        return cls(int(match["year"]), int(match["quarter"]))

    @classmethod
    def of(cls, day: datetime.date) -> "Quarter":
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def code(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def label(self) -> str:
        return f"Triwulan {self.number} {self.year}"

    @property
    def months(self) -> tuple[int, int, int]:
        first = 3 * self.number - 2
        return (first, first + 1, first + 2)

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.months[0], 1)

    @property
    def signing_deadline(self) -> datetime.datetime:
        """The moment after the first week: a plan signed before it is on time."""
        day = self.first_day + datetime.timedelta(days=GRACE_DAYS)
        return datetime.datetime.combine(day, datetime.time(), tzinfo=OFFICE_TIME_ZONE)

    def previous(self) -> "Quarter":
        if self.number == 1:
            return Quarter(self.year - 1, 4)
        return Quarter(self.year, self.number - 1)

    def __str__(self) -> str:
        return self.code


def current_quarter(today: datetime.date | None = None) -> Quarter:
    return Quarter.of(today or timezone.localdate())


class PlanStatus:
    SIGNED_ON_TIME = "signed_on_time"
    SIGNED_LATE = "signed_late"
    PENDING = "pending"
    OVERDUE = "overdue"

    LABELS = {
        SIGNED_ON_TIME: _("Signed on time"),
        SIGNED_LATE: _("Signed late"),
        PENDING: _("Not signed yet (first week still running)"),
        OVERDUE: _("Overdue: no signed plan after the first week"),
    }


def plan_status(
    quarter: Quarter, first_signed_at: datetime.datetime | None, today: datetime.date
) -> str:
    """The SOP status of a quarter from the first signature of any of its plan versions."""
    deadline = quarter.signing_deadline
    if first_signed_at is not None:
        return PlanStatus.SIGNED_ON_TIME if first_signed_at < deadline else PlanStatus.SIGNED_LATE
    if office_date(today) >= deadline.date():
        return PlanStatus.OVERDUE
    return PlanStatus.PENDING


def is_overdue(
    quarter: Quarter, first_signed_at: datetime.datetime | None, today: datetime.date
) -> bool:
    return plan_status(quarter, first_signed_at, today) == PlanStatus.OVERDUE
