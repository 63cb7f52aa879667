"""What the public may see. Exempt (dikecualikan) information never leaves the office: neither
what is exempt now nor what was ever exempt and not lifted through the workflow (exemption.py)."""

from django.db.models import QuerySet
from wagtail.models import Page

from .exemption import is_exempt_document
from .models.dip import DipCategory, DipEntryPage, withheld_entry_ids

__all__ = ["document_is_public", "is_exempt_document", "public_pages"]


def public_pages() -> QuerySet:
    """Live, unrestricted pages, without exempt or withheld DIP entries."""
    exempt_now = DipEntryPage.objects.filter(category=DipCategory.DIKECUALIKAN).values("pk")
    return (
        Page.objects.live()
        .public()
        .exclude(pk__in=exempt_now)
        .exclude(pk__in=withheld_entry_ids())
    )


def document_is_public(document) -> bool:
    """Released (scanned clean and published or approved) and never part of exempt information."""
    return document.is_released and not is_exempt_document(document)
