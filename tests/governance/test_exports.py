"""Hardcopy and softcopy: the plan's A4 PDF (parsed back), XLSX and CSV of every list."""

import csv
import io
import zoneinfo

import openpyxl
import pytest
from django.urls import reverse
from pypdf import PdfReader

from sop_governance.models import ContentPlan

from .conftest import make_plan, signed_plan

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4
    assert reader.pages[0].mediabox.height == pytest.approx(841.89, abs=1)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_the_plan_pdf_has_letterhead_items_and_three_signatures(client, people, office):
    office.head_of_office_title = "Lurah"
    office.save()
    plan = signed_plan(people)
    client.force_login(people["operator"])
    response = client.get(reverse("sop_governance:plan_pdf", args=[plan.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    for expected in (
        "PEMERINTAH KABUPATEN CONTOH",
        "DINAS KOMUNIKASI DAN INFORMATIKA",
        "DAFTAR KONTEN - TRIWULAN 4 2026",
        "Laporan keuangan",
        "Rencana kerja",
        "Informasi Berkala",
        "Oktober",
        "November",
        "Operator Contoh",
        "Disusun oleh Sub Koordinator",
        "Subkoordinator Contoh",
        "Ditandatangani oleh Koordinator",
        "Koordinator Contoh",
        "Diterima oleh Lurah",
        "Kepaladinas Contoh",
        "Ditandatangani dan diterima",
        "0/2",
    ):
        assert expected in text, expected
    signed = plan.signed_at.astimezone(zoneinfo.ZoneInfo("Asia/Jakarta"))
    assert signed.strftime("%d-%m-%Y") in text


def test_an_unsigned_plan_prints_empty_signature_lines(client, people, office):
    plan = make_plan(people["subkoordinator"])
    client.force_login(people["subkoordinator"])
    text = pdf_text(client.get(reverse("sop_governance:plan_pdf", args=[plan.pk])).content)
    assert "Draf" in text
    assert text.count("(.................................)") == 3


@pytest.mark.parametrize("name", ["webdev", "anonymous"])
def test_the_pdf_is_refused_to_others(client, people, name):
    plan = make_plan(people["subkoordinator"])
    if name != "anonymous":
        client.force_login(people[name])
    response = client.get(reverse("sop_governance:plan_pdf", args=[plan.pk]))
    assert response.status_code in (302, 403)


def test_the_plan_list_exports_xlsx_and_csv(client, people):
    signed_plan(people, "2026-Q4")
    make_plan(people["subkoordinator"], "2027-Q1")
    client.force_login(people["kepaladinas"])
    url = reverse("sop_governance_plans:list")

    rows = list(csv.reader(io.StringIO(body(client.get(url + "?export=csv")).decode())))
    assert rows[0][:4] == ["Triwulan", "Versi", "Status", "Kemajuan (selesai/total)"]
    by_quarter = {row[0]: row for row in rows[1:]}
    assert set(by_quarter) == {"2026-Q4", "2027-Q1"}
    assert by_quarter["2026-Q4"][2:4] == ["Ditandatangani dan diterima", "0/2"]
    assert by_quarter["2027-Q1"][2] == "Draf"

    workbook = openpyxl.load_workbook(io.BytesIO(body(client.get(url + "?export=xlsx"))))
    values = [[cell.value for cell in row] for row in workbook.active.iter_rows()]
    assert values[0][0] == "Triwulan"
    assert sorted(row[0] for row in values[1:]) == ["2026-Q4", "2027-Q1"]


def test_the_item_list_exports_with_done_flags(client, people):
    plan = signed_plan(people)
    successor = plan.new_version(people["subkoordinator"])
    client.force_login(people["operator"])
    url = reverse("sop_governance_plan_items:index")
    rows = list(csv.reader(io.StringIO(body(client.get(url + "?export=csv")).decode())))
    assert len(rows) == 3  # only the current version's items
    assert all(row[0] == str(successor) for row in rows[1:])
    assert [row[-1] for row in rows[1:]] == ["Tidak", "Tidak"]
    workbook = openpyxl.load_workbook(io.BytesIO(body(client.get(url + "?export=xlsx"))))
    assert workbook.active.max_row == 3
    assert ContentPlan.objects.count() == 2


def test_the_item_list_is_read_only(client, people):
    signed_plan(people)
    client.force_login(people["subkoordinator"])
    assert client.get(reverse("sop_governance_plan_items:index")).status_code == 200
    client.force_login(people["webdev"])
    response = client.get(reverse("sop_governance_plan_items:index"))
    assert response.status_code in (302, 403)


def test_the_inspect_view_lists_items_and_offers_the_next_step(client, people):
    plan = signed_plan(people, received=False)
    client.force_login(people["kepaladinas"])
    response = client.get(reverse("sop_governance_plans:inspect", args=[plan.pk]))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Laporan keuangan" in content and "Rencana kerja" in content
    assert reverse("sop_governance:plan_step", args=[plan.pk, "approve"]) in content
    assert reverse("sop_governance:plan_pdf", args=[plan.pk]) in content
    client.force_login(people["operator"])
    content = client.get(reverse("sop_governance_plans:inspect", args=[plan.pk])).content
    assert reverse("sop_governance:plan_step", args=[plan.pk, "approve"]) not in content.decode()
