"""The page cache and the HTTP caching headers of the whole site.

Order in settings.MIDDLEWARE (base.py):
- ConditionalGetMiddleware (Django), outermost: answers If-None-Match with 304 using the ETag.
- CacheHeadersMiddleware: Cache-Control of every response that Django makes (static files are
  WhiteNoise's, outside it): public pages get a short max-age and an s-maxage (the files of
  documents and pictures a shorter one, PAGE_CACHE_ASSET_S_MAXAGE); everything else
  (the admin, previews, logged-in staff, forms, request tracking, errors) `private, no-store`.
- ... sessions, CSRF, authentication, security, rate limits (they run for hits too) ...
- PageCacheMiddleware, innermost but one: serves and stores anonymous GETs of public pages.
- PublicGZipMiddleware: compresses the text of public responses, before they are stored.

What is cached (deny by default): a GET without a session, messages or Authorization, outside
the admin, whose query names only listing filters (PAGE_CACHE_QUERY_PARAMETERS; a token, a
preview or anything unknown bypasses) once the parameters its view does not read are dropped
(reads_query, drop_unread_parameters: `/?x=<random>` is the home page, from the cache);
and of those only a 200 response that sets no cookie,
varies on nothing but Accept-Encoding, did not use a CSRF token or the session, and is not
marked private, and not an X-Accel-Redirect (the file is checked on every request). A kept
answer of a document or image view is sent only while that view would still send it to an
anonymous visitor (asset_still_public: a row or file changed behind the application's back
replaces no generation). The key is
the public generation (page_cache.generation, read from the database once per request, FIRST,
by PublicGenerationMiddleware, before anything public is read; with the service generation for
a view marked `service_scoped`), scheme, host, path, sorted query, language and encoding.
"""

import hashlib
import time
import zlib
from urllib.parse import unquote_plus, urlencode, urlsplit

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect, QueryDict
from django.http.request import split_domain_port
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import (
    add_never_cache_headers,
    cc_delim_re,
    patch_cache_control,
    set_response_etag,
)
from django.utils.encoding import escape_uri_path
from django.utils.text import _lazy_re_compile
from django.utils.translation import get_language
from wagtail.views import serve as wagtail_serve

from . import facts, routes, sites, store

# A WSGI environ key that no HTTP header can produce (headers arrive as HTTP_*): set by code
# in this process (the integrity watch) to render from the database, not from the cache.
BYPASS = facts.BYPASS
PUBLIC = "page_cache_public"  # request attribute: the request may get a public response
ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}
COMPRESSIBLE = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
)


SERVICE_SCOPED = "page_cache_service_scoped"


def service_scoped(view):
    """Marks a public view that renders the information service's records (which are not
    public changes): its cached answers are keyed by the service generation too."""
    setattr(view, SERVICE_SCOPED, True)
    return view


# request attribute: tracking parameters, or parameters the view does not read, were dropped
TRACKED = "_page_cache_tracking_stripped"


def is_tracking_parameter(name: str) -> bool:
    """A parameter a link carries for an analytics tool (utm_*, fbclid, gclid...): no view of
    the site reads one, and the page is the same with or without it."""
    lowered = name.lower()
    return lowered.startswith(settings.PAGE_CACHE_TRACKING_PREFIXES) or (
        lowered in settings.PAGE_CACHE_TRACKING_PARAMETERS
    )


def strip_tracking_parameters(request) -> None:
    """Drop the tracking parameters of a GET or HEAD from what the view and the page cache see
    (request.GET and QUERY_STRING): a click on a shared link (`/?utm_source=facebook`) is
    answered with the page itself, from the cache, and renders no tracking value into a page.
    The request is marked: its address is not the canonical one, so a shared cache keeps it
    for no time (s-maxage=0: no purge names the address with its parameters)."""
    if request.method in ("GET", "HEAD"):
        drop_parameters(request, is_tracking_parameter)


