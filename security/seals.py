"""Account seals (issue 13, fix13o): what makes an account able to log in and approve is
bound to a key the database does not hold.

A database insider (SQL, no application secret) could overwrite a reviewer's password hash
with one of their own (Django's hashers are salted, not keyed), read the TOTP key in clear,
log in as that reviewer, approve, and put the hash back; or add rows to auth_user_groups, or
flip is_superuser. Every account now has a seal: the audit chain's keyed hash
(integrity.chain.link_hash under AUDIT_CHAIN_KEY, the same key and HMAC, no second key scheme)
over the account's password hash, e-mail, is_active, is_staff, is_superuser, group ids, direct
permission ids, confirmed TOTP keys and confirmed backup codes (a SHA-256 of them). Only the
application's own writes reseal: the ORM receivers below (set_password and save, the admin
user and group views, 2FA enrolment and reset, a backup code used, management commands, the
demo loader, the test factories) — and only when the account matched its seal before the
change, so an app write after an SQL change never launders it.

The seal is checked at login (SealedModelBackend) and on every state-changing request of a
logged-in user (SealCheckMiddleware: every approval, finish, force publication, false-positive
marking, user or group change). A mismatch refuses, logs the user out with an Indonesian
message, writes `ppid.auth.seal_mismatch` in the audit log and raises an integrity alert.
Without AUDIT_CHAIN_KEY (development) the seal is plain SHA-256, like the chain's links.

`seal_accounts` (management command) reseals on the server's command line: the recovery after
an investigated mismatch, by someone who holds the key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from contextlib import contextmanager

from celery.signals import task_prerun
from django.apps import apps as django_apps
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.core.signals import request_started
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

SEAL_MISMATCH = "ppid.auth.seal_mismatch"
RESEALED = "ppid.auth.resealed"
SEAL_KIND = "ppid.account.seal"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}

User = django_apps.get_model(settings.AUTH_USER_MODEL)


def account_state(user_id: int, apps=django_apps) -> dict | None:
    """What the seal covers, as stored in the database (None: no such account)."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    row = (
        user_model.objects.filter(pk=user_id)
        .values("password", "email", "is_active", "is_staff", "is_superuser")
        .first()
    )
    if row is None:
        return None
    groups = user_model.groups.through.objects.filter(user_id=user_id)
    permissions = user_model.user_permissions.through.objects.filter(user_id=user_id)
    devices = apps.get_model("otp_totp", "TOTPDevice").objects.filter(
        user_id=user_id, confirmed=True
    )
    return {
        "id": user_id,
        **row,
        "groups": sorted(groups.values_list("group_id", flat=True)),
        "permissions": sorted(permissions.values_list("permission_id", flat=True)),
        "totp": sorted(devices.values_list("key", flat=True)),
        "backup": backup_codes_digest(user_id, apps),
    }


def backup_codes_digest(user_id: int, apps=django_apps) -> str:
    """The confirmed backup codes (django-otp static tokens) of the account, as one SHA-256:
    a code inserted in SQL is a second factor the application never gave."""
    tokens = apps.get_model("otp_static", "StaticToken").objects.filter(
        device__user_id=user_id, device__confirmed=True
    )
    rows = sorted(tokens.values_list("device_id", "token"))
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()


def digest_of(state: dict) -> str:
    from integrity.chain import chain_key, link_hash

    return link_hash("", SEAL_KIND, state, chain_key())


def seal(user_id: int, apps=django_apps, create: bool = True) -> None:
    """Seal the account as it is stored now (the application's own write). `create=False`:
    only an existing seal is renewed (a change while the account is being deleted, whose
    seal is already gone, writes none)."""
    state = account_state(user_id, apps)
    if state is None:
        return
    seals = apps.get_model("security", "AccountSeal").objects
    if create:
        seals.update_or_create(user_id=user_id, defaults={"digest": digest_of(state)})
    else:
        seals.filter(user_id=user_id).update(digest=digest_of(state))


def intact(user_id: int) -> bool:
    """True when the account as stored matches its seal."""
    from .models import AccountSeal

    stored = AccountSeal.objects.filter(user_id=user_id).values_list("digest", flat=True).first()
    state = account_state(user_id)
    if stored is None or state is None:
        return False
    return hmac.compare_digest(stored, digest_of(state))


def refuse(user, request=None, action: str = "") -> None:
    """A mismatch: an audit entry on the account and an integrity alert."""
    from wagtail.log_actions import log

    from integrity.alerts import record
    from integrity.models import AlertKind
    from integrity.watch import Observation

    from .audit import address_of

    ip = address_of(request)
    log(user, SEAL_MISMATCH, user=None, data={"action": action, "ip": ip})
    title = _("Account %(username)s changed outside the application") % {
        "username": user.get_username()
    }
    record(
        [
            Observation(
                page=None,
                url=f"account:{user.pk}",
                kind=AlertKind.ACCOUNT_CHANGED,
                detail=_(
                    "The password, e-mail, roles or second factor of %(username)s in the "
                    "database do not match what the application wrote (refused: %(action)s)."
                )
                % {"username": user.get_username(), "action": action},
                title=title,
            )
        ]
    )


