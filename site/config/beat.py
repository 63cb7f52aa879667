"""Beat's scheduler: django-celery-beat's, except that a job the broker refused stays due.

Celery beat marks a periodic job as run before it sends it; when Redis is down at that moment
the send fails and the job is skipped until its next period (a month for the C2 report). Here
the job's last run is put back, so beat sends it again once the broker answers (retrying every
CELERY_BEAT_RETRY_SECONDS). Every job is idempotent, so a job sent late is only late.
"""

from __future__ import annotations

import logging
import time

from celery import schedules
from django.conf import settings
from django_celery_beat.schedulers import DatabaseScheduler

logger = logging.getLogger(__name__)


class CatchUpScheduler(DatabaseScheduler):
    def __init__(self, *args, **kwargs):
        self._before_reserve: dict[str, tuple] = {}
        self._retry_at: dict[str, float] = {}
        super().__init__(*args, **kwargs)

    def reserve(self, entry):
        self._before_reserve[entry.name] = (entry.model.last_run_at, entry.model.total_run_count)
        return super().reserve(entry)

    def is_due(self, entry):
        retry_at = self._retry_at.get(entry.name)
        if retry_at is not None and time.monotonic() < retry_at:
            return schedules.schedstate(False, retry_at - time.monotonic())
        return super().is_due(entry)

    def apply_entry(self, entry, producer=None):
        logger.info("Scheduler: Sending due task %s (%s)", entry.name, entry.task)
        try:
            self.apply_async(entry, producer=producer, advance=False)
        except Exception:  # the broker is down: the job stays due and is sent again later
            logger.warning("Broker unavailable: %s stays due", entry.name, exc_info=True)
            self._put_back(entry)
        else:
            self._retry_at.pop(entry.name, None)

    def _put_back(self, entry) -> None:
        last_run_at, total_run_count = self._before_reserve[entry.name]
        model = entry.model
        model.last_run_at, model.total_run_count = last_run_at, total_run_count
        self._schedule[entry.name] = self.Entry(model, app=self.app)
        self._dirty.add(entry.name)
        self._heap = None  # rebuilt from the schedule on the next tick
        self._retry_at[entry.name] = time.monotonic() + float(
            getattr(settings, "CELERY_BEAT_RETRY_SECONDS", 30)
        )
