"""Celery jobs of the page cache (page_cache.purge.purge_live_pages_later)."""

from celery import shared_task


@shared_task(name="page_cache.purge_live_pages")
def purge_live_pages(names: list[str]) -> None:
    """Every live page's addresses to the frontend-cache backends `names`."""
    from . import purge

    if purge.enabled():
        purge.purge_live_pages(names)
