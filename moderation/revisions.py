"""Revisions as records: which ones are frozen, and who contributed to a piece of content."""

import json

from django.core.serializers.json import DjangoJSONEncoder


def latest_revision(obj):
    """The newest revision of `obj`, read from the database (instances may hold a stale FK)."""
    return obj.revisions.order_by("-created_at", "-id").first()


def canonical_content(content) -> str:
    return json.dumps(content, cls=DjangoJSONEncoder, sort_keys=True, ensure_ascii=False)


def is_frozen(revision_id: int) -> bool:
    """A revision that anyone relied on is a record and never changes: one that was submitted
    to a workflow (any task state, the scan included), scanned, approved, force-published,
    scheduled or live."""
    from wagtail.models import Revision, TaskState

    from .models import ApprovalRecord, ForcedPublication, PublicationSnapshot, ScanReport

    stored = Revision.objects.filter(pk=revision_id).first()
    if stored is None:
        return False
    if stored.approved_go_live_at is not None:
        return True
    content_object = stored.content_object
    if content_object is not None and getattr(content_object, "live_revision_id", None) == (
        revision_id
    ):
        return True
    records = (TaskState, ScanReport, ApprovalRecord, ForcedPublication, PublicationSnapshot)
    return any(model.objects.filter(revision_id=revision_id).exists() for model in records)


def approved_baseline_id(obj, before_id: int) -> int:
    """The newest revision of `obj` before `before_id` that two people approved: published by
    the workflow (an approval form), or force-published and then reviewed. 0 when none.
    Content set up without the workflow (a live revision with no record) counts as approved."""
    from wagtail.models import Page

    from .models import ApprovalRecord, ForcedPublication

    approved: set[int | None] = set()
    unreviewed: set[int | None] = set()
    if isinstance(obj, Page):
        records = ApprovalRecord.objects.filter(page_id=obj.pk, revision_id__lt=before_id)
        approved.update(records.values_list("revision_id", flat=True))
        forced = ForcedPublication.objects.filter(page_id=obj.pk, revision_id__lt=before_id)
        approved.update(
            forced.filter(reviewed_at__isnull=False).values_list("revision_id", flat=True)
        )
        unreviewed.update(
            forced.filter(reviewed_at__isnull=True).values_list("revision_id", flat=True)
        )
    manager = type(obj)._default_manager
    live_id = (
        manager.filter(pk=obj.pk).values_list("live_revision_id", flat=True).first()
        if hasattr(obj, "live_revision_id")
        else None
    )
    if live_id and live_id < before_id and live_id not in unreviewed:
        approved.add(live_id)
    approved.discard(None)
    return max(approved, default=0)  # type: ignore[type-var]


def contributors(obj, upto_id: int | None = None) -> set[int]:
    """Everyone who saved a revision of `obj` since the last approved one, up to and including
    revision `upto_id` (default: the latest): four eyes over every contributor."""
    revisions = obj.revisions
    if upto_id is None:
        upto_id = revisions.order_by("-pk").values_list("pk", flat=True).first()
        if upto_id is None:
            return set()
    baseline = approved_baseline_id(obj, upto_id)
    users = revisions.filter(pk__gt=baseline, pk__lte=upto_id).values_list("user_id", flat=True)
    return {user_id for user_id in users if user_id is not None} | chained_authors(
        obj, baseline, upto_id
    )


# The audit entries that name who wrote or submitted a revision (Wagtail's create and edit
# views, a revert, a workflow started or resumed on it).
AUTHOR_ACTIONS = (
    "wagtail.create",
    "wagtail.edit",
    "wagtail.revert",
    "wagtail.workflow.start",
    "wagtail.workflow.resume",
)


def chained_authors(obj, after_id: int, upto_id: int) -> set[int]:
    """Who the audit chain says wrote or submitted a revision of `obj` in (after_id, upto_id]:
    the users of the entries the chain vouches for (integrity.chain.chained_entries). A
    revision's user_id (or a workflow state's requested_by_id) rewritten in SQL no longer hides
    its author from four eyes: the entry written when they saved it still names them."""
    from wagtail.log_actions import registry

    from integrity.chain import chained_entries

    entries = registry.get_logs_for_instance(obj).filter(
        action__in=AUTHOR_ACTIONS, revision_id__gt=after_id, revision_id__lte=upto_id
    )
    return {
        row["user_id"]
        for row in chained_entries(entries.model, entries)
        if row["user_id"] is not None
    }
