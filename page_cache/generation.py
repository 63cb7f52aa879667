"""The public generation: a token in the database that every public change replaces.

`bump()` runs inside the transaction of the change (a signal receiver, page_cache.signals), so
the new token becomes visible to readers at the very commit that makes the change visible, and
a change that is rolled back leaves the token alone. `current()` is read once per cacheable
request, before anything else of the page is read, and is part of the cache key: an entry
stored under a token can only hold content at least as new as that token, and once a change
commits, no earlier entry is ever looked up again, in Redis, in a local cache, or in a Redis
that comes back from an outage with its old data. The token is random (not a counter), so a
database restored from a backup, or a test database rolled back, never meets entries that an
equal counter value once named.

The key of a generation is the deployment's fingerprint and the token (`current()`): what the
page cache, the facts and the memos are kept under. A deployment renders with its own code,
templates, translations and static manifest, so a new one (or one instance of a rolling
deployment) never serves what another one rendered (`deployment()`): the fingerprint changes
with any of those files, with the installed packages, and with PAGE_CACHE_VERSION (a release id
the deployment may set, for what no file shows). And every run of `migrate` that applies a
migration replaces the token once, at its end (`migrated`): a data migration writes through
historical models, which send no signal this app hears, and may change what any page renders.

Two rows: PUBLIC, replaced by every change of what the public may see, and SERVICE, replaced
by the information service's records (requests, objections, survey answers), which no page
shows but the public statistics (service_reports.views.statistics). Every cached page is keyed
by PUBLIC; a view marked with `service_scoped` by both, so a submitted request retires the
statistics and nothing else.
"""

import hashlib
import json
import logging
import os
import secrets
import sys
from importlib.util import find_spec
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connection, transaction
from django.utils import timezone

from .models import PublicGeneration

logger = logging.getLogger(__name__)

PUBLIC = 1
SERVICE = 2
MISSING = "-"  # a row never written yet: its first write makes a token no key ever named


def new_token() -> str:
    return secrets.token_hex(16)


def current(service: bool = False) -> str | None:
    """The key of the public content as committed now, for this deployment; None before the
    row exists. With `service`, the public and the service tokens as one string (one query)."""
    if not service:
        tokens = PublicGeneration.objects.filter(pk=PUBLIC).values_list("token", flat=True)[:1]
        return f"{deployment()}.{tokens[0]}" if tokens else None
    return current_both()[1]


def current_both() -> tuple[str | None, str | None]:
    """The public key and the service key (`current(service=True)`) in one query."""
    tokens = dict(
        PublicGeneration.objects.filter(pk__in=(PUBLIC, SERVICE)).values_list("pk", "token")
    )
    if PUBLIC not in tokens:
        return None, None
    public = f"{deployment()}.{tokens[PUBLIC]}"
    return public, f"{public}:{tokens.get(SERVICE, MISSING)}"


_deployment: str | None = None

# What a deployment renders with, in the folders of the project's own apps, its templates
# and translations (LOCALE_PATHS) and its URL configuration with the settings beside it.
RENDERED_SUFFIXES = {".py", ".html", ".txt", ".xml", ".json", ".mo", ".css", ".js", ".svg"}
NOT_RENDERED = {"__pycache__", "migrations", "tests", "node_modules"}


def deployment() -> str:
    """This deployment's fingerprint (computed once per process): part of every key."""
    global _deployment  # noqa: PLW0603 - one per process; a deployment restarts processes
    if _deployment is None:
        _deployment = fingerprint()
    return _deployment


def forget_deployment(**kwargs) -> None:
    """Compute the fingerprint again (a setting it reads changed: tests)."""
    global _deployment  # noqa: PLW0603
    _deployment = None


def fingerprint() -> str:
    """SHA-256 (12 hex digits) of PAGE_CACHE_VERSION, the installed packages (their
    dist-info names: name and version), the static files' manifest (collectstatic's
    staticfiles.json: the hashed names every page links to) and every rendered file of the
    project's code, templates and translations (path under its folder, and bytes). The same
    on every instance of one release; about 30 ms at a process's first request."""
    digest = hashlib.sha256()
    digest.update(f"version={settings.PAGE_CACHE_VERSION}\n".encode())
    for name in installed_distributions():
        digest.update(f"package={name}\n".encode())
    if settings.STATIC_ROOT:
        manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
        if manifest.is_file():
            digest.update(b"static=" + hashlib.sha256(manifest_content(manifest)).digest())
    for folder in rendered_folders():
        for path in sorted(rendered_files(folder)):
            name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            digest.update(f"file={name}\n".encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:12]


def manifest_content(manifest: Path) -> bytes:
    """The manifest's content, written one way (parsed, keys sorted): collectstatic writes the
    same names in another order on another run of the same release (verify18f 3), and the
    instances of one release must share one fingerprint. Its bytes when it is no JSON."""
    raw = manifest.read_bytes()
    try:
        content = json.loads(raw)
    except ValueError:
        return raw
    return json.dumps(content, sort_keys=True, separators=(",", ":")).encode()


def installed_distributions() -> list[str]:
    names = set()
    for entry in sys.path:
        if os.path.isdir(entry):
            names.update(n for n in os.listdir(entry) if n.endswith((".dist-info", ".egg-info")))
    return sorted(names)


