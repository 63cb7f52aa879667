"""The integrity watch compares every released document and image with the version last
released, also those no live page uses: a document approved on its own (served at /dokumen/),
the logo and favicon of the approved site settings. Found by the red-team run (redteam13): a
document approved on its own, swapped on disk and in the database, was served to the public
while the watch, which walked live pages only, said nothing."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, Site

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.site_settings import approve_site_settings, public_values, review_digest
from ppid_pages.models import PPIDDocument, PPIDImage, PPIDSettings
from tests.factories import first_approval
from tests.test_approval_sees_what_it_approves import approval_page, approve, shown_version
from tests.test_asset_versions import make_image, new_pdf
from tests.test_workflow_bypass import NIK, ROLES, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {role: member(role) for role in ROLES}


def asset_alerts():
    return IntegrityAlert.objects.open().filter(kind=AlertKind.ASSET_CHANGED, page=None)


def released_on_its_own(client, people) -> PPIDDocument:
    """Uploaded by the Operator, approved on its own by the Koordinator (admin views)."""
    client.force_login(people["Operator"])
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Pengumuman jadwal layanan",
            "file": new_pdf("Pengumuman jadwal layanan."),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    document = PPIDDocument.objects.get(title="Pengumuman jadwal layanan")
    seen = shown_version(approval_page(client, people["Koordinator"]), "document", document.pk)
    first_approval(document, seen)  # the first of two (moderation.two_people)
    approve(client, "document", document.pk, seen)
    document.refresh_from_db()
    assert document.is_released and document.approved_digest
    assert Client().get(document.url).status_code == 200
    return document


def test_a_document_released_on_its_own_swapped_on_disk_and_in_the_database(client, people):
    document = released_on_its_own(client, people)
    run_watch()
    assert not asset_alerts().exists()  # silent on what was released

    with document.file.storage.open(document.file.name, "ab") as stored:
        stored.write(f"\n% NIK {NIK}\n".encode())
    PPIDDocument.objects.filter(pk=document.pk).update(title=f"Pengumuman NIK {NIK}")

    run_watch()
    alert = asset_alerts().get()
    assert alert.page_url == document.url
    assert f"#{document.pk}" in alert.detail
    assert NIK not in alert.detail and NIK not in alert.page_title  # masked
    run_watch()  # seen again: still one open alert
    assert asset_alerts().count() == 1


def test_the_approved_logo_swapped_in_the_database(people):
    site = Site.objects.get(is_default_site=True)
    logo = make_image("green", title="Logo Dinas")
    setting = PPIDSettings.for_site(site)
    setting.logo = logo
    setting.save()
    values = public_values(PPIDSettings.for_site(site))
    seen = review_digest(values)
    approve_site_settings(site, people["Sub Koordinator"], "Logo.", seen=seen)
    approve_site_settings(site, people["Koordinator"], "Logo.", seen=seen)
    run_watch()
    assert not asset_alerts().exists()

    other = make_image("red", title="Lain")
    PPIDImage.objects.filter(pk=logo.pk).update(file=other.file.name)
    run_watch()
    assert f"#{logo.pk}" in asset_alerts().get().detail
