"""Helpers for the account tests: users, logins and Wagtail's account form."""

import datetime
import time

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.models import PasswordHistory

PASSWORD = "Sandi-Awal-2026"


def make_admin(username: str = "admin", password: str = PASSWORD, **extra):
    return get_user_model().objects.create_superuser(
        username, email=f"{username}@contohkab.go.id", password=password, **extra
    )


def age_password(user, days: int) -> None:
    """Pretend the user's password history is `days` old."""
    then = timezone.now() - datetime.timedelta(days=days)
    PasswordHistory.objects.filter(user=user).update(created_at=then)


def give_device(user) -> TOTPDevice:
    """The user's confirmed TOTP device (made now if there is none)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="Telepon", confirmed=True)


def totp_code(device: TOTPDevice) -> str:
    """The code an authenticator app shows now for `device`: the next time step when this
    one was used already (django-otp refuses a code twice; it accepts one step ahead)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if device.last_t >= totp.t():
        totp.time += (device.last_t + 1 - totp.t()) * device.step
    return f"{totp.token():0{device.digits}d}"


def login(client, username: str = "admin", password: str = PASSWORD, second_factor=True):
    """Password login; then, unless `second_factor` is false, the TOTP step with a device
    given to the user. Returns the password step's response."""
    response = client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}
    )
    if second_factor and response.status_code == 302:
        device = give_device(get_user_model().objects.get(username=username))
        verified = client.post(reverse("security_2fa_verify"), {"code": totp_code(device)})
        assert verified.status_code == 302, "the second factor was refused"
    return response


def account_form(user, old: str, new: str) -> dict:
    return {
        "name_email-first_name": "Uji",
        "name_email-last_name": "Admin",
        "name_email-email": user.email,
        "notifications-submitted_notifications": "false",
        "notifications-approved_notifications": "false",
        "notifications-rejected_notifications": "false",
        "notifications-updated_comments_notifications": "false",
        "locale-preferred_language": "id",
        "locale-current_time_zone": "Asia/Jakarta",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "keyboard-shortcuts": "true",
        "password-old_password": old,
        "password-new_password1": new,
        "password-new_password2": new,
    }
