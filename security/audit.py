"""Account events in Wagtail's audit log: logins, failed logins, logouts, password changes,
group and permission changes. Never a password; the username tried and the client address.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from .ratelimit import client_address

LOGIN = "ppid.auth.login"
LOGIN_FAILED = "ppid.auth.login_failed"
LOGOUT = "ppid.auth.logout"
PASSWORD_CHANGE = "ppid.auth.password_change"  # noqa: S105
LOCKOUT = "ppid.auth.lockout"
UNLOCK = "ppid.auth.unlock"
GROUPS_CHANGED = "ppid.auth.groups_changed"
USER_PERMISSIONS_CHANGED = "ppid.auth.user_permissions_changed"
GROUP_PERMISSIONS_CHANGED = "ppid.auth.group_permissions_changed"
TWO_FACTOR_ENROLLED = "ppid.2fa.enrolled"
TWO_FACTOR_VERIFIED = "ppid.2fa.verified"
TWO_FACTOR_FAILED = "ppid.2fa.failed"
BACKUP_CODE_USED = "ppid.2fa.backup_code_used"
BACKUP_CODES_RENEWED = "ppid.2fa.backup_codes_renewed"
TWO_FACTOR_RESET = "ppid.2fa.reset"

NO_ACCOUNT = "-"

User = get_user_model()


def concrete(obj):
    """The object behind request.user's lazy wrappers (django-otp wraps Django's own lazy
    user once more, and Wagtail's log() unwraps only one level)."""
    while isinstance(obj, LazyObject):
        if obj._wrapped is empty:
            obj._setup()
        obj = obj._wrapped
    return obj


def address_of(request) -> str | None:
    return client_address(request) if request is not None else None


@receiver(user_logged_in)
def log_login(sender, request, user, **kwargs) -> None:
    user = concrete(user)
    log(user, LOGIN, user=user, data={"ip": address_of(request)})


@receiver(user_logged_out)
def log_logout(sender, request, user, **kwargs) -> None:
    if user is not None:
        user = concrete(user)
        log(user, LOGOUT, user=user, data={"ip": address_of(request)})


@receiver(user_login_failed)
def log_login_failed(sender, credentials, request=None, **kwargs) -> None:
    username = str(credentials.get(User.USERNAME_FIELD, ""))
    # A wrong second-factor code (security.twofactor) is a failed login too, logged as such.
    action = TWO_FACTOR_FAILED if credentials.get("second_factor") else LOGIN_FAILED
    log_account_event(action, username, address_of(request))


def log_account_event(action: str, username: str, ip: str | None, by=None) -> None:
    """An event about a username that may not exist: on its account, else on no object."""
    username = username[:150]
    data = {"username": username, "ip": ip}
    account = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
    if account is not None:
        log(account, action, user=by, data=data)
        return
    # No such account: an entry on the user model, for no object ("-").
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(User),
        label=username or ip or "-",
        action=action,
        object_id=NO_ACCOUNT,
        user=by,
        timestamp=timezone.now(),
        data=data,
    )


def log_password_change(user) -> None:
    log(user, PASSWORD_CHANGE)


def names(model, pk_set) -> list[str]:
    if model is Group:
        return sorted(Group.objects.filter(pk__in=pk_set).values_list("name", flat=True))
    return sorted(
        f"{app}.{codename}"
        for app, codename in Permission.objects.filter(pk__in=pk_set).values_list(
            "content_type__app_label", "codename"
        )
    )


def log_m2m(action_name, sender, instance, action, model, pk_set) -> None:
    if action == "pre_clear":
        # Logged before the rows go, naming what is removed.
        pk_set = set(
            sender.objects.filter(**{instance._meta.model_name: instance}).values_list(
                model._meta.model_name, flat=True
            )
        )
        if pk_set:
            log(instance, action_name, data={"removed": names(model, pk_set)})
        return
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    change = "added" if action == "post_add" else "removed"
    log(instance, action_name, data={change: names(model, pk_set)})


@receiver(m2m_changed, sender=User.groups.through)
def log_groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    if reverse:
        # group.user_set.add(...): one entry per user.
        if action in ("post_add", "post_remove"):
            for user in User._default_manager.filter(pk__in=pk_set or ()):
                log_m2m(GROUPS_CHANGED, sender, user, action, Group, {instance.pk})
        elif action == "pre_clear":
            for user in instance.user_set.all():
                log(user, GROUPS_CHANGED, data={"removed": [instance.name]})
        return
    log_m2m(GROUPS_CHANGED, sender, instance, action, model, pk_set)


@receiver(m2m_changed, sender=User.user_permissions.through)
def log_user_permissions_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not reverse:
        log_m2m(USER_PERMISSIONS_CHANGED, sender, instance, action, model, pk_set)


@receiver(m2m_changed, sender=Group.permissions.through)
def log_group_permissions_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not reverse:
        log_m2m(GROUP_PERMISSIONS_CHANGED, sender, instance, action, model, pk_set)


@contextmanager
def account_changes_unlogged() -> Iterator[None]:
    """The group and permission receivers above disconnected for a while: a restore (loaddata)
    or a test's serialized rollback reloads those m2m rows, which are not changes (m2m_changed
    has no `raw` flag to tell)."""
    receivers = [
        (log_groups_changed, User.groups.through),
        (log_user_permissions_changed, User.user_permissions.through),
        (log_group_permissions_changed, Group.permissions.through),
    ]
    for function, sender in receivers:
        m2m_changed.disconnect(function, sender=sender)
    try:
        yield
    finally:
        for function, sender in receivers:
            m2m_changed.connect(function, sender=sender)
