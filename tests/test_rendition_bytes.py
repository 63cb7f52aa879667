"""Issue 13: the public gets the rendition bytes made from the approved image. A rendition file
(the resized copy the public actually downloads from /media/images/) swapped on disk was served
to everyone, and the integrity watch, which compared originals and page renders, said nothing.
Now each rendition's SHA-256 is recorded when it is made: the public view makes a swapped file
again from the released image (or refuses it) and the watch reports it."""

import io
import os
import re

import pytest
from django.test import Client
from PIL import Image as PILImage
from wagtail.models import ModelLogEntry

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from page_cache.middleware import BYPASS
from ppid_pages.models import PPIDImage, PPIDRendition

from .test_asset_versions import RED, live_page_using, make_image, png
from .test_workflow_bypass import fresh, served

pytestmark = pytest.mark.django_db


@pytest.fixture
def shown():
    """A live page showing a red picture; (image, rendition URL, rendition path on disk)."""
    image = make_image("red")
    page = live_page_using(image=image)
    html = Client().get(fresh(page).get_url()).content.decode()
    [url] = sorted(set(re.findall(r'<img[^>]+src="(/media/images/[^"]+)"', html)))
    rendition = PPIDRendition.objects.get(file=url.removeprefix("/media/"))
    assert len(rendition.sha256) == 64
    return image, url, rendition.file.path


def fetch(url: str):
    """The public's request, answered by the view (as after the next public change, when the
    page cache no longer holds the answer)."""
    return Client().get(url, **{BYPASS: True})


def colour(content: bytes) -> tuple[int, int, int]:
    return PILImage.open(io.BytesIO(content)).convert("RGB").getpixel((1, 1))


def actions(image) -> list[str]:
    return list(
        ModelLogEntry.objects.filter(object_id=str(image.pk))
        .filter(action__startswith="ppid.rendition")
        .values_list("action", flat=True)
    )


def test_a_rendition_swapped_on_disk_is_made_again_from_the_released_image(shown):
    image, url, path = shown
    with open(path, "rb") as made:
        original = made.read()
    assert served(fetch(url)) == original

    with open(path, "wb") as swapped:
        swapped.write(png("blue"))
    response = fetch(url)
    assert response.status_code == 200
    assert colour(served(response)) == RED
    with open(path, "rb") as now:
        assert now.read() == original  # written back
    assert actions(image) == ["ppid.rendition.restore"]


def test_a_same_size_swap_with_the_old_modification_time_is_seen(shown):
    image, url, path = shown
    assert fetch(url).status_code == 200  # hashed once: later requests only stat()
    stat = os.stat(path)
    with open(path, "rb") as made:
        original = made.read()
    changed = bytearray(original)
    changed[-20] ^= 0xFF
    with open(path, "wb") as swapped:
        swapped.write(bytes(changed))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # size and mtime as before
    assert served(fetch(url)) == original


def test_a_swapped_rendition_of_a_changed_original_is_refused(shown):
    image, url, path = shown
    with open(path, "wb") as swapped:
        swapped.write(png("blue"))
    with open(PPIDImage.objects.get(pk=image.pk).file.path, "wb") as original:
        original.write(png("blue"))  # the original was swapped too: nothing to make it from
    assert fetch(url).status_code == 404
    # The original is no longer the released version (moderation.assets.
    # current_version_released, 206c442): the image is refused before its rendition is looked
    # at, so nothing is made again from it, and the watch names the image.
    assert "ppid.rendition.restore" not in actions(image)
    run_watch()
    assert IntegrityAlert.objects.open().filter(kind=AlertKind.ASSET_CHANGED).exists()


def test_the_watch_sees_a_rendition_swapped_on_disk(shown):
    image, url, path = shown
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.ASSET_CHANGED).exists()
    with open(path, "wb") as swapped:
        swapped.write(png("blue"))
    run_watch()
    alert = IntegrityAlert.objects.open().get(kind=AlertKind.ASSET_CHANGED)
    assert alert.page_url == url
    assert f"#{image.pk}" in alert.detail
    assert colour(served(fetch(url))) == RED  # and the public still gets the red one


def test_behind_nginx_a_cached_answer_never_skips_the_check(shown, settings):
    """With MEDIA_ACCEL_REDIRECT the answer names the file and nginx sends it: an answer kept
    by the page cache would send a swapped file unchecked, so such answers are not kept."""
    image, url, path = shown
    settings.MEDIA_ACCEL_REDIRECT = "/internal-media/"
    with open(path, "rb") as made:
        original = made.read()
    for _ in range(2):
        response = Client().get(url)
        assert response.status_code == 200
        assert response["X-Accel-Redirect"] == "/internal-media/" + url.removeprefix("/media/")
        assert response["X-Page-Cache"] == "miss"
    with open(path, "wb") as swapped:
        swapped.write(png("blue"))
    assert Client().get(url).status_code == 200
    with open(path, "rb") as now:
        assert now.read() == original  # checked and made again before nginx sends it
