"""Exempt information is every version that was ever exempt (issue 13, reattack13f breaks 1
and 2).

The content check compared a new file with the current and pending files of the exempt
documents and images that the ExemptAsset rows named. An Operator replaced the file of an
exempt document in place (its entry a dikecualikan draft: not frozen) and then uploaded the
exempt letter again as a new document: accepted. A released new version of an exempt document
left the original compared with nothing; deleting the ExemptAsset rows in SQL (after the SOP's
take-down and delete of the entry) left nothing at all, and the watch said nothing. Now every
version of an exempt file leaves its fingerprints in the audit chain (ppid_pages.
exempt_versions) and the content check compares with all of them; the watch names an exempt
asset whose row is missing.
"""

import html
import importlib
import os

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from integrity.chain import verify
from ppid_pages.models import DipEntryPage, PPIDDocument
from ppid_pages.models.dip import DipCategory, ExemptAsset, ExemptInformation

from .factories import EXEMPT_FIELDS, make_dip_index, make_document, make_entry, pdf_bytes
from .information_requests.test_exempt_document_pictures import (  # noqa: F401 - fixture
    exempt_report,
)
from .test_exempt_by_content import EXEMPT_PDF, REFUSED, make_exempt_entry, upload
from .test_exempt_for_good import (  # noqa: F401 - fixtures
    exempt_entry,
    people,
    public,
    secret_document,
)
from .test_force_publish_one_exception import attach
from .test_workflow import draft_entry, member

pytestmark = pytest.mark.django_db

VERSION_ACTION = "ppid.exemption.version"  # ppid_pages.exempt_versions
HARMLESS = pdf_bytes("Daftar hadir rapat koordinasi bulanan.")


def refused(response) -> bool:
    return (
        response.status_code == 200 and REFUSED in html.unescape(response.content.decode()).lower()
    )


def exempt_draft_document(author) -> PPIDDocument:
    """A document attached to an entry saved as a dikecualikan draft: exempt, not frozen."""
    document = make_document("Kontrak rahasia", EXEMPT_PDF)
    entry = draft_entry(author, "<p>Kontrak pengadaan.</p>", slug="kontrak")
    draft = DipEntryPage.objects.get(pk=entry.pk).get_latest_revision_as_object()
    draft.category = DipCategory.DIKECUALIKAN
    for name, value in EXEMPT_FIELDS.items():
        setattr(draft, name, value)
    draft.save_revision(user=author)
    attach(entry, document, author)
    return document


def test_an_exempt_letter_stays_exempt_after_its_file_is_replaced_in_place(client):
    exempt = exempt_draft_document(member("koordinator", "Koordinator"))
    assert ExemptAsset.objects.filter(document=exempt).exists()
    operator = member("operator2", "Operator")

    # The Operator replaces the exempt document's file with something harmless (allowed: the
    # entry is a draft; the replaced version's fingerprints stay in the audit chain) ...
    assert upload(client, operator, HARMLESS, document=exempt).status_code == 302
    exempt.refresh_from_db()
    assert not exempt.pending_file
    with exempt.file.open("rb") as stored:
        assert stored.read() == HARMLESS
    # ... then uploads the exempt letter as a new document: refused, in Indonesian.
    assert refused(upload(client, operator, EXEMPT_PDF))
    assert list(PPIDDocument.objects.all()) == [exempt]
    assert ModelLogEntry.objects.filter(
        action="ppid.exempt_upload.refused", user=operator
    ).exists()
    # Both versions are recorded, each once, in an intact chain.
    versions = ModelLogEntry.objects.filter(action=VERSION_ACTION, object_id=str(exempt.pk))
    assert versions.count() == 2 and verify().intact


def test_the_original_of_an_exempt_document_stays_exempt_after_a_new_version(client):
    """The exempt entry is live: its document is frozen. The amended contract is released by
    two people (an ordinary update of an exempt document); the original stays exempt."""
    from moderation.actions import approve_document, version_digest
    from tests.factories import first_approval

    exempt = make_exempt_entry()
    operator = member("operator2", "Operator")
    amended = pdf_bytes("Adendum kontrak pengadaan server.", "Harga satuan disesuaikan.")
    assert upload(client, operator, amended, document=exempt).status_code == 302
    exempt.refresh_from_db()
    seen = version_digest(exempt)
    first_approval(exempt, seen)
    approve_document(exempt, member("koordinator", "Koordinator"), seen=seen)
    exempt.refresh_from_db()
    assert not exempt.pending_file

    assert refused(upload(client, operator, EXEMPT_PDF))
    assert refused(upload(client, operator, amended))


