"""The head of office signs the annual report as they read it (found by the break15 run: the
figures were recomputed at the moment of signing, and the PPID could change the written parts
while the head was reading, so the signature covered something nobody had shown them)."""

import pytest
from django.urls import reverse

from service_reports.models import AnnualServiceReport, ReportStatus

from .conftest import YEAR, register_rows

pytestmark = pytest.mark.django_db


def drafted(client, ppid) -> AnnualServiceReport:
    client.force_login(ppid)
    client.post(
        reverse("service_reports:add"),
        {"year": YEAR, "policy": "Kebijakan A.", "implementation": "-", "recommendations": ""},
    )
    return AnnualServiceReport.objects.get()


def read(client, report) -> str:
    return client.get(reverse("service_reports:detail", args=[report.pk])).context.get("seen", "")


def sign(client, report, seen):
    return client.post(reverse("service_reports:step", args=[report.pk, "sign"]), {"seen": seen})


def test_a_text_changed_while_the_head_reads_is_not_signed(client, users):
    register_rows(3)
    ppid, head = users["PPID"], users["Kepala Dinas"]
    report = drafted(client, ppid)
    client.force_login(head)
    seen = read(client, report)
    client.force_login(ppid)
    edit = client.post(
        reverse("service_reports:edit", args=[report.pk]),
        {"year": YEAR, "policy": "Kebijakan B.", "implementation": "-", "recommendations": ""},
    )
    assert edit.status_code == 302
    client.force_login(head)
    response = sign(client, report, seen)
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT and report.signed_by is None
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("baca sekali lagi" in m for m in messages), messages
    assert sign(client, report, read(client, report)).status_code == 302
    report.refresh_from_db()
    assert (report.status, report.policy) == (ReportStatus.SIGNED, "Kebijakan B.")


def test_figures_that_moved_since_they_were_computed_are_not_signed(client, users):
    register_rows(3)
    ppid, head = users["PPID"], users["Kepala Dinas"]
    report = drafted(client, ppid)
    register_rows(2, start=4, channel="surat")  # registered after the draft was computed
    client.force_login(head)
    sign(client, report, read(client, report))
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT and report.figures["requests"] == 3
    client.force_login(ppid)
    client.post(reverse("service_reports:step", args=[report.pk, "refresh"]))
    client.force_login(head)
    sign(client, report, read(client, report))
    report.refresh_from_db()
    assert report.status == ReportStatus.SIGNED and report.figures["requests"] == 5
