"""The database goes away in the middle of a request (issue 19).

The request's PostgreSQL connection is terminated with `pg_terminate_backend` from a second
connection at a known point inside the view's work (after the page was published in the
transaction, after the document row was inserted, after the development step's record and file
were saved). The user gets the static error page, nothing half-done is left (no live page without
its approval record, no document row, no history row or record without its stage, no file
without its row) and the same request, sent again, succeeds.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, Workflow, WorkflowState

from integrity.models import AuditChainLink
from moderation import records
from moderation.models import ApprovalRecord
from ppid_pages.models import PPIDDocument
from sop_governance.development import transitions
from sop_governance.development.models import DraftPresentation, Stage, Transition
from tests.development.conftest import ROLE_USERS, advance, step_post_data
from tests.development.conftest import member as development_member
from tests.factories import pdf_bytes
from tests.test_workflow import act, draft_entry, member

from .conftest import (
    audit_breaks,
    cut_connection_at,
    files_under,
    needs_postgresql,
    terminate_backend,
)

pytestmark = [
    needs_postgresql,
    pytest.mark.usefixtures("without_account_audit"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ERROR_PAGE = "Terjadi kesalahan pada server"  # site/templates/500.html


def client_of(user) -> Client:
    client = Client(raise_request_exception=False)  # what a browser gets: the error page
    client.force_login(user)
    return client


def assert_error_page(response) -> None:
    assert response.status_code == 500
    assert ERROR_PAGE in response.content.decode()
    connection.close()  # as Django does at the end of every request: this one is unusable


def test_publication_cut_off_leaves_no_live_page_and_a_retry_publishes(monkeypatch):
    operator = member("operator", "Operator")
    sub = member("subkoordinator", "Sub Koordinator")
    koordinator = member("koordinator", "Koordinator")
    entry = draft_entry(operator, "<p>Data penerima tersedia di kantor.</p>")
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    act(entry, sub)
    task_state = WorkflowState.objects.active().get(object_id=str(entry.pk)).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[entry.pk, "approve", task_state.pk])
    client = client_of(koordinator)
    links_before = AuditChainLink.objects.count()
    breaks_before = audit_breaks()

    # Cut after revision.publish() made the page live inside the transaction.
    cut = cut_connection_at(monkeypatch, records, "record_approval")
    assert_error_page(client.post(url, {"comment": ""}))
    assert cut

    entry.refresh_from_db()
    assert entry.live is False and entry.live_revision is None
    assert not ApprovalRecord.objects.exists()
    assert not PageLogEntry.objects.filter(page=entry, action="wagtail.publish").exists()
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert AuditChainLink.objects.count() == links_before
    assert Client().get(entry.url).status_code == 404

    monkeypatch.undo()
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.live and entry.live_revision == entry.get_latest_revision()
    assert ApprovalRecord.objects.get().revision == entry.live_revision
    assert PageLogEntry.objects.filter(page=entry, action="wagtail.publish").count() == 1
    assert audit_breaks() == breaks_before


def test_document_upload_cut_off_leaves_no_row_and_no_file(monkeypatch, media_root):
    operator = member("operator", "Operator")
    client = client_of(operator)
    url = reverse("wagtaildocs:add_multiple")

    def upload():
        content = pdf_bytes("Laporan keuangan triwulan III")
        return client.post(
            url,
            {"files[]": SimpleUploadedFile("laporan.pdf", content, "application/pdf")},
            headers={"x-requested-with": "XMLHttpRequest"},
        )

    cut: list[int] = []

    def cut_after_insert(sender, instance, created, **kwargs):
        if created and not cut:
            cut.append(connection.connection.info.backend_pid)
            terminate_backend(cut[0])

    post_save.connect(cut_after_insert, sender=PPIDDocument, dispatch_uid="cut-after-insert")
    try:
        assert_error_page(upload())
    finally:
        post_save.disconnect(dispatch_uid="cut-after-insert", sender=PPIDDocument)
    assert cut
    assert not PPIDDocument.objects.exists()
    assert files_under(media_root) == []  # the file of the rolled-back row was removed

    response = upload()
    assert response.status_code == 200 and response.json()["success"]
    document = PPIDDocument.objects.get()
    assert files_under(media_root) == [media_root / document.file.name]
    assert not document.is_released


def test_development_step_cut_off_leaves_no_history_row_and_a_retry_takes_it(
    monkeypatch, media_root
):
    people = {name: development_member(name, role) for name, role in ROLE_USERS.items()}
    request = transitions.submit_request(
        people["subkoordinator"],
        kind="display",
        title="Menu DIP terpotong di ponsel",
        description="Pada layar ponsel menu Daftar Informasi Publik terpotong.",
    )
    advance(request, Stage.RECEIVED, people)
    history_before = Transition.objects.count()
    url = reverse("development_requests:step", args=[request.pk, "present_draft"])
    client = client_of(people["webdev"])

    def present():
        data = step_post_data("present_draft")
        data["file"] = SimpleUploadedFile("draf.pdf", pdf_bytes("Draf menu"), "application/pdf")
        return client.post(url, data)

    # Cut after the record (with its file) and the history row were written, before the log.
    cut = cut_connection_at(monkeypatch, transitions, "log_step")
    assert_error_page(present())
    assert cut

    request.refresh_from_db()
    assert request.stage == Stage.RECEIVED
    assert Transition.objects.count() == history_before
    assert not DraftPresentation.objects.exists()
    assert files_under(media_root) == []

    monkeypatch.undo()
    response = present()
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.stage == Stage.DRAFT
    assert Transition.objects.filter(action="present_draft").count() == 1
    draft = DraftPresentation.objects.get()
    assert files_under(media_root) == [media_root / draft.file.name]


def test_document_upload_with_the_server_gone_leaves_no_file(monkeypatch, media_root):
    """The server itself is gone, not only this connection: the clean-up of the rolled-back
    upload cannot ask the database whether a row uses the file (it used to, raised, and left
    the file behind; found by an outside fault review with a PostgreSQL restart). Here every
    new connection goes to a port nothing listens on until the request has ended."""
    operator = member("operator", "Operator")
    client = client_of(operator)
    settings_dict = connection.settings_dict
    port = settings_dict["PORT"]
    cut: list[int] = []

    def server_gone(sender, instance, created, **kwargs):
        if created and not cut:
            cut.append(connection.connection.info.backend_pid)
            terminate_backend(cut[0])
            settings_dict["PORT"] = "1"  # reconnects fail: the server is unreachable

    post_save.connect(server_gone, sender=PPIDDocument, dispatch_uid="server-gone")
    try:
        response = client.post(
            reverse("wagtaildocs:add_multiple"),
            {
                "files[]": SimpleUploadedFile(
                    "laporan.pdf", pdf_bytes("Daftar penerima bantuan"), "application/pdf"
                )
            },
            headers={"x-requested-with": "XMLHttpRequest"},
        )
    finally:
        post_save.disconnect(dispatch_uid="server-gone", sender=PPIDDocument)
        settings_dict["PORT"] = port
        connection.close()
    assert cut
    assert response.status_code == 500
    assert files_under(media_root) == []  # no file of a row that never existed
    assert not PPIDDocument.objects.exists()
