"""Exempt (dikecualikan) is a property of the information, not of the current draft.

An entry that was ever saved (any revision, draft included) or published as dikecualikan gets an
ExemptInformation record, kept by page id. While the record is not lifted, the public gets
nothing of the entry (page, listings, search, sitemap), and every document or image that any
revision of the entry used stays exempt for good (ExemptAsset): taking the entry down, deleting
it or saving a draft with another category changes nothing.

The exemption is lifted only by the workflow's finish action publishing a revision with another
category and a written lift reason (the uji konsekuensi decision), and only for the assets that
revision uses. Force-publication (serta merta) is refused for every entry that ever had a record.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import ReferenceIndex, Revision
from wagtail.signals import page_published

from moderation.publication import refuse

from .exempt_versions import VERSION_ACTION
from .models.dip import (
    DipCategory,
    DipEntryDocument,
    DipEntryPage,
    ExemptAsset,
    ExemptInformation,
    withheld_entries,
)


def is_withheld(entry_id: int | None) -> bool:
    """True while the entry's exemption record stands (not lifted), or while the audit log
    says it does (withheld_entries: a record lifted or deleted in the database releases
    nothing)."""
    if entry_id is None:
        return False
    return entry_id in withheld_among([entry_id])


def withheld_among(entry_ids) -> set[int]:
    """The entries of `entry_ids` that withheld_entries withholds, in one query (a page of the
    sitemap)."""
    from wagtail.models import Page

    ids = set(entry_ids)
    if not ids:
        return set()
    withheld = Page.objects.filter(pk__in=ids).filter(withheld_entries())
    return set(withheld.values_list("pk", flat=True))


# The audit entries of an entry's exemption (on the page): one when it is marked exempt (again),
# one when the finish action lifts it. The public pages, listings and documents ask the chain as
# well as the ExemptInformation rows: a record lifted or deleted in the database, with the
# page's category written beside it, never makes an exempt entry public (issue 13, guard13f).
ENTRY_EXEMPT_ACTION = "ppid.exemption.mark"
ENTRY_LIFT_ACTION = "ppid.exemption.lift"


def chained_withheld() -> frozenset[int]:
    """Page ids of the entries whose latest exemption entry that the audit chain vouches for
    marks them exempt (not lifted since)."""
    from wagtail.models import PageLogEntry

    from integrity.chain import chained_entries

    entries = PageLogEntry.objects.filter(action__in=(ENTRY_EXEMPT_ACTION, ENTRY_LIFT_ACTION))
    latest: dict[int, str] = {}
    for row in sorted(chained_entries(PageLogEntry, entries), key=lambda row: row["id"]):
        latest[row["page_id"]] = row["action"]
    return frozenset(pk for pk, action in latest.items() if action == ENTRY_EXEMPT_ACTION)


def exemption_breaks():
    """Where the audit chain no longer vouches for the exemption history (integrity.chain.
    subject_breaks over every exemption action): an exemption entry deleted or edited in the
    database (named by its link), or a link removed or changed (nothing can be told). Read once
    per public generation, as chain_withheld_ids: it is computed from the database at that
    time, so a copy says no more than the database did."""
    from integrity.chain import subject_breaks

    from .visibility import remembered

    return remembered(("exemption_breaks",), lambda: subject_breaks(EXEMPTION_ACTIONS))


def unvouched_entries() -> set[int]:
    """Page ids whose exemption history the chain cannot vouch for: a broken link named a
    mark or lift of the entry; every DIP entry when a link itself is missing or changed (the
    public gets nothing whose exemption cannot be vouched for, issue 13, verify13i B1)."""
    from wagtail.models import PageLogEntry

    from integrity.chain import entry_type

    breaks = exemption_breaks()
    if breaks.unnamed:
        return set(DipEntryPage.objects.values_list("pk", flat=True))
    kind = entry_type(PageLogEntry)
    return {
        int(object_id)
        for named_kind, action, object_id in breaks.named
        if named_kind == kind and action in (ENTRY_EXEMPT_ACTION, ENTRY_LIFT_ACTION)
    }


def unvouched_assets() -> set[tuple[int, str]] | None:
    """(content type id, object id) of the documents and images whose exemption history the
    chain cannot vouch for (a broken link named one of their exemption entries or exempt
    versions); None when a link itself is missing or changed: then none is vouched for."""
    from wagtail.models import ModelLogEntry

    from integrity.chain import entry_type

    breaks = exemption_breaks()
    if breaks.unnamed:
        return None
    kind = entry_type(ModelLogEntry)
    assets = set()
    for named_kind, action, subject in breaks.named:
        if named_kind == kind and action in ASSET_ACTIONS and ":" in subject:
            content_type_id, object_id = subject.split(":", 1)
            if content_type_id.isdigit():
                assets.add((int(content_type_id), object_id))
    return assets


def versions_unvouched() -> bool:
    """The chain cannot vouch for every exempt version's fingerprints: a version entry deleted
    or edited, or a link missing or changed. A content check then has nothing certain to
    compare with and refuses (information_requests.outgoing.exempt_verdict, UNVOUCHED)."""
    breaks = exemption_breaks()
    return breaks.unnamed or any(action == VERSION_ACTION for _kind, action, _o in breaks.named)


def asset_unvouched(model, pk) -> bool:
    """The exemption history of the document or image (`model`, `pk`) is not vouched for."""
    assets = unvouched_assets()
    if assets is None:
        return True
    return (ContentType.objects.get_for_model(model).pk, str(pk)) in assets


def chain_withheld_ids() -> frozenset[int]:
    """chained_withheld, and the entries whose exemption history the chain can no longer
    vouch for (unvouched_entries: fail closed), read once per public generation: only the
    application writes a chained entry, with the rows it changes (a public change: a later
    generation)."""
    from .visibility import remembered

    return remembered(
        ("chain_withheld",), lambda: frozenset(chained_withheld() | unvouched_entries())
    )


def vouched_lifts() -> frozenset[int]:
    """Ids of the lift entries the audit chain vouches for (few: each is an uji konsekuensi
    decision), read once per public generation. A lift entry is written with its link by the
    finish action, which changes the public generation, so a lift written since the
    generation was read is one the application did not write."""
    from wagtail.models import PageLogEntry

    from integrity.chain import chained_entries

    from .visibility import remembered

    def compute() -> frozenset[int]:
        lifts = PageLogEntry.objects.filter(action=ENTRY_LIFT_ACTION)
        return frozenset(row["id"] for row in chained_entries(PageLogEntry, lifts))

    return remembered(("vouched_lifts",), compute)


def marked_in_the_log():
    """The entries' latest exemption entries in the log when they are markings (no lift
    entry that the chain vouches for after them), as a queryset of PageLogEntry: what
    withheld_entries joins, so the filter stays a subquery however many entries are exempt
    (issue 18). A lift entry written in SQL counts for nothing, at once; a marking deleted in
    SQL is what chain_anomaly makes up for."""
    from wagtail.models import PageLogEntry

    lifted_later = PageLogEntry.objects.filter(
        page_id=OuterRef("page_id"),
        action=ENTRY_LIFT_ACTION,
        pk__gt=OuterRef("pk"),
        pk__in=sorted(vouched_lifts()),
    )
    return PageLogEntry.objects.filter(action=ENTRY_EXEMPT_ACTION).exclude(Exists(lifted_later))


def log_disagrees() -> frozenset[int]:
    """The entries the audit chain holds as exempt (chained_withheld) that marked_in_the_log
    misses: a marking deleted or rewritten in the database, or a lift entry after it that the
    chain does not vouch for. Empty unless someone tampered with the log. The log's markings
    are read as they stand now (one query, as many rows as there are exempt entries)."""
    held = chain_withheld_ids()
    if not held:
        return frozenset()
    return held - frozenset(marked_in_the_log().values_list("page_id", flat=True))


def chain_anomaly() -> frozenset[int]:
    """log_disagrees once per request: the chain's answer is kept per public generation, the
    log's rows are read in every request, so a marking deleted or rewritten in SQL after the
    generation's answers were computed is named at once (attack18j 1). The only ids
    withheld_entries names."""
    from page_cache import request_memo

    return request_memo.once("ppid.exemption.chain_anomaly", log_disagrees)


def was_ever_exempt(entry_id: int | None) -> bool:
    """True when the entry was ever saved or published as exempt, lifted or not: its record, or
    a chained marking (the record deleted in the database)."""
    from wagtail.models import PageLogEntry

    from integrity.chain import chained_entries

    if entry_id is None:
        return False
    if ExemptInformation.objects.filter(entry_id=entry_id).exists():
        return True
    marks = PageLogEntry.objects.filter(page_id=entry_id, action=ENTRY_EXEMPT_ACTION)
    return bool(chained_entries(PageLogEntry, marks))


def referenced_assets(obj) -> tuple[set[int], set[int]]:
    """(document ids, image ids) that `obj` uses in any field, block or child row."""
    document_type = ContentType.objects.get_for_model(get_document_model()).pk
    image_type = ContentType.objects.get_for_model(get_image_model()).pk
    documents, images = set(), set()
    for (
        content_type_id,
        object_id,
        _path,
        _content_path,
    ) in ReferenceIndex._extract_references_from_object(obj):
        if content_type_id == document_type:
            documents.add(int(object_id))
        elif content_type_id == image_type:
            images.add(int(object_id))
    return documents, images


# The audit entries of an asset's exemption (on the document or image, data {"entry": id}):
# one when an exempt entry first uses it, one when the finish action lifts it. The public views
# ask the audit chain as well as the ExemptAsset rows (chain_exempt): rows deleted in the
# database never release an exempt document or image (issue 13, reattack13d break 3).
ASSET_EXEMPT_ACTION = "ppid.exemption.asset"
ASSET_LIFT_ACTION = "ppid.exemption.asset_lift"
# Every action of an asset's exemption history, its exempt versions included, and of all.
ASSET_ACTIONS = (ASSET_EXEMPT_ACTION, ASSET_LIFT_ACTION, VERSION_ACTION)
EXEMPTION_ACTIONS = (ENTRY_EXEMPT_ACTION, ENTRY_LIFT_ACTION, *ASSET_ACTIONS)


def record_assets(exemption: ExemptInformation, documents=(), images=()) -> None:
    """An ExemptAsset row for each; a row created is logged (ASSET_EXEMPT_ACTION) with the
    fingerprints of the asset's files (exempt_versions.exempt_asset_created, any path)."""
    existing_documents = get_document_model().objects.filter(pk__in=set(documents))
    existing_images = get_image_model().objects.filter(pk__in=set(images))
    for document in existing_documents:
        ExemptAsset.objects.get_or_create(exemption=exemption, document_id=document.pk)
    for image in existing_images:
        ExemptAsset.objects.get_or_create(exemption=exemption, image_id=image.pk)


