"""Issue 13 (attack13q): exempt text in pictures laid out so that the OCR path never read it,
while a person reads it at once. A PDF whose pages are strips of one line each (60 px high:
text_pictures kept only pictures at least 100 px each way) and a tall PNG with a line every
900 px (shrunk whole to READ_SIDE, its text 3 px high; and over the pixel bound, so not decoded
at all) passed exempt_verdict. Now strips are joined into pages (extract_pictures.join_strips),
a tall image has its blank bands closed up and is read in tiles (picture_text.image_pngs), and
an image that cannot be read whole within the bounds (MAX_IMAGE_PIXELS, MAX_TILES) is unread:
refused as not checkable; a page turned a quarter that read as garbage is turned upright by
tesseract's orientation detection and read again. Each test fails on the old code (the quarter
turn: verdict None on this machine). A paraphrase of an exempt report is out of reach of a word
comparison (not tested)."""

import io
import os
import textwrap

import pytest
from PIL import Image, ImageDraw, ImageFont

from information_requests import outgoing, picture_text
from ppid_pages.models.dip import DipCategory
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes
from tests.information_requests.test_exempt_near_copies import AUDIT, COVER

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not picture_text.tesseract_ready(), reason="no tesseract (ind, eng)"),
]

FONT = 30


def lines_of(text_lines, width=60):
    return [part for line in text_lines for part in textwrap.wrap(line, width)]


def strip(line: str) -> Image.Image:
    picture = Image.new("L", (1240, 60), 255)
    ImageDraw.Draw(picture).text((20, 12), line, fill=25, font=ImageFont.load_default(size=FONT))
    return picture


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG")
    return out.getvalue()


def strips_pdf(text_lines) -> bytes:
    strips = [strip(line).convert("RGB") for line in lines_of(text_lines)]
    out = io.BytesIO()
    strips[0].save(out, "PDF", save_all=True, append_images=strips[1:], resolution=150)
    return out.getvalue()


def scroll(text_lines, spacing: int) -> bytes:
    parts = lines_of(text_lines)
    picture = Image.new("L", (1240, spacing * len(parts)), 255)
    draw = ImageDraw.Draw(picture)
    for index, line in enumerate(parts):
        draw.text(
            (40, spacing * index + spacing // 2),
            line,
            fill=25,
            font=ImageFont.load_default(size=FONT),
        )
    return png(picture)


@pytest.fixture
def exempt_text(db):
    return make_entry(
        make_dip_index(),
        "Hasil Audit Keamanan",
        category=DipCategory.DIKECUALIKAN,
        documents=(make_document("Audit", pdf_bytes(*AUDIT)),),
    )


def test_a_pdf_of_line_strips_is_refused(exempt_text):
    assert outgoing.exempt_verdict(strips_pdf(AUDIT), "laporan.pdf") == outgoing.EXEMPT
    # an ordinary letter cut the same way goes
    assert outgoing.exempt_verdict(strips_pdf(COVER), "surat.pdf") is None


def test_a_tall_png_with_spaced_lines_is_refused(exempt_text):
    """A line every 900 px (41 million pixels: it was not even decoded) and every 400 px."""
    for spacing in (900, 400):
        found = outgoing.exempt_verdict(scroll(AUDIT, spacing), "tangkapan-layar.png")
        assert found == outgoing.EXEMPT, spacing


def test_a_picture_too_tall_to_read_within_the_bounds_is_not_passed(exempt_text):
    """No blank band to close up: more than MAX_TILES tiles, refused as not checkable."""
    noise = os.urandom(400 * 400 * 2 * (picture_text.MAX_TILES + 2))
    picture = Image.frombytes("L", (400, len(noise) // 400), noise)
    assert outgoing.exempt_verdict(png(picture), "gulungan.png") == outgoing.UNCHECKED


def test_a_scan_turned_a_quarter_is_refused(exempt_text):
    """Read as it lies, the page is letters without words (picture_text.garbled); tesseract's
    orientation detection turns it upright and it is read again."""
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    for index, line in enumerate(lines_of(AUDIT)):
        draw.text((90, 90 + 45 * index), line, fill=25, font=ImageFont.load_default(size=FONT))
    turned = page.rotate(90, expand=True, fillcolor=255)
    assert outgoing.exempt_verdict(png(turned), "foto.png") == outgoing.EXEMPT
