"""attack18h 2: one hung PURGE proxy takes the inline purge away from every other backend.

Attack: 53deaf3 gave the inline purge of a take-down one total time budget
(page_cache.backends.time_budget, FRONTEND_CACHE_PURGE_TIMEOUT), held in a context variable for
the whole PurgeBatch.purge call, i.e. for ALL backends in turn. Production builds
WAGTAILFRONTENDCACHE with the PURGE proxy first (config.frontend_cache: "proxy", then
"cloudflare", then "cloudfront"). When the proxy stops answering, its first PURGE spends the
whole budget, and every later backend - a CDN answering in milliseconds - sends nothing in the
request: its addresses go to the Celery job (and with the broker down they are only logged,
"no time, no broker"). So the take-down returns while a healthy CDN still serves the page,
which d88d2af had promised ("every backend is tried", a failing one never ends the purge of
the backends after it).

Expected: each backend gets its own budget (or the backends are sent in parallel): a healthy
backend after a hung one still receives the take-down's own addresses before take_down()
returns, and the whole request stays bounded (here < 3 budgets).

Real HTTP servers stand in for the proxy (never answers) and the CDN (answers at once); the
Celery broker is the real Redis of REDIS_URL.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction

from moderation.actions import take_down
from tests.factories import make_dip_index, make_entry
from tests.test_workflow import member

BUDGET = 0.5  # FRONTEND_CACHE_PURGE_TIMEOUT (production: 5 s)


class Hung(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802
        self.server.seen.append(self.path)
        time.sleep(10)

    def log_message(self, *args):
        pass


class Healthy(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802
        self.server.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def serve(handler):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.seen = []
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def two_backends(settings):
    hung, healthy = serve(Hung), serve(Healthy)
    settings.FRONTEND_CACHE_PURGE_TIMEOUT = BUDGET
    settings.WAGTAILFRONTENDCACHE = {  # production's order: the proxy first, then the CDN
        "proxy": {
            "BACKEND": "page_cache.backends.TimedHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{hung.server_address[1]}",
        },
        "cdn": {
            "BACKEND": "page_cache.backends.TimedHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{healthy.server_address[1]}",
        },
    }
    yield hung, healthy
    for server in (hung, healthy):
        server.shutdown()
        server.server_close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_a_healthy_cdn_is_purged_in_the_take_down_even_when_the_proxy_before_it_hangs(
    two_backends,
):
    hung, healthy = two_backends
    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    url = entry.url
    koordinator = member("koordinator", "Koordinator")
    hung.seen.clear()
    healthy.seen.clear()
    started = time.monotonic()
    with transaction.atomic():
        take_down(entry, koordinator, "Data pribadi termuat.")
    took = time.monotonic() - started
    purged_at_return = list(healthy.seen)
    assert hung.seen, "the proxy was tried"
    assert took < 3 * BUDGET + 5, took
    assert url in purged_at_return, (
        f"take_down returned after {took:.1f} s; the healthy CDN had received "
        f"{len(purged_at_return)} PURGE(s), not {url}: it still serves the taken-down page"
    )
