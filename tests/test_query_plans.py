"""PostgreSQL can serve the DIP listing and the public search from indexes (EXPLAIN), so their
cost stays flat as the register grows. Skipped on SQLite (its planner is not the production
one); CI runs the suite on PostgreSQL too."""

import io
import re

import pytest
from django.db import connection, transaction

from ppid_pages.forms import DipFilterForm
from ppid_pages.visibility import public_pages

from .factories import bulk_dip_entries, make_dip_index, make_entry

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL query plans"),
]

ENTRIES = 3000


@pytest.fixture
def register():
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    bulk_dip_entries(index, ENTRIES)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return index


def test_one_page_of_the_dip_listing_is_read_in_index_order(register, rf):
    entries = register.public_entries()
    form = DipFilterForm({}, entries=entries)
    page = form.filter(entries).order_by("-created_date", "pk")[:20]
    plan = page.explain()
    assert "dip_entry_listing" in plan, plan
    assert "Sort" not in plan.split("dip_entry_listing")[0], plan  # no sort above the index


def test_exempt_entries_are_excluded_by_a_subquery_not_a_list_of_ids(register):
    sql = str(public_pages().query)
    assert "ppid_pages_dipentrypage" in sql
    assert "dikecualikan" in sql


@pytest.mark.usefixtures("without_account_audit")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_public_search_can_use_the_search_index():
    """Outside a transaction, so that VACUUM can run: a GIN index's cost estimate reads the
    statistics VACUUM last wrote in its metapage (and its pending list), not ANALYZE's. In a
    long suite those figures come from whichever earlier test's rows autovacuum last saw, and
    the planner then once preferred reading every entry of the content types (CI on 70f9512).
    Production's autovacuum keeps them current; the test does the same by hand."""
    from django.core.management import call_command
    from wagtail.search.backends import get_search_backend

    from ppid_pages.models.dip import DipCategory

    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    bulk_dip_entries(index, 600)
    bulk_dip_entries(index, 50, category=DipCategory.DIKECUALIKAN)
    call_command("update_index", stdout=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE wagtailsearch_indexentry")
        cursor.execute("ANALYZE")
    backend = get_search_backend()
    queryset = backend.search("laporan", public_pages())[:20].get_queryset()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = queryset.explain()
    assert "ppid_search_title_body_gin" in plan, plan


SEARCH_ENTRIES = 2000


def test_the_public_search_reaches_its_pages_by_index_not_by_reading_every_page(client, settings):
    """The search view's queries (its COUNT and its page of ranked results) join Wagtail's
    index entries to the pages on wagtailsearch_indexentry.object_id = page.id::varchar: with
    the expression index of ppid_pages 0014 the few matching entries find their pages by
    index; without it PostgreSQL reads every page (a sequential scan, hash-joined), a cost
    that grows with the register. No planner switch is turned off: with the statistics of a
    register this size the planner must choose the index of its own accord."""
    from django.core.management import call_command
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_ENABLED = False  # the uncached path: the view runs the search
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    bulk_dip_entries(index, SEARCH_ENTRIES)
    call_command("update_index", stdout=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    client.get("/cari/", {"q": "laporan"})  # warm: the site, the route, the settings
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/cari/", {"q": "laporan"})
    assert response.status_code == 200
    assert entry.pk in [page.pk for page in response.context["results"]]
    searches = [query["sql"] for query in queries if "wagtailsearch_indexentry" in query["sql"]]
    assert len(searches) == 2, searches  # the COUNT and the page of ranked results
    for sql in searches:
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + sql)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        # The page table itself (not wagtailcore_pagelogentry, whose few exemption entries
        # the withheld-entries subquery may read whole in a small test database).
        assert not re.search(r"Seq Scan on wagtailcore_page\b", plan), plan
        assert "ppid_search_page_id_text" in plan, plan
