"""Settings shared by every environment. See dev.py, test.py and production.py."""

import datetime
import os
from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent.parent
SITE_DIR = CONFIG_DIR.parent
REPO_ROOT = SITE_DIR.parent

INSTALLED_APPS = [
    # First: its templates override Wagtail's admin ones (branding, e-mails, panels).
    "ppid_admin",
    "ppid_pages",
    "moderation",
    "security",
    "integrity",
    "sop_governance",
    "sop_governance.development",
    "sop_governance.evaluations",
    "information_requests",
    "page_cache",
    "service_reports",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_celery_beat",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Drops X-Forwarded-* unless a TRUSTED_PROXIES address sent them (before is_secure()).
    "security.proxies.ForwardedHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTTP caching (page_cache.middleware): ETag/304, then Cache-Control of every response.
    "django.middleware.http.ConditionalGetMiddleware",
    "page_cache.middleware.CacheHeadersMiddleware",
    "security.headers.SecurityHeadersMiddleware",
    "security.headers.ContentSecurityPolicyMiddleware",
    # The public generation, read before anything public is (page_cache.middleware): below
    # the header middlewares (a database error here still gets every header), above the rest.
    "page_cache.middleware.PublicGenerationMiddleware",
    # Refusals logged inside a step's transaction survive its rollback (security.refusals).
    "security.refusals.RefusalLogMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The body size of the public forms, before the CSRF check reads the body.
    "security.request_size.RequestSizeMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Every state-changing request: the account matches its seal (security.seals).
    "security.seals.SealCheckMiddleware",
    # The publication gate's refusals say why, in Indonesian (the privacy dialog included).
    "moderation.middleware.GateRefusalMiddleware",
    # The dashboard's approve buttons send a reviewer to the editor when the page releases
    # new versions of documents, images or units (the editor lists them).
    "moderation.middleware.PendingVersionsMiddleware",
    # A clear message after every workflow action (published / passed on / sent back).
    "ppid_admin.workflow_messages.WorkflowActionMessageMiddleware",
    "security.sessions.IdleSessionMiddleware",
    # Until a second-factor code verifies the session, only the login and 2FA pages open.
    "security.twofactor.TwoFactorMiddleware",
    "security.sessions.PasswordExpiryMiddleware",
    # Choosers, admin API, bulk confirmations: only for roles with rights on what they list.
    "security.admin_listings.AdminListingMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Wagtail's redirects, only to the same site and never over file addresses.
    "security.redirects.SameSiteRedirectMiddleware",
    "security.ratelimit.RateLimitMiddleware",
    "axes.middleware.AxesMiddleware",
    # Every middleware above also runs for a cached page (headers, rate limits).
    "page_cache.middleware.PageCacheMiddleware",
    "page_cache.middleware.PublicGZipMiddleware",
    # Last, so it sees a view's exception first: files written by a request whose transaction
    # rolled back are removed; a full or read-only media folder gets a clear message.
    "integrity.storage.MediaWriteMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # No wagtail.contrib.settings context processor: it offers every template the
                # working copy of every setting ({{ settings.ppid_pages.PPIDSettings... }}),
                # unscanned and unapproved. Public templates get the approved office
                # (ppid_pages.discovery.public_office; moderation.site_settings).
            ],
        },
    },
]


def database(config: dict) -> dict:
    """Every request's database work is one transaction (ATOMIC_REQUESTS): a request cut off
    half-way (the database connection lost, a full disk, any error) leaves nothing half-written,
    and integrity.storage removes the files it had written."""
    return {**config, "ATOMIC_REQUESTS": True}


