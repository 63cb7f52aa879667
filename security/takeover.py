"""An account another person took over is visible in what it approves (issue 13, reattack13d).

A superuser can set another user's password and reset their two-factor device, log in as that
user, enrol a new device and approve as them: the second pair of eyes would be the first pair
again. The device the taker enrols cannot be told from the owner's, so approvals are not
refused (a forgotten password reset by the administrator is routine); instead every approval
an account makes within SECURITY_TAKEOVER_HOURS (default 72) after ANOTHER account changed its
password or reset its 2FA (`ppid.auth.password_change` / `ppid.2fa.reset` by someone else) is
flagged: an audit entry `ppid.approval.after_reset` next to the approval names who reset the
account and when, and the Form Persetujuan shows it on that approval step.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

from . import audit

FLAG_ACTION = "ppid.approval.after_reset"
# What counts as approving (releasing, reviewing, overriding the scanner) for the flag.
APPROVAL_ACTIONS = frozenset(
    {
        "wagtail.workflow.approve",
        "ppid.force_publish",
        "ppid.force_publish.review",
        "ppid.false_positive",
        "ppid.false_positive.confirm",
        "ppid.release.first_approval",
        "ppid.document.approve",
        "ppid.image.approve",
        "ppid.settings.approve",
        "ppid.snippet.approve",
        "information_requests.findings_cleared",
    }
)
RESET_ACTIONS = (audit.PASSWORD_CHANGE, audit.TWO_FACTOR_RESET)


def window() -> timedelta:
    return timedelta(hours=getattr(settings, "SECURITY_TAKEOVER_HOURS", 72))


def reset_by_another(user_id: int | None, at=None) -> ModelLogEntry | None:
    """The latest password change or 2FA reset of the account `user_id` that another account
    made within the window before `at` (default now), or None."""
    if user_id is None:
        return None
    at = at or timezone.now()
    return (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(get_user_model()),
            object_id=str(user_id),
            action__in=RESET_ACTIONS,
            timestamp__gte=at - window(),
            timestamp__lte=at,
            user__isnull=False,
        )
        .exclude(user_id=user_id)
        .select_related("user")
        .order_by("-timestamp", "-pk")
        .first()
    )


def describe(reset: ModelLogEntry) -> dict:
    by = reset.user
    return {
        "reset": reset.action,
        "reset_by": (by.get_full_name() or by.get_username()) if by else "",
        "reset_at": reset.timestamp.isoformat(),
    }


@receiver(post_save, sender=PageLogEntry)
@receiver(post_save, sender=ModelLogEntry)
def flag_approval_after_reset(sender, instance, created, raw=False, **kwargs) -> None:
    if not created or raw or instance.action not in APPROVAL_ACTIONS:
        return
    reset = reset_by_another(instance.user_id, instance.timestamp)
    if reset is None:
        return
    sender.objects.create(
        **(
            {"page_id": instance.page_id}
            if sender is PageLogEntry
            else {"object_id": instance.object_id}
        ),
        content_type_id=instance.content_type_id,
        label=instance.label,
        action=FLAG_ACTION,
        user_id=instance.user_id,
        timestamp=timezone.now(),
        data={"approval": instance.action, "entry": instance.pk, **describe(reset)},
    )
