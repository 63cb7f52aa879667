"""Snippets whose fields show on public pages are reviewed content, like documents and images.

The models are those that declare `PUBLIC_FIELDS` (today the information unit, whose name
shows on DIP entries, the DIP lists and their exports and the public filter). The row holds
the version the public gets:
- a new row is not public until a page using it passes the workflow (its scan reads the
  snippet's fields, its snapshot covers them) or a second person approves it on its own;
- a change to a row in public use (released, or used by a live page) becomes its pending
  version: the row and the public keep the released values until the same release.
Nobody approves a snippet they created or changed (the audit log's `wagtail.create`,
`wagtail.edit` and `ppid.snippet.change` entries name them), and the privacy scan must pass.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Page
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView

from . import exempt_text
from .privacy import Severity
from .two_people import second_person

CHANGE_ACTION = "ppid.snippet.change"
RELEASE_ACTION = "ppid.snippet.release"
APPROVE_ACTION = "ppid.snippet.approve"
CONTRIBUTION_ACTIONS = ("wagtail.create", "wagtail.edit", CHANGE_ACTION)


def is_reviewed(model) -> bool:
    return isinstance(model, type) and bool(getattr(model, "PUBLIC_FIELDS", None))


def reviewed_models() -> list[type[models.Model]]:
    from django.apps import apps

    return [model for model in apps.get_models() if is_reviewed(model)]


def public_values(obj, pending: bool = False) -> dict[str, str]:
    """What the public gets of `obj` (or will get once its pending version is released)."""
    values = {}
    for name in obj.PUBLIC_FIELDS:
        value = getattr(obj, name)
        if pending and obj.has_pending_version:
            value = getattr(obj, f"pending_{name}") or value
        values[name] = value
    return values


def snippet_key(obj) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}"


def snippets_of(obj) -> list[models.Model]:
    """The reviewed snippets `obj` (a page or a page revision's object) points to: by a
    foreign key of its own, or anywhere Wagtail's reference index looks (StreamField snippet
    blocks, rich text, child relations), so every way of showing one is covered."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex

    wanted: dict[type[models.Model], set[int]] = {}
    for field in obj._meta.concrete_fields:
        if field.is_relation and is_reviewed(field.related_model):
            pk = getattr(obj, field.attname)
            if pk is not None:
                wanted.setdefault(field.related_model, set()).add(pk)
    by_type = {ContentType.objects.get_for_model(model).pk: model for model in reviewed_models()}
    for content_type_id, object_id, *_rest in ReferenceIndex._extract_references_from_object(obj):
        model = by_type.get(content_type_id)
        if model is not None:
            wanted.setdefault(model, set()).add(int(object_id))
    found = []
    for model, pks in wanted.items():
        found += list(model._default_manager.filter(pk__in=pks).order_by("pk"))
    return found


def pending_changes(obj) -> dict[str, tuple[str, str]]:
    """{field: (released value, pending value)} of the fields a pending version changes."""
    if not getattr(obj, "has_pending_version", False):
        return {}
    released, pending = public_values(obj), public_values(obj, pending=True)
    return {
        name: (str(released[name]), str(pending[name]))
        for name in obj.PUBLIC_FIELDS
        if released[name] != pending[name]
    }


def show_pending_versions(obj) -> None:
    """For a preview of `obj` (in memory, never saved): the reviewed snippets its foreign keys
    point to carry the values its publication would release (their pending versions), so the
    reviewers' preview shows what the public will get, as the snapshot they approve covers."""
    for field in obj._meta.concrete_fields:
        if not (field.is_relation and is_reviewed(field.related_model)):
            continue
        if getattr(obj, field.attname) is None:
            continue
        snippet = getattr(obj, field.name)
        if snippet is not None and snippet.has_pending_version:
            for name, value in public_values(snippet, pending=True).items():
                setattr(snippet, name, value)


def used_by_live_page(obj) -> bool:
    for relation in obj._meta.related_objects:
        model = relation.related_model
        if not ((relation.many_to_one or relation.one_to_one) and issubclass(model, Page)):
            continue
        if model.objects.filter(**{relation.field.name: obj}, live=True).exists():
            return True
    return False


def in_public_use(stored) -> bool:
    return stored.released_at is not None or used_by_live_page(stored)


