"""Every change of what the public may see bumps the public generation, in its transaction.

Deny by default: every model of every installed app counts as public, so a model or a save
path that another app adds later is covered without a line here. Only models whose rows never
render on the public site, and which are written in the ordinary course of work (sessions, log
entries, drafts, workflow bookkeeping, login records, schedules...), are left out below; a
change to one of those is never a change of what the public sees. Any save, raw save (a
restore, loaddata), delete or many-to-many change of any other model bumps the generation; so
do Wagtail's publish, unpublish and move signals (the saves behind them bump it too).

The bump is all the invalidation there is: nothing is deleted from Redis, so a change never
waits for Redis and a take-down made while Redis is down holds when it returns.
"""

from django.apps import apps
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import reverse
from wagtail.images.models import AbstractRendition
from wagtail.models import COMMENTS_RELATION_NAME, Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import generation, purge, request_memo
from .models import PublicGeneration

# The public views that show the service's records (purged from a CDN on a service change).
SERVICE_VIEWS = ("service_reports_public:statistics",)

# Whole apps whose rows never render publicly.
PRIVATE_APPS = {
    "sessions",
    "admin",
    "auth",
    "axes",
    "otp_totp",
    "otp_static",
    "django_celery_beat",
    "wagtailsearch",  # the index mirrors pages, whose own saves bump
    "wagtailusers",
    "wagtailadmin",  # editing sessions are written every few seconds while a page is open
    "integrity",
    "sop_development",
    "sop_evaluations",
    "sop_governance",  # the internal content plan, its signing and receiving tasks
    "page_cache",
}
# Single models whose rows never render publicly.
PRIVATE_MODELS = {
    "wagtailcore.revision",  # drafts; publishing saves the page itself
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailcore.uploadedfile",
    "wagtailcore.grouppagepermission",
    "wagtailcore.groupcollectionpermission",
    "wagtailcore.groupsitepermission",
    "moderation.scanreport",
    "moderation.falsepositive",
    # The review's bookkeeping: what the reviewers saw and approved, and the serta merta
    # override's record. The publication they lead to saves the page, which bumps; the public
    # render reads none of these rows (issue 18, verify18c 1).
    "moderation.publicationsnapshot",
    "moderation.approvalrecord",
    "moderation.forcedpublication",
    "moderation.privacyscantask",  # workflow task definitions
    "moderation.sopreviewtask",
    "moderation.privacyallowlistsettings",  # what the scanner ignores; never rendered
    "security.passwordhistory",
    # An account's seal (rewritten at every login) and the role grants waiting for a second
    # person: the admin's bookkeeping, never rendered publicly.
    "security.accountseal",
    "security.roleseal",
    "security.rolegrant",
    # The SOP duties of each role group, shown to administrators only; rewritten after every
    # migrate (ppid_pages.roles), which bumped the generation once per role.
    "ppid_pages.soprole",
}
# The information service's records: no page shows them, only the public statistics
# (service_reports.views.statistics, marked `service_scoped`), whose cached answers are keyed by
# the service generation too. A request submitted, a survey answered or an objection filed
# replaces that generation and leaves every other cached page in place.
SERVICE_MODELS = {
    "information_requests.informationrequest",
    "information_requests.requeststep",
    "information_requests.outgoingfile",
    "information_requests.registercounter",
    "information_requests.objection",
    "information_requests.objectionstep",
    "service_reports.surveyresponse",
    "service_reports.annualservicereport",  # published as a page, whose own saves bump
}


# A page save that writes only these fields records a draft, a lock or a comment (Wagtail's
# save_revision(), lock and unlock): the public page, rendered from the live fields, is the same.
PAGE_DRAFT_FIELDS = {COMMENTS_RELATION_NAME, *purge.DRAFT_FIELDS}


def affects_public(model: type[Model]) -> bool:
    label = model._meta.label_lower
    if model._meta.app_label in PRIVATE_APPS or label in PRIVATE_MODELS | SERVICE_MODELS:
        return False
    # Renditions are made from images on the first public view; the image's own save bumps.
    return not issubclass(model, AbstractRendition)


def unreleased_asset(instance) -> bool:
    """A document or image that is not released and was not released before this save (an
    upload, its scan, a pending version): the public never got it, so its save changes no
    public page. `_purge_was_released` is read from the committed row before the save
    (asset_pre_save); a save without that reading counts as public."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    if not isinstance(instance, get_document_model() | get_image_model()):
        return False
    was = getattr(instance, "_purge_was_released", True)
    return not was and not instance.is_released and not instance.approved_digest


def asset_pre_save(sender, instance=None, raw=False, **kwargs) -> None:
    if raw or instance is None:
        return
    if instance.pk is None:
        instance._purge_was_released = False
        return
    before = type(instance).objects.filter(pk=instance.pk).first()
    instance._purge_was_released = before is None or bool(
        before.is_released or before.approved_digest
    )


def public_change(
    sender, instance=None, url_path_before=None, update_fields=None, **kwargs
) -> None:
    if update_fields and isinstance(instance, Page) and set(update_fields) <= PAGE_DRAFT_FIELDS:
        return
    if kwargs.get("signal") is post_save and unreleased_asset(instance):
        return
    generation.bump()
    request_memo.forget()
    purge.schedule(instance, url_path_before, deleted=kwargs.get("signal") is post_delete)


def service_change(sender, **kwargs) -> None:
    generation.bump(generation.SERVICE)
    purge.schedule_paths(reverse(name) for name in SERVICE_VIEWS)


def public_m2m_change(sender, instance=None, action="", **kwargs) -> None:
    if not action.startswith("post_"):
        return
    if sender._meta.label_lower in SERVICE_MODELS:
        service_change(sender)
    elif affects_public(sender):
        public_change(sender, instance)


def generation_restored(sender, instance, raw=False, **kwargs) -> None:
    """A restore or loaddata wrote an old token back: replace it, never reuse it."""
    if raw:
        generation.bump(instance.pk)


def connect_receivers() -> None:
    for model in apps.get_models():
        if model._meta.label_lower in SERVICE_MODELS:
            uid = f"page_cache.service_change.{model._meta.label_lower}"
            post_save.connect(service_change, sender=model, dispatch_uid=uid)
            post_delete.connect(service_change, sender=model, dispatch_uid=uid)
        elif affects_public(model):
            uid = f"page_cache.public_change.{model._meta.label_lower}"
            post_save.connect(public_change, sender=model, dispatch_uid=uid)
            post_delete.connect(public_change, sender=model, dispatch_uid=uid)
    from django.db.models.signals import pre_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    for model in (get_document_model(), get_image_model()):
        uid = f"page_cache.asset_pre_save.{model._meta.label_lower}"
        pre_save.connect(asset_pre_save, sender=model, dispatch_uid=uid)
    m2m_changed.connect(public_m2m_change, dispatch_uid="page_cache.public_m2m_change")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(public_change, dispatch_uid=f"page_cache.{id(signal)}")
    post_save.connect(
        generation_restored, sender=PublicGeneration, dispatch_uid="page_cache.restored"
    )
