"""Working days in the office's time zone (Asia/Jakarta), for SOP and legal deadlines.

A working day is Monday to Friday, except:

- Indonesia's national holidays and cuti bersama (the maintained ``holidays`` library, its
  "public" and "government" categories), unless ``settings.SOP_NATIONAL_HOLIDAYS`` is False;
- the office's own dates in ``settings.SOP_HOLIDAYS`` (ISO dates, e.g. ``["2026-12-31"]``).

``settings.SOP_WORKING_DAYS`` (ISO dates) lists dates that are working days after all (a cuti
bersama the office does not take, or a date the government moved). The request service's
10 + 7 working days (UU 14/2008 Pasal 22) and the SOP's review limits share this calendar.
"""

import datetime
import zoneinfo
from functools import lru_cache

import holidays as holiday_library
from django.conf import settings

OFFICE_TIME_ZONE = zoneinfo.ZoneInfo("Asia/Jakarta")
NATIONAL_CATEGORIES = (holiday_library.PUBLIC, holiday_library.GOVERNMENT)


@lru_cache(maxsize=8)
def _parse_dates(raw: tuple[str, ...]) -> frozenset[datetime.date]:
    return frozenset(datetime.date.fromisoformat(value) for value in raw)


@lru_cache(maxsize=64)
def national_holidays(year: int) -> frozenset[datetime.date]:
    """National holidays and cuti bersama of `year` (weekends included as the library lists)."""
    return frozenset(
        holiday_library.country_holidays("ID", years=year, categories=NATIONAL_CATEGORIES)
    )


def _setting_dates(name: str) -> frozenset[datetime.date]:
    return _parse_dates(tuple(getattr(settings, name, ()) or ()))


def office_holidays() -> frozenset[datetime.date]:
    return _setting_dates("SOP_HOLIDAYS")


def holidays_between(first: datetime.date, last: datetime.date) -> frozenset[datetime.date]:
    """Every non-working weekday date d with first <= d <= last (national and office dates)."""
    dates = set(office_holidays())
    if getattr(settings, "SOP_NATIONAL_HOLIDAYS", True):
        for year in range(first.year, last.year + 1):
            dates |= national_holidays(year)
    dates -= _setting_dates("SOP_WORKING_DAYS")
    return frozenset(day for day in dates if first <= day <= last and day.weekday() < 5)


def holidays() -> frozenset[datetime.date]:
    """The office's own holidays (settings); national ones come from `holidays_between`."""
    return office_holidays()


def office_date(moment: datetime.datetime | datetime.date) -> datetime.date:
    """The calendar date of ``moment`` in Asia/Jakarta (naive datetimes are taken as Jakarta)."""
    if isinstance(moment, datetime.datetime):
        if moment.tzinfo is None:
            return moment.date()
        return moment.astimezone(OFFICE_TIME_ZONE).date()
    return moment


def is_working_day(day: datetime.date) -> bool:
    return day.weekday() < 5 and day not in holidays_between(day, day)


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


def working_days_between(
    start: datetime.datetime | datetime.date, end: datetime.datetime | datetime.date
) -> int:
    """Working days elapsed from ``start`` to ``end``, counted by office dates.

    Counts the working days ``d`` with ``date(start) < d <= date(end)``: a review submitted on
    Monday has waited 2 working days on Wednesday, and 1 on the next Monday when submitted on a
    Friday. Returns 0 when ``end`` is not after ``start``'s date.
    """
    first, last = office_date(start), office_date(end)
    if last <= first:
        return 0
    count = _weekdays_after_until(first, last)
    count -= len(holidays_between(first + datetime.timedelta(days=1), last))
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
