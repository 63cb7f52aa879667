"""The integrity watch finds every live page the public can reach and compares the row fields
the public sees or that decide what is served (issue 13, attack13q's reproductions, copied).

integrity.watch.check_page returns [] when page_url(page) is None, and page_url uses
Page.get_url_parts(), which reads the row's url_path (a ROW_BOOKKEEPING_FIELD, never compared).
Wagtail routes the public by slug through the tree, not by url_path: the page is still served
at its address. One SQL UPDATE of url_path blinds the watch to the page; then any SQL change to
its row (title, body) is public and the watch stays silent.
"""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client

from integrity.alerts import run_watch
from integrity.models import IntegrityAlert
from moderation.publication import SET_UP, approved_path
from tests.factories import home_page, make_dip_index, make_entry

pytestmark = pytest.mark.django_db

SPAM = "Situs Slot Gacor Hari Ini 3201014508900002"


@pytest.fixture
def entry():
    from django.contrib.auth.models import User

    User.objects.create_superuser("admin", email="admin@contohkab.go.id", password="x")
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    return make_entry(make_dip_index(), "Laporan Keuangan 2025")


def test_a_live_row_changed_in_sql_behind_a_rewritten_url_path_is_seen_by_the_watch(entry):
    address = entry.url
    run_watch()
    assert not IntegrityAlert.objects.open().exists()  # control: a clean site is silent

    # The database insider: two columns of one row.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailcore_page SET url_path = %s, title = %s WHERE id = %s",
            ["/tersembunyi/", SPAM, entry.pk],
        )

    for cache in caches.all():  # the page cache's entry expires (or was never made)
        cache.clear()
    public = Client().get(address)
    assert public.status_code == 200 and SPAM in public.content.decode()  # the public sees it
    run_watch()
    assert IntegrityAlert.objects.open().exists(), (
        "a live page's row was rewritten in SQL (title with a NIK and spam, shown to the "
        "public at the page's address) and the integrity watch raised nothing: the page has no "
        "URL by its url_path, so check_page skipped it"
    )


def test_a_publication_date_rewritten_in_sql_is_seen_by_the_watch(entry):
    """LOW. last_published_at / first_published_at are ROW_BOOKKEEPING_FIELDS (never
    compared by row_drift) and Page.with_content_json keeps the row's first_published_at in the
    approved render too; the public search shows "diperbarui <date>" from the row, the sitemap
    gives it as lastmod, the home page orders its latest entries by first_published_at. A
    date written in SQL shows and the watch is silent."""
    run_watch()
    assert not IntegrityAlert.objects.open().exists()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailcore_page SET last_published_at = %s, first_published_at = %s "
            "WHERE id = %s",
            ["2031-01-17 08:00:00", "2031-01-17 08:00:00", entry.pk],
        )
    for cache in caches.all():
        cache.clear()
    found = Client().get("/cari/", {"q": "Laporan Keuangan"}).content.decode()
    assert "2031" in found  # the public sees the invented date
    run_watch()
    assert IntegrityAlert.objects.open().exists(), "a rewritten publication date: no alert"


def test_a_live_page_taken_off_the_site_in_sql_is_seen_by_the_watch(entry):
    """`live` decides what is served: a published entry hidden by one UPDATE (no unpublication,
    no take-down in the audit log) is a change of what the public gets."""
    run_watch()
    assert not IntegrityAlert.objects.open().exists()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE wagtailcore_page SET live = %s WHERE id = %s", [False, entry.pk])
    run_watch()
    assert IntegrityAlert.objects.open().filter(page_id=entry.pk).exists()


def test_a_page_type_rewritten_in_sql_is_seen_by_the_watch(entry):
    """content_type decides which model and template serve the page: compared with the live
    revision, like its content."""
    from django.contrib.contenttypes.models import ContentType

    from ppid_pages.models import DipIndexPage

    run_watch()
    assert not IntegrityAlert.objects.open().exists()
    other = ContentType.objects.get_for_model(DipIndexPage)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailcore_page SET content_type_id = %s WHERE id = %s", [other.pk, entry.pk]
        )
    run_watch()
    alerts = IntegrityAlert.objects.open().filter(page_id=entry.pk)
    assert any("content_type" in alert.detail for alert in alerts)
