"""The clock: 10 working days from registration across national holidays and cuti bersama (the
`holidays` library) and the office's own dates, one extension of 7, paused while the request
needs completing; overdue requests on the Kepatuhan SOP page and in the reminders."""

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.utils import timezone

from information_requests.dashboard import overdue_requests
from information_requests.reminders import send_request_reminders
from information_requests.transitions import perform
from ppid_pages.models import InformationUnit
from sop_governance.calendar import add_working_days, is_working_day, working_days_between

pytestmark = pytest.mark.django_db
JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")


@pytest.fixture
def clock(monkeypatch):
    """Set the time everything (timezone.now, auto_now_add) sees."""

    def set_to(day: str, hour: int = 10):
        moment = datetime.datetime.fromisoformat(day).replace(hour=hour, tzinfo=JAKARTA)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return set_to


@pytest.fixture
def national(settings):
    settings.SOP_NATIONAL_HOLIDAYS = True


def test_national_holidays_and_cuti_bersama_are_not_working_days(national, settings):
    assert not is_working_day(datetime.date(2026, 12, 25))  # Natal
    assert not is_working_day(datetime.date(2026, 12, 24))  # cuti bersama Natal
    assert not is_working_day(datetime.date(2027, 1, 5))  # Isra Mi'raj
    assert is_working_day(datetime.date(2026, 12, 23))
    settings.SOP_WORKING_DAYS = ["2026-12-24"]  # the office works on that cuti bersama
    assert is_working_day(datetime.date(2026, 12, 24))
    settings.SOP_NATIONAL_HOLIDAYS = False
    assert is_working_day(datetime.date(2026, 12, 25))


def test_due_date_across_holidays_and_the_extension(national, clock, desk_request, users):
    clock("2026-12-21")  # Monday
    request = desk_request()
    # 22, 23, (24 cuti, 25 Natal), 28-31, (1 Jan), 4, (5 Isra Mi'raj), 6, 7, 8
    assert request.due_date == datetime.date(2027, 1, 8)
    assert working_days_between(datetime.date(2026, 12, 21), request.due_date) == 10
    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    perform(request, "process", users["Petugas Layanan Informasi"], data={"unit": unit})
    perform(request, "extend", users["PPID"], note="Arsip berada di gudang kecamatan.")
    request.refresh_from_db()
    assert request.due_date == datetime.date(2027, 1, 19)  # + 11-15, 18, 19
    assert request.extension_reason == "Arsip berada di gudang kecamatan."
    assert request.files.filter(kind="perpanjangan").exists()


def test_office_dates_from_settings(national, clock, desk_request, settings):
    settings.SOP_HOLIDAYS = ["2026-12-30"]  # the regency's anniversary
    clock("2026-12-21")
    assert desk_request().due_date == datetime.date(2027, 1, 11)


def test_needs_completing_pauses_the_clock(clock, desk_request, users):
    clock("2026-10-05")  # Monday, no holidays in the weeks after
    request = desk_request()
    assert request.due_date == datetime.date(2026, 10, 19)
    clock("2026-10-07")
    perform(request, "ask_completion", users["Petugas Layanan Informasi"], note="Salinan KTP.")
    request.refresh_from_db()
    assert request.paused_on == datetime.date(2026, 10, 7)
    assert request.completion_due == add_working_days(datetime.date(2026, 10, 7), 10)
    clock("2026-10-12")  # 8, 9, 12: three working days waited
    perform(request, "complete", users["Petugas Layanan Informasi"], note="KTP diserahkan.")
    request.refresh_from_db()
    assert request.due_date == datetime.date(2026, 10, 22)
    assert request.paused_on is None


def test_reject_incomplete_only_after_the_completion_deadline(clock, desk_request, users):
    from django.core.exceptions import ValidationError

    desk = users["Petugas Layanan Informasi"]
    clock("2026-10-05")
    request = desk_request()
    perform(request, "ask_completion", desk, note="Salinan akta badan hukum.")
    clock("2026-10-16")
    with pytest.raises(ValidationError):
        perform(request, "reject_incomplete", desk, note="Tidak dilengkapi.")
    clock("2026-10-20")
    perform(request, "reject_incomplete", desk, note="Tidak dilengkapi.")
    request.refresh_from_db()
    assert request.stage == "ditolak_administratif"


def test_overdue_and_reminders(clock, desk_request, users):
    clock("2026-10-05")
    request = desk_request()
    clock("2026-10-15")  # due 19 Oct: two working days ahead (16, 19) -> "due" reminder
    mail.outbox.clear()
    assert send_request_reminders() == 1
    assert "PMH-" in mail.outbox[0].body
    assert send_request_reminders() == 0  # once a day
    clock("2026-10-20")
    assert list(overdue_requests(datetime.date(2026, 10, 20))) == [request]
    assert send_request_reminders() == 1
    assert "overdue" in mail.outbox[-1].body or "lewat" in mail.outbox[-1].body
    recipients = set(mail.outbox[-1].to)
    assert users["Petugas Layanan Informasi"].email in recipients
    assert users["Operator"].email not in recipients