def is_installed_package(path: Path) -> bool:
    return bool({"site-packages", "dist-packages"} & set(path.parts))


def rendered_folders() -> list[Path]:
    folders = [Path(config.path) for config in apps.get_app_configs()]
    folders = [folder for folder in folders if not is_installed_package(folder)]
    for engine in settings.TEMPLATES:
        folders += [Path(folder) for folder in engine.get("DIRS", [])]
    folders += [Path(folder) for folder in settings.LOCALE_PATHS]
    urls = find_spec(settings.ROOT_URLCONF)  # found, not imported
    if urls is not None and urls.origin:
        folders.append(Path(urls.origin).parent)
    unique = sorted({folder.resolve() for folder in folders if folder.is_dir()})
    # A folder inside another one (an app's sub-app) is read once, with the outer one.
    return [f for f in unique if not any(o != f and o in f.parents for o in unique)]


def rendered_files(folder: Path):
    for root, dirs, names in os.walk(folder):
        dirs[:] = [name for name in dirs if name not in NOT_RENDERED and not name.startswith(".")]
        for name in names:
            path = Path(root) / name
            if path.suffix in RENDERED_SUFFIXES:
                yield path


_ready = False


def table_ready() -> bool:
    """True once the table exists (models are saved during `migrate` too, before it does)."""
    global _ready  # noqa: PLW0603 - cached once the table is there, never before
    if not _ready:
        _ready = PublicGeneration._meta.db_table in connection.introspection.table_names()
    return _ready


def bump(row: int = PUBLIC, using: str = DEFAULT_DB_ALIAS) -> str | None:
    """Retire every cached page (PUBLIC), or those of the service statistics (SERVICE): call
    inside the transaction of the change."""
    if not table_ready():
        return None  # a database being migrated: nothing was cached from it yet
    token = new_token()
    now = timezone.now()
    if row == PUBLIC:
        # Before the purge of this change (page_cache.purge.schedule registers its flush
        # after this): Wagtail's default-cache copies are cleared before the CDN is purged.
        transaction.on_commit(mirror_committed, using=using)
    rows = PublicGeneration.objects.using(using)
    if rows.filter(pk=row).update(token=token, changed_at=now):
        return token
    try:
        with transaction.atomic(using=using):
            rows.create(pk=row, token=token, changed_at=now)
    except IntegrityError:  # created at the same moment by another transaction
        rows.filter(pk=row).update(token=token, changed_at=now)
    return token


_migrate_run = False  # pre_migrate was sent: the run's end bumps once


def migration_started(**kwargs) -> None:
    global _migrate_run  # noqa: PLW0603 - one flag per process, set by migrate's signals
    _migrate_run = True


def migrated(sender, using: str = DEFAULT_DB_ALIAS, plan=None, **kwargs) -> None:
    """post_migrate, sent for each app: at the last one, once per run of `migrate` that applied
    (or unapplied) a migration, a new public token. A data migration's writes (historical
    models, no signal) and anything the run changed are then never served from a page, a fact
    or a memo kept before it. A run with nothing to apply (the container runs migrate at every
    start) changes nothing and keeps the token (verify18f 3)."""
    global _migrate_run  # noqa: PLW0603
    if not _migrate_run or sender is not last_migrated_app():
        return
    _migrate_run = False
    if using == DEFAULT_DB_ALIAS and plan:  # the database the site is served from
        bump(using=using)


def last_migrated_app():
    """The app config post_migrate is sent for last (only apps with a models module)."""
    return [config for config in apps.get_app_configs() if config.models_module is not None][-1]


def connect() -> None:
    from django.core.signals import setting_changed
    from django.db.models.signals import post_migrate, pre_migrate

    pre_migrate.connect(migration_started, dispatch_uid="page_cache.generation.started")
    post_migrate.connect(migrated, dispatch_uid="page_cache.generation.migrated")
    setting_changed.connect(forget_when_read, dispatch_uid="page_cache.generation.settings")


FINGERPRINT_SETTINGS = {
    "PAGE_CACHE_VERSION",
    "STATIC_ROOT",
    "TEMPLATES",
    "LOCALE_PATHS",
    "INSTALLED_APPS",
    "ROOT_URLCONF",
}


def forget_when_read(setting: str, **kwargs) -> None:
    if setting in FINGERPRINT_SETTINGS:
        forget_deployment()


def mirror_committed() -> None:
    """After a public change commits: Wagtail's default-cache copies cleared again (a request
    could have written them back between Wagtail's clear inside the transaction and the
    commit, verify18e 3)."""
    from . import sites

    sites.clear_wagtail_caches()


def still_current(token: str, service: str | None = None) -> bool:
    """`token` (read at a request's start) is still the public generation, as committed now:
    one primary-key query. Asked of a response that would leave `public` (and of one about to
    be kept), so it is read from the database itself, never from a copy kept elsewhere: a
    copy in Redis lagged the database (not written while this process's circuit breaker was
    open, written before the UPDATE outside a transaction, or written back with an older token
    by a slow reader), and a response of the old generation then left after the take-down's
    purge with `public, s-maxage` (issue 18, verify18f 1). With `service` (a service-scoped
    view's key, read with `token`), both must still be current, in the same one query."""
    if service is not None:
        return current_both() == (token, service)
    return current() == token
