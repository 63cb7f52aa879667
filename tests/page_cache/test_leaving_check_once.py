"""The leaving check (page_cache.middleware.superseded) reads the public generation once more
per request only where it must (issue 18, fix18h).

A miss was checked before it was kept and again as it left: two primary-key queries, even for
an answer that is never kept (a free-text search, a parameter the view did not claim). Such an
answer now asks only as it leaves, and a True answer is remembered on the request. A False one
is not: a change committing between the check before the entry is kept and the response's
leaving must still make it leave `private, no-store`."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from page_cache import generation, store
from page_cache.models import PublicGeneration
from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db

TABLE = PublicGeneration._meta.db_table


def generation_reads(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    return sum(TABLE in query["sql"] for query in queries.captured_queries)


def test_an_answer_never_kept_reads_the_generation_at_its_start_and_as_it_leaves():
    make_entry(make_dip_index(), "Laporan Keuangan 2025")
    client = Client(HTTP_HOST="localhost")
    client.get("/cari/", {"q": "laporan"})  # warm: the site, the routes, the facts
    assert generation_reads(client, "/cari/?q=laporan") == 2


def test_a_kept_miss_reads_it_again_as_it_leaves(monkeypatch, django_capture_on_commit_callbacks):
    """The check before the entry is kept said current; a take-down commits while the entry is
    written: the response leaves private, the answer before is not reused."""
    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    client = Client(HTTP_HOST="localhost")  # the canonical address: shared caches may keep it
    put = store.put
    kept = []

    def change_commits_meanwhile(key, value):
        put(key, value)
        kept.append(key)
        with django_capture_on_commit_callbacks(execute=True):
            generation.bump()  # a take-down committing in another request

    monkeypatch.setattr(store, "put", change_commits_meanwhile)
    response = client.get(entry.url)
    assert kept and response["X-Page-Cache"] == "miss"
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    monkeypatch.undo()
    again = client.get(entry.url)
    assert again["X-Page-Cache"] == "miss"  # the new generation's key
    assert "s-maxage=30" in again["Cache-Control"]
