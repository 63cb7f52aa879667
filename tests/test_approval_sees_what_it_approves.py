"""An approval on its own (a document or image version under *Persetujuan dokumen*, the public
site settings under *Persetujuan pengaturan situs*) releases exactly what the approver was
shown. Found by the red-team run (redteam13): the Koordinator opened the new version, the
Operator (or the superuser editing the settings) replaced it a moment later, and the
Koordinator's click released bytes nobody had seen. The approval page posts back the digest of
what it showed; anything else is refused.

Each attack goes through the real admin views, as the roles that made it."""

import html
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection

from ppid_pages.models import PPIDDocument, PPIDImage

from .factories import first_approval, make_document, pdf_bytes
from .test_asset_versions import (
    document_edit,
    image_edit,
    live_page_using,
    make_image,
    new_pdf,
    new_png,
    public_picture_colours,
)
from .test_workflow_bypass import ROLES, member

pytestmark = pytest.mark.django_db

CHANGED = "berubah setelah Anda membukanya"
RED, GREEN, BLUE = (255, 0, 0), (0, 128, 0), (0, 0, 255)


@pytest.fixture
def people():
    return {role: member(role) for role in ROLES}


def approval_page(client: Client, user) -> str:
    client.force_login(user)
    with translation.override("id"):
        response = client.get(reverse("moderation:documents_to_approve"))
    assert response.status_code == 200
    return response.content.decode()


def shown_version(page: str, kind: str, pk: int) -> str:
    """The version digest the approval page shows with the approve button of one asset ('' if
    it shows none: the approval then posts none)."""
    assert f'name="{kind}" value="{pk}"' in page, f"no approve button for {kind} {pk}"
    found = re.search(
        rf'name="{kind}" value="{pk}"><input type="hidden" name="version" value="([0-9a-f]+)"',
        page,
    )
    return found.group(1) if found else ""


def approve(client: Client, kind: str, pk: int, version: str, reason: str = "") -> str:
    with translation.override("id"):
        response = client.post(
            reverse("moderation:documents_to_approve"),
            {kind: pk, "version": version, "reason": reason},
            follow=True,
            HTTP_ACCEPT_LANGUAGE="id",
        )
    return html.unescape(response.content.decode())


def test_an_image_replaced_after_the_koordinator_opened_it_is_not_released(client, people):
    image = make_image("red")
    page = live_page_using(image=image)
    public = Client()
    assert public_picture_colours(public, page) == {RED}
    assert image_edit(client, people["Operator"], image, file=new_png("green")).status_code == 302

    shown = approval_page(client, people["Koordinator"])  # the green picture
    seen = shown_version(shown, "image", image.pk)
    # The Operator replaces the picture again before the Koordinator clicks "approve".
    assert image_edit(client, people["Operator"], image, file=new_png("blue")).status_code == 302

    client.force_login(people["Koordinator"])
    answer = approve(client, "image", image.pk, seen)
    assert public_picture_colours(public, page) == {RED}  # still the released picture
    assert PPIDImage.objects.get(pk=image.pk).has_pending_version
    assert CHANGED in answer

    # Looking again shows the blue picture; approving what is shown now releases it.
    seen = shown_version(approval_page(client, people["Koordinator"]), "image", image.pk)
    first_approval(image, seen)  # the first of the two approvals (moderation.two_people)
    assert CHANGED not in approve(client, "image", image.pk, seen)
    assert public_picture_colours(public, page) == {BLUE}


def test_a_private_document_replaced_after_the_koordinator_opened_it_is_not_released(
    client, people
):
    client.force_login(people["Operator"])
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Pengumuman",
            "file": new_pdf("Pengumuman jadwal layanan."),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    document = PPIDDocument.objects.get(title="Pengumuman")
    seen = shown_version(approval_page(client, people["Koordinator"]), "document", document.pk)
    replaced = document_edit(
        client, people["Operator"], document, file=new_pdf("Pengumuman lain, belum dibaca.")
    )
    assert replaced.status_code == 302

    client.force_login(people["Koordinator"])
    answer = approve(client, "document", document.pk, seen)
    document.refresh_from_db()
    assert not document.is_released
    assert Client().get(document.url).status_code == 404
    assert CHANGED in answer


def test_a_crafted_approval_without_the_shown_version_is_refused(client, people):
    document = make_document("Surat", pdf_bytes("Surat edaran."))
    PPIDDocument.objects.filter(pk=document.pk).update(uploaded_by_user=people["Operator"])
    client.force_login(people["Koordinator"])
    for version in ("", "0" * 64):
        assert CHANGED in approve(client, "document", document.pk, version)
    document.refresh_from_db()
    assert not document.is_released
