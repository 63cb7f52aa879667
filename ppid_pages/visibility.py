"""What the public may see. Exempt (dikecualikan) information never leaves the office."""

from django.db.models import QuerySet
from wagtail.models import Page

from .models.dip import DipCategory, DipEntryDocument, DipEntryPage


def exempt_entry_ids() -> list[int]:
    return list(
        DipEntryPage.objects.filter(category=DipCategory.DIKECUALIKAN).values_list("pk", flat=True)
    )


def public_pages() -> QuerySet:
    """Live, unrestricted pages, without exempt DIP entries."""
    return Page.objects.live().public().exclude(pk__in=exempt_entry_ids())


def document_is_public(document) -> bool:
    """Released (scanned clean and published or approved) and not part of exempt information."""
    return document.is_released and not is_exempt_document(document)


def is_exempt_document(document) -> bool:
    """True when the document is attached to any exempt DIP entry."""
    return DipEntryDocument.objects.filter(
        document=document, page__category=DipCategory.DIKECUALIKAN
    ).exists()
