"""Where cached pages live: the cache alias PAGE_CACHE_ALIAS (Redis in production, process
memory for `make run` and tests). An outage is never an error for the visitor: the page is
served uncached, and for PAGE_CACHE_RETRY_SECONDS the store is not asked again (so a dead
Redis does not cost every request a connection attempt)."""

import logging
import secrets
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from redis.exceptions import LockNotOwnedError

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


def _redis(cache):
    """The redis-py client behind Django's RedisCache, or None for another backend."""
    from django.core.cache.backends.redis import RedisCache

    return cache._cache.get_client(write=True) if isinstance(cache, RedisCache) else None


def _lock_key(cache, key: str) -> str:
    return cache.make_and_validate_key(f"lock:{key}")


# Only the holder of a lock deletes it (issue 18, verify18d): a render slower than
# PAGE_CACHE_LOCK_TIMEOUT has lost its lock, maybe to another request by now, and must not end
# that one's. Compare and delete are one step in Redis (redis-py's Lock: SET NX PX with the
# token, released by a Lua script that deletes only that token); in process memory (`make run`,
# tests) one step under this process's lock, since such a cache is this process's alone.
_local_lock = threading.Lock()


def acquire(key: str) -> str | None:
    """The render lock of `key` (single flight, page_cache.middleware): its token when this
    request holds it, None when another does. It expires by itself after
    PAGE_CACHE_LOCK_TIMEOUT seconds (a worker killed mid-render); only the token that took it
    releases it (release). An outage counts as held by nobody: each request renders."""
    token = secrets.token_hex(16)
    if not available():
        return token
    try:
        cache = _cache()
        client = _redis(cache)
        if client is not None:
            lock = client.lock(
                _lock_key(cache, key),
                timeout=settings.PAGE_CACHE_LOCK_TIMEOUT,
                thread_local=False,
            )
            return token if lock.acquire(blocking=False, token=token) else None
        with _local_lock:
            added = cache.add(f"lock:{key}", token, timeout=settings.PAGE_CACHE_LOCK_TIMEOUT)
        return token if added else None
    except Exception:  # noqa: BLE001
        _failed("lock")
        return token


def locked(key: str) -> bool:
    if not available():
        return False
    try:
        cache = _cache()
        client = _redis(cache)
        if client is not None:
            return bool(client.exists(_lock_key(cache, key)))
        return cache.get(f"lock:{key}") is not None
    except Exception:  # noqa: BLE001
        _failed("lock")
        return False


def release(key: str, token: str) -> bool:
    """End the render lock of `key` if `token` still holds it: True when it did. A lock that
    expired and was taken by another request stays that request's."""
    if not available():
        return False
    try:
        cache = _cache()
        client = _redis(cache)
        if client is not None:
            try:  # the Lua script of redis-py's Lock: deletes the key only if it holds token
                client.lock(_lock_key(cache, key), thread_local=False).do_release(token)
            except LockNotOwnedError:  # expired, or another request's by now
                return False
            return True
        with _local_lock:
            if cache.get(f"lock:{key}") != token:
                return False
            cache.delete(f"lock:{key}")
        return True
    except Exception:  # noqa: BLE001
        _failed("unlock")
        return False


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
