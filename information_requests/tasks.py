"""Celery tasks of the service (scheduled in sop_governance.evaluations.schedules); each is also
a management command: `request_reminders`, `purge_request_identities`."""

from celery import shared_task

from .purge import purge
from .reminders import send_request_reminders

RETRYING = {
    "bind": True,
    "acks_late": True,
    "autoretry_for": (Exception,),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 6,
}


@shared_task(name="information_requests.send_reminders", **RETRYING)
def run_reminders(self) -> int:
    return send_request_reminders()


@shared_task(name="information_requests.purge", **RETRYING)
def run_purge(self) -> dict:
    return purge()
