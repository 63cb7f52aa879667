"""The tamper-evident audit log: every Wagtail log entry (PageLogEntry, ModelLogEntry) gets a
link whose hash is SHA-256 over the previous link's hash and the entry's canonical content.

Links are appended in the same transaction as their entry, with the chain head row locked
(`SELECT ... FOR UPDATE` on PostgreSQL; SQLite serialises writers itself), so concurrent writers
form one chain. Changing, deleting or inserting an entry behind the chain's back shows up in
`verify()` (the `verify_audit_chain` command) as the first broken link.

Anchored outside the database, two ways:
- With `AUDIT_CHAIN_KEY` (from the environment; required in production) every new link is an
  HMAC-SHA-256 under that key (`keyed`), so someone who can write to the database but does not
  hold the key cannot recompute the links after an entry they changed. Links written before
  the key was set stay plain SHA-256; a plain link after a keyed one ("downgraded"), or a plain
  last link while a key is set, is a break.
- The head (sequence and hash) is e-mailed with every C1/C2 report (sop_governance.evaluations)
  and printed by `verify_audit_chain`; `verify_audit_chain --against SEQUENCE:HASH` checks that
  the chain still holds that link, so a chain rewritten from before that point is caught even
  by someone who holds the key.
"""

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Model
from wagtail.models import ModelLogEntry, PageLogEntry

from . import anchor
from .models import GENESIS_HASH, AuditChainHead, AuditChainLink

# The fields of an entry that its hash covers; `object` is page_id or object_id.
CONTENT_FIELDS = (
    "action",
    "content_changed",
    "content_type_id",
    "data",
    "deleted",
    "label",
    "revision_id",
    "timestamp",
    "user_id",
    "uuid",
)
BATCH = 2000


def entry_models() -> dict[str, type[Model]]:
    """Every audit log model, by its entry type ("app_label.model_name")."""
    return {model._meta.label_lower: model for model in (PageLogEntry, ModelLogEntry)}


def entry_type(model: type[Model]) -> str:
    return model._meta.label_lower


def object_field(model: type[Model]) -> str:
    return "page_id" if issubclass(model, PageLogEntry) else "object_id"


def entry_values(model: type[Model]):
    """A values() queryset with what the hash covers, as stored in the database."""
    return model.objects.values("id", object_field(model), *CONTENT_FIELDS)


def canonical(kind: str, values: dict) -> str:
    """A stable serialisation of one entry's stored content (same on SQLite and PostgreSQL)."""
    content = {"type": kind, "id": values["id"]}
    for name, value in values.items():
        if name == "timestamp" and value is not None:
            value = value.isoformat(timespec="microseconds").replace("+00:00", "Z")
        elif name == "uuid" and value is not None:
            value = str(value)
        elif name == "page_id":
            name, value = "object_id", str(value)
        content[name] = value
    return json.dumps(content, sort_keys=True, separators=(",", ":"), default=str)


def chain_key() -> bytes:
    """The HMAC key of new links (AUDIT_CHAIN_KEY), empty when none is configured."""
    return (getattr(settings, "AUDIT_CHAIN_KEY", "") or "").encode()


def subject_of(kind: str, values: dict) -> tuple[str, str]:
    """(action, object) of an entry: what its link names (AuditChainLink.action, object_id):
    the page id of a page entry, "content type id:object id" of a model entry."""
    action = str(values.get("action") or "")
    if "page_id" in values:
        return action, str(values["page_id"])
    return action, subject_object(values.get("content_type_id"), values.get("object_id"))


def subject_object(content_type_id, object_id) -> str:
    """The object a model entry's link names (subject_of)."""
    return f"{content_type_id}:{object_id}"


