"""(Run from the repository as tests/integrity/test_watch_blind_to_exempt_register_rows.py:
it uses the suite's helpers and fixtures.)

attack13n: a database insider rewrites an exempt entry's row; the public Daftar Informasi yang
Dikecualikan (page and its XLSX/PDF export) shows the new text and `integrity_watch` says nothing.

Role: database insider (SQL access, no application secret), then an anonymous visitor.

Mechanism: the watch compares each live page's public render with the render of its live
revision (integrity.watch.check_page) and the live revision's content hash with the chained
snapshot (snapshot_drift). An exempt DIP entry's own page is withheld (404 both ways), so an
UPDATE of its *row* (title, exemption_legal_basis, exemption_period: not its revision) makes no
difference there; and the Daftar Informasi yang Dikecualikan page (ExemptIndexPage) renders the
entries' current rows in both its live and its "approved" render (the register is read from the
rows, not from the entries' live revisions), so both renders carry the tampered text. Nothing
compares a live page's row with its live revision when the row is only shown elsewhere.

(Held: the same UPDATE of a public entry's summary is caught, because the entry's own page
shows it, in its meta description. The hole is a row shown only on pages other than its own,
which is exactly the exempt entries: the register is the one public place where they are named,
and the insider can write the exempt information, or a NIK, into it.)

Expected: the public register shows what was approved (the live revisions' values), or at least
the watch raises an alert naming the entry (its row differs from its approved live revision).
Fails on main: the tampered text is public and run_watch() opens no alert.
"""

import pytest
from django.core.cache import caches
from django.test import Client

from integrity.alerts import run_watch
from integrity.models import IntegrityAlert
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import DipEntryPage, ExemptIndexPage
from ppid_pages.models.dip import DipCategory
from tests.factories import home_page, make_dip_index, make_entry, publish

pytestmark = pytest.mark.django_db

NIK = "3201014508900002"
TAMPERED = f"Lokasi gudang senjata: Jl. Melati 4, penjaga NIK {NIK}"


def forget_cached_pages():
    """Time passing: the cached renders of before the UPDATE are gone (a row written in SQL
    replaces no public generation token, so only the cache timeout ends them)."""
    from page_cache import facts

    for cache in caches.all():
        cache.clear()
    facts.forget_local()


@pytest.fixture
def register():
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    exempt = make_entry(index, "Hasil Uji Konsekuensi", category=DipCategory.DIKECUALIKAN)
    dik = publish(home_page(), ExemptIndexPage(title="Informasi yang Dikecualikan", slug="dik"))
    return dik, exempt


def test_an_exempt_entry_row_rewritten_in_sql_is_public_and_unwatched(register):
    dik, exempt = register
    client = Client()
    assert "Hasil Uji Konsekuensi" in client.get(dik.url).content.decode()
    run_watch()
    assert not IntegrityAlert.objects.open().exists()

    # The insider's UPDATE (no revision, no audit entry): the exempt entry's row only.
    DipEntryPage.objects.filter(pk=exempt.pk).update(
        title="Hasil Uji Konsekuensi", exemption_legal_basis=TAMPERED
    )

    forget_cached_pages()  # the page cache's entry expires (PAGE_CACHE_TIMEOUT); a later visitor
    public = client.get(dik.url).content.decode()
    export = client.get(dik.url + "unduh/xlsx/")
    assert export.status_code == 200
    leaked = TAMPERED in public
    run_watch()
    alerts = list(IntegrityAlert.objects.open().values_list("kind", "page_id", "detail"))
    assert not leaked or alerts, (
        "the tampered exempt-register text (with a NIK) is public on the Daftar Informasi yang "
        "Dikecualikan and integrity_watch raised no alert"
    )
