"""Exempt information recognised by its content, not only by its bytes.

The service refuses a file whose SHA-256 is that of an exempt (dikecualikan) document or image
(`outgoing.exempt_file_hashes`). The same information in other bytes passed: the exempt PDF
printed again, saved as DOCX, one page of it cut out, the photo re-encoded as JPEG. Here a text
is compared by its 5-word shingles with the text of every exempt document (a file holding half
of an exempt document's shingles, or made for the most part of them, is that information) and
an image by its difference hash (64 bits; a re-encoded or rescaled copy stays within a few bits).

The fingerprints of an exempt file are cached by its SHA-256: content-addressed, never stale.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass

from django.core.cache import cache

from moderation.documents import UPLOAD_LIMITS
from moderation.privacy.extract import ERROR, extract
from moderation.privacy.extract_readers import document_kind

SHINGLE_WORDS = 5
MIN_SHINGLES = 12  # shorter texts (a title, a stamp) say too little to be recognised
HOLDS_MOST_OF_IT = 0.5  # of the exempt document's shingles found in the file
MADE_OF_IT = 0.8  # of the file's shingles that come from one exempt document
IMAGE_BITS_APART = 10  # of 64: a re-encoded, rescaled or lightly retouched copy
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff")
WORD = re.compile(r"\w+")
CACHE_PREFIX = "ppid.exempt_content."


@dataclass(frozen=True)
class Fingerprint:
    shingles: frozenset[int] = frozenset()
    image_hash: int | None = None


def shingles(text: str) -> frozenset[int]:
    words = WORD.findall(text.casefold())
    return frozenset(
        int.from_bytes(
            hashlib.blake2b(
                " ".join(words[i : i + SHINGLE_WORDS]).encode(), digest_size=8
            ).digest()
        )
        for i in range(max(len(words) - SHINGLE_WORDS + 1, 0))
    )


def image_hash(content: bytes) -> int | None:
    """The difference hash of an image (9x8 greyscale, one bit per neighbour pair)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            small = image.convert("L").resize((9, 8), Image.Resampling.LANCZOS)
            pixels = small.tobytes()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    bits = 0
    for row in range(8):
        for column in range(8):
            left, right = pixels[row * 9 + column], pixels[row * 9 + column + 1]
            bits = (bits << 1) | (left > right)
    return bits


def is_image(filename: str) -> bool:
    return filename.rsplit(".", 1)[-1].lower() in IMAGE_EXTENSIONS


def fingerprint(content: bytes, filename: str) -> Fingerprint:
    if is_image(filename):
        return Fingerprint(image_hash=image_hash(content))
    if not document_kind(filename):
        return Fingerprint()
    extraction = extract(content, filename, UPLOAD_LIMITS)
    if extraction.status == ERROR:
        return Fingerprint()
    return Fingerprint(shingles=shingles(extraction.text))


def cached_fingerprint(content: bytes, filename: str) -> Fingerprint:
    key = CACHE_PREFIX + hashlib.sha256(content).hexdigest() + "." + filename.rsplit(".", 1)[-1]
    found = cache.get(key)
    if found is None:
        found = fingerprint(content, filename)
        cache.set(key, found, None)
    return found


def same_information(candidate: Fingerprint, exempt: Fingerprint) -> bool:
    if candidate.image_hash is not None and exempt.image_hash is not None:
        return (candidate.image_hash ^ exempt.image_hash).bit_count() <= IMAGE_BITS_APART
    if len(exempt.shingles) < MIN_SHINGLES or len(candidate.shingles) < MIN_SHINGLES:
        return False
    shared = len(candidate.shingles & exempt.shingles)
    return shared >= HOLDS_MOST_OF_IT * len(exempt.shingles) or shared >= MADE_OF_IT * len(
        candidate.shingles
    )
