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
    if not hasattr(request, "_ppid_public_office"):
        request._ppid_public_office = approved_office(Site.find_for_request(request))
    return request._ppid_public_office
