"""Public redirects stay on the site and never cover a file address.

Wagtail's redirects (wagtail.contrib.redirects) answer any 404 whose path has a redirect row.
A row is written by a superuser in the admin, by its import, or in the database, with no
review, so the public answer is limited where it is made: a redirect leads only to another
address of the same site (never to another host, where a fake PPID page could wait), and an
address under the document, media or admin paths is never redirected (a taken-down document's
404 must stay a 404), a redirect is followed only once a second person approved it exactly
as it is (moderation.redirects: its approval's digest in the audit chain), and a redirect to a
page the public may not see live (not live, or under a page that is not live: its row holds its
draft slug) is never followed. Anything else keeps the 404, and the refusal is logged.

Wagtail's automatic redirects (WAGTAILREDIRECTS_AUTO_CREATE, off in settings) were written in
bulk with no audit entry whenever a page's slug changed, also the draft slug of a page that was
never live (issue 13, live13 break 2): here they are made only for a page that was live, and
each one is logged (`wagtail.create` on the redirect). One made by a publication through the
workflow (its new address is part of the revision both reviewers approved, and the redirect
only sends the old public address to that same page) is approved by that publication: its
approval is recorded with it, in the audit chain. Any other is followed only once two people
approved it (an upgraded database's redirects, one made by a serta merta publication).
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
from wagtail.contrib.redirects.signal_handlers import create_redirects
from wagtail.log_actions import log
from wagtail.models import Page, Site
from wagtail.signals import page_slug_changed, post_page_move

from moderation.redirects import approve_with_publication, is_approved
from ppid_pages.visibility import linkable

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
        if redirect.redirect_page_id and not linkable(redirect.redirect_page):
            logger.warning("Redirect of %s to a page that is not live refused", request.path)
            return response
        if not url_has_allowed_host_and_scheme(
            link, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            logger.warning("Redirect of %s to another site refused: %s", request.path, link)
            return response
        if redirect.is_permanent:
            return HttpResponsePermanentRedirect(link)
        return HttpResponseRedirect(link)


def create_logged_redirects(page: Page, page_old: Page) -> None:
    """Wagtail's automatic redirects for a page whose address changed, only when the old
    address was public (the page was live), each one logged."""
    if not page_old.live:
        return
    sites = Site.objects.filter(
        id__in=[option.site_id for option in page._get_relevant_site_root_paths(page)]
    ).exclude(root_page=page)
    before = Redirect.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    create_redirects(page=page, page_old=page_old, sites=sites)
    reviewed = published_through_the_workflow(page)
    # Only this change's redirects: to the page or a page below it (moved with it). A row
    # another hand inserted meanwhile (to another page or a link) is neither logged nor
    # approved with this publication.
    made = Redirect.objects.filter(
        pk__gt=before, automatically_created=True, redirect_page__path__startswith=page.path
    )
    for redirect in made:
        log(
            instance=redirect,
            action="wagtail.create",
            data={"automatically_created": True, "page": page.pk},
        )
        if reviewed:
            approve_with_publication(redirect, page)


def published_through_the_workflow(page: Page) -> bool:
    """The page's live revision reached the public through the workflow (two reviewers): the
    audit chain holds its publication snapshot (a serta merta publication, the set-up path or
    a row written in the database has none). Wagtail sends page_slug_changed after the commit,
    so this is read from the record, not from the path the publication took."""
    from moderation.models import SnapshotStep
    from moderation.snapshot import vouched_digests

    if page.live_revision_id is None:
        return False
    return bool(vouched_digests(page.live_revision_id, [SnapshotStep.PUBLISH]))


def redirects_on_slug_change(sender, instance_before, instance, **kwargs) -> None:
    create_logged_redirects(instance, instance_before)


def redirects_on_move(sender, instance, url_path_before, url_path_after, **kwargs) -> None:
    if url_path_before == url_path_after:
        return
    before = Page.objects.get(pk=instance.pk).specific
    before.url_path = url_path_before
    before.live = instance.live
    create_logged_redirects(instance, before)


page_slug_changed.connect(redirects_on_slug_change, dispatch_uid="ppid_redirects_on_slug")
post_page_move.connect(redirects_on_move, dispatch_uid="ppid_redirects_on_move")
