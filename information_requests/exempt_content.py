"""Exempt information recognised by its content, not only by its bytes.

The service refuses a file whose SHA-256 is that of an exempt (dikecualikan) document or image
(`outgoing.holds_exempt_information`). The same information in other bytes passed: the exempt PDF
printed again, saved as DOCX, one page of it cut out, the photo re-encoded as JPEG. Here a text
is compared by its 5-word shingles with the text of every exempt document (a file holding half
of an exempt document's shingles, made for the most part of them, or holding a passage of it of
some 50 words inside other text, is that information; a common sentence is not; the words are
read as a reader sees them: invisible characters and look-alike letters do not hide them) and
an image by its difference hashes in its eight orientations (64 bits; a re-encoded, rescaled,
turned or mirrored copy stays within a few bits), whatever the file is called; a cropped copy is
found by sliding windows of its shape over the exempt picture (moderation.privacy.pictures).

The fingerprints of an exempt file are cached by its SHA-256: content-addressed, never stale.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field

from django.core.cache import cache

from moderation.documents import UPLOAD_LIMITS
from moderation.privacy.extract import ERROR, embedded_pictures, extract
from moderation.privacy.extract_readers import document_kind
from moderation.privacy.pictures import (
    MAX_PICTURES,
    Thumbnail,
    is_crop_of,
    orientations,
    read_thumbnail,
)

SHINGLE_WORDS = 5
MIN_SHINGLES = 12  # shorter texts (a title, a stamp) say too little to be recognised
HOLDS_MOST_OF_IT = 0.5  # of the exempt document's shingles found in the file
MADE_OF_IT = 0.8  # of the file's shingles that come from one exempt document
# A file made of exempt text must share at least this many shingles with it (about 45 words,
# three or four sentences): a letterhead and a closing formula shared with an exempt letter are
# not the exempt information.
MIN_SHARED = 40
# An excerpt inside other text: a run of EXCERPT_WINDOW consecutive shingles of the file (about
# 54 words) of which EXCERPT_SHARED come from the exempt document (a few words changed are
# tolerated; common phrases scattered through a long text never fill a window).
EXCERPT_WINDOW = 50
EXCERPT_SHARED = 40
IMAGE_BITS_APART = 10  # of 64: a re-encoded, rescaled or lightly retouched copy
WORD = re.compile(r"\w+")
CACHE_PREFIX = "ppid.exempt_content.v3."
# Crop searches (one picture of the file in one exempt picture, about a quarter of a second)
# for one file, all exempt pictures together. Every picture of the file is searched; a file
# needing more is not passed unsearched: it needs review (CropBudget.exhausted).
MAX_CROP_SEARCHES = 96


@dataclass(frozen=True)
class Fingerprint:
    shingles: frozenset[int] = frozenset()
    image_hashes: frozenset[int] = frozenset()
    ordered: tuple[int, ...] = ()  # the file's shingles in reading order (candidates only)
    pictures: tuple[Thumbnail, ...] = ()  # grey thumbnails, to find a crop
    # a document whose pictures could not all be read (more than MAX_PICTURES, or unreadable):
    # not passed when there are exempt pictures to compare them with
    unread_pictures: bool = False


@dataclass
class CropBudget:
    """The crop searches left for one file (MAX_CROP_SEARCHES); `exhausted` when some were
    needed beyond them."""

    left: int = field(default_factory=lambda: MAX_CROP_SEARCHES)
    exhausted: bool = False


# Latin look-alikes people (and converters) put in words: Cyrillic and Greek letters.
CONFUSABLES = str.maketrans(
    "аеорсхуіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcxyijsdhlqwABEKMHOPCTXYIJSabeiknoptuxABEZHIKMNOPTYX",
)


def words_of(text: str) -> list[str]:
    """The words of `text` as a reader sees them: compatibility forms folded (NFKC), invisible
    format characters (zero-width spaces and joiners, soft hyphens) dropped, Latin look-alikes
    mapped to Latin, case folded."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    return WORD.findall(text.translate(CONFUSABLES).casefold())


def shingles(text: str) -> frozenset[int]:
    return frozenset(ordered_shingles(text))


def ordered_shingles(text: str) -> tuple[int, ...]:
    words = words_of(text)
    return tuple(
        int.from_bytes(
            hashlib.blake2b(
                " ".join(words[i : i + SHINGLE_WORDS]).encode(), digest_size=8
            ).digest()
        )
        for i in range(max(len(words) - SHINGLE_WORDS + 1, 0))
    )