def drop_parameters(request, unwanted) -> None:
    """Drop the query parameters whose name `unwanted` accepts from request.GET and
    QUERY_STRING, and mark the request (TRACKED) when any was dropped."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return
    pairs = [part for part in query.split("&") if part]
    kept = [part for part in pairs if not unwanted(unquote_name(part))]
    if len(kept) == len(pairs):
        return
    request.META["QUERY_STRING"] = "&".join(kept)
    request.GET = QueryDict(request.META["QUERY_STRING"], encoding=request.encoding)
    setattr(request, TRACKED, True)


# --- the parameters a view reads (issue 18, fix18m) -----------------------------------------
#
# A public GET with a parameter its view does not read (`/?x=<random>`, `/dip/?z=1`) was never
# cached: each spelling rendered the page in full, so random query strings made every request
# an uncached render (~120 req/s for the DIP index instead of ~1,000). Such a parameter changes
# nothing the view shows, so it is dropped before the view and the page cache's key, as a
# tracking parameter is (strip_tracking_parameters): the request is the canonical page,
# answered from its entry (a shared cache still keeps the address with the query for no time).
# Each view says what it reads: a page model by `reads_query_parameters` (a Page subclass
# without it reads none), any other view by @reads_query. A view that says nothing (a form of
# the information service, the display switch) has nothing dropped.

QUERY_PARAMETERS = "page_cache_query_parameters"


def reads_query(*names: str):
    """Marks a public view with the query parameters it reads; any other parameter is dropped
    before it (drop_unread_parameters)."""

    def mark(view):
        setattr(view, QUERY_PARAMETERS, frozenset(names))
        return view

    return mark


def parameters_read(request, view_func) -> frozenset | None:
    """The names of the query parameters the view of `request` reads; None when not known (a
    view that does not say, a Wagtail address that found no page): then nothing is dropped."""
    if view_func is wagtail_serve:
        route = getattr(request, "_wagtail_route_for_request", None)
        page = getattr(route, "page", None)
        if page is None:
            return None
        setattr(request, FINITE_PARAMETERS, True)
        return route_parameters(page, route)
    names = getattr(view_func, QUERY_PARAMETERS, None)
    if names is None and is_asset_request(request):
        return frozenset()  # Wagtail's document view reads no parameter
    return names


def route_parameters(page, route) -> frozenset:
    """What the view of a page's `route` reads (issue 18, attack18m: declared per page model,
    the DIP index's `halaman`, `tahun`... were kept on its XLSX export, rebuilt for each
    random `?halaman=`). A routable page's sub-route reads what its view declares
    (@reads_query), nothing when it says nothing; the page itself (its index route, a page
    without routes) reads the model's `reads_query_parameters`."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    if isinstance(page, RoutablePageMixin) and route.args and callable(route.args[0]):
        view = route.args[0]
        names = getattr(view, QUERY_PARAMETERS, None)
        if names is not None:
            return names
        if getattr(view, "__name__", "") != "index_route":
            return frozenset()
    return frozenset(getattr(page, "reads_query_parameters", ()))


# Set on a request whose view reads only parameters of finite values (a page's: a page number,
# a category, a year, a unit), which it claims when it knows them (page_cache.facts.claim).
FINITE_PARAMETERS = "page_cache_finite_parameters"


def canonical_redirect(request, response):
    """A public page asked with a value its view does not know (`?halaman=<random>`,
    `?tahun=<random>`, an empty filter) was rendered on every request and never stored: random
    values made every request a render (issue 18, attack18m). Before the template renders,
    such a request is sent (302: a year may become known) to the address without the
    parameters the view did not claim, which the page cache keeps. A view with free-text
    parameters (search) is not a page and is left alone."""
    if not (
        request.GET
        and getattr(request, FINITE_PARAMETERS, False)
        and getattr(request, PUBLIC, False)
        and getattr(response, "status_code", None) == 200
    ):
        return response
    claimed = getattr(request, facts.CLAIMED, set())
    if set(request.GET) <= claimed:
        return response
    instead = getattr(request, facts.INSTEAD, {})
    kept = [
        (name, value if name in claimed else instead[name])
        for name, value in request.GET.items()
        if name in claimed or name in instead
    ]
    location = escape_uri_path(request.path) + (f"?{urlencode(kept)}" if kept else "")
    return CanonicalRedirect(location)


class CanonicalRedirect(HttpResponseRedirect):
    """Answers in place of a TemplateResponse (process_template_response): Django then calls
    its render()."""

    def render(self):
        return self


def drop_unread_parameters(request, view_func) -> None:
    """Drop from a public GET (not yet known public only for its query) the parameters its
    view does not read, before the view and the page cache see it."""
    if not request.META.get("QUERY_STRING") or not may_be_cacheable(request):
        return
    read = parameters_read(request, view_func)
    if read is not None:
        drop_parameters(request, lambda name: name not in read)