def chain_exempt(model, pk: int) -> bool:
    """The audit chain says the document or image (`model`, `pk`) is exempt: for some entry,
    the latest exemption entry of the asset that the chain vouches for marks it exempt (not
    lifted), or the chain can no longer vouch for its exemption history (asset_unvouched).
    Deny by default: the rows beside it are not asked."""
    from wagtail.models import ModelLogEntry

    from integrity.chain import chained_entries

    if asset_unvouched(model, pk):
        return True
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id=str(pk),
        action__in=(ASSET_EXEMPT_ACTION, ASSET_LIFT_ACTION),
    )
    latest: dict[object, str] = {}
    for row in sorted(chained_entries(ModelLogEntry, entries), key=lambda row: row["id"]):
        latest[(row["data"] or {}).get("entry")] = row["action"]
    return ASSET_EXEMPT_ACTION in latest.values()


def mark(entry_id: int, title: str, user=None) -> ExemptInformation:
    """Record (again) that the entry is exempt; a lifted record stands again. Every earlier
    revision belonged to information that is exempt now: their assets are recorded too."""
    from wagtail.models import Page

    exemption, created = ExemptInformation.objects.get_or_create(
        entry_id=entry_id, defaults={"title": title}
    )
    if not created and exemption.lifted_at is None:
        return exemption
    if not created:
        exemption.lifted_at = exemption.lifted_by = exemption.lifted_revision_id = None
        exemption.lift_reason = ""
        exemption.save(
            update_fields=["lifted_at", "lifted_by", "lifted_revision_id", "lift_reason"]
        )
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id=str(entry_id)
    )
    for revision in revisions.iterator():
        documents, images = referenced_assets(revision.as_object())
        record_assets(exemption, documents, images)
    attached = DipEntryDocument.objects.filter(page_id=entry_id).values_list(
        "document_id", flat=True
    )
    record_assets(exemption, attached)
    page = Page.objects.filter(pk=entry_id).first()
    if page is not None:
        log(instance=page.specific, action=ENTRY_EXEMPT_ACTION, user=user)
    return exemption


