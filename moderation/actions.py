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
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState

from .documents import release_documents_of
from .models import FalsePositive, ForcedPublication, ScanReport, Takedown
from .revisions import latest_revision


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
    UnpublishPageAction(page, user=user).execute(skip_permission_checks=True)
    log(instance=page.specific, action="ppid.takedown", user=user, data={"reason": reason})
    return Takedown.objects.create(
        page=page, page_title=page.title, taken_down_by=user, reason=reason
    )


def is_serta_merta(page: Page) -> bool:
    from ppid_pages.models.dip import DipCategory, DipEntryPage

    if not issubclass(page.specific_class, DipEntryPage):
        return False  # decided from the content type, without loading the page or a revision
    draft = page.specific.get_latest_revision_as_object()
    return draft.category == DipCategory.SERTA_MERTA


@transaction.atomic
def force_publish(page: Page, user, reason: str) -> ForcedPublication:
    if not user.has_perm("moderation.force_publish_page"):
        raise PermissionDenied
    reason = require_reason(reason)
    if not is_serta_merta(page):
        raise ValidationError(_("Only Informasi Serta Merta may be published at once."))
    revision = latest_revision(page)
    report = ScanReport.scan(revision)
    if not report.passed:
        raise ScanBlocked(report)
    for state in WorkflowState.objects.active().for_instance(page):
        state.cancel(user=user)
    revision.publish(user=user, skip_permission_checks=True)
    release_documents_of(revision.as_object(), user=user)
    log(instance=page.specific, action="ppid.force_publish", user=user, data={"reason": reason})
    return ForcedPublication.objects.create(
        page=page, page_title=page.title, revision=revision, forced_by=user, reason=reason
    )


@transaction.atomic
def review_forced_publication(record: ForcedPublication, user, comment: str) -> None:
    if not user.has_perm("moderation.review_forced_publication"):
        raise PermissionDenied
    authors = {record.forced_by_id, record.revision.user_id if record.revision else None}
    if user.pk in authors or record.reviewed_at:
        raise PermissionDenied
    record.reviewed_by = user
    record.reviewed_at = timezone.now()
    record.review_comment = comment.strip()
    record.save(update_fields=["reviewed_by", "reviewed_at", "review_comment"])
    if record.page:
        log(
            instance=record.page.specific,
            action="ppid.force_publish.review",
            user=user,
            data={"comment": record.review_comment},
        )


@transaction.atomic
def approve_document(document, user, reason: str = "") -> None:
    """A document approval of its own: released without a page, by someone else than the
    uploader. A document the scanner could not judge (a scanned page, an unreadable file) is
    cleared by this human check, with a reason; one with personal data never is."""
    from ppid_pages.models import DocumentScanStatus

    if not user.has_perm("ppid_pages.approve_document"):
        raise PermissionDenied
    if document.uploaded_by_user_id == user.pk:
        raise PermissionDenied
    if document.scan_status in (DocumentScanStatus.FINDINGS, DocumentScanStatus.PENDING):
        raise ValidationError(_("Only a document that scanned clean can be approved."))
    if document.scan_status != DocumentScanStatus.CLEAN:
        reason = require_reason(reason)
        log(
            instance=document,
            action="ppid.document.human_check",
            user=user,
            data={"status": document.scan_status, "reason": reason},
        )
        document.scan_status = DocumentScanStatus.CLEAN
    document.approved_by = user
    document.approved_at = timezone.now()
    document.save(update_fields=["scan_status", "approved_by", "approved_at"])
    log(instance=document, action="ppid.document.approve", user=user)


@transaction.atomic
def mark_false_positive(report: ScanReport, index: int, user, reason: str) -> FalsePositive:
    """A reviewer (not the author) clears one finding for that exact value on that page."""
    if not user.has_perm("moderation.add_falsepositive"):
        raise PermissionDenied
    if report.revision.user_id == user.pk:
        raise PermissionDenied
    reason = require_reason(reason)
    try:
        finding = report.findings[index]
    except (IndexError, TypeError):
        raise ValidationError(_("This finding does not exist.")) from None
    if not finding.get("fingerprint"):
        raise ValidationError(_("Only findings in the page text can be marked."))
    page = Page.objects.get(pk=report.revision.object_id).specific
    marked, _created = FalsePositive.objects.get_or_create(
        page=page,
        kind=finding["kind"],
        fingerprint=finding["fingerprint"],
        defaults={"excerpt": finding["excerpt"], "reason": reason, "marked_by": user},
    )
    log(
        instance=page,
        action="ppid.false_positive",
        user=user,
        data={"kind": finding["kind"], "excerpt": finding["excerpt"], "reason": reason},
    )
    return marked
