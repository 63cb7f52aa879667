"""The text inside pictures, read with tesseract (OCR), for the exempt-information matcher.

A scanned exempt letter (an image-only PDF, a JPEG) and a typed transcript of it, or an exempt
text document and a screenshot or photo of it, hold the same information in different forms:
exempt_content compares the words read here with the text of the other side, in the same
content-word fingerprint, both ways.

The pictures of an image file (a tall one in tiles, its blank bands closed up: image_pngs), or
those of a document that may hold text (extract.text_pictures: at least 100 pixels each way,
and narrow strips of text lines joined into pages, read in the extraction worker), are read
grey, at most READ_SIDE pixels on their longer side, at most MAX_PICTURES per file, each by
Debian's `tesseract` (`-l ind+eng`) in its own process with TIME_LIMIT seconds and one thread.
What is read is kept by the picture's SHA-256 (content-addressed, never stale). Bounded cost:
at most MAX_PICTURES tesseract runs for a document, MAX_TILES for an image file.

Without tesseract (or its `ind` and `eng` data) nothing can be read. EXEMPT_PICTURE_TEXT_REQUIRED
(True in production) then makes every picture "unread": a file whose pictures must be compared
with exempt text is refused as not checkable (deny by default), and the system check
ppid.E013 stops production from starting; in development (`make run`, the demo) it is False
and the check only warns (ppid.W013): pictures then pass on their pixels alone. A picture
tesseract failed on or did not finish in time is unread whatever the setting.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache

TESSERACT = "tesseract"
LANGUAGES = "ind+eng"
TIME_LIMIT = 20  # seconds per picture
READ_SIDE = 2400  # pixels: an A4 page at about 200 dpi, enough for body text
MAX_PICTURES = 30  # per file: a scanned letter or report of a few dozen pages
# An image file larger than this is not decoded, and is unread (deny by default): Pillow's own
# bound (Image.MAX_IMAGE_PIXELS), up to which exempt_content.image_hashes decodes it anyway.
MAX_IMAGE_PIXELS = 89_478_485
CACHE_PREFIX = "ppid.picture_text.v2."
# A tall image (a long screenshot, a scroll: taller than TILE_RATIO times its width) is not
# shrunk whole to READ_SIDE, which left its text a few pixels high: its blank bands longer than
# BLANK_GAP pixels are closed up to BLANK_GAP (lines spread far apart come together), and what
# is still tall is read in tiles of TILE_RATIO times its width, overlapping by TILE_OVERLAP of a
# tile (a line cut at one edge is whole in the next), at most MAX_TILES per image: past them
# the image is unread (deny by default). Cost: at most MAX_TILES tesseract runs per image.
TILE_RATIO = 1.5  # an A4 page is 1.41 times as tall as wide
TILE_OVERLAP = 0.1
MAX_TILES = 12
BLANK_GAP = 24
INK = 48  # a pixel this much darker or lighter than the background is ink


@dataclass(frozen=True)
class PictureText:
    text: str = ""
    unread: bool = False  # some picture's text could not be read (see the module)


@lru_cache(maxsize=1)
def tesseract_ready() -> bool:
    """Whether tesseract runs here with the Indonesian and English data."""
    path = shutil.which(TESSERACT)
    if not path:
        return False
    try:
        listed = subprocess.run(  # noqa: S603 - a fixed program and arguments
            [path, "--list-langs"], capture_output=True, timeout=TIME_LIMIT, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    languages = set((listed.stdout + listed.stderr).decode(errors="replace").split())
    return {"ind", "eng"} <= languages


def required() -> bool:
    return bool(getattr(settings, "EXEMPT_PICTURE_TEXT_REQUIRED", True))


def read_picture(png: bytes) -> str | None:
    """The text tesseract reads in one picture (PNG); None when it could not be read. A
    picture whose reading looks garbled (garbled: a page turned a quarter or upside down reads
    as letters without words) is turned as tesseract's orientation detection says and read
    again: at most two more tesseract runs for it."""
    key = CACHE_PREFIX + hashlib.sha256(png).hexdigest()
    found = cache.get(key)
    if found is not None:
        return found
    done = tesseract(png, "-l", LANGUAGES)
    if done is None:
        return None
    found = done.decode("utf-8", errors="replace")
    if garbled(found) and (turn := orientation(png)):
        again = tesseract(turned(png, turn), "-l", LANGUAGES)
        if again is not None:
            found = again.decode("utf-8", errors="replace")
    cache.set(key, found, None)
    return found


def tesseract(png: bytes, *arguments: str) -> bytes | None:
    """What tesseract writes for one picture (PNG, on stdin); None when it failed or did not
    finish within TIME_LIMIT."""
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program and arguments; picture on stdin
            [shutil.which(TESSERACT) or TESSERACT, "stdin", "stdout", *arguments],
            input=png,
            capture_output=True,
            timeout=TIME_LIMIT,
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


# Text of a language reads with its small words (yang, dan, di...: exempt_content.STOP_WORDS)
# among the others; fewer than this share of them in GARBLED_WORDS or more words is no reading.
GARBLED_SHARE = 0.05
GARBLED_WORDS = 12
ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)


def garbled(text: str) -> bool:
    from .exempt_content import STOP_WORDS, words_of

    words = [word for word in words_of(text) if len(word) >= 2 and not word.isdigit()]
    if len(words) < GARBLED_WORDS:
        return False
    return sum(word in STOP_WORDS for word in words) < GARBLED_SHARE * len(words)


def orientation(png: bytes) -> int:
    """The quarter turns (90, 180, 270 degrees clockwise) that make the picture upright, as
    tesseract's orientation detection (`--psm 0`, its `osd` data) says; 0 when it cannot."""
    done = tesseract(png, "--psm", "0", "-l", "osd")
    found = ROTATE.search(done.decode(errors="replace")) if done else None
    turn = int(found.group(1)) if found else 0
    return turn if turn in (90, 180, 270) else 0


