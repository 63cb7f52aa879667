"""Issue 13 (reattack13d, R3-R5): serta merta force-publication is the SOP's one exception
(one Koordinator publishes urgent information written by another person at once, reviewed
afterwards) and reaches no further, through the real admin views:

- R3: it never releases a pending new version of a document that other live content shows
  (that page's two people never saw it); the form lists exactly the versions it releases;
- R4: the forcer is none of the authors of the forced revision, also when the entry was
  approved as serta merta before (a Koordinator rewriting an old entry as their own draft);
- R5: false positives only the forcer marked do not count for their force-publication, and a
  value with an identifier's structure (a valid NIK) needs two people to be a false positive.
"""

import html

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry, Workflow, WorkflowState

from moderation.models import FalsePositive, ForcedPublication, ScanReport
from ppid_pages.models import DipEntryPage, PPIDDocument
from ppid_pages.models.dip import DipEntryDocument

from .factories import make_document, pdf_bytes
from .test_approval_binds_to_bytes import entry_form
from .test_asset_versions import document_edit, live_page_using, new_pdf
from .test_exceptions_to_the_path import serta_merta_draft
from .test_force_publish_sees_what_it_publishes import shown_digest
from .test_workflow import NIK, member

pytestmark = pytest.mark.django_db

FORCE_URL = "moderation:force_publish"
EMAIL_TEXT = (
    "<p>Banjir di Kecamatan Contoh. Data pengungsi dikirim Andi Wijaya lewat "
    "andi.wijaya@gmail.com.</p>"
)


@pytest.fixture
def koordinator():
    return member("koordinator", "Koordinator")


@pytest.fixture
def sub():
    return member("subkoordinator", "Sub Koordinator")


def force(client: Client, user, entry, reason: str = "Peringatan dini banjir."):
    client.force_login(user)
    return client.post(
        reverse(FORCE_URL, args=[entry.pk]),
        {"reason": reason, "digest": shown_digest(client, entry)},
        HTTP_ACCEPT_LANGUAGE="id",
    )


def page_text(response) -> str:
    return html.unescape(response.content.decode())


def attach(entry, document, user) -> DipEntryPage:
    draft = DipEntryPage.objects.get(pk=entry.pk).get_latest_revision_as_object()
    draft.documents.add(DipEntryDocument(document=document))
    draft.save_revision(user=user)
    return DipEntryPage.objects.get(pk=entry.pk)


def refused(entry, why: str) -> bool:
    return PageLogEntry.objects.filter(
        page=entry, action="ppid.force_publish.refused", data__why=why
    ).exists()


# --- R3: a pending version of an asset in public use elsewhere ---------------------------------


def test_force_never_releases_a_new_file_of_a_document_another_live_page_shows(
    client, koordinator
):
    document = make_document("Laporan Keuangan", pdf_bytes("Laporan keuangan, disetujui."))
    live_page_using(document=document)  # approved by two people, live
    released = document.file.name
    operator = member("operator2", "Operator")
    assert (
        document_edit(client, operator, document, file=new_pdf("Versi baru.")).status_code == 302
    )
    document.refresh_from_db()
    assert document.has_pending_version and document.file.name == released

    entry = attach(serta_merta_draft(), document, operator)

    response = force(client, koordinator, entry)

    assert response.status_code == 200
    assert "persetujuan dua orang" in page_text(response)
    entry.refresh_from_db()
    assert not entry.live and not ForcedPublication.objects.exists()
    document.refresh_from_db()
    assert document.file.name == released and document.has_pending_version
    assert refused(entry, "pending_in_public_use")
    form = page_text(client.get(reverse(FORCE_URL, args=[entry.pk])))
    assert "Versi baru dari 'Laporan Keuangan'" in form
    assert "tidak dirilis seketika" in form


def test_the_force_form_lists_exactly_the_versions_it_releases(client, koordinator):
    operator = member("operator2", "Operator")
    new = make_document("Peta Genangan", pdf_bytes("Peta genangan banjir."))
    public = make_document("Laporan Tahunan", pdf_bytes("Laporan tahunan."))
    live_page_using(document=public)  # released, unchanged: nothing new to release
    entry = attach(attach(serta_merta_draft(), new, operator), public, operator)

    client.force_login(koordinator)
    form = page_text(client.get(reverse(FORCE_URL, args=[entry.pk])))
    listed = form.split('id="forced-releases"', 1)[1].split("</ul>", 1)[0]
    assert "Rilis pertama 'Peta Genangan'" in listed
    assert "Laporan Tahunan" not in listed

    assert force(client, koordinator, entry).status_code == 302
    assert PPIDDocument.objects.get(pk=new.pk).published_at is not None


