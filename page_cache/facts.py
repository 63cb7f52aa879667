"""Facts computed from public content (a listing's years, its number of entries, the ids of one
page of it), kept in the default cache under the public generation (page_cache.generation).

A listing's cost then stays flat with the size of the register: the scans that grow with it
(SELECT DISTINCT years, COUNT(*), a sort of every matching row) run once per public change, not
once per request. Keying by the generation makes the invalidation exact, as for cached pages:
every change of what the public may see replaces the token in its own transaction, so no fact
computed before it is read again. A listing's rows are read from the database with the
listing's full filters (`rows_by_id`): its fact only says which rows and in what order. What
every page or the home page shows of a few pages (the main menu, the footer's link, the home
page's quick links and latest lists: titles, addresses, dates) is kept as it is shown.

Without a generation yet (a fresh database) or with the cache down, facts are computed each
time: slower, never wrong.

Each process also keeps the facts of the current generation in its memory (LOCAL_SIZE at most,
LOCAL_SECONDS at most), in front of the shared cache: the token is read from the database on
every request anyway, so a fact read there is exactly as fresh as one read from Redis, without
the round trip. A new token empties it. A fact is shared by every request that reads it: callers
never change one.

The token is read first thing in every public request (begin), never later: see begin().
"""

import hashlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet

from . import generation, request_memo
from .memo import GenerationMemo

# The WSGI environ key of page_cache.middleware.BYPASS (not imported: the middleware imports
# Django's HTTP machinery, facts are read from models too).
BYPASS = "page_cache.bypass"

logger = logging.getLogger(__name__)

LOCAL_SIZE = 5000  # facts of the current generation kept in this process; beyond it, Redis
_UNSET = object()
_local = GenerationMemo()  # {digest: fact} of the current token (page_cache.memo: time-bound)


def timeout() -> int:
    """Seconds a fact is kept in Redis: a change retires it earlier, by its token; a change
    made directly in the database (no token replaced) shows after this long at most."""
    return settings.PAGE_CACHE_TIMEOUT


def begin(request) -> None:
    """Read the public generation (and the service one, same query) FIRST, before anything
    public of the request is read (page_cache.middleware.PublicGenerationMiddleware): a fact,
    an answer or a page is only ever kept under the token read here, so it holds data at least
    as new as its token. A token read later (after a view restriction, a listing or the menu
    was read) could be one a concurrent change made after those reads: the old data would be
    kept under the new token and served after the change (issue 18, B1)."""
    public, service = generation.current_both()
    request._public_generation = public
    request._service_generation = service
    if public is not None:
        request_memo.remember(request_memo.PUBLIC_GENERATION, public)


def public_token(request) -> str | None:
    """The public generation this request read at its start (begin), or None: not read at
    the start (the admin, a task, a bypass), or this request made a public change since (it may
    still be rolled back). Never read lazily: None means "compute, keep nothing"."""
    if request is None or request_memo.get(request_memo.CHANGED):
        return None
    return getattr(request, "_public_generation", None)


def remember(request, parts: Iterable[Any], compute: Callable[[], Any]) -> Any:
    """compute(), or its value from an earlier request under the same public generation. A
    request that bypasses the page cache (the integrity watch's live render) computes it: it
    sees the database as it is, a change made behind the application's back included."""
    if request is not None and request.META.get(BYPASS):
        return compute()
    token = public_token(request)
    if token is None:
        return compute()
    digest = hashlib.sha256(repr(tuple(parts)).encode()).hexdigest()
    local = _local.of(token)  # an older generation's facts are never read again
    value = local.get(digest, _UNSET)
    if value is not _UNSET:
        return value
    key = f"facts:{token}:{digest}"
    try:
        value = cache.get(key, _UNSET)
    except Exception:  # noqa: BLE001 - a cache outage means "compute it", never an error page
        logger.warning("Facts cache unavailable: computed", exc_info=True)
        return compute()
    if value is _UNSET:
        value = compute()
        try:
            cache.set(key, value, timeout())
        except Exception:  # noqa: BLE001
            logger.warning("Facts cache unavailable: not kept", exc_info=True)
            return value
    if len(local) < LOCAL_SIZE:
        local[digest] = value
    return value


CLAIMED = "_page_cache_claimed"


def claim(request, *names: str) -> None:
    """The view read these query parameters and their values are ones it knows (a page number
    it has, a category, a year or a unit of the listing): the page cache stores an answer with
    a query only when every parameter of it was claimed (page_cache.middleware), so its keys
    are a finite set per generation. A free-text value (search) is never claimed."""
    if request is not None:
        claimed = getattr(request, CLAIMED, None)
        if claimed is None:
            claimed = set()
            setattr(request, CLAIMED, claimed)
        claimed.update(names)


# {name: value}: the known value a view answered in place of an unknown one (a page number past
# the last page gives the last page): page_cache.middleware.canonical_redirect keeps it.
INSTEAD = "page_cache_instead"


def instead(request, name: str, value: str) -> None:
    """The view answered the parameter `name` as if it were `value` (a value it knows)."""
    if request is not None:
        values = getattr(request, INSTEAD, None)
        if values is None:
            values = {}
            setattr(request, INSTEAD, values)
        values[name] = value


def forget_local() -> None:
    """Empty this process's facts (tests: each starts with empty caches)."""
    _local.clear()


def rows_by_id(queryset: QuerySet, ids: list[int]) -> list:
    """The rows of `queryset` (all its filters) with these ids, in the order of `ids`."""
    if not ids:
        return []
    found = {row.pk: row for row in queryset.filter(pk__in=ids).order_by()}
    return [found[pk] for pk in ids if pk in found]