def test_exempt_rows_deleted_in_the_database_let_no_copy_through(
    client,
    people,  # noqa: F811
    public,  # noqa: F811
    exempt_entry,  # noqa: F811
    secret_document,  # noqa: F811
):
    # The SOP's own path: taken down by the Koordinator, deleted by its owner.
    client.force_login(people["Koordinator"])
    client.post(reverse("moderation:takedown", args=[exempt_entry.pk]), {"reason": "Ditarik."})
    client.force_login(people["Operator"])
    client.post(reverse("wagtailadmin_pages:delete", args=[exempt_entry.pk]))
    assert not DipEntryPage.objects.filter(pk=exempt_entry.pk).exists()
    from integrity.watch import exempt_asset_drift

    with secret_document.file.open("rb") as stored:
        letter = stored.read()
    assert exempt_asset_drift() == []

    # A database insider: one statement, no audit entry written or changed.
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM ppid_pages_exemptasset")
    assert public.get(secret_document.url).status_code == 404

    assert refused(upload(client, people["Operator"], letter))
    assert not PPIDDocument.objects.filter(title="Lampiran Rapat").exists()
    # The watch names the exempt file whose record is gone.
    drift = exempt_asset_drift()
    assert [observation.title for observation in drift] == [
        f"«Kontrak Server» (#{secret_document.pk})"
    ]
    with translation.override("id"):
        assert "dihapus di luar alur kerja" in str(exempt_asset_drift()[0].detail)


def test_an_exempt_file_whose_version_cannot_be_kept_is_not_replaced():
    """An exempt document recorded as an older release did (the row only, no version in the
    audit log) whose file is gone from the storage: its file is not replaced, since nothing
    would keep what it was."""
    document = make_document("Kontrak rahasia", EXEMPT_PDF)
    entry = make_entry(make_dip_index(), "Kontrak Pengadaan")
    exemption = ExemptInformation.objects.create(entry_id=entry.pk, title=entry.title)
    ExemptAsset.objects.bulk_create([ExemptAsset(exemption=exemption, document=document)])
    os.remove(document.file.path)  # the storage itself never deletes a file a row names

    document.file.save("baru.pdf", ContentFile(HARMLESS), save=False)
    with translation.override("id"), pytest.raises(ValidationError) as refusal:
        document.save()
    assert "tidak dapat diganti" in str(refusal.value)


def test_exempt_files_of_an_upgraded_database_get_their_versions_recorded(client):
    """ppid_pages migration 0018 records the current file of every asset already exempt: the
    rows deleted in the database then let no copy through."""
    document = make_document("Kontrak rahasia", EXEMPT_PDF)
    entry = make_entry(make_dip_index(), "Kontrak Pengadaan")
    exemption = ExemptInformation.objects.create(entry_id=entry.pk, title=entry.title)
    # Recorded as an older release did: the row only, no version in the audit log.
    ExemptAsset.objects.bulk_create([ExemptAsset(exemption=exemption, document=document)])
    assert not ModelLogEntry.objects.filter(action=VERSION_ACTION).exists()

    migration = importlib.import_module(
        "ppid_pages.migrations.0018_exempt_versions_in_the_audit_log"
    )
    migration.log_exempt_versions(apps, None)
    migration.log_exempt_versions(apps, None)  # once per version
    assert ModelLogEntry.objects.filter(action=VERSION_ACTION).count() == 1
    from integrity.chain import link_all_unlinked

    link_all_unlinked()  # as at the end of migrate
    assert verify().intact

    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM ppid_pages_exemptasset")
    assert refused(upload(client, member("operator2", "Operator"), EXEMPT_PDF))


def test_the_photo_of_an_exempt_report_stays_exempt_when_its_rows_are_deleted(
    exempt_report,  # noqa: F811
):
    """The pictures of an exempt document count unless the public has them; with its
    ExemptAsset and attachment rows deleted in SQL, the report is still exempt by the chain:
    neither compared with nothing nor taken for a public document whose photo the public has."""
    from information_requests import outgoing

    from .information_requests.test_exempt_document_pictures import LOGO, logo
    from .information_requests.test_exempt_near_copies import encoded, scene

    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM ppid_pages_exemptasset")
        cursor.execute(
            "DELETE FROM ppid_pages_dipentrydocument WHERE page_id = %s", [exempt_report.pk]
        )
    photo = encoded(scene(8801), quality=70)
    assert outgoing.holds_exempt_information(photo, "foto.jpg")
    assert not outgoing.holds_exempt_information(encoded(logo(LOGO), "PNG"), "logo.png")
