"""Wagtail's site of a request and its site root paths, kept per public generation.

Wagtail finds the site of every request with a query (`Site.find_for_request`, the site with
its home page) and reads the site root paths from the default cache (Redis in production) on
every request that makes a page URL. Both are set on the request here, before the view, from
this process's memory keyed by the public generation (page_cache.generation): a change of a
site or of a site's home page is a public change and replaces the token in its own
transaction, so nothing is read from an older generation. Each request gets its own Site and
home page instances, made from the kept rows; Wagtail then uses them as it uses its own.
"""

import logging

from django.conf import settings
from django.http.request import split_domain_port
from wagtail.models import Page, Site
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    SiteRootPath,
)

from .memo import GenerationMemo

logger = logging.getLogger(__name__)

SIZE = 100  # host names kept per generation; beyond them, Wagtail finds the site itself
# {"root_paths": [...], (host, port): (site, home)} of the current token (page_cache.memo)
_memo = GenerationMemo()


def _generation(token: str) -> dict:
    return _memo.of(token)  # an older generation is never asked for again


def row(instance) -> tuple[str | None, tuple[str, ...], tuple]:
    """What Model.from_db needs to make `instance` again, as it was loaded."""
    names = tuple(field.attname for field in instance._meta.concrete_fields)
    return instance._state.db, names, tuple(getattr(instance, name) for name in names)


def loaded(site: tuple, home: tuple) -> Site:
    """A new Site with its home page: nothing of one request is shared with another."""
    instance = Site.from_db(*site)
    instance.root_page = Page.from_db(*home)
    return instance


def prepare(request, token: str) -> None:
    """Set Wagtail's site and site root paths of `request` (the public generation `token`)."""
    memo = _generation(token)
    if not hasattr(request, "_wagtail_site"):
        key = site_key(request, memo)
        if key not in memo and len(memo) < SIZE:
            site = Site._find_for_request(request)  # with its home page (select_related)
            memo[key] = None if site is None else (row(site), row(site.root_page))
        if key in memo:
            request._wagtail_site = None if memo[key] is None else loaded(*memo[key])
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        if "root_paths" not in memo:
            memo["root_paths"] = root_paths_from_database()
        request._wagtail_cached_site_root_paths = memo["root_paths"]


def root_paths_from_database() -> list[SiteRootPath]:
    """Wagtail's Site.get_site_root_paths() read from the database, never from the default
    cache (issue 18, verify18e 3): Wagtail clears its key inside a Site change's transaction,
    so a request between that clear and the commit wrote the old root paths back for an hour;
    copied into a new generation's memo, they undid the change. Read after the request's token
    (PublicGenerationMiddleware), these rows are at least as new as the generation."""
    result = []
    sites = Site.objects.select_related("root_page", "root_page__locale").order_by(
        "-root_page__url_path", "-is_default_site", "hostname"
    )
    for site in sites:
        if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            roots = site.root_page.get_translations(inclusive=True).select_related("locale")
        else:
            roots = [site.root_page]
        result.extend(
            SiteRootPath(site.id, root.url_path, site.root_url, root.locale.language_code)
            for root in roots
        )
    return result


# Wagtail's keys in the default cache that public rendering reads and that Wagtail clears
# inside the transaction of the change that makes them stale (Site saves and deletes, a site's
# home page saved, a Locale saved): a request between that clear and the commit writes the old
# value back (for an hour: the root paths). Cleared again once every public change commits.
WAGTAIL_DEFAULT_CACHE_KEYS = (
    (SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION),
    ("wagtail_locales_display_name", None),
)


def clear_wagtail_caches() -> None:
    """Delete WAGTAIL_DEFAULT_CACHE_KEYS (after a public change commits); a cache outage is
    logged, never an error of the change."""
    from django.core.cache import cache

    for key, version in WAGTAIL_DEFAULT_CACHE_KEYS:
        try:
            cache.delete(key, version=version)
        except Exception:  # noqa: BLE001
            logger.warning("Default cache unavailable: %s not cleared", key, exc_info=True)


def site_key(request, memo: dict) -> tuple[str | None, str | None]:
    """The key of the site Wagtail finds for `request` (wagtail.models.sites
    get_site_for_hostname): its hostname and port when a Site has both, its hostname alone
    when a Site has the hostname on another port (the port then decides nothing), and one key
    for every hostname no Site has (the default site answers them all). So the memo holds at
    most two keys per Site and one more, whatever Host and port the requests name."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = str(request.get_port())
    if "hosts" not in memo:
        rows = list(Site.objects.values_list("hostname", "port"))
        memo["hosts"] = (
            {(name.lower(), str(number)) for name, number in rows},
            {name.lower() for name, _ in rows},
        )
    pairs, names = memo["hosts"]
    if (hostname, port) in pairs:
        return hostname, port
    return (hostname, None) if hostname in names else (None, None)


def forget() -> None:
    """Empty this process's memo (tests: each starts with empty caches)."""
    _memo.clear()
