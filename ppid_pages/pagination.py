from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet


def paginate(request, queryset: QuerySet) -> PaginatorPage:
    """The requested page of `queryset`; a bad or out-of-range number gives the nearest page."""
    paginator = Paginator(queryset, settings.PPID_PAGE_SIZE)
    return paginator.get_page(request.GET.get("halaman"))
