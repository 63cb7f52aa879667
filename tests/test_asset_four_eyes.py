"""Issue 13: a document or image approved on its own is approved by someone who neither
uploaded nor changed any version of it, not only the version waiting now.

Each attack goes through the real admin views, as the Koordinator who attacks."""

import pytest
from django.urls import reverse

from .factories import make_document, pdf_bytes
from .test_asset_versions import (
    APPROVED_PDF_TEXT,
    approve_asset,
    document_edit,
    image_edit,
    live_page_using,
    make_image,
    new_pdf,
    new_png,
)
from .test_workflow_bypass import ROLES, assert_refused, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def people() -> dict:
    return {role: member(role) for role in ROLES}


def test_who_changed_an_earlier_version_of_an_image_cannot_approve_a_later_one(client, people):
    """The Koordinator renames a live image; a colleague releases that; the Operator then
    replaces its file: the Koordinator, whose change is part of what is released, may not
    approve it alone."""
    image = make_image("red")
    live_page_using(image=image)
    koordinator, colleague = people["Koordinator"], member("Koordinator", "koordinator2")
    assert image_edit(client, koordinator, image, title="Bagan Organisasi 2026").status_code == 302
    approve_asset(client, people["Sub Koordinator"], image)  # the first of two (two_people)
    assert approve_asset(client, colleague, image).status_code == 302
    image.refresh_from_db()
    assert image.title == "Bagan Organisasi 2026" and not image.has_pending_version

    assert image_edit(client, people["Operator"], image, file=new_png("blue")).status_code == 302
    assert_refused(approve_asset(client, koordinator, image))
    image.refresh_from_db()
    assert image.has_pending_version


def test_a_change_through_the_multiple_upload_editor_counts_too(client, people):
    """Wagtail's multiple-upload edit view writes no audit entry of its own: the change is
    still recorded, and the one who made it never approves a later version alone."""
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    live_page_using(document=document)
    koordinator, colleague = people["Koordinator"], member("Koordinator", "koordinator2")
    client.force_login(koordinator)
    prefix = f"doc-{document.pk}"
    response = client.post(
        reverse("wagtaildocs:edit_multiple", args=[document.pk]),
        {
            f"{prefix}-title": "Laporan Keuangan 2026",
            f"{prefix}-collection": document.collection_id,
            f"{prefix}-tags": "",
        },
    )
    assert response.status_code == 200 and response.json()["success"]
    approve_asset(client, people["Sub Koordinator"], document)  # the first of two
    assert approve_asset(client, colleague, document).status_code == 302
    document.refresh_from_db()
    assert document.title == "Laporan Keuangan 2026"

    document_edit(client, people["Operator"], document, file=new_pdf("Versi operator."))
    assert_refused(approve_asset(client, koordinator, document))
    document.refresh_from_db()
    assert document.has_pending_version
