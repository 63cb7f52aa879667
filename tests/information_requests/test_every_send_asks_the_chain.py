"""Issue 13 (reattack13f A, B): one decision releases a requester's file, the audit chain's
(outgoing.releasable_files), at every step that sends it: the e-mail of register, extend and
deliver, the deliver step itself, and the tracking link. A database UPDATE of scan_status
e-mails nothing; the checks of the deliver step (exempt bytes) apply at every step that sends
files. Files added before the SHA-256 was logged get a chained baseline of their bytes
(migration information_requests 0004); a file with no chained SHA-256 is never released, and
an identity document is never read through an outgoing file."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from information_requests import outgoing
from information_requests.crypto import read_private, save_private
from information_requests.models import InformationRequest, OutgoingFile, ScanStatus
from information_requests.roles import PETUGAS, PPID
from information_requests.transitions import perform
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import InformationUnit
from ppid_pages.models.dip import DipCategory
from tests.factories import home_page, make_dip_index, make_document, make_entry, pdf_bytes

pytestmark = pytest.mark.django_db

NIK = b"3201011203850001"
LEAKY = b"Daftar penerima: Andi Wijaya NIK " + NIK + b" HP 0813 9876 5432\n"
DECISION = {
    "decision": "dikabulkan_seluruhnya",
    "material": "Daftar penerima.",
    "information_format": "Softcopy",
    "delivery_time": "Hari ini.",
    "cost": 0,
}


def attached(mailoutbox) -> list[bytes]:
    return [
        content if isinstance(content, bytes) else content.encode()
        for mail in mailoutbox
        for _name, content, _type in mail.attachments
    ]


def flipped_clean(client, users, desk_request):
    """A file with findings, then an insider's UPDATE of its scan status (no audit entry)."""
    request = desk_request()
    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    perform(request, "process", users[PETUGAS], data={"unit": unit})
    client.force_login(users[PPID])
    client.post(
        reverse("information_requests_admin:add_file", args=[request.pk]),
        {"title": "Daftar penerima", "file": SimpleUploadedFile("daftar.txt", LEAKY)},
    )
    item = OutgoingFile.objects.get(kind="informasi")
    assert item.scan_status == ScanStatus.FINDINGS
    with approved_path(SET_UP):
        OutgoingFile.objects.filter(pk=item.pk).update(scan_status=ScanStatus.CLEAN)
    return request, item


def test_a_file_flipped_clean_in_the_database_is_not_delivered(
    client, users, desk_request, mailoutbox, django_capture_on_commit_callbacks
):
    request, item = flipped_clean(client, users, desk_request)
    perform(request, "decide", users[PPID], data=DECISION)
    mailoutbox.clear()
    with pytest.raises(ValidationError), django_capture_on_commit_callbacks(execute=True):
        perform(request, "deliver", users[PETUGAS])
    assert not [c for c in attached(mailoutbox) if NIK in c]
    item.refresh_from_db()
    assert item.sent_at is None
    assert not ModelLogEntry.objects.filter(action="information_requests.file_sent").filter(
        data__file=item.pk
    )


def test_a_file_flipped_clean_is_not_e_mailed_at_the_extension(
    client, users, desk_request, mailoutbox, django_capture_on_commit_callbacks
):
    request, item = flipped_clean(client, users, desk_request)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        perform(request, "extend", users[PPID], note="Dokumen berada di arsip inaktif.")
    assert mailoutbox, "the extension letter is e-mailed"
    assert not [c for c in attached(mailoutbox) if NIK in c]
    item.refresh_from_db()
    assert item.sent_at is None


def test_the_admin_list_says_a_flipped_file_will_not_be_sent(client, users, desk_request):
    request, _item = flipped_clean(client, users, desk_request)
    page = client.get(reverse("information_requests_admin:inspect", args=[request.pk]))
    assert page.status_code == 200
    assert "tidak tercatat di log audit" in page.content.decode()


def test_a_file_that_became_exempt_is_refused_at_the_extension(
    users, desk_request, mailoutbox, django_capture_on_commit_callbacks
):
    """The extension e-mails the files ready so far: the exempt check of the deliver step
    applies there too."""
    secret = pdf_bytes("Hasil uji konsekuensi: kontrak pengadaan rahasia.")
    request = desk_request()
    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    perform(request, "process", users[PETUGAS], data={"unit": unit})
    item = outgoing.add_file(
        request, OutgoingFile.Kind.INFORMATION, "Kontrak", "kontrak.pdf", secret, users[PPID]
    )
    assert item.scan_status == ScanStatus.CLEAN
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    make_entry(
        make_dip_index(),
        "Kontrak Pengadaan",
        category=DipCategory.DIKECUALIKAN,
        documents=(make_document("Kontrak rahasia", secret),),
    )
    mailoutbox.clear()
    with pytest.raises(ValidationError), django_capture_on_commit_callbacks(execute=True):
        perform(request, "extend", users[PPID], note="Dokumen berada di arsip inaktif.")
    assert not [c for c in attached(mailoutbox) if c == secret]
    item.refresh_from_db()
    assert item.sent_at is None


# --- files added before the SHA-256 was logged (B) ------------------------------------------


