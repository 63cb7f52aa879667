"""The finish action of the SOP workflow: publish exactly the revision that was approved.

Wagtail imports this module while it defines its own models (WAGTAIL_FINISH_WORKFLOW_ACTION),
so models are imported inside the functions.
"""

from django.utils.translation import gettext_lazy

from .publication import refuse

NO_LONGER_IN_PROGRESS = gettext_lazy("This workflow is no longer in progress.")
ALREADY_DECIDED = gettext_lazy("This task was already decided.")
NOT_EVERY_TASK = gettext_lazy("Not every task approved the latest revision.")
NO_SHARED_SNAPSHOT = gettext_lazy("The approvals do not share one publication snapshot.")
SCAN_NO_LONGER_PASSES = gettext_lazy("The approved revision no longer passes the privacy scan.")


def locked_task_state(task_state):
    """`task_state` read again under a row lock on its workflow run (inside a transaction).

    Every action on a task (approve, reject, sign, receive) starts here: two people acting on
    the same task at the same moment take turns, and the second finds the task already decided
    (PermissionDenied) instead of publishing, signing or logging a second time.
    """
    from wagtail.models import WorkflowState

    locked = WorkflowState.objects.select_for_update().filter(pk=task_state.workflow_state_id)
    if not locked.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists():
        refuse(NO_LONGER_IN_PROGRESS)
    fresh = (
        type(task_state)._default_manager.select_related("workflow_state").get(pk=task_state.pk)
    )
    if fresh.status != fresh.STATUS_IN_PROGRESS:
        refuse(ALREADY_DECIDED)
    return fresh


def approved_revision(workflow_state):
    """The latest revision, if every active task of the workflow approved that very revision."""
    from wagtail.models import Task, TaskState

    from .revisions import latest_revision

    revision = latest_revision(workflow_state.content_object)
    task_ids = set(
        Task.objects.filter(
            workflow_tasks__workflow=workflow_state.workflow, active=True
        ).values_list("pk", flat=True)
    )
    approved_ids = set(
        workflow_state.task_states.filter(
            revision=revision, status=TaskState.STATUS_APPROVED
        ).values_list("task_id", flat=True)
    )
    if not task_ids or task_ids - approved_ids:
        refuse(NOT_EVERY_TASK)
    return revision


def approved_snapshot(workflow_state, revision) -> str:
    """The one snapshot digest that every approved step of this run recorded for `revision`."""
    from wagtail.models import TaskState

    from .models import UNVOUCHED, approved_step_digests

    approved = workflow_state.task_states.filter(
        revision=revision, status=TaskState.STATUS_APPROVED
    ).values_list("pk", flat=True)
    digests = {
        task_state_id: digest
        for task_state_id, digest in approved_step_digests(workflow_state.pk, revision.pk).items()
        if task_state_id in set(approved)
    }
    # Each step's digest as the audit chain holds it: a row rewritten in the database (with
    # content to match) is UNVOUCHED, and approves nothing.
    if set(approved) - set(digests) or len(set(digests.values())) != 1:
        refuse(NO_SHARED_SNAPSHOT)
    digest = next(iter(digests.values()))
    if digest == UNVOUCHED:
        refuse(NO_SHARED_SNAPSHOT)
    return digest


TWO_REVIEWERS = gettext_lazy(
    "Publication needs the approval of two different reviewers in SOP review tasks (not the "
    "privacy scan, not the author): this workflow does not give that. Use the workflow "
    "'SOP Publikasi Konten'."
)


TWO_REVIEWERS_CONFIGURED = gettext_lazy(
    "This workflow cannot be used: publication needs two different reviewers, so a workflow "
    "assigned to pages or content types must have at least two active SOP review tasks "
    "(privacy scan and other tasks do not count). Add the review tasks or use the workflow "
    "'SOP Publikasi Konten'."
)


def review_task_count(workflow) -> int:
    """The active SOP review tasks of `workflow` (the privacy scan and other tasks excluded)."""
    from wagtail.models import Task

    from .models import SopReviewTask

    tasks = Task.objects.filter(workflow_tasks__workflow=workflow, active=True)
    return sum(isinstance(task.specific, SopReviewTask) for task in tasks)


def is_assigned(workflow) -> bool:
    return workflow.workflow_pages.exists() or workflow.workflow_content_types.exists()


