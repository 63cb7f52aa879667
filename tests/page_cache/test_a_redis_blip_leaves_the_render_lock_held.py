"""attack18h 5: a Redis blip during a render leaves that page's render lock in Redis, and every
other worker's visitors of the page then wait PAGE_CACHE_LOCK_WAIT (15 s) each, for up to
PAGE_CACHE_LOCK_TIMEOUT (30 s).

Attack: the request that missed holds the single-flight lock (store.acquire, SET NX PX in Redis).
If Redis stalls for longer than the socket timeout (0.5 s: a fork for a save, a slow command,
CLIENT PAUSE, a failover) while it stores the page, store.put fails and opens this worker's
circuit breaker (PAGE_CACHE_RETRY_SECONDS, 5 s); PageCacheMiddleware's `finally` then calls
store.release, which returns at once when the circuit is open ("if not available(): return
False"). Redis is back a moment later, with the lock still in it: every other worker (its
circuit closed) that misses the page finds it locked, waits in single_flight until
PAGE_CACHE_LOCK_WAIT, then renders. Under a traffic spike, with gunicorn's sync workers, all
workers sit in those 15-s waits: one short Redis hiccup on the home page right after a public
change is a 30-s outage of that page.

Expected: a lock whose holder could not store the page does not outlive the blip: another
worker's request once Redis answers again renders at once instead of waiting. (Trying the
release despite the open breaker is not enough by itself: here Redis is still paused when the
holder's `finally` runs, so that release times out too; the holder must get its lock released
once Redis answers, or the waiters must not wait on a lock whose holder has finished.)

Real redis-server (tests/page_cache/conftest.py redis_server), blip by CLIENT PAUSE WRITE;
another worker is this process with its breaker closed again (store.reset_circuit()).
"""

import time

import pytest
import redis
from django.test import Client
from django.test.signals import template_rendered

from page_cache import store
from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db

WAIT = 3  # PAGE_CACHE_LOCK_WAIT (production 15 s)
PAUSE_MS = 1500


def test_a_redis_blip_while_storing_a_page_does_not_make_other_workers_wait(
    redis_server, settings
):
    settings.PAGE_CACHE_RETRY_SECONDS = 5  # production's breaker
    settings.PAGE_CACHE_LOCK_WAIT = WAIT
    settings.PAGE_CACHE_LOCK_TIMEOUT = 30  # production
    store.reset_circuit()
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    seen = []

    def blip(sender, context, **kwargs):
        request = context.get("request")
        key = getattr(request, "_page_cache_key", None)
        if seen or key is None:
            return
        seen.append(key)
        # Redis stops taking writes for 1.5 s while the page is rendered and stored.
        redis.Redis(port=redis_server.port).execute_command("CLIENT", "PAUSE", PAUSE_MS, "WRITE")

    template_rendered.connect(blip)
    try:
        first = Client(HTTP_HOST="localhost").get(index.url)
    finally:
        template_rendered.disconnect(blip)
    assert first.status_code == 200 and seen
    time.sleep(PAUSE_MS / 1000 + 0.2)  # Redis is back
    store.reset_circuit()  # another worker: its breaker never opened
    started = time.monotonic()
    second = Client(HTTP_HOST="localhost").get(index.url)
    took = time.monotonic() - started
    assert second.status_code == 200
    assert took < WAIT - 0.5, (
        f"the next visitor waited {took:.1f} s for a render lock its holder left in Redis "
        f"(still locked: {store.locked(seen[0])})"
    )