def divert_change(instance, user=None) -> None:
    """pre_save of a reviewed snippet: a change to a row in public use becomes its pending
    version; every change is an audit entry (four eyes over every version)."""
    if instance.pk is None:
        return
    stored = type(instance)._default_manager.filter(pk=instance.pk).first()
    if stored is None:
        return
    changed = [n for n in instance.PUBLIC_FIELDS if getattr(instance, n) != getattr(stored, n)]
    if not changed:
        return
    log(instance=stored, action=CHANGE_ACTION, user=user, data={"fields": changed})
    if not in_public_use(stored):
        return  # not public yet: changed in place, reviewed before it is released
    for name in changed:
        setattr(instance, f"pending_{name}", getattr(instance, name))
        setattr(instance, name, getattr(stored, name))
    instance.pending_by_id = getattr(user, "pk", None)
    instance.pending_at = timezone.now()


def approved_digest_of(obj) -> str:
    """The digest of the released public fields, as `approved_digest` records it."""
    from .snapshot import snippet_digest

    return snippet_digest(obj)


def release(obj, user=None, page=None) -> None:
    """The pending version (if any) becomes the released one; the row is public from now and
    its `approved_digest` names the released values (the integrity watch compares them)."""
    obj = type(obj)._default_manager.get(pk=obj.pk)
    old = public_values(obj)
    if obj.has_pending_version:
        for name in obj.PUBLIC_FIELDS:
            setattr(obj, name, getattr(obj, f"pending_{name}") or getattr(obj, name))
            setattr(obj, f"pending_{name}", "")
        obj.pending_by = obj.pending_at = None
    elif obj.released_at is not None and obj.approved_digest:
        return
    obj.released_at = obj.released_at or timezone.now()
    obj.approved_digest = approved_digest_of(obj)
    obj._releasing = True
    obj.save()
    log(
        instance=obj,
        action=RELEASE_ACTION,
        user=user,
        data={
            "old": old,
            "new": public_values(obj),
            "page": getattr(page, "pk", None),
            "hash": obj.approved_digest,
        },
    )


def release_snippets_of(page, user=None) -> None:
    for snippet in snippets_of(page):
        release(snippet, user=user, page=page)


def hands(obj) -> set[int]:
    """Everyone who created or changed any version of `obj`."""
    users = set(
        ModelLogEntry.objects.for_instance(obj)
        .filter(action__in=CONTRIBUTION_ACTIONS)
        .values_list("user_id", flat=True)
    )
    users.add(obj.pending_by_id)
    users.discard(None)
    return users


def findings(obj) -> list[dict]:
    from .documents import official_allow_list
    from .scanner import text_findings

    allow = official_allow_list()
    texts = [
        (f"{obj._meta.model_name}.{name}", str(value or ""))
        for name, value in public_values(obj, pending=True).items()
    ]
    found = [
        finding for location, text in texts for finding in text_findings(location, text, allow)
    ]
    # and compared with the exempt information (moderation.exempt_text)
    if getattr(obj, "EXEMPT_OVERLAP_REVIEWED", False):
        # A standard text (Naskah Baku) is public by nature even where an exempt document
        # quotes it (a statute, a standard preface): the approvers are shown the overlap,
        # judged with every released standard text, and approve it only with a written reason
        # (approve); past a share of the document it is refused
        # (information_requests.standard_texts.overlap).
        return found + standard_overlap_findings(texts)
    return found + exempt_text.findings(texts)


STANDARD_OVERLAP = gettext_lazy(
    "EXEMPT INFORMATION: %(words)s words of this text are in a document of the Daftar "
    "Informasi yang Dikecualikan; with the standard texts already released it would cover "
    "%(share)s%% of that document. Approve it only if it really is a standard text published "
    "elsewhere, and write why."
)
STANDARD_OVER = gettext_lazy(
    "EXEMPT INFORMATION: %(words)s words of this text are in a document of the Daftar "
    "Informasi yang Dikecualikan; with the standard texts already released it would cover "
    "%(share)s%% of that document, more than %(limit)s%%: it cannot be approved as a standard "
    "text."
)
REASON_NEEDED = gettext_lazy(
    "This text is in a document of the Daftar Informasi yang Dikecualikan: write why it is a "
    "standard text published elsewhere (the reason is in the audit log)."
)


