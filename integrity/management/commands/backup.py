"""manage.py backup PATH: database dump and media files in one archive with checksums."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext as _

from integrity.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Write a backup archive (.tar.gz): the whole database, the media files, a manifest."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", help="The archive file to write, e.g. ppid-2025-01-31.tar.gz")

    def handle(self, *args, **options) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            try:
                summary = create_backup(options["path"])
            except BackupError as error:
                raise CommandError(str(error)) from error
            except OSError as error:
                raise CommandError(
                    _("The backup could not be written: %(error)s") % {"error": error}
                ) from error
            self.stdout.write(
                self.style.SUCCESS(
                    _(
                        "Backup written to %(path)s: %(objects)s objects, %(files)s media "
                        "files, %(size)s."
                    )
                    % {
                        "path": summary.path,
                        "objects": summary.objects,
                        "files": summary.media_files,
                        "size": filesizeformat(summary.size),
                    }
                )
            )
