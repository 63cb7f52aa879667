"""A take-down's inline purge has a total time budget (issue 18, verify18f 4): a PURGE proxy that
stops answering held the take-down's request one time limit (5 s) per address, 20 to 32
addresses, about 100 s past gunicorn's timeout, and the failed addresses were handed to the
Celery retry only after the last one. Now the request stops sending once
FRONTEND_CACHE_PURGE_TIMEOUT seconds have passed in all, and the addresses it did not send go
to the Celery job page_cache.purge_urls at once (the failed ones after its first delay)."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction

from moderation.actions import take_down
from tests.factories import make_dip_index, make_entry
from tests.test_workflow import member

TIMEOUT = 0.3  # production: 5 s


class Silent(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.seen.append(self.path)
        time.sleep(5)

    def log_message(self, *args):
        pass


@pytest.fixture
def hung_proxy(settings, monkeypatch):
    import config.celery

    jobs = []
    monkeypatch.setattr(config.celery, "enqueue", lambda name, *args: True)  # broker up
    monkeypatch.setattr(
        config.celery,
        "enqueue_later",
        lambda name, delay, *args: jobs.append((delay, args)) or True,
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), Silent)
    server.seen, server.jobs = [], jobs
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FRONTEND_CACHE_PURGE_TIMEOUT = TIMEOUT
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "page_cache.backends.TimedHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_a_hung_proxy_holds_the_take_down_for_one_budget_and_the_rest_is_queued(hung_proxy):
    index = make_dip_index()
    for n in range(5):
        make_entry(index, f"Laporan {n}", slug=f"laporan-{n}")
    entry = make_entry(index, "Laporan Keuangan 2025")
    url = entry.url
    koordinator = member("koordinator", "Koordinator")
    hung_proxy.seen.clear()
    hung_proxy.jobs.clear()
    started = time.monotonic()
    with transaction.atomic():
        take_down(entry, koordinator, "Data pribadi termuat.")
    took = time.monotonic() - started
    assert len(hung_proxy.seen) <= 2, f"{len(hung_proxy.seen)} addresses sent in the request"
    assert took < 10 * TIMEOUT + 3, took
    queued = [url for _, (name, urls, attempt) in hung_proxy.jobs for url in urls]
    assert len(queued) > 10  # the take-down's addresses: the page, its listings, the views
    assert len(queued) == len(set(queued))
    assert any(address.endswith(url) for address in queued)
    at_once = [args for delay, args in hung_proxy.jobs if delay == 0]
    assert at_once, "the addresses not sent wait for no retry delay"
    assert all(attempt == 0 for _, _, attempt in at_once)  # every retry still ahead
