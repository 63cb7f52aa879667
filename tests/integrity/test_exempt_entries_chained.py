"""An entry's exemption rests on the audit chain at serve time (issue 13, guard13f item 4).

The page, the listings and the documents of an exempt entry asked the ExemptInformation row
(lifted_at) and the page's category: an insider who lifted or deleted the row and wrote another
category in SQL made the exempt page and its documents public. The chained
`ppid.exemption.mark` entry (not followed by a chained lift) keeps them withheld, and the watch
names the record lifted outside the workflow. The insider writes below stand in for SQL."""

import importlib

import pytest
from django.apps import apps
from django.test import Client
from django.utils import timezone

from integrity.alerts import run_watch
from integrity.chain import verify
from integrity.models import AlertKind, IntegrityAlert
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import DipEntryPage, ExemptAsset, ExemptInformation
from ppid_pages.models.dip import DipCategory, DipEntryDocument
from tests.factories import home_page, make_dip_index, make_document, make_entry, pdf_bytes

pytestmark = pytest.mark.django_db

SECRET = "Rincian lokasi gudang logistik darurat"


@pytest.fixture
def exempt():
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    document = make_document("Lokasi gudang", pdf_bytes(SECRET))
    entry = make_entry(
        index,
        "Lokasi Gudang Logistik",
        category=DipCategory.DIKECUALIKAN,
        documents=(document,),
        summary=f"<p>{SECRET}</p>",
    )
    return index, entry, document


def released_in_sql(entry, document, delete: bool) -> None:
    """The rows that say the entry is exempt, lifted (or deleted) and re-categorised."""
    with approved_path(SET_UP):
        records = ExemptInformation.objects.filter(entry_id=entry.pk)
        if delete:
            records.delete()
        else:
            records.update(lifted_at=timezone.now(), lift_reason="x")
        ExemptAsset.objects.filter(document=document).delete()
        DipEntryPage.objects.filter(pk=entry.pk).update(category=DipCategory.BERKALA)


@pytest.mark.parametrize("delete", [False, True])
def test_an_exempt_entry_released_in_the_database_stays_withheld(exempt, delete):
    index, entry, document = exempt
    client = Client()
    assert client.get(entry.url).status_code == 404
    released_in_sql(entry, document, delete)
    assert client.get(entry.url).status_code == 404
    assert SECRET not in client.get(index.url).content.decode()
    assert entry.pk not in set(index.public_entries().values_list("pk", flat=True))
    assert client.get(document.url).status_code == 404
    assert entry.url not in client.get("/sitemap.xml").content.decode()


def test_the_watch_names_an_exemption_lifted_outside_the_workflow(exempt):
    _index, entry, document = exempt
    run_watch()
    assert not IntegrityAlert.objects.open().filter(page_id=entry.pk).exists()
    released_in_sql(entry, document, delete=False)
    run_watch()
    alert = IntegrityAlert.objects.open().get(page_id=entry.pk, kind=AlertKind.CHANGED)
    assert "di luar alur kerja" in alert.detail  # Indonesian: the site language


def test_a_document_attached_later_to_an_exempt_entry_is_withheld(exempt):
    """The attachment row written in SQL to an entry the chain holds as exempt, its category
    and record already released in the database."""
    index, entry, document = exempt
    other = make_document("Denah gudang", pdf_bytes("Denah gudang logistik"))
    make_entry(index, "Denah", documents=(other,))
    client = Client()
    assert client.get(other.url).status_code == 200
    released_in_sql(entry, document, delete=True)
    with approved_path(SET_UP):
        DipEntryDocument.objects.create(page_id=entry.pk, document=other)
    assert client.get(other.url).status_code == 404


def test_exempt_entries_of_an_upgraded_database_are_in_the_audit_chain():
    """ppid_pages migration 0017 gives a standing exemption recorded before entries were
    logged its chained entry: lifting the record in the database then releases nothing."""
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    entry = make_entry(make_dip_index(), "Kontrak Server")
    # Recorded as an older release did: the row only, no entry on the page.
    ExemptInformation.objects.bulk_create([ExemptInformation(entry_id=entry.pk, title="x")])
    client = Client()
    assert client.get(entry.url).status_code == 404
    migration = importlib.import_module(
        "ppid_pages.migrations.0017_exempt_entries_in_the_audit_log"
    )
    migration.log_exempt_entries(apps, None)
    migration.log_exempt_entries(apps, None)  # once per entry
    assert verify().intact
    with approved_path(SET_UP):
        ExemptInformation.objects.filter(entry_id=entry.pk).delete()
    assert client.get(entry.url).status_code == 404


def test_force_publication_is_refused_for_an_entry_whose_record_was_deleted(exempt):
    """Force-publish is refused for anything that was ever exempt (moderation.actions asks
    was_ever_exempt): the record deleted in the database does not make it forceable."""
    from ppid_pages.exemption import was_ever_exempt

    _index, entry, document = exempt
    released_in_sql(entry, document, delete=True)
    assert was_ever_exempt(entry.pk)
