"""Celery tasks (scheduled by django-celery-beat, see schedules.py). Each is also a management
command: `run_evaluation monthly|semiannual [--period ...]` and `sop_reminders`.

Report tasks are acknowledged late (a killed worker's task is delivered again) and retried with
exponential backoff; a retry finds the reports already committed and only adds what is missing.
"""

from celery import shared_task

from .periods import MONTHLY, SEMIANNUAL
from .reminders import send_reminders
from .reports import email_pending, generate, generate_due

RETRYING = {
    "bind": True,
    "acks_late": True,
    "autoretry_for": (Exception,),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 6,
}


def run(kind: str, period: str | None = None) -> list[str]:
    """Produce the period (or every due period) and e-mail what has not been e-mailed yet."""
    if period:
        reports = [report for report in [generate(kind, period)] if report is not None]
    else:
        reports = generate_due(kind)
    email_pending(kind)
    return [report.period for report in reports]


@shared_task(name="sop_evaluations.run_monthly", **RETRYING)
def run_monthly(self, period: str | None = None) -> list[str]:
    return run(MONTHLY, period)


@shared_task(name="sop_evaluations.run_semiannual", **RETRYING)
def run_semiannual(self, period: str | None = None) -> list[str]:
    return run(SEMIANNUAL, period)


@shared_task(name="sop_evaluations.send_reminders", **RETRYING)
def run_reminders(self) -> int:
    return send_reminders()
