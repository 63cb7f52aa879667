"""Two-factor authentication (django-otp): a TOTP device and 10 backup codes for every account.

After the password, a session is only half logged in until a code from the user's confirmed
TOTP device (or one backup code) verifies it: the admin opens only the login, logout, password
reset and 2FA pages, and the public site treats the session as anonymous (no private documents,
no previews). A user without a confirmed device is sent to enrol one. Failed codes are failed
logins for django-axes (lockout) on top of django-otp's own growing delay per device, and every
step is in the audit log. A superuser may reset a user's 2FA (the user enrols again).
"""

import base64
import io

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from . import audit, seals
from .sessions import in_admin

BACKUP_CODE_COUNT = 10
TOTP_DEVICE_NAME = "Aplikasi autentikator"
BACKUP_DEVICE_NAME = "Kode cadangan"
# Backup codes to show once, right after they were made (session key).
NEW_BACKUP_CODES = "ppid_new_backup_codes"

# Admin views open before the second factor (and those that must stay open for everyone).
OPEN_BEFORE_VERIFICATION = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "security_2fa_verify",
    "security_2fa_enrol",
}
# The views of the 2FA steps themselves (also open while a password is expired).
TWO_FACTOR_VIEWS = {"security_2fa_verify", "security_2fa_enrol", "security_2fa_backup_codes"}


def issuer() -> str:
    """The issuer shown in authenticator apps (OTP_TOTP_ISSUER, else the site's name)."""
    return getattr(settings, "OTP_TOTP_ISSUER", None) or settings.WAGTAIL_SITE_NAME


def is_verified(request) -> bool:
    user = request.user
    return bool(user.is_authenticated and getattr(user, "is_verified", lambda: False)())


def confirmed_totp_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_totp_device(user) -> TOTPDevice:
    """The unconfirmed device being enrolled (one per user, kept across page loads)."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def secret_text(device: TOTPDevice) -> str:
    """The key as base32 in groups of four, for typing into an authenticator app."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_data_uri(device: TOTPDevice) -> str:
    """The otpauth:// URL as an SVG QR code in a data: URI (made here: no outside request)."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def new_backup_codes(user) -> list[str]:
    """Replace the user's backup codes with 10 new ones (each works once)."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
        with seals.application_write([user.pk]):  # bulk_create sends no signal
            StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def normalise(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def is_totp_code(code: str) -> bool:
    return len(code) == 6 and code.isdigit()


def verify_code(user, code: str):
    """The device that accepts `code` (TOTP for six digits, else a backup code), or None.

    Wrong codes count on the device (django-otp's throttling: a growing delay, kept until a
    right code, whatever happens to the password)."""
    code = normalise(code)
    if not code:
        return None
    model = TOTPDevice if is_totp_code(code) else StaticDevice
    with transaction.atomic():
        for device in model.objects.devices_for_user(user, confirmed=True).select_for_update():
            if device.verify_token(code):
                return device
    return None


def throttled_seconds(user, code: str) -> int:
    """Seconds the user must wait before the device would check `code` at all (0: none)."""
    from django.utils import timezone

    code = normalise(code)
    model = TOTPDevice if is_totp_code(code) else StaticDevice
    waits = []
    for device in model.objects.devices_for_user(user, confirmed=True):
        allowed, data = device.verify_is_allowed()
        if not allowed and data and data.get("locked_until"):
            waits.append(int((data["locked_until"] - timezone.now()).total_seconds()) + 1)
    return max(waits, default=0)


def confirm_enrolment(request, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the pending device with a code from it: then new backup codes, a verified
    session and an audit entry. None when the code is wrong."""
    if not device.verify_token(normalise(code)):
        return None
    with transaction.atomic():
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = new_backup_codes(device.user)
    otp_login(request, device)
    log(device.user, audit.TWO_FACTOR_ENROLLED, user=device.user)
    return codes


def record_verification(request, device) -> None:
    """The session is verified by `device`: keep it there and log which kind of code it was."""
    otp_login(request, device)
    if isinstance(device, StaticDevice):
        left = backup_codes_left(request.user)
        log(request.user, audit.BACKUP_CODE_USED, user=request.user, data={"left": left})
    else:
        log(request.user, audit.TWO_FACTOR_VERIFIED, user=request.user)


def record_failure(request) -> bool:
    """A wrong code: a failed login for django-axes and the audit log. True when this locks
    the account or address out (the caller then ends the session)."""
    user_login_failed.send(
        sender=__name__,
        credentials={"username": request.user.get_username(), "second_factor": True},
        request=request,
    )
    return bool(getattr(request, "axes_locked_out", False))


def reset(user, by) -> None:
    """Superuser recovery: every device and backup code of `user` goes; the user enrols again
    (an open session of theirs is no longer verified)."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
    log(user, audit.TWO_FACTOR_RESET, user=by)


def safe_next(request, default: str = "") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default or reverse("wagtailadmin_home")


class TwoFactorMiddleware:
    """Until the second factor is verified: the admin sends every other view to verification
    (or enrolment), and the rest of the site sees an anonymous visitor. After
    django_otp.middleware.OTPMiddleware and security.sessions.IdleSessionMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # The real user from here on, so that Wagtail's log() sees a model instance.
        request.user = audit.concrete(request.user)
        if not request.user.is_authenticated or is_verified(request):
            return None
        if not in_admin(request):
            request.user = AnonymousUser()
            return None
        url_name = request.resolver_match.url_name if request.resolver_match else None
        if url_name in OPEN_BEFORE_VERIFICATION:
            return None
        # A device id left in the session (device reset or removed) is dropped by OTPMiddleware.
        request.session.pop(DEVICE_ID_SESSION_KEY, None)
        step = "security_2fa_verify"
        if confirmed_totp_device(request.user) is None and not backup_codes_left(request.user):
            step = "security_2fa_enrol"
        target = reverse(step)
        if request.method == "GET":
            target += "?" + _query({"next": request.get_full_path()})
        return redirect(target)


def _query(params: dict) -> str:
    from urllib.parse import urlencode

    return urlencode(params)