def link_seal(
    sequence: int,
    kind: str,
    entry_id: int,
    action: str,
    object_id: str,
    previous_hash: str,
    digest: str,
    key: bytes = b"",
) -> str:
    """The seal of a link over the link alone (its place, its entry's subject and its hashes):
    checked without reading any entry, so a walk over the links tells a link removed, moved or
    renamed (seal and previous_hash) and still names the subject of an entry deleted or changed
    since. HMAC-SHA-256 under `key` for keyed links, plain SHA-256 before a key was set."""
    payload = "\n".join(
        (str(sequence), kind, str(entry_id), action, object_id, previous_hash, digest)
    ).encode()
    if key:
        return hmac.new(key, payload, hashlib.sha256).hexdigest()
    return hashlib.sha256(payload).hexdigest()


def link_hash(previous_hash: str, kind: str, values: dict, key: bytes = b"") -> str:
    """SHA-256 of the previous hash and the entry's content; HMAC-SHA-256 under `key` if any."""
    payload = f"{previous_hash}\n{canonical(kind, values)}".encode()
    if key:
        return hmac.new(key, payload, hashlib.sha256).hexdigest()
    return hashlib.sha256(payload).hexdigest()


_ready = False


def chain_ready() -> bool:
    """True once the chain's tables exist (log entries are written during `migrate` too)."""
    global _ready  # noqa: PLW0603 - cached once the tables are there, never before
    if not _ready:
        tables = connection.introspection.table_names()
        _ready = AuditChainHead._meta.db_table in tables and (
            AuditChainLink._meta.db_table in tables
        )
        if _ready:  # and migrated to the current columns (keyed came later)
            with connection.cursor() as cursor:
                columns = {
                    column.name
                    for column in connection.introspection.get_table_description(
                        cursor, AuditChainLink._meta.db_table
                    )
                }
            _ready = "keyed" in columns
    return _ready


def locked_head() -> AuditChainHead:
    head = AuditChainHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        AuditChainHead.objects.get_or_create(pk=1)
        head = AuditChainHead.objects.select_for_update().get(pk=1)
    return head


def append(model: type[Model], entry_id: int) -> AuditChainLink | None:
    """Link one stored entry at the end of the chain (no-op when it is already linked)."""
    kind = entry_type(model)
    with transaction.atomic():
        head = locked_head()
        if AuditChainLink.objects.filter(entry_type=kind, entry_id=entry_id).exists():
            return None
        values = entry_values(model).filter(pk=entry_id).first()
        if values is None:
            return None
        key = chain_key()
        action, object_id = subject_of(kind, values)
        sequence, digest = head.sequence + 1, link_hash(head.hash, kind, values, key)
        link = AuditChainLink.objects.create(
            entry_type=kind,
            entry_id=entry_id,
            sequence=sequence,
            previous_hash=head.hash,
            hash=digest,
            keyed=bool(key),
            action=action[:255],
            object_id=object_id[:255],
            seal=link_seal(
                sequence, kind, entry_id, action[:255], object_id[:255], head.hash, digest, key
            ),
        )
        head.sequence, head.hash = link.sequence, link.hash
        head.save(update_fields=["sequence", "hash"])
        anchor.schedule(sequence, digest, digest if sequence == 1 else first_hash())
        return link


def first_hash() -> str:
    """The hash of the chain's first link ('' while there is none): which chain it is."""
    return AuditChainLink.objects.filter(sequence=1).values_list("hash", flat=True).first() or ""


def link_all_unlinked() -> int:
    """Link every entry that has no link yet, oldest first (entries written before the chain
    existed, or an import the office has checked). Returns how many were linked."""
    return link_unlinked_after({})


def last_entry_ids() -> dict[str, int]:
    """The highest id of each audit log model now (0 when empty)."""
    return {
        kind: model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        for kind, model in entry_models().items()
    }