# --- R4: the forcer is never an author, whatever the baseline ----------------------------------


def test_a_koordinator_cannot_force_their_own_rewrite_of_an_old_serta_merta_entry(
    client, koordinator, sub
):
    entry = serta_merta_draft("<p>Banjir di Kecamatan Contoh.</p>")
    assert force(client, koordinator, entry).status_code == 302
    record = ForcedPublication.objects.get()
    client.force_login(sub)
    client.post(reverse("moderation:review_forced", args=[record.pk]), {"comment": "Sesuai."})
    record.refresh_from_db()
    assert record.reviewed_by == sub  # the serta merta entry is approved now

    client.force_login(koordinator)
    entry = DipEntryPage.objects.get(pk=entry.pk)
    data = entry_form(entry, "<p>Lelang aset daerah, hubungi kami.</p>", title="Lelang Aset")
    assert client.post(reverse("wagtailadmin_pages:edit", args=[entry.pk]), data).status_code in (
        200,
        302,
    )
    assert DipEntryPage.objects.get(pk=entry.pk).get_latest_revision().user == koordinator

    response = force(client, koordinator, entry)

    assert response.status_code == 200
    assert "Anda menulis atau mengubah bagian dari versi ini" in page_text(response)
    live = DipEntryPage.objects.get(pk=entry.pk)
    assert live.title != "Lelang Aset" and "Lelang" not in live.summary
    assert ForcedPublication.objects.count() == 1
    assert refused(entry, "author")
    # Another Koordinator may publish it at once (the SOP's exception stays).
    assert force(client, member("koordinator2", "Koordinator"), entry).status_code == 302
    assert DipEntryPage.objects.get(pk=entry.pk).title == "Lelang Aset"


# --- R5: the forcer's own false positives, and identifiers need two people ---------------------


def submitted_and_rejected(summary: str):
    entry = serta_merta_draft(summary)
    operator = entry.get_latest_revision().user
    state = Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    return DipEntryPage.objects.get(pk=entry.pk), ScanReport.objects.get(passed=False)


def mark(client, user, report, index: int = 0, reason: str = "Alamat posko resmi."):
    client.force_login(user)
    return client.post(
        reverse("moderation:scan_report", args=[report.pk]), {"finding": index, "reason": reason}
    )


def test_a_koordinator_cannot_override_the_scanner_and_force_alone(client, koordinator, sub):
    entry, report = submitted_and_rejected(EMAIL_TEXT)
    assert report.findings[0]["kind"] == "email" and not report.findings[0].get("structured")
    mark(client, koordinator, report)
    assert FalsePositive.objects.get().marked_by == koordinator

    response = force(client, koordinator, entry)

    assert response.status_code == 200
    assert "memblokir" in page_text(response)  # the privacy scan blocked the publication
    entry.refresh_from_db()
    assert not entry.live and not ForcedPublication.objects.exists()

    # A second person's marking counts: then the one exception works.
    mark(client, sub, report, reason="Alamat posko, bukan pribadi.")
    assert FalsePositive.objects.get().confirmed_by == sub
    assert force(client, koordinator, entry).status_code == 302
    assert DipEntryPage.objects.get(pk=entry.pk).live


def test_a_valid_nik_needs_two_people_to_be_a_false_positive(client, koordinator, sub):
    entry, report = submitted_and_rejected(f"<p>Nomor seri alat: {NIK}</p>")
    response = mark(client, sub, report, reason="Nomor seri alat.")
    assert response.status_code == 302
    operator = entry.get_latest_revision().user

    def resubmit():
        state = WorkflowState.objects.get(object_id=str(entry.pk))
        state.resume(user=operator)
        state.refresh_from_db()
        return state.status

    assert resubmit() == WorkflowState.STATUS_NEEDS_CHANGES  # one person is not enough
    report = ScanReport.objects.filter(passed=False).first()
    assert mark(client, sub, report).status_code == 302  # the same person again: no
    assert FalsePositive.objects.get().confirmed_by is None
    mark(client, koordinator, report, reason="Nomor seri alat, dicek di gudang.")
    assert FalsePositive.objects.get().confirmed_by == koordinator
    assert PageLogEntry.objects.filter(page=entry, action="ppid.false_positive.confirm").exists()
    assert resubmit() == WorkflowState.STATUS_IN_PROGRESS
