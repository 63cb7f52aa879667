from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    name = "sop_governance.evaluations"
    label = "sop_evaluations"
    verbose_name = _("SOP evaluations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from .schedules import seed_schedules

        post_migrate.connect(seed_schedules, sender=self)