def unquote_name(part: str) -> str:
    return unquote_plus(part.split("=", 1)[0])


def is_cacheable_request(request) -> bool:
    return may_be_cacheable(request) and is_cacheable_query(request)


def may_be_cacheable(request) -> bool:
    """A GET without a session, messages or Authorization, outside the admin and the bypass."""
    if request.method != "GET" or request.META.get(BYPASS):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return not request.path.startswith("/" + settings.WAGTAILADMIN_PATH)


def is_cacheable_query(request) -> bool:
    allowed = settings.PAGE_CACHE_QUERY_PARAMETERS
    return all(
        name in allowed and len(values) == 1 and len(values[0]) <= 200
        for name, values in request.GET.lists()
    )


# The views that send the files of documents and images (Wagtail's document view, the public
# rendition view): their public status changes with a take-down or an asset's new version.
ASSET_VIEWS = {"wagtaildocs_serve", "public_image"}


def is_asset_request(request) -> bool:
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name in ASSET_VIEWS


def asset_still_public(request, view_args: tuple, view_kwargs: dict) -> bool:
    """A kept answer of an asset view is sent only while the view would still send it to an
    anonymous visitor (ppid_pages.views.still_public: the row is the released version, public
    and not exempt): the file, title or bytes changed in the database or on disk replace no
    public generation (issue 13, verify13e B2)."""
    from ppid_pages.views import still_public

    return still_public(request.resolver_match.url_name, view_args, view_kwargs)


def raw_request_uri(request) -> str | None:
    """The request target exactly as the client sent it (gunicorn's RAW_URI, uWSGI's
    REQUEST_URI), or None when the server does not pass it on (the test client, runserver)."""
    return request.META.get("RAW_URI") or request.META.get("REQUEST_URI")


def is_canonical_address(request, tracking_ignored: bool = False) -> bool:
    """The request names the page exactly as a purge names it (page_cache.purge: the Site's
    root_url + the path, no query): the Site's host and port, the path not percent-encoded
    otherwise than Django writes it, no query and no stray "?". Only such an address may be
    kept by a shared cache: any other spelling of the same page (`/?`, `/%64aftar-...`,
    another allowed Host, `/?utm_source=x`) would be kept under its own key, which no purge
    ever names. With `tracking_ignored`, the address as our own page cache keys it (its
    tracking parameters dropped: strip_tracking_parameters)."""
    from wagtail.models import Site

    tracked = getattr(request, TRACKED, False)
    if tracked and not tracking_ignored:
        return False
    if request.META.get("QUERY_STRING") or request.GET or "//" in request.path:
        return False  # Wagtail serves "//dip//" as "/dip/": a spelling no purge names
    raw = raw_request_uri(request)
    if raw is not None and tracked:
        raw = raw.split("?", 1)[0]
    if raw is not None and raw != escape_uri_path(request.path):
        return False
    site = Site.find_for_request(request)
    if site is None:
        return False
    # The scheme too (issue 18, attack18h 1): a CDN or the README's nginx keys the page by
    # scheme, and the purge names only the Site's (root_url: https for port 443, http
    # otherwise). request.scheme follows X-Forwarded-Proto only from TRUSTED_PROXIES
    # (SECURE_PROXY_SSL_HEADER, security.proxies.ForwardedHeadersMiddleware).
    root = urlsplit(site.root_url)
    return (
        request.scheme == root.scheme.lower() and request.get_host().lower() == root.netloc.lower()
    )


def is_bounded_host(request) -> bool:
    """A Host that may name a stored variant: a configured Site's hostname or a literal entry
    of ALLOWED_HOSTS (never one a wildcard admits), with no port or its Site's own port. Any
    other port (`localhost:1`, `localhost:2`, ...) would make a new key per request."""
    from wagtail.models import Site

    hostname, port = split_domain_port(request.get_host())
    site = Site.find_for_request(request)
    if site is None:
        return False
    if port and port != str(site.port):
        return False
    literal = {host.lower() for host in settings.ALLOWED_HOSTS if not host.startswith((".", "*"))}
    return hostname == site.hostname.lower() or hostname in literal


