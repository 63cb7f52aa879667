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
