"""Every admin URL pattern, filled with real objects, and what a request to it came to.

Used by the role matrix (test_role_matrix.py) and the CSRF suite (test_csrf.py): the patterns are
found by walking Django's resolver under the admin path, so views added later are checked too.
"""

import dataclasses
import re
from collections.abc import Iterator

from django.conf import settings
from django.contrib.messages import constants as message_levels
from django.db import transaction
from django.db.models import Model
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse


@dataclasses.dataclass(frozen=True)
class AdminURL:
    name: str  # the full name, with namespaces: "wagtailadmin_pages:edit"
    params: tuple[str, ...]  # the URL's keyword arguments
    callback: object

    @property
    def model(self):
        """The model a generic (viewset) view works on, if it says."""
        for source in (self.callback, getattr(self.callback, "__wrapped__", None)):
            initkwargs = getattr(source, "view_initkwargs", None) or {}
            view_class = getattr(source, "view_class", None)
            for model in (initkwargs.get("model"), getattr(view_class, "model", None)):
                if isinstance(model, type) and issubclass(model, Model):
                    return model
        return None


def walk(patterns, namespaces=(), params=()) -> Iterator[tuple[str, tuple, tuple, object]]:
    for pattern in patterns:
        names = tuple(pattern.pattern.regex.groupindex)
        if isinstance(pattern, URLResolver):
            inner = namespaces + ((pattern.namespace,) if pattern.namespace else ())
            yield from walk(pattern.url_patterns, inner, params + names)
        elif isinstance(pattern, URLPattern):
            yield pattern, namespaces, params + names, pattern.callback


def admin_urls() -> list[AdminURL]:
    """Every named URL pattern under the admin path, once per (name, parameters)."""
    admin_prefix = "/" + settings.WAGTAILADMIN_PATH.strip("/") + "/"
    found: dict[tuple, AdminURL] = {}
    for pattern, namespaces, params, callback in walk(get_resolver().url_patterns):
        if not pattern.name:
            continue
        name = ":".join((*namespaces, pattern.name))
        key = (name, tuple(sorted(params)))
        if key in found:
            continue
        try:
            # Only those the admin path holds (a probe with placeholder values).
            probe = reverse(name, kwargs=dict.fromkeys(params, "1"))
        except NoReverseMatch:
            probe = None
        if probe is not None and not probe.startswith(admin_prefix):
            continue
        if probe is None and not name.startswith(("wagtail", "security", "sop", "integrity")):
            continue
        found[key] = AdminURL(name, tuple(sorted(params)), callback)
    return sorted(found.values(), key=lambda url: (url.name, url.params))


def fill(url: AdminURL, values: dict) -> str | None:
    """The URL with real objects' ids (None when some parameter has no value)."""
    kwargs = {}
    for param in url.params:
        if param == "pk" and url.model is not None:
            obj = url.model._default_manager.order_by("pk").first()
            if obj is None:
                return None
            kwargs[param] = obj.pk
        elif param in values:
            kwargs[param] = values[param]
        else:
            return None
    try:
        return reverse(url.name, kwargs=kwargs)
    except NoReverseMatch:
        return None


ALLOWED = "allowed"
REFUSED = "refused"
ABSENT = "absent"  # 404/405: nothing there for this request


def outcome(response, client=None) -> str:
    """What a response means for access: allowed, refused (400/403, sent to the login page, or
    Wagtail's "no permission" redirect with its error message) or absent (404/405). A redirect
    elsewhere in the admin is followed once (with `client`): a view that only redirects to a
    page the user may not see is no access either."""
    status = response.status_code
    if status in (400, 401, 403):
        return REFUSED
    if status in (404, 405, 410):
        return ABSENT
    if status in (301, 302, 303):
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return REFUSED
        if location.startswith(reverse("security_2fa_verify")) or location.startswith(
            reverse("security_2fa_enrol")
        ):
            return REFUSED
        storage = getattr(response.wsgi_request, "_messages", None)
        queued = getattr(storage, "_queued_messages", [])
        if location == reverse("wagtailadmin_home") and any(
            message.level == message_levels.ERROR for message in queued
        ):
            return REFUSED
        admin_prefix = reverse("wagtailadmin_home")
        if client is not None and location.startswith(admin_prefix):
            followed = request(client, "get", location)
            if isinstance(followed, Exception):
                return ALLOWED
            return outcome(followed)
    return ALLOWED


def request(client, method: str, path: str, **data):
    """One request whose database changes are rolled back (so a POST cannot change what the
    next check sees). Exceptions are answers too: a crash is not access."""
    with transaction.atomic():
        try:
            response = getattr(client, method)(path, data, HTTP_HOST="testserver")
        except Exception as error:  # noqa: BLE001 - reported, not hidden
            response = error
        transaction.set_rollback(True)
    return response


PERMISSION_DENIED_TEXT = re.compile(r"permission|izin", re.IGNORECASE)
