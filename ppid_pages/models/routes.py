"""Routable pages whose every public sub-address is purged from a CDN or proxy in front.

Wagtail's frontend-cache purge (page_cache.purge) names a page's addresses through
`get_cached_paths()`, which is only `['/']` for a RoutablePageMixin page: its sub-addresses (the
DIP's category listings, the XLSX/PDF exports) were kept by a shared cache for s-maxage after a
take-down. Here the paths are derived from the routes themselves: every route without
parameters, and every route over a finite set of values the page declares in `route_values`
(a route with a parameter the page has no finite set for is a configuration error, raised at
the first purge and by tests/page_cache/test_routable_purge.py, so a new route cannot be
forgotten). A route that answers only for values outside the set answers 404, never a cached
200.
"""

import itertools
from collections.abc import Iterable

from django.core.exceptions import ImproperlyConfigured
from wagtail.contrib.routable_page.models import RoutablePageMixin


class PurgedRoutesMixin(RoutablePageMixin):
    # {route name: {parameter: every value the route answers 200 for}}
    route_values: dict[str, dict[str, Iterable[str]]] = {}

    @classmethod
    def route_parameters(cls) -> list[tuple[str, list[str]]]:
        """(route name, its parameter names) of every route of the page."""
        return [
            (pattern.name, list(pattern.pattern.regex.groupindex))
            for pattern in cls.get_subpage_urls()
        ]

    def route_paths(self) -> set[str]:
        """Every sub-address the routes serve, relative to the page ("/" is the page)."""
        paths = set()
        for name, parameters in self.route_parameters():
            values = self.route_values.get(name, {})
            missing = [parameter for parameter in parameters if parameter not in values]
            if missing:
                raise ImproperlyConfigured(
                    f"{type(self).__name__}.route_values names no finite values for "
                    f"{name}({', '.join(missing)}): its addresses could not be purged."
                )
            for combination in itertools.product(*(list(values[p]) for p in parameters)):
                kwargs = dict(zip(parameters, combination, strict=True))
                paths.add("/" + self.reverse_subpage(name, kwargs=kwargs).lstrip("/"))
        return paths

    def get_cached_paths(self):
        return sorted(set(super().get_cached_paths()) | self.route_paths())
