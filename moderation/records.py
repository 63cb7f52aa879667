"""The approval form (Form Persetujuan) written when the workflow publishes."""

from wagtail.models import TaskState

from .models import ApprovalRecord, ChangeKind, PublicationSnapshot, ScanReport


def person(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def approval_steps(workflow_state, revision) -> list[dict[str, str]]:
    states = (
        workflow_state.task_states.filter(revision=revision, status=TaskState.STATUS_APPROVED)
        .select_related("task", "finished_by")
        .order_by("finished_at", "pk")
    )
    digests = dict(
        PublicationSnapshot.objects.filter(task_state__in=states).values_list(
            "task_state_id", "digest"
        )
    )
    from security.takeover import describe, reset_by_another

    steps = []
    for state in states:
        step = {
            "task": state.task.name,
            "reviewer": person(state.finished_by),
            "at": state.finished_at.isoformat(),
            "comment": state.comment,
            "snapshot": digests.get(state.pk, ""),
        }
        # An account another person reset shortly before this approval (security.takeover).
        if reset := reset_by_another(state.finished_by_id, state.finished_at):
            step["after_reset"] = describe(reset)
        steps.append(step)
    return steps


def record_approval(
    workflow_state, revision, scan: ScanReport, was_live: bool, snapshot_hash: str = ""
) -> ApprovalRecord:
    page = workflow_state.content_object
    return ApprovalRecord.objects.create(
        page_id=page.pk,
        page_title=page.title,
        revision=revision,
        change_kind=ChangeKind.UPDATE if was_live else ChangeKind.NEW,
        submitted_by=person(workflow_state.requested_by),
        submitted_at=workflow_state.created_at,
        scan_summary=scan.summary(),
        steps=approval_steps(workflow_state, revision),
        snapshot_hash=snapshot_hash,
    )
