from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServiceReportsConfig(AppConfig):
    """Laporan Layanan Informasi Publik, public statistics and the survei kepuasan, all built
    from the registers of `information_requests`."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "service_reports"
    verbose_name = _("Information service reports")