def image_hashes(content: bytes) -> frozenset[int]:
    """The difference hashes of an image in its eight orientations (turned by 90 degrees,
    mirrored): a copy turned or flipped is the same picture. Empty when it is no image."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            grey = image.convert("L")
            turns = [grey.rotate(90 * quarter, expand=True) for quarter in range(4)]
            views = turns + [turn.transpose(Image.Transpose.FLIP_LEFT_RIGHT) for turn in turns]
            return frozenset(difference_hash(view) for view in views)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return frozenset()


def difference_hash(image) -> int:
    """9x8 greyscale, one bit per neighbour pair."""
    from PIL import Image

    pixels = image.resize((9, 8), Image.Resampling.LANCZOS).tobytes()
    bits = 0
    for row in range(8):
        for column in range(8):
            left, right = pixels[row * 9 + column], pixels[row * 9 + column + 1]
            bits = (bits << 1) | (left > right)
    return bits


def fingerprint(content: bytes, filename: str, candidate: bool = False) -> Fingerprint:
    """Text shingles of a document the scanner reads; otherwise the picture's hashes, judged by
    the content whatever the file is called (.jfif, .heic, no extension). For a `candidate`
    (a file about to be given out) also its shingles in reading order, to find an excerpt,
    and the pictures inside a document, to find an exempt photo placed in a PDF or DOCX. (The
    pictures of exempt documents are not compared: their letterhead logo is in every letter.)"""
    if document_kind(filename):
        extraction = extract(content, filename, UPLOAD_LIMITS)
        if extraction.status != ERROR:
            sequence = ordered_shingles(extraction.text)
            if not candidate:
                return Fingerprint(shingles=frozenset(sequence))
            read = embedded_pictures(content, filename, UPLOAD_LIMITS)
            pictures = tuple(read or ())[:MAX_PICTURES]
            hashes = frozenset().union(*(picture_hashes(picture) for picture in pictures))
            return Fingerprint(
                shingles=frozenset(sequence),
                ordered=sequence,
                image_hashes=hashes,
                pictures=pictures,
                unread_pictures=read is None or len(read) > MAX_PICTURES,
            )
    hashes = image_hashes(content)
    thumbnail = read_thumbnail(content) if hashes else None
    return Fingerprint(image_hashes=hashes, pictures=(thumbnail,) if thumbnail else ())


def picture_hashes(picture: Thumbnail) -> frozenset[int]:
    return frozenset(difference_hash(view) for view in orientations(picture.image()))


def cached_fingerprint(content: bytes, filename: str) -> Fingerprint:
    key = CACHE_PREFIX + hashlib.sha256(content).hexdigest() + "." + filename.rsplit(".", 1)[-1]
    found = cache.get(key)
    if found is None:
        found = fingerprint(content, filename)
        cache.set(key, found, None)
    return found


def same_information(
    candidate: Fingerprint, exempt: Fingerprint, budget: CropBudget | None = None
) -> bool:
    budget = budget if budget is not None else CropBudget()
    if exempt.image_hashes and candidate.unread_pictures:
        budget.exhausted = True  # pictures that were not read are not passed
    if candidate.image_hashes and exempt.image_hashes and same_picture(candidate, exempt, budget):
        return True
    if len(exempt.shingles) < MIN_SHINGLES or len(candidate.shingles) < MIN_SHINGLES:
        return False
    shared = len(candidate.shingles & exempt.shingles)
    if shared >= HOLDS_MOST_OF_IT * len(exempt.shingles):
        return True
    if shared >= MIN_SHARED and shared >= MADE_OF_IT * len(candidate.shingles):
        return True
    return shared >= EXCERPT_SHARED and holds_an_excerpt(candidate.ordered, exempt.shingles)


def same_picture(candidate: Fingerprint, exempt: Fingerprint, budget: CropBudget) -> bool:
    """The whole picture within a few bits in one of its orientations, or a crop of the
    exempt picture (pictures.is_crop_of: a part of at least a third of its width or height),
    every picture of the file searched while the budget lasts."""
    if any(
        (mine ^ theirs).bit_count() <= IMAGE_BITS_APART
        for mine in candidate.image_hashes
        for theirs in exempt.image_hashes
    ):
        return True
    for mine in candidate.pictures:
        for theirs in exempt.pictures:
            if budget.left <= 0:
                budget.exhausted = True
                return False
            budget.left -= 1
            if is_crop_of(mine, theirs):
                return True
    return False


def holds_an_excerpt(ordered: tuple[int, ...], exempt: frozenset[int]) -> bool:
    """Some EXCERPT_WINDOW consecutive shingles of the file hold EXCERPT_SHARED of the exempt
    document's: a passage copied (lightly edited) into other text. One pass, O(n)."""
    inside = [shingle in exempt for shingle in ordered]
    count = sum(inside[:EXCERPT_WINDOW])
    if count >= EXCERPT_SHARED:
        return True
    for index in range(EXCERPT_WINDOW, len(inside)):
        count += inside[index] - inside[index - EXCERPT_WINDOW]
        if count >= EXCERPT_SHARED:
            return True
    return False
