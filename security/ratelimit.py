"""A per-client rate limit on the public search and forms, counted in Django's cache.

`SECURITY_RATE_LIMITS` maps URL names to (requests, seconds): each client address may make
that many requests to that view in a fixed window; more are answered 429 with an Indonesian
page and a Retry-After header. The client address is REMOTE_ADDR, or behind one of the
`TRUSTED_PROXIES`, the address the proxies saw (security.proxies; never an entry the client
wrote itself). IPv6 clients count per /64, which one client usually holds.

If the cache is down, requests pass (logged): the site stays up.

On Redis (production) a request is counted in one round trip (a script that increments the
window's counter and sets its expiry when it creates it, atomically); on other caches with
Django's add and incr. Cached searches are counted too, so the round trip is paid by every
search: one, not two.
"""

import ipaddress
import logging
import math
import time

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.shortcuts import render
from django.utils.connection import ConnectionProxy

from .proxies import forwarded_client

logger = logging.getLogger(__name__)

# The counters' own cache alias: in production on REDIS_URL, the broker's Redis, which never
# evicts; not on the caches' Redis (CACHE_REDIS_URL, allkeys-lru), which a flood of cached pages
# may fill (README, "Page cache").
ALIAS = "ratelimit"
cache = ConnectionProxy(caches, ALIAS)


def client_address(request) -> str:
    remote = forwarded_client(request)
    try:
        address = ipaddress.ip_address(remote)
    except ValueError:
        return remote[:64] or "unknown"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


# INCR, and EXPIRE on the first count of a window: one round trip, atomic (a counter without
# an expiry can never be left behind). Django's RedisCache stores integers unpickled, so the
# value stays readable with cache.get().
COUNT_SCRIPT = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""


def _count(key: str, timeout: int) -> int:
    backend = caches[ALIAS]
    if isinstance(backend, RedisCache):
        redis_key = backend.make_and_validate_key(key)
        client = backend._cache.get_client(redis_key, write=True)
        return int(client.eval(COUNT_SCRIPT, 1, redis_key, timeout))
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=timeout)
        return 1


def count_request(scope: str, client: str, seconds: int) -> tuple[int, int]:
    """(requests in the current window including this one, seconds until the window ends)."""
    now = time.time()
    window = int(now // seconds)
    key = f"security:ratelimit:{scope}:{client}:{window}"
    count = _count(key, seconds + 1)
    return count, max(1, math.ceil((window + 1) * seconds - now))


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        limits = getattr(settings, "SECURITY_RATE_LIMITS", {})
        if match is None or match.view_name not in limits:
            return None
        allowed, seconds = limits[match.view_name]
        client = client_address(request)
        try:
            count, retry_after = count_request(match.view_name, client, seconds)
        except Exception:  # noqa: BLE001 - a cache outage must not take the site down
            logger.exception("Rate limit not applied: the cache is unavailable")
            return None
        if count <= allowed:
            return None
        # The page says how long to wait: a form limited per hour must not say "a minute".
        minutes = math.ceil(retry_after / 60)
        response = render(request, "security/rate_limited.html", {"minutes": minutes}, status=429)
        response["Retry-After"] = str(retry_after)
        return response
