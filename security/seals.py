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

The role configuration has one seal of its own, under the same key (RoleSeal, `role_state`):
what each group may do (auth_group_permissions, Wagtail's page and collection permissions),
the groups' names and the groups of every workflow approval task (Wagtail's GroupApprovalTask
and this project's task models). A row added in SQL (publish or approve rights for the
Operator group, the Operator group in a review task) would let one person act as a reviewer
they are not. It is resealed by the application's writes of those rows (Wagtail's group and
task views, the role-grant flow, the role sync after `migrate`, the demo loader, the test
factories) when it matched before, and checked with the account's seal: at login, on every
state-changing request and in the workflow's approval and finish paths.

`seal_accounts` (management command) reseals on the server's command line: the recovery after
an investigated mismatch, by someone who holds the key (`--roles` for the role seal).
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
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_delete,
    pre_migrate,
    pre_save,
)
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

SEAL_MISMATCH = "ppid.auth.seal_mismatch"
ROLES_MISMATCH = "ppid.auth.roles_seal_mismatch"
ROLES_RESEALED = "ppid.auth.roles_resealed"
ROLES_KIND = "ppid.roles.seal"
ROLES = "roles"  # the role seal's entry in the pending state (account entries are user ids)
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
    """A mismatch: an audit entry on the account and an integrity alert, kept through the
    rollback of the refused step (security.refusals)."""
    from .refusals import write_surviving_rollback

    ip = address_of_request(request)

    def write() -> None:
        from wagtail.log_actions import log

        from integrity.alerts import record
        from integrity.models import AlertKind
        from integrity.watch import Observation

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
                        "database do not match what the application wrote (refused: "
                        "%(action)s)."
                    )
                    % {"username": user.get_username(), "action": action},
                    title=title,
                )
            ]
        )

    write_surviving_rollback(write)


ACCOUNT_CHANGED = gettext_lazy(
    "Your account in the database does not match what the application wrote (the password, "
    "e-mail, roles or second factor were changed outside the application). Nothing was done; "
    "the integrity watch has been alerted."
)


def checked(user, request=None, action: str = "") -> bool:
    """The seal check of an action: False (refused, logged, alerted) on a mismatch."""
    from .audit import concrete

    user = concrete(user)
    if user is None or not user.pk or intact(user.pk):
        return True
    refuse(user, request, action)
    return False


def approval_task_models(apps=django_apps) -> list:
    """Every concrete workflow task model whose groups approve (Wagtail's GroupApprovalTask,
    moderation.SopReviewTask, sop_governance's PlanTask...)."""
    from wagtail.models import AbstractGroupApprovalTask

    return [
        model
        for model in apps.get_models()
        if issubclass(model, AbstractGroupApprovalTask) and not model._meta.proxy
    ]


def role_state() -> list:
    """What defines who may approve and publish, as stored: one query (a UNION of the rows)."""
    from django.db.models import CharField, F, IntegerField, Value
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    def rows(queryset, kind, a, b, c=None, name=None):
        return queryset.annotate(
            seal_kind=Value(kind, output_field=CharField()),
            seal_a=F(a),
            seal_b=F(b),
            seal_c=F(c) if c else Value(0, output_field=IntegerField()),
            seal_name=F(name) if name else Value("", output_field=CharField()),
        ).values_list("seal_kind", "seal_a", "seal_b", "seal_c", "seal_name")

    parts = [
        rows(Group.objects.all(), "group", "pk", "pk", name="name"),
        rows(Group.permissions.through.objects.all(), "perm", "group_id", "permission_id"),
        rows(GroupPagePermission.objects.all(), "page", "group_id", "page_id", "permission_id"),
        rows(
            GroupCollectionPermission.objects.all(),
            "collection",
            "group_id",
            "collection_id",
            "permission_id",
        ),
    ]
    for model in approval_task_models():
        through = model.groups.through
        parts.append(
            rows(
                through.objects.all(),
                model._meta.label_lower,
                f"{model._meta.model_name}_id",
                "group_id",
            )
        )
    first, *rest = parts
    return sorted(list(row) for row in first.union(*rest, all=True))


def roles_digest(state: list) -> str:
    from integrity.chain import chain_key, link_hash

    return link_hash("", ROLES_KIND, {"id": 1, "rows": state}, chain_key())


def seal_roles() -> None:
    """Seal the role configuration as it is stored now (the application's own write)."""
    from .models import RoleSeal

    RoleSeal.objects.update_or_create(pk=1, defaults={"digest": roles_digest(role_state())})


def roles_intact() -> bool:
    """True when the role configuration as stored matches its seal (one small query for the
    seal, one for the rows, one HMAC; nothing kept across requests)."""
    from .models import RoleSeal

    stored = RoleSeal.objects.filter(pk=1).values_list("digest", flat=True).first()
    if stored is None:
        return False
    return hmac.compare_digest(stored, roles_digest(role_state()))


