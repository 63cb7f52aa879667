"""The media view serves rendition files of the images folder only (issue 13), in every
environment: `../` (plain or percent-encoded) never leaves it, a rendition of an image that
belongs to exempt information is refused, and production routes every image through it (the
proxy never serves the media folder; behind nginx the checked file leaves by X-Accel-Redirect).
"""

import io
import os
import subprocess
import sys

import pytest
from django.core.files.images import ImageFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.models import Collection

from ppid_pages.exemption import mark, record_assets
from ppid_pages.models import PPIDImage

from .factories import make_document, pdf_bytes
from .test_project_layout import PRODUCTION_ENV, REPO_ROOT

pytestmark = pytest.mark.django_db

SECRET = "Isi dokumen yang belum dirilis"


def png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "red").save(buffer, "PNG")
    return buffer.getvalue()


def make_image(public: bool = True) -> PPIDImage:
    """An image; `public`: released with a live page that shows it (ppid_pages.views serves
    renditions of images in public use only)."""
    image = PPIDImage(title="Foto", collection=Collection.get_first_root_node())
    image.file.save("foto.png", ImageFile(io.BytesIO(png()), name="foto.png"), save=False)
    image.save()
    if public:
        from moderation.actions import version_digest
        from moderation.assets import release

        from .test_asset_versions import live_page_using

        live_page_using(image=image)
        release(image, expected=version_digest(image))
    return image


@pytest.mark.parametrize(
    "template",
    [
        "/media/images/../{name}",
        "/media/images/%2e%2e/{name}",
        "/media/images/%2E%2E/{name}",
        "/media/images/./../{name}",
        "/media/images//../{name}",
        "/media/images/x/../../{name}",
    ],
)
def test_the_images_folder_is_never_left(client, template):
    document = make_document("Draf Internal", pdf_bytes(SECRET))
    response = client.get(template.format(name=document.file.name))
    assert response.status_code == 404
    assert SECRET.encode() not in b"".join(getattr(response, "streaming_content", [b""]))


def test_a_rendition_is_served(client):
    rendition = make_image().get_rendition("fill-20x20")
    assert rendition.file.name.startswith("images/")
    assert client.get(rendition.url).status_code == 200


def test_a_rendition_of_an_exempt_image_is_refused(client):
    image = make_image()
    rendition = image.get_rendition("fill-20x20")
    record_assets(mark(99999, "Entri dikecualikan"), images=[image.pk])
    assert client.get(rendition.url).status_code == 404


def test_production_routes_every_image_through_the_checking_view():
    """Production settings (DEBUG off): /media/images/ is Django's checking view, not a folder
    the proxy serves, so an exempt image's renditions are refused there too."""
    code = (
        "import config.wsgi; from django.urls import resolve; "
        "print(resolve('/media/images/foto.fill-20x20.png').func.__name__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT / "site",
        env={"PATH": os.environ["PATH"], **PRODUCTION_ENV},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "serve_public_image"


@override_settings(MEDIA_ACCEL_REDIRECT="/_media/")
def test_behind_nginx_only_checked_renditions_are_handed_over(client):
    image = make_image()
    rendition = image.get_rendition("fill-20x20")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_media/{rendition.file.name}"
    assert response["Content-Type"] == "image/png"

    record_assets(mark(99999, "Entri dikecualikan"), images=[image.pk])
    refused = client.get(rendition.url)
    assert refused.status_code == 404 and "X-Accel-Redirect" not in refused


def test_a_file_in_the_images_folder_that_is_no_rendition_is_refused(client):
    """Deny by default: only files that a rendition row names."""
    image = make_image()
    rendition = image.get_rendition("fill-20x20")
    stray = rendition.file.name.replace(".fill-20x20", ".stray")
    rendition.file.storage.save(stray, io.BytesIO(png()))
    assert client.get("/media/" + stray).status_code == 404
