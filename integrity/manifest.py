"""The deployment manifest: what the application serves from disk, as it was deployed.

Templates, static files and compiled translations (.mo) are not content the workflow reviews:
they come with a deployment. Someone with write access to the server's files who changes a
template (or a catalogue's translation of a label, or a script) changes what every visitor
gets, and no page revision, snapshot or approval knows. So at deployment
(`manage.py integrity_manifest`, run by `make run`, the container's start and the deployment
steps of the README) every such file is recorded: its path, SHA-256, size and times. The
manifest is signed with AUDIT_CHAIN_KEY (HMAC-SHA-256) and its digest is written as a chained
audit entry (`ppid.integrity.manifest`): the integrity watch trusts only a manifest whose
signature holds and whose digest is the one of the latest chained entry, then reports every
file added, changed or removed since.

Cheap on every run: a file whose size, modification time and inode change time (ctime, which
no user can set back) are those recorded is taken as unchanged; any other file is hashed.

The files:
- templates: each template engine's DIRS, each installed app's `templates` folder, and the
  templates Django renders with engines of its own (form widgets, its built-in error pages);
- static files: what the static file finders find (served in development) and everything
  under STATIC_ROOT (what collectstatic wrote, served by whitenoise in production);
- translations: the .mo files of the served languages (LANGUAGES) under LOCALE_PATHS, each
  installed app's `locale` folder and Django's own catalogue.
"""

import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django.utils.translation import to_locale

MANIFEST_ACTION = "ppid.integrity.manifest"
STATIC_IGNORED = ["CVS", ".*", "*~"]  # collectstatic's default ignore patterns
TEMPLATE = "template"
STATIC = "static"
LOCALE = "locale"


def manifest_path() -> Path | None:
    """Where the manifest is kept (INTEGRITY_MANIFEST; None: no manifest, e.g. in tests)."""
    path = getattr(settings, "INTEGRITY_MANIFEST", None)
    return Path(path) if path else None


def walk(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        return
    for folder, _dirs, names in os.walk(root):
        for name in names:
            yield Path(folder) / name


def template_files() -> Iterator[Path]:
    for engine in settings.TEMPLATES:
        for folder in engine.get("DIRS", []):
            yield from walk(Path(folder))
        if engine.get("APP_DIRS"):
            for config in apps.get_app_configs():
                yield from walk(Path(config.path) / "templates")
    # Templates Django loads with an engine of its own, outside TEMPLATES: the form renderer's
    # widgets and field layouts (every public form's inputs) and the built-in error views
    # (the CSRF failure page), found by the issue 13 verification attack.
    django_root = Path(django.__file__).parent
    yield from walk(django_root / "forms" / "templates")
    yield from walk(django_root / "views" / "templates")


def static_files() -> Iterator[Path]:
    from django.contrib.staticfiles.finders import get_finders

    for finder in get_finders():
        for name, storage in finder.list(STATIC_IGNORED):
            yield Path(storage.path(name))
    if settings.STATIC_ROOT:
        yield from walk(Path(settings.STATIC_ROOT))


def served_locales() -> set[str]:
    names = set()
    for code, _name in settings.LANGUAGES:
        names |= {code, to_locale(code), code.split("-")[0]}
    return names


def locale_files() -> Iterator[Path]:
    import django

    folders = [Path(folder) for folder in settings.LOCALE_PATHS]
    folders += [Path(config.path) / "locale" for config in apps.get_app_configs()]
    folders.append(Path(django.__file__).parent / "conf" / "locale")
    wanted = served_locales()
    for folder in folders:
        if not folder.is_dir():
            continue
        for language in folder.iterdir():
            if language.name in wanted:
                yield from (path for path in walk(language) if path.suffix == ".mo")


def served_files() -> dict[str, str]:
    """{absolute path: kind} of every template, static file and .mo file served now."""
    found: dict[str, str] = {}
    for kind, files in (
        (TEMPLATE, template_files()),
        (STATIC, static_files()),
        (LOCALE, locale_files()),
    ):
        for path in files:
            if path.is_file():
                found.setdefault(str(path.resolve()), kind)
    return found


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def stat_of(path: str) -> dict:
    status = os.stat(path)
    return {"size": status.st_size, "mtime_ns": status.st_mtime_ns, "ctime_ns": status.st_ctime_ns}


def body_text(body: dict) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"))


def body_digest(body: dict) -> str:
    return hashlib.sha256(body_text(body).encode()).hexdigest()


def signature(body: dict) -> str:
    """HMAC-SHA-256 of the manifest under AUDIT_CHAIN_KEY (plain SHA-256 without a key)."""
    from .chain import chain_key

    key = chain_key()
    if not key:
        return body_digest(body)
    return hmac.new(key, body_text(body).encode(), hashlib.sha256).hexdigest()


def build() -> dict:
    files = {}
    for path, kind in sorted(served_files().items()):
        files[path] = {"kind": kind, "sha256": file_sha256(path), **stat_of(path)}
    return {"version": 1, "created_at": timezone.now().isoformat(), "files": files}


def write(user=None) -> tuple[Path, dict]:
    """Record every served file now; sign the manifest, write it, log its digest."""
    from django.db import transaction
    from wagtail.log_actions import log
    from wagtail.models import Site

    path = manifest_path()
    if path is None:
        raise ValueError("INTEGRITY_MANIFEST is not set")
    body = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"body": body, "signature": signature(body)}))
    with transaction.atomic():
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        data = {"digest": body_digest(body), "files": len(body["files"])}
        log(instance=site, action=MANIFEST_ACTION, user=user, data=data)
        os.replace(temporary, path)
    return path, body


@dataclass
class Drift:
    problem: str = ""  # the manifest itself cannot be trusted (missing, unsigned...)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    hashed: int = 0  # files whose bytes were read in this check

    @property
    def clean(self) -> bool:
        return not (self.problem or self.added or self.changed or self.removed)


def latest_logged_digest() -> str | None:
    """The digest of the latest manifest entry the audit chain vouches for."""
    from wagtail.models import ModelLogEntry

    from .chain import chained_entries

    entries = ModelLogEntry.objects.filter(action=MANIFEST_ACTION)
    rows = chained_entries(ModelLogEntry, entries)
    if not rows:
        return None
    latest = max(rows, key=lambda row: (row["timestamp"], row["id"]))
    return (latest["data"] or {}).get("digest")


def load_trusted() -> tuple[dict | None, str]:
    """(manifest body, '') when the manifest on disk is signed and is the latest one the audit
    chain names; else (None, why not)."""
    path = manifest_path()
    if path is None:
        return None, ""
    try:
        stored = json.loads(path.read_text())
        body, signed = stored["body"], stored["signature"]
        body["files"].items()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None, "missing"
    if not hmac.compare_digest(signature(body), str(signed)):
        return None, "signature"
    if latest_logged_digest() != body_digest(body):
        return None, "not_logged"
    return body, ""


def check() -> Drift:
    """The files served now against the trusted manifest."""
    body, problem = load_trusted()
    if body is None:
        return Drift(problem=problem)
    drift = Drift()
    recorded = body["files"]
    now = served_files()
    for path in sorted(now):
        entry = recorded.get(path)
        if entry is None:
            drift.added.append(path)
            continue
        try:
            status = stat_of(path)
        except OSError:
            drift.removed.append(path)
            continue
        if all(status[name] == entry.get(name) for name in status):
            continue
        drift.hashed += 1
        if file_sha256(path) != entry.get("sha256"):
            drift.changed.append(path)
    drift.removed += sorted(path for path in recorded if path not in now)
    return drift
