"""The two SOP exceptions to the normal path, and the review that follows one of them.

- take_down: unpublishing is the safe direction; Koordinator and Kepala Dinas may do it at
  once, with a reason.
- force_publish: urgent serta merta information; a Koordinator publishes before the review,
  the privacy scan still runs and still blocks, and a Sub Koordinator reviews it afterwards.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState

from ppid_pages.exemption import was_ever_exempt

from . import exempt_text, snapshot
from .assets import CHANGE_ACTION, lock_assets_of, release_assets_of
from .assets import release as release_asset
from .models import (
    IDENTIFIER_KINDS,
    FalsePositive,
    ForcedPublication,
    PublicationSnapshot,
    ScanReport,
    SnapshotStep,
    Takedown,
    authors,
)
from .publication import FORCE, TAKE_DOWN, approved_path
from .revisions import latest_revision
from .two_people import second_person

# Audit entries that name someone who made a version of a document or image.
CONTRIBUTION_ACTIONS = ("wagtail.create", "wagtail.edit", CHANGE_ACTION)


class ScanBlocked(Exception):
    def __init__(self, report: ScanReport):
        super().__init__(report.summary())
        self.report = report


def require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("A reason is required."))
    return reason


@transaction.atomic
def take_down(page: Page, user, reason: str) -> Takedown:
    if not user.has_perm("moderation.take_down_page"):
        raise PermissionDenied
    reason = require_reason(reason)
    if not page.live:
        raise ValidationError(_("This page is not live."))
    # The live pages below go down with it, each logged with the same reason: a live page under
    # a page that is not live would keep an address that follows the parent's draft slug
    # (issue 13, live13 break 3). Deepest first, so no live page is ever left under a page
    # that is no longer live.
    below = list(page.get_descendants().live().order_by("-depth", "path").specific())
    for descendant in below:
        take_down_one(descendant, user, reason, under=page)
    return take_down_one(page, user, reason)


def take_down_one(page: Page, user, reason: str, under: Page | None = None) -> Takedown:
    from .scheduling import end_with_takedown

    end_with_takedown(page, user, reason)  # a newer revision scheduled never goes live after
    with approved_path(TAKE_DOWN):
        UnpublishPageAction(page, user=user).execute(skip_permission_checks=True)
    return record_takedown(page, user, reason, under)


def record_takedown(page: Page, user, reason: str, under: Page | None = None) -> Takedown:
    """The record of a page that left the public site (a take-down, a scheduled expiry): its
    audit entry and its Takedown row (a public change: every page and file is purged)."""
    data = {"reason": reason}
    if under is not None:
        data["with"] = under.pk
    log(instance=page.specific, action="ppid.takedown", user=user, data=data)
    return Takedown.objects.create(
        page=page, page_title=page.title, taken_down_by=user, reason=reason
    )


def is_serta_merta(page: Page) -> bool:
    """The latest draft of `page` is a DIP entry classified as serta merta."""
    from ppid_pages.models.dip import DipCategory, DipEntryPage

    if not issubclass(page.specific_class, DipEntryPage):
        return False  # decided from the content type, without loading the page or a revision
    draft = page.specific.get_latest_revision_as_object()
    return draft.category == DipCategory.SERTA_MERTA


def may_force_publish(page: Page, user) -> bool:
    """The one rule of "Terbitkan segera": `user` holds the right, the draft is serta merta,
    that classification is not `user`'s alone, and nothing it publishes is `user`'s work.

    - `user` is none of the authors of the forced revision, whatever came before it (saved no
      revision since the last approved one, changed no document, image or information unit it
      releases; moderation.models.authors): one person writes, another publishes at once.
      A Koordinator who rewrote an old serta merta entry as their own draft does not force it.
    - The page has an approved revision (published by the workflow, force-published and
      reviewed, or live without a record; moderation.revisions.approved_baseline_id): that
      revision must already be serta merta. Relabelling approved content as serta merta is a
      change like any other and goes through the workflow (two people) first.
    - Never approved (new information): the forcer confirms another person's classification.
    """
    from ppid_pages.models.dip import DipCategory

    from .revisions import approved_baseline_id

    if not user.has_perm("moderation.force_publish_page") or not is_serta_merta(page):
        return False
    latest = latest_revision(page)
    if user.pk in authors(page, latest):
        return False
    baseline = approved_baseline_id(page, latest.pk + 1)
    if baseline:
        approved = page.revisions.get(pk=baseline).as_object()
        return approved.category == DipCategory.SERTA_MERTA
    return True


def forced_releases(page: Page, revision) -> list[dict]:
    """Exactly the document and image versions a force-publication of `revision` releases:
    each asset it uses with a pending new version (its new title and file), or never released
    (its first release); `elsewhere` when that asset is in public use by other live content
    (then the force is refused: force_publish). The form shows this list."""
    from .assets import is_document, used_by_live_content
    from .snapshot import assets_of

    releases = []
    for asset in assets_of(revision.as_object()):
        pending = asset.has_pending_version
        if not pending and asset.approved_digest:
            continue  # released before and unchanged: nothing new reaches the public
        file = (asset.pending_file if pending and asset.pending_file else asset.file.name) or ""
        releases.append(
            {
                "asset": asset,
                "kind": "document" if is_document(asset) else "image",
                "pending": pending,
                "title": (asset.pending_title if pending else "") or asset.title,
                "old_title": asset.title if pending else "",
                "file": file.rsplit("/", 1)[-1],
                "elsewhere": pending and used_by_live_content(asset, except_page_id=page.pk),
            }
        )
    return releases


PENDING_IN_PUBLIC_USE = gettext_lazy(
    "These documents or images have a new version that is not approved, and other published "
    "content shows them: %(titles)s. Publishing at once does not release it; have the new "
    "version approved by two people (or remove it from this entry) first."
)


def refuse_force(page: Page, user, reason: str, message: str, **data) -> None:
    """A refused force-publication stays in the audit log (security.refusals), then is
    refused."""
    from security.refusals import log_refusal

    log_refusal(page.specific, "ppid.force_publish.refused", user, {"why": reason, **data})
    raise ValidationError(message)


FORCE_CHANGED = gettext_lazy(
    "The page changed after you opened this form: look at the latest version and publish again."
)


@transaction.atomic
def force_publish(page: Page, user, reason: str, *, seen: str) -> ForcedPublication:
    """Publish the page's latest revision at once. `seen` is the publication snapshot that the
    form showed the Koordinator, required of every caller: a revision saved or an asset changed
    since is refused, nobody would have seen what goes live."""
    if not user.has_perm("moderation.force_publish_page"):
        raise PermissionDenied
    reason = require_reason(reason)
    if was_ever_exempt(page.pk):
        raise ValidationError(
            _(
                "Information that is or ever was exempt cannot be published at once: it goes "
                "through the whole workflow with the consequence test decision."
            )
        )
    if not is_serta_merta(page):
        raise ValidationError(_("Only Informasi Serta Merta may be published at once."))
    revision = latest_revision(page)
    if user.pk in authors(page, revision):
        refuse_force(
            page,
            user,
            "author",
            _(
                "You wrote or changed part of this version: another Koordinator publishes it "
                "at once, or it goes through the workflow."
            ),
        )
    if not may_force_publish(page, user):
        raise ValidationError(
            _(
                "The serta merta category of this entry was not approved: publish the entry "
                "through the workflow, or have another person classify new information."
            )
        )
    lock_assets_of(revision.as_object())  # held until the release below: nothing slips in
    taken = snapshot.take(revision)
    if seen != taken.digest:
        raise ValidationError(str(FORCE_CHANGED))
    # The one exception never reaches beyond the entry: a new version of an asset that other
    # live content shows would reach the public there without its two people.
    elsewhere = [item for item in forced_releases(page, revision) if item["elsewhere"]]
    if elsewhere:
        titles = ", ".join(f"'{item['old_title']}'" for item in elsewhere)
        refuse_force(
            page,
            user,
            "pending_in_public_use",
            str(PENDING_IN_PUBLIC_USE) % {"titles": titles},
            assets=[f"{item['kind']}:{item['asset'].pk}" for item in elsewhere],
        )
    # False positives only the forcer marked do not count here (moderation.models).
    report = ScanReport.scan(revision, forcer=user)
    if not report.passed:
        raise ScanBlocked(report)
    # Whose work the publication releases, recorded before the release forgets it (a released
    # asset or unit no longer names who changed it): none of them reviews it afterwards.
    hands = sorted(authors(page, revision))
    for state in WorkflowState.objects.active().for_instance(page):
        state.cancel(user=user)
    with approved_path(FORCE):
        revision.publish(user=user, skip_permission_checks=True)
    release_assets_of(revision.as_object(), user=user, expected=taken.assets)
    log(
        instance=page.specific,
        action="ppid.force_publish",
        user=user,
        data={"reason": reason, "hash": taken.digest},
    )
    PublicationSnapshot.record(revision, SnapshotStep.FORCE, taken, user=user)
    return ForcedPublication.objects.create(
        page=page,
        page_title=page.title,
        revision=revision,
        forced_by=user,
        reason=reason,
        snapshot_hash=taken.digest,
        authors=hands,
    )


@transaction.atomic
def review_forced_publication(record: ForcedPublication, user, comment: str) -> None:
    """A Sub Koordinator who is none of its authors reviews what the public got: not the
    forcer, nobody who saved a revision since the last approval, nor who changed a document,
    image or information unit the publication released (recorded at the force, and
    moderation.models.authors now). The snapshot of the forced revision must still be the one
    published."""
    if not user.has_perm("moderation.review_forced_publication"):
        raise PermissionDenied
    hands = {record.forced_by_id, *record.authors}
    if record.revision and record.page:
        hands |= authors(record.page.specific, record.revision)
    if user.pk in hands or record.reviewed_at:
        raise PermissionDenied
    taken = snapshot.take(record.revision, pending=False) if record.revision else None
    if taken is not None and record.snapshot_hash and taken.digest != record.snapshot_hash:
        raise ValidationError(
            _("What the public gets changed after the publication: it cannot be reviewed as is.")
        )
    record.reviewed_by = user
    record.reviewed_at = timezone.now()
    record.review_comment = comment.strip()
    record.review_snapshot_hash = taken.digest if taken else ""
    record.save(
        update_fields=["reviewed_by", "reviewed_at", "review_comment", "review_snapshot_hash"]
    )
    if record.page:
        log(
            instance=record.page.specific,
            action="ppid.force_publish.review",
            user=user,
            data={"comment": record.review_comment, "hash": record.review_snapshot_hash},
        )
        if taken is not None:
            PublicationSnapshot.record(record.revision, SnapshotStep.REVIEW, taken, user=user)


def refuse_personal_data_in_names(asset) -> None:
    """An asset released on its own is not seen by a page scan: its title, alt text and file
    name (the public URL) are scanned here, as the release would publish them."""
    from .documents import official_allow_list
    from .scanner import text_findings
    from .text_extraction import asset_texts

    texts = list(asset_texts("", asset))
    description = getattr(asset, "pending_description", "") or getattr(asset, "description", "")
    if description:
        texts.append((".alt", description))
    exempt_text.refuse_found(asset, exempt_text.findings(texts), None)
    allow = official_allow_list()
    if any(text_findings(location, text, allow) for location, text in texts):
        raise ValidationError(
            _(
                "The title, alternative text or file name holds personal data: change it "
                "before it is approved."
            )
        )


VERSION_CHANGED = gettext_lazy(
    "This version changed after you opened it: look at the new version and approve again."
)


def version_digest(asset) -> str:
    """The digest of the version an approval of the asset on its own would release (its
    pending version if it has one, else the file, title and alt text the row holds). The
    approval page shows it with each approve button; the approval is refused unless the
    digest posted back is still this one (the reviewer approves what they saw)."""
    return snapshot.asset_digest(snapshot.asset_state(asset, pending=True))


def refuse_another_version(asset, seen: str) -> None:
    if not seen or seen != version_digest(asset):
        raise ValidationError(str(VERSION_CHANGED))


def asset_hands(asset) -> set[int]:
    """Everyone who uploaded the asset or changed any version of it: the current pending
    version's author, those who changed it since its last release, and everyone the audit log
    names as creating or changing it before (`changed_by` is reset at each release)."""
    from wagtail.models import ModelLogEntry

    hands = {asset.uploaded_by_user_id, asset.pending_by_id, *asset.changed_by}
    hands.update(
        ModelLogEntry.objects.for_instance(asset)
        .filter(action__in=CONTRIBUTION_ACTIONS)
        .values_list("user_id", flat=True)
    )
    hands.discard(None)
    return hands


@transaction.atomic
def approve_document(document, user, reason: str = "", *, seen: str) -> bool:
    """A document approval of its own: the document (or its pending new version) is released
    without a page, by two people (moderation.two_people) of whom neither uploaded it nor
    changed it since its last release; True when this approval released it, False when it was
    the first of the two.
    A document the scanner could not judge (a scanned page, an unreadable file) is cleared by
    this human check, with a reason; one with personal data never is. `seen` is the
    version_digest the approver was shown: a file or title changed since is refused."""
    from ppid_pages.models import DocumentScanStatus

    if not user.has_perm("ppid_pages.approve_document"):
        raise PermissionDenied
    # The row as it is now, locked: a new file uploaded a moment ago (scanned, unreleased) is
    # never approved on the strength of the old file's scan, nor overwritten by this approval.
    document = type(document).objects.select_for_update().get(pk=document.pk)
    if user.pk in asset_hands(document):
        raise PermissionDenied
    refuse_another_version(document, seen)
    refuse_personal_data_in_names(document)
    status_field = "pending_scan_status" if document.pending_file else "scan_status"
    status = getattr(document, status_field)
    if status in (DocumentScanStatus.FINDINGS, DocumentScanStatus.PENDING, ""):
        raise ValidationError(_("Only a document that scanned clean can be approved."))
    if status != DocumentScanStatus.CLEAN:
        reason = require_reason(reason)
    if not second_person(document, user, seen, {"status": status, "reason": reason.strip()}):
        return False
    if status != DocumentScanStatus.CLEAN:
        log(
            instance=document,
            action="ppid.document.human_check",
            user=user,
            data={"status": status, "reason": reason},
        )
        setattr(document, status_field, DocumentScanStatus.CLEAN)
    if document.approved_at is None and document.published_at is None:
        document.approved_by = user
        document.approved_at = timezone.now()
    document._releasing = True
    document.save(update_fields=[status_field, "approved_by", "approved_at"])
    release_asset(document, user=user, expected=seen)
    document.refresh_from_db()
    log(
        instance=document,
        action="ppid.document.approve",
        user=user,
        data={"hash": document.approved_digest},
    )
    return True


@transaction.atomic
def approve_image(image, user, *, seen: str) -> bool:
    """The pending new version of an image in use by live content (new file, title or alt
    text), released on its own by two people (moderation.two_people) of whom neither uploaded
    nor changed the image; True when this approval released it. `seen` is the version_digest
    the approver was shown."""
    if not user.has_perm("ppid_pages.approve_document"):
        raise PermissionDenied
    image = type(image).objects.select_for_update().get(pk=image.pk)
    if user.pk in asset_hands(image):
        raise PermissionDenied
    if not image.has_pending_version:
        raise ValidationError(_("This image has no new version to approve."))
    refuse_another_version(image, seen)
    refuse_personal_data_in_names(image)
    if not second_person(image, user, seen):
        return False
    release_asset(image, user=user, expected=seen)
    image.refresh_from_db()
    log(
        instance=image,
        action="ppid.image.approve",
        user=user,
        data={"hash": image.approved_digest},
    )
    return True


@transaction.atomic
def mark_false_positive(report: ScanReport, index: int, user, reason: str) -> FalsePositive:
    """A reviewer (none of its authors: moderation.models.authors) clears one finding for that
    exact value on that page. A second reviewer marking the same finding confirms the first
    marking: a value with an identifier's structure counts only when two people marked it, and
    a forcer's own marking never counts for their force-publication (FalsePositive.counts)."""
    if not user.has_perm("moderation.add_falsepositive"):
        raise PermissionDenied
    page = Page.objects.get(pk=report.revision.object_id).specific
    if user.pk in authors(page, report.revision):
        raise PermissionDenied
    reason = require_reason(reason)
    try:
        finding = report.findings[index]
    except (IndexError, TypeError):
        raise ValidationError(_("This finding does not exist.")) from None
    if not finding.get("fingerprint"):
        raise ValidationError(_("Only findings in the page text can be marked."))
    # A report from before the scanner said: deny by default for the identifier kinds.
    structured = finding.get("structured", finding["kind"] in IDENTIFIER_KINDS)
    marked = (
        FalsePositive.objects.select_for_update()
        .filter(page=page, kind=finding["kind"], fingerprint=finding["fingerprint"])
        .first()
    )
    if marked is None:
        marked = FalsePositive.objects.create(
            page=page,
            kind=finding["kind"],
            fingerprint=finding["fingerprint"],
            excerpt=finding["excerpt"],
            reason=reason,
            marked_by=user,
            structured=bool(structured),
        )
        action = "ppid.false_positive"
    elif user.pk in marked.markers():
        raise ValidationError(_("You already marked this finding: a second person confirms it."))
    elif marked.confirmed_by_id is None and marked.marked_by_id is not None:
        marked.confirmed_by = user
        marked.confirmed_at = timezone.now()
        marked.structured = marked.structured or bool(structured)
        marked.save(update_fields=["confirmed_by", "confirmed_at", "structured"])
        action = "ppid.false_positive.confirm"
    else:
        return marked  # two people marked it already
    log(
        instance=page,
        action=action,
        user=user,
        data={
            "kind": finding["kind"],
            "excerpt": finding["excerpt"],
            "reason": reason,
            # What FalsePositive.cleared checks against the row (vouched_markings).
            "fingerprint": finding["fingerprint"],
            "structured": bool(structured),
        },
    )
    return marked