def refuse_roles(user, request=None, action: str = "") -> None:
    """A mismatch of the role configuration: an audit entry on the acting account and an
    integrity alert, kept through the rollback of the refused step (security.refusals)."""
    from .refusals import write_surviving_rollback

    ip = address_of_request(request)

    def write() -> None:
        from wagtail.log_actions import log

        from integrity.alerts import record
        from integrity.models import AlertKind
        from integrity.watch import Observation

        log(user, ROLES_MISMATCH, user=None, data={"action": action, "ip": ip})
        record(
            [
                Observation(
                    page=None,
                    url="roles",
                    kind=AlertKind.ACCOUNT_CHANGED,
                    detail=_(
                        "The permissions of the groups or the groups of a workflow task in "
                        "the database do not match what the application wrote (refused: "
                        "%(action)s, by %(username)s)."
                    )
                    % {"action": action, "username": user.get_username()},
                    title=_("Roles changed outside the application"),
                )
            ]
        )

    write_surviving_rollback(write)


def address_of_request(request) -> str | None:
    from .audit import address_of

    return address_of(request)


def roles_checked(user, request=None, action: str = "") -> bool:
    """The role seal check of an action: False (refused, logged, alerted) on a mismatch."""
    from .audit import concrete

    if roles_intact():
        return True
    user = concrete(user)
    if user is not None and getattr(user, "pk", None):
        refuse_roles(user, request, action)
    return False


ROLES_CHANGED = gettext_lazy(
    "The roles in the database do not match what the application wrote (the permissions of "
    "a group or the groups of a workflow task were changed outside the application). Nothing "
    "was done; the integrity watch has been alerted."
)


class SealedModelBackend(ModelBackend):
    """Django's model backend, refusing a login to an account that does not match its seal."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None and not (
            checked(user, request, "login") and roles_checked(user, request, "login")
        ):
            return None
        return user


class SealCheckMiddleware:
    """Every state-changing request of a logged-in user: the account must match its seal
    (after AuthenticationMiddleware and MessageMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.method in SAFE_METHODS or user is None or not user.is_authenticated:
            return self.get_response(request)
        if not checked(user, request, request.path):
            message = str(ACCOUNT_CHANGED)
        elif not roles_checked(user, request, request.path):
            message = str(ROLES_CHANGED)
        else:
            response = self.get_response(request)
            if getattr(request, "_ppid_role_view", False):
                # Wagtail's group views write page and collection permissions with
                # bulk_create (no signal): the roles matched when this request started.
                seal_roles()
            return response
        logout(request)
        messages.error(request, message)
        return redirect(settings.LOGIN_URL)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method not in SAFE_METHODS and match and match.view_name in ROLE_VIEWS:
            request._ppid_role_view = True


# Wagtail's group views (the role configuration's own edit views).
ROLE_VIEWS = frozenset(
    {"wagtailusers_groups:add", "wagtailusers_groups:edit", "wagtailusers_groups:delete"}
)


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


# The role configuration: resealed by the application's writes when it matched before.
def _roles_before(**kwargs) -> None:
    pending = _local.__dict__.setdefault("pending", {})
    if ROLES not in pending:
        pending[ROLES] = roles_intact()


def _roles_after(**kwargs) -> None:
    if _local.__dict__.setdefault("pending", {}).pop(ROLES, False):
        seal_roles()


def _roles_m2m(sender, action, **kwargs) -> None:
    if action.startswith("pre_"):
        _roles_before()
    elif action.startswith("post_"):
        _roles_after()


def _raw_guarded(handler):
    def receiver_(sender, raw=False, **kwargs):
        if not raw:
            handler()

    return receiver_


_roles_before_save = _raw_guarded(_roles_before)
_roles_after_save = _raw_guarded(_roles_after)


def connect_role_receivers() -> None:
    """The rows of the role configuration (security.apps.ready: every task model is known)."""
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    for model in (Group, Permission, GroupPagePermission, GroupCollectionPermission):
        uid = f"security.seals.roles.{model._meta.label_lower}"
        pre_save.connect(_roles_before_save, sender=model, dispatch_uid=uid + ".pre_save")
        post_save.connect(_roles_after_save, sender=model, dispatch_uid=uid + ".post_save")
        pre_delete.connect(_roles_before, sender=model, dispatch_uid=uid + ".pre_delete")
        post_delete.connect(_roles_after, sender=model, dispatch_uid=uid + ".post_delete")
    throughs = [Group.permissions.through]
    throughs += [model.groups.through for model in approval_task_models()]
    for through in throughs:
        m2m_changed.connect(
            _roles_m2m, sender=through, dispatch_uid=f"security.seals.roles.{through._meta.label}"
        )
    pre_migrate.connect(_migration_started, dispatch_uid="security.seals.roles.pre_migrate")
    post_migrate.connect(_migrated, dispatch_uid="security.seals.roles.post_migrate")


# `migrate` (data migrations write through historical models, which send no signal): the role
# configuration is resealed at the end of a run when it matched at its start, or when the run
# created the seal's table (the first seal: trust on first use, as security 0004 for accounts).
# `flush` (tests, nothing kept) sends post_migrate without a plan: a database without a seal
# is sealed once the roles are rebuilt.
_migration = {}


def _migration_started(using="default", **kwargs) -> None:
    from django.db import connections

    from .models import RoleSeal

    if "matched" in _migration:
        return
    connection = connections[using]
    table_exists = RoleSeal._meta.db_table in connection.introspection.table_names()
    _migration["matched"] = not table_exists or roles_intact()


def _migrated(sender, using="default", plan=None, **kwargs) -> None:
    from page_cache.generation import last_migrated_app

    from .models import RoleSeal

    if sender is not last_migrated_app():
        return
    matched = _migration.pop("matched", False)
    if matched or (plan is None and not RoleSeal.objects.exists()):
        seal_roles()
