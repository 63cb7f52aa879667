"""The audit chain's head, anchored outside the database (issue 13, attack13q).

The links and the head row (integrity_auditchainhead) are both in the database: someone who can
write to it but holds no key can delete the last links (and their entries) and move the head
back to the link before them; the chain then walks clean and whatever those entries recorded
(an exemption marked at the end) is forgotten. So every committed append also writes the head
to a small file outside the database (AUDIT_CHAIN_ANCHOR): its sequence and hash, the hash of
the chain's first link (which chain it is), signed with AUDIT_CHAIN_KEY. The file is written
atomically (a temporary file replaced) under a file lock, and only forward: a head at or below
the one recorded is never written back. The fail-closed walks (chain.verify, chain.
subject_breaks) refuse a chain shorter than the anchor or whose link at the anchored sequence
is another one.

The file is written once the append's transaction commits (an append rolled back never
advances it); until then the anchor the walk holds the chain to is the newest head that the
current connection's own open transaction appended (its pending on-commit write), so a request
reads the chain it wrote itself.

Deny by default: where AUDIT_CHAIN_ANCHOR_REQUIRED is set (production), a missing anchor, one
not signed with the key or one of another chain is a break, and an append creates a missing one
only for a new database's first link: `manage.py anchor_audit_chain` writes it after checking
the chain (at the first deployment on an existing database, and when the file was lost;
`restore` writes it itself). Elsewhere (development, tests) such
an anchor is replaced by the next append.
"""

import fcntl
import hashlib
import hmac
import itertools
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction

logger = logging.getLogger(__name__)

PURPOSE = "ppid-audit-chain-anchor"

# Why the chain does not hold its anchor (keys of the verify_audit_chain REASONS).
MISSING = "anchor_missing"
FORGED = "anchor_forged"
OTHER_CHAIN = "anchor_other_chain"
BEHIND = "anchor_behind"


@dataclass(frozen=True)
class Anchor:
    sequence: int
    hash: str
    first: str  # the hash of the chain's first link ("" for an empty chain)


def anchor_path() -> Path | None:
    """Where the anchor is kept (AUDIT_CHAIN_ANCHOR; None: not anchored)."""
    path = getattr(settings, "AUDIT_CHAIN_ANCHOR", None)
    return Path(path) if path else None


def required() -> bool:
    return bool(getattr(settings, "AUDIT_CHAIN_ANCHOR_REQUIRED", False))


def mac(anchor: Anchor) -> str:
    from .chain import chain_key

    payload = f"{PURPOSE}\n{anchor.sequence}\n{anchor.hash}\n{anchor.first}".encode()
    key = chain_key()
    if key:
        return hmac.new(key, payload, hashlib.sha256).hexdigest()
    return hashlib.sha256(payload).hexdigest()


def read_file(path: Path) -> tuple[Anchor | None, str]:
    """(anchor, '') from the file; (None, MISSING or FORGED) when there is none to trust."""
    try:
        stored = json.loads(path.read_text())
        anchor = Anchor(int(stored["sequence"]), str(stored["hash"]), str(stored["first"]))
        signed = str(stored["mac"])
    except FileNotFoundError:
        return None, MISSING
    except (OSError, ValueError, KeyError, TypeError):
        return None, FORGED
    if not hmac.compare_digest(mac(anchor), signed):
        return None, FORGED
    return anchor, ""


_serials = itertools.count(1)
_forced = 0  # the serial of the last forced write: heads appended before it are not pending


class Advance:
    """The on-commit write of one appended head (a class: `pending` finds it in the queue)."""

    def __init__(self, anchor: Anchor) -> None:
        self.anchor = anchor
        self.serial = next(_serials)

    def __call__(self) -> None:
        try:
            advance(self.anchor)
        except OSError:
            # The anchor lags behind the chain (never ahead of it): the walk still holds.
            logger.exception("audit chain anchor not written (sequence %s)", self.anchor.sequence)


def schedule(sequence: int, digest: str, first: str) -> None:
    """Called by chain.append with the new head, inside its transaction."""
    if anchor_path() is not None:
        transaction.on_commit(Advance(Anchor(sequence, digest, first)), robust=True)


def pending() -> Anchor | None:
    """The newest head appended by this connection's open transaction (not yet committed; an
    append in a savepoint rolled back since has left the queue)."""
    newest = None
    for entry in getattr(connection, "run_on_commit", ()):
        function = entry[1]
        if (
            isinstance(function, Advance)
            and function.serial > _forced
            and (newest is None or function.anchor.sequence > newest.sequence)
        ):
            newest = function.anchor
    return newest


def write(path: Path, anchor: Anchor) -> None:
    temporary = path.with_name(path.name + ".tmp")
    data = {**anchor.__dict__, "mac": mac(anchor)}
    with open(temporary, "w") as handle:
        json.dump(data, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def advance(anchor: Anchor, force: bool = False) -> bool:
    """Write `anchor` unless the file already holds this chain at or past its sequence (or, where
    the anchor is required, holds none or another chain: then only `force` writes it).
    Returns whether it was written."""
    path = anchor_path()
    if path is None:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            current, problem = read_file(path)
            if not force:
                if current is None or current.first != anchor.first:
                    # Where it is required, only a new database's first link starts the file.
                    starts = current is None and problem == MISSING and anchor.sequence == 1
                    if required() and not starts:
                        return False
                elif current.sequence >= anchor.sequence:
                    return False
            write(path, anchor)
            if force:  # a restore or the command: the chain appended before is replaced
                global _forced  # noqa: PLW0603 - one process-wide mark, see pending()
                _forced = next(_serials)
            return True
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def expected() -> tuple[Anchor | None, str]:
    """The anchor the chain must hold now: the newer of the file's and pending(); with the
    reason when there is none to hold it to."""
    path = anchor_path()
    if path is None:
        return None, ""
    anchor, problem = read_file(path)
    if problem and required():
        return None, problem
    own = pending()
    if own is not None and (anchor is None or own.sequence > anchor.sequence):
        return own, ""
    return anchor, problem


def judge(anchor: Anchor | None, problem: str, first: str, length: int, at_anchor: str) -> str:
    """'' when a chain of `length` links whose first link hashes to `first` and whose link at
    the anchored sequence hashes to `at_anchor` holds the anchor; else why not."""
    if anchor is None:
        return problem if problem and required() else ""
    if anchor.first != first:
        return OTHER_CHAIN if required() else ""
    if length < anchor.sequence or (anchor.sequence and at_anchor != anchor.hash):
        return BEHIND
    return ""


def anchor_now() -> Anchor:
    """The chain's head as the database holds it now."""
    from .chain import first_hash, head

    sequence, digest = head()
    return Anchor(sequence, digest if sequence else "", first_hash())
