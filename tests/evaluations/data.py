"""Hand-made rows with fixed dates (Asia/Jakarta) for the C2 report of October 2026 and the C1
report of the second half of 2026. Expected values are worked out by hand in the tests."""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    ModelLogEntry,
    Page,
    PageLogEntry,
    Task,
    TaskState,
    Workflow,
    WorkflowState,
)

from moderation.models import ForcedPublication, ScanReport, Takedown
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import DipEntryPage, PPIDDocument
from ppid_pages.models.dip import DipCategory
from security import audit
from tests.factories import entry_fields, home_page, make_dip_index, make_document, make_unit

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")


def at(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=JAKARTA)


def member(username: str, role: str) -> User:
    user = User.objects.create_user(username, email=f"{username}@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


def draft(index, title: str, category: str, slug: str) -> DipEntryPage:
    entry = DipEntryPage(title=title, slug=slug, live=False, **entry_fields(make_unit(), category))
    index.add_child(instance=entry)
    entry.save_revision()
    return entry


@dataclass
class Fixture:
    berkala: DipEntryPage
    serta_merta: DipEntryPage
    workflow_state: WorkflowState


def task(name: str) -> Task:
    return Task.objects.get(name=name)


def task_state(fixture_state, task_name: str, start, end=None, status="approved") -> TaskState:
    state = TaskState.objects.create(
        workflow_state=fixture_state,
        revision=fixture_state.content_object.get_latest_revision(),
        task=task(task_name),
        status=status,
    )
    TaskState.objects.filter(pk=state.pk).update(started_at=start, finished_at=end)
    return state


def scan_report(revision, passed: bool, kinds: list[str], when) -> ScanReport:
    findings = [{"kind": kind, "location": "summary", "excerpt": "**"} for kind in kinds]
    report = ScanReport.objects.create(revision=revision, passed=passed, findings=findings)
    ScanReport.objects.filter(pk=report.pk).update(scanned_at=when)
    return report


def page_log(page, action: str, when) -> None:
    PageLogEntry.objects.create(
        page=page,
        content_type=ContentType.objects.get_for_model(page.specific_class),
        label=page.title,
        action=action,
        timestamp=when,
    )


def failed_login(username: str, when) -> None:
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(User),
        label=username,
        action=audit.LOGIN_FAILED,
        object_id="-",
        timestamp=when,
        data={"username": username},
    )


