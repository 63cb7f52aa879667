"""The integrity watch cannot stop unseen (issue 13, fix13o; integrity.watch_runs).

attack13n: the watch runs only from a django_celery_beat row a superuser can pause or an
insider can change in SQL, and nothing said it had stopped. Every run is now in the audit log
and the admin dashboard says when the watch last ran, with a warning after twice its interval.
Both tests fail on the code before (no entry, no line on the dashboard).
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from integrity.alerts import run_watch
from tests.security.accounts import login, make_admin

pytestmark = pytest.mark.django_db

RUN = "ppid.integrity.watch_run"


def dashboard(client) -> str:
    make_admin()
    login(client)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_each_run_is_logged_and_shown_on_the_dashboard(client):
    run_watch()
    assert ModelLogEntry.objects.filter(action=RUN).count() == 1
    page = dashboard(client)
    assert "Pengawasan integritas terakhir berjalan" in page
    assert "Peringatan: pengawasan integritas tidak berjalan" not in page


def test_a_watch_that_stopped_is_a_warning_on_the_dashboard(client):
    run_watch()
    three_days_ago = timezone.now() - datetime.timedelta(days=3)
    ModelLogEntry.objects.filter(action=RUN).update(timestamp=three_days_ago)
    page = dashboard(client)
    assert "Peringatan: pengawasan integritas tidak berjalan lebih dari dua kali" in page


def test_a_run_entry_inserted_in_sql_does_not_count(client):
    """fix13q: an insider who stopped the watch inserts a fresh-looking watch_run row (or
    re-dates an old one) in SQL: no audit-chain link vouches for it, so the dashboard still
    warns. Fails on the code before (last_run read the rows directly)."""
    from django.contrib.contenttypes.models import ContentType

    from integrity.models import AuditChainHead
    from integrity.watch_runs import last_run

    run_watch()
    three_days_ago = timezone.now() - datetime.timedelta(days=3)
    ModelLogEntry.objects.filter(action=RUN).update(timestamp=three_days_ago)
    head = AuditChainHead.objects.get_or_create(pk=1)[0]
    ModelLogEntry.objects.bulk_create(  # no signal: no link, as an INSERT in SQL
        [
            ModelLogEntry(
                content_type=ContentType.objects.get_for_model(AuditChainHead),
                object_id=str(head.pk),
                label=str(head),
                action=RUN,
                data={"pages": 1, "new": 0, "open": 0},
                timestamp=timezone.now(),
            )
        ]
    )
    assert last_run() is None
    page = dashboard(client)
    assert "Peringatan: pengawasan integritas tidak berjalan lebih dari dua kali" in page


def test_the_latest_vouched_run_counts():
    from integrity.watch_runs import last_run

    run_watch()
    first = last_run()
    assert first is not None
    run_watch()
    assert last_run() >= first
