"""Reminders of the service: a request two working days before its due date and when overdue,
an objection likewise (Pasal 22, 36), e-mailed to the roles concerned at most once per item
and day (sop_evaluations' ReminderLog, unique on item and day). Celery task
`information_requests.send_reminders` (scheduled daily) and `manage.py request_reminders`.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ppid_admin.findings import admin_url
from ppid_admin.mail import send_office_mail
from sop_governance.calendar import add_working_days, office_date
from sop_governance.evaluations.models import ReminderLog

from .models import CLOCK_STAGES, InformationRequest, Objection, ObjectionStage, Stage
from .roles import ATASAN_PPID, PETUGAS, PPID

WARN_WORKING_DAYS = 2
# Who hears about a request, by stage: the desk while it is theirs, the PPID while deciding.
REQUEST_ROLES = {
    Stage.RECEIVED: (PETUGAS, PPID),
    Stage.PROCESSING: (PPID, PETUGAS),
    Stage.EXTENDED: (PPID, PETUGAS),
    Stage.DECIDED: (PETUGAS, PPID),
}
OBJECTION_ROLES = (ATASAN_PPID, PPID)


def due_reminders(today: datetime.date) -> list[tuple[str, str, tuple[str, ...], str]]:
    """(key, message, roles, admin path) of every request/objection due soon or overdue on
    `today`."""
    horizon = add_working_days(today, WARN_WORKING_DAYS)
    reminders = []
    requests = InformationRequest.objects.filter(
        stage__in=CLOCK_STAGES, due_date__lte=horizon
    ).order_by("due_date", "pk")
    for request in requests.only("pk", "number", "due_date", "stage"):
        overdue = request.due_date < today
        message = (
            _("Request %(number)s is overdue: it was due on %(date)s.")
            if overdue
            else _("Request %(number)s is due on %(date)s.")
        ) % {"number": request.number, "date": request.due_date.strftime("%d-%m-%Y")}
        kind = "overdue" if overdue else "due"
        reminders.append(
            (
                f"inforeq:{kind}:{request.pk}",
                message,
                REQUEST_ROLES[request.stage],
                reverse("information_requests_admin:inspect", args=[request.pk]),
            )
        )
    objections = Objection.objects.filter(
        stage=ObjectionStage.RECEIVED, due_date__lte=horizon
    ).order_by("due_date", "pk")
    for objection in objections.only("pk", "number", "due_date"):
        overdue = objection.due_date < today
        message = (
            _("Objection %(number)s is overdue: the answer was due on %(date)s.")
            if overdue
            else _("Objection %(number)s must be answered by %(date)s.")
        ) % {"number": objection.number, "date": objection.due_date.strftime("%d-%m-%Y")}
        kind = "overdue" if overdue else "due"
        reminders.append(
            (
                f"keberatan:{kind}:{objection.pk}",
                message,
                OBJECTION_ROLES,
                reverse("objections_admin:inspect", args=[objection.pk]),
            )
        )
    return reminders


def send_request_reminders(now: datetime.datetime | None = None) -> int:
    now = now or timezone.now()
    today = office_date(now)
    sent = 0
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    for key, message, roles, path in due_reminders(today):
        addresses = sorted(
            set(users.filter(groups__name__in=roles).values_list("email", flat=True))
        )
        try:
            with transaction.atomic():
                ReminderLog.objects.create(
                    key=key,
                    day=today,
                    kind="inforeq",
                    message=message,
                    recipients=len(addresses),
                )
                if addresses:
                    send_office_mail(  # HTML in the office's layout, and plain text
                        _("[PPID] Information request reminder"),
                        message + "\n\n" + _("Open the admin: %(url)s") % {"url": admin_url(path)},
                        addresses,
                    )
        except IntegrityError:
            continue
        sent += 1
    return sent
