"""Exempt information is every version that was ever exempt (issue 13, reattack13f).

The content check (information_requests.outgoing.exempt_verdict) compared a new file with the
current and pending file of each exempt document or image only. An Operator replaced the file
of an exempt document (its entry a dikecualikan draft, so not frozen) with a harmless one, and
then uploaded the exempt letter again as a new document: nothing held it any more. A released
new version of an exempt document did the same to the original; and deleting the ExemptAsset
rows in the database left nothing to compare with at all.

Now each version of an exempt asset leaves its fingerprints (SHA-256, content words, picture
hashes and thumbnail: exempt_content.fingerprint) in the audit log, chained like every entry
(`ppid.exemption.version` on the document or image, data {"entry", "sha256", "file",
"fingerprint"}), at the moment the file becomes exempt information:
- an ExemptAsset row is created (any path: record_assets, set-up code, imports): its current
  and pending files;
- an exempt asset (a row, or the audit chain's ppid.exemption.asset) is saved with another
  file or pending file: the new version, after the save; the version it replaces, before the
  save (the storage deletes a replaced file). A replacement whose old version cannot be read
  and was never recorded is refused: an exempt asset's file is only ever replaced by a path
  that keeps the old version's fingerprints.
The content check compares with every chained version (chained_fingerprints), whatever the
rows say; the integrity watch names an exempt asset whose row is missing (watch.exempt_asset_
drift). Migration 0018 records the current files of the assets already exempt.
"""

from __future__ import annotations

import base64
import hashlib
import zlib

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log

VERSION_ACTION = "ppid.exemption.version"
FORMAT = 1


def as_data(fingerprint) -> dict:
    """A fingerprint as JSON for the audit log: the content words (hashed, in reading order)
    packed 8 bytes each, zlib, base64 (their pairs are computed again); picture hashes in hex;
    thumbnails as [width, height, grey pixels (zlib, base64)]."""
    packed = b"".join(word.to_bytes(8, "big") for word in fingerprint.words)
    return {
        "format": FORMAT,
        "words": base64.b64encode(zlib.compress(packed)).decode(),
        "image_hashes": sorted(format(value, "x") for value in fingerprint.image_hashes),
        "pictures": [
            [
                picture.width,
                picture.height,
                base64.b64encode(zlib.compress(picture.pixels)).decode(),
            ]
            for picture in fingerprint.pictures
        ],
        "unread_pictures": bool(fingerprint.unread_pictures),
        "unread_text": bool(fingerprint.unread_text),
    }


def from_data(data: dict):
    from information_requests.exempt_content import Fingerprint, word_pairs
    from moderation.privacy.pictures import Thumbnail

    packed = zlib.decompress(base64.b64decode(data.get("words") or ""))
    words = tuple(
        int.from_bytes(packed[start : start + 8], "big") for start in range(0, len(packed), 8)
    )
    return Fingerprint(
        words=words,
        pairs=word_pairs(words),
        image_hashes=frozenset(int(value, 16) for value in data.get("image_hashes") or ()),
        pictures=tuple(
            Thumbnail(int(width), int(height), zlib.decompress(base64.b64decode(pixels)))
            for width, height, pixels in data.get("pictures") or ()
        ),
        unread_pictures=bool(data.get("unread_pictures")),
        unread_text=bool(data.get("unread_text")),
    )


def is_asset(obj) -> bool:
    return isinstance(obj, (get_document_model(), get_image_model()))


def read(storage, name: str) -> bytes | None:
    try:
        with storage.open(name, "rb") as stored:
            return stored.read()
    except (OSError, ValueError):
        return None


def version_entries(asset):
    from wagtail.models import ModelLogEntry

    return ModelLogEntry.objects.filter(
        action=VERSION_ACTION,
        content_type=ContentType.objects.get_for_model(type(asset)),
        object_id=str(asset.pk),
    )


def recorded_digests(asset) -> set[str]:
    from wagtail.models import ModelLogEntry

    from integrity.chain import chained_entries

    return {
        (row["data"] or {}).get("sha256")
        for row in chained_entries(ModelLogEntry, version_entries(asset))
    }


