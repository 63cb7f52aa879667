"""Documents and images used by live content are immutable for the public.

The asset's row always holds the released version: the file, title (and alt text) the public
gets. On every save path (the admin's edit form, a chooser upload, code), a change to what the
public gets of a frozen asset is diverted into the row's pending version instead: the new file
is stored beside the released one, the row keeps the released file, title and alt text. The
pending version is released
- with a page that uses the asset, when the workflow publishes it (or at go-live when the
  publication was scheduled), or by a force-publication: the snapshot the reviewers approved
  covered the pending version (moderation.snapshot);
- or by an approval of the asset itself (moderation.actions.approve_document / approve_image),
  by someone who neither uploaded the asset nor changed it since its last release.

Releasing or swapping a version saves the row (Django's post_save on the document/image model)
and then sends `asset_version_released` (below) for caches of public pages.
"""

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex

from .snapshot import FOCAL_POINT_FIELDS, asset_digest, asset_key, asset_state

# Sent after a pending version became the released one: sender=the model, instance=the asset,
# user=who released it (or None), page=the page whose publication released it (or None).
asset_version_released = Signal()

# The audit entry of every change to a document's or image's file, title or alt text.
CHANGE_ACTION = "ppid.asset.change"
# The audit entries that record a digest written to `approved_digest` (under "hash"): every
# write of it logs one (record_digest), and the integrity watch and the public views trust the
# row's digest only when it is the latest of these the audit chain vouches for
# (released_version_vouched).
RELEASE_ACTION = "ppid.asset.release"
RELEASE_VERSION_ACTION = "ppid.asset.release_version"
PIN_ACTION = "ppid.asset.pin"
FREEZE_ACTION = "ppid.asset.freeze"
DIGEST_ACTIONS = (RELEASE_ACTION, RELEASE_VERSION_ACTION, PIN_ACTION, FREEZE_ACTION)
DOCUMENT_FIELDS = ("title",)
# The focal point too: a `fill-` rendition (the favicon) is cropped around it.
IMAGE_FIELDS = ("title", "description", *FOCAL_POINT_FIELDS)


def is_document(asset) -> bool:
    return isinstance(asset, get_document_model())


def used_by_live_content(asset, except_page_id: int | None = None) -> bool:
    """Is this asset used by live content at all (what makes it immutable, moderation's sense):
    referenced by a live page (Wagtail's reference index), restricted or not, or an image the
    site settings render on every public page (the logo, the favicon), approved or about to
    be (moderation.site_settings). Whether the public may get it is another question, with
    one answer: ppid_pages.visibility.in_public_use. `except_page_id`: used by anything but
    that page (a force-publication of it: moderation.actions.forced_releases)."""
    from .site_settings import images_in_public_settings

    if not is_document(asset) and asset.pk in images_in_public_settings():
        return True
    return live_pages_using(asset).exclude(pk=except_page_id).exists()


def live_pages_using(asset):
    """The live pages whose content references `asset` (Wagtail's reference index)."""
    page_ids = [
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(asset)
        .filter(base_content_type__model="page", base_content_type__app_label="wagtailcore")
        .values_list("object_id", flat=True)
    ]
    return Page.objects.filter(pk__in=page_ids, live=True)


def is_frozen(stored) -> bool:
    """The stored row is a released version: released with a page or on its own, or in use by
    live content."""
    if stored.approved_digest:
        return True
    if is_document(stored):
        if stored.published_at is not None or stored.approved_at is not None:
            return True
    elif stored.released_at is not None:
        return True
    return used_by_live_content(stored)


def new_file_of(asset, stored) -> bool:
    file = asset.file
    if not file:
        return False
    return not file._committed or file.name != stored.file.name


