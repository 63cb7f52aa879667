"""Celery jobs of the page cache (page_cache.purge.purge_live_pages_later).

Each sends its purges within FRONTEND_CACHE_PURGE_TASK_SECONDS of wall-clock time
(page_cache.backends.in_job, purge_each): what a hung or trickling CDN or proxy left unsent
goes to the job's next attempt. Celery's soft and hard time limits stop a job past that
(reading the pages included): a worker is never held for ever (issue 18, fix18m)."""

from celery import shared_task
from django.conf import settings

# Seconds past the sending budget for the rest of a job (reading every live page, the renditions).
SOFT_TIME_LIMIT = settings.FRONTEND_CACHE_PURGE_TASK_SECONDS + 120
TIME_LIMIT = SOFT_TIME_LIMIT + 30
LIMITS = {"soft_time_limit": SOFT_TIME_LIMIT, "time_limit": TIME_LIMIT}


@shared_task(name="page_cache.purge_live_pages", **LIMITS)
def purge_live_pages(names: list[str]) -> None:
    """Every live page's addresses to the frontend-cache backends `names`."""
    from . import backends, purge

    if purge.enabled():
        with backends.in_job():
            purge.purge_live_pages(names)


@shared_task(name="page_cache.purge_urls", **LIMITS)
def purge_urls(name: str, urls: list[str], attempt: int) -> None:
    """A purge that failed or had no time (page_cache.backends.RetriedBackend, purge_each),
    sent again to the backend `name` alone; what fails again, or is not sent in this job's
    time, is retried later, RETRY_DELAYS times at most."""
    from . import backends

    if name not in (getattr(settings, "WAGTAILFRONTENDCACHE", None) or {}):
        return
    with backends.in_job(attempt):
        backends.purge_each(list(urls), [name], backends.budget())


@shared_task(name="page_cache.purge_old_site", **LIMITS)
def purge_old_site(root_url: str, root_page_id: int) -> None:
    """Every address under a Site's old root URL (its hostname changed, or it was deleted)."""
    from . import backends, purge

    if purge.enabled():
        with backends.in_job():
            purge.purge_old_site(root_url, root_page_id)
