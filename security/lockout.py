"""Lockout after repeated failed logins (django-axes), per user and per client address, with an
unlock page for superusers. Lockouts and unlocks go to the audit log (security.audit).
"""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.dispatch import receiver
from django.shortcuts import render

from . import audit
from .ratelimit import client_address

User = get_user_model()


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' check on every login made through a request. Logins without one (shell,
    management commands) have no client to lock out and go on to the next backend."""

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def axes_client_ip(request) -> str | None:
    """The rate limiter's client address, as a plain IP (an IPv6 client counts per /64)."""
    address = client_address(request)
    if address == "unknown":
        return None
    return address.split("/", 1)[0]


def cool_off_minutes(request=None) -> int:
    cool_off = get_cool_off(request)
    return int(cool_off.total_seconds() // 60) if cool_off else 0


def locked_out_response(request, original_response=None, credentials=None):
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "minutes": cool_off_minutes(request),
    }
    return render(request, "security/locked_out.html", context, status=429)


@receiver(user_locked_out)
def log_lockout(sender, request, username, ip_address, **kwargs) -> None:
    audit.log_account_event(audit.LOCKOUT, username or "", ip_address)


def locked_attempts():
    """Attempt rows at or over the limit: what a superuser may unlock."""
    limit = settings.AXES_FAILURE_LIMIT
    return AccessAttempt.objects.filter(failures_since_start__gte=limit).order_by("-attempt_time")


def unlock(*, username: str | None = None, ip_address: str | None = None, by=None) -> int:
    """Forget the failed attempts of a username or of an address (axes' reset)."""
    if not username and not ip_address:
        return 0
    removed = 0
    if username:
        removed += reset(username=username)
    if ip_address:
        removed += reset(ip=ip_address)
    audit.log_account_event(audit.UNLOCK, username or "", ip_address, by=by)
    return removed


def is_locked(username: str = "", ip_address: str = "") -> bool:
    query = Q()
    if username:
        query |= Q(username=username)
    if ip_address:
        query |= Q(ip_address=ip_address)
    return bool(query) and locked_attempts().filter(query).exists()


def unlock_view(request):
    """Superusers only: locked usernames and addresses, each with an unlock button."""
    from django.contrib import messages
    from django.core.exceptions import PermissionDenied
    from django.shortcuts import redirect
    from django.utils.translation import gettext as _

    if not request.user.is_superuser:
        raise PermissionDenied
    if request.method == "POST":
        username = request.POST.get("username", "").strip()
        ip_address = request.POST.get("ip_address", "").strip()
        if unlock(username=username or None, ip_address=ip_address or None, by=request.user):
            messages.success(
                request, _("Login unlocked: %(who)s.") % {"who": username or ip_address}
            )
        return redirect("security_lockouts")
    return render(
        request,
        "security/lockouts.html",
        {"attempts": locked_attempts(), "minutes": cool_off_minutes(request)},
    )
