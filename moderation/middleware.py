"""The gate's refusals say why, in the office's language, wherever the admin hits them.

Wagtail's admin turns a PermissionDenied raised inside one of its views into its own generic
message ("you do not have permission", and a redirect to the dashboard), or, for a modal
dialog's request (the page privacy dialog), into a bare 403 that the dialog cannot show. The
gate (moderation.publication.refuse) notes each refusal of the request; this middleware adds
the gate's message to the redirect's messages, and answers a modal dialog with the message in
the dialog instead of the 403.
"""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .publication import Refused, _refusals


def is_modal_request(request) -> bool:
    return request.headers.get("x-requested-with") == "XMLHttpRequest"


class GateRefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _refusals.set([])
        try:
            response = self.get_response(request)
            refusals = list(dict.fromkeys(_refusals.get() or []))
        finally:
            _refusals.reset(token)
        if refusals and not is_modal_request(request) and hasattr(request, "_messages"):
            queued = {str(m.message) for m in getattr(request._messages, "_queued_messages", [])}
            for text in refusals:
                if text not in queued:
                    messages.error(request, text)
        return response

    def process_exception(self, request, exception):
        if not isinstance(exception, Refused) or not is_modal_request(request):
            return None
        if not request.path.startswith("/" + settings.WAGTAILADMIN_PATH):
            return None
        from wagtail.admin.modal_workflow import render_modal_workflow

        response = render_modal_workflow(
            request,
            "moderation/refused_modal.html",
            None,
            {"message": str(exception)},
            json_data={"step": "refused", "message": str(exception)},
        )
        response.status_code = 200  # the dialog shows its body; a 403 only alerts "error"
        return response


APPROVAL_VIEWS = {
    "wagtailadmin_pages:workflow_action",
    "wagtailadmin_pages:collect_workflow_action_data",
}

APPROVE_IN_THE_EDITOR = _(
    "Publishing this page also releases new versions of documents, images or information "
    "units (listed above): approve it in the page editor, where they are shown, after "
    "comparing them under Document approval."
)


def seen_key(page) -> str:
    return f"ppid_pending_versions_seen_{page.pk}"


def pending_snapshot(page) -> str:
    """The publication snapshot of the page's latest revision, its pending versions included:
    what the reviewer was shown, and what an approval records."""
    from .snapshot import take

    revision = page.get_latest_revision()
    return take(revision).digest if revision is not None else ""


def remember_pending_versions_seen(request, page) -> None:
    """The page editor showed this reviewer the page's pending versions (the warnings)."""
    if hasattr(request, "session"):
        request.session[seen_key(page)] = pending_snapshot(page)


class PendingVersionsMiddleware:
    """The dashboard's "Awaiting your review" panel approves through Wagtail's workflow action
    views (a button, or the approve-with-comment dialog), which show nothing of the page: a
    reviewer would approve new versions of documents, images or information units the page
    releases without having seen them (the page editor lists them,
    moderation.wagtail_hooks.pending_version_warnings). An approval there of a page that
    releases any is refused, and the reviewer is sent to the editor with the list, unless
    this reviewer's editor already showed them exactly these versions (the session keeps the
    publication snapshot the editor showed; a version changed since is shown again)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in APPROVAL_VIEWS:
            return None
        if view_kwargs.get("action_name") != "approve":
            return None
        from wagtail.models import Page

        from .wagtail_hooks import pending_version_warnings

        page = Page.objects.filter(pk=view_kwargs.get("page_id")).first()
        if page is None:
            return None
        page = page.specific
        warnings = [str(warning) for warning in pending_version_warnings(page)]
        if not warnings:
            return None
        seen = getattr(request, "session", {}).get(seen_key(page))
        if seen and seen == pending_snapshot(page):
            return None
        editor = reverse("wagtailadmin_pages:edit", args=[page.pk])
        if is_modal_request(request):
            from wagtail.admin.modal_workflow import render_modal_workflow

            return render_modal_workflow(
                request,
                "moderation/refused_modal.html",
                None,
                {"message": str(APPROVE_IN_THE_EDITOR), "warnings": warnings, "link": editor},
                json_data={"step": "refused", "message": str(APPROVE_IN_THE_EDITOR)},
            )
        for warning in warnings:
            messages.warning(request, warning)
        messages.error(request, str(APPROVE_IN_THE_EDITOR))
        return redirect(editor)