def link_unlinked_after(marks: dict[str, int]) -> int:
    """Link entries newer than `marks` that have no link (written during `migrate` through
    historical models, which send no signals to this app). Older unlinked entries stay
    unlinked: they are for `verify` to report."""
    pending = []
    for kind, model in entry_models().items():
        linked = AuditChainLink.objects.filter(entry_type=kind).values("entry_id")
        rows = model.objects.filter(pk__gt=marks.get(kind, 0)).exclude(pk__in=linked)
        pending += [(timestamp, kind, pk) for timestamp, pk in rows.values_list("timestamp", "id")]
    pending.sort()
    models = entry_models()
    for _timestamp, kind, pk in pending:
        append(models[kind], pk)
    return len(pending)


@dataclass(frozen=True)
class Break:
    """One place where the chain does not hold."""

    sequence: int | None  # the link's sequence; None for an entry without a link
    entry_type: str
    entry_id: int | None
    reason: str  # a key of REASONS (integrity.verify_messages)


@dataclass(frozen=True)
class Verification:
    links: int
    entries: int
    head_sequence: int
    head_hash: str
    breaks: list[Break]

    @property
    def intact(self) -> bool:
        return not self.breaks

    @property
    def first_break(self) -> Break | None:
        return self.breaks[0] if self.breaks else None


def link_batches() -> Iterator[list[AuditChainLink]]:
    last = 0
    while True:
        batch = list(AuditChainLink.objects.filter(sequence__gt=last).order_by("sequence")[:BATCH])
        if not batch:
            return
        yield batch
        last = batch[-1].sequence


def verify() -> Verification:
    """Walk the chain in order: every link must follow the previous one and match its entry
    (under the key for keyed links); every entry must have a link; the head must be the last
    link; once links are keyed, every later link is keyed too."""
    models = entry_models()
    breaks: list[Break] = []
    previous_hash, expected_sequence, count = GENESIS_HASH, 1, 0
    key = chain_key()
    anchored, anchor_problem = anchor.expected()
    first, at_anchor = "", ""
    seen_keyed, last_keyed = False, None
    linked: dict[str, set[int]] = {kind: set() for kind in models}
    for batch in link_batches():
        entries = {
            kind: {
                row["id"]: row
                for row in entry_values(model).filter(
                    pk__in=[link.entry_id for link in batch if link.entry_type == kind]
                )
            }
            for kind, model in models.items()
        }
        for link in batch:
            count += 1
            linked.setdefault(link.entry_type, set()).add(link.entry_id)
            first = link.hash if link.sequence == 1 else first
            if anchored is not None and link.sequence == anchored.sequence:
                at_anchor = link.hash
            reason = None
            values = entries.get(link.entry_type, {}).get(link.entry_id)
            if link.sequence != expected_sequence:
                reason = "link_missing"
            elif link.previous_hash != previous_hash:
                reason = "previous_hash"
            elif values is None:
                reason = "entry_missing"
            elif link.keyed and not key:
                reason = "key_missing"
            elif seen_keyed and not link.keyed:
                reason = "downgraded"
            elif not hmac.compare_digest(
                link_hash(link.previous_hash, link.entry_type, values, key if link.keyed else b""),
                link.hash,
            ):
                reason = "content_changed"
            elif not sealed(link, key):
                reason = "seal"
            seen_keyed = seen_keyed or link.keyed
            last_keyed = link.keyed
            if reason:
                breaks.append(Break(link.sequence, link.entry_type, link.entry_id, reason))
            previous_hash, expected_sequence = link.hash, link.sequence + 1
    head = AuditChainHead.objects.filter(pk=1).first()
    head_sequence, head_hash = (head.sequence, head.hash) if head else (0, GENESIS_HASH)
    if (head_sequence, head_hash) != (expected_sequence - 1, previous_hash):
        breaks.append(Break(head_sequence, "", None, "head_mismatch"))
    elif key and last_keyed is False:
        breaks.append(Break(head_sequence, "", None, "head_unkeyed"))
    length = expected_sequence - 1
    if problem := anchor.judge(anchored, anchor_problem, first, length, at_anchor):
        breaks.append(Break(anchored.sequence if anchored else head_sequence, "", None, problem))
    entries_total = 0
    for kind, model in models.items():
        ids = list(model.objects.order_by("pk").values_list("pk", flat=True))
        entries_total += len(ids)
        breaks += [Break(None, kind, pk, "unlinked") for pk in ids if pk not in linked[kind]]
    return Verification(count, entries_total, head_sequence, head_hash, breaks)


