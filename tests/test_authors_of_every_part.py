"""Four eyes over every author (issue 13, gate13 item 4): whoever changed a document, image or
information unit that a publication releases is an author of it (moderation.models.authors),
on every SOP decision: not only the workflow's review tasks, but also the serta merta
force-publication, its retrospective review and a false positive marked on its scan.

Each attack renames the entry's information unit through the snippet editor (an unreleased
version the entry releases), then tries the decision through its admin view."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.models import Workflow, WorkflowState

from moderation.models import FalsePositive, ForcedPublication, ScanReport

from .test_exceptions_to_the_path import serta_merta_draft
from .test_force_publish_sees_what_it_publishes import shown_digest
from .test_reviewed_snippets import edit_unit
from .test_workflow import NIK, draft_entry, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def root() -> User:
    return User.objects.create_superuser("root", "root@contohkab.go.id", "x")


def refused(response) -> bool:
    """Wagtail's admin answers a PermissionDenied with a redirect to its dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def force_as(client, user, entry):
    client.force_login(user)
    return client.post(
        reverse("moderation:force_publish", args=[entry.pk]),
        {"reason": "Darurat banjir.", "digest": shown_digest(client, entry)},
    )


def test_who_renamed_the_unit_cannot_mark_a_false_positive_on_the_entry(client, root):
    operator = member("operator", "Operator")
    entry = draft_entry(operator, f"<p>Nomor seri alat: {NIK}</p>")
    edit_unit(client, root, entry.unit, "Sekretariat Daerah")  # released with the entry
    state = Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    report = ScanReport.objects.get(passed=False)

    client.force_login(root)
    response = client.post(
        f"/admin/sop/pemindaian/{report.pk}/", {"finding": 0, "reason": "Nomor seri alat."}
    )
    assert refused(response)
    assert not FalsePositive.objects.exists()


def test_who_renamed_the_unit_cannot_force_publish_the_new_entry(client, root):
    entry = serta_merta_draft()
    edit_unit(client, root, entry.unit, "Posko Bencana")
    response = force_as(client, root, entry)
    assert response.status_code == 200  # the form again, with why
    entry.refresh_from_db()
    assert not entry.live
    assert not ForcedPublication.objects.exists()


def test_who_renamed_the_unit_cannot_review_the_forced_publication(client, root):
    entry = serta_merta_draft()
    edit_unit(client, root, entry.unit, "Posko Bencana")
    koordinator = member("koordinator", "Koordinator")
    assert force_as(client, koordinator, entry).status_code == 302
    record = ForcedPublication.objects.get()
    entry.refresh_from_db()
    assert entry.live and entry.specific.unit.name == "Posko Bencana"  # released by the force

    client.force_login(root)
    url = reverse("moderation:review_forced", args=[record.pk])
    assert refused(client.post(url, {"comment": "Sudah sesuai."}))
    record.refresh_from_db()
    assert record.reviewed_at is None
    assert root.pk in record.authors

    reviewer = member("subkoordinator", "Sub Koordinator")  # no part in it: reviews
    client.force_login(reviewer)
    assert client.post(url, {"comment": "Sudah sesuai."}).status_code == 302
    record.refresh_from_db()
    assert record.reviewed_by == reviewer
