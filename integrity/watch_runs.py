"""When the integrity watch last ran (issue 13, fix13o).

The watch runs from a django_celery_beat row that a superuser can pause (Periodic jobs) or an
insider can change in SQL: nothing said that it had stopped. Every run now writes an audit
entry (`ppid.integrity.watch_run`, chained like every entry); the admin dashboard and the
C1/C2 report e-mails say when it last ran, with a warning when that is longer ago than twice
its interval (daily: sop_governance.evaluations.schedules).
"""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from .models import AuditChainHead

WATCH_RUN_ACTION = "ppid.integrity.watch_run"
INTERVAL = datetime.timedelta(days=1)
RUNS_BATCH = 50  # entries vouched per query in last_run


def record_run(pages: int, new: int, open_alerts: int) -> None:
    from wagtail.log_actions import log

    log(
        AuditChainHead.objects.get_or_create(pk=1)[0],
        WATCH_RUN_ACTION,
        data={"pages": pages, "new": new, "open": open_alerts},
    )


def last_run() -> datetime.datetime | None:
    """The time of the latest run the audit chain vouches for (integrity.chain.chained_entries:
    a link that still matches the entry, keyed under AUDIT_CHAIN_KEY). A fresh-looking row
    inserted or re-dated in SQL has no such link and does not count (fix13q, issue 13). The
    newest entries are asked first, a batch at a time."""
    from .chain import chained_entries

    entries = ModelLogEntry.objects.filter(
        action=WATCH_RUN_ACTION,
        content_type=ContentType.objects.get_for_model(AuditChainHead),
    ).order_by("-timestamp", "-pk")
    ids = entries.values_list("pk", flat=True)
    start = 0
    while batch := list(ids[start : start + RUNS_BATCH]):
        vouched = chained_entries(ModelLogEntry, ModelLogEntry.objects.filter(pk__in=batch))
        if vouched:
            return max(row["timestamp"] for row in vouched)
        start += RUNS_BATCH
    return None


def overdue(at: datetime.datetime | None, now=None) -> bool:
    return at is None or (now or timezone.now()) - at > 2 * INTERVAL


def status_text() -> str:
    """One line for the dashboard and the report e-mails."""
    at = last_run()
    when = date_format(timezone.localtime(at), "DATETIME_FORMAT") if at else _("never")
    text = _("Integrity watch last ran: %(when)s.") % {"when": when}
    if overdue(at):
        text += " " + _(
            "Warning: the integrity watch has not run for more than twice its interval "
            "(%(hours)d hours). Check the periodic job in Settings."
        ) % {"hours": 2 * INTERVAL // datetime.timedelta(hours=1)}
    return text
