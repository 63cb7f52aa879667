"""manage.py integrity_watch: check every live page now (what the Celery task does daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _

from integrity.alerts import run_watch


class Command(BaseCommand):
    help = (
        "Render every live page as the public sees it, compare it with its approved revision "
        "and scan it for gambling spam and hidden links; raise alerts."
    )

    def handle(self, *args, **options) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            result = run_watch()
            for alert in result.new + result.seen_again:
                state = _("new") if alert in result.new else _("still open")
                self.stdout.write(
                    f"[{state}] {alert.get_kind_display()}: {alert.page_title} "
                    f"({alert.page_url}) {alert.detail}"
                )
            summary = _(
                "%(pages)s live page(s) checked: %(new)s new alert(s), %(again)s seen again."
            ) % {"pages": result.pages, "new": len(result.new), "again": len(result.seen_again)}
            if result.open_alerts:
                self.stdout.write(self.style.WARNING(summary))
            else:
                self.stdout.write(self.style.SUCCESS(summary))
