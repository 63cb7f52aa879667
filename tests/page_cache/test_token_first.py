"""Issue 18, B1: the public generation is read FIRST in every request that may render public
content, whatever its cache path, and everything the request keeps (facts, asset answers, the
page) is kept under that token, never under one read later.

The race, made deterministic: a request that bypasses the page cache (an unknown query
parameter, HEAD, a cookie) reads the view restrictions; then, before it reads anything else,
another connection makes a menu page private and commits (its transaction replaces the token).
If the request then read the token (lazily, for the main menu fact), it kept the old menu,
with the private page, under the NEW token: every later page showed the private page's link.
PostgreSQL only: the change commits in a second connection while the request runs.
"""

import threading

import pytest
from django.db import connection
from django.test import Client
from wagtail.models import PageViewRestriction

from moderation.publication import SET_UP, approved_path
from ppid_pages import visibility
from ppid_pages.models import StandardPage
from tests.factories import home_page, make_dip_index, publish
from tests.faults.conftest import needs_postgresql

pytestmark = [
    needs_postgresql,
    pytest.mark.usefixtures("without_account_audit"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def restrict_in_another_connection(page_pk: int) -> None:
    """A concurrent editor's change, committed on its own connection (a thread)."""

    def restrict() -> None:
        try:
            with approved_path(SET_UP):  # a change of a live page's privacy, set up directly
                PageViewRestriction.objects.create(
                    page_id=page_pk, restriction_type=PageViewRestriction.PASSWORD, password="x"
                )
        finally:
            connection.close()

    thread = threading.Thread(target=restrict)
    thread.start()
    thread.join(30)


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"path": "/cari/", "data": {"q": "profil", "utm": "1"}},  # unknown parameter
        {"path": "/cari/", "data": {"q": "profil"}, "method": "head"},
        {"path": "/cari/", "data": {"q": "profil"}, "cookie": True},  # not cacheable
        {"path": "/cari/", "data": {"q": "profil"}},  # the cacheable path too
    ],
    ids=["unknown-parameter", "head", "cookie", "cacheable"],
)
def test_a_page_made_private_during_a_request_never_stays_in_the_menu(monkeypatch, request_kwargs):
    index = make_dip_index()
    profile = publish(
        home_page(), StandardPage(title="Profil Dinas", slug="profil", show_in_menus=True)
    )
    real = visibility.private_q
    raced = []

    def private_q_then_a_concurrent_change():
        value = real()  # the request has read the restrictions (no restriction yet) ...
        if not raced:
            raced.append(1)
            restrict_in_another_connection(profile.pk)  # ... then the change commits
        return value

    monkeypatch.setattr(visibility, "private_q", private_q_then_a_concurrent_change)
    client = Client()
    if request_kwargs.get("cookie"):
        client.cookies["sessionid"] = "none"
    method = getattr(client, request_kwargs.get("method", "get"))
    assert method(request_kwargs["path"], request_kwargs["data"]).status_code == 200
    assert raced and PageViewRestriction.objects.filter(page=profile).exists()
    monkeypatch.setattr(visibility, "private_q", real)

    # Every later page, cached or not, shows the menu of the new generation.
    for url in ("/", index.url, "/cari/?q=laporan"):
        for _ in range(2):
            html = Client().get(url).content.decode()
            assert "Profil Dinas" not in html, url
