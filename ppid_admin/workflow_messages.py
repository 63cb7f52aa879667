"""A clear message after every workflow action on a page, wherever it was taken (the editor
or the dashboard's approve/reject buttons): published, passed on to the next step, or sent
back. Wagtail says "has been updated" in the editor and nothing on the dashboard."""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState

WORKFLOW_VIEWS = {"wagtailadmin_pages:workflow_action", "wagtailadmin_pages:edit"}


def _page_id(request) -> int | None:
    match = request.resolver_match
    if match is None or match.view_name not in WORKFLOW_VIEWS or request.method != "POST":
        return None
    if (
        match.view_name == "wagtailadmin_pages:edit"
        and "action-workflow-action" not in request.POST
    ):
        return None
    try:
        return int(match.kwargs.get("page_id") or match.args[0])
    except (IndexError, TypeError, ValueError):
        return None


def outcome_message(page: Page, was_live: bool) -> tuple[int, str]:
    page = Page.objects.get(pk=page.pk).specific
    title = page.get_admin_display_title()
    state = WorkflowState.objects.for_instance(page).order_by("-created_at").first()
    if state is None:
        return messages.INFO, _("Page '%(title)s' saved.") % {"title": title}
    if state.status == WorkflowState.STATUS_IN_PROGRESS and state.current_task_state:
        return messages.SUCCESS, _("Page '%(title)s' approved; it now waits for '%(task)s'.") % {
            "title": title,
            "task": state.current_task_state.task.name,
        }
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return messages.SUCCESS, _(
            "Changes requested for page '%(title)s': it went back to %(person)s."
        ) % {
            "title": title,
            "person": (state.requested_by.get_full_name() or state.requested_by.get_username())
            if state.requested_by
            else _("the submitter"),
        }
    if state.status == WorkflowState.STATUS_APPROVED and page.live:
        if was_live:
            return messages.SUCCESS, _(
                "The changes to page '%(title)s' were approved and published."
            ) % {"title": title}
        return messages.SUCCESS, _("Page '%(title)s' was approved and published.") % {
            "title": title
        }
    return messages.INFO, _("Workflow action on page '%(title)s' saved.") % {"title": title}


class WorkflowActionMessageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        replace_wagtail_message(request, response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        request._ppid_workflow_page = None
        page_id = _page_id(request)
        if page_id is not None:
            page = Page.objects.filter(pk=page_id).only("live").first()
            request._ppid_workflow_page = (page, bool(page and page.live))


def replace_wagtail_message(request, response) -> None:
    """Called from the middleware's response pass (below)."""
    recorded = getattr(request, "_ppid_workflow_page", None)
    if not recorded or recorded[0] is None:
        return
    if response.status_code not in (200, 302):
        return
    storage = messages.get_messages(request)
    queued = getattr(storage, "_queued_messages", None)
    if queued is None:
        return
    if any(message.level >= messages.ERROR for message in queued):
        return
    page, was_live = recorded
    level, text = outcome_message(page, was_live)
    updated = _("Page '%(page_title)s' has been updated.") % {
        "page_title": Page.objects.get(pk=page.pk).get_admin_display_title()
    }
    queued[:] = [message for message in queued if str(message.message) != updated]
    messages.add_message(request, level, text)
