"""Celery jobs of the page cache (page_cache.purge.purge_live_pages_later)."""

from celery import shared_task


@shared_task(name="page_cache.purge_live_pages")
def purge_live_pages(names: list[str]) -> None:
    """Every live page's addresses to the frontend-cache backends `names`."""
    from . import purge

    if purge.enabled():
        purge.purge_live_pages(names)


@shared_task(name="page_cache.purge_urls")
def purge_urls(name: str, urls: list[str], attempt: int) -> None:
    """A purge that failed (page_cache.backends.RetriedBackend), sent again to the backend
    `name` alone; what fails again is retried later, RETRY_DELAYS times at most."""
    from wagtail.contrib.frontend_cache.utils import get_backends

    backend = get_backends(backends=[name]).get(name)
    if backend is None:
        return
    backend.name, backend.attempt = name, attempt
    backend.purge_batch(urls)


@shared_task(name="page_cache.purge_old_site")
def purge_old_site(root_url: str, root_page_id: int) -> None:
    """Every address under a Site's old root URL (its hostname changed, or it was deleted)."""
    from . import purge

    if purge.enabled():
        purge.purge_old_site(root_url, root_page_id)
