from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...purge import purge, retention_years


class Command(BaseCommand):
    help = (
        "Delete unconfirmed online requests and purge the identity data of requests whose "
        "retention period (INFORMATION_REQUESTS_RETENTION_YEARS) is over."
    )

    def handle(self, *args, **options):
        result = purge()
        self.stdout.write(
            _(
                "Unconfirmed requests deleted: %(deleted)d; identities purged: %(purged)d "
                "(retention %(years)d years)."
            )
            % {
                "deleted": result["unconfirmed_deleted"],
                "purged": result["identities_purged"],
                "years": retention_years(),
            }
        )
