"""The publication snapshot: one SHA-256 over everything the public gets from a revision.

An approval is a statement about bytes, not about ids. The snapshot of a revision covers
- the revision's content (every field, rich text and StreamField block, DIP attachments), and
- for every document and image it uses (found by Wagtail's reference index: rich-text links and
  embeds, StreamField blocks, choosers, child relations), what the public gets of it: the
  file's own SHA-256 and name, the title, and for images the alt text, size and focal point;
- for every reviewed snippet it points to (moderation.snippets: the information unit), the
  fields the public sees;
- who may see it: the view restrictions (login, groups, password) of the page and of every
  page above it. A page approved while restricted does not go public because someone lifted
  the restriction before its go-live (issue 13, live13 break 7): the finish action and
  `publish_scheduled` (moderation.scheduling) publish only the approved restriction state.
  A page without any restriction has no key for it (the digests recorded before it counted
  stay valid).

`pending=True` takes each asset's unreleased new version where there is one (what the public
will get once this revision is published: publication releases it); `pending=False` takes the
released version (what the public gets now). The scan, every task approval, the finish action,
a force-publication and its retrospective review record the digest; the finish action publishes
only when every approval and the current content agree (moderation.workflow).
"""

import hashlib
import json
import os
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from .revisions import canonical_content
from .snippets import public_values, snippet_key, snippets_of

MISSING = "missing"


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode()
    return hashlib.sha256(data).hexdigest()


# {(path, size, mtime, ctime): SHA-256}: a file is hashed again only when it changed on disk
# (a write changes the ctime, which no one can set back), not on every public request.
_FILE_HASHES: dict[tuple, str] = {}
FILE_HASHES_SIZE = 4096


