"""Scheduled publication: a revision goes live at its go-live time only as it was approved.

The workflow's finish action schedules a revision with a go-live date in the future
(Wagtail's `approved_go_live_at`); `publish_scheduled` makes it live later. Between the two,
what the public would get can change: a document or image the revision uses gets a new
version, a row is edited in the database. Before Wagtail's command publishes anything, every
revision that falls due is checked: its publication snapshot now must equal the one recorded
when it was approved (the approval form, or the force-publication). One that differs, or that
no approval recorded, is held: its schedule is cancelled, nothing goes live, the audit log
records `ppid.schedule.held` and an integrity alert is raised for the Koordinator.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from . import snapshot

HELD_ACTION = "ppid.schedule.held"


def approved_hash(revision: Revision) -> str:
    """The snapshot the approvers (or the force-publication) recorded for `revision`, as the
    audit chain holds it (the publication's chained `ppid.snapshot` entry): an ApprovalRecord
    or ForcedPublication row rewritten in the database names nothing."""
    from .models import ApprovalRecord, ForcedPublication, SnapshotStep

    vouched = snapshot.vouched_digests(revision.pk, [SnapshotStep.PUBLISH, SnapshotStep.FORCE])
    for model in (ApprovalRecord, ForcedPublication):
        digest = (
            model.objects.filter(revision=revision)
            .exclude(snapshot_hash="")
            .values_list("snapshot_hash", flat=True)
            .first()
        )
        if digest and digest in vouched:
            return digest
    return ""


def hold(revision: Revision, approved: str, current: str) -> None:
    from integrity.alerts import record_one
    from integrity.models import AlertKind
    from integrity.watch import Observation

    page = Page.objects.get(pk=revision.object_id).specific
    with transaction.atomic():
        # Wagtail's own way of cancelling a schedule: the revision is no longer due.
        Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
        log(
            instance=page,
            action=HELD_ACTION,
            revision=revision,
            data={"hash": approved, "current_hash": current},
        )
    detail = (
        f"Scheduled publication of revision {revision.pk} held: publication snapshot "
        f"{snapshot.short(current)} differs from the approved "
        f"{snapshot.short(approved) if approved else '(none)'}."
    )
    record_one(
        Observation(page=page, url=page.url or "", kind=AlertKind.HELD, detail=detail),
        timezone.now(),
    )


def parent_is_live(revision: Revision) -> bool:
    """A page goes live only under a live parent (moderation.publication.check_parent_live):
    a scheduled page whose parent is not live is held, not left to stop the command."""
    page = Page.objects.filter(pk=revision.object_id).only("path", "depth", "live").first()
    if page is None or page.live or page.depth <= 2:
        return True
    return Page.objects.filter(path=page.path[: -Page.steplen], live=True).exists()


def hold_changed_schedules() -> list[Revision]:
    """Hold every page revision due to go live whose snapshot is no longer the approved one.
    Returns the revisions held."""
    due = Revision.objects.filter(
        approved_go_live_at__lt=timezone.now(),
        base_content_type=ContentType.objects.get_for_model(Page),
    ).order_by("approved_go_live_at")
    held = []
    for revision in due:
        approved = approved_hash(revision)
        current = snapshot.take(revision).digest
        if approved and current == approved and parent_is_live(revision):
            continue
        hold(revision, approved, current)
        held.append(revision)
    return held
