"""What the public may see. Exempt (dikecualikan) information never leaves the office: neither
what is exempt now nor what was ever exempt and not lifted through the workflow (exemption.py)."""

from django.db.models import Q, QuerySet
from wagtail.models import Page

from page_cache import request_memo

from .exemption import is_exempt_document
from .models.dip import DipCategory, DipEntryPage, withheld_entry_ids

__all__ = [
    "document_is_public",
    "image_in_public_use",
    "is_exempt_document",
    "public",
    "public_pages",
]


def private_q() -> Q:
    """Wagtail's `PageQuerySet.private_q()` (the sections behind a view restriction), read once
    per request (page_cache.request_memo) instead of once per `.public()`."""
    return request_memo.once("private_q", lambda: Page.objects.all().private_q())


def public(pages: QuerySet) -> QuerySet:
    """`pages.public()`, with the view restrictions read once per request."""
    return pages.exclude(private_q())


def public_pages() -> QuerySet:
    """Live, unrestricted pages, without exempt or withheld DIP entries."""
    exempt_now = DipEntryPage.objects.filter(category=DipCategory.DIKECUALIKAN).values("pk")
    return (
        public(Page.objects.live()).exclude(pk__in=exempt_now).exclude(pk__in=withheld_entry_ids())
    )


def document_is_public(document) -> bool:
    """Released (scanned clean, published with a page or approved on its own), in public use
    and never part of exempt information. A document released with a page is public while a
    live page uses it (moderation.assets.used_by_live_content, as for images): the take-down of
    the only page that used it ends its public life too; the record keeps its release."""
    from moderation.assets import used_by_live_content

    if not document.is_released or is_exempt_document(document):
        return False
    return document.approved_at is not None or used_by_live_content(document)


def image_in_public_use(image) -> bool:
    """Released (with a page, on its own, or as the approved logo/favicon) and used by live
    content now; whether it is exempt is asked first by the caller (serve_public_image refuses
    an exempt image to staff too). A picture no reviewer released (an
    upload whose admin thumbnail or draft preview made a rendition) or one whose page was taken
    down is not the public's (found by the red-team run: both stayed public at their URLs)."""
    from moderation.assets import used_by_live_content
    from moderation.site_settings import approved_settings_images

    if image.pk in approved_settings_images():
        return True  # the approved logo or favicon (approved values, set-up ones included)
    return image.is_released and used_by_live_content(image)
