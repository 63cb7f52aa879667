from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import WorkflowState

from .models import PrivacyScanTask, ScanReport


def rejecting_scan_report(page) -> ScanReport | None:
    """The scan report behind the page's current 'needs changes' state, if the scan rejected it."""
    state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
        .select_related("current_task_state__task")
        .first()
    )
    if state is None or not isinstance(state.current_task_state.task.specific, PrivacyScanTask):
        return None
    return state.current_task_state.scan_reports.filter(passed=False).first()


@hooks.register("before_edit_page")
def show_scan_findings(request, page) -> None:
    """Show the Operator why the privacy scan sent the page back (masked excerpts only)."""
    if request.method != "GET" or (report := rejecting_scan_report(page)) is None:
        return
    for finding in report.findings:
        messages.error(
            request,
            _("Privacy scan: %(kind)s in %(location)s: %(excerpt)s")
            % {
                "kind": finding["kind"].upper(),
                "location": finding["location"],
                "excerpt": finding["excerpt"],
            },
        )


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions) -> None:
    actions.register_action(
        "ppid.document.release", _("Document released"), _("Document released with a page")
    )
