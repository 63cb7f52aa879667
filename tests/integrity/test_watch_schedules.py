"""Issue 13 (verify13e S1): a scheduled publication cancelled behind the SOP's back (its
revision deleted, or approved_go_live_at cleared in the database) leaves no audit entry; the
watch compares the chained schedules with the revisions and names it."""

import pytest
from django.db import connection
from wagtail.models import Revision

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.publication import SET_UP, approved_path
from tests.test_scheduled_go_live import scheduled
from tests.test_workflow_bypass import ROLES, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def people() -> dict:
    return {role: member(role) for role in ROLES}


def held_alerts():
    return IntegrityAlert.objects.open().filter(kind=AlertKind.HELD)


def test_a_scheduled_revision_deleted_is_an_alert(client, people):
    page, _when = scheduled(client, people)
    revision = Revision.objects.get(approved_go_live_at__isnull=False)
    run_watch()
    assert not held_alerts().exists()
    with approved_path(SET_UP):  # the ORM delete an insider runs
        Revision.objects.filter(pk=revision.pk).delete()
    run_watch()
    assert held_alerts().filter(page=page).exists()


def test_a_schedule_cleared_in_the_database_is_an_alert(client, people):
    page, _when = scheduled(client, people)
    revision = Revision.objects.get(approved_go_live_at__isnull=False)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailcore_revision SET approved_go_live_at = NULL WHERE id = %s",
            [revision.pk],
        )
    run_watch()
    assert str(revision.pk) in held_alerts().get(page=page).detail
