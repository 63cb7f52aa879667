"""The render lock of a missed page (single flight) is released only by the request that holds
it (issue 18, verify18d): a render slower than PAGE_CACHE_LOCK_TIMEOUT has lost its lock, which
another request may hold by then; ending that request's lock let every waiter render the page
again at once. On the real Redis (SET NX PX with a token, released by redis-py's Lua script)
and in process memory."""

import time

import pytest
from django.test import Client
from django.test.signals import template_rendered

from page_cache import store
from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db

LOCK_SECONDS = 1  # whole seconds: what the old lock (Django's cache.add) could be given


@pytest.fixture(params=["redis", "memory"])
def lock_store(request, settings):
    if request.param == "redis":
        request.getfixturevalue("redis_server")
    settings.PAGE_CACHE_LOCK_TIMEOUT = LOCK_SECONDS
    return request.param


def test_a_slow_render_leaves_alone_the_lock_another_request_took(lock_store):
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    taken = []

    def slow_render(sender, context, **kwargs):
        """The first template of the page takes longer than the lock lasts; meanwhile another
        request's miss takes the expired lock."""
        request = context.get("request")
        key = getattr(request, "_page_cache_key", None)
        if taken or key is None:
            return
        time.sleep(LOCK_SECONDS + 0.2)
        taken.append((key, store.acquire(key)))

    template_rendered.connect(slow_render)
    try:
        response = Client(HTTP_HOST="localhost").get(index.url)
    finally:
        template_rendered.disconnect(slow_render)
    assert response.status_code == 200
    key, other = taken[0]
    assert other, "the expired lock was free for another request"
    assert store.locked(key), "the slow render ended another request's lock"
    assert store.release(key, other)
    assert not store.locked(key)


def test_only_the_token_that_took_the_lock_releases_it(lock_store):
    key = "page:t:sleutel"
    first = store.acquire(key)
    assert first
    assert store.acquire(key) is None  # held
    time.sleep(LOCK_SECONDS + 0.2)  # expired
    second = store.acquire(key)
    assert second and second != first
    assert not store.release(key, first)
    assert store.locked(key)
    assert store.release(key, second)
    assert not store.locked(key)
    assert not store.release(key, second)  # released once