def head() -> tuple[int, str]:
    """(sequence, hash) of the chain's last link now: the anchor to keep outside the database."""
    row = AuditChainHead.objects.filter(pk=1).first()
    return (row.sequence, row.hash) if row else (0, GENESIS_HASH)


def anchor_text(sequence: int, digest: str) -> str:
    return f"{sequence}:{digest}"


def parse_anchor(text: str) -> tuple[int | None, str]:
    """'SEQUENCE:HASH', 'SEQUENCE HASH' (as the command prints it) or a bare HASH."""
    parts = text.replace(":", " ").split()
    if len(parts) == 2 and parts[0].isdigit():
        return int(parts[0]), parts[1].lower()
    return None, (parts[-1] if parts else "").lower()


def holds_anchor(text: str) -> bool:
    """Whether the chain still has the link an exported head named (same sequence, same hash)."""
    sequence, digest = parse_anchor(text)
    if sequence == 0:
        return digest == GENESIS_HASH
    links = AuditChainLink.objects.filter(hash=digest)
    if sequence is not None:
        links = links.filter(sequence=sequence)
    return links.exists()


def chained_entries(model: type[Model], entries) -> list:
    """The entries of `entries` (a queryset of `model`) that the chain vouches for: each has a
    link that still matches its stored content, keyed under AUDIT_CHAIN_KEY when a key is set.
    A row inserted or changed in the database by someone without the key has none, so the
    integrity watch trusts only these as the record of an approval or a publication."""
    kind = entry_type(model)
    rows = {row["id"]: row for row in entry_values(model).filter(pk__in=entries.values("pk"))}
    if not rows:
        return []
    key = chain_key()
    links = AuditChainLink.objects.filter(entry_type=kind, entry_id__in=list(rows))
    vouched = []
    for link in links:
        if key and not link.keyed or link.keyed and not key:
            continue
        expected = link_hash(link.previous_hash, kind, rows[link.entry_id], key if key else b"")
        if hmac.compare_digest(expected, link.hash):
            vouched.append(rows[link.entry_id])
    return vouched


def vouched_digests(
    model: type[Model], actions, object_ids=None, field: str = "hash"
) -> dict[str, str]:
    """{object id: digest} of the latest entry (of `actions`, on rows of `model`, optionally
    only `object_ids`) that the chain vouches for, per row: the digest `field` of its data.
    The one way to ask which released version of a row the audit log vouches for (reviewed
    snippets, documents, images): a digest written on the row itself is trusted only when it
    is this one, so a version written in the database with its digest beside it is not a
    release. Entries without the digest field are left out."""
    from django.contrib.contenttypes.models import ContentType

    entries = ModelLogEntry.objects.filter(
        action__in=list(actions), content_type=ContentType.objects.get_for_model(model)
    )
    if object_ids is not None:
        entries = entries.filter(object_id__in=[str(pk) for pk in object_ids])
    latest: dict[str, str] = {}
    for row in sorted(chained_entries(ModelLogEntry, entries), key=lambda row: row["id"]):
        digest = (row["data"] or {}).get(field)
        if digest:
            latest[str(row["object_id"])] = digest
    return latest


def vouches_for(obj, actions, digest: str, field: str = "hash") -> bool:
    """`digest` is the latest version of `obj` the chain vouches for (vouched_digests)."""
    if not digest or obj.pk is None:
        return False
    found = vouched_digests(type(obj), actions, [obj.pk], field).get(str(obj.pk))
    return found is not None and hmac.compare_digest(found, digest)