DATABASES = {
    "default": database({"ENGINE": "django.db.backends.sqlite3", "NAME": REPO_ROOT / "db.sqlite3"})
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {
        "NAME": "security.passwords.CharacterClassesValidator",
        "OPTIONS": {"min_classes": 3},
    },
    {"NAME": "security.passwords.PasswordHistoryValidator", "OPTIONS": {"count": 5}},
]
# Passwords expire (BSSN): at login with an older one, only the account page opens.
SECURITY_PASSWORD_MAX_AGE_DAYS = 180
# Sessions end after this much inactivity (security.sessions).
SECURITY_SESSION_IDLE_MINUTES = 30
SESSION_COOKIE_HTTPONLY = True
# Sessions in the database under a hash of their key (security.session_store): a key read from
# django_session is no cookie.
SESSION_ENGINE = "security.session_store"
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Indonesian first: the public site is always Indonesian (no LocaleMiddleware);
# the Wagtail admin follows each user's preference, Indonesian by default.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
# The templates of site/, then Indonesian for every Wagtail admin string (ppid_admin): both are
# read before the apps' catalogues, the first path first.
LOCALE_PATHS = [REPO_ROOT / "locale", REPO_ROOT / "ppid_admin" / "wagtail_catalogue"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = REPO_ROOT / "var" / "static"
STATIC_URL = "/static/"
# The signed deployment manifest of templates, static files and .mo files (integrity.manifest):
# written by `manage.py integrity_manifest` at deployment, checked by the integrity watch.
INTEGRITY_MANIFEST = Path(
    os.environ.get("INTEGRITY_MANIFEST", REPO_ROOT / "var" / "integrity-manifest.json")
)
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", REPO_ROOT / "var" / "media"))
MEDIA_URL = "/media/"
# Only image renditions are ever served from MEDIA_ROOT, and only through Django's checking view
# (ppid_pages.views.serve_public_image, routed in config.urls in every environment); documents
# go through Wagtail's permission-checked serve view. Behind nginx, set MEDIA_ACCEL_REDIRECT to
# an `internal` location aliased to MEDIA_ROOT: Django checks, nginx sends the file.
MEDIA_ACCEL_REDIRECT = os.environ.get("MEDIA_ACCEL_REDIRECT", "")

# Wagtail's automatic redirects wrote rows with no audit entry on every slug change, also the
# draft slug of a page never live: security.redirects makes them for live pages only, logged.
WAGTAILREDIRECTS_AUTO_CREATE = False

STORAGES = {
    "default": {"BACKEND": "integrity.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "PPID"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("id", "Bahasa Indonesia")]
# The account page offers Indonesia's three time zones (WIB, WITA, WIT), not every zone of the
# world under names the browser may only know in English ("Greenwich Mean Time").
WAGTAIL_USER_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_DOCUMENT_MODEL = "ppid_pages.PPIDDocument"
WAGTAILIMAGES_IMAGE_MODEL = "ppid_pages.PPIDImage"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# No SVG (it can hold script) and no AVIF (its metadata would not be stripped on upload).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Every upload form checks the file's real content (security.uploads); so does every save.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "security.forms.SafeDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "security.forms.SafeImageForm"
# Only these open in the browser; every other document is a download (attachment).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "image/png", "image/jpeg"]
WAGTAILEMBEDS_FINDERS = []
# No outside requests from the admin either: Gravatar would receive a hash of staff e-mails.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor to releases.wagtail.org from the dashboard (the admin's CSP refuses it anyway).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
# Workflow e-mails as HTML with a plain-text part (ppid_admin overrides their templates).
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
# SOP A2/B5: an edit during or after review sends the content back through every task,
# and the finish action publishes only the revision that every task approved, re-scanned.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Pages: moderation.workflow.publish_approved_revision; snippets (content plans...) finish
# their own way. The dispatcher is sop_governance.workflow.finish_workflow.
WAGTAIL_FINISH_WORKFLOW_ACTION = "sop_governance.workflow.finish_workflow"

# Security headers (security.headers). The public site: nothing inline, nothing from outside,
# never framed. The admin (only under its own path) gets what Wagtail 7.4's admin needs.
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail 7.4's admin writes inline <script> blocks whose content differs per widget (choosers,
# date pickers, inline panels, filters) and inline styles (Draftail, Handsontable, the side
# panels): no hash or nonce can cover them, so 'unsafe-inline' for the admin only. Inline event
# handler attributes stay blocked, and nothing may be loaded from or sent to another origin.
SECURITY_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "script-src-attr": ["'none'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        # blob: for the thumbnails of the multiple image uploader (made in the browser).
        "img-src": ["'self'", "data:", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # 'self' for Wagtail's preview views (X-Frame-Options SAMEORIGIN), else 'none'.
        "frame-ancestors": ["'none'"],
    }
}
SECURITY_PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
}
# Public search and forms: (requests, seconds) per client address (security.ratelimit).
SECURITY_RATE_LIMITS = {
    "search": (30, 60),
    "wagtailcore_authenticate_with_password": (10, 60),
    "wagtaildocs_authenticate_with_password": (10, 60),
    "wagtailcore_login": (10, 60),
    # The information service (information_requests): what a person needs, not a robot.
    "information_requests:submit": (10, 3600),
    "information_requests:confirm": (20, 3600),
    "information_requests:track_form": (30, 60),
    "information_requests:track": (30, 60),
    "information_requests:track_file": (30, 60),
    "information_requests:objection_submit": (5, 3600),
    # Each request of the admin's password-reset form (page and submission) counts: at most
    # 5 in 15 minutes per client; and an address gets at most 3 reset e-mails an hour
    # (security.forms.RateLimitedPasswordResetForm).
    "wagtailadmin_password_reset": (5, 900),
}
SECURITY_PASSWORD_RESET_EMAILS = (3, 3600)
# The largest body the public forms accept (security.request_size): the request form holds an
# identity document of at most 5 MB; the others hold no file at all.
SECURITY_MAX_REQUEST_BYTES = {
    "information_requests:submit": 6 * 1024 * 1024,
    "information_requests:confirm": 64 * 1024,
    "information_requests:objection_submit": 256 * 1024,
    "service_reports_public:survey": 64 * 1024,
}
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "security.forms.RateLimitedPasswordResetForm"  # noqa: S105
# The audit chain's HMAC key (integrity.chain); production requires it from the environment.
AUDIT_CHAIN_KEY = os.environ.get("AUDIT_CHAIN_KEY", "")
# The chain's head kept outside the database (integrity.anchor), written at every append: keep
# it on a persistent volume the database's users cannot write to and out of the database's
# backups. Production requires it (AUDIT_CHAIN_ANCHOR_REQUIRED): a missing anchor is a break.
AUDIT_CHAIN_ANCHOR = Path(
    os.environ.get("AUDIT_CHAIN_ANCHOR", REPO_ROOT / "var" / "audit-chain-anchor.json")
)
AUDIT_CHAIN_ANCHOR_REQUIRED = False
# Django's "json" serialisation (dumpdata/loaddata, the test database's serialized_rollback)
# keeps datetimes to the microsecond: Django's own encoder cuts them to milliseconds, and every
# reloaded audit entry then no longer matched its chain link (integrity.chain hashes the full
# timestamp).
SERIALIZATION_MODULES = {"json": "integrity.serializer"}
# Reverse proxies (IPs / CIDR networks) whose X-Forwarded-* headers are believed
# (security.proxies); from any other address those headers are dropped. Production reads
# TRUSTED_PROXIES from the environment.
TRUSTED_PROXIES: list[str] = []

AUTHENTICATION_BACKENDS = [
    "security.lockout.LockoutBackend",
    # Django's model backend, refusing an account that does not match its seal (security.seals).
    "security.seals.SealedModelBackend",
]
# Lockout (django-axes, security.lockout): 5 failed logins lock the username (from any address)
# and the address (for any username) for 30 minutes; superusers unlock under Settings.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "security.lockout.axes_client_ip"
AXES_LOCKOUT_CALLABLE = "security.lockout.locked_out_response"
AXES_VERBOSE = False
# Two-factor authentication (django-otp, security.twofactor): the issuer shown in the app.
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Content published as set-up, without the workflow (moderation.publication.SET_UP: the demo
# loader, test fixtures): development and test settings only, never production.
PUBLICATION_SET_UP = False

# The admin's URL path (config.urls); production reads it from WAGTAILADMIN_PATH.
WAGTAILADMIN_PATH = "admin/"
LOGIN_URL = "wagtailadmin_login"
WAGTAILADMIN_USER_LOGIN_FORM = "ppid_pages.admin_forms.PPIDLoginForm"

# Public listings: entries per page.
PPID_PAGE_SIZE = 20

# Celery (config/celery.py; README, "Celery"): Redis broker, JSON only, Asia/Jakarta, tasks
# acknowledged after they finish (a killed worker's task runs again), schedules in the database
# (django-celery-beat), seeded from code by sop_governance.evaluations.
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = REDIS_URL
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# A task of a worker killed without warning (power loss, SIGKILL) stays unacknowledged in Redis
# and is delivered again to the next worker once this many seconds have passed since it was
# sent: longer than the longest job (a C1 report), so a running job is never handed out twice.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))
}
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
# django-celery-beat's scheduler, but a job the broker refused (Redis down) stays due and is
# sent again every CELERY_BEAT_RETRY_SECONDS until Redis answers (config/beat.py).
CELERY_BEAT_SCHEDULER = "config.beat:CatchUpScheduler"
CELERY_BEAT_RETRY_SECONDS = int(os.environ.get("CELERY_BEAT_RETRY_SECONDS", "30"))
# External links in the C1 broken-link check: off unless the server may reach the internet.
SOP_CHECK_EXTERNAL_LINKS = os.environ.get("SOP_CHECK_EXTERNAL_LINKS", "").lower() == "true"
SOP_EXTERNAL_LINK_TIMEOUT = 5

# Working days (sop_governance.calendar): Indonesia's national holidays and cuti bersama come
# from the `holidays` library; the office adds its own dates (ISO) or declares listed dates
# working days after all.
SOP_NATIONAL_HOLIDAYS = True
SOP_HOLIDAYS: list[str] = []
SOP_WORKING_DAYS: list[str] = []

# The information service (information_requests; README, "Layanan informasi publik").
# Fernet keys (first encrypts, all decrypt): production reads INFORMATION_REQUESTS_KEYS.
INFORMATION_REQUESTS_KEYS: list[str] = []
# Encrypted identity files and letters: outside MEDIA_ROOT, never served by the web server.
INFORMATION_REQUESTS_PRIVATE_ROOT = Path(
    os.environ.get("INFORMATION_REQUESTS_PRIVATE_ROOT", REPO_ROOT / "var" / "private")
)
# The decision is made by someone other than who registered or routed the request; a
# one-person (desa) office sets False.
INFORMATION_REQUESTS_FOUR_EYES = True
# The text in pictures is compared with exempt information (information_requests.picture_text,
# tesseract): without tesseract a picture that must be compared with exempt text is refused as
# not checkable, and the system check information_requests.E003 fails. False only in
# development (dev.py: a warning, pictures pass on their pixels alone).
EXEMPT_PICTURE_TEXT_REQUIRED = True
# Working days the requester has to complete a request before it may be rejected.
INFORMATION_REQUESTS_COMPLETION_WORKING_DAYS = 10
# Identity data (number and document) is purged this many years after a request is closed
# (README: the legal default). The anonymised record (dates, decision, type) is kept.
INFORMATION_REQUESTS_RETENTION_YEARS = 5
# Unconfirmed online requests are deleted after this many hours.
INFORMATION_REQUESTS_CONFIRMATION_HOURS = 48

# Page cache (page_cache; README, "Page cache"): anonymous GETs of public pages, keyed by the
# public generation in the database, so every public change retires every entry at its commit.
# Process memory here (`make run`, tests); Redis in production.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Rate-limit counts (security.ratelimit): in production on REDIS_URL (noeviction, with the
    # broker), apart from the evictable caches on CACHE_REDIS_URL.
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rl"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}
PAGE_CACHE_ENABLED = True
PAGE_CACHE_ALIAS = "pages"
# A release id (an image tag, a commit): part of every page-cache key with the fingerprint of
# the deployed code, templates, translations, static manifest and packages
# (page_cache.generation.deployment), for a deployment that changes what pages render in a way
# no file shows. Set from the environment in production.
PAGE_CACHE_VERSION = os.environ.get("PAGE_CACHE_VERSION", "")
PAGE_CACHE_TIMEOUT = 300  # seconds an entry is kept (it is retired earlier by any change)
PAGE_CACHE_MAX_AGE = 30  # browsers (Cache-Control max-age; no purge reaches them)
# A CDN or proxy, purged by wagtail.contrib.frontend_cache: as short as the files of documents
# (below), since a purge that fails is only logged (README, "Page cache").
PAGE_CACHE_S_MAXAGE = 30
# Files of documents and pictures (/dokumen/, /media/images/): purged too, but a take-down must
# hold even when a purge fails, so shared caches keep them no longer than browsers do.
PAGE_CACHE_ASSET_S_MAXAGE = 30
PAGE_CACHE_MAX_BYTES = 1024 * 1024  # larger responses (documents) are not kept
# Single flight on a miss (page_cache.middleware): one request renders a page, the others
# wait up to PAGE_CACHE_LOCK_WAIT seconds for its entry; the lock ends by itself after
# PAGE_CACHE_LOCK_TIMEOUT seconds (a worker killed mid-render).
PAGE_CACHE_LOCK_WAIT = 15
PAGE_CACHE_LOCK_TIMEOUT = 30
PAGE_CACHE_RETRY_SECONDS = 5
# Seconds a PURGE request to the proxy may take (page_cache.backends.TimedHTTPBackend).
FRONTEND_CACHE_PURGE_TIMEOUT = 5  # after a cache outage, pages go uncached for this long
# Seconds of wall-clock time a Celery purge job (page_cache.tasks) may spend sending; what is
# left unsent goes to its next attempt. Celery's time limits are this plus a margin.
FRONTEND_CACHE_PURGE_TASK_SECONDS = 60
# The only query parameters a cached URL may have (listing filters, page numbers, search; `p`:
# a page of the sitemap, ppid_pages.discovery).
PAGE_CACHE_QUERY_PARAMETERS = {"halaman", "kategori", "tahun", "unit", "jenis", "q", "p"}
# Parameters of analytics tools on shared links, dropped before the view and the page cache see
# the request (page_cache.middleware.strip_tracking_parameters): `/?utm_source=x` is the page
# itself, answered from the cache. Any other unknown parameter still bypasses the cache.
PAGE_CACHE_TRACKING_PREFIXES = ("utm_",)
PAGE_CACHE_TRACKING_PARAMETERS = {
    "fbclid",
    "gclid",
    "gbraid",
    "wbraid",
    "dclid",
    "msclkid",
    "yclid",
    "twclid",
    "ttclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "ref_src",
}
# Of those, an answer is stored only when the view claimed each parameter with a value it knows
# (never the free-text `q`); addresses other than the canonical one (a query, another allowed
# Host) are stored at most this many times per generation (page_cache.middleware).
PAGE_CACHE_MAX_VARIANTS = 2000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        # Django's own format for the dev server's request lines ("[time] "GET / ..." 200").
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    # Django's own default config also gives "django" a console handler (when DEBUG) and lets
    # it propagate to the root: every "Not Found" was printed twice. One handler, no propagation.
    # Configuring "django" resets its children, so "django.server" is configured again here as
    # Django does (else the request lines lose their time).
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}
