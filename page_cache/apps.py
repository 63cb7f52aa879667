from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "page_cache"
    verbose_name = _("public page cache")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import generation, purge, request_memo, signals

        purge.defer_wagtail_purges()
        purge.connect_migrate()
        generation.connect()
        purge.connect_pre_save()
        signals.connect_receivers()
        request_memo.connect()
