"""Form Persetujuan and Form Daftar Update Konten: stored, listed, printable, exportable."""

import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader
from wagtail.models import Workflow

from moderation.actions import take_down
from moderation.models import ApprovalRecord, ChangeKind

from .test_workflow import act, draft_entry, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def published():
    operator = member("operator", "Operator", first_name="Ani", last_name="Operator")
    entry = draft_entry(operator, "<p>Aman.</p>")
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    act(entry, member("subkoordinator", "Sub Koordinator", first_name="Budi", last_name="Sub"))
    act(entry, member("koordinator", "Koordinator", first_name="Citra", last_name="Koor"))
    entry.refresh_from_db()
    return entry


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_publication_writes_an_approval_form(published):
    record = ApprovalRecord.objects.get()
    assert record.page_id == published.pk
    assert record.revision_id == published.live_revision_id
    assert record.change_kind == ChangeKind.NEW
    assert record.submitted_by == "Ani Operator"
    assert [(s["task"], s["reviewer"]) for s in record.steps] == [
        ("Pemindaian privasi", "Pemindai Privasi"),
        ("Tinjauan Sub Koordinator", "Budi Sub"),
        ("Persetujuan Koordinator", "Citra Koor"),
    ]
    assert "lolos" in record.scan_summary.lower()


def test_approval_form_prints_as_a4_pdf_with_signatures(client, published):
    client.force_login(member("kadis", "Kepala Dinas"))
    record = ApprovalRecord.objects.get()
    response = client.get(f"/admin/sop/persetujuan/{record.pk}/pdf/")
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4 in points
    text = pdf_text(response.content)
    assert "FORM PERSETUJUAN PUBLIKASI KONTEN" in text
    assert "Budi Sub" in text and "Citra Koor" in text
    assert "Daftar Penerima Bantuan" in text


def test_approval_forms_are_listed_and_exported(client, published):
    client.force_login(member("kadis", "Kepala Dinas"))
    html = client.get("/admin/sop/persetujuan/").content.decode()
    assert "Daftar Penerima Bantuan" in html
    response = client.get("/admin/sop/persetujuan/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert any("Daftar Penerima Bantuan" in str(c.value) for row in sheet.iter_rows() for c in row)


@pytest.mark.parametrize("role", ["Operator", "Web Developer"])
def test_roles_outside_the_review_do_not_read_the_records(client, published, role):
    client.force_login(member("orang", role))
    record = ApprovalRecord.objects.get()
    assert client.get("/admin/sop/persetujuan/").status_code == 302
    assert client.get(f"/admin/sop/persetujuan/{record.pk}/pdf/").status_code == 302


def test_records_cannot_be_edited_or_deleted(client, published):
    client.force_login(member("koordinator2", "Koordinator"))
    record = ApprovalRecord.objects.get()
    for url in (
        f"/admin/sop/persetujuan/edit/{record.pk}/",
        f"/admin/sop/persetujuan/delete/{record.pk}/",
        "/admin/sop/persetujuan/new/",
    ):
        response = client.post(url, {"page_title": "Diubah"})
        assert response.status_code == 302, url
    assert ApprovalRecord.objects.get().page_title == "Daftar Penerima Bantuan"


def test_register_lists_publications_and_takedowns_of_the_month(client, published):
    kadis = member("kadis", "Kepala Dinas")
    take_down(published, kadis, "Perlu dikoreksi.")
    client.force_login(kadis)
    month = timezone.localdate().strftime("%Y-%m")
    html = client.get("/admin/sop/daftar-update-konten/", {"periode": month}).content.decode()
    assert html.count("Daftar Penerima Bantuan") >= 2
    assert "Perlu dikoreksi." in html

    pdf = client.get("/admin/sop/daftar-update-konten/pdf/", {"periode": month}).content
    assert "FORM DAFTAR UPDATE KONTEN" in pdf_text(pdf)
    xlsx = client.get("/admin/sop/daftar-update-konten/xlsx/", {"periode": month}).content
    rows = list(load_workbook(io.BytesIO(xlsx)).active.iter_rows(values_only=True))
    assert [row[2] for row in rows[2:]] == ["Konten baru", "Diturunkan"]


def test_register_accepts_quarters_and_explains_bad_periods(client, published):
    client.force_login(member("kadis", "Kepala Dinas"))
    today = timezone.localdate()
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    html = client.get("/admin/sop/daftar-update-konten/", {"periode": quarter}).content.decode()
    assert "Daftar Penerima Bantuan" in html
    html = client.get("/admin/sop/daftar-update-konten/", {"periode": "2026-13"}).content
    assert "Pilih bulan (2026-10) atau triwulan (2026-Q4)." in html.decode()