def storable_variant(request, key: str) -> bool:
    """The page cache's keys stay a finite, bounded set per generation (it shares Redis with
    nothing that must not be evicted, but a flood must not fill it either): an answer with a
    query is stored only when the view claimed every parameter with a value it knows
    (page_cache.facts.claim: a page number it has, a known category, year, unit or kind; a
    free-text search never, so nobody can tell from a hit what someone else searched), and
    every address but the canonical one (a query, another Host, "//") counts against
    PAGE_CACHE_MAX_VARIANTS per generation."""
    if not storable_address(request):
        return False
    if is_canonical_address(request, tracking_ignored=True):
        return True  # the canonical page's own key (a shared link's tracking dropped)
    return store.admit_variant(key.split(":")[1])


def storable_address(request) -> bool:
    """What storable_variant asks of the request alone (no query, no count): every query
    parameter claimed by the view, a bounded Host."""
    if request.GET and not set(request.GET) <= getattr(request, facts.CLAIMED, set()):
        return False
    return is_bounded_host(request)


def cache_key(token: str, request) -> str:
    query = urlencode(sorted((name, values[0]) for name, values in request.GET.lists()))
    encoding = "gzip" if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else ""
    # The Host in lower case: `LocalHost` is the canonical page (is_canonical_address), never
    # a key of its own per spelling (issue 18, verify18c 3).
    host = request.get_host().lower()
    parts = [request.scheme, host, request.path, query, get_language(), encoding]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"page:{token}:{digest}"


def cache_directives(response) -> set[str]:
    value = response.get("Cache-Control", "")
    return {part.split("=")[0].strip().lower() for part in cc_delim_re.split(value) if part}


def vary_headers(response) -> set[str]:
    return {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}


def request_left_state(request) -> bool:
    """The view wrote the session, queued a message or used a CSRF token: per visitor."""
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return True
    messages = getattr(request, "_messages", None)
    return bool(messages is not None and getattr(messages, "_queued_messages", None))


def is_public_response(request, response) -> bool:
    return (
        getattr(request, PUBLIC, False)
        and response.status_code == 200
        and not response.cookies
        and not (cache_directives(response) & PRIVATE_DIRECTIVES)
        and vary_headers(response) <= {"accept-encoding", "cookie"}
        and not request_left_state(request)
    )


def freeze(response) -> store.Entry | None:
    if response.streaming:
        length = response.get("Content-Length")
        if not (length and length.isdigit() and int(length) <= settings.PAGE_CACHE_MAX_BYTES):
            return None
        content = b"".join(response.streaming_content)
        # Served from what was read; the file is closed with the response, as always.
        response.streaming_content = [content]
    else:
        content = response.content
    compressed = False
    if len(content) > settings.PAGE_CACHE_MAX_BYTES:
        # A large body (the sitemap of a big DIP, for a client without gzip) is kept
        # compressed when that fits (issue 18, verify18c 4): never cached, each of its
        # requests rendered it again, seconds each.
        if len(content) > settings.PAGE_CACHE_MAX_BYTES * COMPRESSED_RATIO_LIMIT:
            return None
        content, compressed = zlib.compress(content, 6), True
        if len(content) > settings.PAGE_CACHE_MAX_BYTES:
            return None
    headers = tuple(response.items())
    return store.Entry(response.status_code, headers, content, compressed)


# A body larger than this many times PAGE_CACHE_MAX_BYTES is not even tried compressed.
COMPRESSED_RATIO_LIMIT = 32


