"""Issue 13, chain13 item 3: cancelling a scheduled publication is a state change of the SOP.
Wagtail's unschedule (/admin/pages/<id>/revisions/<rev>/unschedule/, the editor's and the
history's "Unschedule") cleared an approved go-live with no reason and no entry of ours, for
whoever could publish. Now only the Koordinator (or a superuser) cancels, with a reason, and
the audit chain records `ppid.schedule.cancel` (moderation.scheduling.cancel_schedule); a
revision's schedule cleared by save() or by a queryset elsewhere is refused by the gate.
Deleting or moving a page with an approved schedule (reattack13f D: the Operator deleted it)
is refused until the Koordinator cancelled the schedule; the integrity watch names a go-live
moved in the database and a scheduled page deleted without a chained cancellation."""

import pytest
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from integrity.chain import chained_entries
from integrity.watch import schedule_drift
from moderation.publication import SET_UP, Refused, approved_path

from .test_scheduled_go_live import go_live, scheduled
from .test_workflow_bypass import ROLES, draft_page, fresh, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def people() -> dict:
    return {role: member(role) for role in ROLES}


REASON = "Jadwal rapat berubah; informasi belum boleh tayang."


def scheduled_revision() -> Revision:
    return Revision.objects.get(approved_go_live_at__isnull=False)


def unschedule_url(page, revision) -> str:
    return reverse("wagtailadmin_pages:revisions_unschedule", args=[page.pk, revision.pk])


def test_the_koordinator_cancels_with_a_reason_in_the_audit_log(client, people, monkeypatch):
    page, when = scheduled(client, people)
    revision = scheduled_revision()
    client.force_login(people["Koordinator"])
    assert client.get(unschedule_url(page, revision)).status_code == 200
    response = client.post(unschedule_url(page, revision), {"reason": REASON})
    assert response.status_code == 302

    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    entries = PageLogEntry.objects.filter(page=page, action="ppid.schedule.cancel")
    (entry,) = chained_entries(PageLogEntry, entries)
    assert entry["data"]["reason"] == REASON and entry["user_id"] == people["Koordinator"].pk
    assert entry["revision_id"] == revision.pk
    go_live(monkeypatch, when)
    assert not fresh(page).live


def test_without_a_reason_nothing_is_cancelled(client, people):
    page, _when = scheduled(client, people)
    revision = scheduled_revision()
    client.force_login(people["Koordinator"])
    client.post(unschedule_url(page, revision), {"reason": " "})
    assert scheduled_revision() == revision
    assert not PageLogEntry.objects.filter(action="ppid.schedule.cancel").exists()


@pytest.mark.parametrize("role", ["Operator", "Sub Koordinator", "Kepala Dinas"])
def test_other_roles_cannot_cancel(client, people, role):
    page, _when = scheduled(client, people)
    revision = scheduled_revision()
    other = Client()
    other.force_login(people[role])
    response = other.post(unschedule_url(page, revision), {"reason": REASON})
    assert response.status_code in (302, 403)
    assert scheduled_revision() == revision


def test_code_cannot_clear_a_schedule_behind_the_sop(client, people):
    _page, _when = scheduled(client, people)
    revision = scheduled_revision()
    revision.approved_go_live_at = None
    with pytest.raises(Refused):
        revision.save(update_fields=["approved_go_live_at"])  # what Wagtail's view did
    with pytest.raises(Refused):
        Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
    assert scheduled_revision().pk == revision.pk


def test_the_operator_cannot_delete_a_scheduled_page(client, people):
    page, _when = scheduled(client, people)
    revision = scheduled_revision()
    client.force_login(people["Operator"])
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]), follow=True)
    assert Page.objects.filter(pk=page.pk).exists()
    assert scheduled_revision() == revision
    assert "Koordinator membatalkan jadwalnya lebih dahulu" in response.content.decode()
    with pytest.raises(Refused), transaction.atomic():  # nor by code, behind the admin
        Page.objects.get(pk=page.pk).delete()
    assert scheduled_revision() == revision

    koordinator = Client()
    koordinator.force_login(people["Koordinator"])
    koordinator.post(unschedule_url(page, revision), {"reason": REASON})
    client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert not Page.objects.filter(pk=page.pk).exists(), "cancelled first: then it may go"


def test_a_scheduled_page_is_not_moved(client, people):
    page, _when = scheduled(client, people)
    destination = draft_page(people["Operator"], slug="arsip")
    with pytest.raises(Refused), transaction.atomic():
        Page.objects.get(pk=page.pk).move(destination, pos="last-child")
    assert fresh(page).get_parent().pk != destination.pk


def test_the_watch_names_a_go_live_moved_in_the_database(client, people, monkeypatch):
    page, when = scheduled(client, people)
    revision = scheduled_revision()
    assert schedule_drift() == []
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailcore_revision SET approved_go_live_at = %s WHERE id = %s",
            [timezone.now().replace(year=2099), revision.pk],
        )
    go_live(monkeypatch, when)
    assert not fresh(page).live
    (observation,) = schedule_drift()
    assert observation.page.pk == page.pk
    assert str(revision.pk) in observation.detail and "2099" in observation.detail


def test_the_watch_names_a_scheduled_page_deleted_without_a_cancellation(client, people):
    page, _when = scheduled(client, people)
    with approved_path(SET_UP):  # a deletion behind the admin and its gate
        Page.objects.get(pk=page.pk).delete()
    (observation,) = schedule_drift()
    assert observation.page is None and observation.title == page.title
    assert str(page.pk) in observation.detail
