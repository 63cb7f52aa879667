"""Reminders (fixed dates): each item at most once a day, by e-mail and on the dashboard; and
the C2 figures taken from the governance and development apps."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import TaskState

from sop_governance.development.models import DevelopmentRequest, Stage, Transition
from sop_governance.evaluations import metrics, reminders
from sop_governance.evaluations.models import ReminderLog
from sop_governance.evaluations.periods import parse
from sop_governance.models import ContentPlan, ContentPlanItem

from . import data

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {
        "operator": data.member("operator", "Operator"),
        "sub": data.member("sub", "Sub Koordinator"),
        "koor": data.member("koor", "Koordinator"),
        "dev": data.member("dev", "Web Developer"),
        "kepala": data.member("kepala", "Kepala Dinas"),
    }


def plan(quarter: str, signed_at=None) -> ContentPlan:
    created = ContentPlan.objects.create(quarter=quarter)
    if signed_at:
        ContentPlan.objects.filter(pk=created.pk).update(signed_at=signed_at)
    return created


def request(title: str, submitter, stage: str, since) -> DevelopmentRequest:
    created = DevelopmentRequest.objects.create(
        kind="technical",
        title=title,
        description="Halaman lambat.",
        submitted_by=submitter,
        stage=stage,
        stage_changed_at=since,
    )
    DevelopmentRequest.objects.filter(pk=created.pk).update(submitted_at=since)
    return created


def test_reminders_are_sent_once_a_day(people):
    # Friday 20 November 2026: Q4's plan unsigned, nothing uploaded in November.
    now = data.at(11, 20, 8)
    plan("2026-Q4")
    state = data.build().workflow_state
    waiting = TaskState.objects.filter(workflow_state=state, status="in_progress").order_by("pk")
    stalled = request("Menu rusak", people["sub"], Stage.HANDED_OVER, data.at(11, 5, 8))
    request("Logo buram", people["sub"], Stage.HANDED_OVER, data.at(11, 10, 8))

    current = reminders.current_reminders(now)
    keys = [reminder.key for reminder in current]
    assert keys == [
        "plan:2026-Q4",
        "uploads:2026-11",
        f"review:{waiting[0].pk}",
        f"review:{waiting[1].pk}",
        f"development:{stalled.pk}",
    ]
    assert reminders.send_reminders(now) == 5
    assert reminders.send_reminders(now + datetime.timedelta(hours=3)) == 0
    assert ReminderLog.objects.count() == 5
    by_subject = {}
    for message in mail.outbox:
        by_subject.setdefault(message.body.split("\n")[0], set()).update(message.to)
    plan_message = next(text for text in by_subject if "2026-Q4" in text)
    assert by_subject[plan_message] == {
        f"{name}@contohkab.go.id" for name in ("sub", "koor", "subkoordinator", "koordinator")
    }
    development = next(text for text in by_subject if "Menu rusak" in text)
    assert "11 hari kerja" in development
    assert by_subject[development] == {
        f"{name}@contohkab.go.id" for name in ("sub", "subkoordinator", "dev")
    }
    review = next(text for text in by_subject if "Tinjauan Sub Koordinator" in text)
    assert by_subject[review] == {"sub@contohkab.go.id", "subkoordinator@contohkab.go.id"}

    # The next day counts again.
    assert reminders.send_reminders(data.at(11, 21, 8)) == 5


def test_nothing_to_remind_when_the_routine_is_kept(people):
    plan("2026-Q4", signed_at=data.at(10, 2))
    document = data.make_document("Laporan November")
    data.PPIDDocument.objects.filter(pk=document.pk).update(created_at=data.at(11, 3))
    assert reminders.current_reminders(data.at(11, 20, 8)) == []
    call_command("sop_reminders")
    assert ReminderLog.objects.filter(day=datetime.date(2026, 11, 20)).count() == 0


def test_the_next_quarters_plan_is_reminded_two_weeks_ahead(people):
    plan("2026-Q4", signed_at=data.at(10, 2))
    keys = [reminder.key for reminder in reminders.plan_reminders(datetime.date(2026, 12, 18))]
    assert keys == ["plan:2027-Q1"]
    assert reminders.plan_reminders(datetime.date(2026, 12, 16)) == []


def test_c2_plan_and_development_figures(people):
    signed = plan("2026-Q4")
    for title, category, month in (("Laporan", "berkala", 10), ("Agenda", "setiap_saat", 11)):
        ContentPlanItem.objects.create(
            plan=signed, title=title, category=category, target_month=month
        )
    ContentPlan.objects.filter(pk=signed.pk).update(signed_at=data.at(10, 2))
    moved = request("Menu rusak", people["sub"], Stage.RECEIVED, data.at(10, 1, 8))
    for day in (6, 20):
        step = Transition.objects.create(
            request=moved, action="x", from_stage="", to_stage="received", user=people["dev"]
        )
        Transition.objects.filter(pk=step.pk).update(at=data.at(10, day))
    # Not moved since 1 October: at the end of October 21 working days have passed.
    request("Logo buram", people["sub"], Stage.HANDED_OVER, data.at(10, 1, 8))
    # Moved on 26 October: 4 working days by the end of the month.
    request("Formulir", people["sub"], Stage.DRAFT, data.at(10, 26, 8))

    result = metrics.monthly(parse("monthly", "2026-10"), data.at(11, 22))
    assert result["content_plan"] == [
        {"quarter": "2026-Q4", "version": 1, "signed": True, "items": 2, "done": 0}
    ]
    assert result["development"] == {
        "steps": 2,
        "moved": 1,
        "open": 3,
        "stalled": 2,
        "stalled_after_working_days": 10,
    }
    half = metrics.semiannual(parse("semiannual", "2026-H2"), data.at(1, 5, year=2027))
    assert half["quarters_without_signed_plan"] == ["2026-Q3"]


def test_dashboard_shows_the_reminders_to_the_roles_concerned(people, client):
    plan("2026-Q4")
    client.force_login(people["koor"])
    html = client.get("/admin/").content.decode()
    assert "Evaluasi dan pengingat" in html
    assert "Daftar konten untuk 2026-Q4 belum ditandatangani." in html
    client.force_login(people["dev"])
    html = client.get("/admin/").content.decode()
    assert "Daftar konten untuk 2026-Q4" not in html


def test_compliance_page_shows_the_latest_reports_to_the_head_of_office(people, client):
    from sop_governance.evaluations.reports import generate

    generate("monthly", "2026-10")
    client.force_login(people["kepala"])
    response = client.get("/admin/sop/tata-kelola/kepatuhan/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Evaluasi dan pengingat" in html and "2026-10" in html
    client.force_login(people["operator"])
    html = client.get("/admin/sop/tata-kelola/kepatuhan/").content.decode()
    assert "2026-10" not in html
