from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from ...crypto import rotate_private
from ...models import InformationRequest, ObjectionStep, OutgoingFile


class Command(BaseCommand):
    help = (
        "Re-encrypt every identity number and private file with the first key of "
        "INFORMATION_REQUESTS_KEYS (after adding a new key in front); then the old key can go."
    )

    def handle(self, *args, **options):
        count = 0
        with transaction.atomic():
            for request in InformationRequest.objects.select_for_update().iterator():
                # Reading decrypts with any key; saving encrypts with the first one.
                request.save(
                    update_fields=["identity_number", "tracking_code", "identity_file_seal"]
                )
                if request.identity_file:
                    rotate_private(request.identity_file)
                count += 1
        for item in OutgoingFile.objects.iterator():
            rotate_private(item.stored)
        for step in ObjectionStep.objects.exclude(document="").iterator():
            rotate_private(step.document)
        self.stdout.write(_("Requests re-encrypted: %(count)d") % {"count": count})
