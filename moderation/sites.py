"""The Site rows decide what the public site is: which page tree a host name serves (root
page), on which host name and port, and which site answers an unknown host (is_default_site).
A superuser editing a Site in the admin (`/admin/sites/edit/<id>/`) re-rooted or took down the
whole public site with only a `wagtail.edit` entry (issue 13, live13 break 6).

Like live pages (moderation.publication), a Site is created, changed (root page, host name,
port, default) or deleted only on the SET_UP path (the deployment's set-up: the first import,
the demo loader, test fixtures); everywhere else the gate refuses, in Indonesian. Every Site
state that passes is recorded as the approved one in a chained audit entry
(`ppid.site.approved`, on the Site); the integrity watch (integrity.watch.site_drift) alerts
on a Site whose state is not the last approved one, as it is after a change made directly in
the database.

In production a Site changes only through `manage.py change_site` (change_site below): two
people (moderation.two_people: the first run records a chained first approval of exactly that
change, a second person's run applies it), each a superuser, Web Developer or Koordinator, with
a written reason. The change is applied on the SITE_CHANGE path and recorded as the new approved
state (`ppid.site.approved`, with the reason, the previous state and who approved), so the watch
accepts it; any other change is still refused or reported.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext as _now
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page, Site

from .publication import SET_UP, SITE_CHANGE, approved_path, current_path, refuse

APPROVED_ACTION = "ppid.site.approved"
DELETED_ACTION = "ppid.site.deleted"

SITE_THROUGH_SET_UP = _(
    "The website's sites (home page, host name, port, default site) change only in the "
    "deployment's set-up, not in the admin: ask the Web Developer to change them with the "
    "set-up procedure."
)


def site_state(site: Site) -> dict:
    """What the public gets from a Site row: the fields the audit entry records."""
    return {
        "hostname": site.hostname,
        "port": site.port,
        "root_page": site.root_page_id,
        "is_default_site": bool(site.is_default_site),
    }


@receiver(pre_save, sender=Site)
def sites_change_only_in_set_up(sender, instance, raw=False, **kwargs) -> None:
    if raw or current_path() in (SET_UP, SITE_CHANGE):
        return
    if instance.pk is not None:
        stored = Site.objects.filter(pk=instance.pk).first()
        if stored is not None and site_state(stored) == site_state(instance):
            return  # the site name only: nothing the public is served changes
    refuse(SITE_THROUGH_SET_UP)


SITE_STATE_COLUMNS = {"hostname", "port", "root_page", "root_page_id", "is_default_site"}


def check_site_update(values: dict) -> None:
    """Site.objects...update() (and bulk_update) skips save() and the pre_save gate above:
    outside set-up (or the two-person site change) a queryset write of what the public is
    served (host name, port, home page, default site) is refused; the site name may change."""
    if current_path() in (SET_UP, SITE_CHANGE) or not SITE_STATE_COLUMNS & set(values):
        return
    refuse(SITE_THROUGH_SET_UP)


def guard_site_querysets() -> None:
    """Install check_site_update on the querysets of Site.objects (Wagtail's SiteManager
    returns Django's QuerySet: its class is swapped for a guarded subclass), once."""
    from django.db.models import QuerySet
    from wagtail.models.sites import SiteManager

    if getattr(SiteManager.get_queryset, "ppid_gate", False):
        return

    class GuardedSiteQuerySet(QuerySet):
        def update(self, **values):
            check_site_update(values)
            return super().update(**values)

    unguarded = SiteManager.get_queryset

    def get_queryset(self):
        queryset = unguarded(self)
        if type(queryset) is QuerySet:
            queryset.__class__ = GuardedSiteQuerySet
        return queryset

    get_queryset.ppid_gate = True
    SiteManager.get_queryset = get_queryset


@receiver(pre_delete, sender=Site)
def sites_are_deleted_only_in_set_up(sender, instance, **kwargs) -> None:
    if current_path() != SET_UP:
        refuse(SITE_THROUGH_SET_UP)


@receiver(post_delete, sender=Site)
def record_deleted_site(sender, instance, **kwargs) -> None:
    """A Site deleted in the set-up: the chained entry the watch expects (site_drift alerts
    on an approved Site that is gone without one)."""
    if current_path() != SET_UP:
        return
    log(instance=instance, action=DELETED_ACTION, data=site_state(instance))


@receiver(post_save, sender=Site)
def record_approved_site(sender, instance, raw=False, **kwargs) -> None:
    if raw or current_path() != SET_UP:
        return
    log(instance=instance, action=APPROVED_ACTION, data=site_state(instance))


SITE_CHANGE_ROLES = ("Web Developer", "Koordinator")
STATE_FIELDS = ("hostname", "port", "root_page", "is_default_site")


def may_change_sites(user) -> bool:
    """A superuser, the Web Developer (who runs the deployment) or the Koordinator (who answers
    for what goes online, SOP B5), with an active account."""
    if user is None or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=SITE_CHANGE_ROLES).exists()


def change_digest(site: Site, before: dict, after: dict) -> str:
    """What the two people approve: this Site, from this state, to that state."""
    from .reviewed_settings import values_digest

    return values_digest({"site": site.pk, "from": before, "to": after})


def change_site(site: Site, user, reason: str, **changes) -> bool:
    """Change a Site's host name, port, root page or default flag (`changes`, keys of
    site_state) with two people: True when this call applied the change, False when it recorded
    `user`'s approval as the first of two. Refused: an account that may not change sites, no
    reason, nothing to change, a root page that does not exist. Making a Site the default one
    takes the flag from the Site that had it, recorded the same way."""
    from .two_people import second_person

    if not may_change_sites(user):
        raise PermissionDenied(_now("Only a superuser, the Web Developer or the Koordinator."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_now("Give a reason."))
    unknown = set(changes) - set(STATE_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    with transaction.atomic():
        site = Site.objects.select_for_update().get(pk=site.pk)
        before = site_state(site)
        after = {**before, **{name: value for name, value in changes.items() if value is not None}}
        moved = after["root_page"] != before["root_page"]
        if moved and not Page.objects.filter(pk=after["root_page"], depth__gt=1).exists():
            raise ValidationError(_now("No such page."))
        if after == before:
            raise ValidationError(_now("Nothing to change."))
        version = change_digest(site, before, after)
        if not second_person(site, user, version, {"reason": reason, "to": after}):
            return False
        with approved_path(SITE_CHANGE):
            if after["is_default_site"] and not before["is_default_site"]:
                for other in Site.objects.filter(is_default_site=True).exclude(pk=site.pk):
                    previous = site_state(other)
                    other.is_default_site = False
                    other.save()
                    record_change(other, user, reason, previous)
            site.hostname = after["hostname"]
            site.port = after["port"]
            site.root_page_id = after["root_page"]
            site.is_default_site = after["is_default_site"]
            site.full_clean()
            site.save()
            record_change(site, user, reason, before)
    return True


def record_change(site: Site, user, reason: str, before: dict) -> None:
    """The Site's new approved state in the audit chain (what site_drift compares with)."""
    log(
        instance=site,
        action=APPROVED_ACTION,
        user=user,
        data={**site_state(site), "reason": reason, "previous": before},
    )
