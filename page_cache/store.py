"""Where cached pages live: the cache alias PAGE_CACHE_ALIAS (Redis in production, process
memory for `make run` and tests). An outage is never an error for the visitor: the page is
served uncached, and for PAGE_CACHE_RETRY_SECONDS the store is not asked again (so a dead
Redis does not cost every request a connection attempt)."""

import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)

_down_until = 0.0


@dataclass(frozen=True)
class Entry:
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    compressed: bool = False  # zlib (page_cache.middleware.freeze: a large body)


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def available() -> bool:
    return time.monotonic() >= _down_until


def _failed(action: str) -> None:
    global _down_until  # noqa: PLW0603 - per-process circuit breaker
    _down_until = time.monotonic() + settings.PAGE_CACHE_RETRY_SECONDS
    logger.warning("Page cache unavailable (%s): pages are served uncached", action, exc_info=True)


def get(key: str) -> Entry | None:
    if not available():
        return None
    try:
        entry = _cache().get(key)
    except Exception:  # noqa: BLE001 - an outage means "not cached", never an error page
        _failed("read")
        return None
    return entry if isinstance(entry, Entry) else None


def put(key: str, entry: Entry) -> None:
    if not available():
        return
    try:
        _cache().set(key, entry, timeout=settings.PAGE_CACHE_TIMEOUT)
    except Exception:  # noqa: BLE001
        _failed("write")


def acquire(key: str) -> bool:
    """The render lock of `key` (single flight, page_cache.middleware): True when this request
    holds it. It expires by itself after PAGE_CACHE_LOCK_TIMEOUT seconds (a worker killed
    mid-render). An outage counts as held by nobody: each request renders."""
    if not available():
        return True
    try:
        return bool(_cache().add(f"lock:{key}", 1, timeout=settings.PAGE_CACHE_LOCK_TIMEOUT))
    except Exception:  # noqa: BLE001
        _failed("lock")
        return True


def locked(key: str) -> bool:
    if not available():
        return False
    try:
        return _cache().get(f"lock:{key}") is not None
    except Exception:  # noqa: BLE001
        _failed("lock")
        return False


def release(key: str) -> None:
    if not available():
        return
    try:
        _cache().delete(f"lock:{key}")
    except Exception:  # noqa: BLE001
        _failed("unlock")


def admit_variant(token: str) -> bool:
    """Count one more stored variant address of generation `token`; False past the cap."""
    if not available():
        return False
    key = f"variants:{token}"
    try:
        cache = _cache()
        cache.add(key, 0, timeout=settings.PAGE_CACHE_TIMEOUT)
        return cache.incr(key) <= settings.PAGE_CACHE_MAX_VARIANTS
    except ValueError:  # expired between add and incr: a new count
        return True
    except Exception:  # noqa: BLE001
        _failed("count")
        return False


def reset_circuit() -> None:
    global _down_until  # noqa: PLW0603
    _down_until = 0.0
