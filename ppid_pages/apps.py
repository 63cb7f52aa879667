from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PPIDPagesConfig(AppConfig):
    name = "ppid_pages"
    verbose_name = _("PPID public site")
    default_auto_field = "django.db.models.BigAutoField"