def checked(user, request=None, action: str = "") -> bool:
    """The seal check of an action: False (refused, logged, alerted) on a mismatch."""
    from .audit import concrete

    user = concrete(user)
    if user is None or not user.pk or intact(user.pk):
        return True
    refuse(user, request, action)
    return False


class SealedModelBackend(ModelBackend):
    """Django's model backend, refusing a login to an account that does not match its seal."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None and not checked(user, request, "login"):
            return None
        return user


class SealCheckMiddleware:
    """Every state-changing request of a logged-in user: the account must match its seal
    (after AuthenticationMiddleware and MessageMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.method not in SAFE_METHODS
            and user is not None
            and user.is_authenticated
            and not checked(user, request, request.path)
        ):
            logout(request)
            messages.error(
                request,
                _(
                    "Your account in the database does not match what the application wrote "
                    "(the password, e-mail, roles or second factor were changed outside the "
                    "application). Nothing was done; the integrity watch has been alerted."
                ),
            )
            return redirect(settings.LOGIN_URL)
        return self.get_response(request)


# The application's own writes reseal an account that matched its seal before the change.
_local = threading.local()


def _before(user_ids) -> None:
    pending = _local.__dict__.setdefault("pending", {})
    for user_id in user_ids:
        if user_id is not None and user_id not in pending:
            pending[user_id] = intact(user_id)


def _after(user_ids) -> None:
    pending = _local.__dict__.setdefault("pending", {})
    for user_id in user_ids:
        if user_id is not None and pending.pop(user_id, False):
            seal(user_id, create=False)


@contextmanager
def application_write(user_ids):
    """A write of the application that sends no model signal (bulk_create, update): the
    accounts are resealed after it when they matched their seals before."""
    user_ids = list(user_ids)
    _before(user_ids)
    try:
        yield
    finally:
        _after(user_ids)


@receiver(request_started)
@receiver(task_prerun)
def forget_pending(**kwargs) -> None:
    """A save that failed between its pre and post signals leaves its account here as "intact
    before the change"; a later request or Celery task in this thread must not reseal by that
    old answer (an SQL change made in between would be laundered by the next application
    write)."""
    _local.__dict__.pop("pending", None)
    _local.__dict__.pop("cleared", None)


LOGIN_ONLY = frozenset({"last_login"})


@receiver(pre_save, sender=User)
def user_before(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    if raw or instance.pk is None or (update_fields and set(update_fields) <= LOGIN_ONLY):
        return
    if User._default_manager.filter(pk=instance.pk).exists():
        _before([instance.pk])


@receiver(post_save, sender=User)
def user_after(sender, instance, created, raw=False, update_fields=None, **kwargs) -> None:
    if raw or (update_fields and set(update_fields) <= LOGIN_ONLY):
        return
    if created:
        _local.__dict__.setdefault("pending", {}).pop(instance.pk, None)
        seal(instance.pk)
    else:
        _after([instance.pk])


def _m2m_users(instance, reverse, pk_set, action) -> list[int]:
    if not reverse:
        return [instance.pk]
    if action.endswith("clear"):
        return list(instance.user_set.values_list("pk", flat=True))
    return list(pk_set or ())


@receiver(m2m_changed, sender=User.groups.through)
@receiver(m2m_changed, sender=User.user_permissions.through)
def roles_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    users = _m2m_users(instance, reverse, pk_set, action)
    if action in ("pre_add", "pre_remove", "pre_clear"):
        _local.__dict__["cleared"] = users if action == "pre_clear" else None
        _before(users)
    elif action in ("post_add", "post_remove"):
        _after(users)
    elif action == "post_clear":
        _after(_local.__dict__.pop("cleared", None) or users)


@receiver(pre_delete, sender=Group)
def group_before_delete(sender, instance, **kwargs) -> None:
    members = list(instance.user_set.values_list("pk", flat=True))
    instance._sealed_members = members
    _before(members)


@receiver(post_delete, sender=Group)
def group_after_delete(sender, instance, **kwargs) -> None:
    _after(getattr(instance, "_sealed_members", []))


@receiver(pre_save, sender=TOTPDevice)
@receiver(pre_delete, sender=TOTPDevice)
def device_before(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        _before([instance.user_id])


@receiver(post_save, sender=TOTPDevice)
@receiver(post_delete, sender=TOTPDevice)
def device_after(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        _after([instance.user_id])


@receiver(pre_save, sender=StaticDevice)
@receiver(pre_delete, sender=StaticDevice)
def backup_device_before(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        _before([instance.user_id])


@receiver(post_save, sender=StaticDevice)
@receiver(post_delete, sender=StaticDevice)
def backup_device_after(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        _after([instance.user_id])


def _token_owner(token) -> int | None:
    return (
        StaticDevice.objects.filter(pk=token.device_id).values_list("user_id", flat=True).first()
    )


@receiver(pre_save, sender=StaticToken)
@receiver(pre_delete, sender=StaticToken)
def backup_code_before(sender, instance, raw=False, **kwargs) -> None:
    """A backup code given or used (django-otp deletes the code it accepts)."""
    if not raw:
        instance._sealed_owner = _token_owner(instance)
        _before([instance._sealed_owner])


@receiver(post_save, sender=StaticToken)
@receiver(post_delete, sender=StaticToken)
def backup_code_after(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        _after([getattr(instance, "_sealed_owner", None)])
