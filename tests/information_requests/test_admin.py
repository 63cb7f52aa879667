"""The admin: the desk registers a walk-in request, steps through their forms, files with
privacy findings are held until blacked out or cleared, the registers filter."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from information_requests.models import InformationRequest, OutgoingFile, ScanStatus, Stage
from information_requests.transitions import perform
from ppid_pages.models import InformationUnit

from .conftest import identity_upload, request_data

pytestmark = pytest.mark.django_db


def test_desk_registers_a_walk_in_request(client, users):
    client.force_login(users["Petugas Layanan Informasi"])
    response = client.post(
        reverse("information_requests_admin:add"),
        {**request_data(), "identity_document": identity_upload()},
    )
    request = InformationRequest.objects.get()
    assert response.status_code == 302
    assert request.stage == Stage.RECEIVED and request.channel == "langsung"
    assert request.registered_by == users["Petugas Layanan Informasi"]
    client.force_login(users["PPID"])
    assert client.get(reverse("information_requests_admin:add")).status_code in (302, 403)


def test_steps_through_the_admin_forms(client, users, desk_request):
    request = desk_request()
    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    client.force_login(users["Petugas Layanan Informasi"])
    url = reverse("information_requests_admin:step", args=[request.pk, "process"])
    assert client.post(url, {}).status_code == 200  # the unit is missing: the form again
    assert client.post(url, {"unit": unit.pk}).status_code == 302
    client.force_login(users["PPID"])
    url = reverse("information_requests_admin:step", args=[request.pk, "decide"])
    response = client.post(url, {"decision": "tidak_dikuasai", "cost": "0"})
    assert response.status_code == 200
    assert "badan publik yang menguasai" in response.content.decode().lower()
    response = client.post(
        url, {"decision": "tidak_dikuasai", "cost": "0", "holder_body": "BPBD Kabupaten Contoh"}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.stage == Stage.DECIDED and request.holder_body == "BPBD Kabupaten Contoh"


def test_a_file_with_personal_data_is_held_until_cleared(client, users, desk_request):
    request = desk_request()
    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    perform(request, "process", users["Petugas Layanan Informasi"], data={"unit": unit})
    client.force_login(users["PPID"])
    leaky = b"Daftar penerima: Andi Wijaya NIK 3201011203850001 HP 0813 9876 5432\n"
    response = client.post(
        reverse("information_requests_admin:add_file", args=[request.pk]),
        {"title": "Daftar penerima", "file": SimpleUploadedFile("daftar.txt", leaky)},
    )
    assert response.status_code == 302
    item = OutgoingFile.objects.get(kind="informasi")
    assert item.scan_status == ScanStatus.FINDINGS
    assert "3201011203850001" not in str(item.scan_findings)  # findings are masked
    perform(
        request,
        "decide",
        users["PPID"],
        data={
            "decision": "dikabulkan_seluruhnya",
            "material": "Daftar penerima.",
            "information_format": "Softcopy",
            "delivery_time": "Hari ini.",
            "cost": 0,
        },
    )
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="Daftar penerima"):
        perform(request, "deliver", users["Petugas Layanan Informasi"])
    # Blacked out: the new version scans clean and replaces the old one.
    clean = b"Daftar penerima: Andi Wijaya (NIK dihitamkan)\n"
    response = client.post(
        reverse("information_requests_admin:redact_file", args=[item.pk]),
        {"title": "Daftar penerima", "file": SimpleUploadedFile("daftar.txt", clean)},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.replaced
    perform(request, "deliver", users["Petugas Layanan Informasi"])
    sent = set(request.files.filter(sent_at__isnull=False).values_list("pk", flat=True))
    assert item.pk not in sent


def test_clearing_findings_is_the_ppids_and_logged(client, users, desk_request):
    request = desk_request()
    from information_requests.outgoing import add_file

    item = add_file(request, "informasi", "Lampiran", "lampiran.txt", b"Kontak: 0813 9876 5432\n")
    assert item.scan_status == ScanStatus.FINDINGS
    url = reverse("information_requests_admin:clear_file", args=[item.pk])
    client.force_login(users["Petugas Layanan Informasi"])
    assert client.post(url, {"reason": "Nomor kantor."}).status_code in (302, 403)
    item.refresh_from_db()
    assert item.scan_status == ScanStatus.FINDINGS
    client.force_login(users["PPID"])
    assert client.post(url, {"reason": ""}).status_code == 200
    assert client.post(url, {"reason": "Nomor layanan resmi kecamatan."}).status_code == 302
    item.refresh_from_db()
    assert item.scan_status == ScanStatus.CLEARED and item.releasable
    entry = ModelLogEntry.objects.get(action="information_requests.findings_cleared")
    assert entry.data["reason"] == "Nomor layanan resmi kecamatan."


def test_register_filters(client, users, desk_request):
    first = desk_request()
    second = desk_request(requester_type="badan_hukum", identity_number="AHU-00123")
    client.force_login(users["Atasan PPID"])
    url = reverse("information_requests_admin:register")
    both = client.get(url).content.decode()
    assert first.number in both and second.number in both
    only = client.get(url, {"requester_type": "badan_hukum"}).content.decode()
    assert second.number in only and first.number not in only
    bad = client.get(url, {"year": "tahun"})
    assert bad.status_code == 200 and "bilangan" in bad.content.decode().lower()
    keberatan = client.get(reverse("objections_admin:register"))
    assert keberatan.status_code == 200


def test_sengketa_steps_with_documents(client, users, desk_request):
    from django.utils import timezone

    from information_requests.models import Objection, ObjectionStage, ObjectionStep

    request = desk_request()
    objection = Objection(
        request=request,
        channel="langsung",
        grounds="c",
        ground_arose_on=timezone.localdate(),
        case_position="Permohonan tidak ditanggapi.",
    )
    perform(objection, "register_objection", users["Petugas Layanan Informasi"])
    client.force_login(users["PPID"])
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    url = reverse("objections_admin:step", args=[objection.pk, "register_dispute"])
    response = client.post(url, {"happened_on": "2026-12-01"})
    assert response.status_code == 200  # the register number is required
    response = client.post(
        url,
        {
            "happened_on": "2026-12-01",
            "dispute_number": "001/XII/KI-KAB/PS/2026",
            "document": SimpleUploadedFile("registrasi.pdf", pdf),
        },
    )
    assert response.status_code == 302
    for action, note in (("mediation", "Mediasi pertama, belum sepakat."), ("putusan", "")):
        url = reverse("objections_admin:step", args=[objection.pk, action])
        data = {"happened_on": "2026-12-03", "note": note}
        if action == "putusan":
            assert client.post(url, data).status_code == 200  # the putusan must be written
            data["note"] = "Permohonan dikabulkan sebagian oleh Komisi Informasi."
        assert client.post(url, data).status_code == 302
    objection.refresh_from_db()
    assert objection.stage == ObjectionStage.DISPUTE_DECIDED
    assert objection.dispute_number == "001/XII/KI-KAB/PS/2026"
    assert objection.dispute_result.startswith("Permohonan dikabulkan")
    step = ObjectionStep.objects.get(action="register_dispute")
    download = client.get(reverse("objections_admin:step_document", args=[step.pk]))
    assert download.status_code == 200 and download.content == pdf
    client.force_login(users["Operator"])
    refused = client.get(reverse("objections_admin:step_document", args=[step.pk]))
    assert refused.status_code in (302, 403) and refused.content != pdf


def test_overdue_requests_on_the_compliance_page(client, users, desk_request):
    import datetime

    request = desk_request()
    InformationRequest.objects.filter(pk=request.pk).update(
        due_date=datetime.date.today() - datetime.timedelta(days=3)
    )
    client.force_login(users["PPID"])
    page = client.get(reverse("sop_governance:compliance")).content.decode()
    assert request.number in page
    client.force_login(users["Web Developer"])
    assert request.number not in client.get(reverse("sop_governance:compliance")).content.decode()


def test_home_panel_shows_what_waits_for_the_role(client, users, desk_request):
    request = desk_request()
    client.force_login(users["Petugas Layanan Informasi"])
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Permohonan informasi yang menunggu peran Anda" in page
    assert f"?stage={request.stage}" in page
    client.force_login(users["Atasan PPID"])
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Permohonan informasi yang menunggu peran Anda" not in page
