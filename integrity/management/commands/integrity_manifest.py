"""manage.py integrity_manifest: record the templates, static files and translations deployed
(integrity.manifest), after `collectstatic` and `migrate`, at every deployment."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from integrity.manifest import body_digest, manifest_path, write


class Command(BaseCommand):
    help = (
        "Record the SHA-256 of every template, static file and compiled translation the "
        "application serves, signed with AUDIT_CHAIN_KEY and logged in the audit chain; the "
        "integrity watch reports any file added, changed or removed since."
    )

    def handle(self, *args, **options) -> None:
        if manifest_path() is None:
            raise CommandError("INTEGRITY_MANIFEST is not set.")
        started = time.monotonic()
        with translation.override(settings.LANGUAGE_CODE):
            path, body = write()
            self.stdout.write(
                self.style.SUCCESS(
                    _("Deployment manifest written: %(files)s files, %(digest)s, %(path)s")
                    % {"files": len(body["files"]), "digest": body_digest(body), "path": path}
                )
                + f" ({time.monotonic() - started:.1f} s)"
            )
