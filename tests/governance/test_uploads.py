"""A2 monthly uploads with fixed dates: counts per month in office time, breaches, exports."""

import csv
import datetime
import io
import zoneinfo

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from moderation.models import ApprovalRecord, ForcedPublication
from ppid_pages.models import PPIDDocument
from sop_governance.uploads import monthly_uploads
from tests.factories import make_document

pytestmark = pytest.mark.django_db

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
TODAY = datetime.date(2026, 11, 15)


def at(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=JAKARTA)


def approval(when: str, kind: str = "new") -> ApprovalRecord:
    record = ApprovalRecord.objects.create(
        page_title="Laporan",
        change_kind=kind,
        submitted_by="Operator",
        submitted_at=at(when),
        scan_summary="Lolos",
    )
    ApprovalRecord.objects.filter(pk=record.pk).update(published_at=at(when))
    return record


def forced(when: str) -> None:
    record = ForcedPublication.objects.create(page_title="Peringatan banjir", reason="Darurat")
    ForcedPublication.objects.filter(pk=record.pk).update(forced_at=at(when))


def document(created: str, **released: str) -> None:
    doc = make_document("Dokumen")
    PPIDDocument.objects.filter(pk=doc.pk).update(
        created_at=at(created), **{name: at(value) for name, value in released.items()}
    )


def submission(when: str) -> None:
    """A page submitted to the publishing workflow at `when` (its scan decides at once)."""
    from wagtail.models import Workflow, WorkflowState

    from tests.test_workflow import draft_entry

    operator = User.objects.get(username="operator")
    slug = f"entri-{WorkflowState.objects.count()}"
    entry = draft_entry(operator, "<p>Ringkasan.</p>", slug=slug)
    state = Workflow.objects.get(name="SOP Publikasi Konten").start(entry, entry.owner)
    WorkflowState.objects.filter(pk=state.pk).update(created_at=at(when))


@pytest.fixture
def history(people):
    approval("2026-10-03 10:00", "new")
    approval("2026-10-20 10:00", "update")
    submission("2026-10-02 09:00")
    forced("2026-09-12 08:00")
    document("2026-08-04 09:00", approved_at="2026-08-05 09:00")
    approval("2026-08-01 00:30", "update")  # 2026-07-31 17:30 UTC: August in Jakarta
    approval("2026-06-30 23:30", "new")  # 16:30 UTC: still June in Jakarta
    document("2026-07-10 09:00")  # uploaded, never released
    submission("2026-07-11 09:00")
    approval("2025-11-30 10:00")  # older than the 12 months shown


def by_code(months):
    return {month.code: month for month in months}


def test_monthly_counts_and_breaches(history):
    months = monthly_uploads(TODAY)
    assert [m.code for m in months][:3] == ["2026-11", "2026-10", "2026-09"]
    assert len(months) == 12 and months[-1].code == "2025-12"
    month = by_code(months)

    assert (month["2026-10"].published_new, month["2026-10"].published_updates) == (1, 1)
    assert month["2026-10"].submitted == 1
    assert month["2026-09"].published_at_once == 1
    august = month["2026-08"]
    assert (august.documents_uploaded, august.documents_released, august.published_updates) == (
        1,
        1,
        1,
    )
    july = month["2026-07"]
    assert (july.submitted, july.documents_uploaded, july.published_total) == (1, 1, 0)
    assert month["2026-06"].published_new == 1

    breaches = [m.code for m in months if m.breach]
    assert breaches == [
        "2026-07",
        "2026-05",
        "2026-04",
        "2026-03",
        "2026-02",
        "2026-01",
        "2025-12",
    ]
    current = month["2026-11"]
    assert current.in_progress and not current.breach and current.published_total == 0
    assert july.status == "Pelanggaran SOP: tidak ada penerbitan"


def test_the_query_count_does_not_grow_with_rows(people):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            monthly_uploads(TODAY)
        return len(captured)

    approval("2026-10-03 10:00")
    forced("2026-09-12 08:00")
    few = queries()
    for day in range(1, 28):
        approval(f"2026-{(day % 9) + 1:02d}-{day:02d} 10:00")
        forced(f"2026-{(day % 9) + 1:02d}-{day:02d} 11:00")
    assert queries() == few


def test_the_view_and_its_exports(client, people, history, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args: TODAY)
    url = reverse("sop_governance:uploads")
    client.force_login(people["operator"])
    response = client.get(url)
    assert response.status_code == 200
    assert "Pelanggaran SOP: tidak ada penerbitan" in response.content.decode()

    rows = list(csv.reader(io.StringIO(b"".join(client.get(url + "?export=csv")).decode())))
    assert rows[0][:3] == ["Periode", "Bulan", "Diajukan untuk ditinjau"]
    october = next(row for row in rows if row[0] == "2026-10")
    assert october[4:9] == ["1", "1", "0", "0", "2"]

    response = client.get(url + "?export=xlsx")
    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Periode"
    july = next(row for row in values if row[0] == "2026-07")
    assert july[-1] == "Pelanggaran SOP: tidak ada penerbitan"


def test_the_web_developer_does_not_see_uploads(client, people):
    client.force_login(people["webdev"])
    response = client.get(reverse("sop_governance:uploads"))
    assert response.status_code in (302, 403)
