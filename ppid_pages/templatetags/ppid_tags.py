from django import template
from django.db.models import QuerySet
from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context) -> QuerySet:
    """Live, public children of the site's home page that are marked 'show in menus'."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    return site.root_page.get_children().live().public().in_menu()


@register.simple_tag
def breadcrumbs(page: Page) -> QuerySet:
    """Ancestors of `page` below the tree root, home page first."""
    return page.get_ancestors().filter(depth__gt=1)


@register.simple_tag
def query_with(request, **changes) -> str:
    """The current query string with `changes` applied, for pagination links."""
    query = request.GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()
