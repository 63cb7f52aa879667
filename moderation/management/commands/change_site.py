"""Change a Wagtail Site (host name, port, root page, default) in production, with two people
and a reason (moderation.sites.change_site). Run it once as the first person; a second
person runs the same command (same site and values) to apply it."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from moderation.sites import change_site


class Command(BaseCommand):
    help = "Change a Site's host name, port, root page or default flag (two people, a reason)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("site", type=int, help="the Site's id")
        parser.add_argument("--by", required=True, help="the username of who approves")
        parser.add_argument("--reason", required=True, help="why (kept in the audit log)")
        parser.add_argument("--hostname")
        parser.add_argument("--port", type=int)
        parser.add_argument("--root-page", type=int, help="the id of the new home page")
        parser.add_argument("--default", action="store_true", help="make it the default site")

    def handle(self, *args, **options) -> None:
        site = Site.objects.filter(pk=options["site"]).first()
        if site is None:
            raise CommandError(f"No site #{options['site']}")
        user = get_user_model().objects.filter(username=options["by"]).first()
        if user is None:
            raise CommandError(f"No user {options['by']!r}")
        changes = {
            "hostname": options["hostname"],
            "port": options["port"],
            "root_page": options["root_page"],
            "is_default_site": True if options["default"] else None,
        }
        try:
            applied = change_site(site, user, options["reason"], **changes)
        except (PermissionDenied, ValidationError) as error:
            raise CommandError("; ".join(getattr(error, "messages", [str(error)]))) from error
        if applied:
            self.stdout.write(f"Site #{site.pk} changed (recorded in the audit log).")
        else:
            self.stdout.write(
                f"Site #{site.pk}: your approval is recorded (1 of 2). A second person runs the "
                "same command to apply the change."
            )
