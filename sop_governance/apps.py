from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SopGovernanceConfig(AppConfig):
    name = "sop_governance"
    label = "sop_governance"
    verbose_name = _("SOP governance")
    default_auto_field = "django.db.models.BigAutoField"
