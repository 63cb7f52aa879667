"""A size limit on the body of the public forms, checked before anything reads it.

Django's DATA_UPLOAD_MAX_MEMORY_SIZE does not count uploaded files: a public form (or any
public POST, which Django's parser accepts file parts for) could send a body of gigabytes,
spooled whole to the temporary directory before the form's own "at most 5 MB" check ran.
`SECURITY_MAX_REQUEST_BYTES` maps a view name to the largest body it accepts; a larger one is
answered 413 with an Indonesian page, without reading it. This middleware stands before the
CSRF middleware (which reads the body to find its token). The web server in front should set
its own limit too (nginx `client_max_body_size`).
"""

from django.conf import settings
from django.shortcuts import render


def declared_length(request) -> int | None:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None


class RequestSizeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        limits = getattr(settings, "SECURITY_MAX_REQUEST_BYTES", {})
        if request.method != "POST" or match is None or match.view_name not in limits:
            return None
        limit = limits[match.view_name]
        length = declared_length(request)
        if length is not None and length <= limit:
            return None
        return render(
            request,
            "security/too_large.html",
            {"megabytes": max(1, limit // (1024 * 1024))},
            status=413,
        )
