"""What the editor tells each role, above the form: the SOP's steps before submitting, where
the review stands, what a reviewer checks, and the scan's findings with what to do."""

from django.contrib import messages
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.models import WorkflowState

from .findings import present


def active_state(page) -> WorkflowState | None:
    if page is None or page.pk is None:
        return None
    return (
        WorkflowState.objects.for_instance(page)
        .filter(status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES])
        .select_related("current_task_state__task", "requested_by")
        .first()
    )


def editor_guidance(request, page, parent=None) -> None:
    """Queue the explanation (and findings) for this editor page as admin messages."""
    from moderation.wagtail_hooks import rejecting_scan_report

    state = active_state(page)
    context = {"page": page, "state": state, "user": request.user}
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        report = rejecting_scan_report(page)
        if report is not None:
            context["findings"] = present(
                report.findings, page.get_latest_revision_as_object(), request.user
            )
            messages.error(request, _render("ppid_admin/editor/findings.html", context))
            return
        messages.warning(request, _render("ppid_admin/editor/changes_requested.html", context))
        return
    if state is not None:
        task = state.current_task_state.task.specific if state.current_task_state else None
        context["task"] = task
        actions = task.get_actions(page, request.user) if task is not None else []
        if actions:
            messages.info(request, _render("ppid_admin/editor/review.html", context))
        else:
            messages.info(request, _render("ppid_admin/editor/in_review.html", context))
        return
    messages.info(request, _render("ppid_admin/editor/before_submit.html", context))


def _render(template: str, context: dict) -> str:
    return mark_safe(render_to_string(template, context).strip())  # noqa: S308 - our template
