"""Issue 13 (verify13e B1): a requester's file reaches the tracking link only when the audit
chain records its release: added with a clean scan (or findings cleared by someone other than
the uploader) and sent. A database UPDATE of scan_status/sent_at releases nothing, and bytes
changed on disk after the scan are not served."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from information_requests.crypto import private_root, save_private
from information_requests.models import OutgoingFile, ScanStatus
from information_requests.outgoing import released_files
from information_requests.roles import PETUGAS, PPID
from information_requests.transitions import perform
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import InformationUnit

pytestmark = pytest.mark.django_db

LEAKY = b"Daftar penerima: Andi Wijaya NIK 3201011203850001 HP 0813 9876 5432\n"


def track_file(request, item) -> str:
    return reverse(
        "information_requests:track_file", args=[request.number, request.tracking_code, item.pk]
    )


def test_a_file_released_by_a_database_update_is_not_served(client, users, desk_request):
    request = desk_request()
    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    perform(request, "process", users[PETUGAS], data={"unit": unit})
    client.force_login(users[PPID])
    response = client.post(
        reverse("information_requests_admin:add_file", args=[request.pk]),
        {"title": "Daftar penerima", "file": SimpleUploadedFile("daftar.txt", LEAKY)},
    )
    assert response.status_code == 302
    client.logout()
    item = OutgoingFile.objects.get(kind="informasi")
    assert item.scan_status == ScanStatus.FINDINGS
    with approved_path(SET_UP):  # an insider's UPDATE behind the app's back
        OutgoingFile.objects.filter(pk=item.pk).update(
            scan_status=ScanStatus.CLEAN, sent_at=timezone.now()
        )
    assert item.pk not in [f.pk for f in released_files(request)]
    assert client.get(track_file(request, item)).status_code == 404


def test_bytes_changed_on_disk_after_the_scan_are_not_served(client, desk_request):
    request = desk_request()
    receipt = request.files.get()
    assert client.get(track_file(request, receipt)).status_code == 200
    swapped = save_private(LEAKY, "keluar")
    (private_root() / receipt.stored).write_bytes((private_root() / swapped).read_bytes())
    assert client.get(track_file(request, receipt)).status_code == 404


def test_a_file_sent_before_sendings_were_logged_is_still_served_after_the_upgrade(
    client, desk_request
):
    """A requester's link that worked before the upgrade keeps working: the data migration
    records the sending of every file already sent, once, in the audit chain."""
    import importlib

    from django.apps import apps
    from wagtail.models import ModelLogEntry

    from integrity.chain import entry_type
    from integrity.models import AuditChainLink

    request = desk_request()
    receipt = request.files.get()
    assert client.get(track_file(request, receipt)).status_code == 200
    # As an older release left it: the file sent, no file_sent entry.
    sent = ModelLogEntry.objects.filter(action="information_requests.file_sent")
    AuditChainLink.objects.filter(
        entry_type=entry_type(ModelLogEntry), entry_id__in=sent.values("pk")
    ).delete()
    sent.delete()
    assert client.get(track_file(request, receipt)).status_code == 404

    migration = importlib.import_module(
        "information_requests.migrations.0003_sent_files_in_the_audit_log"
    )
    migration.log_sent_files(apps, None)
    migration.log_sent_files(apps, None)  # once per file
    assert sent.count() == 1
    assert client.get(track_file(request, receipt)).status_code == 200
