"""Which proxies may tell us the client's address and scheme.

`TRUSTED_PROXIES` (production: the environment variable, IPs or CIDR networks separated by
commas) lists the reverse proxies in front of the site. A request whose REMOTE_ADDR is not one
of them came straight to the application server: its X-Forwarded-* headers were written by the
client and are dropped before anything reads them (the client address of rate limits and
lockout, `request.is_secure()` through SECURE_PROXY_SSL_HEADER, the host). From a trusted proxy,
X-Forwarded-For is read from the right: the first address that is not a trusted proxy is the
client (whatever the client wrote further left is never used).
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

FORWARDED_HEADERS = (
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_X_REAL_IP",
    "HTTP_FORWARDED",
)
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_proxies(value: str | list | tuple) -> tuple[Network, ...]:
    """'10.0.0.2, 172.16.0.0/12' -> networks; a bad entry is a configuration error."""
    entries = value.split(",") if isinstance(value, str) else list(value)
    networks = []
    for entry in (str(e).strip() for e in entries):
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {entry!r} is not an IP or CIDR"
            ) from error
    return tuple(networks)


@lru_cache(maxsize=8)
def _networks(value: tuple) -> tuple[Network, ...]:
    return parse_proxies(value)


def trusted_networks() -> tuple[Network, ...]:
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))


def is_trusted_proxy(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in network for network in trusted_networks())


def forwarded_client(request) -> str:
    """The client's address as the trusted proxies saw it, else REMOTE_ADDR."""
    remote = request.META.get("REMOTE_ADDR", "")
    if not is_trusted_proxy(remote):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not is_trusted_proxy(hop):
            return hop
    return hops[0] if hops else remote


class ForwardedHeadersMiddleware:
    """First in MIDDLEWARE: forwarded headers count only when a trusted proxy sent them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_trusted_proxy(request.META.get("REMOTE_ADDR", "")):
            for header in FORWARDED_HEADERS:
                request.META.pop(header, None)
        return self.get_response(request)
