"""The one gate of what is live: pages change on the public site only through the SOP's paths.

The workflow's finish action, a serta merta publication, the scheduled go-live and the take-down
run inside `approved_path(...)`. Every other way of making a page live, changing its live
revision, scheduling it, taking it down, deleting it, moving it or changing who may see it is
refused here, at the model layer every Wagtail route goes through (the page editor, the admin
API's actions, bulk actions, the move and reorder views, the privacy dialog, code): a page row
that becomes live or stops being live, a live revision that changes, a revision scheduled for
go-live, a live page (or one above live pages) deleted, moved or restricted.

Superusers included: deny by default. The paths that set the flag log every change they make.

Every refusal is a `Refused` (a PermissionDenied) whose message says why, in the office's
language (Indonesian): Wagtail's admin turns a PermissionDenied into its generic "no
permission" page or, in a modal dialog such as the privacy dialog, into a bare 403;
moderation.middleware.GateRefusalMiddleware shows the gate's own message in both places.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

_path: ContextVar[str | None] = ContextVar("ppid_publication_path", default=None)
# The refusals of the current request (moderation.middleware), to show the user why.
_refusals: ContextVar[list[str] | None] = ContextVar("ppid_gate_refusals", default=None)

# The SOP's paths (and the set-up of content that stands for content published through them:
# the demo loader, test fixtures). Nothing an HTTP request can choose.
FINISH = "finish"
FORCE = "force_publish"
SCHEDULED = "publish_scheduled"
TAKE_DOWN = "take_down"
SET_UP = "set_up"
SITE_CHANGE = "site_change"  # a Site changed by two people with a reason (moderation.sites)
UNSCHEDULE = "unschedule"  # a scheduled publication cancelled (moderation.scheduling)

NOT_THROUGH_SOP = _(
    "Live content changes only through the SOP: publish through the workflow "
    "'SOP Publikasi Konten', take content down with the take-down form (with a reason)."
)
TAKE_DOWN_FIRST = _(
    "Live content is taken down only with the take-down form (with a reason), under "
    "'Take down content'; a page that is no longer live can then be deleted."
)
LIVE_STRUCTURE = _(
    "A live page cannot be moved, reordered or have its privacy changed: take it down with the "
    "take-down form first, change it, and publish it again through the workflow."
)
SCHEDULED_FIRST = _(
    "This page (or a page below it) has a publication approved for a later date: it cannot be "
    "deleted or moved. The Koordinator cancels the schedule first, with a reason, on the "
    "page's revisions list (Batalkan jadwal)."
)
PARENT_NOT_LIVE = _(
    "This page cannot be published while the page above it is not live: publish the parent "
    "page first."
)
ADDRESS_OF_LIVE = _(
    "The address (slug) of a live page, or of a page with live pages below it, changes only "
    "when the page is published through the workflow: publish this page first, then change "
    "its slug in a new version."
)


SET_UP_REFUSED = _(
    "Publishing content as set-up (demo content, test fixtures) is only allowed in development "
    "and test settings (PUBLICATION_SET_UP). On this server, content is published only through "
    "the workflow 'SOP Publikasi Konten'."
)


def set_up_allowed() -> bool:
    """SET_UP stands for content published through the SOP without it: only where no real
    content is, i.e. development (`make run`) and test settings. Production never enables it
    (config.settings.production refuses PUBLICATION_SET_UP)."""
    from django.conf import settings

    return bool(getattr(settings, "PUBLICATION_SET_UP", False))


@contextmanager
def approved_path(name: str) -> Iterator[None]:
    """Mark the code inside as one of the SOP's publication paths. SET_UP (the demo loader,
    test fixtures) only where set_up_allowed()."""
    if name == SET_UP and not set_up_allowed():
        refuse(SET_UP_REFUSED)
    token = _path.set(name)
    try:
        yield
    finally:
        _path.reset(token)


def current_path() -> str | None:
    return _path.get()


class Refused(PermissionDenied):
    """A refusal of the gate (or of the workflow's finish action): the message says why."""


REFUSED_ACTION = "ppid.publication.refused"


def refuse(message) -> None:
    """Raise `message` (translated now, in the active language) as a Refused, note it for the
    request's message (moderation.middleware) and put it in the audit log under the account
    that tried (security.refusals: the entry outlives the rollback the refusal causes)."""
    from wagtail.log_actions import get_active_log_context

    from security.refusals import log_refusal

    text = str(message)
    refusals = _refusals.get()
    if refusals is not None:
        refusals.append(text)
    user = get_active_log_context().user
    if user is not None and getattr(user, "pk", None):
        log_refusal(user, REFUSED_ACTION, user, {"refusal": text})
    raise Refused(text)


def refuse_outside_sop(message=NOT_THROUGH_SOP) -> None:
    if _path.get() is None:
        refuse(message)


def live_in(page) -> bool:
    """`page` or a page below it is live (what a move, a delete or a restriction changes)."""
    from wagtail.models import Page

    if page.pk is None:
        return False
    stored = Page.objects.filter(pk=page.pk).values_list("path", flat=True).first()
    if stored is None:
        return False
    return Page.objects.filter(path__startswith=stored, live=True).exists()


def scheduled_in(page, below: bool = True) -> bool:
    """`page` (`below`: or a page below it) has a revision approved for a later go-live (what a
    delete or a move would cancel outside the SOP's cancellation, moderation.scheduling)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, Revision

    if page.pk is None:
        return False
    ids = [page.pk]
    if below:
        stored = Page.objects.filter(pk=page.pk).values_list("path", flat=True).first()
        if stored is None:
            return False
        ids = Page.objects.filter(path__startswith=stored).values_list("pk", flat=True)
    return Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in ids],
        approved_go_live_at__isnull=False,
    ).exists()


# A live page's address, and whether it is an alias of another page (Wagtail's convert_alias).
ADDRESS_FIELDS = ("slug", "url_path", "alias_of_id")
# The page columns whose queryset write alters what the public gets, or where.
LIVE_COLUMNS = {"live", "live_revision", "live_revision_id", "alias_of", *ADDRESS_FIELDS}


def check_page_save(page, update_fields) -> None:
    """Page.save: going live, leaving live, changing the live revision, or turning a live
    alias into a page of its own (Wagtail's convert_alias) needs an SOP path. Checked before
    the row is written: nothing is half done when it is refused. (The address of a live page:
    check_address_change.)"""
    from wagtail.models import Page

    if _path.get() is not None or page._state.adding or page.pk is None:
        return
    watched = {"live", "live_revision", "live_revision_id", "alias_of", "alias_of_id"}
    if update_fields is not None and not watched & set(update_fields):
        return
    stored = (
        Page.objects.filter(pk=page.pk).values("live", "live_revision_id", "alias_of_id").first()
    )
    if stored is None:
        return
    if stored["live"] != page.live or (
        page.live and stored["live_revision_id"] != (page.live_revision_id)
    ):
        refuse(TAKE_DOWN_FIRST if stored["live"] else NOT_THROUGH_SOP)
    if stored["live"] and stored["alias_of_id"] != page.alias_of_id:
        refuse(LIVE_STRUCTURE)


def check_page_update(queryset, values: dict) -> None:
    """PageQuerySet.update (and bulk_update, which calls it): a queryset write skips save()
    and its signals, so the gate checks it here (moderation.apps installs it on Wagtail's
    PageQuerySet, the queryset of every page model). Outside an SOP path, refused when it
    writes a live column (LIVE_COLUMNS) of a live page, or could make a page live. Raw SQL,
    loaddata and a database shell bypass Python: the integrity watch reports a live page
    that no approval or serta merta publication covers (integrity.watch)."""
    if _path.get() is not None:
        return
    touched = LIVE_COLUMNS & set(values)
    if not touched:
        return
    if "live" in touched and values["live"] is not False:
        refuse(NOT_THROUGH_SOP)
    if queryset.filter(live=True).exists():
        if "live" in touched:
            refuse(TAKE_DOWN_FIRST)
        refuse(LIVE_STRUCTURE if touched <= {*ADDRESS_FIELDS, "alias_of"} else NOT_THROUGH_SOP)


def check_revision_update(queryset, values: dict) -> None:
    """A queryset write of `approved_go_live_at` (bulk_update calls update too) schedules or
    unschedules page revisions: outside the SOP's paths it is refused, as the save() of
    check_revision_save is, when it touches a scheduled revision or schedules one."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    if _path.get() is not None or "approved_go_live_at" not in values:
        return
    pages = queryset.filter(base_content_type=ContentType.objects.get_for_model(Page))
    if values["approved_go_live_at"] is not None:
        if pages.exists():
            refuse(NOT_THROUGH_SOP)
    elif pages.filter(approved_go_live_at__isnull=False).exists():
        refuse(UNSCHEDULE_REFUSED)


def guard_page_querysets() -> None:
    """Install check_page_update on Wagtail's PageQuerySet.update and check_revision_update on
    its RevisionQuerySet.update, once."""
    from wagtail.models.revisions import RevisionQuerySet
    from wagtail.query import PageQuerySet

    for queryset_class, check in (
        (PageQuerySet, check_page_update),
        (RevisionQuerySet, check_revision_update),
    ):
        if getattr(queryset_class.update, "ppid_gate", False):
            continue
        unguarded = queryset_class.update

        def update(self, _unguarded=unguarded, _check=check, **values):
            _check(self, values)
            return _unguarded(self, **values)

        update.ppid_gate = True
        queryset_class.update = update


UNSCHEDULE_REFUSED = _(
    "A scheduled publication is cancelled only by the Koordinator, with a reason, on the "
    "page's revisions list (Batalkan jadwal)."
)


def check_revision_save(revision, update_fields) -> None:
    """A page revision scheduled for go-live: only the finish action (or a force) schedules,
    and only the cancellation of moderation.scheduling (the Koordinator, with a reason, a
    chained entry) unschedules: Wagtail's unschedule view and `revision.save()` with the
    schedule cleared are refused elsewhere."""
    from wagtail.models import Page, Revision

    if _path.get() is not None:
        return
    if revision.approved_go_live_at is None:
        if revision.pk is None:
            return
        if update_fields is not None and "approved_go_live_at" not in update_fields:
            return
        model = revision.content_type.model_class() if revision.content_type_id else None
        if model is None or not issubclass(model, Page):
            return
        scheduled = Revision.objects.filter(pk=revision.pk, approved_go_live_at__isnull=False)
        if scheduled.exists():
            refuse(UNSCHEDULE_REFUSED)
        return
    if update_fields is not None and "approved_go_live_at" not in update_fields:
        return
    model = revision.content_type.model_class() if revision.content_type_id else None
    if model is None or not issubclass(model, Page):
        return
    stored = (
        Revision.objects.filter(pk=revision.pk)
        .values_list("approved_go_live_at", flat=True)
        .first()
        if revision.pk
        else None
    )
    if stored != revision.approved_go_live_at:
        refuse(NOT_THROUGH_SOP)


def check_parent_live(page) -> None:
    """A page goes live only under a live parent (the tree root excepted), on every path but
    SET_UP: a live page under a page that is not live would show that page's draft slug in its
    address (issue 13, live13 break 3)."""
    from wagtail.models import Page

    if _path.get() in (None, SET_UP) or not page.live or page.pk is None or page.depth <= 2:
        return
    if Page.objects.filter(pk=page.pk, live=True).exists():
        return  # already live: a new revision, not a page going live
    parent_path = page.path[: -Page.steplen]
    if not Page.objects.filter(path=parent_path, live=True).exists():
        refuse(PARENT_NOT_LIVE)


def check_address_change(page, update_fields=None) -> None:
    """The slug and address of a live page, or of a page with live pages below it (their
    addresses follow it), change only on an SOP path (the publication of a new slug). Wagtail
    writes a page's draft slug on its row when the page is not live: on a parent that is not
    live this moved its live children's addresses, with no entry on them (live13 break 3)."""
    from wagtail.models import Page

    if _path.get() is not None or page._state.adding or page.pk is None:
        return
    if update_fields is not None and not {"slug", "url_path"} & set(update_fields):
        return  # a live page's draft slug stays in its revision (Wagtail's save_revision)
    stored = Page.objects.filter(pk=page.pk).values("slug", "url_path").first()
    if stored is None or (stored["slug"], stored["url_path"]) == (page.slug, page.url_path):
        return
    if live_in(page):
        refuse(ADDRESS_OF_LIVE)
