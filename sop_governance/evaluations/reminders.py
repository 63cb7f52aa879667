"""SOP reminders: quarterly plan due, a month without uploads, reviews waiting too long,
development requests stalled. Shown on the dashboard and e-mailed at most once per item and day
(ReminderLog is unique on the item and the day: a second run the same day sends nothing).
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import TaskState

from moderation.models import SopReviewTask
from ppid_admin.mail import send_office_mail
from ppid_pages.models import PPIDDocument
from sop_governance.calendar import office_date, working_days_between

from .metrics import REVIEW_WAIT_LIMIT, content_type_id, optional_model
from .models import ReminderLog
from .plans import plan_model

logger = logging.getLogger(__name__)


def stalled_after_working_days() -> int:
    """A development request that has not moved for this many working days is stalled (the
    development app's rule, SOP_DEVELOPMENT_STALLED_WORKING_DAYS, default 10)."""
    return int(getattr(settings, "SOP_DEVELOPMENT_STALLED_WORKING_DAYS", 10))


# From this day of the month on, a month without any upload is reminded (SOP A2: every month).
UPLOAD_REMINDER_FROM_DAY = 20
# Days before a quarter starts from which its plan is reminded (SOP A1: 1 x 3 months).
PLAN_REMINDER_DAYS_BEFORE = 14

PLAN_ROLES = ("Sub Koordinator", "Koordinator")
UPLOAD_ROLES = ("Operator", "Sub Koordinator")
DEVELOPMENT_ROLES = ("Sub Koordinator", "Web Developer")


@dataclass
class Reminder:
    kind: str
    key: str
    message: str
    roles: tuple[str, ...] = ()
    group_ids: tuple[int, ...] = field(default=())

    def concerns(self, groups: set[tuple[int, str]]) -> bool:
        """`groups`: the (pk, name) of a user's groups."""
        return any(pk in self.group_ids or name in self.roles for pk, name in groups)


def reminders_for(user, now: datetime.datetime | None = None) -> list["Reminder"]:
    """The current reminders that concern `user` (all of them for a superuser)."""
    reminders = current_reminders(now)
    if user.is_superuser:
        return reminders
    groups = set(user.groups.values_list("pk", "name"))
    return [reminder for reminder in reminders if reminder.concerns(groups)]


def quarter_of(day: datetime.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_code(year: int, number: int) -> str:
    return f"{year}-Q{number}"


def next_quarter(year: int, number: int) -> tuple[int, int]:
    return (year + 1, 1) if number == 4 else (year, number + 1)


def quarter_start(year: int, number: int) -> datetime.date:
    return datetime.date(year, 3 * number - 2, 1)


def plan_reminders(today: datetime.date) -> list[Reminder]:
    model = plan_model()
    if model is None:
        return []
    current = quarter_of(today)
    wanted = [current]
    upcoming = next_quarter(*current)
    if (quarter_start(*upcoming) - today).days <= PLAN_REMINDER_DAYS_BEFORE:
        wanted.append(upcoming)
    codes = [quarter_code(*quarter) for quarter in wanted]
    signed = set(
        model.objects.filter(quarter__in=codes, signed_at__isnull=False).values_list(
            "quarter", flat=True
        )
    )
    return [
        Reminder(
            "plan",
            f"plan:{code}",
            _("The content plan (daftar konten) for %(quarter)s is not signed yet.")
            % {"quarter": code},
            roles=PLAN_ROLES,
        )
        for code in codes
        if code not in signed
    ]


def upload_reminders(now: datetime.datetime) -> list[Reminder]:
    today = office_date(now)
    if today.day < UPLOAD_REMINDER_FROM_DAY:
        return []
    local_start = datetime.datetime(today.year, today.month, 1)
    start = timezone.make_aware(local_start)
    uploaded = (
        PPIDDocument.objects.filter(created_at__gte=start, created_at__lte=now).exists()
        or TaskState.objects.filter(started_at__gte=start, started_at__lte=now).exists()
    )
    if uploaded:
        return []
    month = f"{today.year:04d}-{today.month:02d}"
    return [
        Reminder(
            "uploads",
            f"uploads:{month}",
            _("Nothing has been uploaded or submitted for review in %(month)s yet.")
            % {"month": month},
            roles=UPLOAD_ROLES,
        )
    ]


def review_reminders(now: datetime.datetime) -> list[Reminder]:
    """Reviews in progress that have waited longer than the limit, to the task's groups."""
    states = (
        TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            task__content_type_id=content_type_id(SopReviewTask),
        )
        .select_related("task")
        .order_by("started_at", "pk")
    )
    waiting = [
        state
        for state in states.only("pk", "started_at", "task__name", "workflow_state_id")
        if working_days_between(state.started_at, now) > REVIEW_WAIT_LIMIT
    ]
    if not waiting:
        return []
    groups_by_task: dict[int, list[int]] = {}
    memberships = SopReviewTask.groups.through.objects.filter(
        sopreviewtask_id__in={state.task_id for state in waiting}
    ).values_list("sopreviewtask_id", "group_id")
    for task_id, group_id in memberships:
        groups_by_task.setdefault(task_id, []).append(group_id)
    return [
        Reminder(
            "review",
            f"review:{state.pk}",
            _("A review in '%(task)s' has waited %(days)d working days (limit %(limit)d).")
            % {
                "task": state.task.name,
                "days": working_days_between(state.started_at, now),
                "limit": REVIEW_WAIT_LIMIT,
            },
            group_ids=tuple(groups_by_task.get(state.task_id, ())),
        )
        for state in waiting
    ]


def development_reminders(now: datetime.datetime) -> list[Reminder]:
    model = optional_model("sop_development", "DevelopmentRequest")
    if model is None:
        return []
    limit = stalled_after_working_days()
    open_requests = (
        model.objects.exclude(stage="closed")
        .filter(stage_changed_at__lt=now - datetime.timedelta(days=limit))
        .order_by("stage_changed_at", "pk")
        .only("pk", "title", "stage", "stage_changed_at")
    )
    reminders = []
    for request in open_requests:
        days = working_days_between(request.stage_changed_at, now)
        if days >= limit:
            message = _(
                "Development request '%(title)s' has not moved for %(days)d working days."
            ) % {"title": request.title, "days": days}
            reminders.append(
                Reminder(
                    "development", f"development:{request.pk}", message, roles=DEVELOPMENT_ROLES
                )
            )
    return reminders


def current_reminders(now: datetime.datetime | None = None) -> list[Reminder]:
    now = now or timezone.now()
    return [
        *plan_reminders(office_date(now)),
        *upload_reminders(now),
        *review_reminders(now),
        *development_reminders(now),
    ]


def recipients(reminder: Reminder) -> list[str]:
    users = get_user_model().objects.filter(
        Q(groups__name__in=reminder.roles) | Q(groups__pk__in=reminder.group_ids),
        is_active=True,
    )
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def send_reminders(now: datetime.datetime | None = None) -> int:
    """E-mail each current reminder unless it was already sent today; returns how many sent."""
    now = now or timezone.now()
    today = office_date(now)
    sent = 0
    for reminder in current_reminders(now):
        addresses = recipients(reminder)
        try:
            with transaction.atomic():
                ReminderLog.objects.create(
                    key=reminder.key,
                    day=today,
                    kind=reminder.kind,
                    message=reminder.message,
                    recipients=len(addresses),
                )
                if addresses:
                    send_office_mail(
                        _("[PPID] SOP reminder"),
                        reminder.message
                        + "\n\n"
                        + _("Open the admin: %(url)s") % {"url": settings.WAGTAILADMIN_BASE_URL},
                        addresses,
                    )
        except IntegrityError:
            continue  # already sent today
        sent += 1
    return sent
