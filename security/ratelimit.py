"""A per-client rate limit on the public search and forms, counted in Django's cache.

`SECURITY_RATE_LIMITS` maps URL names to (requests, seconds): each client address may make
that many requests to that view in a fixed window; more are answered 429 with an Indonesian
page and a Retry-After header. The client address is REMOTE_ADDR, or behind one of the
`TRUSTED_PROXIES`, the address the proxies saw (security.proxies; never an entry the client
wrote itself). IPv6 clients count per /64, which one client usually holds.

If the cache is down, requests pass (logged): the site stays up.
"""

import ipaddress
import logging
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from .proxies import forwarded_client

logger = logging.getLogger(__name__)


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


def count_request(scope: str, client: str, seconds: int) -> tuple[int, int]:
    """(requests in the current window including this one, seconds until the window ends)."""
    now = time.time()
    window = int(now // seconds)
    key = f"security:ratelimit:{scope}:{client}:{window}"
    cache.add(key, 0, timeout=seconds + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds + 1)
        count = 1
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