def record_versions(asset, entry_id: int | None = None, user=None) -> list[str]:
    """Chain the fingerprints of the asset's current and pending files not chained on it yet.
    Returns the names of the files that could not be read (and so were not recorded)."""
    from information_requests.exempt_content import cached_fingerprint

    if asset is None or asset.pk is None:
        return []
    storage = asset.file.storage
    recorded = None
    unread = []
    for name in dict.fromkeys((asset.file.name, getattr(asset, "pending_file", ""))):
        if not name:
            continue
        content = read(storage, name)
        if content is None:
            unread.append(name)
            continue
        digest = hashlib.sha256(content).hexdigest()
        recorded = recorded_digests(asset) if recorded is None else recorded
        if digest in recorded:
            continue
        data = {
            "entry": entry_id,
            "sha256": digest,
            "file": name.rsplit("/", 1)[-1],
            "fingerprint": as_data(cached_fingerprint(content, name, read_pictures=True)),
        }
        log(instance=asset, action=VERSION_ACTION, user=user, data=data)
        recorded.add(digest)
    return unread


def is_exempt_asset(asset) -> bool:
    """A row says so, or the audit chain does (rows deleted in the database)."""
    from .exemption import chain_exempt
    from .models.dip import ExemptAsset

    field = "document_id" if isinstance(asset, get_document_model()) else "image_id"
    if ExemptAsset.objects.filter(**{field: asset.pk}).exists():
        return True
    return chain_exempt(type(asset), asset.pk)


# --- the content check's list, from the audit chain ------------------------------------------

_parsed: dict[tuple[str, str], object] = {}


def version_entries_but(except_asset=None):
    """The log entries of exempt versions, but `except_asset`'s own (not yet checked against the
    audit chain: chained_fingerprints keeps those it vouches for)."""
    from wagtail.models import ModelLogEntry

    entries = ModelLogEntry.objects.filter(action=VERSION_ACTION)
    if except_asset is not None and getattr(except_asset, "pk", None) is not None:
        entries = entries.exclude(
            content_type=ContentType.objects.get_for_model(type(except_asset)),
            object_id=str(except_asset.pk),
        )
    return entries


def chained_fingerprints(except_asset=None) -> list[tuple[str, str, object]]:
    """(sha256, file name, Fingerprint) of every version of an exempt asset that the audit
    chain vouches for (chained_versions)."""
    return [
        (digest, name, found) for digest, name, found, _since in chained_versions(except_asset)
    ]


def chained_versions(except_asset=None) -> list[tuple[str, str, object, int]]:
    """(sha256, file name, Fingerprint, since) of every version of an exempt asset that the
    audit chain vouches for, but for `except_asset`'s own versions and those of an asset whose
    exemption the workflow lifted (lifted_assets; rows deleted in the database lift nothing).
    `since`: the id of the first entry that recorded the version as exempt (what the public
    was given after it is no boilerplate of it: exempt_content.PublicContent)."""
    own = None
    if except_asset is not None and getattr(except_asset, "pk", None) is not None:
        own = (ContentType.objects.get_for_model(type(except_asset)).pk, str(except_asset.pk))
    lifted = lifted_assets()
    found: dict[str, tuple[str, str, object, int]] = {}
    for row in vouched_version_rows():
        asset = (row["content_type_id"], row["object_id"])
        if asset == own or asset in lifted:
            continue
        data = row["data"] or {}
        digest, stored = data.get("sha256"), data.get("fingerprint")
        if not digest or not isinstance(stored, dict) or digest in found:
            continue
        key = (digest, stored.get("words", "") + str(len(stored.get("pictures") or ())))
        if key not in _parsed:
            _parsed[key] = from_data(stored)
        found[digest] = (digest, str(data.get("file") or ""), _parsed[key], row["id"])
    return list(found.values())


VOUCHED_TIMEOUT = 24 * 3600


def vouched_version_rows() -> list[dict]:
    """The exempt-version entries the audit chain vouches for, oldest first (id, content type,
    object, data), verified once per public generation and set of entries: kept in the cache
    under the generation's key (page_cache.generation.current) and the number and last id of
    the version entries, so an entry added or deleted is read (and verified) again at once.
    A kept answer is as trusted as the generation token itself: both sit outside what the
    chain vouches for, and someone who can write the cache can already write any answer the
    public gets under that token (the page cache is there too); the rows kept were verified
    when kept, so an entry changed in the database afterwards changes nothing in them (its
    deletion does: the key changes, and exemption.versions_unvouched refuses)."""
    from django.core.cache import cache
    from django.db.models import Count, Max
    from wagtail.models import ModelLogEntry

    from integrity.chain import chained_entries
    from page_cache.generation import current

    entries = ModelLogEntry.objects.filter(action=VERSION_ACTION)

    def verified() -> list[dict]:
        rows = sorted(chained_entries(ModelLogEntry, entries), key=lambda row: row["id"])
        return [
            {name: row[name] for name in ("id", "content_type_id", "object_id", "data")}
            for row in rows
        ]

    token = current()
    if token is None:
        return verified()
    stats = entries.aggregate(count=Count("id"), last=Max("id"))
    key = f"ppid:exempt-versions:{token}:{stats['count']}:{stats['last']}"
    rows = cache.get(key)
    if rows is None:
        rows = verified()
        cache.set(key, rows, VOUCHED_TIMEOUT)
    return rows


