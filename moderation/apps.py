from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = _("SOP publishing workflow")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signals, sites  # noqa: F401
        from .publication import guard_page_querysets
        from .scheduling import gate_wagtail_unschedule
        from .sites import guard_site_querysets

        guard_page_querysets()  # the gate on queryset writes of page rows and revisions
        guard_site_querysets()  # the gate on queryset writes of Site rows
        gate_wagtail_unschedule()  # Wagtail's unschedule view: the Koordinator, with a reason
