import datetime
import zoneinfo

import pytest

from sop_governance.calendar import add_working_days, working_days_between

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")


def at(day: str, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.fromisoformat(day).replace(hour=hour, tzinfo=JAKARTA)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2026-10-05", "2026-10-05", 0),  # same Monday
        ("2026-10-05", "2026-10-07", 2),  # Monday -> Wednesday
        ("2026-10-09", "2026-10-12", 1),  # Friday -> Monday
        ("2026-10-10", "2026-10-11", 0),  # Saturday -> Sunday
        ("2026-10-05", "2026-10-19", 10),  # two whole weeks
        ("2026-10-07", "2026-10-05", 0),  # end before start
        ("2026-10-01", "2026-12-31", 65),
    ],
)
def test_working_days_between(start, end, expected):
    assert working_days_between(at(start), at(end)) == expected


def test_weeks_agree_with_day_by_day_count():
    start = datetime.date(2026, 1, 1)
    for length in range(0, 40):
        for shift in range(7):
            first = start + datetime.timedelta(days=shift)
            last = first + datetime.timedelta(days=length)
            by_day = sum(
                1
                for n in range(1, length + 1)
                if (first + datetime.timedelta(days=n)).weekday() < 5
            )
            assert working_days_between(at(str(first)), at(str(last))) == by_day


def test_holidays_from_settings(settings):
    settings.SOP_HOLIDAYS = ["2026-10-06", "2026-10-10"]  # a Tuesday and a Saturday
    assert working_days_between(at("2026-10-05"), at("2026-10-07")) == 1
    assert working_days_between(at("2026-10-09"), at("2026-10-12")) == 1
    assert add_working_days(datetime.date(2026, 10, 5), 1) == datetime.date(2026, 10, 7)


def test_dates_are_taken_in_jakarta():
    # 2026-10-05 20:00 UTC is already Tuesday 03:00 in Jakarta.
    utc = datetime.UTC
    start = datetime.datetime(2026, 10, 5, 20, 0, tzinfo=utc)
    assert working_days_between(start, at("2026-10-07")) == 1
