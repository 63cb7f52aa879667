"""Reseal accounts as they are stored now (security.seals): the recovery after an investigated
seal mismatch, on the server's command line by someone who holds AUDIT_CHAIN_KEY. `--roles`
reseals the role configuration (the groups' rights and the groups of the workflow tasks)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from wagtail.log_actions import log

from security.models import RoleSeal
from security.seals import RESEALED, ROLES_RESEALED, seal, seal_roles


class Command(BaseCommand):
    help = (
        "Seal the given accounts (usernames), or every account with --all, as stored now; "
        "--roles seals the role configuration as stored now."
    )

    def add_arguments(self, parser):
        parser.add_argument("usernames", nargs="*")
        parser.add_argument("--all", action="store_true", help="every account")
        parser.add_argument(
            "--roles",
            action="store_true",
            help="the role configuration (group permissions, workflow task groups)",
        )

    def handle(self, *usernames, **options):
        if options["roles"]:
            seal_roles()
            log(RoleSeal.objects.get(pk=1), ROLES_RESEALED, data={"by": "seal_accounts"})
            self.stdout.write("Role configuration sealed.")
        if options["roles"] and not (usernames or options["all"]):
            return
        users = get_user_model().objects.all()
        if not options["all"]:
            users = users.filter(username__in=usernames)
        count = 0
        for user in users:
            seal(user.pk)
            log(user, RESEALED, data={"by": "seal_accounts"})
            count += 1
        self.stdout.write(f"{count} account(s) sealed.")
