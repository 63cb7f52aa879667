"""An abandoned purge thread ends at the purge's deadline (issue 18, attack18m 2): purge_each
abandoned a backend's thread at the deadline but nothing stopped it, so a PURGE proxy trickling
its answer kept one more live thread (and socket) per purge in the worker. The reads of a PURGE
request now stop at the deadline too (page_cache.backends.DeadlineHTTPHandler)."""

import threading
import time

import pytest

from page_cache import backends

from .trickle import BUDGET

pytestmark = pytest.mark.django_db


def purge_threads() -> list[threading.Thread]:
    # purge_each's threads run contextvars.Context.run: "Thread-N (run)"
    return [t for t in threading.enumerate() if t.name.endswith("(run)") and t.is_alive()]


def test_an_abandoned_purge_thread_does_not_outlive_the_purge(trickling, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "page_cache.backends.TimedHTTPBackend", "LOCATION": trickling.url}
    }
    before = len(purge_threads())
    for _ in range(3):  # three take-downs / redirect edits / retry jobs
        backends.purge_each(["http://localhost/dip/"], ["proxy"], BUDGET)
    time.sleep(3)
    left = len(purge_threads()) - before
    assert left == 0, f"{left} purge threads still held by the proxy 3 s after the deadline"
