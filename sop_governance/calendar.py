"""Working days in the office's time zone (Asia/Jakarta), for SOP deadlines.

A working day is Monday to Friday, except the dates listed in ``settings.SOP_HOLIDAYS`` (ISO
dates, e.g. ``["2026-12-25"]``; default empty).
"""

import datetime
import zoneinfo
from functools import lru_cache

from django.conf import settings

OFFICE_TIME_ZONE = zoneinfo.ZoneInfo("Asia/Jakarta")


@lru_cache(maxsize=8)
def _parse_holidays(raw: tuple[str, ...]) -> frozenset[datetime.date]:
    return frozenset(datetime.date.fromisoformat(value) for value in raw)


def holidays() -> frozenset[datetime.date]:
    return _parse_holidays(tuple(getattr(settings, "SOP_HOLIDAYS", ()) or ()))


def office_date(moment: datetime.datetime | datetime.date) -> datetime.date:
    """The calendar date of ``moment`` in Asia/Jakarta (naive datetimes are taken as Jakarta)."""
    if isinstance(moment, datetime.datetime):
        if moment.tzinfo is None:
            return moment.date()
        return moment.astimezone(OFFICE_TIME_ZONE).date()
    return moment


def is_working_day(day: datetime.date) -> bool:
    return day.weekday() < 5 and day not in holidays()


def _weekdays_after_until(first: datetime.date, last: datetime.date) -> int:
    """Monday-Friday dates d with first < d <= last (first <= last)."""
    days = (last - first).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    weekday = first.weekday()
    for offset in range(1, rest + 1):
        if (weekday + offset) % 7 < 5:
            count += 1
    return count


def working_days_between(start: datetime.datetime, end: datetime.datetime) -> int:
    """Working days elapsed from ``start`` to ``end``, counted by office dates.

    Counts the working days ``d`` with ``date(start) < d <= date(end)``: a review submitted on
    Monday has waited 2 working days on Wednesday, and 1 on the next Monday when submitted on a
    Friday. Returns 0 when ``end`` is not after ``start``'s date.
    """
    first, last = office_date(start), office_date(end)
    if last <= first:
        return 0
    count = _weekdays_after_until(first, last)
    count -= sum(1 for day in holidays() if first < day <= last and day.weekday() < 5)
    return count


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The date ``days`` working days after ``start`` (``start`` itself when days is 0)."""
    current = start
    remaining = days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current
