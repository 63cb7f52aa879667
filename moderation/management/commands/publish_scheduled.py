"""Wagtail's `publish_scheduled`, after the go-live check of moderation.scheduling: a
scheduled revision whose publication snapshot changed since its approval never goes live."""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from moderation.publication import SCHEDULED, approved_path
from moderation.scheduling import hold_changed_schedules


class Command(WagtailCommand):
    help = "Publish scheduled pages that are still what was approved; hold the others."

    def handle(self, *args, **options) -> None:
        if not options["dryrun"]:
            for revision in hold_changed_schedules():
                self.stdout.write(f"Held: revision {revision.pk} (snapshot changed)")
        with approved_path(SCHEDULED):  # only what an approval or a force scheduled
            super().handle(*args, **options)
