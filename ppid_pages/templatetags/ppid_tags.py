import re
from dataclasses import dataclass, field
from typing import NamedTuple

from django import template
from django.db.models import QuerySet
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from wagtail.models import Page, Site

from page_cache import facts

from ..visibility import live_url as public_url
from ..visibility import public, public_pages

EXCERPT_WORDS = 35
DESCRIPTION_CHARS = 160
# Where a page type keeps its text, in order of preference (search_description comes first).
TEXT_FIELDS = ("intro", "summary", "body")

register = template.Library()


class Link(NamedTuple):
    """A page as the menus of every public page show it (kept as a fact: no query)."""

    path: str
    title: str
    url: str


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Link]:
    """Live, public children of the site's home page that are marked 'show in menus': a fact
    of the public generation (page_cache.facts), so every page but the first after a change
    shows it without a query (finding them reads the page tree by depth)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []

    def links() -> list[Link]:
        pages = public(site.root_page.get_children().live()).in_menu()
        return [Link(page.path, page.title, page.get_url(request)) for page in pages]

    return facts.remember(request, ("main-menu", site.pk), links)


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
    # A section that is not live holds its draft title and slug on its row (issue 13, live13);
    # above it are only the site's home page and the tree root: no query needed.
    if not section.live:
        return None
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
    items = set()
    for item in pages:
        if item.depth == SECTION_DEPTH + 1:
            menu.items.append(item)
            items.add(item.path)
        elif (parent_path := item.path[: -Page.steplen]) in items:  # under a live item only
            menu.children.setdefault(parent_path, []).append(item)
    return menu


@register.filter
def sub_pages(menu: SectionMenu, item: Page) -> list[Page]:
    return menu.children.get(item.path, [])


@register.simple_tag
def breadcrumbs(page: Page) -> QuerySet:
    """Live ancestors of `page` below the tree root, home page first: a page that is not live
    keeps its draft title on its row, which the public never sees (issue 13, live13 break 3);
    a live page's row keeps its live title (Wagtail puts the draft title in draft_title)."""
    return page.get_ancestors().filter(depth__gt=1).live()


@register.simple_tag(takes_context=True)
def live_url(context, page) -> str:
    """The URL of a page chosen in a block (a quick link, ...) when the public may see it
    live, else '' (the template renders the label without a link): a page that is not live
    has its draft slug on its row (issue 13, live13 break 2)."""
    return public_url(page, context.get("request"))


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


def page_text(page: Page) -> str:
    """The plain text that best describes `page`: its search description, else its intro,
    summary or body (rich text and StreamField text blocks), tags stripped."""
    if page.search_description:
        return page.search_description
    for name in TEXT_FIELDS:
        value = getattr(page, name, None)
        if not value:
            continue
        if hasattr(value, "raw_data"):  # a StreamField: its headings and rich text, in order
            value = " ".join(stream_text(block) for block in value)
        text = " ".join(strip_tags(str(value)).split())
        if text:
            return text
    return ""


def stream_text(block) -> str:
    if block.block_type == "paragraph":
        return block.value.source
    if block.block_type == "heading":
        return block.value["text"]
    return ""


@register.simple_tag
def page_excerpt(page: Page, query: str = "") -> SafeString:
    """A short excerpt of the page for search results, the query's words marked (<mark>)."""
    text = Truncator(page_text(page)).words(EXCERPT_WORDS)
    html = escape(text)
    words = [re.escape(escape(word)) for word in re.findall(r"\w{2,}", query or "")]
    if words:
        pattern = re.compile(r"\b(" + "|".join(words) + r")", re.IGNORECASE)
        html = pattern.sub(r"<mark>\1</mark>", html)
    return mark_safe(html)  # noqa: S308 - escaped above; only <mark> is added


@register.simple_tag
def meta_description(page: object, fallback: str = "") -> str:
    """The meta description: the page's own description or text, else `fallback`."""
    # Views outside Wagtail may name something else `page` (e.g. a form step): only pages count.
    text = page_text(page) if isinstance(page, Page) else ""
    return Truncator(text or fallback).chars(DESCRIPTION_CHARS)


@register.simple_tag
def page_type(page: Page) -> str:
    return str(page.specific_class._meta.verbose_name).capitalize() if page.specific_class else ""


@register.simple_tag(takes_context=True)
def site_icon_url(context) -> str:
    from ..discovery import favicon_url

    return favicon_url(context["request"])


@register.simple_tag(takes_context=True)
def accessibility_statement(context) -> Link | None:
    """The live, public accessibility statement, for the footer link. Read from its own table
    (a page or two), not by filtering every page by type: the footer of every page would
    otherwise scan the whole page tree, DIP entries included. No DIP entry is one, so the
    exempt rules of public_pages() have nothing to exclude here. A fact of the public
    generation, as the main menu."""
    from ..models import AccessibilityStatementPage

    request = context.get("request")

    def link() -> Link | None:
        page = (
            public(AccessibilityStatementPage.objects.live())
            .order_by("pk")  # its own table's order: ordering by path reads the tree's index
            .only("url_path", "title", "path")
            .first()
        )
        return None if page is None else Link(page.path, page.title, page.get_url(request))

    if request is None:
        return link()
    site = Site.find_for_request(request)
    return facts.remember(request, ("accessibility-statement", getattr(site, "pk", None)), link)
