from django import template
from wagtail.models import Site

from ..site_settings import approved_office

register = template.Library()


@register.simple_tag(takes_context=True)
def public_office(context):
    """The PPID settings as approved by a second person (moderation.site_settings): what
    public pages render, never the values being edited. Cached on the request."""
    request = context.get("request")
    if request is None:
        return approved_office(Site.objects.filter(is_default_site=True).first())
    from ppid_pages.discovery import public_office as office_of

    return office_of(request)
