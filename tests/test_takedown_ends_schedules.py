"""A take-down ends the page's scheduled publications, on the record (issue 13, left by the
fixers: "taking down a live page that has a newer scheduled revision is not covered").

A live page with a newer revision approved for a later go-live was taken down: Wagtail's
unpublish cleared every approved_go_live_at of the page, so nothing went live later, but
without a record of ours: the audit log held a schedule that nothing ended, and the integrity
watch (schedule_drift) named the take-down as a go-live cleared in the database. Now the
take-down clears each schedule itself, under its own path, with a chained
`ppid.schedule.cancel` carrying the take-down's reason; the revision never goes live later."""

import pytest
from wagtail.models import PageLogEntry, Revision

from integrity.chain import chained_entries
from integrity.watch import schedule_drift
from moderation.actions import take_down
from moderation.publication import SET_UP, approved_path

from .test_scheduled_go_live import go_live, scheduled
from .test_workflow_bypass import ROLES, draft_page, fresh, member

pytestmark = pytest.mark.django_db

REASON = "Informasi keliru; diturunkan sambil diperiksa."


@pytest.fixture
def people() -> dict:
    return {role: member(role) for role in ROLES}


def test_a_take_down_ends_a_newer_scheduled_revision_on_the_record(client, people, monkeypatch):
    page = draft_page(people["Operator"])
    with approved_path(SET_UP):
        page.save_revision().publish()
    page, when = scheduled(client, people, page=fresh(page))
    revision = Revision.objects.get(approved_go_live_at__isnull=False)
    assert fresh(page).live and schedule_drift() == []

    take_down(fresh(page), member("Kepala Dinas", "kadis"), REASON)
    assert not fresh(page).live
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    entries = PageLogEntry.objects.filter(page=page, action="ppid.schedule.cancel")
    (entry,) = chained_entries(PageLogEntry, entries)
    assert entry["data"]["reason"] == REASON and entry["revision_id"] == revision.pk
    assert schedule_drift() == []  # the schedule ended in the chain: no alert

    go_live(monkeypatch, when)  # the go-live passes: nothing goes live again
    assert not fresh(page).live
