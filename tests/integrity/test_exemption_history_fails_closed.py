"""The exemption history fails closed when the audit chain cannot vouch for it (issue 13,
verify13i B1).

The serve-time checks read an entry's or asset's exemption from the chained log entries
(ppid.exemption.mark / lift / asset / asset_lift / version) that the chain still vouches for.
A database insider who deleted or edited those entries themselves (with the ExemptInformation
and ExemptAsset rows and the page's category) broke the chain, and `verify()` said so, but the
checks then found no exemption at all: the exempt page, its document and a copy of its letter
went public. Now a link names its entry's action and object under a seal of its own
(integrity.chain.link_seal): an entry deleted or edited still names what it was, and a link
removed or changed withholds everything it could have named. The watch names both. The
writes below are the insider's SQL."""

import pytest
from django.db import connection
from django.test import Client
from django.utils import translation

from integrity.chain import verify
from integrity.watch import exemption_history_drift
from moderation.publication import SET_UP, approved_path
from page_cache import generation, request_memo
from ppid_pages.models import DipEntryPage
from ppid_pages.models.dip import DipCategory
from tests.factories import home_page, make_dip_index, make_document, make_entry, pdf_bytes

pytestmark = pytest.mark.django_db

SECRET = "Rincian lokasi gudang logistik darurat di kecamatan"


@pytest.fixture
def exempt():
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    index = make_dip_index()
    public_document = make_document("Laporan", pdf_bytes("Laporan keuangan tahunan dinas"))
    public_entry = make_entry(index, "Laporan Keuangan 2025", documents=(public_document,))
    document = make_document("Lokasi gudang", pdf_bytes(SECRET))
    entry = make_entry(
        index,
        "Lokasi Gudang Logistik",
        category=DipCategory.DIKECUALIKAN,
        documents=(document,),
        summary=f"<p>{SECRET}</p>",
    )
    return index, entry, document, public_entry, public_document


def sql(statement: str, params=()) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, list(params))


def release_rows(entry) -> None:
    """The rows beside the log: record and assets deleted, the page re-categorised."""
    sql("DELETE FROM ppid_pages_exemptasset")
    sql("DELETE FROM ppid_pages_exemptinformation")
    DipEntryPage.objects.filter(pk=entry.pk).update(category=DipCategory.BERKALA)


EXEMPTION = "ppid.exemption.%"


def delete_entries() -> None:
    sql("DELETE FROM wagtailcore_pagelogentry WHERE action LIKE %s", [EXEMPTION])
    sql("DELETE FROM wagtailcore_modellogentry WHERE action LIKE %s", [EXEMPTION])


def edit_entries() -> None:
    for table in ("wagtailcore_pagelogentry", "wagtailcore_modellogentry"):
        sql(
            "UPDATE " + table + " SET action = 'wagtail.edit' WHERE action LIKE %s",  # noqa: S608
            [EXEMPTION],
        )


def delete_entries_and_links() -> None:
    sql(
        "DELETE FROM integrity_auditchainlink WHERE entry_type = 'wagtailcore.pagelogentry' "
        "AND entry_id IN (SELECT id FROM wagtailcore_pagelogentry WHERE action LIKE %s)",
        [EXEMPTION],
    )
    sql(
        "DELETE FROM integrity_auditchainlink WHERE entry_type = 'wagtailcore.modellogentry' "
        "AND entry_id IN (SELECT id FROM wagtailcore_modellogentry WHERE action LIKE %s)",
        [EXEMPTION],
    )
    delete_entries()


def later_publication() -> None:
    """What the public is served is read again under a new public generation (any later
    publication): answers kept under the generation the insider's SQL left alone were read
    before it, from the rows as they were."""
    generation.bump()
    request_memo.finish()


def withheld(client, exempt) -> None:
    index, entry, document, _public_entry, _public_document = exempt
    assert client.get(entry.url).status_code == 404
    assert client.get(document.url).status_code == 404
    assert SECRET not in client.get(index.url).content.decode()
    assert entry.pk not in set(index.public_entries().values_list("pk", flat=True))
    assert entry.url not in client.get("/sitemap.xml").content.decode()


@pytest.mark.parametrize("tamper", [delete_entries, edit_entries])
def test_exemption_entries_deleted_or_edited_keep_the_entry_withheld(exempt, tamper):
    _index, entry, _document, public_entry, public_document = exempt
    client = Client()
    withheld(client, exempt)
    assert exemption_history_drift() == []
    release_rows(entry)
    tamper()
    later_publication()
    assert not verify().intact
    withheld(client, exempt)
    # Named by their links: what had no exemption history stays public.
    assert client.get(public_entry.url).status_code == 200
    assert client.get(public_document.url).status_code == 200
    # The watch names the entry and the document.
    with translation.override("id"):
        details = [str(observation.detail) for observation in exemption_history_drift()]
    assert any(
        observation.page and observation.page.pk == entry.pk
        for observation in exemption_history_drift()
    )
    assert details and all("di luar aplikasi" in detail for detail in details)


def test_links_removed_with_their_entries_withhold_every_entry(exempt):
    """A gap in the chain names nothing: no entry or document can be vouched for."""
    _index, entry, _document, public_entry, public_document = exempt
    client = Client()
    release_rows(entry)
    delete_entries_and_links()
    later_publication()
    assert not verify().intact
    withheld(client, exempt)
    assert client.get(public_entry.url).status_code == 404
    assert client.get(public_document.url).status_code == 404
    drift = exemption_history_drift()
    assert [observation.page for observation in drift] == [None]


def test_a_copy_of_an_exempt_letter_is_refused_when_its_versions_were_deleted(exempt):
    from information_requests import outgoing

    _index, entry, document, _public_entry, _public_document = exempt
    with document.file.open("rb") as stored:
        copy = stored.read()
    assert outgoing.holds_exempt_information(copy, "salinan.pdf")
    release_rows(entry)
    delete_entries()
    later_publication()
    assert outgoing.exempt_known()
    assert outgoing.exempt_verdict(copy, "salinan.pdf") == outgoing.UNVOUCHED


def test_links_from_before_the_seal_are_sealed_by_the_upgrade(exempt):
    """integrity migration 0013 names and seals the links written before links named their
    entry; until then a link without a seal is a break nothing can be vouched around."""
    import importlib

    from django.apps import apps

    from integrity.chain import subject_breaks
    from integrity.models import AuditChainLink
    from ppid_pages.exemption import EXEMPTION_ACTIONS

    AuditChainLink.objects.update(action="", object_id="", seal="")  # as an older release
    assert subject_breaks(EXEMPTION_ACTIONS).unnamed
    migration = importlib.import_module("integrity.migrations.0013_seal_existing_links")
    migration.seal_links(apps, None)
    migration.seal_links(apps, None)  # once
    breaks = subject_breaks(EXEMPTION_ACTIONS)
    assert not breaks.unnamed and not breaks.named
    assert verify().intact
    assert AuditChainLink.objects.filter(action="ppid.exemption.mark").exists()
