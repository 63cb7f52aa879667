"""Wagtail's routing and the page's view restrictions are kept per public generation
(page_cache.routes): an uncached page is routed and checked without a query, and every change
of the route, the page or its restrictions is followed by the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from moderation.actions import take_down
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import StandardPage
from tests.factories import home_page, make_dip_index, make_entry, publish
from tests.test_workflow import member

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGE_CACHE_ENABLED = False  # every request renders


@pytest.fixture
def profile():
    return publish(home_page(), StandardPage(title="Profil Dinas", slug="profil", body=[]))


def queries_of(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries.captured_queries]


def test_a_page_is_routed_and_checked_without_a_query(client, profile):
    index = make_dip_index()
    for url in ("/profil/", index.url, f"{index.url}kategori/berkala/"):
        first = client.get(url)
        sql = queries_of(client, url)
        assert not [query for query in sql if "wagtailcore_pageviewrestriction" in query], url
        assert not [query for query in sql if '"slug" =' in query], url  # no child by slug
        assert client.get(url).content == first.content, url


def test_a_view_restriction_is_followed_at_once(client, profile):
    for _ in range(2):
        assert "Profil Dinas" in client.get("/profil/").content.decode()
    with approved_path(SET_UP):
        PageViewRestriction.objects.create(
            page=profile, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        )
    response = client.get("/profil/")
    assert 'name="password"' in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_a_take_down_is_followed_at_once(client):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    for _ in range(2):
        assert client.get(entry.url).status_code == 200
    take_down(entry, member("koordinator", "Koordinator"), "Data keliru.")
    assert client.get(entry.url).status_code == 404


def test_a_new_revision_and_a_new_address_are_followed_at_once(client, profile):
    for _ in range(2):
        assert client.get("/profil/").status_code == 200
    page = Page.objects.get(pk=profile.pk).specific
    page.title, page.slug = "Profil PPID", "profil-ppid"
    with approved_path(SET_UP):
        page.save_revision().publish()
    assert client.get("/profil/").status_code in (301, 404)  # a redirect, never the old page
    assert "Profil PPID" in client.get("/profil-ppid/").content.decode()


def test_each_request_gets_its_own_page(client, profile):
    """A page instance is never shared between requests: one request's changes to it (a view
    setting an attribute) are not seen by the next."""
    first = client.get("/profil/").context["page"]
    first.title = "Diubah oleh permintaan sebelumnya"
    second = client.get("/profil/")
    assert second.context["page"] is not first
    assert "Diubah oleh" not in second.content.decode()