def turned(png: bytes, turn: int) -> bytes:
    """The picture turned `turn` degrees clockwise."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        out = io.BytesIO()
        image.rotate(-turn, expand=True, fillcolor=255).save(out, format="PNG")
        return out.getvalue()


def image_pngs(content: bytes) -> list[bytes] | None:
    """An image file as grey PNGs of at most READ_SIDE pixels: one, or the tiles of a tall
    image (read_tiles); [] when it is no image, None when it cannot be read whole (more than
    MAX_IMAGE_PIXELS, or more than MAX_TILES tiles)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                return None
            if image.height <= image.width * TILE_RATIO:
                image.draft("L", (READ_SIDE, READ_SIDE))
                return [png_of(image.convert("L"))]
            tiles = read_tiles(close_up(image.convert("L")))
            return None if tiles is None else [png_of(tile) for tile in tiles]
    except Image.DecompressionBombError:
        return None
    except (UnidentifiedImageError, OSError, ValueError):
        return []


def png_of(grey) -> bytes:
    """A grey picture as PNG, its longer side at most READ_SIDE."""
    from PIL import Image

    grey.thumbnail((READ_SIDE, READ_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    grey.save(out, format="PNG")
    return out.getvalue()


def close_up(grey):
    """`grey` with every band of blank rows (no ink: INK from the background, its commonest
    shade) longer than BLANK_GAP closed up to BLANK_GAP rows."""
    from PIL import Image

    histogram = grey.histogram()
    background = histogram.index(max(histogram))
    ink = grey.point(lambda value: 255 if abs(value - background) > INK else 0)
    _columns, rows = ink.getprojection()
    bands, start, blank = [], 0, 0
    for y, inked in enumerate(rows):
        if inked:
            if blank > BLANK_GAP:
                bands.append((start, y - blank + BLANK_GAP))
                start = y
            blank = 0
        else:
            blank += 1
    bands.append((start, len(rows) - max(0, blank - BLANK_GAP)))
    height = sum(bottom - top for top, bottom in bands)
    if height >= grey.height:
        return grey
    closed = Image.new("L", (grey.width, height), background)
    top = 0
    for first, last in bands:
        closed.paste(grey.crop((0, first, grey.width, last)), (0, top))
        top += last - first
    return closed


def read_tiles(grey) -> list | None:
    """`grey` cut in tiles of TILE_RATIO times its width (overlapping by TILE_OVERLAP), or
    itself when it is not taller; None when it would take more than MAX_TILES."""
    tile = int(grey.width * TILE_RATIO)
    if grey.height <= tile:
        return [grey]
    step = max(1, int(tile * (1 - TILE_OVERLAP)))
    tops = list(range(0, grey.height - tile + step, step))
    if len(tops) > MAX_TILES:
        return None
    return [grey.crop((0, top, grey.width, min(top + tile, grey.height))) for top in tops]


def picture_text(content: bytes, filename: str) -> PictureText:
    """The text read in the pictures of a file: the image itself, or the pictures of a
    document that may hold text."""
    from moderation.documents import UPLOAD_LIMITS
    from moderation.privacy.extract import text_pictures
    from moderation.privacy.extract_readers import document_kind

    if document_kind(filename):
        pictures = text_pictures(content, filename, UPLOAD_LIMITS, READ_SIDE, MAX_PICTURES)
        if pictures is None:
            return PictureText(unread=True)
    else:
        pictures = image_pngs(content)
        if pictures is None:
            return PictureText(unread=True)
    if not pictures:
        return PictureText()
    if not tesseract_ready():
        return PictureText(unread=required())
    texts = [read_picture(png) for png in pictures[:MAX_PICTURES]]
    unread = len(pictures) > MAX_PICTURES or any(text is None for text in texts)
    return PictureText("\n".join(text for text in texts if text), unread)
