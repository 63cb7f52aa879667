"""A Celery worker killed with SIGKILL in the middle of a job: after a new worker starts, the
job completes exactly once, and nothing half-written is visible in between (issue 19).

Each test starts a real worker process on a private redis-server, lets it reach a known point
in the middle of the job (tests/faults/worker.py), kills it with SIGKILL, waits for the
broker's visibility timeout and starts a second worker, which gets the same task again.
"""

import time

import pytest

from integrity.models import IntegrityAlert
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import DipEntryPage
from sop_governance.evaluations.models import EvaluationReport, ReminderLog, Status
from tests.factories import home_page, make_dip_index, make_entry
from tests.test_workflow import member

from .conftest import VISIBILITY_TIMEOUT, needs_postgresql, wait_until

pytestmark = [
    needs_postgresql,
    pytest.mark.usefixtures("without_account_audit"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def kill_in_the_middle(faults, pause: str, task: str, **kwargs):
    """Send `task`, kill its worker at `pause`, start a fresh worker; returns the fresh one."""
    first, marker = faults.start_worker(pause=pause)
    faults.send(task, **kwargs)
    wait_until(marker.exists, what=f"{task} to reach {pause}", worker=first)
    return first


def restart(faults, first):
    first.kill()
    time.sleep(VISIBILITY_TIMEOUT + 0.5)  # the unacknowledged task becomes visible again
    second, _ = faults.start_worker()
    return second


@pytest.mark.parametrize(
    "task, period, pause, figure",
    [
        (  # C2: killed while it counts the content plan's progress
            "sop_evaluations.run_monthly",
            "2026-10",
            "sop_governance.evaluations.plans:plan_progress",
            "content_plan",
        ),
        (  # C1: killed while it counts the security events
            "sop_evaluations.run_semiannual",
            "2026-H2",
            "sop_governance.evaluations.metrics:security_events",
            "security",
        ),
        (  # C2 again: killed while it builds the PDF for the e-mail (the report is committed)
            "sop_evaluations.run_monthly",
            "2026-10",
            "sop_governance.evaluations.printouts:report_pdf",
            "content_plan",
        ),
    ],
)
def test_a_report_killed_mid_way_is_written_once_with_all_its_figures(
    faults, task, period, pause, figure
):
    member("kepala", "Kepala Dinas")
    first = kill_in_the_middle(faults, pause, task, period=period)
    # Nothing half-done is visible: no report yet, or a whole report not yet e-mailed.
    assert not EvaluationReport.objects.filter(emailed_at__isnull=False).exists()
    assert all(r.metrics for r in EvaluationReport.objects.all())
    second = restart(faults, first)
    wait_until(lambda: "succeeded" in second.output(), what="the second run", worker=second)

    report = EvaluationReport.objects.get()
    assert (report.period, report.status) == (period, Status.COMPLETE)
    assert report.metrics[figure] and "published" in report.metrics
    assert len(faults.mails()) == 1 and "kepala@contohkab.go.id" in faults.mails()[0]


def test_a_reminder_run_killed_mid_way_sends_each_reminder_once(faults):
    member("operator", "Operator")
    member("sub", "Sub Koordinator")
    member("koor", "Koordinator")
    first = kill_in_the_middle(
        faults,
        "sop_governance.evaluations.reminders:recipients",
        "sop_evaluations.send_reminders",
    )
    assert not ReminderLog.objects.exists()
    second = restart(faults, first)
    wait_until(
        lambda: second.output().count("succeeded") >= 1,
        what="the reminder run of the second worker",
        worker=second,
    )
    logs = list(ReminderLog.objects.values_list("key", "day"))
    assert logs, "the demo-less database should still have a due reminder (plan or uploads)"
    assert len(logs) == len(set(logs))
    assert len(faults.mails()) == len(logs)


def test_an_integrity_watch_killed_before_its_e_mail_sends_it_on_the_next_run(faults):
    """Killed after recording the alerts, before e-mailing them: the next run finds the alerts
    already open and still e-mails them, once; one alert per finding."""
    member("koor", "Koordinator")
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    DipEntryPage.objects.filter(pk=entry.pk).update(title="Situs Slot Gacor Hari Ini")

    first = kill_in_the_middle(faults, "integrity.alerts:recipients", "integrity.run_watch")
    alerts = list(IntegrityAlert.objects.open().values_list("page_id", "kind"))
    assert alerts and all(page == entry.pk for page, _ in alerts)
    assert not IntegrityAlert.objects.filter(notified_at__isnull=False).exists()

    second = restart(faults, first)
    wait_until(lambda: "succeeded" in second.output(), what="the second watch", worker=second)
    assert sorted(IntegrityAlert.objects.open().values_list("page_id", "kind")) == sorted(alerts)
    assert not IntegrityAlert.objects.filter(notified_at__isnull=True).exists()
    [message] = faults.mails()
    assert "koor@contohkab.go.id" in message and "Laporan Keuangan 2025" in message
