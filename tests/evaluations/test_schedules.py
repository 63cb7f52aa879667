"""Every periodic job is seeded from code after migrate, once, and a superuser's change stays."""

import pytest
from django.core.management import call_command
from django_celery_beat.models import PeriodicTask

from sop_governance.evaluations.schedules import SCHEDULES, seed_schedules

pytestmark = pytest.mark.django_db


def test_every_schedule_is_seeded_in_jakarta_time():
    tasks = {task.task: task for task in PeriodicTask.objects.select_related("crontab")}
    assert set(tasks) >= {
        "integrity.run_watch",
        "sop_evaluations.run_monthly",
        "sop_evaluations.run_semiannual",
        "sop_evaluations.send_reminders",
        "information_requests.send_reminders",
        "information_requests.purge",
    }
    monthly = tasks["sop_evaluations.run_monthly"].crontab
    assert (monthly.minute, monthly.hour, monthly.day_of_month) == ("0", "2", "1")
    semiannual = tasks["sop_evaluations.run_semiannual"].crontab
    assert semiannual.month_of_year == "1,7"
    assert str(tasks["integrity.run_watch"].crontab.timezone) == "Asia/Jakarta"
    assert tasks["integrity.run_watch"].crontab.day_of_month == "*"


def test_seeding_again_adds_nothing_and_keeps_changes():
    PeriodicTask.objects.filter(task="sop_evaluations.send_reminders").update(enabled=False)
    count = PeriodicTask.objects.count()
    seed_schedules()
    call_command("migrate", "sop_evaluations", verbosity=0)
    assert PeriodicTask.objects.count() == count
    assert not PeriodicTask.objects.get(task="sop_evaluations.send_reminders").enabled
    assert PeriodicTask.objects.filter(name__in=[s.name for s in SCHEDULES]).count() == len(
        SCHEDULES
    )
