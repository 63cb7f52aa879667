"""A reviewer may clear a finding as a false positive: for that exact value on that page only."""

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import PageLogEntry, Workflow, WorkflowState

from moderation.actions import mark_false_positive
from moderation.models import FalsePositive, ScanReport

from .test_workflow import NIK, current_task_name, draft_entry, edit, member

pytestmark = pytest.mark.django_db

OTHER_NIK = "3201015708900003"


@pytest.fixture
def rejected():
    operator = member("operator", "Operator")
    entry = draft_entry(operator, f"<p>Nomor seri alat: {NIK}</p>")
    state = Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    return entry, operator, ScanReport.objects.get(passed=False)


def resubmit(entry, operator):
    state = WorkflowState.objects.get(object_id=str(entry.pk))
    state.resume(user=operator)
    state.refresh_from_db()
    return state


def test_a_reviewer_clears_a_finding_and_the_resubmission_passes(client, rejected):
    entry, operator, report = rejected
    reviewer = member("subkoordinator", "Sub Koordinator")
    client.force_login(reviewer)
    assert "Nomor seri" not in client.get("/admin/sop/pemindaian/").content.decode()
    page_html = client.get(f"/admin/sop/pemindaian/{report.pk}/").content.decode()
    assert "32**************" in page_html and NIK not in page_html
    client.post(
        f"/admin/sop/pemindaian/{report.pk}/", {"finding": 0, "reason": "Nomor seri alat."}
    )
    marked = FalsePositive.objects.get()
    assert (marked.page_id, marked.kind, marked.marked_by) == (entry.pk, "nik", reviewer)
    assert NIK not in marked.fingerprint and NIK not in marked.excerpt
    log = PageLogEntry.objects.get(page=entry, action="ppid.false_positive")
    assert log.data["reason"] == "Nomor seri alat."
    # A valid NIK by its structure: a second reviewer confirms (FalsePositive.counts).
    client.force_login(member("koordinator", "Koordinator"))
    client.post(
        f"/admin/sop/pemindaian/{report.pk}/", {"finding": 0, "reason": "Nomor seri, dicek."}
    )

    state = resubmit(entry, operator)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert current_task_name(entry) == "Tinjauan Sub Koordinator"


def test_another_value_on_the_same_page_is_still_blocked(rejected):
    entry, operator, report = rejected
    mark_false_positive(report, 0, member("sub", "Sub Koordinator"), "Nomor seri alat.")
    edit(entry, operator, f"<p>Nomor seri alat: {NIK}. NIK penerima {OTHER_NIK}</p>")
    assert resubmit(entry, operator).status == WorkflowState.STATUS_NEEDS_CHANGES


def test_the_same_value_on_another_page_is_still_blocked(rejected):
    entry, operator, report = rejected
    mark_false_positive(report, 0, member("sub", "Sub Koordinator"), "Nomor seri alat.")
    other = draft_entry(operator, f"<p>NIK {NIK}</p>", slug="lain")
    state = Workflow.objects.get(name="SOP Publikasi Konten").start(other, operator)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_the_author_and_the_operator_cannot_clear_findings(client, rejected):
    entry, operator, report = rejected
    with pytest.raises(PermissionDenied):
        mark_false_positive(report, 0, operator, "Bukan NIK.")
    client.force_login(operator)
    response = client.post(f"/admin/sop/pemindaian/{report.pk}/", {"finding": 0, "reason": "x"})
    assert (response.status_code, response.url) == (302, "/admin/")
    assert not FalsePositive.objects.exists()


def test_a_reason_is_required(rejected):
    from django.core.exceptions import ValidationError

    entry, operator, report = rejected
    with pytest.raises(ValidationError):
        mark_false_positive(report, 0, member("sub", "Sub Koordinator"), "   ")
