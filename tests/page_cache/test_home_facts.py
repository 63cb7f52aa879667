"""The home page's quick links and latest lists are facts of the public generation
(page_cache.facts): an uncached home page reads none of them, and every change of what they
show is followed by the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moderation.actions import take_down
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import NewsIndexPage, NewsPage, StandardPage
from ppid_pages.models.dip import DipCategory
from tests.factories import home_page, make_dip_index, make_entry, publish
from tests.test_workflow import member

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGE_CACHE_ENABLED = False  # every request renders


def test_the_home_page_reads_no_page_and_follows_every_change(client):
    index = make_dip_index()
    entry = make_entry(index, "Peringatan Dini Banjir", category=DipCategory.SERTA_MERTA)
    news_index = publish(home_page(), NewsIndexPage(title="Berita", slug="berita"))
    publish(
        news_index, NewsPage(title="Sosialisasi Keterbukaan", slug="sosialisasi", intro="Isi.")
    )
    profile = publish(home_page(), StandardPage(title="Profil PPID", slug="profil", body=[]))
    home = home_page()
    home.quick_links = [("link", {"label": "Profil kami", "page": profile, "description": ""})]
    with approved_path(SET_UP):
        home.save_revision().publish()

    first = client.get("/").content.decode()
    for text in ("Peringatan Dini Banjir", "Sosialisasi Keterbukaan", 'href="/profil/"'):
        assert text in first, text
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").content.decode() == first
    assert not [q for q in queries.captured_queries if "wagtailcore_page" in q["sql"]]

    take_down(entry, member("koordinator", "Koordinator"), "Data keliru.")
    assert "Peringatan Dini Banjir" not in client.get("/").content.decode()
    page = StandardPage.objects.get(pk=profile.pk)
    page.slug = "profil-ppid"
    with approved_path(SET_UP):
        page.save_revision().publish()
    assert 'href="/profil-ppid/"' in client.get("/").content.decode()