def _entry_content_type_id() -> int:
    return ContentType.objects.get_for_model(DipEntryPage).pk


# --- receivers (connected in PPIDPagesConfig.ready) ------------------------------------------


def revision_saved(sender, instance: Revision, created: bool, **kwargs) -> None:
    """Every revision of an entry, created or overwritten: exempt content marks the entry; a
    withheld entry's revision adds the assets it uses to the exemption."""
    if kwargs.get("raw") or instance.content_type_id != _entry_content_type_id():
        return
    entry_id = int(instance.object_id)
    content = instance.content or {}
    if content.get("category") == DipCategory.DIKECUALIKAN:
        exemption = mark(entry_id, content.get("title") or instance.object_str, instance.user)
    else:
        exemption = ExemptInformation.objects.filter(
            entry_id=entry_id, lifted_at__isnull=True
        ).first()
        if exemption is None:
            return
    documents, images = referenced_assets(instance.as_object())
    record_assets(exemption, documents, images)


def entry_saved(sender, instance: DipEntryPage, **kwargs) -> None:
    """The page row itself (set-up code, imports, publication) says exempt."""
    if kwargs.get("raw") or instance.pk is None:
        return
    if instance.category == DipCategory.DIKECUALIKAN:
        mark(instance.pk, instance.title)


