"""Public redirects stay on the site and never cover a file address.

Wagtail's redirects (wagtail.contrib.redirects) answer any 404 whose path has a redirect row.
A row is written by a superuser in the admin, by its import, or in the database, with no
review, so the public answer is limited where it is made: a redirect leads only to another
address of the same site (never to another host, where a fake PPID page could wait), and an
address under the document, media or admin paths is never redirected (a taken-down document's
404 must stay a 404), and a redirect is followed only once a second person approved it exactly
as it is (moderation.redirects: its approval's digest in the audit chain). Anything else keeps
the 404, and the refusal is logged.
"""

from __future__ import annotations

import logging
from urllib.parse import urlparse

from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.contrib.redirects.models import Redirect

from moderation.redirects import is_approved

logger = logging.getLogger(__name__)

NEVER_REDIRECTED = ("/dokumen/", "/documents/", "/media/", "/admin/", "/.well-known/")


class SameSiteRedirectMiddleware(RedirectMiddleware):
    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if response.status_code != 404 or request.path.startswith(NEVER_REDIRECTED):
            return response
        path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
        redirect = get_redirect(request, path)
        if redirect is None and urlparse(path).path != path:
            redirect = get_redirect(request, urlparse(path).path)
        link = redirect.link if redirect else None
        if not link:
            return response
        if not is_approved(redirect):
            logger.warning("Redirect of %s not approved (yet): not followed", request.path)
            return response
        if not url_has_allowed_host_and_scheme(
            link, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            logger.warning("Redirect of %s to another site refused: %s", request.path, link)
            return response
        if redirect.is_permanent:
            return HttpResponsePermanentRedirect(link)
        return HttpResponseRedirect(link)
