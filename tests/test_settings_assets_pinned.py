"""Issue 13: an image the approved site settings show (the office logo, the favicon) is in
public use like an image on a live page: replacing its file through the admin keeps the
approved picture for the public, even after the settings being edited point elsewhere.

Each attack goes through the real admin views, as the Operator who attacks."""

import io
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from PIL import Image as PILImage
from wagtail.models import ModelLogEntry, Site

from .test_asset_versions import RED, image_edit, make_image, new_png
from .test_site_settings_approval import approve, edit_settings, member
from .test_workflow_bypass import served

pytestmark = pytest.mark.django_db


@pytest.fixture
def site() -> Site:
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def admin_user() -> User:
    return User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")


def colour_of(url: str) -> tuple[int, int, int]:
    picture = PILImage.open(io.BytesIO(served(Client().get(url)))).convert("RGB")
    return picture.getpixel((1, 1))


def public_logo_colour() -> tuple[int, int, int]:
    html = Client().get("/").content.decode()
    tag = re.search(r'<img[^>]*class="site-brand__logo"[^>]*>', html)
    assert tag is not None
    return colour_of(re.search(r'src="([^"]+)"', tag.group(0)).group(1))


def public_favicon_colour() -> tuple[int, int, int]:
    response = Client().get("/favicon.ico")
    assert response.status_code == 302
    return colour_of(response["Location"])


def test_the_approved_logo_and_favicon_keep_their_pictures(client, site, admin_user):
    logo, icon = make_image("red", title="Logo"), make_image("red", title="Ikon")
    edit_settings(client, admin_user, site, logo=logo.pk, favicon=icon.pk)
    assert approve(client, member("Koordinator")).status_code == 302
    assert public_logo_colour() == RED and public_favicon_colour() == RED
    assert ModelLogEntry.objects.filter(action="ppid.asset.pin").count() == 2

    # The settings being edited (not approved) now name another logo and no favicon: the
    # approved ones are still what every public page shows.
    edit_settings(client, admin_user, site, logo=make_image("blue", title="Logo baru").pk)
    operator = member("Operator")
    for image in (logo, icon):
        assert image_edit(client, operator, image, file=new_png("lime")).status_code == 302
        image.refresh_from_db()
        assert image.has_pending_version

    assert public_logo_colour() == RED
    assert public_favicon_colour() == RED


def test_the_watch_sees_the_approved_logo_swapped_in_the_database(client, site, admin_user):
    from integrity.alerts import run_watch
    from integrity.models import AlertKind, IntegrityAlert
    from ppid_pages.models import PPIDImage

    logo = make_image("red", title="Logo")
    edit_settings(client, admin_user, site, logo=logo.pk)
    assert approve(client, member("Koordinator")).status_code == 302
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.CHANGED).exists()

    other = make_image("lime", title="Lain")
    PPIDImage.objects.filter(pk=logo.pk).update(file=other.file.name)
    run_watch()
    alert = IntegrityAlert.objects.open().get(page=site.root_page, kind=AlertKind.CHANGED)
    assert f"#{logo.pk}" in alert.detail
