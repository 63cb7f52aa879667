"""Two different human reviewers, whatever workflow a page goes through (issue 13 re-attack).

An administrator can build a workflow with the privacy scan alone, or with one review task,
and assign it to a section: the finish action still refuses to publish without two approvals
in SOP review tasks by two distinct people who are neither the scanner nor an author. And
whoever changed an unreleased version of a snippet the page shows (an information unit's new
name) is an author of the page's publication (moderation.models.authors).
"""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from wagtail.models import Task, TaskState, Workflow, WorkflowPage, WorkflowState, WorkflowTask

from moderation.models import ApprovalRecord, PrivacyScanTask
from ppid_pages.models import DipEntryPage

from .factories import entry_fields, make_dip_index, make_unit
from .test_reviewed_snippets import edit_unit
from .test_workflow_bypass import draft_page, member, post_edit, workflow_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def people() -> dict[str, User]:
    people = {role: member(role) for role in ("Operator", "Sub Koordinator", "Koordinator")}
    people["root"] = User.objects.create_superuser("root", "root@contohkab.go.id", "x")
    return people


def draft_entry(author: User, unit=None, slug: str = "laporan-keuangan") -> DipEntryPage:
    index = DipIndexPage_or_new()
    entry = DipEntryPage(
        title="Laporan Keuangan",
        slug=slug,
        live=False,
        owner=author,
        **entry_fields(unit or make_unit(), "berkala", summary="<p>Ringkasan laporan.</p>"),
    )
    index.add_child(instance=entry)
    entry.save_revision(user=author)
    return entry


def DipIndexPage_or_new():  # noqa: N802 - reads as the page it returns
    from ppid_pages.models import DipIndexPage

    return DipIndexPage.objects.first() or make_dip_index()


def submit(client: Client, user: User, page) -> None:
    client.force_login(user)
    post_edit(client, page, **{"action-submit": "Kirim"})


def assert_not_public(page) -> None:
    page = type(page).objects.get(pk=page.pk)
    assert not page.live and page.live_revision_id is None
    assert Client().get(page.get_url()).status_code == 404


def assign(workflow: Workflow, page) -> None:
    """As a database configured before the configuration check holds it (a bulk write: the
    check, moderation.signals, refuses such a workflow when it is assigned)."""
    WorkflowPage.objects.filter(page=page).delete()
    WorkflowPage.objects.bulk_create([WorkflowPage(page=page, workflow=workflow)])


def test_a_scan_only_workflow_never_publishes(client, people):
    scan = Task.objects.get(name="Pemindaian privasi").specific
    assert isinstance(scan, PrivacyScanTask)
    quick = Workflow.objects.create(name="Alur cepat berita")
    WorkflowTask.objects.create(workflow=quick, task=scan, sort_order=0)  # in the database
    page = draft_page(people["Operator"], "pengumuman")
    assign(quick, page)

    submit(client, people["Operator"], page)
    assert_not_public(page)
    assert not ApprovalRecord.objects.exists()


def test_who_renamed_the_unit_cannot_approve_the_entry_that_releases_it(client, people):
    unit = make_unit("Sekretariat")
    entry = draft_entry(people["Operator"], unit)
    edit_unit(client, people["root"], unit, "Sekretariat Daerah")  # released with the entry

    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["Operator"])
    state = WorkflowState.objects.active().get(object_id=str(entry.pk))
    task_state = state.current_task_state
    assert task_state.task.name == "Tinjauan Sub Koordinator"
    task = task_state.task.specific
    assert task.is_author(DipEntryPage.objects.get(pk=entry.pk), people["root"])
    assert task.get_actions(DipEntryPage.objects.get(pk=entry.pk), people["root"]) == []

    workflow_action(client, people["root"], entry, state=task_state)
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert_not_public(entry)