def divert_change(asset, user=None) -> bool:
    """pre_save of a document or image: a change to what the public gets of a frozen asset
    becomes its pending version, and the row keeps the released one. True when diverted."""
    if asset.pk is None:
        return False
    rows = type(asset).objects.filter(pk=asset.pk)
    if connection.in_atomic_block:
        # Locked: a publication or an approval that is releasing this asset's pending version
        # (lock_assets_of) finishes first, and this change becomes a version after it.
        rows = rows.select_for_update()
    stored = rows.first()
    if stored is None:
        return False
    fields = DOCUMENT_FIELDS if is_document(asset) else IMAGE_FIELDS
    changed_fields = [name for name in fields if getattr(asset, name) != getattr(stored, name)]
    new_file = new_file_of(asset, stored)
    if not (new_file or changed_fields):
        return False
    user_id = getattr(user, "pk", None)
    if user_id is not None and user_id not in asset.changed_by:
        asset.changed_by = [*asset.changed_by, user_id]  # four eyes over every change
    # Kept for good (changed_by is reset at each release): nobody who changed any version of
    # an asset approves it on its own (moderation.actions.asset_hands).
    log(
        instance=stored,
        action=CHANGE_ACTION,
        user=user,
        data={"fields": changed_fields, "new_file": new_file},
    )
    if not is_frozen(stored):
        return False  # not public yet: changed in place, released later as it then is

    new_width, new_height = (None, None) if is_document(asset) else (asset.width, asset.height)
    # Everything the edit form does not edit (the release bookkeeping, the pending version,
    # scan results, sizes) comes from the locked row, not from the instance the form loaded:
    # a release committed since the form was opened stays released.
    for model_field in type(asset)._meta.concrete_fields:
        if not model_field.editable and not model_field.primary_key:
            setattr(asset, model_field.attname, getattr(stored, model_field.attname))
    if user_id is not None and user_id not in asset.changed_by:
        asset.changed_by = [*asset.changed_by, user_id]

    if new_file:
        from security import uploads
        from security.signals import check_new_file

        # The upload checks of every save path, before the file is stored as the new version.
        check_new_file(asset, uploads.DOCUMENT if is_document(asset) else uploads.IMAGE)
        upload = asset.file
        name = upload.name.rsplit("/", 1)[-1]
        upload_to = asset.file.field.generate_filename(asset, name)
        upload.seek(0)
        asset.pending_file = stored.file.storage.save(upload_to, upload)
        if stored.pending_file and stored.pending_file != asset.pending_file:
            # The pending file this one supersedes was never released: nothing keeps it (it
            # may hold personal data nobody approved). Deleted once this save commits.
            forget_pending_file(stored.file.storage, stored.pending_file)
        asset.pending_file_size = upload.size
        if not is_document(asset):
            asset.pending_width, asset.pending_height = new_width, new_height
        asset.file = stored.file.name
    # The new version is what this save asked for; a file pending from before is kept.
    asset.pending_title = asset.title
    if not is_document(asset):
        asset.pending_description = asset.description
        asset.pending_focal_point = [getattr(asset, name) for name in FOCAL_POINT_FIELDS]
    # The row keeps the released version of everything the public gets.
    for name in (*fields, "file_size", "file_hash"):
        setattr(asset, name, getattr(stored, name))
    if not is_document(asset):
        asset.width, asset.height = stored.width, stored.height
    asset.pending_at = timezone.now()
    asset.pending_by_id = user_id
    asset._diverted_new_file = new_file
    return True


def forget_pending_file(storage, name: str) -> None:
    """Delete a pending version's file that no row names any more, after the commit: a save
    rolled back keeps it for the row that still names it. The storage never deletes a file
    a row names (ppid_pages.storage), so a file that is still someone's is kept."""
    from config.transactions import after_commit

    if name:
        after_commit(storage.delete, name)


def record_digest(asset, action: str = RELEASE_ACTION, user=None, **data) -> None:
    """The chained audit entry of the digest just written to the asset's `approved_digest`."""
    log(instance=asset, action=action, user=user, data={**data, "hash": asset.approved_digest})


def released_version_vouched(asset) -> bool:
    """The asset's `approved_digest` is the version the audit log last recorded for it (the
    latest DIGEST_ACTIONS entry the chain vouches for): not a digest written on the row behind
    the application's back (SQL, a queryset, a restore). Deny by default: an asset without a
    digest has no vouched release."""
    from integrity.chain import vouches_for

    return vouches_for(asset, DIGEST_ACTIONS, asset.approved_digest)


def current_version_released(asset) -> bool:
    """The row as it is now (file name, title, alt text, the file's bytes on disk) is the
    version its `approved_digest` names: a file column, a title or bytes changed behind the
    application's back are not the released version. The bytes' hash is kept per file state
    (moderation.snapshot.file_sha256), so serving does not re-read them each request."""
    import hmac

    from .snapshot import asset_digest, asset_state

    if not asset.approved_digest:
        return False
    return hmac.compare_digest(asset_digest(asset_state(asset)), asset.approved_digest)


def pin_released(asset, user=None) -> str:
    """An asset that public content (approved site settings) now uses as it is: its current
    row becomes the released version (a pending version stays pending). Returns its digest."""
    if asset.approved_digest:
        return asset.approved_digest  # released before: the row holds that version
    asset.approved_digest = asset_digest(asset_state(asset))
    update_fields = ["approved_digest"]
    if not is_document(asset) and asset.released_at is None:
        asset.released_at = timezone.now()
        update_fields.append("released_at")
    asset._releasing = True
    asset.save(update_fields=update_fields)
    record_digest(asset, PIN_ACTION, user=user)
    return asset.approved_digest


VERSION_CHANGED = gettext_lazy(
    "A document or image changed while this was being published: look at the new version "
    "and approve again."
)


def lock_assets_of(obj) -> list:
    """Lock the rows of every document and image `obj` uses (documents, then images, each by
    id: one order for every caller) until the end of the transaction. Taken before the
    snapshot a publication compares with what was approved, and held until its release: an
    upload in between waits (divert_change locks the row too) and becomes a later version."""
    from .snapshot import referenced_asset_ids

    document_ids, image_ids = referenced_asset_ids(obj)
    return [
        *get_document_model()
        .objects.select_for_update()
        .filter(pk__in=document_ids)
        .order_by("pk"),
        *get_image_model().objects.select_for_update().filter(pk__in=image_ids).order_by("pk"),
    ]