def refuse_unless_two_reviewers(workflow) -> None:
    """Configuration time: a workflow that cannot give two reviewers is never assigned or
    enabled (moderation.signals); the finish action checks the people (below) again."""
    if workflow is not None and workflow.active and review_task_count(workflow) < 2:
        refuse(TWO_REVIEWERS_CONFIGURED)


def approving_reviewers(workflow_state, revision) -> set[int]:
    """The people who approved `revision` in an SOP review task of this run, less the scanner
    user and everyone whose work the publication releases (moderation.models.authors)."""
    from wagtail.models import TaskState

    from .models import SopReviewTask, authors
    from .system_user import scanner_user

    approved = workflow_state.task_states.filter(
        revision=revision, status=TaskState.STATUS_APPROVED
    ).select_related("task")
    reviewers = {
        state.finished_by_id
        for state in approved
        if isinstance(state.task.specific, SopReviewTask)
    }
    excluded = {None, scanner_user().pk, workflow_state.requested_by_id}
    return reviewers - excluded - authors(workflow_state.content_object, revision)


def require_two_reviewers(workflow_state, revision) -> None:
    """Whatever workflow a page went through (one an administrator built with the scan alone,
    or with one review task), nothing is published without two distinct human reviewers."""
    if len(approving_reviewers(workflow_state, revision)) < 2:
        refuse(TWO_REVIEWERS)


def refuse_exempt_text(findings: list[dict], user=None) -> None:
    """Refuse, saying why, when the findings hold a passage of exempt information (the title
    of its entry only for staff who may see it: moderation.exempt_text)."""
    from . import exempt_text

    found = exempt_text.exempt_findings(findings)
    if found:
        refuse(exempt_text.message(found, user))


def require_seals(user, action: str) -> None:
    """The acting account and the role configuration match their seals (security.seals): a
    row changed in SQL (a password, a group, a group's rights, a review task's groups)
    approves and publishes nothing, on every path (the request's middleware checks them too).
    A mismatch is logged and alerted, whatever rolls back."""
    from security import seals

    if user is None or not getattr(user, "pk", None):
        return
    if not seals.checked(user, None, action):
        refuse(seals.ACCOUNT_CHANGED)
    if not seals.roles_checked(user, None, action):
        refuse(seals.ROLES_CHANGED)


def publish_approved_revision(workflow_state, user=None) -> None:
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish the approved revision only when what the public
    would get is, byte for byte, what every step approved (the publication snapshot), and it
    still passes the privacy scan. Documents and images (their pending versions) are released
    now, or at go-live for a scheduled publication (moderation.signals). An entry that was ever
    exempt is published with another category only with its written lift reason
    (ppid_pages.exemption)."""
    from ppid_pages.exemption import check_lift, lift

    from . import snapshot
    from .assets import freeze_assets_of, lock_assets_of, release_assets_of
    from .models import SNAPSHOT_CHANGED, PublicationSnapshot, ScanReport, SnapshotStep
    from .publication import FINISH, approved_path
    from .records import record_approval

    require_seals(user, "workflow.finish")
    revision = approved_revision(workflow_state)
    require_two_reviewers(workflow_state, revision)
    approved = approved_snapshot(workflow_state, revision)
    lock_assets_of(revision.as_object())  # held until the release below: nothing slips in
    taken = snapshot.take(revision)
    if taken.digest != approved:
        refuse(SNAPSHOT_CHANGED)
    scan = ScanReport.scan(revision)
    if not scan.passed:
        refuse_exempt_text(scan.findings, user)
        refuse(SCAN_NO_LONGER_PASSES)
    check_lift(revision)
    page = workflow_state.content_object
    was_live = page.live
    # The approvals are the permission: no group holds Wagtail's "publish" right.
    with approved_path(FINISH):
        revision.publish(user=user, skip_permission_checks=True)
    lift(revision, user=user)
    record_approval(workflow_state, revision, scan, was_live, snapshot_hash=approved)
    PublicationSnapshot.record(revision, SnapshotStep.PUBLISH, taken, user=user)
    page.refresh_from_db()
    if page.live_revision_id == revision.pk:
        release_assets_of(revision.as_object(), user=user, expected=taken.assets)
    else:  # scheduled: released at go-live (moderation.signals), frozen until then
        freeze_assets_of(revision.as_object())
