from django import template

from ..branding import branding

register = template.Library()


@register.simple_tag(takes_context=True)
def office_branding(context):
    """The office's name and logo (cached on the request: one query per page)."""
    request = context.get("request")
    if request is None:
        return branding()
    if not hasattr(request, "_ppid_branding"):
        request._ppid_branding = branding(request)
    return request._ppid_branding


@register.simple_tag
def public_url(page) -> str:
    """The page's public address built from the configured base URL (not the Site record's
    hostname, which is `localhost` in a fresh install)."""
    from ..mail import public_url as build

    return build(page)


@register.simple_tag(takes_context=True)
def can_search_pages(context) -> bool:
    from ..roles import can_search_pages as allowed

    request = context.get("request")
    return request is not None and allowed(request.user)
