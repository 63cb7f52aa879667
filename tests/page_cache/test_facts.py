"""Listing facts (page_cache.facts): a listing's years, count and page ids are kept under the
public generation, and a take-down or an exemption is gone from the listing at once."""

import pytest
from django.test import Client

from moderation.actions import take_down
from moderation.publication import SET_UP, approved_path
from page_cache import facts
from tests.factories import make_dip_index, make_entry
from tests.page_cache.test_invalidation import exempt_revision
from tests.test_workflow import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(settings):
    settings.PAGE_CACHE_ENABLED = False  # every request renders: the facts alone are kept
    return make_dip_index()


def listing(client: Client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    return response.context["entries"], response.context["filter_form"]


def titles(entries) -> set[str]:
    return {entry.title for entry in entries.object_list}


def test_a_take_down_and_an_exemption_leave_the_listing_at_once(client, index):
    kept = make_entry(index, "Laporan Keuangan 2025")
    taken = make_entry(index, "Daftar Penerima Bantuan")
    exempt = make_entry(index, "Hasil Audit Internal")
    for _ in range(2):  # computed, then read from the facts
        entries, form = listing(client, index.url)
        assert entries.paginator.count == 3
        assert titles(entries) == {kept.title, taken.title, exempt.title}
        assert ("2025", "2025") in form.fields["tahun"].choices

    take_down(taken, member("koordinator", "Koordinator"), "Data keliru.")
    entries, _form = listing(client, index.url)
    assert (entries.paginator.count, titles(entries)) == (2, {kept.title, exempt.title})

    exempt_revision(exempt)
    entries, _form = listing(client, index.url)
    assert (entries.paginator.count, titles(entries)) == (1, {kept.title})


def test_rows_are_read_through_the_listing_filters_whatever_the_ids(index):
    """Defence in depth: ids from a fact never make a row visible that the filters hide."""
    kept = make_entry(index, "Laporan Keuangan 2025")
    exempt = make_entry(index, "Hasil Audit Internal")
    exempt_revision(exempt)
    rows = facts.rows_by_id(index.public_entries(), [exempt.pk, kept.pk])
    assert [row.pk for row in rows] == [kept.pk]


def test_facts_are_kept_per_generation(rf, index):
    from page_cache import generation

    calls = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    def request():
        request = rf.get("/")
        facts.begin(request)  # the token, read first (page_cache.middleware)
        return request

    assert facts.remember(request(), ("x",), compute) == 1
    assert facts.remember(request(), ("x",), compute) == 1  # kept
    generation.bump()
    assert facts.remember(request(), ("x",), compute) == 2  # a public change retires it
    assert facts.remember(rf.get("/"), ("x",), compute) == 3  # no token read first: computed


def test_memos_are_bound_in_time_so_a_change_made_in_the_database_shows(client, index, settings):
    """Issue 18, B3: a change written directly in the database replaces no token; the
    process's memos (facts, the asset answers) and Redis's facts keep an answer no longer than
    PAGE_CACHE_TIMEOUT, so such a change, or its undoing, shows within that time."""
    import time

    from page_cache import request_memo
    from ppid_pages import visibility
    from ppid_pages.models import StandardPage
    from tests.factories import home_page, publish

    settings.PAGE_CACHE_TIMEOUT = 1
    profile = publish(
        home_page(), StandardPage(title="Profil Dinas", slug="profil", show_in_menus=True)
    )
    assert "Profil Dinas" in client.get(index.url).content.decode()
    with approved_path(SET_UP):  # behind the app's back (a raw write; the gate is Python)
        StandardPage.objects.filter(pk=profile.pk).update(live=False)
    time.sleep(1.1)
    assert "Profil Dinas" not in client.get(index.url).content.decode()

    calls = []
    request_memo.start()
    try:
        request_memo.remember(request_memo.PUBLIC_GENERATION, "a-token")
        assert visibility.remembered("k", lambda: calls.append(1) or True)
        assert visibility.remembered("k", lambda: calls.append(1) or True)
        assert len(calls) == 1  # kept under the token
        time.sleep(1.1)
        assert visibility.remembered("k", lambda: calls.append(1) or True)
        assert len(calls) == 2  # asked again after the bound
    finally:
        request_memo.finish()


def test_the_menu_and_the_footer_link_follow_a_take_down_at_once(client, index):
    """The main menu and the footer's accessibility statement are facts of every page: kept
    across requests (no query), gone the moment their page is taken down."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ppid_pages.models import AccessibilityStatementPage, StandardPage
    from tests.factories import home_page, publish

    profile = publish(
        home_page(), StandardPage(title="Profil Dinas", slug="profil", show_in_menus=True)
    )
    statement = publish(
        home_page(), AccessibilityStatementPage(title="Pernyataan Aksesibilitas", slug="akses")
    )
    menu = f'<a href="{profile.url}">Profil Dinas</a>'
    footer = f'<a href="{statement.url}">Pernyataan Aksesibilitas</a>'
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            page = client.get(index.url).content.decode()
        assert menu in page and footer in page
    conditions = [query["sql"].partition(" WHERE ")[2] for query in queries.captured_queries]
    assert not any("show_in_menus" in condition for condition in conditions)
    assert not any("accessibilitystatement" in query["sql"] for query in queries.captured_queries)

    koordinator = member("koordinator", "Koordinator")
    take_down(profile, koordinator, "Data keliru.")
    page = client.get(index.url).content.decode()
    assert "Profil Dinas" not in page and footer in page
    take_down(statement, koordinator, "Data keliru.")
    assert "Pernyataan Aksesibilitas" not in client.get(index.url).content.decode()


def test_a_take_down_leaves_the_search_results_at_once(client, index):
    """Search results are computed per request (free text is never kept in a shared cache)."""
    from django.core.management import call_command

    kept = make_entry(index, "Laporan Keuangan 2025")
    taken = make_entry(index, "Laporan Penerima Bantuan")
    call_command("update_index", verbosity=0)

    def search() -> tuple[int, set[str]]:
        results = client.get("/cari/", {"q": "laporan"}).context["results"]
        return results.paginator.count, {row.title for row in results}

    assert search() == search() == (2, {kept.title, taken.title})
    take_down(taken, member("koordinator", "Koordinator"), "Data keliru.")
    assert search() == (1, {kept.title})


def test_a_view_restriction_leaves_the_listing_at_once(client, index):
    """The restricted sections (visibility.private_q) are read once per public generation: a
    restriction added is followed by the next request."""
    from wagtail.models import PageViewRestriction

    kept = make_entry(index, "Laporan Keuangan 2025")
    hidden = make_entry(index, "Daftar Penerima Bantuan")
    for _ in range(2):
        assert titles(listing(client, index.url)[0]) == {kept.title, hidden.title}
    with approved_path(SET_UP):
        PageViewRestriction.objects.create(
            page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        )
    assert titles(listing(client, index.url)[0]) == {kept.title}
