"""Issue 13 (verify13i B7): the exempt photo in a 3 x 3 collage (less than a third of each side:
below pictures.MIN_CROP), inverted (a negative), or tilted about 7 degrees passed. The search
for the exempt picture inside a larger one now goes down to a quarter of its side
(pictures.INSIDE_SCALES), looks for the negative of every view, and for the picture tilted
(pictures.TILTS), within the same crop budget; unrelated pictures placed or changed the same way
still go (and the 224 unrelated pictures of test_exempt_near_copies are still no crop)."""

import pytest
from PIL import Image, ImageOps

from information_requests import outgoing
from moderation.privacy.pictures import is_crop_of, read_thumbnail
from tests.information_requests.test_exempt_near_copies import (
    EXEMPT_PHOTO,
    encoded,
    exempt_photo,  # noqa: F401 - fixture
    scene,
    sketch,
)

pytestmark = pytest.mark.django_db


def grid(photo: Image.Image, seed: int = 300, side: int = 3) -> Image.Image:
    """`photo` among other photos of its size in a side x side collage with white gutters."""
    gutter = photo.width // 20
    width, height = photo.width + gutter, photo.height + gutter
    canvas = Image.new("RGB", (width * side + gutter, height * side + gutter), "white")
    for row in range(side):
        for column in range(side):
            place = row * side + column
            tile = photo if place == side * side // 2 + 1 else scene(seed + place, photo.size)
            canvas.paste(tile, (gutter + column * width, gutter + row * height))
    return canvas


def negative(photo: Image.Image) -> Image.Image:
    return ImageOps.invert(photo)


def tilted(photo: Image.Image, degrees: float = 7) -> Image.Image:
    return photo.rotate(degrees, expand=True)


def tilted_other_way(photo: Image.Image) -> Image.Image:
    return photo.rotate(-6, expand=True, fillcolor="white")


def negative_crop(photo: Image.Image) -> Image.Image:
    return ImageOps.invert(photo.crop((100, 80, 484, 368)))


@pytest.mark.parametrize("change", [grid, negative, tilted, tilted_other_way, negative_crop])
def test_the_exempt_photo_in_a_collage_inverted_or_tilted_is_refused(exempt_photo, change):  # noqa: F811
    picture = encoded(change(scene(EXEMPT_PHOTO)), quality=85)
    assert outgoing.exempt_verdict(picture, "kegiatan.jpg") == outgoing.EXEMPT
    # Another photo changed the same way still goes.
    assert outgoing.exempt_verdict(encoded(change(scene(23)), quality=85), "lain.jpg") is None


def test_unrelated_pictures_hold_no_collage_negative_or_tilt_of_the_exempt_photo():
    """The other direction of the 224-picture test: the exempt photo is looked for inside each
    unrelated picture (smaller, tilted, negative), and inside collages of unrelated photos."""
    exempt = read_thumbnail(encoded(scene(EXEMPT_PHOTO), "PNG"))
    sizes = [(120, 90), (90, 120), (160, 120), (200, 150), (300, 200), (640, 480), (900, 700)]
    taken = [
        (draw.__name__, seed, size)
        for size in sizes
        for draw in (scene, sketch)
        for seed in range(5000, 5016)
        if is_crop_of(exempt, read_thumbnail(encoded(draw(seed, size))), inside=True)
    ]
    taken += [
        ("grid", seed)
        for seed in range(400, 480, 9)
        if is_crop_of(exempt, read_thumbnail(encoded(grid(scene(seed), seed + 1))), inside=True)
    ]
    assert taken == []
