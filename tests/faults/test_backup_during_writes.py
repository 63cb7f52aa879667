"""A backup taken while the site writes restores consistent (issue 19).

The backup runs in a thread and is held in the middle of its dump (at the first audit entry or
chain link it writes out); meanwhile editors save revisions, each with its audit entry and chain
link, in their own transactions, as requests do. The archive is then restored with
`manage.py restore` into an empty database of the test's own (tests.faults.conftest
scratch_database: the test database's schema, no rows), never into the test database, which
the next serialized-rollback test must find as it was: every entry has its link and every link
its entry (the restored chain gains no break), every page's revisions are there, and the
integrity watch finds nothing wrong on the restored pages, but does find a file swapped on disk
after the restore.
"""

import threading

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from integrity import serializer
from integrity.alerts import run_watch
from integrity.backup import RESTORE_ACTION, create_backup
from integrity.models import AlertKind, AuditChainLink, IntegrityAlert
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import PPIDDocument
from tests.factories import home_page, make_document, pdf_bytes
from tests.test_asset_versions import make_image, people, published_through_the_workflow
from tests.test_workflow import draft_entry

from .conftest import audit_breaks, connected_to, needs_postgresql, scratch_database

pytestmark = [
    needs_postgresql,
    pytest.mark.usefixtures("without_account_audit"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

__all__ = ["people"]  # the fixture, from tests.test_asset_versions

WATCHED = {"wagtailcore.pagelogentry", "integrity.auditchainlink"}
APPROVED_PDF_TEXT = "Laporan keuangan, versi disetujui."


def back_up_during_writes(monkeypatch, archive, entry, operator) -> None:
    """Hold the dump at the audit log while three revisions are saved, then let it finish."""
    reached, release = threading.Event(), threading.Event()
    real_start_object = serializer.Serializer.start_object

    def held_start_object(self, obj):
        if obj._meta.label_lower in WATCHED and not reached.is_set():
            reached.set()
            release.wait(30)
        return real_start_object(self, obj)

    monkeypatch.setattr(serializer.Serializer, "start_object", held_start_object)
    failure: list[BaseException] = []

    def back_up():
        try:
            create_backup(archive)
        except BaseException as error:  # noqa: BLE001 - handed to the test
            failure.append(error)
        finally:
            connection.close()

    backup = threading.Thread(target=back_up)
    backup.start()
    try:
        assert reached.wait(60), "the backup never reached the audit log"
        for number in range(3):  # the editors go on working during the backup
            with transaction.atomic():
                page = type(entry).objects.get(pk=entry.pk)
                page.summary = f"<p>Perubahan ke-{number}.</p>"
                page.save_revision(user=operator, log_action=True)
    finally:
        release.set()
        backup.join(60)
    assert not failure, failure
    monkeypatch.undo()


def test_a_backup_taken_during_writes_restores_consistent_and_as_approved(
    monkeypatch, tmp_path, settings, client, people
):
    settings.MEDIA_ROOT = tmp_path / "media"
    with approved_path(SET_UP):
        home_page().save_revision().publish()  # made by a migration: published, as the demo does
    operator = people["Operator"]
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page = published_through_the_workflow(
        client, people, image=make_image("red"), document=document
    )
    entry = draft_entry(operator, "<p>Data penerima tersedia di kantor.</p>")
    breaks_before = [(b.entry_type, b.reason) for b in audit_breaks()]
    run_watch()
    # The site as approved, before the backup.
    assert list(IntegrityAlert.objects.values_list("kind", "page_title")) == []

    archive = tmp_path / "cadangan.tar.gz"
    back_up_during_writes(monkeypatch, archive, entry, operator)
    settings.MEDIA_ROOT = tmp_path / "restored-media"  # the new server's empty media folder

    with scratch_database() as name, connected_to(name):
        assert not PageLogEntry.objects.exists()
        call_command("restore", str(archive))  # an empty database: no --force needed

        # The restore wrote its own audit entry, linked onto the restored chain.
        [restored] = ModelLogEntry.objects.filter(action=RESTORE_ACTION)
        assert AuditChainLink.objects.filter(
            entry_type="wagtailcore.modellogentry", entry_id=restored.pk
        ).exists()
        links = set(AuditChainLink.objects.values_list("entry_type", "entry_id"))
        entries = {
            ("wagtailcore.pagelogentry", pk)
            for pk in PageLogEntry.objects.values_list("pk", flat=True)
        }
        assert entries and entries <= links, "an audit entry was restored without its chain link"
        assert [(b.entry_type, b.reason) for b in audit_breaks()] == breaks_before
        for revision in Revision.objects.filter(object_id=str(entry.pk)):
            assert revision.as_object().pk == entry.pk

        # The restored pages are exactly as approved: the watch finds nothing ...
        result = run_watch()
        assert result.pages >= 2
        assert list(IntegrityAlert.objects.values_list("kind", "detail")) == []

        # ... and it does see a document file swapped on the restored disk.
        restored_document = PPIDDocument.objects.get(pk=document.pk)
        with open(restored_document.file.path, "wb") as handle:
            handle.write(pdf_bytes("Laporan keuangan, versi yang ditukar."))
        run_watch()
        alert = IntegrityAlert.objects.open().get(page_id=page.pk, kind=AlertKind.CHANGED)
        assert f"#{document.pk}" in alert.detail

    # The test database is untouched by the restore: no restore entry, its own alerts only.
    assert not ModelLogEntry.objects.filter(action=RESTORE_ACTION).exists()
    assert not IntegrityAlert.objects.exists()