def thaw(entry: store.Entry) -> HttpResponse:
    content = zlib.decompress(entry.content) if entry.compressed else entry.content
    response = HttpResponse(content, status=entry.status)
    for name, value in entry.headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """A hit is answered in process_view: after every middleware above has seen the request
    (rate limits count cached searches too), instead of the view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        strip_tracking_parameters(request)
        try:
            response = self.respond(request)
        finally:
            lock = getattr(request, "_page_cache_lock", None)
            if lock:
                # After the entry is stored (or not storable, or the view failed): the
                # waiting requests take the entry or render themselves at once. Only this
                # request's own lock: a render slower than PAGE_CACHE_LOCK_TIMEOUT has lost
                # it, maybe to another request whose lock stays (store.release).
                store.release(request._page_cache_key, lock)
        routes.keep(request, response)  # a route is remembered once it answered 200
        return response

    def respond(self, request):
        if not may_be_cacheable(request):
            return self.get_response(request)
        if is_cacheable_query(request):
            setattr(request, PUBLIC, True)
        # else maybe once process_view dropped what the view does not read
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        response = self.get_response(request)
        if not getattr(request, PUBLIC, False) or getattr(request, "_page_cache_hit", False):
            return response
        key = getattr(request, "_page_cache_key", None)  # set in process_view
        if (
            key
            # A public change in this request (maybe rolled back): nothing kept under the token.
            and facts.public_token(request) is not None
            and is_public_response(request, response)
            and "cookie" not in vary_headers(response)
            # An X-Accel-Redirect answer names a file nginx then sends from disk: kept, it
            # would skip the view's check of the file's bytes (ppid_pages.renditions).
            and not response.has_header("X-Accel-Redirect")
            # An answer that is never kept (a free-text search, a parameter the view did not
            # claim) asks nothing more here: the leaving check (CacheHeadersMiddleware) is
            # then its only read of the generation (issue 18, fix18h).
            and storable_address(request)
            # A change committed during the render: the page may show what it took down.
            and not superseded(request)
            and storable_variant(request, key)
        ):
            if not response.has_header("ETag") and not response.streaming:
                set_response_etag(response)
            entry = freeze(response)
            if entry is not None:
                store.put(key, entry)
        response["X-Page-Cache"] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        public_token = facts.public_token(request)
        if public_token is not None:
            sites.prepare(request, public_token)  # Wagtail's site, without its query
            path = view_args[0] if view_args else view_kwargs.get("path")
            if view_func is wagtail_serve and isinstance(path, str):
                # Wagtail's route and the page's view restrictions, without their queries
                routes.prepare(request, public_token, path)
        # Before the key is made, with the view (and the page) known.
        drop_unread_parameters(request, view_func)
        if may_be_cacheable(request) and is_cacheable_query(request):
            setattr(request, PUBLIC, True)
        if not getattr(request, PUBLIC, False):
            return None
        service = getattr(view_func, SERVICE_SCOPED, False)
        if service:  # the leaving check compares the service generation too (superseded)
            setattr(request, SERVICE_SCOPED, True)
        caching = settings.PAGE_CACHE_ENABLED and store.available()
        # Read at the start of the request (PublicGenerationMiddleware), never here.
        token = getattr(request, "_service_generation" if service else "_public_generation", None)
        if token is None or public_token is None or not caching:
            return None
        key = request._page_cache_key = cache_key(token, request)
        entry = store.get(key)
        if entry is None and not request.GET:
            # Only an address without a query waits for another request's render: an answer
            # with a query may never be kept (a free-text search, an unknown value: known only
            # after the view), and waiting for one another serialised every search.
            entry = self.single_flight(request, key)
        if entry is None:
            return None
        if is_asset_request(request) and not asset_still_public(request, view_args, view_kwargs):
            # Kept before the document's or image's row or bytes changed behind the
            # application's back (no public change): the view answers (and refuses it).
            return None
        request._page_cache_hit = True
        response = thaw(entry)
        response["X-Page-Cache"] = "hit"
        return response

    def process_template_response(self, request, response):
        return canonical_redirect(request, response)

    @staticmethod
    def single_flight(request, key: str) -> store.Entry | None:
        """A miss: one request renders the page (it holds the key's short lock), the others
        wait for its entry (issue 18, verify18c 4: a purged /sitemap.xml of 10,000 entries
        took 11 s a render, and every visitor meanwhile rendered it too). A waiter that does
        not get the entry in PAGE_CACHE_LOCK_WAIT seconds (the render failed, is not
        storable, or takes longer) renders it itself."""
        lock = store.acquire(key)
        if lock:
            request._page_cache_lock = lock
            return None
        deadline = time.monotonic() + settings.PAGE_CACHE_LOCK_WAIT
        while time.monotonic() < deadline:
            time.sleep(LOCK_POLL_SECONDS)
            entry = store.get(key)
            if entry is not None:
                return entry
            if not store.locked(key):  # rendered and not stored: render it here
                return None
        return None


LOCK_POLL_SECONDS = 0.05


class PublicGenerationMiddleware:
    """First thing of every GET or HEAD that may render public content (all but the admin and
    a bypass; a POST keeps nothing, see may_render_public), whatever its cache path (a HEAD,
    an unknown query, a cookie, Redis down, a service view): the public generation is read
    before anything public is. Every fact, answer and page the request keeps is kept under
    this token (page_cache.facts.begin). Near the top of settings.MIDDLEWARE, below the
    headers: no middleware above it reads public content."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if may_render_public(request):
            facts.begin(request)
        return self.get_response(request)


def may_render_public(request) -> bool:
    """A GET or HEAD outside the admin and the integrity watch's bypass. A POST (a request, an
    objection, a survey answer) keeps nothing under a token, so it reads none: what it
    renders (a form with its errors) is computed from the database (page_cache.facts: no
    token, compute), as a request that made a public change does."""
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get(BYPASS)
        and not request.path.startswith("/" + settings.WAGTAILADMIN_PATH)
    )


