"""Scheduled publication: a revision goes live at its go-live time only as it was approved.

The workflow's finish action schedules a revision with a go-live date in the future
(Wagtail's `approved_go_live_at`); `publish_scheduled` makes it live later. Between the two,
what the public would get can change: a document or image the revision uses gets a new
version, a row is edited in the database. Before Wagtail's command publishes anything, every
revision that falls due is checked: its publication snapshot now must equal the one recorded
when it was approved (the approval form, or the force-publication). One that differs, or that
no approval recorded, is held: its schedule is cancelled, nothing goes live, the audit log
records `ppid.schedule.held` and an integrity alert is raised for the Koordinator.

Cancelling a scheduled publication (cancel_schedule) is a state change of its own: only the
Koordinator (who gives the final approval before anything goes online, SOP B5) or a superuser,
with a written reason, on the UNSCHEDULE path; the audit log records `ppid.schedule.cancel`
(the reason, the go-live time and the approved snapshot). The revision stays approved (its
approval record stands) but is no longer due; publishing it later takes the workflow again.
Wagtail's unschedule view (/admin/pages/<id>/revisions/<rev>/unschedule/) runs this function
(moderation.apps), and every other way of clearing a schedule is refused by the gate
(moderation.publication.check_revision_save, check_revision_update).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from . import snapshot
from .publication import SCHEDULED, UNSCHEDULE, approved_path

HELD_ACTION = "ppid.schedule.held"
CANCEL_ACTION = "ppid.schedule.cancel"
CANCEL_ROLE = "Koordinator"


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
    with transaction.atomic(), approved_path(SCHEDULED):
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


def holds_exempt_text(revision: Revision) -> bool:
    """The revision's text holds a passage of exempt information as it stands at go-live (an
    entry made exempt after the approval counts): logged (moderation.exempt_text), then held."""
    from . import exempt_text
    from .scanner import exempt_text_findings

    found = exempt_text_findings(revision.as_object())
    if found:
        exempt_text.log_refused(revision.content_object, found, None, revision=revision.pk)
    return bool(found)


def hold_changed_schedules() -> list[Revision]:
    """Hold every page revision due to go live whose snapshot is no longer the approved one,
    or whose text holds a passage of exempt information (holds_exempt_text). Returns the
    revisions held."""
    due = Revision.objects.filter(
        approved_go_live_at__lt=timezone.now(),
        base_content_type=ContentType.objects.get_for_model(Page),
    ).order_by("approved_go_live_at")
    held = []
    for revision in due:
        approved = approved_hash(revision)
        current = snapshot.take(revision).digest
        unchanged = approved and current == approved and parent_is_live(revision)
        if unchanged and not holds_exempt_text(revision):
            continue
        hold(revision, approved, current)
        held.append(revision)
    return held


def may_cancel_schedule(user) -> bool:
    """The Koordinator (the final approval) or a superuser, with an active account."""
    if user is None or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=CANCEL_ROLE).exists()


def cancel_schedule(revision: Revision, user, reason: str) -> None:
    """Cancel the scheduled publication of a page revision: the Koordinator (or a superuser),
    with a reason; a chained `ppid.schedule.cancel` entry on the page. Nothing goes live, the
    page stays as it is (live with its earlier revision, or a draft)."""
    from django.utils.translation import gettext as _

    if not may_cancel_schedule(user):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give a reason for cancelling the scheduled publication."))
    with transaction.atomic():
        revision = Revision.objects.select_for_update().get(pk=revision.pk)
        if revision.approved_go_live_at is None:
            raise ValidationError(_("This revision is not scheduled."))
        page = Page.objects.get(pk=revision.object_id).specific
        go_live_at = revision.approved_go_live_at
        with approved_path(UNSCHEDULE):
            Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
        log(
            instance=page,
            action=CANCEL_ACTION,
            user=user,
            revision=revision,
            data={
                "reason": reason,
                "go_live_at": go_live_at.isoformat(),
                "hash": approved_hash(revision),
            },
        )


def end_with_takedown(page: Page, user, reason: str) -> None:
    """A take-down (or an expiry) ends every scheduled publication of the page: a revision
    approved for a later go-live never goes live after it (nor unreviewed under the taken-down
    page). Wagtail's unpublish clears approved_go_live_at of every revision of the page too,
    but without a record: here each schedule is cleared, under the take-down's path, with a
    chained `ppid.schedule.cancel` (the take-down's reason), so the audit log holds the state
    change and the watch (schedule_drift) sees the schedule end in the chain. Called before
    the page is unpublished, in its transaction."""
    from .publication import TAKE_DOWN

    scheduled = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
        approved_go_live_at__isnull=False,
    ).order_by("pk")
    for revision in scheduled:
        go_live_at = revision.approved_go_live_at
        with approved_path(TAKE_DOWN):
            Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
        log(
            instance=page.specific,
            action=CANCEL_ACTION,
            user=user,
            revision=revision,
            data={
                "reason": reason,
                "go_live_at": go_live_at.isoformat(),
                "hash": approved_hash(revision),
                "takedown": True,
            },
        )


def gate_wagtail_unschedule() -> None:
    """Wagtail's page unschedule: who may (PagePermissionTester.can_unschedule, which shows the
    action in the editor and the history and guards the view) is may_cancel_schedule, and the
    view's POST is cancel_schedule with the reason its form asks for. Installed once."""
    from django.contrib import messages
    from django.shortcuts import redirect
    from wagtail.admin.views.pages.revisions import RevisionsUnschedule
    from wagtail.models import PagePermissionTester

    if getattr(RevisionsUnschedule, "ppid_gate", False):
        return

    def can_unschedule(self) -> bool:
        return may_cancel_schedule(self.user)

    def post(self, request, *args, **kwargs):
        try:
            cancel_schedule(self.revision, request.user, request.POST.get("reason", ""))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(self.get_revisions_unschedule_url())
        messages.success(request, self.get_success_message())
        return redirect(self.get_next_url())

    PagePermissionTester.can_unschedule = can_unschedule
    RevisionsUnschedule.post = post
    RevisionsUnschedule.template_name = "moderation/confirm_unschedule.html"
    RevisionsUnschedule.ppid_gate = True
