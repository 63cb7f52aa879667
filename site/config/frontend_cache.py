"""WAGTAILFRONTENDCACHE of production (config.settings.production), from the environment: a
module of its own so that the tests build it as production does (the settings module needs
every production variable to import)."""

import os

from django.core.exceptions import ImproperlyConfigured


def required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"Environment variable {name} is required in production.")
    return value


def from_environment() -> dict:
    """wagtail.contrib.frontend_cache backends (README, "Page cache"), purged on every public
    change by page_cache.purge: FRONTEND_CACHE_PURGE_URL (nginx/Varnish PURGE), Cloudflare
    (CLOUDFLARE_ZONE_ID + CLOUDFLARE_API_TOKEN) or CloudFront (CLOUDFRONT_DISTRIBUTION_ID)."""
    # Wagtail's backends with a time limit per request, never ending the purge of the
    # backends after them, retrying what failed from Celery (page_cache.backends).
    backends = {}
    if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
        backends["proxy"] = {
            "BACKEND": "page_cache.backends.TimedHTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    if os.environ.get("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "page_cache.backends.TimedCloudflareBackend",
            "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
            "BEARER_TOKEN": required("CLOUDFLARE_API_TOKEN"),
        }
    if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
        backends["cloudfront"] = {
            "BACKEND": "page_cache.backends.TimedCloudfrontBackend",
            "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    return backends
