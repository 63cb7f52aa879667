"""Uploaded images lose their EXIF metadata (GPS positions) before they are stored."""

import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from ppid_pages.models import PPIDImage

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "KameraMerek"  # Make
    exif[GPS_IFD] = {1: "S", 2: (6.0, 12.0, 30.0), 3: "E", 4: (106.0, 49.0, 0.0)}
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "darkgreen").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_test_image_really_carries_gps():
    with Image.open(io.BytesIO(jpeg_with_gps())) as image:
        assert image.getexif().get_ifd(GPS_IFD)


def test_admin_upload_strips_exif(client):
    operator = User.objects.create_user("operator", password="x")
    operator.groups.add(Group.objects.get(name="Operator"))
    client.force_login(operator)
    upload = SimpleUploadedFile("lokasi.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = client.post("/admin/images/add/", {"title": "Lokasi", "file": upload})
    assert response.status_code == 302, response.content[:2000]

    stored = PPIDImage.objects.get(title="Lokasi")
    with stored.file.open("rb") as handle, Image.open(handle) as image:
        assert dict(image.getexif()) == {}
        assert image.size == (64, 48)
    assert (stored.width, stored.height) == (64, 48)
    assert stored.file_size == stored.file.size


def written_early() -> PPIDImage:
    from django.core.files.base import ContentFile
    from wagtail.models import Collection

    image = PPIDImage(title="Lokasi", collection=Collection.get_first_root_node())
    image.file.save("lokasi.jpg", ContentFile(jpeg_with_gps()), save=False)
    return image


def test_a_file_written_before_the_image_row_is_stripped_too(django_capture_on_commit_callbacks):
    """Wagtail's multiple uploader writes the file first when details still need filling in."""
    image = written_early()
    early_name = image.file.name
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
        assert image.file.storage.exists(early_name)  # deleted once the row is committed
    with image.file.open("rb") as handle, Image.open(handle) as stored:
        assert dict(stored.getexif()) == {}
    assert not image.file.storage.exists(early_name)


def test_the_early_file_stays_when_the_image_row_is_rolled_back(
    django_capture_on_commit_callbacks,
):
    """A save rolled back leaves the early file where its writer points (the uploader's
    row): it is not deleted for a row that was never stored."""
    from django.db import transaction

    image = written_early()
    early_name = image.file.name
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        image.save()
        raise RuntimeError("the request fails after the image was saved")
    assert image.file.storage.exists(early_name)
