"""Against the real Redis and a real worker: scheduled runs, duplicates, retries, and what still
works with the broker down (REDIS_URL at a closed port)."""

import time

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django_celery_beat.models import PeriodicTask
from django_celery_beat.schedulers import DatabaseScheduler
from wagtail.models import Workflow

from config.celery import enqueue
from sop_governance.evaluations import metrics
from sop_governance.evaluations.models import EvaluationReport, Status
from tests.test_workflow import act, draft_entry, member

from .conftest import CLOSED_PORT_BROKER, broker

# The worker thread sees only committed rows; serialized rollback restores what the data
# migrations made (roles, workflow, schedules) after the flush of each test.
pytestmark = [
    pytest.mark.usefixtures("without_account_audit"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def scheduled_entry(scheduler: DatabaseScheduler, task_name: str):
    """Beat's own entry for the seeded schedule (as beat sends it when the time comes)."""
    return scheduler.Entry(PeriodicTask.objects.get(task=task_name), app=scheduler.app)


def test_a_scheduled_run_produces_exactly_one_report(celery_worker, finished):
    member("kepala", "Kepala Dinas")
    scheduler = DatabaseScheduler(app=celery_worker)
    entry = scheduled_entry(scheduler, "sop_evaluations.run_monthly")
    assert PeriodicTask.objects.get(name=entry.name).crontab.day_of_month == "1"

    scheduler.apply_async(entry)
    assert finished.wait_for(1) == [("sop_evaluations.run_monthly", "SUCCESS")]

    [report] = EvaluationReport.objects.all()
    assert (report.kind, report.status) == ("monthly", Status.COMPLETE)
    assert report.metrics["published"]["total"] == 0
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["kepala@contohkab.go.id"]


def test_a_duplicate_trigger_produces_none(celery_worker, finished):
    scheduler = DatabaseScheduler(app=celery_worker)
    entry = scheduled_entry(scheduler, "sop_evaluations.run_semiannual")
    scheduler.apply_async(entry)
    scheduler.apply_async(entry)
    celery_worker.send_task("sop_evaluations.run_semiannual", kwargs={"period": "2026-H1"})
    runs = finished.wait_for(3)
    assert runs == [("sop_evaluations.run_semiannual", "SUCCESS")] * 3
    assert EvaluationReport.objects.filter(kind="semiannual").count() == 1


def test_a_task_failing_mid_way_retries_and_ends_with_one_complete_report(
    celery_worker, finished, monkeypatch
):
    calls = []
    real = metrics.security_events

    def fails_once(period):
        calls.append(period.code)
        if len(calls) == 1:
            # The report row is already inserted in the open transaction at this point.
            assert EvaluationReport.objects.filter(period=period.code).exists()
            raise ConnectionError("database went away")
        return real(period)

    monkeypatch.setattr(metrics, "security_events", fails_once)
    celery_worker.send_task("sop_evaluations.run_semiannual", kwargs={"period": "2026-H2"})
    runs = finished.wait_for(2, timeout=60)
    assert runs == [
        ("sop_evaluations.run_semiannual", "RETRY"),
        ("sop_evaluations.run_semiannual", "SUCCESS"),
    ]
    assert calls == ["2026-H2", "2026-H2"]
    [report] = EvaluationReport.objects.all()
    assert report.period == "2026-H2"
    assert report.metrics["security"]["totals"]["failed_logins"] == 0
    assert report.metrics["uploads"]["months_without_uploads"]


def test_reminders_task_runs_on_the_worker(celery_worker, finished):
    assert enqueue("sop_evaluations.send_reminders") is True
    assert finished.wait_for(1) == [("sop_evaluations.send_reminders", "SUCCESS")]


def test_with_redis_down_publishing_and_the_commands_still_work(celery_worker):
    people = {
        "operator": member("operator", "Operator"),
        "sub": member("sub", "Sub Koordinator"),
        "koor": member("koor", "Koordinator"),
    }
    Group.objects.get(name="Kepala Dinas").user_set.add(member("kepala", "Kepala Dinas"))
    with broker(CLOSED_PORT_BROKER):
        started = time.monotonic()
        assert enqueue("sop_evaluations.run_monthly") is False
        assert time.monotonic() - started < 5

        entry = draft_entry(people["operator"], "<p>Jadwal pelayanan.</p>")
        Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["operator"])
        act(entry, people["sub"])
        act(entry, people["koor"])
        entry.refresh_from_db()
        assert entry.live

        call_command("run_evaluation", "monthly", "--period", "2026-10")
        call_command("run_evaluation", "semiannual", "--period", "2026-H2")
        call_command("sop_reminders")
    assert set(EvaluationReport.objects.values_list("period", flat=True)) == {"2026-10", "2026-H2"}
    assert len(mail.outbox) >= 2
