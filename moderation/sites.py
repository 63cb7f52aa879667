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
"""

from django.db.models.signals import post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Site

from .publication import SET_UP, current_path, refuse

APPROVED_ACTION = "ppid.site.approved"

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
    if raw or current_path() == SET_UP:
        return
    if instance.pk is not None:
        stored = Site.objects.filter(pk=instance.pk).first()
        if stored is not None and site_state(stored) == site_state(instance):
            return  # the site name only: nothing the public is served changes
    refuse(SITE_THROUGH_SET_UP)


@receiver(pre_delete, sender=Site)
def sites_are_deleted_only_in_set_up(sender, instance, **kwargs) -> None:
    if current_path() != SET_UP:
        refuse(SITE_THROUGH_SET_UP)


@receiver(post_save, sender=Site)
def record_approved_site(sender, instance, raw=False, **kwargs) -> None:
    if raw or current_path() != SET_UP:
        return
    log(instance=instance, action=APPROVED_ACTION, data=site_state(instance))
