"""Issue 13 (verify13i B6): text versus picture was never compared. A typed transcript of a
scanned exempt letter (the exempt file an image-only PDF or a JPEG), or a screenshot, photo or
image-only PDF of an exempt text document, passed: pictures were compared by their pixels, text
by its words, never one with the other. Now the text in pictures is read with tesseract
(information_requests.picture_text) and joins the same content-word fingerprint, both ways.
Without tesseract a picture that must be compared with exempt text is refused as not checkable
where EXEMPT_PICTURE_TEXT_REQUIRED (production), and passes on its pixels in development."""

import io
import textwrap

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from PIL import Image, ImageDraw, ImageFont
from wagtail.models import Collection

from information_requests import checks, outgoing, picture_text
from ppid_pages.models import PPIDImage
from ppid_pages.models.dip import DipCategory, ExemptAsset, ExemptInformation
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes
from tests.information_requests.test_exempt_near_copies import AUDIT, COVER

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not picture_text.tesseract_ready(), reason="no tesseract (ind, eng)"),
]


def scan(lines: list[str], angle: float = 0.0) -> Image.Image:
    """A page of `lines` as a scanner or a camera gives it: an A4 picture at 150 dpi."""
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=30)
    top = 90
    for line in lines:
        for part in textwrap.wrap(line, 60):
            draw.text((90, top), part, fill=25, font=font)
            top += 45
    return page.rotate(angle, expand=True, fillcolor=255) if angle else page


def saved(image: Image.Image, kind: str, **options) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, kind, **options)
    return out.getvalue()


def exempt_entry(title: str, documents=()):
    return make_entry(
        make_dip_index(), title, category=DipCategory.DIKECUALIKAN, documents=documents
    )


@pytest.fixture
def exempt_text(db):
    """The exempt audit report as a text PDF."""
    return exempt_entry("Hasil Audit Keamanan", (make_document("Audit", pdf_bytes(*AUDIT)),))


@pytest.fixture
def exempt_scanned_pdf(db):
    """The exempt audit report scanned: an image-only PDF."""
    document = make_document("Audit (pindaian)", saved(scan(AUDIT), "PDF", resolution=150))
    return exempt_entry("Hasil Audit Keamanan", (document,))


@pytest.fixture
def exempt_scanned_image(db):
    """The exempt audit report photographed: a JPEG in the image library."""
    entry = exempt_entry("Hasil Audit Keamanan")
    image = PPIDImage(title="Audit", collection=Collection.get_first_root_node())
    image.file.save("audit.jpg", ContentFile(saved(scan(AUDIT), "JPEG", quality=80)), save=False)
    image.save()
    exemption, _ = ExemptInformation.objects.get_or_create(
        entry_id=entry.pk, defaults={"title": entry.title}
    )
    ExemptAsset.objects.create(exemption=exemption, image=image)
    return image


@pytest.mark.parametrize("exempt", ["exempt_scanned_pdf", "exempt_scanned_image"])
def test_a_typed_transcript_of_an_exempt_scan_is_refused(request, exempt):
    request.getfixturevalue(exempt)
    assert outgoing.exempt_verdict(pdf_bytes(*AUDIT), "salinan.pdf") == outgoing.EXEMPT
    # A letter that shares nothing with it still goes.
    assert outgoing.exempt_verdict(pdf_bytes(*COVER), "surat.pdf") is None


@pytest.mark.parametrize(
    "filename, picture",
    [
        ("tangkapan-layar.png", lambda: saved(scan(AUDIT), "PNG")),
        ("foto.jpg", lambda: saved(scan(AUDIT, angle=1.5), "JPEG", quality=70)),
        ("pindaian.pdf", lambda: saved(scan(AUDIT), "PDF", resolution=150)),
    ],
)
def test_a_screenshot_photo_or_scan_of_an_exempt_text_is_refused(exempt_text, filename, picture):
    assert outgoing.exempt_verdict(picture(), filename) == outgoing.EXEMPT


def test_a_scan_of_an_unrelated_letter_still_goes(exempt_text):
    assert outgoing.exempt_verdict(saved(scan(COVER), "PNG"), "surat.png") is None
    assert outgoing.exempt_verdict(saved(scan(COVER), "PDF"), "surat.pdf") is None


@pytest.fixture
def without_tesseract(monkeypatch):
    monkeypatch.setattr(picture_text, "TESSERACT", "tesseract-not-installed")
    picture_text.tesseract_ready.cache_clear()
    yield
    picture_text.tesseract_ready.cache_clear()


def test_without_tesseract_a_scan_is_not_passed_unchecked(exempt_text, without_tesseract):
    """Production (EXEMPT_PICTURE_TEXT_REQUIRED): deny by default, and the system check says
    why; development (`make run`, the demo): the picture passes on its pixels, with a
    warning."""
    page = saved(scan(AUDIT), "PNG")
    assert outgoing.exempt_verdict(page, "tangkapan-layar.png") == outgoing.UNCHECKED
    assert [error.id for error in checks.picture_text_reader(None)] == [
        "information_requests.E003"
    ]
    with override_settings(EXEMPT_PICTURE_TEXT_REQUIRED=False):
        assert outgoing.exempt_verdict(page, "tangkapan-layar.png") is None
        assert [error.id for error in checks.picture_text_reader(None)] == [
            "information_requests.W003"
        ]
    # A text file is compared by its words as before.
    assert outgoing.exempt_verdict(pdf_bytes(*AUDIT), "salinan.pdf") == outgoing.EXEMPT
