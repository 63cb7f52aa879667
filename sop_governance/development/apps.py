from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SopDevelopmentConfig(AppConfig):
    name = "sop_governance.development"
    label = "sop_development"
    verbose_name = _("SOP development requests")
    default_auto_field = "django.db.models.BigAutoField"
