"""The Celery app: Redis broker (REDIS_URL), JSON only, Asia/Jakarta, schedules in the database.

This module lives in the `config` package on purpose: `site/` is on sys.path, so a top-level
`site/celery.py` would shadow the `celery` package itself.

Start a worker with `make worker` and the scheduler with `make beat` (README, "Celery"). Nothing
in a request waits for Celery: every periodic job is also a management command, and code that
sends a task from a request uses `enqueue_after_commit` (`enqueue`, which gives up at once when
the broker is down, once the request's transaction has committed).
"""

import logging
import os

from celery import Celery

from .paths import add_source_roots

add_source_roots()  # the apps at the repository root, for `celery -A config` too
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("ppid")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

logger = logging.getLogger(__name__)

BROKER_WAIT = 2  # seconds a request may wait for the broker, at most


def enqueue(task_name: str, *args, **kwargs) -> bool:
    """Send a task by name without waiting on a broker that is down; False if not sent.

    For the request path: `.delay()` would retry the connection for seconds when Redis is
    down. Whatever was not sent is picked up by the scheduled run or the management command.
    """
    try:
        with app.connection_for_write() as connection:
            # One quick try: connection refused or a timeout raises at once.
            connection.ensure_connection(
                max_retries=1, interval_start=0, interval_step=0, timeout=BROKER_WAIT
            )
            app.send_task(task_name, args=args, kwargs=kwargs, connection=connection, retry=False)
    except Exception:  # any broker error: the caller goes on without Celery
        logger.warning("Celery broker unavailable: %s not sent", task_name, exc_info=True)
        return False
    return True


def enqueue_later(task_name: str, countdown: float, *args) -> bool:
    """`enqueue`, run by a worker `countdown` seconds from now; False if not sent."""
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(
                max_retries=1, interval_start=0, interval_step=0, timeout=BROKER_WAIT
            )
            app.send_task(
                task_name, args=args, countdown=countdown, connection=connection, retry=False
            )
    except Exception:  # any broker error: the caller goes on without Celery
        logger.warning("Celery broker unavailable: %s not sent", task_name, exc_info=True)
        return False
    return True


def enqueue_after_commit(task_name: str, *args, **kwargs) -> None:
    """`enqueue` once the current transaction commits: what a view sends. A job sent before
    the commit may run before its rows exist, or for a request that then rolled back."""
    from .transactions import after_commit

    after_commit(enqueue, task_name, *args, **kwargs)
