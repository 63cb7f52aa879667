"""Issue 13 (R1): a requester's file with privacy findings reaches them only when a second
person cleared the findings: whoever uploaded the file (or the blacked-out version replacing
it) never clears them, the refusal is in the audit log, and the delivery step shows who
cleared what and why."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from information_requests.models import OutgoingFile, ScanStatus
from information_requests.roles import PETUGAS, PPID
from information_requests.transitions import perform
from ppid_pages.models import InformationUnit

pytestmark = pytest.mark.django_db

LEAKY = b"Daftar penerima: Andi Wijaya NIK 3201011203850001 HP 0813 9876 5432\n"
DECISION = {
    "decision": "dikabulkan_seluruhnya",
    "material": "Daftar penerima.",
    "information_format": "Softcopy",
    "delivery_time": "Hari ini.",
    "cost": 0,
}


@pytest.fixture
def second_ppid(db):
    user = get_user_model().objects.create_user("ppid2", email="ppid2@contohkab.go.id")
    user.groups.add(Group.objects.get(name=PPID))
    return user


def upload(client, users, desk_request):
    request = desk_request()
    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    perform(request, "process", users[PETUGAS], data={"unit": unit})
    client.force_login(users[PPID])
    response = client.post(
        reverse("information_requests_admin:add_file", args=[request.pk]),
        {"title": "Daftar penerima", "file": SimpleUploadedFile("daftar.txt", LEAKY)},
    )
    assert response.status_code == 302
    item = OutgoingFile.objects.get(kind="informasi")
    assert item.scan_status == ScanStatus.FINDINGS
    return request, item


def test_the_uploader_cannot_clear_the_findings(client, users, desk_request, second_ppid):
    request, item = upload(client, users, desk_request)
    url = reverse("information_requests_admin:clear_file", args=[item.pk])
    response = client.post(url, {"reason": "Sudah saya periksa."})
    assert response.status_code == 200
    assert "tidak dapat membersihkan temuannya" in response.content.decode()
    item.refresh_from_db()
    assert item.scan_status == ScanStatus.FINDINGS and item.cleared_by is None
    assert ModelLogEntry.objects.filter(
        action="information_requests.own_clearing_refused", user=users[PPID]
    ).exists()
    perform(request, "decide", users[PPID], data=DECISION)
    with pytest.raises(ValidationError):
        perform(request, "deliver", users[PETUGAS])
    # Another PPID clears them; the delivery step shows who uploaded, who cleared and why.
    client.force_login(second_ppid)
    assert client.post(url, {"reason": "Data penerima bantuan terbuka."}).status_code == 302
    item.refresh_from_db()
    assert item.scan_status == ScanStatus.CLEARED and item.cleared_by == second_ppid
    client.force_login(users[PETUGAS])
    page = client.get(
        reverse("information_requests_admin:step", args=[request.pk, "deliver"])
    ).content.decode()
    assert "ppid2" in page and "Data penerima bantuan terbuka." in page
    assert "dibersihkan oleh" in page


def test_the_uploader_of_a_blacked_out_version_cannot_clear_it(
    client, users, desk_request, second_ppid
):
    request, item = upload(client, users, desk_request)
    client.force_login(second_ppid)
    response = client.post(
        reverse("information_requests_admin:redact_file", args=[item.pk]),
        {"title": "Daftar penerima", "file": SimpleUploadedFile("daftar.txt", LEAKY)},
    )
    assert response.status_code == 302
    replacement = OutgoingFile.objects.get(kind="informasi", replaced=False)
    url = reverse("information_requests_admin:clear_file", args=[replacement.pk])
    assert client.post(url, {"reason": "Sudah dihitamkan."}).status_code == 200
    replacement.refresh_from_db()
    assert replacement.scan_status == ScanStatus.FINDINGS


def test_a_file_cleared_by_its_uploader_is_never_delivered(
    client, users, desk_request, second_ppid
):
    """A clearing made before the rule (cleared_by == created_by) does not deliver."""
    request, item = upload(client, users, desk_request)
    OutgoingFile.objects.filter(pk=item.pk).update(
        scan_status=ScanStatus.CLEARED, cleared_by=users[PPID], cleared_reason="Sendiri."
    )
    perform(request, "decide", users[PPID], data=DECISION)
    with pytest.raises(ValidationError, match="Daftar penerima"):
        perform(request, "deliver", users[PETUGAS])
    assert not OutgoingFile.objects.filter(kind="informasi", sent_at__isnull=False).exists()