def file_key(storage, name: str) -> tuple | None:
    """(path, size, mtime, ctime) of a file on the local disk; None for another storage."""
    try:
        path = storage.path(name)
    except (NotImplementedError, AttributeError, ValueError):
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (path, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def file_sha256(storage, name: str) -> str:
    """The SHA-256 of a stored file, read in chunks; MISSING when it cannot be read. Kept per
    (path, size, mtime, ctime) so that serving checks the bytes without re-reading them."""
    if not name:
        return MISSING
    key = file_key(storage, name)
    if key is not None and key in _FILE_HASHES:
        return _FILE_HASHES[key]
    digest = hashlib.sha256()
    try:
        with storage.open(name, "rb") as stored:
            for chunk in iter(lambda: stored.read(1024 * 1024), b""):
                digest.update(chunk)
    except (OSError, ValueError):
        return MISSING
    if key is not None:
        if len(_FILE_HASHES) >= FILE_HASHES_SIZE:
            _FILE_HASHES.clear()
        _FILE_HASHES[key] = digest.hexdigest()
    return digest.hexdigest()


def document_state(document, pending: bool = False) -> dict:
    """What the public gets of a document (its pending version when `pending`)."""
    name = document.file.name
    title = document.title
    if pending and document.has_pending_version:
        name = document.pending_file or name
        title = document.pending_title or title
    return {
        "kind": "document",
        "id": document.pk,
        "title": title,
        "file": name.rsplit("/", 1)[-1],
        "sha256": file_sha256(document.file.storage, name),
    }


# Everything of an image row a rendition's bytes depend on besides the file and the filter:
# Wagtail's `vary_fields` (the fill- operation crops around the focal point, so the favicon's
# `fill-64x64` changes with it). Collection, tags and file_hash change no byte the public gets.
FOCAL_POINT_FIELDS = ("focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height")


def focal_point_of(image, pending: bool = False) -> list | None:
    """The image's focal point [x, y, width, height] (its pending version's when `pending`),
    None when it has none."""
    values = [getattr(image, name) for name in FOCAL_POINT_FIELDS]
    if pending and image.has_pending_version and image.pending_focal_point is not None:
        values = list(image.pending_focal_point)
    return values if all(value is not None for value in values) else None


def image_state(image, pending: bool = False) -> dict:
    """What the public gets of an image: its file (renditions are made from it), title, alt
    text, size and focal point (fill- renditions are cropped around it: the favicon). An image
    without a focal point has no key for it (the digests recorded before it counted stay)."""
    name, title, description = image.file.name, image.title, image.description
    width, height = image.width, image.height
    if pending and image.has_pending_version:
        name = image.pending_file or name
        title = image.pending_title or title
        description = image.pending_description
        width = image.pending_width or width
        height = image.pending_height or height
    state = {
        "kind": "image",
        "id": image.pk,
        "title": title,
        "alt": description,
        "file": name.rsplit("/", 1)[-1],
        "sha256": file_sha256(image.file.storage, name),
        "size": [width, height],
    }
    focal_point = focal_point_of(image, pending)
    if focal_point is not None:
        state["focal_point"] = focal_point
    return state


def asset_digest(state: dict) -> str:
    return sha256_hex(canonical_content(state))


def referenced_asset_ids(obj) -> tuple[set[int], set[int]]:
    """(document ids, image ids) that `obj` uses, in any field, block, chooser or child."""
    document_type = ContentType.objects.get_for_model(get_document_model()).pk
    image_type = ContentType.objects.get_for_model(get_image_model()).pk
    documents: set[int] = set()
    images: set[int] = set()
    for (
        content_type_id,
        object_id,
        _path,
        _content_path,
    ) in ReferenceIndex._extract_references_from_object(obj):
        if content_type_id == document_type:
            documents.add(int(object_id))
        elif content_type_id == image_type:
            images.add(int(object_id))
    return documents, images


def assets_of(obj) -> list:
    """The document and image rows `obj` uses (those that still exist)."""
    document_ids, image_ids = referenced_asset_ids(obj)
    return [
        *get_document_model().objects.filter(pk__in=document_ids).order_by("pk"),
        *get_image_model().objects.filter(pk__in=image_ids).order_by("pk"),
    ]


def asset_state(asset, pending: bool = False) -> dict:
    if isinstance(asset, get_document_model()):
        return document_state(asset, pending)
    return image_state(asset, pending)


def asset_key(asset) -> str:
    kind = "document" if isinstance(asset, get_document_model()) else "image"
    return f"{kind}:{asset.pk}"


@dataclass(frozen=True)
class Snapshot:
    digest: str
    content: str
    assets: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    restrictions: list = field(default_factory=list)

    def manifest(self) -> dict:
        manifest = {"content": self.content, "assets": self.assets, "titles": self.titles}
        if self.restrictions:
            manifest["restrictions"] = self.restrictions
        return manifest


def digest_of(content: str, assets: dict, restrictions: list | None = None) -> str:
    """The snapshot digest over the content, the assets and (when there are any) the view
    restrictions; the integrity watch recomputes it from a recorded manifest."""
    hashed: dict = {"content": content, "assets": assets}
    if restrictions:
        hashed["restrictions"] = restrictions
    return sha256_hex(json.dumps(hashed, sort_keys=True))


# Who may see a restricted page: the restriction types Wagtail enforces. Any other value
# ("none", a type written in the database) is let through by Wagtail's accept_request: such a
# page would be public while it looked restricted (moderation.wagtail_hooks denies it).
ENFORCED_RESTRICTIONS = ("password", "groups", "login")


def restriction_state(page_id) -> list:
    """The view restrictions of the page and its ancestors, as who may see it: each
    restriction's page, type, groups and a hash of its password, in path order."""
    from wagtail.models import PageViewRestriction

    path = Page.objects.filter(pk=page_id).values_list("path", flat=True).first()
    if not path:
        return []
    depth = Page.steplen
    paths = [path[:end] for end in range(depth, len(path) + 1, depth)]
    state = []
    restrictions = (
        PageViewRestriction.objects.filter(page__path__in=paths)
        .select_related("page")
        .prefetch_related("groups")
        .order_by("page__path", "pk")
    )
    for restriction in restrictions:
        state.append(
            {
                "page": restriction.page_id,
                "type": restriction.restriction_type,
                "groups": sorted(group.pk for group in restriction.groups.all()),
                "password": sha256_hex(restriction.password or ""),
            }
        )
    return state


def snippet_digest(snippet, pending: bool = False) -> str:
    return sha256_hex(canonical_content(public_values(snippet, pending)))


def take(revision, pending: bool = True) -> Snapshot:
    """The snapshot of `revision` with its assets as the public will get them (`pending`) or
    gets them now."""
    content = sha256_hex(canonical_content(revision.content))
    assets: dict[str, str] = {}
    titles: dict[str, str] = {}
    obj = revision.as_object()
    for asset in assets_of(obj):
        state = asset_state(asset, pending)
        assets[asset_key(asset)] = asset_digest(state)
        titles[asset_key(asset)] = state["title"]
    for snippet in snippets_of(obj):  # reviewed snippets shown with it (moderation.snippets)
        assets[snippet_key(snippet)] = snippet_digest(snippet, pending)
        titles[snippet_key(snippet)] = " / ".join(
            str(value) for value in public_values(snippet, pending).values()
        )
    restrictions = restriction_state(revision.object_id) if isinstance(obj, Page) else []
    digest = digest_of(content, assets, restrictions)
    return Snapshot(
        digest=digest, content=content, assets=assets, titles=titles, restrictions=restrictions
    )


def vouched_digests(revision_id, steps) -> set[str]:
    """The snapshot digests the audit chain holds for a page revision at `steps`
    (SnapshotStep values): chained `ppid.snapshot` entries (PublicationSnapshot.record). A
    PublicationSnapshot row, an ApprovalRecord or a ForcedPublication is a mutable row: the
    finish action, the go-live check and the integrity watch trust its digest only when it is
    one of these."""
    from wagtail.models import PageLogEntry

    from integrity.chain import chained_entries

    entries = PageLogEntry.objects.filter(action="ppid.snapshot", revision_id=revision_id)
    return {
        (row["data"] or {}).get("hash")
        for row in chained_entries(PageLogEntry, entries)
        if (row["data"] or {}).get("step") in set(steps)
    } - {None}


def short(digest: str) -> str:
    return digest[:16]
