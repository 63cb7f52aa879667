"""Pictures inside exempt documents are exempt information too (issue 13, verify13e N3;
guard13f item 1). The photo of an exempt report, taken out and uploaded as an image or placed
in another document, was given out: the pictures of exempt documents were not compared at all,
since the letterhead logo of an exempt letter is in every letter. A picture of an exempt
document now counts unless the public has it too (by its hashes): in a released document or
image that is not exempt, or as the site's approved logo. So the logo of public letters
passes, the photo only the exempt report holds does not."""

import io

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Collection

from information_requests import outgoing
from moderation.site_settings import record_initial_approval
from ppid_pages.models import PPIDImage, PPIDSettings
from ppid_pages.models.dip import DipCategory
from tests.factories import home_page, make_dip_index, make_document, make_entry

from .test_exempt_near_copies import COVER, FINDINGS, encoded, pdf_pictures, scene

pytestmark = pytest.mark.django_db

PHOTO, LOGO, SITE_LOGO = 8801, 8802, 8803


def logo(seed: int):
    return scene(seed, (240, 160))


def letterhead(logos: list[bytes], lines: list[str], photos: list[bytes] = ()) -> bytes:
    """A letter: the logos small at the top of its first page, the lines below them, then one
    photo a page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number, picture in enumerate(logos):
        pdf.drawImage(ImageReader(io.BytesIO(picture)), 72 + 90 * number, 760, 72, 48)
    for number, line in enumerate(lines):
        pdf.drawString(72, 720 - 16 * number, line)
    pdf.showPage()
    for photo in photos:
        pdf.drawImage(ImageReader(io.BytesIO(photo)), 72, 300, 320, 240)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def exempt_report(db):
    """A public letter with the letterhead logo (released with a published entry), and an
    exempt report with the same logo, the site's approved logo and a photo of its own."""
    index = make_dip_index()
    public_letter = make_document("Surat jawaban", letterhead([encoded(logo(LOGO), "PNG")], COVER))
    make_entry(index, "Jawaban Permohonan", documents=(public_letter,))
    public_letter.refresh_from_db()
    assert public_letter.is_released and public_letter.approved_digest

    site_logo = PPIDImage(title="Logo", collection=Collection.get_first_root_node())
    site_logo.file.save("logo.png", ContentFile(encoded(logo(SITE_LOGO), "PNG")), save=False)
    site_logo.save()
    office = PPIDSettings.for_site(home_page().get_site())
    office.logo = site_logo
    office.save()
    record_initial_approval(home_page().get_site(), "set-up")

    logos = [encoded(logo(LOGO), "PNG"), encoded(logo(SITE_LOGO), "PNG")]
    report = make_document(
        "Laporan audit", letterhead(logos, FINDINGS, photos=[encoded(scene(PHOTO))])
    )
    return make_entry(
        index, "Hasil Audit Keamanan", category=DipCategory.DIKECUALIKAN, documents=(report,)
    )


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("foto.jpg", lambda: encoded(scene(PHOTO), quality=70)),  # taken out, as an image
        ("foto.png", lambda: encoded(scene(PHOTO).resize((320, 240)), "PNG")),
        ("lampiran.pdf", lambda: pdf_pictures([encoded(scene(PHOTO))], *COVER)),  # in a letter
        ("potongan.jpg", lambda: encoded(scene(PHOTO).crop((100, 80, 484, 368)))),  # cropped
    ],
)
def test_the_photo_of_an_exempt_document_is_refused(exempt_report, filename, content):
    assert outgoing.holds_exempt_information(content(), filename)


def test_the_letterhead_logo_and_the_site_logo_still_go(exempt_report):
    """In every public letter, and on every public page: no exempt information."""
    for seed in (LOGO, SITE_LOGO):
        letter = letterhead([encoded(logo(seed), "PNG")], ["Surat lain.", *COVER[:3]])
        assert not outgoing.holds_exempt_information(letter, "surat.pdf")
        assert not outgoing.holds_exempt_information(encoded(logo(seed), "PNG"), "logo.png")
    other = letterhead([encoded(logo(LOGO), "PNG")], COVER, photos=[encoded(scene(31))])
    assert not outgoing.holds_exempt_information(other, "laporan.pdf")