def legacy_file(request, content: bytes, stored: str | None = None) -> OutgoingFile:
    """As the release before 2940f82 added and sent a file: its entry without the SHA-256."""
    item = OutgoingFile.objects.create(
        request=request,
        kind=OutgoingFile.Kind.NOTICE,
        title="Pemberitahuan",
        filename="pemberitahuan.pdf",
        stored=stored or save_private(content, "keluar"),
        size=len(content),
        scan_status=ScanStatus.CLEAN,
    )
    log(
        instance=request,
        action=outgoing.LOG_PREFIX + "file_added",
        data={
            "file": item.pk,
            "kind": "pemberitahuan",
            "title": "Pemberitahuan",
            "scan_status": ScanStatus.CLEAN,
            "findings": [],
        },
    )
    outgoing.mark_sent([item])
    return item


def upgrade() -> None:
    migration = importlib.import_module(
        "information_requests.migrations.0004_legacy_files_sha256_baseline"
    )
    migration.record_legacy_digests(apps, None)
    migration.record_legacy_digests(apps, None)  # once per file


def track_file(request, item) -> str:
    return reverse(
        "information_requests:track_file", args=[request.number, request.tracking_code, item.pk]
    )


def test_a_legacy_file_is_served_by_its_baseline_and_only_with_those_bytes(client, desk_request):
    victim = desk_request()
    request = desk_request(name="Budi Santoso")
    letter = b"Pemberitahuan tertulis (dibuat sebelum pembaruan).\n"
    item = legacy_file(request, letter)
    assert client.get(track_file(request, item)).status_code == 404, "no SHA-256: not released"
    upgrade()
    assert ModelLogEntry.objects.filter(action="information_requests.file_baseline").count() == 1
    assert client.get(track_file(request, item)).content == letter

    with approved_path(SET_UP):  # an insider's UPDATE of one column
        OutgoingFile.objects.filter(pk=item.pk).update(stored=victim.identity_file)
    assert client.get(track_file(request, item)).status_code == 404


def test_an_identity_document_is_never_read_through_an_outgoing_file(client, users, desk_request):
    """Even when the baseline was taken of a row already pointed at an identity document."""
    victim = desk_request()
    request = desk_request(name="Budi Santoso")
    identity = read_private(victim.identity_file)
    item = legacy_file(request, identity, stored=victim.identity_file)
    upgrade()
    served = client.get(track_file(request, item))
    assert served.status_code == 404
    assert identity not in served.content
    client.force_login(users[PPID])
    download = client.get(reverse("information_requests_admin:file", args=[item.pk]))
    assert download.status_code == 404


def test_a_tracking_code_copied_from_another_row_opens_nothing(client, desk_request):
    """The encrypted tracking code (and identity number) is bound to its row: the token of a
    request the insider filed himself, copied onto the victim's row, does not open it."""
    victim = desk_request()
    own = desk_request(name="Budi Santoso")
    page = reverse("information_requests:track", args=[victim.number, own.tracking_code])
    assert client.get(page).status_code == 404
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE information_requests_informationrequest SET tracking_code = "
            "(SELECT tracking_code FROM information_requests_informationrequest WHERE id = %s), "
            "identity_number = "
            "(SELECT identity_number FROM information_requests_informationrequest WHERE id = %s) "
            "WHERE id = %s",
            [own.pk, own.pk, victim.pk],
        )
    assert client.get(page).status_code == 404
    copied = InformationRequest.objects.get(pk=victim.pk)
    assert not copied.code_matches(own.tracking_code)
    assert copied.identity_number == ""
    mine = InformationRequest.objects.get(pk=own.pk)
    assert mine.code_matches(own.tracking_code) and mine.identity_number == own.identity_number
    assert (
        client.get(
            reverse("information_requests:track", args=[own.number, own.tracking_code])
        ).status_code
        == 200
    )


def test_secrets_from_before_the_binding_are_bound_by_the_upgrade(client, desk_request):
    request = desk_request()
    code, identity = request.tracking_code, request.identity_number
    with approved_path(SET_UP):  # as an older release stored them: not bound to the row
        InformationRequest.objects.filter(pk=request.pk).update(
            tracking_code=code, identity_number=identity
        )
    page = reverse("information_requests:track", args=[request.number, code])
    assert client.get(page).status_code == 404
    migration = importlib.import_module(
        "information_requests.migrations.0005_secrets_bound_to_their_row"
    )
    migration.bind_secrets(apps, None)
    migration.bind_secrets(apps, None)  # once
    assert client.get(page).status_code == 200
    assert InformationRequest.objects.get(pk=request.pk).identity_number == identity


def test_a_request_restored_from_a_backup_keeps_its_tracking_link(client, desk_request):
    """A backup holds the secrets serialized (encrypted, unbound); loading it (a raw save)
    binds them to the row again."""
    from django.core import serializers

    request = desk_request()
    dump = serializers.serialize("json", [InformationRequest.objects.get(pk=request.pk)])
    with approved_path(SET_UP):  # lost, then restored as loaddata does
        InformationRequest.objects.filter(pk=request.pk).update(tracking_code="", name="")
    for restored in serializers.deserialize("json", dump):
        restored.save()
    page = reverse("information_requests:track", args=[request.number, request.tracking_code])
    assert client.get(page).status_code == 200
    assert InformationRequest.objects.get(pk=request.pk).identity_number == (
        request.identity_number
    )
