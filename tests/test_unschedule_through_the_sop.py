"""Issue 13, chain13 item 3: cancelling a scheduled publication is a state change of the SOP.
Wagtail's unschedule (/admin/pages/<id>/revisions/<rev>/unschedule/, the editor's and the
history's "Unschedule") cleared an approved go-live with no reason and no entry of ours, for
whoever could publish. Now only the Koordinator (or a superuser) cancels, with a reason, and
the audit chain records `ppid.schedule.cancel` (moderation.scheduling.cancel_schedule); a
revision's schedule cleared by save() or by a queryset elsewhere is refused by the gate."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry, Revision

from integrity.chain import chained_entries
from moderation.publication import Refused

from .test_scheduled_go_live import go_live, scheduled
from .test_workflow_bypass import ROLES, fresh, member

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
