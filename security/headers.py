"""Security headers: Content-Security-Policy (django-csp), with the Wagtail admin's own policy
under the admin path only, Permissions-Policy, and a sandbox on every document download.

- Public site: `CONTENT_SECURITY_POLICY` (no inline scripts or styles, nothing from outside,
  no framing).
- Admin (every URL under Wagtail's admin home): `SECURITY_ADMIN_CONTENT_SECURITY_POLICY`, which
  adds only what the admin needs. Its frame-ancestors follow X-Frame-Options: 'self' for
  Wagtail's preview views (which Wagtail marks SAMEORIGIN for the editor's preview panel) and
  'none' for every other admin view.
- Documents (Wagtail's serve view): `sandbox` on top of Wagtail's `default-src 'none'`, so that a
  file could never run script in this origin, and `nosniff`. Inline PDFs keep Wagtail's policy
  without `sandbox`: browsers' PDF viewers refuse to run in a sandboxed document.
"""

from csp.constants import HEADER, NONE, SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.urls import NoReverseMatch, reverse

DOCUMENT_VIEW = "wagtaildocs_serve"
DOCUMENT_POLICY = "default-src 'none'"
SANDBOXED_DOCUMENT_POLICY = "default-src 'none'; sandbox"


def admin_path_prefix() -> str | None:
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:
        return None


def is_admin_request(request) -> bool:
    prefix = admin_path_prefix()
    return prefix is not None and request.path_info.startswith(prefix)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy swapped in for admin URLs."""

    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            # Wagtail's preview renders the page through the middleware with a dummy request
            # for the page's public URL: the real (admin) request sets the policy afterwards.
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None or not is_admin_request(request):
            return parts
        directives = dict(settings.SECURITY_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        framable = response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
        directives["frame-ancestors"] = [SELF] if framable else [NONE]
        parts.config = default_config(directives)
        return parts


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; the document sandbox on document downloads."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = permissions_policy()
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == DOCUMENT_VIEW and response.status_code < 400:
            protect_document(response)
        return response


def permissions_policy() -> str:
    features = getattr(settings, "SECURITY_PERMISSIONS_POLICY", {})
    return ", ".join(f"{feature}=({' '.join(allowed)})" for feature, allowed in features.items())


def protect_document(response) -> None:
    """Nothing in a served document may run: sandboxed unless it is an inline PDF."""
    inline_pdf = response.get("Content-Type", "").startswith("application/pdf") and (
        response.get("Content-Disposition", "").startswith("inline")
    )
    response[HEADER] = DOCUMENT_POLICY if inline_pdf else SANDBOXED_DOCUMENT_POLICY
    response["X-Content-Type-Options"] = "nosniff"
