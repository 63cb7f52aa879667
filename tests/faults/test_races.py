"""Two people at the same moment on the same step (issue 19), on PostgreSQL, through the real
admin views, each request in its own thread with its own database connection.

The first request is held at a known point inside its transaction (after it read and locked
what it decides on); the second is sent then, and either runs through (no lock: the fault) or
waits for the first one's row lock, which the test sees in pg_stat_activity before it lets the
first request go on. Exactly one publication, one approval record, one signature, one history
row results; the second person is refused or told the step was already taken.
"""

import threading

import psycopg
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, ModelLogEntry, PageLogEntry, Workflow, WorkflowState

from moderation import records
from moderation.actions import version_digest
from moderation.models import ApprovalRecord
from ppid_pages.models import DocumentScanStatus, PPIDDocument
from sop_governance.development import transitions
from sop_governance.development.models import DeveloperReceipt, Stage, Transition
from sop_governance.models import ContentPlan, SignPlanTask
from tests.development.conftest import ROLE_USERS, advance, step_post_data
from tests.development.conftest import member as development_member
from tests.factories import first_approval, make_document, pdf_bytes
from tests.governance.conftest import make_plan, submit
from tests.test_workflow import act, draft_entry, member

from .conftest import audit_breaks, database_url, files_under, needs_postgresql, wait_until

pytestmark = [
    needs_postgresql,
    pytest.mark.usefixtures("without_account_audit"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NIK = "3201014508900002"


class Hold:
    """Wrap `owner.name` so that the request of thread "first" stops there until released."""

    def __init__(self, monkeypatch, owner, name: str):
        self.reached = threading.Event()
        self.release = threading.Event()
        real = getattr(owner, name)

        def held(*args, **kwargs):
            if threading.current_thread().name == "first" and not self.reached.is_set():
                self.reached.set()
                self.release.wait(30)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, held)


def someone_waits_for_a_lock() -> bool:
    with psycopg.connect(database_url(), autocommit=True) as watcher:
        [[waiting]] = watcher.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        ).fetchall()
    return waiting > 0


def race(hold: Hold, first, second):
    """Run `first` until it is held, then `second`; returns both results (or exceptions)."""
    results: dict[str, object] = {}

    def run(name, request):
        try:
            results[name] = request()
        except Exception as error:  # noqa: BLE001 - handed to the test
            results[name] = error
        finally:
            connection.close()

    one = threading.Thread(target=run, args=("first", first), name="first")
    one.start()
    assert hold.reached.wait(30), "the first request never reached the hold"
    two = threading.Thread(target=run, args=("second", second), name="second")
    two.start()
    try:
        # Without a lock the second request runs through; with one it waits for the first.
        wait_until(
            lambda: not two.is_alive() or someone_waits_for_a_lock(),
            timeout=30,
            what="the second request to finish or to wait for a lock",
        )
    finally:
        hold.release.set()
        one.join(30)
        two.join(30)
    assert not one.is_alive() and not two.is_alive()
    return results["first"], results["second"]


def client_of(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_two_koordinators_approve_the_last_task_at_once_one_publication(monkeypatch):
    operator = member("operator", "Operator")
    sub = member("subkoordinator", "Sub Koordinator")
    koordinators = [member("koordinator1", "Koordinator"), member("koordinator2", "Koordinator")]
    entry = draft_entry(operator, "<p>Data penerima tersedia di kantor.</p>")
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    act(entry, sub)
    task_state = WorkflowState.objects.active().get(object_id=str(entry.pk)).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[entry.pk, "approve", task_state.pk])
    clients = [client_of(user) for user in koordinators]
    assert not ApprovalRecord.objects.exists()
    breaks_before = audit_breaks()

    hold = Hold(monkeypatch, records, "record_approval")  # inside the publication
    first, second = race(
        hold,
        lambda: clients[0].post(url, {"comment": ""}),
        lambda: clients[1].post(url, {"comment": ""}),
    )
    assert first.status_code == second.status_code == 302
    assert second["Location"] == reverse("wagtailadmin_home")  # refused: already decided

    entry.refresh_from_db()
    assert entry.live
    record = ApprovalRecord.objects.get()
    assert record.revision == entry.live_revision
    assert PageLogEntry.objects.filter(page=entry, action="wagtail.publish").count() == 1
    approvals = PageLogEntry.objects.filter(page=entry, action="wagtail.workflow.approve")
    assert approvals.filter(user=koordinators[0]).count() == 1
    assert not approvals.filter(user=koordinators[1]).exists()
    assert audit_breaks() == breaks_before


def test_two_koordinators_sign_a_daftar_konten_at_once_one_signature(monkeypatch):
    sub = development_member("subkoordinator", "Sub Koordinator")
    development_member("operator", "Operator")
    koordinators = [
        development_member("koordinator1", "Koordinator"),
        development_member("koordinator2", "Koordinator"),
    ]
    plan = make_plan(sub)
    submit(plan, sub)
    url = reverse("sop_governance:plan_step", args=[plan.pk, "approve"])
    clients = [client_of(user) for user in koordinators]
    breaks_before = audit_breaks()

    hold = Hold(monkeypatch, SignPlanTask, "record")  # the signature is being written
    race(
        hold,
        lambda: clients[0].post(url, {"action": "approve", "comment": ""}),
        lambda: clients[1].post(url, {"action": "approve", "comment": ""}),
    )
    plan = ContentPlan.objects.get(pk=plan.pk)
    assert plan.signed_by == koordinators[0]
    signatures = ModelLogEntry.objects.filter(
        object_id=str(plan.pk), action="sop_governance.plan.sign"
    )
    assert list(signatures.values_list("user", flat=True)) == [koordinators[0].pk]
    assert audit_breaks() == breaks_before


