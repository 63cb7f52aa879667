"""A publication releases the asset versions that were approved, not the newest one (issue 13),
on PostgreSQL, through the real admin views, each request in its own thread and connection.

The publication (a Koordinator's force-publication of serta merta information, or the last
approval of the workflow) is held inside its transaction just before the page goes live: after
it compared the publication snapshot with what was approved, before it releases the documents'
and images' versions. An Operator uploads a new file for an asset the page uses at that moment.
Without a row lock the upload commits and the publication releases it, unseen by anybody; with
the lock (moderation.assets.lock_assets_of, taken before the snapshot) the upload waits and
becomes the next pending version.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, Revision

from moderation.models import ForcedPublication
from ppid_pages.models import DocumentScanStatus, PPIDDocument, PPIDImage
from ppid_pages.models.dip import DipEntryDocument, DipEntryPage
from tests.factories import make_document, pdf_bytes
from tests.test_asset_versions import (
    RED,
    make_image,
    new_png,
    public_picture_colours,
    submit_using,
)
from tests.test_exceptions_to_the_path import edit_category
from tests.test_force_publish_sees_what_it_publishes import shown_digest
from tests.test_workflow import draft_entry, member
from tests.test_workflow_bypass import (
    ROLES,
    current_task_state,
    draft_page,
    fresh,
    workflow_action,
)
from tests.test_workflow_bypass import member as role_member

from .conftest import needs_postgresql
from .test_races import Hold, client_of, race

pytestmark = [
    needs_postgresql,
    pytest.mark.usefixtures("without_account_audit"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEEN_TEXT = "Posko kesehatan dibuka di balai desa."
UNSEEN_TEXT = "Posko ditutup, donasi ke rekening lain."


def test_a_file_uploaded_during_a_force_publication_is_not_released(monkeypatch):
    operator = member("operator", "Operator")
    koordinator = member("koordinator", "Koordinator")
    document = make_document("Pengumuman", pdf_bytes(SEEN_TEXT))
    assert document.scan_status == DocumentScanStatus.CLEAN
    entry = draft_entry(operator, "<p>Lihat pengumuman terlampir.</p>")
    draft = DipEntryPage.objects.get(pk=entry.pk).get_latest_revision_as_object()
    draft.documents.add(DipEntryDocument(document=document))  # a DIP attachment
    draft.save_revision(user=operator)
    entry = edit_category(entry, operator)  # serta merta
    publisher, uploader = client_of(koordinator), client_of(operator)
    seen = shown_digest(publisher, entry)
    assert seen

    def force_publish():
        return publisher.post(
            reverse("moderation:force_publish", args=[entry.pk]),
            {"reason": "Darurat banjir.", "digest": seen},
        )

    def upload_new_file():
        data = {
            "title": "Pengumuman",
            "file": SimpleUploadedFile("pengumuman-baru.pdf", pdf_bytes(UNSEEN_TEXT)),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        }
        return uploader.post(reverse("wagtaildocs:edit", args=[document.pk]), data)

    hold = Hold(monkeypatch, Revision, "publish")  # compared with what was seen, not released
    first, second = race(hold, force_publish, upload_new_file)
    assert first.status_code == second.status_code == 302
    assert ForcedPublication.objects.filter(page_id=entry.pk).exists()

    # The public gets the file the Koordinator was shown; the upload is the next version.
    document = PPIDDocument.objects.get(pk=document.pk)
    assert "pengumuman-baru" not in document.file.name
    assert "pengumuman-baru" in document.pending_file
    response = Client().get(document.url)
    assert response.status_code == 200
    with document.file.open("rb") as released:
        assert b"".join(response.streaming_content) == released.read()


def test_a_file_uploaded_during_the_last_approval_is_not_released(monkeypatch):
    people = {role: role_member(role) for role in ROLES}
    image = make_image("red")
    reviewers = Client()
    page = draft_page(people["Operator"])
    submit_using(reviewers, people["Operator"], page, image=image)
    assert workflow_action(reviewers, people["Sub Koordinator"], page).status_code == 302
    approver, uploader = client_of(people["Koordinator"]), client_of(people["Operator"])
    task_state = current_task_state(page)

    def approve():
        return workflow_action(approver, people["Koordinator"], page, state=task_state)

    def upload_new_file():
        data = {
            "title": image.title,
            "description": "",
            "collection": image.collection_id,
            "tags": "",
            "file": new_png("blue"),
        }
        return uploader.post(reverse("wagtailimages:edit", args=[image.pk]), data)

    hold = Hold(monkeypatch, Revision, "publish")  # the snapshot matched, nothing released yet
    first, second = race(hold, approve, upload_new_file)
    assert first.status_code == second.status_code == 302
    assert fresh(page).live

    # The public sees the picture both reviewers saw; the blue one waits for a review.
    assert public_picture_colours(Client(), page) == {RED}
    image = PPIDImage.objects.get(pk=image.pk)
    assert image.has_pending_version and image.pending_file
