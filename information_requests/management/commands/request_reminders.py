from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...reminders import send_request_reminders


class Command(BaseCommand):
    help = "Send the information-request reminders due today (each at most once a day)."

    def handle(self, *args, **options):
        sent = send_request_reminders()
        self.stdout.write(_("Reminders sent: %(count)d") % {"count": sent})
