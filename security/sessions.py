"""Accounts in the admin: idle sessions end (SECURITY_SESSION_IDLE_MINUTES, default 30) and an
expired password (SECURITY_PASSWORD_MAX_AGE_DAYS) must be changed before anything else.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .passwords import max_age, password_expired

DEFAULT_IDLE_MINUTES = 30
LAST_ACTIVITY = "ppid_last_activity"
PASSWORD_EXPIRED = "ppid_password_expired"  # noqa: S105
# Stamp the session at most once a minute, not on every request.
STAMP_INTERVAL = 60
# While the password is expired, only these admin views answer.
OPEN_WHEN_EXPIRED = {
    "wagtailadmin_account",
    "wagtailadmin_logout",
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    # The second factor comes first (security.twofactor).
    "security_2fa_verify",
    "security_2fa_enrol",
    "security_2fa_backup_codes",
}


def idle_seconds() -> int:
    return 60 * getattr(settings, "SECURITY_SESSION_IDLE_MINUTES", DEFAULT_IDLE_MINUTES)


def in_admin(request) -> bool:
    return request.path.startswith(reverse("wagtailadmin_home"))


@receiver(user_logged_in)
def start_session(sender, request, user, **kwargs) -> None:
    if request is None or not hasattr(request, "session"):
        return
    request.session[LAST_ACTIVITY] = int(time.time())
    if password_expired(user):
        request.session[PASSWORD_EXPIRED] = True


class IdleSessionMiddleware:
    """Logs out a session idle for longer than the limit (after AuthenticationMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        if session.get(SESSION_KEY) is not None:
            now = int(time.time())
            last = session.get(LAST_ACTIVITY)
            if last is not None and now - last > idle_seconds():
                logout(request)
                if in_admin(request):
                    messages.warning(
                        request,
                        _(
                            "You were logged out because you were inactive for more than "
                            "%(minutes)d minutes. Please log in again."
                        )
                        % {"minutes": idle_seconds() // 60},
                    )
            elif last is None or now - last >= STAMP_INTERVAL:
                session[LAST_ACTIVITY] = now
        return self.get_response(request)


class PasswordExpiryMiddleware:
    """After a login with an expired password, the admin only offers the account page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.session.get(PASSWORD_EXPIRED) or not request.user.is_authenticated:
            return None
        if not in_admin(request):
            return None
        if not password_expired(request.user):
            del request.session[PASSWORD_EXPIRED]
            return None
        url_name = request.resolver_match.url_name if request.resolver_match else None
        if url_name == "wagtailadmin_account" and request.method == "GET":
            messages.warning(request, expired_message())
        if url_name in OPEN_WHEN_EXPIRED:
            return None
        return redirect("wagtailadmin_account")


def expired_message() -> str:
    return _(
        "Your password is more than %(days)d days old and has expired. Change it now: the "
        "admin is closed to you until you do."
    ) % {"days": max_age().days}
