"""Issue 13 (reattack13d, also found): a superuser resets another user's 2FA (and could set
their password), then acts as that reviewer. Approvals by an account within
SECURITY_TAKEOVER_HOURS after another account reset it are flagged (security.takeover): an
audit entry next to the approval, and the Form Persetujuan step says who reset it."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry

from moderation.models import ApprovalRecord

from .test_exceptions_to_the_path import serta_merta_draft
from .test_force_publish_one_exception import force
from .test_workflow import member

pytestmark = pytest.mark.django_db

FLAG_ACTION = "ppid.approval.after_reset"  # security.takeover


def reset_by_superuser(target: User) -> User:
    admin = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    client = Client()
    client.force_login(admin)
    assert client.post(reverse("security_2fa_reset", args=[target.pk])).status_code == 302
    return admin


def test_a_force_publication_by_a_reset_account_is_flagged(client):
    koordinator = member("koordinator", "Koordinator")
    reset_by_superuser(koordinator)
    entry = serta_merta_draft()
    assert force(client, koordinator, entry).status_code == 302
    flag = PageLogEntry.objects.get(page=entry, action=FLAG_ACTION)
    assert flag.user == koordinator
    assert flag.data["approval"] == "ppid.force_publish"
    assert flag.data["reset_by"] == "admin" and flag.data["reset"] == "ppid.2fa.reset"


def test_an_account_nobody_else_reset_is_not_flagged(client):
    koordinator = member("koordinator", "Koordinator")
    entry = serta_merta_draft()
    assert force(client, koordinator, entry).status_code == 302
    assert not PageLogEntry.objects.filter(action=FLAG_ACTION).exists()


def test_the_approval_form_names_who_reset_the_reviewer(client):
    from wagtail.models import Workflow, WorkflowState

    from .test_workflow import draft_entry

    operator = member("operator", "Operator")
    sub = member("subkoordinator", "Sub Koordinator")
    koordinator = member("koordinator", "Koordinator")
    entry = draft_entry(operator, "<p>Jadwal pelayanan kantor.</p>")
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    reset_by_superuser(koordinator)
    for reviewer in (sub, koordinator):
        state = WorkflowState.objects.active().get(object_id=str(entry.pk))
        client.force_login(reviewer)
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[entry.pk, "approve", state.current_task_state.pk],
        )
        assert client.post(url, {"comment": ""}).status_code == 302
    record = ApprovalRecord.objects.get()
    flagged = [step for step in record.steps if step.get("after_reset")]
    assert [step["reviewer"] for step in flagged] == ["koordinator"]
    assert "diatur ulang oleh admin" in record.step_lines()
