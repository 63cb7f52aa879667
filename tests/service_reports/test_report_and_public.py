"""The annual report drafted by the PPID, signed by the head of office (four eyes), published as
a page through the publishing workflow; the public statistics page; the satisfaction survey."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry, WorkflowState

from information_requests.demo import decide_and_deliver, new_request
from information_requests.models import InformationRequest
from ppid_pages.models import InformationUnit
from service_reports.models import AnnualServiceReport, ReportStatus, SurveyResponse
from tests.test_workflow import act

from .conftest import YEAR, register_rows

pytestmark = pytest.mark.django_db


def test_drafted_signed_by_another_person_and_published_through_the_workflow(client, users):
    register_rows(4)
    register_rows(1, start=5, requester_type="badan_hukum")
    ppid, head = users["PPID"], users["Kepala Dinas"]

    client.force_login(ppid)
    response = client.post(
        reverse("service_reports:add"),
        {
            "year": YEAR,
            "policy": "Kebijakan layanan.",
            "implementation": "Dua petugas.",
            "constraints": "",
            "recommendations": "Tambah petugas.",
        },
    )
    report = AnnualServiceReport.objects.get()
    assert response.status_code == 302 and report.drafted_by == ppid
    assert report.figures["requests"] == 5
    # The drafter cannot sign their own report, and the head of office cannot draft one.
    assert "sign" not in [rule.action for rule in report_steps(client, report)]
    client.post(reverse("service_reports:step", args=[report.pk, "sign"]))
    assert AnnualServiceReport.objects.get().status == ReportStatus.DRAFT

    client.force_login(head)
    assert client.get(reverse("service_reports:add")).status_code in (302, 403)
    sign(client, report)
    report.refresh_from_db()
    assert (report.status, report.signed_by) == (ReportStatus.SIGNED, head)
    pdf = client.get(reverse("service_reports:pdf", args=[report.pk]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    sheet = load_workbook(
        io.BytesIO(client.get(reverse("service_reports:xlsx", args=[report.pk])).content)
    ).active
    assert ["Permohonan yang teregistrasi", 5] in [
        list(row) for row in sheet.iter_rows(values_only=True)
    ]

    client.force_login(ppid)
    # A signed report's text is what was signed: not even the PPID edits it now.
    edit = reverse("service_reports:edit", args=[report.pk])
    assert client.get(edit).status_code == 302  # Wagtail's "no permission" redirect
    client.post(edit, {"year": YEAR, "policy": "Diubah sesudah ditandatangani."})
    assert AnnualServiceReport.objects.get().policy == "Kebijakan layanan."
    client.post(reverse("service_reports:step", args=[report.pk, "submit"]))
    report.refresh_from_db()
    page = report.page.specific
    assert report.status == ReportStatus.SUBMITTED and not page.live
    assert WorkflowState.objects.active().filter(object_id=str(page.pk)).exists()
    act(page, users["Sub Koordinator"])
    act(page, users["Koordinator"])
    page.refresh_from_db()
    assert page.live
    html = client.get(page.url).content.decode()
    assert "Kebijakan layanan." in html and "Tambah petugas." in html
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(report.pk)).values_list("action", flat=True)
    )
    assert {"service_reports.create", "service_reports.sign", "service_reports.submit"} <= actions


def sign(client, report):
    """The head of office signs from the detail page (which posts what they read)."""
    seen = client.get(reverse("service_reports:detail", args=[report.pk])).context["seen"]
    return client.post(reverse("service_reports:step", args=[report.pk, "sign"]), {"seen": seen})


def report_steps(client, report):
    response = client.get(reverse("service_reports:detail", args=[report.pk]))
    assert response.status_code == 200
    return response.context["steps"]


def test_statistics_page_shows_tables_and_svg_charts_without_identities(client):
    register_rows(5)
    register_rows(1, start=6, requester_type="badan_hukum", name="PT Rahasia Sekali")
    response = client.get("/layanan-informasi/statistik-layanan-informasi/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in html and "<table" in html and "<caption>" in html
    assert "&lt; 3" in html  # the single legal entity is not shown as 1
    assert "PT Rahasia Sekali" not in html and "pemohon@contoh.net" not in html
    assert (
        client.get("/layanan-informasi/statistik-layanan-informasi/?tahun=1999").status_code == 404
    )


def test_survey_once_per_finished_request_through_its_tracking_link(client, users):
    people = (users["Petugas Layanan Informasi"], users["PPID"], users["Atasan PPID"])
    import datetime

    start = datetime.date(YEAR, 3, 2)
    InformationUnit.objects.create(name="Bidang Anggaran")
    request = new_request(1, start, people[0], channel="langsung")
    decide_and_deliver(request, people, "dikabulkan_seluruhnya", start)
    request = InformationRequest.objects.get(pk=request.pk)
    url = reverse("service_reports_public:survey", args=[request.number, request.tracking_code])

    assert client.get(url).status_code == 200
    invitation = reverse(
        "information_requests:track", args=[request.number, request.tracking_code]
    )
    assert url in client.get(invitation).content.decode()  # the tracking page invites
    wrong = reverse("service_reports_public:survey", args=[request.number, "SALAH123"])
    assert client.get(wrong).status_code == 404
    incomplete = client.post(url, {"u1": 4, "suggestion": "Bagus."})
    assert incomplete.status_code == 400 and "Silakan pilih" in incomplete.content.decode()
    assert not SurveyResponse.objects.exists()
    answers = {f"u{i}": 4 for i in range(1, 10)}
    assert client.post(url, answers).status_code == 302
    client.post(url, {f"u{i}": 1 for i in range(1, 10)})
    assert SurveyResponse.objects.get().u1 == 4  # one answer per request
    track = reverse("information_requests:track", args=[request.number, request.tracking_code])
    assert url not in client.get(track).content.decode()  # answered: no invitation any more


def test_no_survey_before_the_request_is_delivered(client, users):
    import datetime

    request = new_request(
        2, datetime.date(YEAR, 3, 2), users["Petugas Layanan Informasi"], channel="langsung"
    )
    request = InformationRequest.objects.get(pk=request.pk)
    url = reverse("service_reports_public:survey", args=[request.number, request.tracking_code])
    assert client.get(url).status_code == 404