def chained_exempt_ids() -> tuple[set[int], set[int]]:
    """(document ids, image ids) that the audit chain holds as exempt (a chained
    ppid.exemption.asset not lifted for every entry since), whatever the rows say."""
    from wagtail.models import ModelLogEntry

    from integrity.chain import chained_entries

    from .exemption import ASSET_EXEMPT_ACTION, unvouched_assets

    lifted = lifted_assets()
    kinds = {
        ContentType.objects.get_for_model(get_document_model()).pk: set(),
        ContentType.objects.get_for_model(get_image_model()).pk: set(),
    }
    marks = ModelLogEntry.objects.filter(action=ASSET_EXEMPT_ACTION)
    for row in chained_entries(ModelLogEntry, marks):
        asset = (row["content_type_id"], row["object_id"])
        if row["content_type_id"] in kinds and asset not in lifted:
            kinds[row["content_type_id"]].add(int(row["object_id"]))
    # and those whose exemption history the chain can no longer vouch for (fail closed)
    for content_type_id, object_id in unvouched_assets() or ():
        if content_type_id in kinds and object_id.isdigit():
            kinds[content_type_id].add(int(object_id))
    documents, images = kinds.values()
    return documents, images


def lifted_assets() -> set[tuple[int, str]]:
    """(content type id, object id) of the assets whose exemption the audit chain says was
    lifted for every entry (the finish action's ASSET_LIFT_ACTION after each mark): their
    information is public now. Any other asset with a chained version is compared. An asset
    whose exemption history the chain cannot vouch for is never lifted (none is, when a link
    itself is missing or changed)."""
    from wagtail.models import ModelLogEntry

    from integrity.chain import chained_entries

    from .exemption import ASSET_EXEMPT_ACTION, ASSET_LIFT_ACTION, unvouched_assets

    unvouched = unvouched_assets()
    if unvouched is None:
        return set()

    entries = ModelLogEntry.objects.filter(action__in=(ASSET_EXEMPT_ACTION, ASSET_LIFT_ACTION))
    latest: dict[tuple[int, str, object], str] = {}
    for row in sorted(chained_entries(ModelLogEntry, entries), key=lambda row: row["id"]):
        key = (row["content_type_id"], row["object_id"], (row["data"] or {}).get("entry"))
        latest[key] = row["action"]
    held: dict[tuple[int, str], bool] = {}
    for (content_type_id, object_id, _entry), action in latest.items():
        asset = (content_type_id, object_id)
        held[asset] = held.get(asset, False) or action == ASSET_EXEMPT_ACTION
    return {asset for asset, holds in held.items() if not holds and asset not in unvouched}


# --- receivers (connected in exemption.connect) ----------------------------------------------


REPLACE_UNRECORDED = gettext_lazy(
    "The file of this exempt document or image cannot be replaced: its current version could "
    "not be read to keep its fingerprints (Daftar Informasi yang Dikecualikan)."
)


def keep_replaced_version(sender, instance, raw=False, **kwargs) -> None:
    """pre_save of a document or image: an exempt asset whose file or pending file changes
    first has the version it replaces recorded; refused when that version cannot be read and
    was never recorded."""
    if raw or instance.pk is None:
        return
    stored = type(instance).objects.filter(pk=instance.pk).first()
    if stored is None:
        return
    same_file = stored.file.name == instance.file.name and instance.file._committed
    if same_file and stored.pending_file == getattr(instance, "pending_file", ""):
        return
    if not is_exempt_asset(stored):
        return
    if record_versions(stored) and not recorded_digests(stored):
        raise ValidationError(str(REPLACE_UNRECORDED))


def keep_new_version(sender, instance, raw=False, **kwargs) -> None:
    """post_save of a document or image: an exempt asset's versions are recorded."""
    if raw or not is_exempt_asset(instance):
        return
    record_versions(instance)


def exempt_asset_created(sender, instance, created: bool, raw=False, **kwargs) -> None:
    """post_save of an ExemptAsset row, whatever created it: the asset's exemption for that
    entry is logged (chained; the public views ask the chain) with its files' versions."""
    from .exemption import ASSET_EXEMPT_ACTION

    if raw or not created:
        return
    asset = instance.document if instance.document_id else instance.image
    entry_id = instance.exemption.entry_id
    log(instance=asset, action=ASSET_EXEMPT_ACTION, data={"entry": entry_id})
    record_versions(asset, entry_id)
