"""Backup and restore: the whole database (dumpdata) and the media files in one archive.

The archive is a gzip-compressed tar file:
    manifest.json   format, creation time, database vendor, versions, and for every other member
                    its size and SHA-256
    types.json      `dumpdata` of content types and permissions, loaded first
    data.json       `dumpdata` of every other model
                    Both keep primary keys (no natural keys are needed: the database is emptied
                    first, content types included), so generic references, log entries and the
                    audit chain's hashes stay valid. The search index is left out and rebuilt.
    media/...       every file under MEDIA_ROOT

Restore checks the whole archive first (every checksum, no unlisted or unsafe member), refuses a
database that holds content unless forced, then empties the database and loads the data in one
transaction, writes the media files, and rebuilds the search index. Data from SQLite loads into
PostgreSQL and back.
"""

import contextlib
import datetime
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Revision

from security.audit import account_changes_unlogged

from . import anchor, serializer

FORMAT = "ppid-backup/1"
MANIFEST = "manifest.json"
TYPES = "types.json"  # content types and permissions, loaded first
DATA = "data.json"
MEDIA_PREFIX = "media/"
# Left out of the dump: rebuilt (search index) or only valid on the running site (sessions).
EXCLUDED = ["wagtailsearch", "sessions"]
TYPE_MODELS = ["contenttypes", "auth.permission"]
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A clear message for the person running the command (already translated)."""


@dataclass(frozen=True)
class Summary:
    path: Path
    objects: int
    media_files: int
    size: int


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def media_files(root: Path) -> list[tuple[Path, str]]:
    """(file, archive name) of every regular file under MEDIA_ROOT, sorted."""
    if not root.is_dir():
        return []
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                found.append((path, MEDIA_PREFIX + path.relative_to(root).as_posix()))
    return sorted(found, key=lambda item: item[1])


def versions() -> dict[str, str]:
    import django
    import wagtail

    return {"django": django.get_version(), "wagtail": wagtail.__version__}


@contextlib.contextmanager
def one_snapshot():
    """The whole dump reads one snapshot of the database (PostgreSQL: a REPEATABLE READ, READ
    ONLY transaction; SQLite: one read transaction), so what is written while the backup runs
    is in it whole or not at all: a page with its revisions, an audit entry with its chain link.
    Model by model in autocommit, a backup taken during writes restored entries without links."""
    if connection.in_atomic_block:  # already inside a transaction: its snapshot
        yield
        return
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def create_backup(destination: Path) -> Summary:
    """Write the archive to `destination` (through a temporary file: never half an archive)."""
    destination = Path(destination)
    if destination.is_dir():
        raise BackupError(
            _("%(path)s is a folder: give the archive's file name.") % {"path": destination}
        )
    if not destination.parent.is_dir():
        raise BackupError(_("The folder %(path)s does not exist.") % {"path": destination.parent})
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="ppid-backup-") as work:
        types_path, data_path = Path(work) / TYPES, Path(work) / DATA
        serializers.register_serializer(serializer.FORMAT, "integrity.serializer")
        dump = {"format": serializer.FORMAT, "verbosity": 0}
        with one_snapshot():
            call_command("dumpdata", *TYPE_MODELS, output=str(types_path), **dump)
            call_command("dumpdata", exclude=EXCLUDED + TYPE_MODELS, output=str(data_path), **dump)
        objects = 0
        files = {}
        for name, path in ((TYPES, types_path), (DATA, data_path)):
            with path.open("rb") as handle:
                objects += len(json.load(handle))
            files[name] = {"size": path.stat().st_size, "sha256": sha256_file(path)}
        media = media_files(media_root)
        for path, name in media:
            files[name] = {"size": path.stat().st_size, "sha256": sha256_file(path)}
        manifest = {
            "format": FORMAT,
            "migrations": applied_migrations(),
            "created_at": timezone.now().isoformat(),
            "database": connection.vendor,
            "versions": versions(),
            "objects": objects,
            "files": files,
        }
        partial = destination.with_name(destination.name + ".partial")
        # Owner-only from the first byte: the archive holds unreleased documents, exempt
        # information, password hashes and two-factor secrets.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with (
            os.fdopen(descriptor, "wb") as file,
            tarfile.open(fileobj=file, mode="w:gz") as archive,
        ):
            add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2, sort_keys=True).encode())
            archive.add(types_path, arcname=TYPES, recursive=False)
            archive.add(data_path, arcname=DATA, recursive=False)
            for path, name in media:
                archive.add(path, arcname=name, recursive=False)
        partial.replace(destination)
    return Summary(destination, objects, len(media), destination.stat().st_size)


def add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(datetime.datetime.now().timestamp())
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(content))


def safe_member_name(name: str) -> bool:
    """Relative, inside the archive's own tree: no absolute path, no '..', no backslashes."""
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


