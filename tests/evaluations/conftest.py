"""A real Celery worker (a thread of this process) on a real Redis (database 5 of the configured
one, or of a private redis-server when that one does not answer: tests/services.py)."""

import contextlib
import threading
import time

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun

from config.celery import app

CLOSED_PORT_BROKER = "redis://127.0.0.1:1/5"  # nothing listens on port 1


@contextlib.contextmanager
def broker(url: str):
    """Point the project's Celery app at `url` (and back), dropping pooled connections."""
    previous = app.conf.broker_url
    app.conf.broker_url = url
    app._after_fork()
    try:
        yield app
    finally:
        app.conf.broker_url = previous
        app._after_fork()


class Finished:
    """Tasks the worker finished: (task name, state), recorded by the task_postrun signal."""

    def __init__(self):
        self.runs: list[tuple[str, str]] = []
        self.lock = threading.Lock()

    def __call__(self, sender=None, state=None, **kwargs):
        with self.lock:
            self.runs.append((sender.name, state))

    def wait_for(self, count: int, timeout: float = 30) -> list[tuple[str, str]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.runs) >= count:
                    return list(self.runs)
            time.sleep(0.05)
        raise AssertionError(f"worker finished {self.runs}, expected {count} runs")


@pytest.fixture(scope="module")
def celery_worker(django_db_blocker, redis_base_url):
    """One worker for the module; each test gets a fresh `finished` record."""
    app.conf.worker_hijack_root_logger = False
    with broker(f"{redis_base_url}/5"), django_db_blocker.unblock():
        app.control.purge()
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
            yield app


@pytest.fixture
def finished(celery_worker):
    record = Finished()
    task_postrun.connect(record, weak=False)
    yield record
    task_postrun.disconnect(record)
