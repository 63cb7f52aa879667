"""A page rendered while a take-down commits must not reach a CDN after the take-down's purge
(issue 18, verify18e 2): the old page left the origin after the purge with `public,
s-maxage=30`, so the CDN, just purged, kept it again for 30 s. The public generation is checked
once more as the response leaves (page_cache.middleware.superseded): an answer older than a
change committed meanwhile goes out `private, no-store` and is not stored."""

import threading
import time

import psycopg
import pytest
from django.db import connection
from django.test import Client

from moderation.actions import take_down
from page_cache import generation
from tests.factories import make_dip_index, make_entry
from tests.page_cache.test_purge import PurgeHandler, PurgeServer
from tests.test_workflow import member


class TimedPurgeHandler(PurgeHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.times.append((time.time(), self.path))
        super().do_PURGE()


@pytest.fixture
def timed_proxy(settings, monkeypatch):
    import config.celery

    monkeypatch.setattr(config.celery, "enqueue", lambda name, *args: False)
    server = PurgeServer()
    server.RequestHandlerClass = TimedPurgeHandler
    server.times = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "page_cache.backends.TimedHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


def dsn() -> str:
    p = connection.settings_dict
    return f"host={p['HOST']} port={p['PORT'] or 5432} user={p['USER']} dbname={p['NAME']}"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_no_response_with_the_old_page_leaves_for_a_cdn_after_the_purge(timed_proxy):
    if connection.vendor != "postgresql":
        pytest.skip("holds a table lock (PostgreSQL)")
    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    url = entry.url
    locker = psycopg.connect(dsn(), autocommit=False)
    # The visitor's render waits on this lock, after it read the public generation.
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
                page_cache=response.get("X-Page-Cache", ""),
            )
        finally:
            connection.close()

    thread = threading.Thread(target=visitor)
    thread.start()
    time.sleep(1.5)
    assert thread.is_alive()
    take_down(entry, member("koordinator", "Koordinator"), "Data pribadi termuat.")
    returned = time.time()
    purged = [at for at, path in timed_proxy.times if path == url]
    assert purged and max(purged) <= returned
    assert Client(HTTP_HOST="localhost").get(url).status_code == 404  # our cache holds
    time.sleep(1)
    locker.rollback()
    locker.close()
    thread.join()
    assert answer["at"] > returned
    kept_by_cdn = (
        "public" in answer["cache_control"] and "s-maxage=0" not in answer["cache_control"]
    )
    old_page = answer["status"] == 200 and b"Laporan Keuangan 2025" in answer["body"]
    assert not (kept_by_cdn and old_page), (answer["cache_control"], answer["at"] - returned)
    if old_page:
        assert "private" in answer["cache_control"]  # nginx's micro-cache (README) skips it too


@pytest.mark.django_db
def test_a_kept_page_handed_out_after_a_change_committed_is_private(
    monkeypatch, django_capture_on_commit_callbacks
):
    """A hit (or the entry a waiter got) whose generation was replaced while it was handed
    out: the generation is read at the request's start, checked again as the response
    leaves."""
    from page_cache.middleware import PageCacheMiddleware

    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    client = Client(HTTP_HOST="localhost")  # the canonical address: shared caches may keep it
    first = client.get(entry.url)
    assert first["X-Page-Cache"] == "miss" and "s-maxage=30" in first["Cache-Control"]
    handed = PageCacheMiddleware.process_view

    def change_commits_meanwhile(self, request, *args):
        response = handed(self, request, *args)
        with django_capture_on_commit_callbacks(execute=True):
            generation.bump()  # a take-down committing in another request
        return response

    monkeypatch.setattr(PageCacheMiddleware, "process_view", change_commits_meanwhile)
    second = Client(HTTP_HOST="localhost").get(entry.url)  # a client loads the middleware
    assert second["X-Page-Cache"] == "hit"
    assert "private" in second["Cache-Control"] and "public" not in second["Cache-Control"]
    monkeypatch.undo()
    third = Client(HTTP_HOST="localhost").get(entry.url)  # the new generation: public again
    assert "s-maxage=30" in third["Cache-Control"]
