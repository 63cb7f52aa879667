from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet

from page_cache import facts


def canonical(request, page: PaginatorPage) -> PaginatorPage:
    """A page number asked exactly as the page it gives is claimed for the page cache; past
    the last page, "01" or "x" is rendered (the nearest page) but never stored."""
    if request.GET.get("halaman") == str(page.number):
        facts.claim(request, "halaman")
    elif request is not None and page.number > 1:
        # Past the last page: the address of the page it gives (page_cache.middleware.
        # canonical_redirect sends the request there, not to page 1).
        facts.instead(request, "halaman", str(page.number))
    return page


def paginate(
    request,
    queryset: QuerySet,
    remember_as: Iterable[Any] | None = None,
    rows: QuerySet | None = None,
) -> PaginatorPage:
    """The requested page of `queryset`; a bad or out-of-range number gives the nearest page.

    With `remember_as` (a name for the listing and every filter applied to it), a public
    listing's count and the ids of the requested page are kept under the public generation
    (page_cache.facts): the COUNT and the sort of every matching row run once per public change;
    the page's rows are read by id, through `queryset` and all its filters (or through `rows`,
    the same filters, when `queryset` is search results, which are not a query set)."""
    paginator = Paginator(queryset, settings.PPID_PAGE_SIZE)
    if remember_as is None:
        return canonical(request, paginator.get_page(request.GET.get("halaman")))
    parts = tuple(remember_as)
    paginator.count = facts.remember(request, (*parts, "count"), queryset.count)
    page = canonical(request, paginator.get_page(request.GET.get("halaman")))

    def page_ids() -> list[int]:
        if isinstance(page.object_list, QuerySet):
            return list(page.object_list.values_list("pk", flat=True))
        return [row.pk for row in page.object_list]

    ids = facts.remember(request, (*parts, "ids", page.number), page_ids)
    page.object_list = facts.rows_by_id(queryset if rows is None else rows, ids)
    return page
