"""attack18h 4: the leaving check compares only the PUBLIC generation, so a service-scoped
answer (the public statistics) rendered while a service change commits leaves `public,
s-maxage=30` after that change's purge.

Attack: service_reports.views.statistics is marked `service_scoped`: its entries are keyed by the
service generation, which every information request, objection or survey answer replaces
(page_cache.signals.service_change, which also purges the statistics address from the CDN at
its commit). page_cache.middleware.superseded (verify18e 2 / verify18f 1) asks only
generation.still_current(request._public_generation): a service change committed during the
render is not seen, so the old figures go out `public, s-maxage=30` after the purge of
/layanan-informasi/statistik-layanan-informasi/ was sent, and a CDN keeps them for 30 s (the
class verify18e 2 closed for public changes, open for the service generation).

Expected: an answer of a service-scoped view whose service generation changed while it was
rendered leaves `private, no-store` (and is not stored), as a page does after a public change.

The service change is committed by another thread's own connection (another process's
request) while the view runs. PostgreSQL only (the view's ATOMIC_REQUESTS transaction holds
SQLite's write lock): DATABASE_URL=postgres://... pytest --create-db.
"""

import threading

import pytest
from django.db import connection, transaction
from django.test import Client

from page_cache import generation

URL = "/layanan-informasi/statistik-layanan-informasi/"


def shared_max_age(response) -> int:
    for part in response.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name == "s-maxage":
            return int(value)
    return 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_statistics_rendered_across_a_service_change_are_not_kept_by_a_shared_cache(
    monkeypatch,
):
    if connection.vendor != "postgresql":
        pytest.skip("another connection commits during the render (PostgreSQL)")
    with transaction.atomic():
        generation.bump()
        generation.bump(generation.SERVICE)
    client = Client(HTTP_HOST="localhost")
    before = client.get(URL, RAW_URI=URL)
    assert before.status_code == 200
    assert shared_max_age(before) > 0  # the canonical address: kept briefly by a CDN

    from service_reports import views

    real = views.years_with_requests

    def a_request_is_submitted_meanwhile():
        def submit():  # what page_cache.signals.service_change does in that request
            try:
                with transaction.atomic():
                    generation.bump(generation.SERVICE)
            finally:
                connection.close()

        thread = threading.Thread(target=submit)
        thread.start()
        thread.join()
        return real()

    monkeypatch.setattr(views, "years_with_requests", a_request_is_submitted_meanwhile)
    with transaction.atomic():
        generation.bump()  # a public change: the next answer is a render, not a hit
    during = client.get(URL, RAW_URI=URL)
    assert during.status_code == 200
    assert shared_max_age(during) == 0 and "public" not in during["Cache-Control"], (
        "statistics older than a committed service change left for a CDN: "
        + during["Cache-Control"]
    )