def unpack(source: Path, work: Path) -> dict:
    """Extract the archive into `work` after checking every member; returns the manifest."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(_("The archive %(path)s does not exist.") % {"path": source})
    try:
        with tarfile.open(source, "r:gz") as archive:
            members = archive.getmembers()
            names = [member.name for member in members]
            if MANIFEST not in names:
                raise BackupError(
                    _("The archive has no manifest: it is not a backup of this site.")
                )
            manifest = read_manifest(archive.extractfile(MANIFEST))
            listed = manifest["files"]
            for member in members:
                if member.name == MANIFEST:
                    continue
                if not (member.isfile() and safe_member_name(member.name)):
                    raise BackupError(
                        _("The archive holds an unsafe entry: %(name)s") % {"name": member.name}
                    )
                if member.name not in listed:
                    raise BackupError(
                        _("The archive holds a file its manifest does not list: %(name)s")
                        % {"name": member.name}
                    )
                extract_checked(archive, member, work, listed[member.name])
    except (tarfile.TarError, EOFError, OSError, ValueError, KeyError) as error:
        raise BackupError(
            _("The archive is damaged or not a backup (%(error)s).") % {"error": error}
        ) from error
    missing = sorted(set(listed) - set(names))
    if missing:
        raise BackupError(
            _("The archive is incomplete: %(count)s file(s) missing, first %(name)s.")
            % {"count": len(missing), "name": missing[0]}
        )
    return manifest


def read_manifest(handle) -> dict:
    try:
        manifest = json.load(handle)
    except ValueError as error:
        raise BackupError(_("The archive's manifest is damaged.")) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(_("The archive is not a backup of this site (unknown format)."))
    files = manifest.get("files")
    if not isinstance(files, dict) or TYPES not in files or DATA not in files:
        raise BackupError(_("The archive's manifest is damaged."))
    return manifest


def extract_checked(archive: tarfile.TarFile, member: tarfile.TarInfo, work: Path, expected):
    target = work / member.name
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    with archive.extractfile(member) as source, target.open("wb") as output:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            output.write(chunk)
    if digest.hexdigest() != expected.get("sha256") or size != expected.get("size"):
        raise BackupError(
            _("Checksum mismatch for %(name)s: the archive is damaged or was changed.")
            % {"name": member.name}
        )


def empty_database() -> None:
    """Delete every row (`flush`, without re-creating anything after it). PostgreSQL refuses to
    TRUNCATE tables with deferred constraint checks pending in the transaction: they are run
    first, and deferred again for the load."""
    postgresql = connection.vendor == "postgresql"
    if postgresql:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    if postgresql:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def applied_migrations() -> list[str]:
    """Every migration applied to this database, as "app_label.name"."""
    recorder = MigrationRecorder(connection)
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def check_schema(manifest: dict) -> None:
    """The database must be migrated, and at least as far as the database of the backup."""
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise BackupError(
            _("The database is not fully migrated: run `manage.py migrate` first, then restore.")
        )
    missing = sorted(set(manifest.get("migrations", [])) - set(applied_migrations()))
    if missing:
        raise BackupError(
            _(
                "The backup comes from a newer version of the site (%(count)s migration(s) "
                "unknown here, first %(name)s): restore it with that version."
            )
            % {"count": len(missing), "name": missing[0]}
        )


def database_has_content() -> bool:
    """Accounts, revisions, documents or images: more than a freshly migrated database holds."""
    return (
        get_user_model().objects.exists()
        or Revision.objects.exists()
        or get_document_model().objects.exists()
        or get_image_model().objects.exists()
    )


def restore_backup(
    source: Path, force: bool = False, progress: Callable[[str], None] | None = None
) -> dict:
    """Restore the archive into this database and MEDIA_ROOT; returns the manifest."""
    say = progress or (lambda message: None)
    with tempfile.TemporaryDirectory(prefix="ppid-restore-") as work_dir:
        work = Path(work_dir)
        manifest = unpack(source, work)
        say(
            _("Archive checked: %(count)s files, checksums correct.")
            % {"count": len(manifest["files"])}
        )
        check_schema(manifest)
        if database_has_content() and not force:
            raise BackupError(
                _(
                    "The database is not empty (it has accounts, revisions, documents or images). "
                    "Restoring replaces everything in it: run again with --force to do so."
                )
            )
        # loaddata saves rows as they were (raw=True), which the receivers leave alone; the
        # m2m rows (user groups, group permissions) are not account changes either.
        with transaction.atomic(), account_changes_unlogged():
            empty_database()
            try:
                # Content types first, with their own ids: every other row refers to them.
                ContentType.objects.clear_cache()
                call_command("loaddata", str(work / TYPES), verbosity=0)
                ContentType.objects.clear_cache()
                call_command("loaddata", str(work / DATA), verbosity=0)
            except Exception as error:
                raise BackupError(
                    _("The data could not be loaded (%(error)s); the database was left as it was.")
                    % {"error": error}
                ) from error
            log_restore(source, manifest)
        # The restored chain replaces the one anchored outside the database (integrity.anchor):
        # the restore is the one write that takes the chain back.
        anchor.advance(anchor.anchor_now(), force=True)
        say(_("Database restored: %(count)s objects.") % {"count": manifest["objects"]})
        media_root = Path(settings.MEDIA_ROOT)
        written = 0
        for name in manifest["files"]:
            if not name.startswith(MEDIA_PREFIX):
                continue
            target = media_root / name.removeprefix(MEDIA_PREFIX)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(work / name, target)
            written += 1
        say(_("Media restored: %(count)s files.") % {"count": written})
    forget_cached_rows()
    media_restored()
    call_command("update_index", verbosity=0)
    return manifest


RESTORE_ACTION = "ppid.integrity.restore"


def log_restore(source: Path, manifest: dict) -> None:
    """The restore's own audit entry, linked onto the restored chain in the same transaction."""
    from wagtail.log_actions import log
    from wagtail.models import Site

    ContentType.objects.clear_cache()
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is not None:
        data = {
            "archive": Path(source).name,
            "created_at": manifest.get("created_at"),
            "objects": manifest.get("objects"),
        }
        log(instance=site, action=RESTORE_ACTION, data=data)


def media_restored() -> None:
    """The files are copied after the database's commit: a page, document or picture served
    between the two (the restored rows with the files that were there before) may have been
    kept by the page cache under the restored generation, or by a CDN. A new generation once
    the files are in place retires all of it, and everything public is purged from a CDN."""
    from page_cache import generation, purge

    generation.bump(generation.PUBLIC)
    generation.bump(generation.SERVICE)
    purge.schedule_everything()


def forget_cached_rows() -> None:
    """Caches of rows that the restore replaced: content types, site root paths."""
    from wagtail.models import Site

    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()
