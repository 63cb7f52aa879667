from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...reminders import send_reminders


class Command(BaseCommand):
    help = "Send the SOP reminders due today (each item at most once a day), without Celery."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(_("Reminders sent: %(count)d") % {"count": sent})