def standard_overlap_findings(texts: list[tuple[str, str]]) -> list[dict]:
    """The exempt documents a standard text quotes (standard_texts.overlap), as findings:
    REVIEW (shown loudly, a written reason needed) or BLOCK past the share the standard texts
    may cover together."""
    from information_requests.exempt_content import MAX_STANDARD_SHARE
    from information_requests.standard_texts import overlap

    location = next((loc for loc, _text in texts if loc.endswith(".text")), texts[0][0])
    found = []
    for item in overlap(exempt_text.reading_text(texts)):
        values = {
            "words": item["words"],
            "share": round(100 * item["share"]),
            "limit": round(100 * MAX_STANDARD_SHARE),
        }
        message = STANDARD_OVER if item["over"] else STANDARD_OVERLAP
        found.append(
            {
                "kind": exempt_text.KIND,
                "location": location,
                "excerpt": str(message) % values,
                "severity": str(Severity.BLOCK if item["over"] else Severity.REVIEW),
                "confidence": 1.0,
                "exempt_entries": exempt_text.entries_holding(item["sha256"], item["name"]),
                "share": item["share"],
            }
        )
    return found


def to_approve() -> list[models.Model]:
    """Reviewed snippets waiting: never released, or with a pending version."""
    rows = []
    for model in reviewed_models():
        waiting = model._default_manager.filter(
            models.Q(released_at__isnull=True) | models.Q(pending_at__isnull=False)
        )
        rows += list(waiting.order_by("pk"))
    return rows


def version_digest(obj) -> str:
    """The digest of what an approval would release (the pending version, if any): the
    approval page posts it back, and the approval is refused if the text changed meanwhile."""
    from .snapshot import snippet_digest

    return snippet_digest(obj, pending=True)


@transaction.atomic
def approve(obj, user, seen: str = "", reason: str = "") -> bool:
    """Two people (moderation.two_people), neither of whom changed it, release a snippet (or its
    pending version) on its own, after the scan, exactly as they were shown it (`seen`:
    version_digest of the approval page); True when this approval released it. A standard
    text that quotes exempt information (standard_overlap_findings) needs `reason` from each
    approver, in the audit log with the approval; past the share the standard texts may cover
    together it is refused."""
    from .actions import VERSION_CHANGED

    if not user.has_perm("ppid_pages.approve_document"):
        raise PermissionDenied
    obj = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
    if user.pk in hands(obj):
        raise PermissionDenied
    if not seen or seen != version_digest(obj):
        raise ValidationError(str(VERSION_CHANGED))
    if obj.released_at is not None and not obj.has_pending_version:
        raise ValidationError(_("Nothing is waiting for approval here."))
    found = findings(obj)
    overlap = exempt_text.exempt_findings(found)
    reason = (reason or "").strip()
    known = {}
    if not getattr(obj, "EXEMPT_OVERLAP_REVIEWED", False):
        exempt_text.refuse_found(obj, found, user)
    elif overlap:
        over = [finding for finding in overlap if finding["severity"] == str(Severity.BLOCK)]
        if over:
            exempt_text.log_refused(obj, over, user)
            raise ValidationError(" ".join(finding["excerpt"] for finding in over))
        if not reason:
            raise ValidationError(str(REASON_NEEDED))
        # approved knowing that exempt documents hold it too, and why (EXEMPT_OVERLAP_REVIEWED)
        entries = {entry for finding in overlap for entry in finding.get("exempt_entries") or ()}
        known = {
            "exempt_entries": sorted(entries),
            "exempt_share": max(finding["share"] for finding in overlap),
            "reason": reason,
        }
    if any(finding.get("severity", "block") == "block" for finding in found):
        raise ValidationError(_("The privacy scan blocked this text: change it first."))
    if not second_person(obj, user, seen, known):
        return False
    release(obj, user=user)
    data = {**public_values(obj), **known}
    log(instance=obj, action=APPROVE_ACTION, user=user, data=data)
    return True


class NoChooserCreateView(SnippetCreateView):
    """The chooser's "create" of a snippet without a creation form there (Wagtail adds the
    URL to every snippet chooser): not found (404) rather than Wagtail's error (500) on a
    POST. Such a snippet is added in its own view (and, when reviewed, released there)."""

    def dispatch(self, request, *args, **kwargs):
        if self.get_creation_form_class() is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class NoChooserCreateViewSet(SnippetChooserViewSet):
    create_view_class = NoChooserCreateView
