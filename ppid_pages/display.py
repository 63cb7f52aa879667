"""Text size and contrast switch of the public site, without JavaScript and cache-safe.

The switch is two pairs of plain links in every page's header. A link goes to `display_settings`,
which stores the choice in a cookie and sends the visitor back. The choice reaches the browser
through one small stylesheet, `display_css` (/tampilan.css): it imports the large-text and/or
high-contrast stylesheets the cookies ask for. The HTML of every page is the same for every
visitor: only /tampilan.css varies with the cookies, and it is `private, no-cache` with
`Vary: Cookie`, so shared caches never keep a visitor's choice and page caches need not vary.
"""

import hashlib

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import condition, require_GET

# cookie -> (query parameter, {value: stylesheet or "" for the default})
OPTIONS = {
    "ppid_teks": ("teks", {"normal": "", "besar": "css/large-text.css"}),
    "ppid_kontras": ("kontras", {"normal": "", "tinggi": "css/high-contrast.css"}),
}
COOKIE_AGE = 365 * 24 * 60 * 60
CHOSEN_STYLE = "font-weight: 700; text-decoration-thickness: 3px;"


def chosen(request: HttpRequest) -> dict[str, str]:
    """The visitor's valid choices, {cookie: value}; unknown values count as the default."""
    choices = {}
    for cookie, (_param, values) in OPTIONS.items():
        value = request.COOKIES.get(cookie, "normal")
        choices[cookie] = value if value in values else "normal"
    return choices


@require_GET
def display_settings(request: HttpRequest) -> HttpResponse:
    """`?teks=besar` / `?kontras=tinggi` (or `normal`), then back to `kembali` on this site."""
    back = request.GET.get("kembali", "/")
    if not back.startswith("/") or not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = "/"
    response = redirect(back)
    for cookie, (param, values) in OPTIONS.items():
        value = request.GET.get(param)
        if value in values:
            response.set_cookie(
                cookie,
                value,
                max_age=COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
    patch_cache_control(response, no_store=True)
    return response


def stylesheet(request: HttpRequest) -> str:
    """@import rules for the chosen stylesheets, then the mark on the chosen links."""
    lines = ["/* Tampilan pilihan pengunjung (ppid_pages.display) */"]
    choices = chosen(request)
    for cookie, value in choices.items():
        path = OPTIONS[cookie][1][value]
        if path:
            lines.append(f'@import url("{staticfiles_storage.url(path)}");')
    for cookie, value in choices.items():
        choice = f"{OPTIONS[cookie][0]}-{value}"
        lines.append(f'.display-switch a[data-choice="{choice}"] {{ {CHOSEN_STYLE} }}')
        lines.append(f'.display-switch a[data-choice="{choice}"]::after {{ content: " \\2713"; }}')
    return "\n".join(lines) + "\n"


def stylesheet_etag(request: HttpRequest) -> str:
    return hashlib.sha256(stylesheet(request).encode()).hexdigest()[:16]


@require_GET
@condition(etag_func=stylesheet_etag)
def display_css(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(stylesheet(request), content_type="text/css; charset=utf-8")
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    return response