def attachment_saved(sender, instance: DipEntryDocument, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    exemption = ExemptInformation.objects.filter(
        entry_id=instance.page_id, lifted_at__isnull=True
    ).first()
    if exemption is not None:
        record_assets(exemption, [instance.document_id])


def entry_published(sender, instance, **kwargs) -> None:
    if isinstance(instance, DipEntryPage) and instance.category == DipCategory.DIKECUALIKAN:
        mark(instance.pk, instance.title)


def connect() -> None:
    post_save.connect(revision_saved, sender=Revision, dispatch_uid="ppid_exempt_revision")
    post_save.connect(entry_saved, sender=DipEntryPage, dispatch_uid="ppid_exempt_entry")
    post_save.connect(
        attachment_saved, sender=DipEntryDocument, dispatch_uid="ppid_exempt_attachment"
    )
    page_published.connect(entry_published, dispatch_uid="ppid_exempt_published")
    # Every version of an exempt asset keeps its fingerprints in the audit chain.
    from django.db.models.signals import pre_save

    from . import exempt_versions

    post_save.connect(
        exempt_versions.exempt_asset_created, sender=ExemptAsset, dispatch_uid="ppid_exempt_row"
    )
    for model in (get_document_model(), get_image_model()):
        pre_save.connect(
            exempt_versions.keep_replaced_version,
            sender=model,
            dispatch_uid=f"ppid_exempt_replaced_{model._meta.model_name}",
        )
        post_save.connect(
            exempt_versions.keep_new_version,
            sender=model,
            dispatch_uid=f"ppid_exempt_version_{model._meta.model_name}",
        )


# --- lifting, only from the workflow's finish action -----------------------------------------


def check_lift(revision) -> None:
    """Before the finish action publishes `revision`: a withheld entry published with another
    category needs the written lift reason that the reviewers saw in that revision."""
    page = revision.as_object()
    if not isinstance(page, DipEntryPage) or page.is_exempt or not is_withheld(page.pk):
        return
    if not (page.exemption_lift_reason or "").strip():
        refuse(
            _(
                "This information was exempt: it can only be published with another category "
                "with the consequence test decision that lifts the exemption."
            )
        )


def lift(revision, user=None) -> None:
    """After the finish action published `revision` of a withheld entry with another category:
    the exemption is lifted for the entry and for the assets that revision uses."""
    page = revision.as_object()
    if not isinstance(page, DipEntryPage) or page.is_exempt:
        return
    exemption = ExemptInformation.objects.filter(entry_id=page.pk, lifted_at__isnull=True).first()
    if exemption is None:
        return
    check_lift(revision)
    documents, images = referenced_assets(page)
    exemption.lifted_at = timezone.now()
    exemption.lifted_by = user
    exemption.lifted_revision_id = revision.pk
    exemption.lift_reason = page.exemption_lift_reason.strip()
    exemption.save(update_fields=["lifted_at", "lifted_by", "lifted_revision_id", "lift_reason"])
    lifted = ExemptAsset.objects.filter(exemption=exemption).filter(
        Q(document_id__in=documents) | Q(image_id__in=images)
    )
    for asset in lifted.select_related("document", "image"):
        log(
            instance=asset.document or asset.image,
            action=ASSET_LIFT_ACTION,
            user=user,
            data={"entry": exemption.entry_id, "revision": revision.pk},
        )
    lifted.delete()
    log(
        instance=page,
        action=ENTRY_LIFT_ACTION,
        user=user,
        revision=revision,
        data={"reason": exemption.lift_reason, "category": page.category},
    )


def exempt_document_ids():
    return ExemptAsset.objects.filter(document__isnull=False).values("document_id")


def is_exempt_document(document) -> bool:
    """Used by an entry that was ever exempt (any revision, deleted entries included), or
    attached now to an exempt entry."""
    if ExemptAsset.objects.filter(document_id=document.pk).exists():
        return True
    attached = DipEntryDocument.objects.filter(document=document)
    if attached.filter(
        Q(page__category=DipCategory.DIKECUALIKAN) | withheld_entries("page_id")
    ).exists():
        return True
    return chain_exempt(get_document_model(), document.pk)


def is_exempt_image(image_id: int) -> bool:
    if ExemptAsset.objects.filter(image_id=image_id).exists():
        return True
    return chain_exempt(get_image_model(), image_id)
