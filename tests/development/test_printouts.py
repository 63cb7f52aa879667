"""A4 PDFs (notulen, tanda terima, whole history) parsed with pypdf; XLSX and CSV exports."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from wagtail.models import Site

from ppid_pages.models import PPIDSettings
from sop_governance.development.models import Stage
from sop_governance.development.transitions import add_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def office():
    settings = PPIDSettings.for_site(Site.objects.get(is_default_site=True))
    settings.office_name = "Kelurahan Sukamaju"
    settings.parent_institution = "Pemerintah Kota Contoh"
    settings.head_of_office_title = "Lurah"
    settings.address = "Jl. Merdeka No. 1"
    settings.save()
    return settings


def pdf_text(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    width, height = (float(value) for value in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (round(A4[0]), round(A4[1]))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_notulen_pdf(client, people, new_request, office):
    request = new_request(Stage.REPORTED)
    minutes = request.minutes.get()
    client.force_login(people["operator"])
    text = flat(
        pdf_text(client.get(reverse("development_requests:minutes_pdf", args=[minutes.pk])))
    )
    assert "KELURAHAN SUKAMAJU" in text
    assert "PEMERINTAH KOTA CONTOH" in text
    assert "NOTULEN RAPAT" in text
    for expected in (
        "02-03-2026",
        "Ruang Rapat Bidang IKP",
        "Budi Santoso, Koordinator",
        "Kendala tampilan menu DIP di ponsel",
        "Menu DIP terpotong pada layar kecil.",
        "Diperbaiki oleh Web Developer.",
        "Sub Koordinator menyerahkan kepada Web Developer.",
        request.title,
    ):
        assert expected in text, expected
    # Signature blocks: the Koordinator who recorded it, the head of office (title from the
    # site settings) who acknowledged it, with their names and dates.
    assert "Notulis, Koordinator" in text
    assert "Mengetahui, Lurah" in text
    assert "Koordinator Uji" in text
    assert "Kepaladinas Uji" in text
    reported = request.transitions.get(action="report")
    assert timezone.localtime(reported.at).strftime("%d-%m-%Y") in text


def test_tanda_terima_pdf(client, people, new_request, office):
    request = new_request(Stage.RECEIVED)
    receipt = request.receipts.get()
    client.force_login(people["webdev"])
    response = client.get(reverse("development_requests:receipt_pdf", args=[receipt.pk]))
    text = flat(pdf_text(response))
    assert "TANDA TERIMA" in text
    assert "KELURAHAN SUKAMAJU" in text
    assert "Notulen rapat 2 Maret 2026 dan tangkapan layar" in text
    assert "Yang menyerahkan, Sub Koordinator" in text
    assert "Yang menerima, Web Developer" in text
    assert "Subkoordinator Uji" in text
    assert "Webdev Uji" in text


def test_history_pdf_has_every_step_record_and_input(client, people, new_request, office):
    request = new_request(Stage.OFFLINE_UPDATE)
    add_comment(request, people["operator"], "Di tablet juga terpotong.")
    from sop_governance.development.transitions import perform

    perform(request, "fail_offline", people["subkoordinator"], note="Ikon menu hilang.")
    client.force_login(people["kepaladinas"])
    text = flat(pdf_text(client.get(reverse("development_requests:pdf", args=[request.pk]))))
    assert "PROGRAM PERBAIKAN/PENGEMBANGAN WEBSITE" in text
    assert request.number in text
    assert "Masalah tampilan" in text
    for label in (
        "Ajukan",
        "Catat notulen",
        "Terima laporan notulen",
        "Serahkan kepada Web Developer",
        "Tanda tangani tanda terima",
        "Presentasikan draf",
        "Laporkan pembaruan offline",
        "Pemeriksaan offline: gagal",
    ):
        assert label in text, label
    assert "Ikon menu hilang." in text
    assert "https://staging.contohkab.go.id/" in text
    assert "Di tablet juga terpotong." in text
    assert "Operator Uji" in text
    assert "Notulen tanggal 02-03-2026" in text
    assert "Notulen rapat 2 Maret 2026 dan tangkapan layar" in text
    assert "https://staging.contohkab.go.id/draf" in text
    assert "Draf dipresentasikan" in text  # the current stage


def test_pdfs_need_the_view_permission(client, people, new_request):
    request = new_request(Stage.RECEIVED)
    urls = [
        reverse("development_requests:pdf", args=[request.pk]),
        reverse("development_requests:minutes_pdf", args=[request.minutes.get().pk]),
        reverse("development_requests:receipt_pdf", args=[request.receipts.get().pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: to the login
    client.force_login(people["admin"])  # a superuser has every permission
    for url in urls:
        assert client.get(url).status_code == 200


def export(client, file_format: str, **filters):
    url = reverse("development_requests:index")
    return client.get(url, {"export": file_format, **filters})


def test_csv_and_xlsx_export_with_filters(client, people, new_request):
    closed = new_request(Stage.CLOSED, title="Formulir permohonan error")
    open_request = new_request(Stage.DRAFT, title="Logo buram")
    client.force_login(people["koordinator"])

    response = export(client, "csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    by_title = {row["Judul"]: row for row in rows}
    assert set(by_title) == {"Formulir permohonan error", "Logo buram"}
    assert by_title["Logo buram"]["Tahap"] == "Draf dipresentasikan"
    assert by_title["Logo buram"]["Jenis"] == "Masalah tampilan"
    assert by_title["Logo buram"]["Nomor"] == open_request.number
    assert by_title["Formulir permohonan error"]["Tahap"] == "Selesai"
    assert by_title["Formulir permohonan error"]["Diajukan oleh"] == "Subkoordinator Uji"
    assert by_title["Formulir permohonan error"]["Selesai pada"]
    assert closed.number in content

    response = export(client, "xlsx", stage="closed")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    values = list(sheet.values)
    headings = list(values[0])
    assert headings[:5] == ["Nomor", "Judul", "Jenis", "Tahap", "Diajukan oleh"]
    assert [row[1] for row in values[1:]] == ["Formulir permohonan error"]
    assert values[1][3] == "Selesai"


def test_the_list_filters_by_stage(client, people, new_request):
    new_request(Stage.CLOSED, title="Formulir permohonan error")
    new_request(Stage.DRAFT, title="Logo buram")
    client.force_login(people["operator"])
    page = client.get(reverse("development_requests:index"), {"stage": "draft"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Logo buram" in html
    assert "Formulir permohonan error" not in html


@pytest.mark.parametrize("file_format", [None, "csv", "xlsx"])
def test_the_list_and_its_exports_do_not_query_per_row(client, people, new_request, file_format):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(people["koordinator"])
    params = {"export": file_format} if file_format else {}

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("development_requests:index"), params)
            if file_format:
                b"".join(response.streaming_content)
        return len(captured)

    new_request(title="Satu")
    few = queries()
    for number in range(5):
        new_request(title=f"Permintaan {number}")
    assert queries() == few
