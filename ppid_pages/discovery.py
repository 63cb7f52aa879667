"""How search engines and browsers find the public site: sitemap.xml, robots.txt, favicon.

The sitemap lists exactly what the public may see (visibility.public_pages: live, without view
restrictions, never exempt information), so it can never reveal an exempt entry's URL.
"""

from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .visibility import public_pages

# Nothing to index behind these (rate-limited search, the display switch).
ROBOTS_DISALLOWED = ("search", "display_settings")


class PublicSitemap(Sitemap):
    """Wagtail's sitemap of the request's site, restricted to the public pages."""

    def items(self):
        root = self.get_wagtail_site().root_page
        return (
            public_pages()
            .descendant_of(root, inclusive=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


@require_GET
def sitemap(request: HttpRequest) -> HttpResponse:
    return wagtail_sitemap(request, sitemaps={"halaman": PublicSitemap})


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    # The admin path is not listed: robots.txt is public, and a custom WAGTAILADMIN_PATH is
    # there to stay unadvertised.
    lines = ["User-agent: *"]
    lines += [f"Disallow: {reverse(name)}" for name in ROBOTS_DISALLOWED]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def public_office(request: HttpRequest):
    """The office's settings as approved for the public (moderation.site_settings)."""
    from wagtail.models import Site

    from moderation.site_settings import approved_office

    if not hasattr(request, "_ppid_public_office"):
        request._ppid_public_office = approved_office(Site.find_for_request(request), request)
    return request._ppid_public_office


def favicon_url(request: HttpRequest) -> str:
    """The office's icon (favicon, else logo) as a 64 px PNG rendition, else the default."""
    icon = public_office(request).site_icon
    if icon is None:
        return staticfiles_storage.url("img/favicon.svg")
    return icon.get_rendition("fill-64x64|format-png").url


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """/favicon.ico, which browsers ask for on their own: to the office's icon."""
    return redirect(favicon_url(request))