def test_two_staff_take_the_same_development_step_at_once_one_history_row(monkeypatch):
    people = {name: development_member(name, role) for name, role in ROLE_USERS.items()}
    people["webdev2"] = development_member("webdev2", "Web Developer")
    request = transitions.submit_request(
        people["subkoordinator"],
        kind="display",
        title="Menu DIP terpotong di ponsel",
        description="Pada layar ponsel menu Daftar Informasi Publik terpotong.",
    )
    advance(request, Stage.HANDED_OVER, people)
    url = reverse("development_requests:step", args=[request.pk, "acknowledge"])
    clients = [client_of(people["webdev"]), client_of(people["webdev2"])]
    data = step_post_data("acknowledge")
    breaks_before = audit_breaks()

    hold = Hold(monkeypatch, transitions, "log_step")  # stage, record and history row written
    first, second = race(
        hold, lambda: clients[0].post(url, data), lambda: clients[1].post(url, data)
    )
    assert first.status_code == 302
    assert second.status_code != 302  # the form again, saying the step is no longer possible

    request.refresh_from_db()
    assert request.stage == Stage.RECEIVED
    steps = Transition.objects.filter(request=request, action="acknowledge")
    assert list(steps.values_list("user", flat=True)) == [people["webdev"].pk]
    assert DeveloperReceipt.objects.filter(request=request).count() == 1
    assert audit_breaks() == breaks_before


def test_a_new_file_uploaded_while_the_old_one_is_approved_is_never_released(monkeypatch):
    """The Koordinator approves the clean file at the moment the Operator uploads a new one
    with a NIK: the approval must not end up on the new file (released with personal data)."""
    operator = member("operator", "Operator")
    koordinator = member("koordinator", "Koordinator")
    document = make_document("Laporan", pdf_bytes("Laporan keuangan triwulan III"))
    PPIDDocument.objects.filter(pk=document.pk).update(uploaded_by_user=operator)
    assert PPIDDocument.objects.get(pk=document.pk).scan_status == DocumentScanStatus.CLEAN
    approver, uploader = client_of(koordinator), client_of(operator)
    seen = version_digest(document)  # the clean file the Koordinator looked at
    first_approval(document, seen)  # the Sub Koordinator's, the first of two (two_people)

    def approve():
        return approver.post(
            reverse("moderation:documents_to_approve"), {"document": document.pk, "version": seen}
        )

    def upload_new_file():
        content = pdf_bytes(f"Daftar penerima, NIK {NIK}")
        data = {
            "title": "Laporan",
            "file": SimpleUploadedFile("laporan-baru.pdf", content, "application/pdf"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        }
        return uploader.post(reverse("wagtaildocs:edit", args=[document.pk]), data)

    hold = Hold(monkeypatch, PPIDDocument, "save")  # the approval read the row, not yet saved
    first, second = race(hold, approve, upload_new_file)
    assert first.status_code == second.status_code == 302

    # The upload waits for the approval (the row lock of security.forms) and becomes the
    # approved document's pending version: the approval stays on the file it reviewed, the new
    # file with the NIK is held, unreleased, with its findings.
    document = PPIDDocument.objects.get(pk=document.pk)
    assert "laporan-baru" not in document.file.name and document.approved_at is not None
    assert document.scan_status == DocumentScanStatus.CLEAN
    assert "laporan-baru" in document.pending_file
    assert document.pending_scan_status == DocumentScanStatus.FINDINGS
    response = Client().get(document.url)  # the public gets the file the approval reviewed
    with document.file.open("rb") as approved:
        assert b"".join(response.streaming_content) == approved.read()


def test_two_uploads_of_a_new_file_for_the_same_document_leave_no_stray_file(
    monkeypatch, media_root
):
    """The Operator uploads a new file for the same document from two tabs at once: the row
    ends with one of them, scanned as it is, and no file of the other is left on disk without a
    row (it held personal data: a stray copy would never be scanned, released or purged)."""
    operator = member("operator", "Operator")
    document = make_document("Laporan", pdf_bytes("Laporan keuangan triwulan III"))
    PPIDDocument.objects.filter(pk=document.pk).update(uploaded_by_user=operator)
    tabs = [client_of(operator), client_of(operator)]
    url = reverse("wagtaildocs:edit", args=[document.pk])

    def upload(tab, name: str, text: str):
        data = {
            "title": "Laporan",
            "file": SimpleUploadedFile(name, pdf_bytes(text), "application/pdf"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        }
        return tab.post(url, data)

    hold = Hold(monkeypatch, PPIDDocument, "save")  # the first form is valid, not yet saved
    first, second = race(
        hold,
        lambda: upload(tabs[0], "laporan-a.pdf", "Laporan keuangan, versi A"),
        lambda: upload(tabs[1], "laporan-b.pdf", f"Daftar penerima, NIK {NIK}"),
    )
    assert first.status_code == second.status_code == 302

    # With the row lock the second upload waits for the first and replaces its file.
    document = PPIDDocument.objects.get(pk=document.pk)
    assert files_under(media_root) == [media_root / document.file.name]
    scanned = {"laporan-a": DocumentScanStatus.CLEAN, "laporan-b": DocumentScanStatus.FINDINGS}
    [status] = [value for key, value in scanned.items() if key in document.file.name]
    assert document.scan_status == status and not document.is_released