def build() -> Fixture:
    index = make_dip_index()
    berkala = draft(index, "Laporan Keuangan", DipCategory.BERKALA, "laporan-keuangan")
    serta_merta = draft(index, "Peringatan Banjir", DipCategory.SERTA_MERTA, "peringatan-banjir")
    koordinator = member("koordinator", "Koordinator")
    subkoordinator = member("subkoordinator", "Sub Koordinator")
    # Set-up wrote log entries "now": only the rows below count.
    PageLogEntry.objects.all().delete()
    ModelLogEntry.objects.all().delete()

    workflow = Workflow.objects.get(name="SOP Publikasi Konten")
    state = WorkflowState.objects.create(
        content_type=ContentType.objects.get_for_model(DipEntryPage),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(berkala.pk),
        workflow=workflow,
        status=WorkflowState.STATUS_APPROVED,
        requested_by=koordinator,
    )
    WorkflowState.objects.filter(pk=state.pk).update(created_at=at(10, 5, 8))

    scan, sub, koor = "Pemindaian privasi", "Tinjauan Sub Koordinator", "Persetujuan Koordinator"
    # Privacy scan: one rejection, one pass (seconds).
    task_state(state, scan, at(10, 5, 8), at(10, 5, 8) + datetime.timedelta(seconds=1), "rejected")
    task_state(state, scan, at(10, 5, 8), at(10, 5, 8) + datetime.timedelta(seconds=2))
    # Sub Koordinator: 1h, 2h, 3h (rejected), 24h, 120h (Fri 2 -> Wed 7: 3 working days).
    task_state(state, sub, at(10, 5, 8), at(10, 5, 9))
    task_state(state, sub, at(10, 5, 8), at(10, 5, 10))
    task_state(state, sub, at(10, 6, 8), at(10, 6, 11), "rejected")
    task_state(state, sub, at(10, 8, 8), at(10, 9, 8))
    task_state(state, sub, at(10, 2, 9), at(10, 7, 9))
    # Decided 1 November 00:30 Jakarta (31 October in UTC): not October's.
    task_state(state, sub, at(10, 30, 9), at(11, 1, 0, 30))
    # Decided in September: not October's.
    task_state(state, sub, at(9, 28, 9), at(9, 30, 9))
    # Still open at the end of October: since Tue 27 (3 working days) and Thu 29 (1).
    task_state(state, sub, at(10, 27, 9), None, "in_progress")
    task_state(state, sub, at(10, 29, 9), None, "in_progress")
    # Koordinator: 1.5h (31 October late evening), 4h, 104h (Fri 9 -> Tue 13: 2 working days).
    task_state(state, koor, at(10, 31, 22), at(10, 31, 23, 30))
    task_state(state, koor, at(10, 5, 10), at(10, 5, 14))
    task_state(state, koor, at(10, 9, 10), at(10, 13, 18))

    revision = berkala.get_latest_revision()
    scan_report(revision, False, ["nik", "nik", "phone"], at(10, 5, 8))
    scan_report(revision, False, ["email"], at(10, 20, 8))
    scan_report(revision, True, ["phone"], at(10, 21, 8))
    scan_report(revision, False, ["nik"], at(9, 30, 8))

    home = home_page()
    page_log(berkala, "wagtail.publish", at(10, 7, 10))
    page_log(berkala, "wagtail.publish", at(10, 20, 10))
    page_log(serta_merta, "wagtail.publish", at(10, 9, 10))
    page_log(home, "wagtail.publish", at(10, 31, 23))
    page_log(home, "wagtail.publish", at(11, 1, 1))
    page_log(serta_merta, "wagtail.unpublish", at(10, 15, 10))
    page_log(berkala, "wagtail.publish", at(8, 3, 10))

    forced = ForcedPublication.objects.create(
        page=serta_merta, page_title=serta_merta.title, forced_by=koordinator, reason="Banjir"
    )
    ForcedPublication.objects.filter(pk=forced.pk).update(
        forced_at=at(10, 10), reviewed_by=subkoordinator, reviewed_at=at(10, 11)
    )
    pending = ForcedPublication.objects.create(
        page=serta_merta, page_title=serta_merta.title, forced_by=koordinator, reason="Banjir"
    )
    ForcedPublication.objects.filter(pk=pending.pk).update(forced_at=at(10, 20))
    old = ForcedPublication.objects.create(
        page=serta_merta, page_title=serta_merta.title, forced_by=koordinator, reason="Banjir"
    )
    ForcedPublication.objects.filter(pk=old.pk).update(forced_at=at(9, 1))
    takedown = Takedown.objects.create(
        page=serta_merta, page_title=serta_merta.title, taken_down_by=koordinator, reason="x"
    )
    Takedown.objects.filter(pk=takedown.pk).update(taken_down_at=at(10, 15))

    # C1: failed logins (3 in August, 1 in December), documents uploaded in July and August.
    for day in (1, 2, 3):
        failed_login("tamu", at(8, day))
    failed_login("tamu", at(12, 1))
    for month in (7, 8):
        document = make_document(f"Dokumen {month}")
        PPIDDocument.objects.filter(pk=document.pk).update(created_at=at(month, 10))

    # DIP freshness: live informasi berkala published in March (stale by January) and August.
    # Set-up (moderation.publication.SET_UP): back-dated publications, written as rows.
    fresh = draft(index, "Rencana Kerja", DipCategory.BERKALA, "rencana-kerja")
    with approved_path(SET_UP):
        DipEntryPage.objects.filter(pk=berkala.pk).update(live=True, last_published_at=at(3, 1))
        DipEntryPage.objects.filter(pk=fresh.pk).update(live=True, last_published_at=at(8, 1))
        DipEntryPage.objects.filter(pk=serta_merta.pk).update(
            live=True, last_published_at=at(1, 1)
        )
    return Fixture(berkala, serta_merta, state)


def build_more(fixture: Fixture, copies: int) -> int:
    """More rows of every kind the reports read (copies of the October ones)."""
    created = 0
    for number in range(copies):
        when = at(10, 5 + number, 8)
        task_state(fixture.workflow_state, "Tinjauan Sub Koordinator", when, at(10, 20, 8))
        scan_report(fixture.berkala.get_latest_revision(), False, ["nik", "bank"], when)
        page_log(fixture.serta_merta, "wagtail.publish", when)
        failed_login(f"tamu{number}", when)
        created += 4
    return created
