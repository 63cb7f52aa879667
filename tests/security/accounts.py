"""Helpers for the account tests: users, logins and Wagtail's account form."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

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


def login(client, username: str = "admin", password: str = PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password})


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