def refuse_unseen(asset, expected: str | None) -> None:
    """The version about to be released must be the one that was approved (its digest in the
    approved snapshot, or the version_digest shown with an approval of its own)."""
    if expected is None or asset_digest(asset_state(asset, pending=True)) != expected:
        raise ValidationError(str(VERSION_CHANGED))


@transaction.atomic
def release(asset, user=None, page=None, *, expected: str | None) -> None:
    """Make the asset's pending version (if any) the released one and record the released
    version's digest. `expected` is the digest of the version that was approved (required:
    deny by default); the row is locked and a version other than that one is refused. The file
    of the replaced version stays in storage (records point at it)."""
    model = type(asset)
    asset = model.objects.select_for_update().get(pk=asset.pk)
    refuse_unseen(asset, expected)
    previous = asset.approved_digest
    swapped = asset.has_pending_version
    if swapped:
        old = {"title": asset.title, "file": asset.file.name}
        if asset.pending_file:
            asset.file = asset.pending_file
            # An image field reads the new file's dimensions on assignment and closes it:
            # forget that handle, so later readers (the upload checks) open the file again.
            if getattr(asset.file, "_file", None) is not None:
                asset.file.close()
                asset.file._file = None
            asset.file_size = asset.pending_file_size
            asset.file_hash = ""
            if not is_document(asset):
                asset.width, asset.height = asset.pending_width, asset.pending_height
        asset.title = asset.pending_title or asset.title
        if is_document(asset):
            if asset.pending_file:
                asset.scan_status = asset.pending_scan_status or asset.scan_status
                asset.scan_findings = asset.pending_scan_findings
        else:
            asset.description = asset.pending_description
            if asset.pending_focal_point is not None:
                for name, value in zip(FOCAL_POINT_FIELDS, asset.pending_focal_point, strict=True):
                    setattr(asset, name, value)
        asset.clear_pending_version()
    asset.changed_by = []
    asset.approved_digest = asset_digest(asset_state(asset))
    if not is_document(asset) and asset.released_at is None:
        asset.released_at = timezone.now()
    asset._releasing = True
    asset.save()
    if is_document(asset) and asset.file_hash == "":
        asset._set_file_hash()
        model.objects.filter(pk=asset.pk).update(file_hash=asset.file_hash)
    if swapped:
        if not is_document(asset):
            asset.renditions.all().delete()  # made again from the released file
        record_digest(
            asset,
            RELEASE_VERSION_ACTION,
            user=user,
            old_title=old["title"],
            new_title=asset.title,
            old_file=old["file"].rsplit("/", 1)[-1],
            new_file=asset.file.name.rsplit("/", 1)[-1],
            page=page.pk if page is not None else None,
        )
        asset_version_released.send(sender=model, instance=asset, user=user, page=page)
    elif asset.approved_digest != previous:
        # The first release (or a release of a version changed in place before it was
        # public): the digest's entry in the audit chain.
        record_digest(asset, user=user, page=page.pk if page is not None else None)


def freeze_assets_of(page) -> None:
    """A publication scheduled for later: its documents and images are not released yet, but
    what the reviewers approved of them is recorded, so a change before go-live becomes a
    pending version (and the go-live check refuses to release it) instead of changing the
    approved file in place."""
    from .snapshot import assets_of

    for asset in assets_of(page):
        if asset.approved_digest:
            continue
        asset.approved_digest = asset_digest(asset_state(asset))
        asset._releasing = True
        asset.save(update_fields=["approved_digest"])
        record_digest(asset, FREEZE_ACTION, page=page.pk)


@transaction.atomic
def release_assets_of(page, user=None, *, expected: dict[str, str]) -> None:
    """Every document and image a page just published through the workflow uses: pending
    versions become the released ones, documents become public (if they scanned clean). The
    reviewed snippets it shows (moderation.snippets) are released with them. `expected` is the
    approved snapshot's asset digests (Snapshot.assets): each asset must still be the version
    that was approved (its row locked), else the whole publication is refused."""
    from .snippets import release_snippets_of

    release_snippets_of(page, user=user)

    for asset in lock_assets_of(page):
        release(asset, user=user, page=page, expected=expected.get(asset_key(asset)))
        if is_document(asset):
            document = get_document_model().objects.get(pk=asset.pk)
            if document.published_at is None:
                document.published_at = timezone.now()
                document._releasing = True
                document.save(update_fields=["published_at"])
                log(
                    instance=document,
                    action="ppid.document.release",
                    user=user,
                    data={"page": page.pk},
                )


def pending_assets() -> list:
    """Documents and images with a pending version, for their own approval."""
    documents = get_document_model().objects.filter(pending_at__isnull=False)
    images = get_image_model().objects.filter(pending_at__isnull=False)
    return [*documents.select_related("pending_by"), *images.select_related("pending_by")]
