"""A rendition file is served only as it was made from its image.

Wagtail makes a rendition (a resized copy) of an image the first time a page shows it and keeps
the file in the media folder; the public gets that file at /media/images/..., not the original.
A file swapped on disk there would be served to every visitor, and neither the publication
snapshot nor the watch's page render would notice (both name the rendition, not its bytes).
So the SHA-256 of every rendition is recorded when it is made (PPIDImage.create_rendition), and
the public image view serves a file only while its bytes still have that hash:

- the check costs one stat() per request once a file was hashed: the last verified (inode,
  size, mtime, ctime) of each file is kept per process, and any write to the file changes its
  ctime (which no user-space call can set back), so a swapped file is hashed again;
- a file that no longer has its hash is made again from the image (the released original, with
  the rendition's filter and focal point) and written back, when the new bytes have the recorded
  hash (an audit entry `ppid.rendition.restore`); otherwise (the original changed too, or the
  focal point moved since) it is refused (`ppid.rendition.refuse`) and the integrity watch
  reports it (integrity.watch.rendition_drift);
- a rendition made before hashes were recorded is made again from its released original the
  first time it is served, and its hash recorded then (never the hash of a file found on disk).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading

from wagtail.log_actions import log

logger = logging.getLogger(__name__)

RESTORE_ACTION = "ppid.rendition.restore"
REFUSE_ACTION = "ppid.rendition.refuse"
CACHE_LIMIT = 20_000

_verified: dict[str, tuple] = {}
_lock = threading.Lock()


def content_sha256(file) -> str:
    """The SHA-256 of an open file's content (a rendition about to be stored), read from the
    start; the file is left at its start."""
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in iter(lambda: file.read(1024 * 1024), b""):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def path_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stored:
        for chunk in iter(lambda: stored.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def stat_key(path: str, sha256: str) -> tuple | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, sha256)


def remember(path: str, key: tuple) -> None:
    with _lock:
        if len(_verified) >= CACHE_LIMIT:
            _verified.clear()
        _verified[path] = key


def forget_all() -> None:
    with _lock:
        _verified.clear()


def file_is_verified(rendition) -> bool:
    """The rendition's file on disk has the hash recorded when it was made (or was made again
    from its image and has it now). False: refuse it."""
    path = rendition.file.storage.path(rendition.file.name)
    key = stat_key(path, rendition.sha256)
    if key is not None and rendition.sha256 and _verified.get(path) == key:
        return True
    if key is not None and rendition.sha256 and path_sha256(path) == rendition.sha256:
        remember(path, key)
        return True
    return restore(rendition, path)


def restore(rendition, path: str) -> bool:
    """Make the rendition again from its image and write it back when the new bytes are the
    ones recorded (an audit entry either way)."""
    from wagtail.images.models import Filter

    from moderation.snapshot import asset_digest, asset_state

    image = rendition.image
    data = {"rendition": rendition.file.name.rsplit("/", 1)[-1], "filter": rendition.filter_spec}
    filter = Filter(spec=rendition.filter_spec)
    made = None
    released_original = not image.approved_digest or (
        asset_digest(asset_state(image)) == image.approved_digest
    )
    if released_original and filter.get_cache_key(image) == rendition.focal_point_key:
        try:
            made = image.generate_rendition_file(filter)
        except Exception:  # noqa: BLE001 - an unreadable original: refused below
            logger.exception("rendition %s could not be made again", rendition.pk)
    made_sha256 = content_sha256(made) if made is not None else ""
    if not made_sha256 or (rendition.sha256 and made_sha256 != rendition.sha256):
        log(instance=image, action=REFUSE_ACTION, data=data)
        logger.error("rendition file %s is not the one made from its image: refused", path)
        return False
    if not rendition.sha256:  # made before hashes were recorded: from now on it has one
        rendition.sha256 = made_sha256
        type(rendition).objects.filter(pk=rendition.pk).update(sha256=made_sha256)
    directory = os.path.dirname(path)
    os.makedirs(directory, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".restore-")
    with os.fdopen(descriptor, "wb") as out:
        for chunk in iter(lambda: made.read(1024 * 1024), b""):
            out.write(chunk)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)
    log(instance=image, action=RESTORE_ACTION, data=data)
    logger.warning("rendition file %s was not the one made from its image: made again", path)
    if (key := stat_key(path, rendition.sha256)) is not None:
        remember(path, key)
    return True
