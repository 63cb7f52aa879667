"""Wagtail's routing of a public page and the page's view restrictions, kept per public
generation (page_cache.memo).

Wagtail routes every request with queries: the home page's own row (`.specific`), then for
each level of the path the child by its slug and its own row, and before serving it reads the
view restrictions of the page and its ancestors (two more). On an uncached page that is 3 to 7
queries before the view does anything. Here the outcome is kept in this process's memory
under the public generation the request read first (page_cache.facts.begin): the class of the
page, its row as loaded, how a routable page resolved the rest of the path, and its view
restrictions. A move, a slug change, a publication, a take-down or a change of a view
restriction is a public change and replaces the token in its own transaction, so nothing
kept here is read after it commits; a change made behind the application's back shows within
PAGE_CACHE_TIMEOUT (page_cache.memo), as for the site.

Each request gets its own page instance, made from the kept row (StreamField values from
their JSON, anything else mutable copied): nothing of one request is shared with another but
the view restriction rows, which serving only reads (`accept_request`). Only routes that
found a page and whose answer was a 200 are kept (`keep`, after the response): a scan of
made-up addresses, a routable page's sub-route with an unknown value (`/dip/kategori/x1/`,
routed to the page's view which answers 404) never fills the memo.
"""

import copy
import datetime
import decimal
import json
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from .memo import GenerationMemo

SIZE = 5000  # routes kept per generation; beyond them, Wagtail routes the request itself
IMMUTABLE = (str, int, float, bool, type(None), datetime.date, datetime.time, decimal.Decimal)
IMMUTABLE += (uuid.UUID,)

_memo = GenerationMemo()  # {(site pk, path components): Route | None} of the current token


class Route:
    """What serving one path needs, without the database: the page and its restrictions."""

    def __init__(self, page: Page, depth: int, routable: bool, restrictions: list) -> None:
        self.model = type(page)
        self.db = page._state.db
        fields = page._meta.concrete_fields
        self.names = tuple(field.attname for field in fields)
        self.values = tuple(frozen(field, getattr(page, field.attname)) for field in fields)
        self.depth = depth  # path components consumed by the page tree (the rest: sub-routes)
        self.routable = routable
        self.restrictions = restrictions

    def page(self) -> Page:
        values = tuple(
            value if isinstance(value, IMMUTABLE) else copy.deepcopy(value)
            for value in self.values
        )
        return self.model.from_db(self.db, self.names, values)


def frozen(field, value):
    """A value from which each request makes its own: a StreamField as its JSON text."""
    if isinstance(field, StreamField):
        return json.dumps(field.get_prep_value(value), cls=DjangoJSONEncoder)
    return value


def restrictions_of(page: Page) -> list:
    """The view restrictions Wagtail checks before serving `page` (on it and its ancestors)."""
    return list(page.get_view_restrictions())


def with_restrictions(page: Page, restrictions: list) -> Page:
    """`page`, whose get_view_restrictions() (Wagtail's check before serving it) answers the
    kept rows instead of querying them again."""
    page.get_view_restrictions = lambda: restrictions
    return page


def prepare(request, token: str, path: str) -> None:
    """Set Wagtail's route of `request` (request._wagtail_route_for_request) from the routes
    kept under the public generation `token`, or route it and keep the outcome."""
    site = getattr(request, "_wagtail_site", None)
    if site is None or hasattr(request, "_wagtail_route_for_request"):
        return
    components = tuple(component for component in path.split("/") if component)
    memo = _memo.of(token)
    key = (site.pk, components)
    route = memo.get(key)
    if route is None:
        result = Page.route_for_request(request, path)  # Wagtail's own routing
        if result is None:
            return
        page = result.page
        depth = page.depth - site.root_page.depth
        routable = isinstance(page, RoutablePageMixin) and bool(result.args)
        if routable or (not result.args and not result.kwargs):
            restrictions = restrictions_of(page)
            with_restrictions(page, restrictions)
            if len(memo) < SIZE:
                # Kept once the page answered 200 (keep), with the token it was routed under.
                route = Route(page, depth, routable, restrictions)
                request._page_cache_route = (token, key, route)
        return
    page = with_restrictions(route.page(), route.restrictions)
    if route.routable:
        # The sub-route is resolved again on this request's instance (its view is a method
        # of the page, and Wagtail sets request.routable_resolver_match): no query.
        request._wagtail_route_for_request = page.route(request, list(components[route.depth :]))
    else:
        request._wagtail_route_for_request = RouteResult(page)


def keep(request, response) -> None:
    """Remember the route `prepare` found for `request` if the page answered 200: a route to a
    404 (an unknown value of a sub-route) is not kept."""
    pending = getattr(request, "_page_cache_route", None)
    if pending is None or response.status_code != 200:
        return
    token, key, route = pending
    memo = _memo.of(token)
    if len(memo) < SIZE:
        memo[key] = route


def forget() -> None:
    """Empty this process's memo (tests: each starts with empty caches)."""
    _memo.clear()
