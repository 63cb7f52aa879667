from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PPIDAdminConfig(AppConfig):
    """How the admin speaks and looks: the office's branding, Indonesian texts Wagtail leaves
    in English, e-mails, role panels and the presentation of scan findings."""

    name = "ppid_admin"
    verbose_name = _("PPID admin")

    def ready(self) -> None:
        from . import mail, wagtail_fixes

        wagtail_fixes.apply()
        mail.defer_workflow_notifications()
