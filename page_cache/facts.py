"""Facts computed from public content (a listing's years, its number of entries, the ids of one
page of it), kept in the default cache under the public generation (page_cache.generation).

A listing's cost then stays flat with the size of the register: the scans that grow with it
(SELECT DISTINCT years, COUNT(*), a sort of every matching row) run once per public change, not
once per request. Keying by the generation makes the invalidation exact, as for cached pages:
every change of what the public may see replaces the token in its own transaction, so no fact
computed before it is read again. The rows themselves are always read from the database with
the listing's full filters (`rows_by_id`): a fact can only say which rows and in what order,
never make a row visible that the filters would hide.

Without a generation yet (a fresh database) or with the cache down, facts are computed each
time: slower, never wrong.

Each process also keeps the facts of the current generation in its memory (LOCAL_SIZE at most),
in front of the shared cache: the token is read from the database on every request anyway, so a
fact read there is exactly as fresh as one read from Redis, without the round trip. A new token
empties it. A fact is shared by every request that reads it: callers never change one.
"""

import hashlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache import cache
from django.db.models import QuerySet

from . import generation

# The WSGI environ key of page_cache.middleware.BYPASS (not imported: the middleware imports
# Django's HTTP machinery, facts are read from models too).
BYPASS = "page_cache.bypass"

logger = logging.getLogger(__name__)

TIMEOUT = 3600  # seconds; a change retires a fact earlier, by its token
LOCAL_SIZE = 5000  # facts of the current generation kept in this process; beyond it, Redis
_UNSET = object()
_local: dict[str, dict[str, Any]] = {}  # {token: {digest: fact}}, the current token only


def public_token(request) -> str | None:
    """The public generation, read once per request (the page cache may have read it)."""
    token = getattr(request, "_public_generation", _UNSET)
    if token is _UNSET:
        token = generation.current()
        if request is not None:
            request._public_generation = token
    return token


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
    local = _local.get(token)
    if local is None:
        _local.clear()  # an older generation's facts are never read again
        local = _local[token] = {}
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
            cache.set(key, value, TIMEOUT)
        except Exception:  # noqa: BLE001
            logger.warning("Facts cache unavailable: not kept", exc_info=True)
            return value
    if len(local) < LOCAL_SIZE:
        local[digest] = value
    return value


def forget_local() -> None:
    """Empty this process's facts (tests: each starts with empty caches)."""
    _local.clear()


def rows_by_id(queryset: QuerySet, ids: list[int]) -> list:
    """The rows of `queryset` (all its filters) with these ids, in the order of `ids`."""
    if not ids:
        return []
    found = {row.pk: row for row in queryset.filter(pk__in=ids).order_by()}
    return [found[pk] for pk in ids if pk in found]
