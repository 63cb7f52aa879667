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
    "security.passwordhistory",
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
PAGE_DRAFT_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def affects_public(model: type[Model]) -> bool:
    label = model._meta.label_lower
    if model._meta.app_label in PRIVATE_APPS or label in PRIVATE_MODELS | SERVICE_MODELS:
        return False
    # Renditions are made from images on the first public view; the image's own save bumps.
    return not issubclass(model, AbstractRendition)


def public_change(
    sender, instance=None, url_path_before=None, update_fields=None, **kwargs
) -> None:
    if update_fields and isinstance(instance, Page) and set(update_fields) <= PAGE_DRAFT_FIELDS:
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
    m2m_changed.connect(public_m2m_change, dispatch_uid="page_cache.public_m2m_change")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(public_change, dispatch_uid=f"page_cache.{id(signal)}")
    post_save.connect(
        generation_restored, sender=PublicGeneration, dispatch_uid="page_cache.restored"
    )
