"""How search engines and browsers find the public site: sitemap.xml, robots.txt, favicon.

The sitemap lists exactly what the public may see (visibility.public_pages: live, without view
restrictions, never exempt information), so it can never reveal an exempt entry's URL. It is an
index (/sitemap.xml) of sections of SITEMAP_PAGE_SIZE pages each (/sitemap-halaman.xml,
?p=2, ...): the whole list rendered at once took ~11 s at 10,000 DIP entries (issue 18). Each
section page is a public page like any other: kept by the page cache under the public
generation, so a take-down or an exemption retires it at its commit.
"""

from django.contrib.staticfiles.storage import staticfiles_storage
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import index as wagtail_sitemap_index
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from page_cache import facts
from page_cache.middleware import reads_query

from .exemption import withheld_among
from .models.dip import DipEntryPage
from .visibility import public_pages

# Nothing to index behind these (rate-limited search, the display switch).
ROBOTS_DISALLOWED = ("search", "display_settings")


SITEMAP_PAGE_SIZE = 1000  # addresses of pages per section page (the protocol allows 50,000)


class PublicSitemap(Sitemap):
    """Wagtail's sitemap of the request's site, restricted to the public pages, in pages of
    SITEMAP_PAGE_SIZE."""

    limit = SITEMAP_PAGE_SIZE

    def public_items(self):
        root = self.get_wagtail_site().root_page
        return public_pages().descendant_of(root, inclusive=True)

    def items(self):
        return self.public_items().order_by("path").defer_streamfields().specific()

    def get_latest_lastmod(self):
        """The newest publication of the section (the index's lastmod), in one query: Django
        reads every page's lastmod for it."""
        latest = Coalesce("last_published_at", "latest_revision_created_at")
        return self.public_items().aggregate(latest=Max(latest))["latest"]

    def _urls(self, page, protocol, domain):
        """Wagtail's, with the withheld check of the page's DIP entries made in one query
        (DipEntryPage.get_sitemap_urls asked the database once per entry: 10,000 queries at
        10,000 entries). The same rule: an exempt or withheld entry lists nothing."""
        items = list(self.paginator.page(page).object_list)
        withheld = withheld_among([item.pk for item in items if isinstance(item, DipEntryPage)])
        urls, last_mods = [], set()
        for item in items:
            if isinstance(item, DipEntryPage):
                if item.is_exempt or item.pk in withheld:
                    continue
                # What DipEntryPage.get_sitemap_urls returns for an entry not withheld.
                url_info_items = super(DipEntryPage, item).get_sitemap_urls(self.request)
            else:
                url_info_items = item.get_sitemap_urls(self.request)
            for url_info in url_info_items:
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


SITEMAPS = {"halaman": PublicSitemap}


@reads_query()
@require_GET
def sitemap(request: HttpRequest) -> HttpResponse:
    """The sitemap index: the address of every section page."""
    response = wagtail_sitemap_index(
        request, sitemaps=SITEMAPS, sitemap_url_name="sitemap_section"
    )
    return without_last_modified(response)


@reads_query("p")
@require_GET
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    """One page of a section (?p=N, as the index lists it; a page it does not have is 404).
    Another spelling of a number (?p=02, +2, ' 2', 0002) is answered with a permanent redirect
    to ?p=N before anything is rendered: each one was rendered every time, never kept
    (issue 18, verify18f 2)."""
    number = request.GET.get("p")
    if number is not None and len(number) > 9:  # no section has a billion pages
        raise Http404
    if number is not None and not (
        number.isascii() and number.isdigit() and str(int(number)) == number
    ):
        try:
            value = int(number)
        except ValueError:  # not a number at all: no such page
            raise Http404 from None
        if value < 1:
            raise Http404
        query = request.GET.copy()
        query["p"] = str(value)
        return HttpResponsePermanentRedirect(f"{request.path}?{query.urlencode()}")
    response = wagtail_sitemap(request, sitemaps=SITEMAPS, section=section)
    if number is not None:
        # A page the section has, written as the index writes it: the page cache may keep
        # it (page_cache.facts.claim; another spelling was sent to this one above).
        facts.claim(request, "p")
    return without_last_modified(response)


def without_last_modified(response: HttpResponse) -> HttpResponse:
    """Django dates a sitemap by its newest publication, which a take-down leaves as it was
    (the entry goes, the newest stays): a crawler asking If-Modified-Since got 304 and kept
    the address taken down. Conditional requests use the ETag of the body instead."""
    if response.has_header("Last-Modified"):
        del response["Last-Modified"]
    return response


@reads_query()
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


@reads_query()
@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """/favicon.ico, which browsers ask for on their own: to the office's icon."""
    return redirect(favicon_url(request))
