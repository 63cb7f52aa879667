"""Wagtail's `publish_scheduled`, after the go-live check of moderation.scheduling: a
scheduled revision whose publication snapshot changed since its approval never goes live.

An expiry (expire_at) unpublishes one page; the live pages below it go down with it, as with a
take-down (moderation.actions.take_down), each logged and recorded: a live page is never left
under a page that is not live (its address would follow the parent's draft slug). The expired
page itself is recorded as a manual take-down is (a Takedown row without a person, a
ppid.takedown audit entry), beside Wagtail's own "unpublished (scheduled)" entry."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Page

from moderation.actions import record_takedown, take_down_one
from moderation.publication import SCHEDULED, approved_path
from moderation.scheduling import end_with_takedown, hold_changed_schedules

EXPIRED = gettext_lazy("The page expired (expire_at) and left the public site.")


class Command(WagtailCommand):
    help = "Publish scheduled pages that are still what was approved; hold the others."

    def handle(self, *args, **options) -> None:
        if not options["dryrun"]:
            for revision in hold_changed_schedules():
                self.stdout.write(f"Held: revision {revision.pk} (snapshot changed)")
        expiring = list(Page.objects.live().filter(expire_at__lt=timezone.now()))
        if not options["dryrun"]:
            # Wagtail's expiry clears the page's scheduled revisions without a record.
            for page in expiring:
                end_with_takedown(page, None, str(EXPIRED))
        with approved_path(SCHEDULED):  # only what an approval or a force scheduled
            super().handle(*args, **options)
        if not options["dryrun"]:
            for page in expiring:
                take_down_below(page)


def take_down_below(page: Page) -> None:
    page.refresh_from_db()
    if page.live:
        return
    reason = _("The page above it expired (expire_at) and left the public site.")
    for below in page.get_descendants().live().order_by("-depth", "path").specific():
        take_down_one(below, None, reason, under=page)
    record_takedown(page, None, str(EXPIRED))
