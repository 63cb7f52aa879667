"""Issue 13: the focal point of an image is part of what the public gets. Wagtail crops every
`fill-` rendition around it (the office icon's `fill-64x64` favicon), so moving it changes the
public picture exactly like a new file would. An Operator who moves the focal point of an image
in public use (the image edit view) makes a pending version that waits for a second person;
the integrity watch notices a focal point changed in the database."""

import io

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import Collection, ModelLogEntry, Site

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.actions import version_digest
from ppid_pages.models import PPIDImage

from .factories import first_approval
from .test_asset_versions import approve_asset, image_edit, live_page_using
from .test_settings_assets_pinned import colour_of
from .test_site_settings_approval import approve, edit_settings, member

pytestmark = pytest.mark.django_db

RED, BLUE = (255, 0, 0), (0, 0, 255)


def two_halves() -> bytes:
    """120x30: red on the left half, blue on the right. A centred square crop starts in the
    red half; a crop around a focal point at the right edge starts in the blue half."""
    picture = PILImage.new("RGB", (120, 30), "red")
    picture.paste(PILImage.new("RGB", (60, 30), "blue"), (60, 0))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def make_icon() -> PPIDImage:
    image = PPIDImage(title="Ikon kantor", collection=Collection.get_first_root_node())
    image.file.save("ikon.png", ContentFile(two_halves()), save=False)
    image.save()
    return image


RIGHT_EDGE = {
    "focal_point_x": "110",
    "focal_point_y": "15",
    "focal_point_width": "10",
    "focal_point_height": "10",
}


def public_favicon_colour() -> tuple[int, int, int]:
    response = Client().get("/favicon.ico")
    assert response.status_code == 302
    return colour_of(response["Location"])


@pytest.fixture
def approved_icon(client) -> PPIDImage:
    site = Site.objects.get(is_default_site=True)
    admin = member("Koordinator", "admin")
    admin.is_superuser = True
    admin.save()
    icon = make_icon()
    edit_settings(client, admin, site, favicon=icon.pk)
    assert approve(client, member("Koordinator")).status_code == 302
    assert public_favicon_colour() == RED
    return icon


def test_moving_the_focal_point_of_the_favicon_waits_for_a_second_person(client, approved_icon):
    operator = member("Operator")
    assert image_edit(client, operator, approved_icon, **RIGHT_EDGE).status_code == 302

    icon = PPIDImage.objects.get(pk=approved_icon.pk)
    assert icon.has_pending_version
    assert icon.focal_point_x is None  # the row keeps the released version
    assert icon.pending_focal_point == [110, 15, 10, 10]
    assert public_favicon_colour() == RED
    change = ModelLogEntry.objects.filter(object_id=str(icon.pk), action="ppid.asset.change")
    assert "focal_point_x" in change.latest("timestamp").data["fields"]

    # The change is shown to the approver, and released by someone who did not make it.
    reviewer = member("Koordinator", "koordinator2")
    client.force_login(reviewer)
    listing = client.get(reverse("moderation:documents_to_approve")).content.decode()
    assert "x=110 y=15 10×10" in listing
    first_approval(icon, version_digest(PPIDImage.objects.get(pk=icon.pk)))  # 1 of 2
    assert public_favicon_colour() != BLUE
    assert approve_asset(client, reviewer, icon).status_code == 302
    icon.refresh_from_db()
    assert not icon.has_pending_version
    assert icon.focal_point_x == 110
    assert public_favicon_colour() == BLUE


def test_moving_the_focal_point_of_a_picture_on_a_live_page_is_a_pending_version(client):
    image = make_icon()
    live_page_using(image=image)
    operator = member("Operator")
    assert image_edit(client, operator, image, **RIGHT_EDGE).status_code == 302
    image.refresh_from_db()
    assert image.has_pending_version
    assert not image.has_focal_point()


def test_the_watch_sees_a_focal_point_moved_in_the_database(approved_icon):
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.CHANGED).exists()
    PPIDImage.objects.filter(pk=approved_icon.pk).update(
        focal_point_x=110, focal_point_y=15, focal_point_width=10, focal_point_height=10
    )
    run_watch()
    alert = IntegrityAlert.objects.open().get(kind=AlertKind.CHANGED)
    assert f"#{approved_icon.pk}" in alert.detail
