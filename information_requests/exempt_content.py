"""Exempt information recognised by its content, not only by its bytes.

The service refuses a file whose SHA-256 is that of an exempt (dikecualikan) document or image
(`outgoing.holds_exempt_information`). The same information in other bytes passed: the exempt PDF
printed again, saved as DOCX, one page of it cut out, the photo re-encoded as JPEG. Here a text
is compared by its content words (content_words: read as a reader sees them, invisible
characters and look-alike letters do not hide them; the words of every official letter and
legal reference left out, STOP_WORDS) with the text of every exempt document, by pairs of
content words at most PAIR_GAP apart (unordered): a filler word put between the words, or two
words swapped, leave most pairs whole. A file holding half of an exempt document's words, or a
passage of about EXCERPT_MATCHED content words of it (some two sentences) inside other text, is
that information; a letterhead, a closing formula or a legal reference is not; and
an image by its difference hashes in its eight orientations (64 bits; a re-encoded, rescaled,
turned or mirrored copy stays within a few bits), whatever the file is called; a cropped copy is
found by sliding windows of its shape over the exempt picture, and the exempt picture placed
inside a larger one (a collage of up to 4 x 4, a poster, a frame; tilted or inverted too) by
sliding windows of the exempt picture's shape over it (moderation.privacy.pictures). The text
in pictures (a scanned exempt letter, a screenshot of an exempt text) is read with tesseract
(picture_text) and compared as text, both ways.
What the public has is never exempt information (public_content: the pictures and word pairs
of every released document or image that is not exempt, the approved logo): the letterhead
logo, the stamp, a template's labels and notice of an exempt letter are on public letters too,
its photo and its findings are not.

The fingerprints of an exempt file are cached by its SHA-256: content-addressed, never stale.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q

from information_requests.picture_text import PictureText, picture_text, tesseract_ready
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

MIN_WORDS = 12  # shorter texts (a title, a stamp) say too little to be recognised
HOLDS_MOST_OF_IT = 0.5  # of the exempt document's content words found in the file
# Two content words of a text at most PAIR_GAP apart make a pair (in either order): a word
# inserted after every word or two, a word dropped, two words swapped keep most pairs.
PAIR_GAP = 3
# An excerpt inside other text: EXCERPT_WINDOW consecutive content words of the file of which
# EXCERPT_MATCHED are paired, as in the exempt document, with a word near them (a sentence or
# two; fillers inserted take room in the window, not pairs away). A letterhead, a legal
# reference and a closing formula are mostly STOP_WORDS and never fill a window together.
EXCERPT_WINDOW = 50
EXCERPT_MATCHED = 25
IMAGE_BITS_APART = 10  # of 64: a re-encoded, rescaled or lightly retouched copy
WORD = re.compile(r"\w+")
CACHE_PREFIX = "ppid.exempt_content.v8."
# Crop searches (one picture of the file in one exempt picture, or one exempt picture in one
# picture of the file; about a tenth to a quarter of a second each)
# for one file, all exempt pictures together. Every picture of the file is searched; a file
# needing more is not passed unsearched: it needs review (CropBudget.exhausted).
MAX_CROP_SEARCHES = 96


@dataclass(frozen=True)
class Fingerprint:
    words: tuple[int, ...] = ()  # the content words (hashed) in reading order
    pairs: frozenset[int] = frozenset()  # their pairs (word_pairs)
    image_hashes: frozenset[int] = frozenset()
    pictures: tuple[Thumbnail, ...] = ()  # grey thumbnails, to find a crop
    # a document whose pictures could not all be read (more than MAX_PICTURES, or unreadable):
    # not passed when there are exempt pictures to compare them with
    unread_pictures: bool = False
    # pictures whose text could not be read (picture_text): not passed when there is text to
    # compare them with
    unread_text: bool = False


@dataclass
class CropBudget:
    """The crop searches left for one file (MAX_CROP_SEARCHES); `exhausted` when some were
    needed beyond them."""

    left: int = field(default_factory=lambda: MAX_CROP_SEARCHES)
    exhausted: bool = False


# Latin look-alikes people (and converters) put in words: Cyrillic, Greek and Armenian letters,
# the dotless i and j.
CONFUSABLES = str.maketrans(
    "аеорсхуіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧıȷօսոհացզ",
    "aeopcxyijsdhlqwABEKMHOPCTXYIJSabeiknoptuxABEZHIKMNOPTYXijounhwgq",
)
# Characters a reader does not see inside a word: combining marks (an accent, the combining
# grapheme joiner, variation selectors: categories Mn and Me, after NFKD), format characters
# (zero-width spaces and joiners, soft hyphens: Cf) and the blank "letters" (Hangul fillers,
# the braille blank).
UNSEEN = frozenset({"Mn", "Me", "Cf"})
BLANK_LETTERS = dict.fromkeys(map(ord, "\u115f\u1160\u3164\uffa0\u2800"))
# A hyphen inside a word ("pe-riksa", a line broken as "pemerik-\nsaan"): the word is whole;
# a word said twice ("Undang-Undang", "kata-kata") stays two words.
WORD_HYPHEN = re.compile(
    r"\b([^\W\d_]+)[-\u2010\u2011\u2012\u2013\u00ad](?:[ \t]*\n[ \t]*)?([^\W\d_]+)\b"
)


def close_up(match: re.Match) -> str:
    first, second = match.groups()
    return f"{first} {second}" if first.casefold() == second.casefold() else first + second


def words_of(text: str) -> list[str]:
    """The words of `text` as a reader sees them: compatibility forms folded and accents taken
    off (NFKD), unseen characters dropped (UNSEEN, BLANK_LETTERS), Latin look-alikes mapped to
    Latin, hyphens inside words closed up, case folded."""
    text = unicodedata.normalize("NFKD", text).translate(BLANK_LETTERS)
    text = "".join(char for char in text if unicodedata.category(char) not in UNSEEN)
    text = WORD_HYPHEN.sub(close_up, unicodedata.normalize("NFC", text))
    return WORD.findall(text.translate(CONFUSABLES).casefold())


# Words that carry no information of their own: Indonesian function words, the words of every
# official letter (salutation, closing formula, dates) and legal reference (UU KIP, the PPID,
# articles and numbers), and the defaults document makers write into a file's information.
# Shared with an exempt letter, they are no copy of it; nor is the office's own letterhead
# (office_words: its approved name, address and contacts).
STOP_TEXT = """
    yang dan di ke dari untuk pada dengan dalam atas oleh ini itu tersebut atau serta juga
    akan telah sudah belum tidak bukan ada adalah ialah merupakan sebagai bagi kepada terhadap
    tentang hingga sampai sejak agar supaya karena sehingga maka namun tetapi jika apabila bila
    bahwa saat ketika setelah sebelum selama antara para pun lah nya sebuah seorang suatu
    setiap semua seluruh beberapa lebih kurang sangat hanya masih dapat bisa harus perlu kami
    kita saya anda beliau mereka dia kamu saudara saudari bapak ibu yth hormat demikian terima
    kasih perhatian diucapkan sampaikan disampaikan menyampaikan berdasarkan sesuai sebagaimana
    dimaksud berikut yaitu yakni lain dll dsb tsb nomor tahun tanggal tgl pasal ayat huruf
    angka undang peraturan pemerintah pemerintahan keputusan kabupaten kota provinsi dinas badan
    kantor kepala sekretariat sekretaris bidang seksi jalan telepon telp faks fax laman email
    surel website pos kode pejabat pengelola informasi dokumentasi ppid publik keterbukaan
    komisi republik indonesia negara permohonan pemohon keberatan perihal lampiran sifat
    tembusan mengetahui ttd nip surat atasan bersama menindaklanjuti hari kerja jangka waktu
    januari februari maret april mei juni juli agustus september oktober november desember
    senin selasa rabu kamis jumat sabtu minggu
    anonymous unspecified untitled reportlab microsoft word office libreoffice writer
