"""Password policy (SOP, accounts): character classes, no reuse of the last passwords, expiry.

Django's validators do the length (12) and the common-password list; these add the rest.
Every password change (any path: admin forms, `set_password`, commands) is recorded as a hash
in PasswordHistory by the user's save signals below; no plain password is ever stored.
"""

import datetime
import string

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

DEFAULT_MAX_AGE_DAYS = 180
HISTORY_KEPT = 5
CHANGED_MARK = "_ppid_password_changed"


class CharacterClassesValidator:
    """At least `min_classes` of: lowercase, uppercase, digits, symbols."""

    def __init__(self, min_classes: int = 3):
        self.min_classes = min_classes

    @staticmethod
    def classes(password: str) -> int:
        tests = (
            lambda c: c.islower(),
            lambda c: c.isupper(),
            lambda c: c in string.digits,
            lambda c: not c.isalnum(),
        )
        return sum(any(test(c) for c in password) for test in tests)

    def validate(self, password, user=None) -> None:
        if self.classes(password) < self.min_classes:
            raise ValidationError(self.get_help_text(), code="password_too_uniform")

    def get_help_text(self) -> str:
        return _(
            "Your password must contain at least %(count)d of these: lowercase letters, "
            "uppercase letters, digits, symbols."
        ) % {"count": self.min_classes}


class PasswordHistoryValidator:
    """Not the current password nor one of the user's last `count` passwords."""

    def __init__(self, count: int = HISTORY_KEPT):
        self.count = count

    def validate(self, password, user=None) -> None:
        if user is None or user.pk is None:
            return
        from .models import PasswordHistory

        encoded = list(
            PasswordHistory.objects.filter(user=user)
            .order_by("-created_at", "-pk")
            .values_list("password", flat=True)[: self.count]
        )
        if user.password:
            encoded.append(user.password)
        if any(check_password(password, value) for value in encoded):
            raise ValidationError(
                ngettext(
                    "You may not reuse your last password.",
                    "You may not reuse any of your last %(count)d passwords.",
                    self.count,
                )
                % {"count": self.count},
                code="password_reused",
            )

    def get_help_text(self) -> str:
        return ngettext(
            "Your password must differ from your last password.",
            "Your password must differ from your last %(count)d passwords.",
            self.count,
        ) % {"count": self.count}


def max_age() -> datetime.timedelta:
    return datetime.timedelta(
        days=getattr(settings, "SECURITY_PASSWORD_MAX_AGE_DAYS", DEFAULT_MAX_AGE_DAYS)
    )


def password_changed_at(user) -> datetime.datetime:
    """When the current password was set: its history entry, else when the user joined."""
    from .models import PasswordHistory

    latest = (
        PasswordHistory.objects.filter(user=user)
        .order_by("-created_at", "-pk")
        .values_list("created_at", flat=True)
        .first()
    )
    return latest or user.date_joined


def password_expired(user) -> bool:
    if not user.has_usable_password():
        return False
    return timezone.now() - password_changed_at(user) > max_age()


User = get_user_model()


def is_hash_upgrade(instance, update_fields) -> bool:
    """Django re-hashing the same password at login (`check_password`'s setter): no change."""
    return getattr(instance, "_password", None) is None and set(update_fields or ()) == {
        "password"
    }


@receiver(pre_save, sender=User)
def notice_password_change(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    if raw:
        return
    if update_fields is not None and "password" not in update_fields:
        changed = False  # e.g. last_login at every login: no query
    elif instance.pk is None:
        changed = True
    else:
        stored = sender.objects.filter(pk=instance.pk).values_list("password", flat=True).first()
        changed = stored != instance.password
    if changed and instance.pk is not None and is_hash_upgrade(instance, update_fields):
        changed = False
    setattr(instance, CHANGED_MARK, changed)


@receiver(post_save, sender=User)
def record_password_change(sender, instance, created, raw=False, **kwargs) -> None:
    if raw or not getattr(instance, CHANGED_MARK, False):
        return
    setattr(instance, CHANGED_MARK, False)
    if not instance.has_usable_password():
        return
    from . import audit
    from .models import PasswordHistory

    PasswordHistory.objects.create(user=instance, password=instance.password)
    stale = PasswordHistory.objects.filter(user=instance).order_by("-created_at", "-pk")[
        HISTORY_KEPT:
    ]
    PasswordHistory.objects.filter(pk__in=list(stale.values_list("pk", flat=True))).delete()
    if not created:
        audit.log_password_change(instance)
