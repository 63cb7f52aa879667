from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PPIDPagesConfig(AppConfig):
    name = "ppid_pages"
    verbose_name = _("PPID public site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from .exemption import connect as connect_exemption
        from .roles import apply_role_permissions

        connect_exemption()

        post_migrate.connect(apply_role_permissions, sender=self)