"""
STOP_WORDS = frozenset(STOP_TEXT.split())


def content_words(text: str) -> list[str]:
    """The words of `text` that say something: of three or more letters or digits, not a
    STOP_WORD."""
    return [word for word in words_of(text) if len(word) >= 3 and word not in STOP_WORDS]


def word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest())


def pair(first: int, second: int) -> int:
    """One number for two words, in either order."""
    low, high = sorted((first, second))
    return hash((low, high))  # ints and tuples of ints hash the same in every process


def word_pairs(words: tuple[int, ...]) -> frozenset[int]:
    return frozenset(
        pair(words[index], words[index + gap])
        for gap in range(1, PAIR_GAP + 1)
        for index in range(len(words) - gap)
    )


def paired(
    words: tuple[int, ...], pairs: frozenset[int], ignored: frozenset[int] = frozenset()
) -> list[bool]:
    """For each word of `words`: whether it makes one of `pairs` with a word at most PAIR_GAP
    before or after it (never an `ignored` word: the office's letterhead)."""
    found = [False] * len(words)
    for gap in range(1, PAIR_GAP + 1):
        for index in range(len(words) - gap):
            first, second = words[index], words[index + gap]
            if pair(first, second) in pairs and first not in ignored and second not in ignored:
                found[index] = found[index + gap] = True
    return found


def office_words() -> frozenset[int]:
    """The content words (hashed) of every site's approved PPID settings that a letterhead
    prints: the office's name, its institution, address, phone, e-mail and other contacts,
    service hours and its PPID Utama. Every letter of the office, exempt or not, carries
    them. Read from the approved values only (moderation.site_settings): a draft cannot
    make words of exempt information pass."""
    from wagtail.models import Site

    from moderation.site_settings import approved_values

    words: set[int] = set()
    for site in Site.objects.all():
        for value in approved_values(site).values():
            if isinstance(value, str):
                words.update(word_hash(word) for word in content_words(value))
    return frozenset(words)


def text_fingerprint(text: str) -> Fingerprint:
    words = tuple(word_hash(word) for word in content_words(text))
    return Fingerprint(words=words, pairs=word_pairs(words))


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


def fingerprint(
    content: bytes, filename: str, candidate: bool = False, read_pictures: bool = False
) -> Fingerprint:
    """The content words and the pictures of a document the scanner reads; otherwise the
    picture's hashes, judged by the content whatever the file is called (.jfif, .heic, no
    extension). The pictures of a document are what finds an exempt photo placed in a PDF or
    DOCX, and, in an exempt document, its photo taken out (the letterhead logo of an exempt
    letter is in every letter: without_public). `candidate`: a file about to be given
    out, whose pictures must all be read (unread_pictures). `read_pictures`: the text in its
    pictures (a scanned page, a screenshot, a photo of a letter) is read too (picture_text)
    and joins the content words: a transcript of a scan, or a scan of a text, is compared."""
    seen = picture_text(content, filename) if read_pictures else PictureText()
    if document_kind(filename):
        extraction = extract(content, filename, UPLOAD_LIMITS)
        if extraction.status != ERROR:
            text = text_fingerprint(extraction.text + "\n" + seen.text)
            pictures, unread = document_pictures(content, filename)
            hashes = frozenset().union(*(picture_hashes(picture) for picture in pictures))
            return Fingerprint(
                words=text.words,
                pairs=text.pairs,
                image_hashes=hashes,
                pictures=pictures,
                unread_pictures=candidate and unread,
                unread_text=seen.unread,
            )
    hashes = image_hashes(content)
    thumbnail = read_thumbnail(content) if hashes else None
    text = text_fingerprint(seen.text) if hashes else Fingerprint()
    return Fingerprint(
        words=text.words,
        pairs=text.pairs,
        image_hashes=hashes,
        pictures=(thumbnail,) if thumbnail else (),
        unread_text=bool(hashes) and seen.unread,
    )


def document_pictures(content: bytes, filename: str) -> tuple[tuple[Thumbnail, ...], bool]:
    """The pictures of a document (at most MAX_PICTURES), and whether some were not read."""
    read = embedded_pictures(content, filename, UPLOAD_LIMITS)
    return tuple(read or ())[:MAX_PICTURES], read is None or len(read) > MAX_PICTURES


def picture_hashes(picture: Thumbnail) -> frozenset[int]:
    return frozenset(difference_hash(view) for view in orientations(picture.image()))


# --- what the public has: never exempt information, wherever else it is ----------------------


# The public was given a file at the audit entry of its release (an entry id: ordered like the
# exemption version entries); a release the chain does not vouch for is taken as given last.
GIVEN_LAST = float("inf")


@dataclass(frozen=True)
class PublicContent:
    """What the public was given that exempt documents hold too: one difference hash per
    picture (the letterhead logo, a stamp), and the pairs of content words (a form's labels, a
    notice printed on every document of a template).

    `released` keeps, per released file, when it was given (its release entry's id), so that
    only what was public before a version became exempt lowers it (before): a piece of an
    exempt text released afterwards is no boilerplate, it may be a leak, and it adds up with
    the next one (released_after, pieces_add_up). `standard`: the pairs of the product's
    standard texts (Pasal 17, its letters' fixed paragraphs) and the pictures of the approved
    logo and favicon, public by nature whenever given. `naskah_pairs`: those of the office's
    released standard texts (Naskah Baku), taken out of an exempt document only while they
    cover at most MAX_STANDARD_SHARE of it (standard_for)."""

    pictures: frozenset[int] = frozenset()
    pairs: frozenset[int] = frozenset()
    released: tuple[tuple[float, frozenset[int], frozenset[int]], ...] = ()
    standard_pictures: frozenset[int] = frozenset()
    standard_pairs: frozenset[int] = frozenset()
    naskah_pairs: frozenset[int] = frozenset()

    def standard_for(self, exempt: Fingerprint | None) -> frozenset[int]:
        """The standard pairs taken out of `exempt`: the product's texts, and the Naskah Baku
        unless together they cover more than MAX_STANDARD_SHARE of it (issue 13, attack13q:
        an exempt report released as overlapping two-sentence standard texts); then none of
        them is (deny by default)."""
        naskah = self.naskah_pairs - self.standard_pairs
        if exempt is None or standard_share(exempt, naskah) <= MAX_STANDARD_SHARE:
            return self.standard_pairs | self.naskah_pairs
        return self.standard_pairs

    def before(self, since: float, exempt: Fingerprint | None = None) -> PublicContent:
        """What the public had when a version became exempt at entry `since`, and the
        standard texts (standard_for `exempt`) and pictures."""
        pictures, pairs = set(self.standard_pictures), set(self.standard_for(exempt))
        for given, file_pictures, file_pairs in self.released:
            if given < since:
                pictures |= file_pictures
                pairs |= file_pairs
        return PublicContent(frozenset(pictures), frozenset(pairs))

    def released_after(self, since: float, exempt: Fingerprint | None = None) -> frozenset[int]:
        """The word pairs of the files given to the public since entry `since`, but the
        standard texts (standard_for `exempt`)."""
        pairs: set[int] = set()
        for given, _pictures, file_pairs in self.released:
            if given >= since:
                pairs |= file_pairs
        return frozenset(pairs) - self.standard_for(exempt)


# The office's standard texts (Naskah Baku) together never take out more than this share of an
# exempt document's content words: a standard preface, a contract's conditions, a quoted
# statute are a part of a document, not most of it. Beyond it none is taken out of that
# document, and an approval that would pass it is refused (standard_texts.overlap).
MAX_STANDARD_SHARE = 0.25


def standard_share(exempt: Fingerprint, pairs: frozenset[int]) -> float:
    """The share of `exempt`'s content words that `pairs` pair as there."""
    if not exempt.words or not pairs & exempt.pairs:
        return 0.0
    return sum(paired(exempt.words, pairs & exempt.pairs)) / len(exempt.words)


def release_entries(assets) -> dict[tuple[type, int], float]:
    """{(model, id): id of the audit entry that released the asset's current version}: the
    latest release entry (moderation.assets.DIGEST_ACTIONS) the chain vouches for, when it
    names the version the row holds; GIVEN_LAST otherwise."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    from integrity.chain import chained_entries
    from moderation.assets import DIGEST_ACTIONS

    by_type: dict[int, dict[str, object]] = {}
    for asset in assets:
        content_type = ContentType.objects.get_for_model(type(asset)).pk
        by_type.setdefault(content_type, {})[str(asset.pk)] = asset
    found: dict[tuple[type, int], float] = {}
    for content_type, rows in by_type.items():
        entries = ModelLogEntry.objects.filter(
            action__in=DIGEST_ACTIONS, content_type_id=content_type, object_id__in=list(rows)
        )
        latest: dict[str, dict] = {}
        for row in sorted(chained_entries(ModelLogEntry, entries), key=lambda row: row["id"]):
            latest[str(row["object_id"])] = row
        for object_id, asset in rows.items():
            row = latest.get(object_id)
            digest = (row["data"] or {}).get("hash") if row else None
            given = row["id"] if digest and digest == asset.approved_digest else GIVEN_LAST
            found[(type(asset), asset.pk)] = given
    return found


def public_content(
    exempt_documents: set[int], exempt_images: set[int], exempt_pairs: frozenset[int]
) -> PublicContent:
    """The pictures and the word pairs (of `exempt_pairs`) of every released document and
    image that is not exempt, each with when it was given (release_entries); the approved logo
    and favicon and the standard texts (standard_texts.standard_pairs) whenever given. Kept
    under the public generation (every release and take-down replaces it); each file's
    fingerprint is kept by its SHA-256."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from moderation.site_settings import approved_settings_images
    from moderation.snapshot import MISSING, file_sha256
    from page_cache import generation

    from .standard_texts import approved_pairs, product_pairs

    standard = product_pairs() & exempt_pairs
    naskah = approved_pairs() & exempt_pairs
    token = generation.current()
    wanted = hashlib.sha256(b"".join(p.to_bytes(8, signed=True) for p in sorted(exempt_pairs)))
    wanted.update(b"".join(p.to_bytes(8, signed=True) for p in sorted(standard)))
    wanted.update(b"\x00" + b"".join(p.to_bytes(8, signed=True) for p in sorted(naskah)))
    key = f"{CACHE_PREFIX}public.{token}.{wanted.hexdigest()}" if token else None
    found = cache.get(key) if key else None
    if found is not None:
        return found
    documents = [
        document
        for document in get_document_model()
        .objects.exclude(approved_digest="")
        .exclude(pk__in=exempt_documents)
        if document.is_released
    ]
    settings_images = approved_settings_images()
    images = list(
        get_image_model()
        .objects.exclude(pk__in=exempt_images)
        .filter(Q(released_at__isnull=False) | Q(pk__in=settings_images))
    )
    given = release_entries([*documents, *images])
    pictures: set[int] = set()
    pairs: set[int] = set()
    standard_pictures: set[int] = set()
    released = []
    for asset in [*documents, *images]:
        storage, name = asset.file.storage, asset.file.name
        digest = file_sha256(storage, name)
        if digest == MISSING:
            continue
        stored = stored_fingerprint(storage, name, digest)
        if stored is None:
            continue
        file_pictures = frozenset(difference_hash(picture.image()) for picture in stored.pictures)
        file_pairs = stored.pairs & exempt_pairs
        pictures |= file_pictures
        pairs |= file_pairs
        if isinstance(asset, get_image_model()) and asset.pk in settings_images:
            standard_pictures |= file_pictures
        released.append((given[(type(asset), asset.pk)], file_pictures, file_pairs))
    found = PublicContent(
        frozenset(pictures),
        frozenset(pairs),
        tuple(released),
        frozenset(standard_pictures),
        standard,
        naskah,
    )
    if key:
        cache.set(key, found, settings.PAGE_CACHE_TIMEOUT)
    return found


def without_public(exempt: Fingerprint, public: PublicContent, document: bool) -> Fingerprint:
    """What an exempt file holds that the public does not: its word pairs but those of public
    documents too (a template's labels and notice), and, for a document, its pictures but
    those the public has (by their hashes, in any orientation: a letterhead logo or a stamp
    printed on public letters too). The photo only the exempt document holds stays. `public`:
    what the public had when the file became exempt (PublicContent.before)."""
    pairs = exempt.pairs - public.pairs
    if not document:
        return replace(exempt, pairs=pairs)
    kept = tuple(
        picture
        for picture in exempt.pictures
        if not any(
            (mine ^ theirs).bit_count() <= IMAGE_BITS_APART
            for mine in picture_hashes(picture)
            for theirs in public.pictures
        )
    )
    hashes = frozenset().union(*(picture_hashes(picture) for picture in kept))
    return replace(exempt, pairs=pairs, pictures=kept, image_hashes=hashes)


def fingerprint_key(digest: str, filename: str) -> str:
    return CACHE_PREFIX + digest + "." + filename.rsplit(".", 1)[-1]


def cached_fingerprint(content: bytes, filename: str, read_pictures: bool = False) -> Fingerprint:
    """`read_pictures` (an exempt file): with the text in its pictures (picture_text), kept
    apart from the one without and from one made while tesseract was missing."""
    key = fingerprint_key(hashlib.sha256(content).hexdigest(), filename)
    if read_pictures:
        key += ".text" if tesseract_ready() else ".no-text"
    found = cache.get(key)
    if found is None:
        found = fingerprint(content, filename, read_pictures=read_pictures)
        cache.set(key, found, None)
    return found


def stored_fingerprint(storage, name: str, digest: str) -> Fingerprint | None:
    """cached_fingerprint of a stored file whose SHA-256 is known (read only when not kept)."""
    found = cache.get(fingerprint_key(digest, name))
    if found is not None:
        return found
    try:
        with storage.open(name, "rb") as stored:
            return cached_fingerprint(stored.read(), name)
    except (OSError, ValueError):
        return None


def same_information(
    candidate: Fingerprint,
    exempt: Fingerprint,
    budget: CropBudget | None = None,
    ignored: frozenset[int] = frozenset(),
) -> bool:
    """`ignored`: words that are no information of the exempt document (office_words)."""
    budget = budget if budget is not None else CropBudget()
    if exempt.image_hashes and candidate.unread_pictures:
        budget.exhausted = True  # pictures that were not read are not passed
    if (candidate.unread_text and len(exempt.words) >= MIN_WORDS) or (
        exempt.unread_text and len(candidate.words) >= MIN_WORDS
    ):
        budget.exhausted = True  # nor text in pictures that could not be read
    if candidate.image_hashes and exempt.image_hashes and same_picture(candidate, exempt, budget):
        return True
    return same_text(candidate, exempt, ignored)


def same_text(
    candidate: Fingerprint, exempt: Fingerprint, ignored: frozenset[int] = frozenset()
) -> bool:
    """The file holds half of the exempt document's content words (each paired as there), or
    an excerpt of it (holds_an_excerpt); the `ignored` words never count."""
    if len(exempt.words) < MIN_WORDS or len(candidate.words) < MIN_WORDS:
        return False
    if not candidate.pairs & exempt.pairs:
        return False
    held = sum(paired(exempt.words, candidate.pairs & exempt.pairs, ignored))
    if held >= max(HOLDS_MOST_OF_IT * len(exempt.words), MIN_WORDS):
        return True
    return holds_an_excerpt(paired(candidate.words, exempt.pairs, ignored))


def same_picture(candidate: Fingerprint, exempt: Fingerprint, budget: CropBudget) -> bool:
    """The whole picture within a few bits in one of its orientations (or its negative: every
    bit flipped), a crop of the exempt picture (pictures.is_crop_of: a part of at least a third
    of its width or height, or its negative), or the exempt picture inside the file's picture
    (a collage, a poster with margins, a frame: the exempt picture covering at least a quarter
    of its width or height, tilted or inverted too), every picture of the file searched both
    ways while the budget lasts (each way one search)."""
    if any(
        (apart := (mine ^ theirs).bit_count()) <= IMAGE_BITS_APART
        or apart >= 64 - IMAGE_BITS_APART
        for mine in candidate.image_hashes
        for theirs in exempt.image_hashes
    ):
        return True
    for mine in candidate.pictures:
        for theirs in exempt.pictures:
            for part, whole, inside in ((mine, theirs, False), (theirs, mine, True)):
                if budget.left <= 0:
                    budget.exhausted = True
                    return False
                budget.left -= 1
                if is_crop_of(part, whole, inside):
                    return True
    return False


def holds_an_excerpt(found: list[bool]) -> bool:
    """Some EXCERPT_WINDOW consecutive content words of the file hold EXCERPT_MATCHED paired
    as in the exempt document: a passage copied (words inserted, dropped or swapped) into
    other text. One pass, O(n)."""
    count = sum(found[:EXCERPT_WINDOW])
    if count >= EXCERPT_MATCHED:
        return True
    for index in range(EXCERPT_WINDOW, len(found)):
        count += found[index] - found[index - EXCERPT_WINDOW]
        if count >= EXCERPT_MATCHED:
            return True
    return False


def pieces_add_up(
    candidate: Fingerprint,
    exempt: Fingerprint,
    given: frozenset[int],
    ignored: frozenset[int] = frozenset(),
) -> bool:
    """The file together with what the public was given since the exempt version became
    exempt (`given`: PublicContent.released_after) holds most of the exempt document, or an
    excerpt of it (EXCERPT_MATCHED of EXCERPT_WINDOW consecutive words of the exempt document),
    and the file adds words of it: an exempt text cut into pieces each below the thresholds
    (verify13i B4) is refused at the piece that completes the excerpt."""
    if len(exempt.words) < MIN_WORDS:
        return False
    shared = candidate.pairs & exempt.pairs
    given = given & exempt.pairs
    if not shared or not given:
        return False  # nothing given since: same_text decided
    before = paired(exempt.words, given, ignored)
    together = paired(exempt.words, shared | given, ignored)
    added = [now and not then for now, then in zip(together, before, strict=True)]
    if not any(added):
        return False
    if sum(together) >= max(HOLDS_MOST_OF_IT * len(exempt.words), MIN_WORDS):
        return True
    held = adds = 0
    for index in range(len(together)):
        held += together[index]
        adds += added[index]
        if index >= EXCERPT_WINDOW:
            held -= together[index - EXCERPT_WINDOW]
            adds -= added[index - EXCERPT_WINDOW]
        if held >= EXCERPT_MATCHED and adds:
            return True
    return False
