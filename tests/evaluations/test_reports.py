"""Reports: one per kind and period, never half, e-mailed once with the PDF, signed by the
right role, shown in the admin with charts, printed as A4 PDF and XLSX."""

import io
import json

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.core.management.base import CommandError
from pypdf import PdfReader
from wagtail.models import ModelLogEntry

from sop_governance.evaluations import metrics, reports
from sop_governance.evaluations.models import EvaluationReport, Status

from . import data

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {
        "kepala": data.member("kepala", "Kepala Dinas"),
        "koordinator": data.member("koor", "Koordinator"),
        "operator": data.member("operator", "Operator"),
    }


def test_running_twice_gives_one_report(people):
    first = reports.generate("monthly", "2026-10")
    second = reports.generate("monthly", "2026-10")
    assert first is not None and second is None
    assert EvaluationReport.objects.filter(kind="monthly", period="2026-10").count() == 1
    assert first.metrics["period"]["code"] == "2026-10"
    assert ModelLogEntry.objects.filter(action=reports.GENERATED).count() == 1


def test_a_failure_mid_way_leaves_no_report(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("worker died")

    monkeypatch.setattr(metrics, "dip_freshness", broken)
    with pytest.raises(RuntimeError):
        reports.generate("semiannual", "2026-H2")
    assert not EvaluationReport.objects.exists()
    monkeypatch.undo()
    assert reports.generate("semiannual", "2026-H2") is not None


def test_missing_periods_are_produced_after_a_pause():
    reports.generate("monthly", "2026-06")
    produced = reports.generate_due("monthly", now=data.at(11, 22))
    assert [report.period for report in produced] == ["2026-07", "2026-08", "2026-09", "2026-10"]
    assert reports.generate_due("monthly", now=data.at(11, 23)) == []


def test_first_run_produces_only_the_last_ended_period():
    produced = reports.generate_due("semiannual", now=data.at(11, 22))
    assert [report.period for report in produced] == ["2026-H1"]


def test_the_pdf_is_emailed_once_to_the_recipients(people):
    report = reports.generate("monthly", "2026-10")
    assert reports.email_pending("monthly") == 1
    assert reports.email_pending("monthly") == 0
    [message] = mail.outbox
    assert message.to == ["kepala@contohkab.go.id"]
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == ("evaluasi-c2-2026-10.pdf", "application/pdf")
    text = PdfReader(io.BytesIO(content)).pages[0].extract_text()
    assert "2026" in text and "Oktober" in text
    report.refresh_from_db()
    assert report.emailed_at is not None


def test_c1_goes_to_the_koordinator_and_the_head_of_office(people):
    reports.generate("semiannual", "2026-H1")
    reports.email_pending("semiannual")
    assert mail.outbox[0].to == ["kepala@contohkab.go.id", "koor@contohkab.go.id"]


def test_a_failed_email_is_sent_by_the_next_run(people, monkeypatch):
    reports.generate("monthly", "2026-10")

    def down(*args, **kwargs):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", down)
    with pytest.raises(ConnectionRefusedError):
        reports.email_pending("monthly")
    monkeypatch.undo()
    assert reports.email_pending("monthly") == 1
    assert len(mail.outbox) == 1


def test_only_the_head_of_office_signs_c2_with_notes_and_meeting_date(people, client):
    report = reports.generate("monthly", "2026-10")
    url = f"/admin/sop/evaluasi/{report.pk}/laporan/"
    client.force_login(people["koordinator"])
    refused = client.post(url, {"notes": "Baik", "meeting_date": "2026-11-05"})
    assert (refused.status_code, refused.get("Location")) == (302, "/admin/")  # Wagtail's 403
    report.refresh_from_db()
    assert report.status == Status.COMPLETE and report.notes == ""

    client.force_login(people["kepala"])
    response = client.post(url, {"notes": "", "meeting_date": ""})
    assert response.status_code == 200
    assert "Tuliskan catatan evaluasi" in response.content.decode()
    response = client.post(url, {"notes": "Kinerja baik.", "meeting_date": ""})
    assert "tanggal rapat evaluasi" in response.content.decode()
    report.refresh_from_db()
    assert report.status == Status.COMPLETE

    response = client.post(url, {"notes": "Kinerja baik.", "meeting_date": "2026-11-05"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.notes, str(report.meeting_date)) == (
        Status.SIGNED,
        "Kinerja baik.",
        "2026-11-05",
    )
    assert report.signed_by == people["kepala"]
    entry = ModelLogEntry.objects.get(action=reports.SIGNED)
    assert entry.user == people["kepala"]
    pdf = client.get(f"/admin/sop/evaluasi/{report.pk}/pdf/")
    text = PdfReader(io.BytesIO(pdf.content)).pages[-1].extract_text()
    assert "Kinerja baik." in "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages
    )
    assert "kepala" in text


def test_c1_is_signed_by_the_koordinator(people):
    report = reports.generate("semiannual", "2026-H2")
    with pytest.raises(PermissionDenied):
        reports.sign(report, people["kepala"], "Catatan", None)
    signed = reports.sign(report, people["koordinator"], "Catatan", None)
    assert signed.status == Status.SIGNED


def test_report_page_has_charts_tables_and_files(people, client):
    data.build()
    report = reports.generate("monthly", "2026-10")
    client.force_login(people["kepala"])
    response = client.get(f"/admin/sop/evaluasi/{report.pk}/laporan/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'src="/static/sop_evaluations/js/charts.js"' in html
    assert "cdn" not in html.lower()
    marker = 'id="sop-chart-data" type="application/json">'
    chart_json = html.split(marker)[1].split("</script>")[0]
    charts = json.loads(chart_json)
    assert charts[0]["values"] == [2, 1, 0, 0, 1]
    assert "Tinjauan Sub Koordinator" in html

    listing = client.get("/admin/sop/evaluasi/")
    assert listing.status_code == 200 and "2026-10" in listing.content.decode()

    xlsx = client.get(f"/admin/sop/evaluasi/{report.pk}/xlsx/")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert "Tinjauan Sub Koordinator" in values
    assert 120 in values or "120.0" in values


def test_other_roles_cannot_read_reports(people, client):
    report = reports.generate("monthly", "2026-10")
    client.force_login(people["operator"])
    for url in (
        f"/admin/sop/evaluasi/{report.pk}/laporan/",
        f"/admin/sop/evaluasi/{report.pk}/pdf/",
        f"/admin/sop/evaluasi/{report.pk}/xlsx/",
        "/admin/sop/evaluasi/",
    ):
        response = client.get(url)
        assert (response.status_code, response.get("Location")) == (302, "/admin/"), url


def test_run_evaluation_command(people, capsys):
    call_command("run_evaluation", "monthly", "--period", "2026-10")
    call_command("run_evaluation", "monthly", "--period", "2026-10")
    call_command("run_evaluation", "semiannual", "--period", "2026-H2")
    assert EvaluationReport.objects.count() == 2
    assert len(mail.outbox) == 2
    output = capsys.readouterr().out
    assert "2026-10" in output and "sudah ada" in output
    with pytest.raises(CommandError, match="2026-H2"):
        call_command("run_evaluation", "semiannual", "--period", "2026-13")


def test_superusers_see_the_periodic_jobs(client, people):
    admin = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    client.force_login(admin)
    response = client.get("/admin/sop/jadwal/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "sop_evaluations.run_monthly" in html and "integrity.run_watch" in html
    client.force_login(people["kepala"])
    response = client.get("/admin/sop/jadwal/")
    assert (response.status_code, response.get("Location")) == (302, "/admin/")


def test_a_stored_report_with_a_retired_category_still_renders_its_rows():
    """Categories come in the DIP's order; a code no longer in DipCategory (kept in an older
    report's JSON) comes last instead of breaking the report."""
    from sop_governance.evaluations.presentation import categories

    rows = categories({"retired": 2, "other": 1, "berkala": 3})
    assert rows == [("berkala", 3), ("other", 1), ("retired", 2)]
