"""The development/test media view serves rendition files of the images folder only (issue 13):
`../` (plain or percent-encoded) never leaves it, and a rendition of an image that belongs to
exempt information is refused."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.models import Collection

from ppid_pages.exemption import mark, record_assets
from ppid_pages.models import PPIDImage

from .factories import make_document, pdf_bytes

pytestmark = pytest.mark.django_db

SECRET = "Isi dokumen yang belum dirilis"


def png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "red").save(buffer, "PNG")
    return buffer.getvalue()


def make_image() -> PPIDImage:
    image = PPIDImage(title="Foto", collection=Collection.get_first_root_node())
    image.file.save("foto.png", ImageFile(io.BytesIO(png()), name="foto.png"), save=False)
    image.save()
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
