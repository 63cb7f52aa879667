"""A proxy purged with a time limit (issue 18, verify18c 5): Wagtail's HTTPBackend calls
urlopen without a timeout, so a proxy that stops answering held the reviewer's request (the
purge runs after the commit, in it) for as long as the socket waited, once per URL."""

import logging
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from wagtail import __version__
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest

logger = logging.getLogger(__name__)


class TimedHTTPBackend(HTTPBackend):
    """Wagtail's HTTPBackend (a PURGE request per URL to LOCATION) with a time limit per
    request, FRONTEND_CACHE_PURGE_TIMEOUT seconds (default 5); a URL that fails or times out
    is logged and the next one is still purged."""

    def __init__(self, params):
        self.timeout = float(params.pop("TIMEOUT", settings.FRONTEND_CACHE_PURGE_TIMEOUT))
        super().__init__(params)

    def purge(self, url) -> None:
        parsed = urlsplit(url)
        host = parsed.hostname or ""
        if parsed.port:
            host += f":{parsed.port}"
        address = urlunsplit(
            [self.cache_scheme, self.cache_netloc, parsed.path, parsed.query, parsed.fragment]
        )
        request = PurgeRequest(
            url=address,
            headers={"Host": host, "User-Agent": "Wagtail-frontendcache/" + __version__},
        )
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 - the configured proxy
                pass
        except OSError as error:  # HTTPError, URLError, a timeout, a refused connection
            logger.error("Couldn't purge %r from the HTTP cache: %s", url, error)
