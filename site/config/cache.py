"""The production cache: Django's Redis cache, except that Redis being down is a cache miss.

Django's RedisCache raises when Redis does not answer, and Wagtail reads the cache on every
admin and public request (the site root paths): a Redis restart at 3 a.m. turned every page
into a 500. Here a read that cannot reach Redis is a miss and a write is skipped (logged), so
the site serves uncached pages until Redis is back. `incr` still raises: a counter that cannot
count must not pretend to (the rate limit lets the request through and logs it).
"""

from __future__ import annotations

import functools
import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)
UNAVAILABLE = (ConnectionError, TimeoutError)


def _degrade(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except UNAVAILABLE:
                logger.warning("Cache unavailable: %s skipped", method.__name__, exc_info=True)
                return default(*args, **kwargs) if callable(default) else default

        return wrapper

    return decorate


def _get_default(key, default=None, version=None):
    return default


class ResilientRedisCache(RedisCache):
    get = _degrade(_get_default)(RedisCache.get)
    get_many = _degrade({})(RedisCache.get_many)
    has_key = _degrade(False)(RedisCache.has_key)
    add = _degrade(False)(RedisCache.add)
    set = _degrade(None)(RedisCache.set)
    set_many = _degrade(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    touch = _degrade(False)(RedisCache.touch)
    delete = _degrade(False)(RedisCache.delete)
    delete_many = _degrade(None)(RedisCache.delete_many)
    clear = _degrade(None)(RedisCache.clear)
