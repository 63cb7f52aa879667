"""Production: every secret and address comes from the environment (README, "Configuration")."""

import ipaddress
import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import database


def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Environment variable {name} is required in production.")
    return value


def url_path(value: str) -> str:
    """'kelola', '/kelola/' -> 'kelola/' (a Django path() prefix); never empty."""
    value = value.strip().strip("/")
    if not value:
        raise ImproperlyConfigured("WAGTAILADMIN_PATH must not be empty.")
    return value + "/"


DEBUG = False
# Never set-up publication on a production server (moderation.publication.SET_UP): the demo
# loader and any command that would publish without the workflow are refused.
PUBLICATION_SET_UP = False
WAGTAILADMIN_PATH = url_path(env("WAGTAILADMIN_PATH", "admin/"))
SECRET_KEY = env("SECRET_KEY")
# The audit chain's HMAC key (integrity.chain): kept outside the database, so a database
# writer cannot recompute the chain after changing an entry. Not the SECRET_KEY.
AUDIT_CHAIN_KEY = env("AUDIT_CHAIN_KEY")
if len(AUDIT_CHAIN_KEY) < 32 or AUDIT_CHAIN_KEY == SECRET_KEY:
    raise ImproperlyConfigured(
        "AUDIT_CHAIN_KEY must be at least 32 characters and differ from SECRET_KEY."
    )
# Deny by default: without the audit chain's anchor (integrity.anchor) the chain is broken.
AUDIT_CHAIN_ANCHOR_REQUIRED = True
ALLOWED_HOSTS = [host.strip() for host in env("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
DATABASES = {"default": database(dj_database_url.parse(env("DATABASE_URL"), conn_max_age=600))}
# The Celery broker and the rate-limit counters: a Redis that never evicts (noeviction).
REDIS_URL = env("REDIS_URL", "redis://127.0.0.1:6379/0")
# The caches (pages, facts): evictable, a separate Redis instance with maxmemory and
# allkeys-lru in production (README, "Page cache"), so a flood of cached pages can evict neither
# queued jobs nor rate-limit counts. Defaults to REDIS_URL for a single-instance set-up.
CACHE_REDIS_URL = env("CACHE_REDIS_URL", REDIS_URL)
# Short timeouts: when Redis is gone, the site goes on without it at once.
REDIS_TIMEOUTS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
CACHES = {
    "default": {
        # Django's RedisCache, but Redis down is a cache miss, not a 500 (config/cache.py).
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": CACHE_REDIS_URL,
        # Redis down or unreachable: give up in half a second, the site goes on uncached.
        "OPTIONS": REDIS_TIMEOUTS,
    },
    # Rate-limit counters (security.ratelimit): beside the broker, never evicted.
    "ratelimit": {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "ratelimit",
        "OPTIONS": REDIS_TIMEOUTS,
    },
    # The page cache handles an outage itself (page_cache.store: uncached for a few seconds).
    "pages": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": CACHE_REDIS_URL,
        "KEY_PREFIX": "pages",
        "OPTIONS": REDIS_TIMEOUTS,
    },
}
PAGE_CACHE_ENABLED = env("PAGE_CACHE_ENABLED", "true").lower() == "true"
PAGE_CACHE_MAX_AGE = int(env("PAGE_CACHE_MAX_AGE", "30"))
PAGE_CACHE_S_MAXAGE = int(env("PAGE_CACHE_S_MAXAGE", "30"))
PAGE_CACHE_ASSET_S_MAXAGE = int(env("PAGE_CACHE_ASSET_S_MAXAGE", "30"))
# The release being deployed (README, "Page cache"): a new value retires every cached page
# and fact at once, for this deployment's processes.
PAGE_CACHE_VERSION = env("PAGE_CACHE_VERSION", "")


from config.frontend_cache import from_environment as frontend_cache_from_environment  # noqa: E402

WAGTAILFRONTENDCACHE = frontend_cache_from_environment()

# Fernet keys for the requesters' identity, comma-separated; the first encrypts (rotation:
# put a new key first, run `manage.py rotate_request_keys`, then drop the old one).
# Required (`check --deploy` reports it missing; the service refuses to store identities).
INFORMATION_REQUESTS_KEYS = [
    key.strip() for key in env("INFORMATION_REQUESTS_KEYS", "").split(",") if key.strip()
]

EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", "true").lower() == "true"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "ppid@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

STORAGES = {
    "default": {"BACKEND": "integrity.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# The TLS-terminating proxies (IPs / CIDRs, comma-separated): only their X-Forwarded-For and
# X-Forwarded-Proto are believed (security.proxies). Empty: nothing forwarded is trusted.
TRUSTED_PROXIES = [
    entry.strip() for entry in env("TRUSTED_PROXIES", "").split(",") if entry.strip()
]
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as _error:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {_proxy!r} is not an IP or CIDR") from _error
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
