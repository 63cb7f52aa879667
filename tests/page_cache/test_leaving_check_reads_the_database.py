"""The leaving check (page_cache.middleware.superseded) reads the public generation from the
database, never from a copy in Redis that can lag it (issue 18, verify18f 1): the copy was not
written while a worker's circuit breaker was open, was written with the old token by a bump
outside a transaction, and a slow reader could write an older token over the committed one; a
response of the old generation then left after the take-down's purge, `public, s-maxage=30`."""

import threading
import time

import psycopg
import pytest
from django.db import connection
from django.test import Client

from page_cache import generation, store
from page_cache.middleware import superseded
from tests.factories import make_dip_index, make_entry
from tests.page_cache.test_superseded_response import dsn, timed_proxy  # noqa: F401


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit", "redis_server")
def test_a_bump_outside_a_transaction_supersedes_the_old_token():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL")
    make_dip_index()
    before = generation.current()
    generation.bump()  # outside any atomic block: what a command or a worker does
    after = generation.current()
    assert after != before

    class Request:
        _public_generation = before

    assert superseded(Request()), "a response that read the old token is not superseded"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_a_take_down_after_a_redis_blip_lets_no_old_page_out_public(
    redis_server,
    timed_proxy,  # noqa: F811 - the fixture, imported
    settings,
):
    import signal

    from django.db import transaction

    from moderation.actions import take_down
    from tests.test_workflow import member

    if connection.vendor != "postgresql":
        pytest.skip("holds a table lock (PostgreSQL)")
    settings.PAGE_CACHE_RETRY_SECONDS = 5  # production's value
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    url = entry.url
    Client(HTTP_HOST="localhost").get(index.url)  # any response: the copy names the token now
    locker = psycopg.connect(dsn(), autocommit=False)
    locker.execute("LOCK TABLE ppid_pages_informationunit IN ACCESS EXCLUSIVE MODE")
    answer = {}

    def visitor():
        try:
            response = Client(HTTP_HOST="localhost").get(url)
            answer.update(
                at=time.time(),
                status=response.status_code,
                body=response.content,
                cache_control=response.get("Cache-Control", ""),
            )
        finally:
            connection.close()

    thread = threading.Thread(target=visitor)
    thread.start()
    time.sleep(1.5)
    assert thread.is_alive()
    koordinator = member("koordinator", "Koordinator")
    # The admin's worker meets a slow Redis (any page-cache call times out after 0.5 s)...
    redis_server.process.send_signal(signal.SIGSTOP)
    try:
        store.get("page:any")
    finally:
        redis_server.process.send_signal(signal.SIGCONT)
    assert not store.available()
    time.sleep(1)  # ...Redis answers again; the Koordinator takes the page down 1 s later
    with transaction.atomic():  # ATOMIC_REQUESTS: the admin's take-down request
        take_down(entry, koordinator, "Data pribadi termuat.")
    returned = time.time()
    purged = [at for at, path in timed_proxy.times if path == url]
    assert purged and max(purged) <= returned
    store.reset_circuit()  # the visitor's render runs in another gunicorn worker
    locker.rollback()
    locker.close()
    thread.join()
    assert answer["at"] > returned
    cache_control = answer["cache_control"]
    kept_by_cdn = "public" in cache_control and "s-maxage=0" not in cache_control
    old_page = answer["status"] == 200 and b"Laporan Keuangan 2025" in answer["body"]
    assert not (kept_by_cdn and old_page), (answer["cache_control"], answer["at"] - returned)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit", "redis_server")
def test_a_slow_leaving_check_never_makes_an_older_token_current_again(monkeypatch):
    from django.db import transaction

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL")
    make_dip_index()
    t0 = generation.current()
    generation.bump()  # an earlier change
    t1 = generation.current()
    generation.still_current(t1)  # a response of T1 leaves: nothing is written anywhere
    read_db, go_on = threading.Event(), threading.Event()
    real_current = generation.current

    def current_then_pause(*args, **kwargs):
        value = real_current(*args, **kwargs)
        if threading.current_thread().name == "leaving":
            read_db.set()
            go_on.wait(10)  # descheduled between its read and its SET
        return value

    monkeypatch.setattr(generation, "current", current_then_pause)

    def leaving():
        try:
            generation.still_current(t0)  # a response of T0 leaves
        finally:
            connection.close()

    thread = threading.Thread(target=leaving, name="leaving")
    thread.start()
    assert read_db.wait(10)
    with transaction.atomic():  # the take-down's request
        generation.bump()
    assert real_current() != t1
    go_on.set()
    thread.join()

    class InFlight:
        _public_generation = t1  # a render that started before the take-down

    assert superseded(InFlight())
