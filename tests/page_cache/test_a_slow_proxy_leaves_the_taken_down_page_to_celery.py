"""attack18h 3: under the purge's time budget, the taken-down page's own address is sent to a
slow PURGE proxy in no particular order, so it is often one of those left to Celery.

Attack: page_cache.purge.flush puts the change's addresses into Wagtail's PurgeBatch, whose
`urls` is a set; TimedHTTPBackend sends them one PURGE each in the set's (hash-randomised)
order, and once FRONTEND_CACHE_PURGE_TIMEOUT is spent in all (53deaf3) the rest goes to the
Celery job. A take-down purges ~20 addresses (the page, its listings, the views outside the
tree: /cari/, /robots.txt, /favicon.ico, /tampilan.css, ...). With a proxy that answers, but
slowly (here 0.25 s per PURGE; in production 5 s budget and a proxy under load at ~0.3-1 s),
only the first few go out inline, and the page that was taken down is usually not among
them: the take-down returns while the proxy still serves it (until a worker runs the job;
with the broker down, only s-maxage bounds it). /favicon.ico goes out first as often as the
page.

Expected: the inline purge sends the change's own addresses first (the taken-down page and its
files, then its listings), the views outside the tree and everything else after them, so
within the budget the page itself is always purged before take_down() returns.

Fails on main in most runs (the order depends on PYTHONHASHSEED: ~3 of ~20 addresses fit).
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
ANSWER_AFTER = 0.25  # a proxy under load, answering every PURGE


class Slow(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802
        time.sleep(ANSWER_AFTER)
        self.server.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def slow_proxy(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    server.seen = []
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
    server.shutdown()
    server.server_close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_the_taken_down_page_is_purged_first_within_the_budget(slow_proxy):
    index = make_dip_index()
    for n in range(3):
        make_entry(index, f"Laporan {n}", slug=f"laporan-{n}")
    entry = make_entry(index, "Laporan Keuangan 2025")
    url = entry.url
    koordinator = member("koordinator", "Koordinator")
    time.sleep(1)  # the set-up's own purges are answered
    slow_proxy.seen.clear()
    with transaction.atomic():
        take_down(entry, koordinator, "Data pribadi termuat.")
    sent_inline = list(slow_proxy.seen)
    assert sent_inline, "the proxy answers: something is sent inline"
    assert url in sent_inline, (
        f"{len(sent_inline)} address(es) purged before take_down returned, not the page "
        f"itself ({url}): {sent_inline}"
    )
