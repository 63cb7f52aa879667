"""Issue 13 (reattack13f break 3): the exempt photo placed inside a larger picture (a collage
beside another photo, a poster with wide margins, a thin frame) is the same information. Only
crops of the exempt photo (a part of it) were looked for, never the exempt photo inside the
file's picture: the collage was uploaded as a new image and published. Now each picture of the
file is searched both ways, within the same crop budget (beyond it: refused as needing review);
unrelated photos still go."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, ImageOps
from wagtail.models import Collection

from information_requests import exempt_content, outgoing
from moderation.privacy.pictures import is_crop_of, read_thumbnail
from ppid_pages.models import PPIDImage
from tests.information_requests.test_exempt_near_copies import (
    EXEMPT_PHOTO,
    encoded,
    exempt_photo,  # noqa: F401 - fixture
    scene,
    sketch,
)
from tests.test_exempt_by_content import REFUSED
from tests.test_workflow import member

pytestmark = pytest.mark.django_db


def collage(photo: Image.Image) -> Image.Image:
    """The exempt photo at full size beside another photo of the same size."""
    canvas = Image.new("RGB", (photo.width * 2, photo.height), "white")
    canvas.paste(photo, (0, 0))
    canvas.paste(scene(99, photo.size), (photo.width, 0))
    return canvas


def poster(photo: Image.Image) -> Image.Image:
    """The exempt photo in the middle of a poster: as wide a margin as the photo all round."""
    margin = (photo.width // 2, photo.height // 2)
    return ImageOps.expand(photo, border=margin, fill=(235, 235, 235))


def framed(photo: Image.Image) -> Image.Image:
    """A thin frame: an eighth of each side."""
    return ImageOps.expand(photo, border=(photo.width // 8, photo.height // 8), fill="white")


def strip(photo: Image.Image) -> Image.Image:
    """Three photos in a row, the exempt one in the middle."""
    canvas = Image.new("RGB", (photo.width * 3, photo.height), "white")
    for place, picture in enumerate([scene(98, photo.size), photo, scene(97, photo.size)]):
        canvas.paste(picture, (place * photo.width, 0))
    return canvas


@pytest.mark.parametrize("place", [collage, poster, framed, strip])
def test_the_exempt_photo_inside_a_larger_picture_is_refused(exempt_photo, place):  # noqa: F811
    picture = encoded(place(scene(EXEMPT_PHOTO)), quality=85)
    assert outgoing.exempt_verdict(picture, "kegiatan.jpg") == outgoing.EXEMPT
    # Another photo placed the same way still goes.
    other = encoded(place(scene(21)), quality=85)
    assert outgoing.exempt_verdict(other, "lain.jpg") is None


def test_a_collage_holding_the_exempt_photo_is_refused_at_upload(client, exempt_photo):  # noqa: F811
    client.force_login(member("operator2", "Operator"))
    data = {
        "title": "Kegiatan Bulan Ini",
        "file": SimpleUploadedFile("kegiatan.jpg", encoded(collage(scene(EXEMPT_PHOTO)))),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
    }
    response = client.post(reverse("wagtailimages:add"), data, HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 200
    assert REFUSED in html.unescape(response.content.decode()).lower()
    assert not PPIDImage.objects.filter(title="Kegiatan Bulan Ini").exists()


def test_the_exempt_photo_is_inside_no_unrelated_picture():
    """The 224 unrelated pictures of 177cba7 (two generators, 90x120 to 900x700): the exempt
    photo is found inside none of them, as none of them is a crop of it. (A guard: it passes
    on the old code too, which never searched this way.)"""
    whole = read_thumbnail(encoded(scene(EXEMPT_PHOTO), "PNG"))
    sizes = [(120, 90), (90, 120), (160, 120), (200, 150), (300, 200), (640, 480), (900, 700)]
    taken = [
        (draw.__name__, seed, size)
        for size in sizes
        for draw in (scene, sketch)
        for seed in range(5000, 5016)
        if is_crop_of(whole, read_thumbnail(encoded(draw(seed, size))))
    ]
    assert taken == []


def test_both_searches_count_against_the_budget():
    """One picture of the file against one exempt picture: two searches (a part of it, it
    inside the part); with one left, the file is not passed unsearched: it needs review."""
    exempt = exempt_content.fingerprint(encoded(scene(EXEMPT_PHOTO), "PNG"), "gudang.png")
    candidate = exempt_content.fingerprint(encoded(scene(42)), "lain.jpg", candidate=True)
    budget = exempt_content.CropBudget()
    assert not exempt_content.same_information(candidate, exempt, budget)
    assert budget.left == exempt_content.MAX_CROP_SEARCHES - 2 and not budget.exhausted
    budget = exempt_content.CropBudget(left=1)
    assert not exempt_content.same_information(candidate, exempt, budget)
    assert budget.exhausted
