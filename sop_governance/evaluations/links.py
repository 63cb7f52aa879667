"""C1: broken links on the public site, found in the stored content of every live page.

Internal links are checked against the database with a fixed number of queries: links to pages
(rich text and page choosers) must reach a live, public page; links to documents must reach a
released document; site paths ("/profil/...") must resolve to a live page or one of the site's
own views. External links are checked only when `SOP_CHECK_EXTERNAL_LINKS` is on (a server with
internet access), each with `SOP_EXTERNAL_LINK_TIMEOUT` seconds and at most
`MAX_EXTERNAL_CHECKS` of them; otherwise they are counted and skipped.
"""

import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site

from ppid_pages.models import DipEntryDocument, PPIDDocument
from ppid_pages.models.dip import DipCategory
from ppid_pages.models.media import DocumentScanStatus

RICH_TEXT_LINK = re.compile(r'<a[^>]*\blinktype="(page|document)"[^>]*\bid="(\d+)"')
HREF = re.compile(r'\bhref="([^"]+)"')
CHOOSER_KEYS = {"page": "page", "document": "document"}
MAX_EXTERNAL_CHECKS = 50
LISTED_BROKEN_LINKS = 200


@dataclass(frozen=True)
class Link:
    page_id: int
    page_title: str
    kind: str  # page, document, path, external
    target: str


def strings_and_references(value) -> Iterator[tuple[str, object]]:
    """Walk a StreamField's raw JSON: ("text", html) for strings, (kind, id) for choosers."""
    if isinstance(value, str):
        yield "text", value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in CHOOSER_KEYS and isinstance(item, int):
                yield CHOOSER_KEYS[key], item
            else:
                yield from strings_and_references(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_and_references(item)


def links_in_html(page: Page, html: str) -> Iterator[Link]:
    for kind, target in RICH_TEXT_LINK.findall(html):
        yield Link(page.pk, page.title, kind, target)
    for href in HREF.findall(html):
        if href.startswith(("http://", "https://")):
            yield Link(page.pk, page.title, "external", href)
        elif href.startswith("/") and not href.startswith("//"):
            yield Link(page.pk, page.title, "path", href)


def links_of(page: Page) -> Iterator[Link]:
    for field in page._meta.concrete_fields:
        value = getattr(page, field.attname, None)
        if isinstance(field, RichTextField) and value:
            yield from links_in_html(page, value)
        elif isinstance(field, StreamField) and value is not None:
            for kind, item in strings_and_references(field.get_prep_value(value)):
                if kind == "text":
                    yield from links_in_html(page, item)
                else:
                    yield Link(page.pk, page.title, kind, str(item))


def own_hosts() -> set[str]:
    return {host.lower() for host in Site.objects.values_list("hostname", flat=True)}


def is_released(row: dict) -> bool:
    released = row["published_at"] is not None or row["approved_at"] is not None
    return released and row["scan_status"] == DocumentScanStatus.CLEAN


def check_external(url: str) -> str | None:
    """None when the link answers; else the reason."""
    if urlsplit(url).scheme not in ("http", "https"):
        return _("Not a web address.")
    headers = {"User-Agent": "PPID-link-check"}
    request = urllib.request.Request(url, method="HEAD", headers=headers)  # noqa: S310
    try:
        timeout = settings.SOP_EXTERNAL_LINK_TIMEOUT
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        return str(getattr(error, "reason", error))
    return None if status < 400 else f"HTTP {status}"


def site_root_path() -> str:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.url_path if site else "/"


def resolves_outside_pages(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.url_name != "wagtail_serve"


def broken_links() -> dict:
    pages = Page.objects.live().public().specific()
    links: list[Link] = []
    checked_pages = 0
    for page in pages:
        checked_pages += 1
        links.extend(links_of(page))
    hosts = own_hosts()
    for link in list(links):
        if link.kind == "external":
            parts = urlsplit(link.target)
            if (parts.hostname or "").lower() in hosts:
                links.remove(link)
                links.append(Link(link.page_id, link.page_title, "path", parts.path or "/"))

    page_ids = {int(link.target) for link in links if link.kind == "page"}
    document_ids = {int(link.target) for link in links if link.kind == "document"}
    live_pages = set(
        Page.objects.filter(pk__in=page_ids, live=True)
        .exclude(dipentrypage__category=DipCategory.DIKECUALIKAN)
        .values_list("pk", flat=True)
    )
    released_documents = {
        row["pk"]
        for row in PPIDDocument.objects.filter(pk__in=document_ids).values(
            "pk", "published_at", "approved_at", "scan_status"
        )
        if is_released(row)
    }
    root = site_root_path()
    wanted_paths = {}
    for link in links:
        if link.kind == "path":
            path = urlsplit(link.target).path or "/"
            if not resolves_outside_pages(path):
                wanted_paths[link.target] = root + path.lstrip("/").rstrip("/") + "/"
    live_paths = set(
        Page.objects.live()
        .public()
        .filter(url_path__in=set(wanted_paths.values()))
        .exclude(dipentrypage__category=DipCategory.DIKECUALIKAN)
        .values_list("url_path", flat=True)
    )
    broken = []
    external = [link for link in links if link.kind == "external"]
    for link in links:
        reason = None
        if link.kind == "page" and int(link.target) not in live_pages:
            reason = _("The linked page does not exist or is not public.")
        elif link.kind == "document" and int(link.target) not in released_documents:
            reason = _("The linked document does not exist or is not released.")
        elif (
            link.kind == "path"
            and link.target in wanted_paths
            and wanted_paths[link.target] not in live_paths
        ):
            reason = _("No public page at this address.")
        if reason:
            broken.append(link_row(link, reason))

    # Documents attached to live DIP entries must be released too.
    private_attachments = (
        DipEntryDocument.objects.filter(page__live=True)
        .exclude(page__category=DipCategory.DIKECUALIKAN)
        .exclude(
            Q(document__scan_status=DocumentScanStatus.CLEAN)
            & (Q(document__published_at__isnull=False) | Q(document__approved_at__isnull=False))
        )
        .values_list("page_id", "page__title", "document_id")
    )
    private_attachments = list(private_attachments)
    for page_id, title, document_id in private_attachments:
        link = Link(page_id, title, "document", str(document_id))
        broken.append(link_row(link, _("The attached document is not released.")))

    external_result = {"count": len(external), "checked": False, "broken": 0}
    if settings.SOP_CHECK_EXTERNAL_LINKS:
        external_result["checked"] = True
        for link in external[:MAX_EXTERNAL_CHECKS]:
            reason = check_external(link.target)
            if reason:
                external_result["broken"] += 1
                broken.append(link_row(link, reason))
    return {
        "pages_checked": checked_pages,
        "links_checked": len(links) + len(private_attachments),
        "broken_count": len(broken),
        "broken": broken[:LISTED_BROKEN_LINKS],
        "external": external_result,
    }


def link_row(link: Link, reason: str) -> dict:
    return {
        "page_id": link.page_id,
        "page": link.page_title,
        "kind": link.kind,
        "target": link.target,
        "reason": str(reason),
    }
