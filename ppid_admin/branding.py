"""The office's name and logo, from *Pengaturan PPID*, for the admin's branding. The login page
is public: it shows the approved values (moderation.site_settings), like the public site."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Site


@dataclass(frozen=True)
class Branding:
    name: str
    logo_url: str | None


def branding(request=None) -> Branding:
    from moderation.site_settings import approved_office

    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Branding(settings.WAGTAIL_SITE_NAME, None)
    office = approved_office(site)
    logo_url = None
    if office.logo_id:
        logo_url = office.logo.get_rendition("max-240x240").url
    return Branding(office.office_name or settings.WAGTAIL_SITE_NAME, logo_url)
