"""The finish action of the SOP workflow: publish exactly the revision that was approved.

Wagtail imports this module while it defines its own models (WAGTAIL_FINISH_WORKFLOW_ACTION),
so models are imported inside the functions.
"""

from django.core.exceptions import PermissionDenied


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
        raise PermissionDenied("Not every task approved the latest revision.")
    return revision


def publish_approved_revision(workflow_state, user=None) -> None:
    """WAGTAIL_FINISH_WORKFLOW_ACTION: re-scan, then publish the approved revision."""
    from .documents import release_documents_of
    from .models import ScanReport
    from .records import record_approval

    revision = approved_revision(workflow_state)
    scan = ScanReport.scan(revision)
    if not scan.passed:
        raise PermissionDenied("The approved revision no longer passes the privacy scan.")
    was_live = workflow_state.content_object.live
    # The approvals are the permission: no group holds Wagtail's "publish" right.
    revision.publish(user=user, skip_permission_checks=True)
    release_documents_of(revision.as_object(), user=user)
    record_approval(workflow_state, revision, scan, was_live)
