"""Alerts from the watch's observations: one open alert per page and kind, e-mail on new ones,
resolution by a person (audit-logged)."""

import logging
from dataclasses import dataclass, replace

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ppid_admin.mail import send_office_mail

from .models import IntegrityAlert
from .watch import Observation, observe_all

logger = logging.getLogger(__name__)

RESOLVE_ACTION = "ppid.integrity.resolve"
RAISE_ACTION = "ppid.integrity.alert"
NOTIFIED_GROUP = "Koordinator"


@dataclass(frozen=True)
class WatchResult:
    pages: int
    new: list[IntegrityAlert]
    seen_again: list[IntegrityAlert]

    @property
    def open_alerts(self) -> int:
        return len(self.new) + len(self.seen_again)


def record(observations: list[Observation]) -> tuple[list[IntegrityAlert], list[IntegrityAlert]]:
    """Open alerts for new problems, update `last_seen` of those already open."""
    now = timezone.now()
    new, again = [], []
    merged: dict[tuple[object, str], Observation] = {}
    for observation in observations:
        subject = observation.page.pk if observation.page is not None else observation.url
        key = (subject, observation.kind)
        if (first := merged.get(key)) is None:
            merged[key] = observation
        elif observation.detail not in first.detail:  # every problem named, none hidden
            merged[key] = replace(first, detail=f"{first.detail}; {observation.detail}")
    for observation in merged.values():
        try:
            alert, created = record_one(observation, now)
        except IntegrityError:  # a concurrent run opened the same alert a moment ago
            alert, created = record_one(observation, now)
        (new if created else again).append(alert)
    return new, again


@transaction.atomic
def record_one(observation: Observation, now) -> tuple[IntegrityAlert, bool]:
    alerts = IntegrityAlert.objects.select_for_update().open().filter(kind=observation.kind)
    if observation.page is not None:
        alerts = alerts.filter(page_id=observation.page.pk)
    else:  # a document or image outside any page: one open alert per address
        alerts = alerts.filter(page__isnull=True, page_url=observation.url)
    alert = alerts.first()
    if alert is not None:
        changed = alert.detail != observation.detail
        alert.last_seen = now
        alert.detail = observation.detail
        alert.page_url = observation.url
        update_fields = ["last_seen", "detail", "page_url"]
        if changed:
            # What is wrong has changed since the e-mail (a harmless difference may have
            # become a worse one): the alert is e-mailed again with its new detail, and the
            # change is in the audit log (issue 13, reattack13d).
            alert.notified_at = None
            update_fields.append("notified_at")
            log(
                alert,
                RAISE_ACTION,
                data={"page": alert.page_id, "kind": alert.kind, "changed": True},
            )
        alert.save(update_fields=update_fields)
        return alert, False
    title = approved_title(observation.page) if observation.page else observation.title
    alert = IntegrityAlert.objects.create(
        page=observation.page,
        page_title=title[:255],
        page_url=observation.url,
        kind=observation.kind,
        detail=observation.detail,
        last_seen=now,
    )
    log(alert, RAISE_ACTION, data={"page": alert.page_id, "kind": alert.kind})
    return alert, True


def approved_title(page) -> str:
    """The page's title as approved: a tampered live title may itself be the spam."""
    revision = page.live_revision
    title = revision.content.get("title") if revision is not None else None
    return title or page.title


def recipients() -> list[str]:
    """E-mail addresses of the Koordinator group and of superusers (active accounts)."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    emails = users.filter(Q(groups__name=NOTIFIED_GROUP) | Q(is_superuser=True)).values_list(
        "email", flat=True
    )
    return sorted(set(emails))


def notify_pending() -> int:
    """One e-mail naming every open alert not e-mailed yet; returns the messages sent.

    The alerts stay locked while the message is sent and are marked in the same transaction:
    a run killed before the e-mail leaves them pending for the next run, and a concurrent run
    skips them. A failed send leaves them pending too (they are shown in the admin meanwhile).
    """
    to = recipients()
    if not to:
        return 0
    with transaction.atomic():
        alerts = list(
            IntegrityAlert.objects.open()
            .filter(notified_at__isnull=True)
            .select_for_update(skip_locked=True)
            .order_by("pk")
        )
        if not alerts:
            return 0
        with translation.override(settings.LANGUAGE_CODE):
            list_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
                "integrity_alerts:index"
            )
            subject = _("Integrity watch: %(count)s new alert(s) on the website") % {
                "count": len(alerts)
            }
            body = render_to_string(
                "integrity/alert_email.txt", {"alerts": alerts, "list_url": list_url}
            )
        try:
            sent = send_office_mail(subject, body, to)  # HTML and plain text
        except OSError:
            logger.exception("integrity alert e-mail could not be sent")
            return 0
        IntegrityAlert.objects.filter(pk__in=[a.pk for a in alerts]).update(
            notified_at=timezone.now()
        )
    return sent


def run_watch() -> WatchResult:
    """Check every live page now: record alerts, e-mail the new ones."""
    from page_cache import generation

    from .watch import live_pages

    with translation.override(settings.LANGUAGE_CODE):
        observations = observe_all()
        new, again = record(observations)
    if new:
        # A new alert is a change the application did not make (the database, the disk): the
        # public answers cached before it was seen are retired, so the public views check
        # again what they serve (a document or image whose release the audit chain does not
        # hold is refused: moderation.assets.released_version_vouched).
        generation.bump()
    notify_pending()
    result = WatchResult(live_pages().count(), new, again)
    from .watch_runs import record_run

    record_run(result.pages, len(new), result.open_alerts)
    return result


def resolve(alert: IntegrityAlert, user, resolution: str) -> None:
    """A person closes the alert with what was done; logged in the audit log."""
    alert.resolved_by = user
    alert.resolved_at = timezone.now()
    alert.resolution = resolution
    alert.save(update_fields=["resolved_by", "resolved_at", "resolution"])
    log(
        alert,
        RESOLVE_ACTION,
        user=user,
        data={"page": alert.page_id, "kind": alert.kind, "resolution": resolution},
    )
