from dataclasses import dataclass, field

from django import template
from django.db.models import QuerySet
from wagtail.models import Page, Site

from ..visibility import public_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context) -> QuerySet:
    """Live, public children of the site's home page that are marked 'show in menus'."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    return site.root_page.get_children().live().public().in_menu()


SECTION_DEPTH = 3  # the pages directly under the home page (root 1, home 2)


@dataclass
class SectionMenu:
    """A top-level section (e.g. Profil PPID) and its public sub-pages, for sub-navigation."""

    section: Page
    items: list[Page] = field(default_factory=list)
    children: dict[str, list[Page]] = field(default_factory=dict)  # sub-pages of an item


@register.simple_tag
def section_menu(page: Page) -> SectionMenu | None:
    """The section `page` belongs to with its live, public sub-pages (two levels), or None
    when the section has none. Two queries, whatever the size of the section."""
    if page is None or page.depth < SECTION_DEPTH:
        return None
    section = page
    if page.depth > SECTION_DEPTH:
        section = page.get_ancestors().get(depth=SECTION_DEPTH)
    pages = list(
        public_pages()
        .descendant_of(section)
        .filter(depth__lte=SECTION_DEPTH + 2)
        .order_by("path")
        .only("title", "path", "depth", "url_path", "slug")
    )
    if not pages:
        return None
    menu = SectionMenu(section=section)
    for item in pages:
        if item.depth == SECTION_DEPTH + 1:
            menu.items.append(item)
        else:
            parent_path = item.path[: -Page.steplen]
            menu.children.setdefault(parent_path, []).append(item)
    return menu


@register.filter
def sub_pages(menu: SectionMenu, item: Page) -> list[Page]:
    return menu.children.get(item.path, [])


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


@register.filter
def at(values, index: int):
    """values[index], or "" past the end (a header row shorter than a body row)."""
    try:
        return values[index]
    except (IndexError, KeyError, TypeError):
        return ""