SUPERSEDED = "_page_cache_superseded"  # request attribute: a change was seen to commit


def superseded(request) -> bool:
    """A public change committed since this request read the public generation (begin): what
    it renders or was handed (a hit, another request's render it waited for) may be what that
    change took down, and a purge sent at the change's commit may already have reached the
    CDN, which would keep this answer for s-maxage after it (issue 18, verify18e 2). Asked
    when the response leaves: one primary-key query (generation.still_current; never a copy
    of the token kept elsewhere, which can lag the database: verify18f 1).
    False without a token to compare (a request that made a change reads none).

    Only a True answer is remembered on the request: once superseded, always superseded, so
    the leaving check of a render that was not kept for that reason asks no more. A False
    answer is never reused: a miss is asked before it is kept and again as it leaves, and a
    take-down committing between the two (the entry's write to Redis sits between them) must
    still make the response leave `private, no-store` (issue 18, fix18h)."""
    from . import generation

    if getattr(request, SUPERSEDED, False):
        return True
    token = getattr(request, "_public_generation", None)
    if token is None:
        return False
    # A service-scoped view's answer is keyed by the service generation too: a request, an
    # objection or a survey answer committed during its render retires it (attack18h 4).
    service = getattr(request, "_service_generation", None)
    if not getattr(request, SERVICE_SCOPED, False):
        service = None
    try:
        answer = not generation.still_current(token, service)
    except Exception:  # noqa: BLE001 - the database gone mid-request: not known to be current
        answer = True
    if answer:
        setattr(request, SUPERSEDED, True)
    return answer


class CacheHeadersMiddleware:
    """Cache-Control for everything Django answers: public pages briefly, the rest never."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            is_public_response(request, response)
            and not response.has_header("Cache-Control")
            # Checked last, as the response leaves: an answer older than a change committed
            # meanwhile (a take-down) is kept by no shared cache, not even nginx's micro-cache
            # (`private` in the README's example) (issue 18, verify18e 2).
            and not superseded(request)
        ):
            # Only the address a CDN purge names (page_cache.purge) may be kept by a shared
            # cache: a query, another spelling of the path or another Host is never purged.
            # Our own page cache keeps them, keyed by the generation (invalidated exactly).
            shared = settings.PAGE_CACHE_S_MAXAGE if is_canonical_address(request) else 0
            if is_asset_request(request):
                # A document or picture file stops being public with a take-down: shared
                # caches keep it no longer than this even if the purge does not reach them.
                shared = min(shared, settings.PAGE_CACHE_ASSET_S_MAXAGE)
            patch_cache_control(
                response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE, s_maxage=shared
            )
        elif not (cache_directives(response) & {"private", "no-store"}) or (
            "public" in cache_directives(response)
        ):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
        return response


class PublicGZipMiddleware(GZipMiddleware):
    """gzip for the text of public responses only: a response with a CSRF token or anything of
    one visitor is never compressed (BREACH); static files come compressed from WhiteNoise."""

    def process_response(self, request, response):
        if response.get("Content-Encoding") == "None":
            # Wagtail's document view (wagtail.utils.sendfile) writes the encoding that
            # mimetypes guessed, None for an uncompressed file, as the text "None": no
            # client knows that coding, and the page cache would keep and replay it.
            del response["Content-Encoding"]
        if not getattr(request, PUBLIC, False) or request_left_state(request):
            return response
        if not response.get("Content-Type", "").startswith(COMPRESSIBLE):
            return response
        if not response.streaming and not response.has_header("ETag"):
            # The ETag of the uncompressed body (made weak by the compression): gzip adds
            # random bytes (BREACH), so one of the compressed body would change with every
            # render and a gzip client would never get a 304 after one.
            set_response_etag(response)
        return super().process_response(request, response)
