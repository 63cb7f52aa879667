"""manage.py restore PATH [--force]: restore a backup archive made by `manage.py backup`."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from integrity.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup archive: checks every checksum, refuses a database with content "
        "unless --force, replaces the database's data and writes the media files."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", help="The archive written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the data of a database that is not empty.",
        )

    def handle(self, *args, **options) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            try:
                manifest = restore_backup(
                    options["path"], force=options["force"], progress=self.stdout.write
                )
            except BackupError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(
                self.style.SUCCESS(
                    _("Restore finished (backup of %(created)s).")
                    % {"created": manifest["created_at"]}
                )
            )
