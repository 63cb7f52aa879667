"""Scan uploaded documents; tell the Operator when the privacy scan rejects their content.

Wagtail's own rejection e-mail skips the user who triggered the workflow step, and for an
automatic scan that is the Operator who submitted: so the scanner's rejection is sent here.
"""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import (
    Page,
    PageViewRestriction,
    Revision,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.signals import page_published, pre_page_move, task_rejected

from .assets import divert_change, forget_pending_file
from .documents import scan_document, scan_pending_document
from .models import PrivacyScanTask, SopReviewTask
from .revisions import canonical_content, is_frozen
from .sanitize import rich_fields, sanitize_instance, sanitize_serialized


def has_new_file(document) -> bool:
    if not document.file:
        return False
    if not document.file._committed or document.pk is None:
        return True
    stored = type(document).objects.filter(pk=document.pk).values_list("file", flat=True)
    return stored.first() != document.file.name


def acting_user():
    """The admin user of the current request (Wagtail's log context), if any."""
    from wagtail.log_actions import get_active_log_context

    return get_active_log_context().user


@receiver(pre_save, sender=get_document_model())
def scan_new_document_file(sender, instance, raw=False, **kwargs) -> None:
    """A change to a released document becomes its pending version (moderation.assets), whose
    new file is scanned; any other uploaded or replaced file is scanned, and is private until
    released again. Not a raw save (loaddata, a restore): the rows come back as they were."""
    if raw or getattr(instance, "_releasing", False):
        return
    if divert_change(instance, acting_user()):
        if instance._diverted_new_file:
            scan_pending_document(instance)
        return
    if has_new_file(instance):
        instance.unrelease()
        scan_document(instance)


@receiver(pre_save, sender=get_image_model())
def keep_released_images(sender, instance, raw=False, **kwargs) -> None:
    """A change to the file, title or alt text of an image in use by live content becomes its
    pending version: the public keeps the released picture (moderation.assets)."""
    if raw or getattr(instance, "_releasing", False):
        return
    divert_change(instance, acting_user())


@receiver(pre_save)
def keep_released_snippets(sender, instance, raw=False, **kwargs) -> None:
    """A change to a reviewed snippet in public use (the information unit's name) becomes its
    pending version; every change is an audit entry (moderation.snippets)."""
    from . import snippets

    if raw or getattr(instance, "_releasing", False) or not snippets.is_reviewed(sender):
        return
    snippets.divert_change(instance, acting_user())


@receiver(post_delete, sender=get_document_model())
@receiver(post_delete, sender=get_image_model())
def delete_pending_file(sender, instance, **kwargs) -> None:
    """Wagtail deletes a deleted asset's file after the commit; its pending version's file
    (never released) goes with it."""
    forget_pending_file(instance.file.storage, instance.pending_file)


@receiver(task_rejected)
def notify_scan_rejection(sender, instance, user=None, **kwargs) -> None:
    if not isinstance(instance.task.specific, PrivacyScanTask):
        return
    from config.transactions import after_commit
    from ppid_admin.mail import send_scan_rejection

    after_commit(send_scan_rejection, instance)  # not for a submission that is rolled back


@receiver(pre_save)
def sanitize_rich_content(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    """Every save path: the editor, imports, management commands and code."""
    if raw:
        return
    if sender is Revision:
        model = instance.content_type.model_class()
        if model is not None and rich_fields(model):
            instance.content = sanitize_serialized(model, instance.content)
        return
    fields = rich_fields(sender)
    if fields and (update_fields is None or {f.name for f in fields} & set(update_fields)):
        sanitize_instance(instance)


REWRITE_REFUSED = _(
    "This revision was submitted, approved, scheduled or published and cannot be changed: "
    "save your changes as a new draft."
)


@receiver(pre_save, sender=Revision)
def refuse_rewriting_a_frozen_revision(sender, instance, raw=False, update_fields=None, **kwargs):
    """Approved and live revisions are read-only on every path: Wagtail's autosave
    (`overwrite_revision_id` in the page, snippet and settings editors) rewrites a revision in
    place, which would make an approval or a publication point at content nobody reviewed."""
    if raw or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and not {"content", "object_str"} & set(update_fields):
        return
    stored = Revision.objects.filter(pk=instance.pk).values("content", "object_str").first()
    if stored is None:
        return
    unchanged = stored["object_str"] == instance.object_str and canonical_content(
        stored["content"]
    ) == canonical_content(instance.content)
    if not unchanged and is_frozen(instance.pk):
        from .publication import refuse

        refuse(REWRITE_REFUSED)


@receiver(pre_save)
def pages_enter_the_tree_as_drafts(sender, instance, raw=False, **kwargs) -> None:
    """No page is live before the workflow's finish action publishes it: Wagtail's create view
    (`action-publish`), copies and aliases insert pages live by default (`add_child`) before
    any publish hook can refuse. A new page row is always a draft; publishing a revision is
    the only way to make it live."""
    if raw or not isinstance(instance, Page) or not instance._state.adding:
        return
    if instance.depth is not None and instance.depth <= 1:
        return  # the tree's root
    instance.live = False


@receiver(page_published)
def release_assets_at_go_live(sender, instance, revision, **kwargs) -> None:
    """A publication the workflow scheduled releases its documents and images at go-live,
    not at approval, and only if they are still what the reviewers approved."""
    from .assets import lock_assets_of, release_assets_of
    from .models import ApprovalRecord
    from .snapshot import take

    record = ApprovalRecord.objects.filter(revision=revision).first()
    if record is None:
        return  # published now by the finish action (it releases), or not by the workflow
    lock_assets_of(revision.as_object())  # held until the release below: nothing slips in
    taken = take(revision)
    if record.snapshot_hash and taken.digest != record.snapshot_hash:
        log(
            instance=instance,
            action="ppid.snapshot.mismatch",
            revision=revision,
            data={"hash": record.snapshot_hash},
        )
        return  # the page goes live, its documents and new asset versions are not released
    release_assets_of(revision.as_object(), user=None, expected=taken.assets)


@receiver(page_published)
def set_up_publications_bind_their_content(sender, instance, revision, **kwargs) -> None:
    """A page published on the set-up path (the demo loader, test fixtures) gets its
    publication snapshot too, with a chained ppid.snapshot entry (step SET_UP), like every
    publication through the workflow: the integrity watch compares the live content with it
    (issue 13, reattack13d break 5: a set-up page's live revision rewritten in the database
    went unnoticed, its publish entry holding no content hash)."""
    from .models import PublicationSnapshot, SnapshotStep
    from .publication import SET_UP, current_path
    from .snapshot import take

    if current_path() == SET_UP and revision is not None:
        PublicationSnapshot.record(revision, SnapshotStep.SET_UP, take(revision))


# --- The one gate of what is live (moderation.publication) ----------------------------------


@receiver(pre_save)
def live_changes_only_through_the_sop(sender, instance, raw=False, update_fields=None, **kw):
    from .publication import (
        check_address_change,
        check_page_save,
        check_parent_live,
        check_revision_save,
    )

    if raw:
        return
    if isinstance(instance, Page):
        check_page_save(instance, update_fields)
        check_parent_live(instance)
        check_address_change(instance, update_fields)
    elif sender is Revision:
        check_revision_save(instance, update_fields)


@receiver(pre_delete)
def live_pages_are_taken_down_not_deleted(sender, instance, **kwargs) -> None:
    from .publication import TAKE_DOWN_FIRST, refuse_outside_sop

    if isinstance(instance, Page) and instance.live:
        refuse_outside_sop(TAKE_DOWN_FIRST)


@receiver(pre_delete)
def scheduled_pages_are_cancelled_not_deleted(sender, instance, **kwargs) -> None:
    """Deleting a page approved for a later go-live would cancel that publication without the
    SOP's cancellation (the Koordinator, a reason, a chained ppid.schedule.cancel)."""
    from .publication import SCHEDULED_FIRST, refuse_outside_sop, scheduled_in

    if isinstance(instance, Page) and scheduled_in(instance, below=False):
        refuse_outside_sop(SCHEDULED_FIRST)


@receiver(pre_page_move)
def live_pages_stay_where_they_were_approved(sender, instance, **kwargs) -> None:
    from .publication import (
        LIVE_STRUCTURE,
        SCHEDULED_FIRST,
        live_in,
        refuse_outside_sop,
        scheduled_in,
    )

    if live_in(instance):
        refuse_outside_sop(LIVE_STRUCTURE)
    if scheduled_in(instance):
        refuse_outside_sop(SCHEDULED_FIRST)


@receiver(pre_save, sender=PageViewRestriction)
@receiver(pre_delete, sender=PageViewRestriction)
def live_pages_keep_their_privacy(sender, instance, raw=False, **kwargs) -> None:
    from .publication import LIVE_STRUCTURE, live_in, refuse_outside_sop

    if not raw and live_in(instance.page):
        refuse_outside_sop(LIVE_STRUCTURE)


# --- Workflows give two reviewers when they are configured (moderation.workflow) ------------


@receiver(pre_save, sender=WorkflowPage)
@receiver(pre_save, sender=WorkflowContentType)
def workflows_are_assigned_only_with_two_reviewers(sender, instance, raw=False, **kwargs):
    """The workflow create and edit views (their pages and content types) and code: a workflow
    is assigned to content only if it gives two different reviewers."""
    from .workflow import refuse_unless_two_reviewers

    if not raw:
        refuse_unless_two_reviewers(instance.workflow)


@receiver(pre_save, sender=Workflow)
def workflows_are_enabled_only_with_two_reviewers(sender, instance, raw=False, **kwargs):
    """Enabling a workflow that is still assigned to content (Wagtail keeps the assignments of
    a disabled workflow)."""
    from .workflow import is_assigned, refuse_unless_two_reviewers

    if raw or instance.pk is None or not instance.active:
        return
    was_active = Workflow.objects.filter(pk=instance.pk).values_list("active", flat=True).first()
    if not was_active and is_assigned(instance):
        refuse_unless_two_reviewers(instance)


@receiver(post_delete, sender=WorkflowTask)
def review_tasks_stay_in_assigned_workflows(sender, instance, **kwargs):
    """A review task removed from an assigned workflow in the workflow edit view."""
    from .workflow import is_assigned, refuse_unless_two_reviewers

    workflow = Workflow.objects.filter(pk=instance.workflow_id).first()
    if workflow is not None and workflow.active and is_assigned(workflow):
        refuse_unless_two_reviewers(workflow)


@receiver(post_save, sender=SopReviewTask)
def review_tasks_stay_enabled_in_assigned_workflows(sender, instance, raw=False, **kwargs):
    """A review task disabled (Wagtail's disable-task view) while assigned workflows use it."""
    from .workflow import is_assigned, refuse_unless_two_reviewers

    if raw or instance.active:
        return
    for workflow in Workflow.objects.filter(workflow_tasks__task=instance, active=True):
        if is_assigned(workflow):
            refuse_unless_two_reviewers(workflow)