def sealed(link, key: bytes) -> bool:
    """The link's seal (link_seal) holds: under the key for keyed links."""
    if link.keyed and not key:
        return False
    expected = link_seal(
        link.sequence,
        link.entry_type,
        link.entry_id,
        link.action,
        link.object_id,
        link.previous_hash,
        link.hash,
        key if link.keyed else b"",
    )
    return bool(link.seal) and hmac.compare_digest(expected, link.seal)


@dataclass(frozen=True)
class SubjectBreaks:
    """Where the chain no longer vouches for the entries of some actions (subject_breaks)."""

    # (entry type, action, object id) named by a sealed link whose entry was deleted or changed
    named: frozenset[tuple[str, str, str]]
    # a link removed, moved, re-sealed or rewritten without the key, the head not on the
    # last link, or the chain not holding its anchor outside the database: what the chain held
    # there cannot be told, so nothing it could have named is vouched for
    unnamed: bool
    # why the chain does not hold its anchor (integrity.anchor: MISSING, FORGED, OTHER_CHAIN,
    # BEHIND), '' when it does
    anchor: str = ""

    def names(self, kind: str, actions, object_id) -> bool:
        """A broken link of `kind` named one of `actions` on `object_id`."""
        return (
            any((kind, action, str(object_id)) in self.named for action in actions) or self.unnamed
        )


def subject_breaks(actions) -> SubjectBreaks:
    """Walk every link (not the entries: the seals cover the links) and check the entries of
    the links that name one of `actions`. Fail closed: the callers withhold whatever a broken
    link names, and everything such a link could have named when a link itself is missing or
    changed (issue 13, verify13i B1: an exemption entry deleted or edited in the database
    made its entry and documents public, chained_entries keeping only what the chain vouches
    for)."""
    actions = set(actions)
    key = chain_key()
    anchored, anchor_problem = anchor.expected()
    first, at_anchor, problem = "", "", ""
    previous_hash, expected_sequence = GENESIS_HASH, 1
    seen_keyed, last_keyed, unnamed = False, None, False
    named_links: list[AuditChainLink] = []
    last = 0
    fields = (
        "sequence",
        "entry_type",
        "entry_id",
        "action",
        "object_id",
        "previous_hash",
        "hash",
        "keyed",
        "seal",
    )
    while not unnamed:
        batch = list(
            AuditChainLink.objects.filter(sequence__gt=last)
            .order_by("sequence")
            .only(*fields)[:BATCH]
        )
        if not batch:
            break
        for link in batch:
            if (
                link.sequence != expected_sequence
                or link.previous_hash != previous_hash
                or (seen_keyed and not link.keyed)
                or not sealed(link, key)
            ):
                unnamed = True
                break
            seen_keyed = seen_keyed or link.keyed
            last_keyed = link.keyed
            first = link.hash if link.sequence == 1 else first
            if anchored is not None and link.sequence == anchored.sequence:
                at_anchor = link.hash
            if link.action in actions:
                named_links.append(link)
            previous_hash, expected_sequence = link.hash, link.sequence + 1
        last = batch[-1].sequence
    if not unnamed:
        head_sequence, head_hash = head()
        unnamed = (head_sequence, head_hash) != (expected_sequence - 1, previous_hash) or bool(
            key and last_keyed is False
        )
        problem = anchor.judge(anchored, anchor_problem, first, expected_sequence - 1, at_anchor)
        unnamed = unnamed or bool(problem)
    named = set()
    models = entry_models()
    for kind, model in models.items():
        links = [link for link in named_links if link.entry_type == kind]
        for start in range(0, len(links), BATCH):
            part = links[start : start + BATCH]
            rows = {
                row["id"]: row
                for row in entry_values(model).filter(pk__in=[link.entry_id for link in part])
            }
            for link in part:
                values = rows.get(link.entry_id)
                if values is None or not hmac.compare_digest(
                    link_hash(link.previous_hash, kind, values, key if link.keyed else b""),
                    link.hash,
                ):
                    named.add((kind, link.action, link.object_id))
    return SubjectBreaks(frozenset(named), unnamed, problem)
