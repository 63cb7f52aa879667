"""Exempt (dikecualikan) information never leaves through the information service (issue 13
re-attack, break 5): a refusal citing an exempt entry, then that entry's own PDF added as the
information and delivered, was scanned clean, mailed and downloadable."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from information_requests import outgoing
from information_requests.crypto import save_private
from information_requests.models import OutgoingFile, ScanStatus, Stage
from information_requests.roles import PETUGAS, PPID
from information_requests.transitions import perform
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import InformationUnit
from ppid_pages.models.dip import DipCategory
from tests.factories import home_page, make_dip_index, make_document, make_entry, pdf_bytes

pytestmark = pytest.mark.django_db

EXEMPT_PDF = pdf_bytes("Hasil uji konsekuensi: kontrak pengadaan rahasia.")


@pytest.fixture
def exempt_entry(db):
    with approved_path(SET_UP):  # made by a migration: published, as the demo does
        home_page().save_revision().publish()
    document = make_document("Kontrak rahasia", EXEMPT_PDF)
    return make_entry(
        make_dip_index(),
        "Kontrak Pengadaan",
        category=DipCategory.DIKECUALIKAN,
        documents=(document,),
    )


def decided(desk_request, users, exempt_entry, decision: str):
    request = desk_request()
    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    perform(request, "process", users[PETUGAS], data={"unit": unit})
    data = {
        "decision": decision,
        "exemption_ground": "h",
        "exempt_entry": exempt_entry,
        "decision_reason": "Uji konsekuensi: membuka kontrak merugikan persaingan usaha.",
    }
    if decision == "dikabulkan_sebagian":
        data |= {
            "material": "Ringkasan kontrak tanpa lampiran.",
            "information_format": "Softcopy PDF",
            "cost": 0,
            "delivery_time": "Hari ini.",
        }
    perform(request, "decide", users[PPID], data=data)
    request.refresh_from_db()
    assert request.stage == Stage.DECIDED
    return request


def stored_behind_the_forms_back(request) -> OutgoingFile:
    """The exempt PDF as a file already stored for the requester (added before the entry
    became exempt, or written behind the form's back), scanned clean."""
    return OutgoingFile.objects.create(
        request=request,
        kind=OutgoingFile.Kind.INFORMATION,
        title="Kontrak",
        filename="kontrak.pdf",
        stored=save_private(EXEMPT_PDF, "keluar"),
        size=len(EXEMPT_PDF),
        scan_status=ScanStatus.CLEAN,
    )


def test_the_exempt_entrys_own_file_is_refused(desk_request, users, exempt_entry):
    request = decided(desk_request, users, exempt_entry, "dikabulkan_sebagian")
    with pytest.raises(ValidationError) as refused:
        outgoing.add_file(
            request,
            OutgoingFile.Kind.INFORMATION,
            "Kontrak",
            "kontrak.pdf",
            EXEMPT_PDF,
            users[PPID],
        )
    assert "dikecualikan" in str(refused.value).lower()
    assert not request.files.filter(kind=OutgoingFile.Kind.INFORMATION).exists()
    assert ModelLogEntry.objects.filter(
        action="information_requests.exempt_file_refused", object_id=str(request.pk)
    ).exists()
    # Another file (not exempt) is still accepted.
    other = outgoing.add_file(
        request,
        OutgoingFile.Kind.INFORMATION,
        "Ringkasan",
        "ringkasan.pdf",
        pdf_bytes("Ringkasan kontrak tanpa lampiran."),
        users[PPID],
    )
    assert other.pk


def test_a_refused_request_gets_no_information_file(desk_request, users, exempt_entry):
    request = decided(desk_request, users, exempt_entry, "ditolak")
    with pytest.raises(ValidationError):
        outgoing.add_file(
            request,
            OutgoingFile.Kind.INFORMATION,
            "Lampiran",
            "lampiran.pdf",
            pdf_bytes("Dokumen lain."),
            users[PPID],
        )


def test_delivery_checks_the_files_again(desk_request, users, exempt_entry):
    """A file already stored (added before the entry became exempt, or written behind the
    form's back) is refused at delivery, and a refusal delivers no information file."""
    request = decided(desk_request, users, exempt_entry, "ditolak")
    stored_behind_the_forms_back(request)
    with pytest.raises(ValidationError):
        perform(request, "deliver", users[PETUGAS])
    request.refresh_from_db()
    assert request.stage == Stage.DECIDED
    assert not request.files.filter(sent_at__isnull=False, kind="informasi").exists()


def test_a_refusal_at_delivery_stays_in_the_audit_log(client, desk_request, users, exempt_entry):
    """The delivery step refuses the exempt file and rolls back; the audit entry of that
    refusal is not rolled back with it (security.refusals), through the admin's step form."""
    request = decided(desk_request, users, exempt_entry, "ditolak")
    stored_behind_the_forms_back(request)
    client.force_login(users[PETUGAS])
    response = client.post(
        reverse("information_requests_admin:step", args=[request.pk, "deliver"]), {}
    )
    assert response.status_code == 200  # the form again, with the refusal
    request.refresh_from_db()
    assert request.stage == Stage.DECIDED
    refused = ModelLogEntry.objects.filter(object_id=str(request.pk), action__endswith="_refused")
    assert set(refused.values_list("action", flat=True)) == {
        "information_requests.information_after_refusal_refused"
    }
    assert refused.get().user_id == users[PETUGAS].pk


def test_a_refusal_outside_a_request_is_kept_by_its_scope(desk_request, users, exempt_entry):
    from security.refusals import refusal_scope

    request = decided(desk_request, users, exempt_entry, "dikabulkan_sebagian")
    stored_behind_the_forms_back(request)
    with refusal_scope(), pytest.raises(ValidationError):
        perform(request, "deliver", users[PETUGAS])
    assert ModelLogEntry.objects.filter(
        object_id=str(request.pk), action="information_requests.exempt_file_refused"
    ).exists()
