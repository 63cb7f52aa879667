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

# The render locks this process took and has not released yet: {token: when it expires}. Only
# those are released later when Redis fails at the release (release_later); the token an
# outage hands out (acquire) names no lock, and no retry is spent on it.
_held: dict[str, float] = {}


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
            if not lock.acquire(blocking=False, token=token):
                return None
        else:
            with _local_lock:
                if not cache.add(f"lock:{key}", token, timeout=settings.PAGE_CACHE_LOCK_TIMEOUT):
                    return None
        _held[token] = time.monotonic() + settings.PAGE_CACHE_LOCK_TIMEOUT
        return token
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
    expired and was taken by another request stays that request's.

    A lock this request took is released even when the circuit breaker is open or Redis fails
    now (issue 18, attack18h 5): a blip while the page was stored (store.put) opened the
    breaker, and the lock stayed in Redis for PAGE_CACHE_LOCK_TIMEOUT (30 s) while every other
    worker's visitor of the page waited PAGE_CACHE_LOCK_WAIT (15 s) for it. Not in the
    request (Redis may still be stalled: each try costs a socket timeout), but from a thread
    of this process that tries again until Redis answers or the lock has expired anyway."""
    if token not in _held:
        return False  # handed out during an outage (acquire): no lock was taken
    if not available():
        release_later(key, token)
        return False
    try:
        return _release(key, token)
    except Exception:  # noqa: BLE001
        _failed("unlock")
        release_later(key, token)
        return False


def _release(key: str, token: str) -> bool:
    """The compare-and-delete of the lock (raises on an outage)."""
    cache = _cache()
    client = _redis(cache)
    if client is not None:
        try:  # the Lua script of redis-py's Lock: deletes the key only if it holds token
            client.lock(_lock_key(cache, key), thread_local=False).do_release(token)
        except LockNotOwnedError:  # expired, or another request's by now
            _held.pop(token, None)
            return False
        _held.pop(token, None)  # not on an outage: release_later still has it to try
        return True
    with _local_lock:
        _held.pop(token, None)
        if cache.get(f"lock:{key}") != token:
            return False
        cache.delete(f"lock:{key}")
    return True


RELEASE_RETRY_SECONDS = 0.25  # between the tries of release_later


def release_later(key: str, token: str) -> None:
    """Try to release the lock `token` of `key` again from a daemon thread, every
    RELEASE_RETRY_SECONDS (plus the socket timeout of a failed try) until Redis answers or the
    lock has expired by itself: at most one thread per render that held a lock, for at most
    PAGE_CACHE_LOCK_TIMEOUT."""

    def retry() -> None:
        while time.monotonic() < _held.get(token, 0.0):
            time.sleep(RELEASE_RETRY_SECONDS)
            try:
                _release(key, token)
            except Exception:  # noqa: BLE001 - still down: try again, the lock expires anyway
                logger.debug("Render lock of %s not released yet", key, exc_info=True)
                continue
            return
        _held.pop(token, None)

    threading.Thread(target=retry, name="page-cache-release", daemon=True).start()


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
