"""Wagtail's site of a request and the site root paths are kept per public generation
(page_cache.sites): no query for them on an uncached page, and a change of the site is
followed at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from moderation.publication import SET_UP, approved_path
from ppid_pages.models import StandardPage
from tests.factories import home_page, publish

pytestmark = pytest.mark.django_db


def test_the_site_is_found_without_a_query_and_a_change_of_the_site_follows(client, settings):
    settings.PAGE_CACHE_ENABLED = False  # every request renders
    page = publish(home_page(), StandardPage(title="Profil Dinas", slug="profil"))
    assert client.get("/profil/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/profil/").status_code == 200
    assert not any("wagtailcore_site" in query["sql"] for query in queries.captured_queries)

    # The site's home page becomes the profile page: "/" is the profile at once.
    site = Site.objects.get(is_default_site=True)
    site.root_page = Page.objects.get(pk=page.pk)
    with approved_path(SET_UP):  # a Site changes only in the set-up (moderation.sites)
        site.save()
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["page"].pk == page.pk
