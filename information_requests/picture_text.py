"""The text inside pictures, read with tesseract (OCR), for the exempt-information matcher.

A scanned exempt letter (an image-only PDF, a JPEG) and a typed transcript of it, or an exempt
text document and a screenshot or photo of it, hold the same information in different forms:
exempt_content compares the words read here with the text of the other side, in the same
content-word fingerprint, both ways.

The pictures of an image file, or those of a document that may hold text (extract.
text_pictures: at least 100 pixels each way, read in the extraction worker), are read grey, at
most READ_SIDE pixels on their longer side, at most MAX_PICTURES per file, each by Debian's
`tesseract` (`-l ind+eng`) in its own process with TIME_LIMIT seconds and one thread. What is
read is kept by the picture's SHA-256 (content-addressed, never stale).

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
MAX_IMAGE_PIXELS = 40_000_000  # an image file larger than this is not decoded
CACHE_PREFIX = "ppid.picture_text.v1."


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
    """The text tesseract reads in one picture (PNG); None when it could not be read."""
    key = CACHE_PREFIX + hashlib.sha256(png).hexdigest()
    found = cache.get(key)
    if found is not None:
        return found
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program and arguments; picture on stdin
            [shutil.which(TESSERACT) or TESSERACT, "stdin", "stdout", "-l", LANGUAGES],
            input=png,
            capture_output=True,
            timeout=TIME_LIMIT,
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    found = done.stdout.decode("utf-8", errors="replace")
    cache.set(key, found, None)
    return found


def image_png(content: bytes) -> bytes | None:
    """An image file as a grey PNG of at most READ_SIDE pixels; None when it is no image."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                return None
            image.draft("L", (READ_SIDE, READ_SIDE))
            grey = image.convert("L")
            grey.thumbnail((READ_SIDE, READ_SIDE), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            grey.save(out, format="PNG")
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


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
        png = image_png(content)
        pictures = [png] if png else []
    if not pictures:
        return PictureText()
    if not tesseract_ready():
        return PictureText(unread=required())
    texts = [read_picture(png) for png in pictures[:MAX_PICTURES]]
    unread = len(pictures) > MAX_PICTURES or any(text is None for text in texts)
    return PictureText("\n".join(text for text in texts if text), unread)
