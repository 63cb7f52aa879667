from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = _("Website security")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import (  # noqa: F401
            audit,
            lockout,
            passwords,
            role_grants,
            seals,
            sessions,
            signals,
            takeover,
        )

        seals.connect_role_receivers()
        role_grants.connect_task_receivers()
