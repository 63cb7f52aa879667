"""attack18j 3: a PURGE proxy that answers byte by byte holds the take-down's request far
past FRONTEND_CACHE_PURGE_TIMEOUT, and purge_each waits for it with no limit (issue 18,
review of cad8f56 item 2 / verify18f 4).

Attack: the time budget (backends._deadline) is checked only between two PURGE requests, and
each request's limit is urlopen's `timeout`, which is a limit per socket read, not per
request. A proxy (or anything at LOCATION) that trickles its status line one byte every
0.2 s never trips the socket timeout, so one PURGE takes as long as the proxy likes;
purge_each then joins the backends' threads without a timeout (or runs a single backend
inline). The reviewer's take-down request (the purge runs in it, after the commit) is held
until gunicorn's worker timeout kills the worker - and then nothing of what that backend had
not sent yet is handed to Celery: the taken-down page's addresses after the first are
never purged (only s-maxage bounds them).

Expected: the inline purge takes about FRONTEND_CACHE_PURGE_TIMEOUT in all whatever the
proxy does (a wall-clock limit per request, and/or purge_each joining with the deadline),
and what it did not send is handed to the Celery job at once.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction

from moderation.actions import take_down
from tests.factories import make_dip_index, make_entry
from tests.test_workflow import member

BUDGET = 0.6  # FRONTEND_CACHE_PURGE_TIMEOUT (production: 5 s)
TRICKLE = 0.2  # seconds between two bytes: below the socket timeout
STATUS = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Pad: " + b"x" * 60 + b"\r\n\r\n"


class Trickle(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802
        self.server.seen.append(self.path)
        for byte in STATUS:  # ~16 s per PURGE
            if self.server.stop.is_set():
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(TRICKLE)

    def log_message(self, *args):
        pass


@pytest.fixture
def trickling_proxy(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.seen = []
    server.stop = threading.Event()
    server.stop.set()  # the set-up's own purges fail at once
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FRONTEND_CACHE_PURGE_TIMEOUT = BUDGET
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "page_cache.backends.TimedHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.stop.set()
    server.shutdown()
    server.server_close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_the_take_down_returns_within_the_purge_budget(trickling_proxy, settings):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    koordinator = member("koordinator", "Koordinator")
    time.sleep(0.5)
    trickling_proxy.stop.clear()
    trickling_proxy.seen.clear()
    started = time.monotonic()
    with transaction.atomic():
        take_down(entry, koordinator, "Data pribadi termuat.")
    took = time.monotonic() - started
    trickling_proxy.stop.set()
    assert took < BUDGET + 3, (
        f"take_down held {took:.1f} s by a trickling proxy (budget {BUDGET} s), "
        f"PURGEs started: {trickling_proxy.seen}"
    )
