"""The database of the live-server tests lets the test thread and the server's request threads
work at once (the flaky "database table is locked" of test_publishing_path on SQLite).

Django's default SQLite test database is in memory with a shared cache: the live server's
request threads share one connection, and the test thread, while Playwright's event loop runs,
opens a second one (Django's connections are context-local there). Between two connections of
a shared cache SQLite locks whole tables and answers "database table is locked" at once, with
no waiting (the busy timeout does not apply). Under load, a read of the test thread that met a
request's open transaction failed. The SQLite test database is therefore a file in WAL mode
with a busy timeout and transactions that take the write lock when they begin
(config.settings.test): a reader never waits for a writer, a writer waits for the other.
"""

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection, transaction

pytestmark = [
    # Committed data, as the live-server tests have; the reload after the flush needs account
    # auditing off (tests/conftest.py).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("without_account_audit"),
]


def test_another_connection_reads_and_writes_while_a_request_writes():
    """A request's transaction (its own thread and connection, as in the live server) is
    open; the test thread reads the table it wrote, then writes (waiting for the commit)."""
    written, release, failures = threading.Event(), threading.Event(), []

    def request_thread() -> None:
        try:
            with transaction.atomic():  # ATOMIC_REQUESTS: the whole request
                Group.objects.create(name="Permintaan sedang berjalan")
                written.set()
                release.wait(5)
        except Exception as error:  # noqa: BLE001 - reported by the test thread
            failures.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=request_thread)
    thread.start()
    try:
        assert written.wait(10)
        count = Group.objects.count()  # read while the request's transaction is open
        timer = threading.Timer(0.5, release.set)
        timer.start()
        Group.objects.create(name="Ditulis oleh uji")  # waits for the request's commit
    finally:
        release.set()
        thread.join(10)
    assert failures == []
    assert Group.objects.filter(name="Permintaan sedang berjalan").exists()
    assert count == Group.objects.count() - 2
