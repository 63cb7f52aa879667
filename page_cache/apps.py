from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "page_cache"
    verbose_name = _("public page cache")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import request_memo, signals

        signals.connect_receivers()
        request_memo.connect()
