"""Reporting periods: a month "2026-10" or a quarter "2026-Q4", in the site's time zone."""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format

PERIOD = re.compile(r"^(?P<year>\d{4})-(?:(?P<month>0[1-9]|1[0-2])|Q(?P<quarter>[1-4]))$")


@dataclass(frozen=True)
class Period:
    code: str
    label: str
    start: datetime.datetime
    end: datetime.datetime  # exclusive


def aware(year: int, month: int) -> datetime.datetime:
    if month == 13:
        year, month = year + 1, 1
    return timezone.make_aware(datetime.datetime(year, month, 1))


def parse_period(code: str) -> Period:
    """Raises ValueError for anything but YYYY-MM or YYYY-Qn."""
    match = PERIOD.match(code or "")
    if not match:
        raise ValueError(code)
    year = int(match["year"])
    if match["month"]:
        month = int(match["month"])
        label = date_format(aware(year, month), "F Y")
        return Period(code, label, aware(year, month), aware(year, month + 1))
    first_month = 3 * int(match["quarter"]) - 2
    label = f"Triwulan {match['quarter']} {year}"
    return Period(code, label, aware(year, first_month), aware(year, first_month + 3))


def current_month() -> str:
    return timezone.localdate().strftime("%Y-%m")
