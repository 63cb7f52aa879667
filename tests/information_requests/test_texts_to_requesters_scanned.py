"""Issue 13 (attack13n item 4): every free text staff write to a requester passes the privacy
scan a file gets (information_requests.outgoing.refuse_text_to_requester): the note of "ask to
complete" and "reject as incomplete" (quoted in the e-mail) and the title of a file (shown on
the tracking page). Personal data that is not the requester's is refused with an Indonesian
message, the form keeps what was typed, nothing is sent, the attempt is logged; the
requester's own name and address are not findings (their mobile number is, as in a file:
moderation.privacy.allowlist). The decision form offers only live exempt entries (a refusal
letter never names a draft's title nobody reviewed)."""

import html

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from information_requests.forms import DecisionForm
from information_requests.models import OutgoingFile, Stage
from information_requests.roles import PETUGAS, PPID
from ppid_pages.models import DipEntryPage
from ppid_pages.models.dip import DipCategory
from tests.factories import entry_fields, make_dip_index, make_entry, make_unit

pytestmark = pytest.mark.django_db

OTHER_NIK = "3374015708850003"
NOTE = f"Mohon lengkapi KTP, seperti pemohon Joko Santoso NIK {OTHER_NIK}, HP 0813 2233 4455."


@pytest.mark.parametrize("action", ["ask_completion", "reject_incomplete"])
def test_a_note_with_someone_elses_personal_data_is_refused_and_kept(
    client, users, desk_request, django_capture_on_commit_callbacks, action
):
    request = desk_request()
    client.force_login(users[PETUGAS])
    if action == "reject_incomplete":
        url = reverse("information_requests_admin:step", args=[request.pk, "ask_completion"])
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url, {"note": "Mohon lampirkan salinan KTP."})
    mail.outbox.clear()
    request.refresh_from_db()
    before = request.stage
    url = reverse("information_requests_admin:step", args=[request.pk, action])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"note": NOTE}, HTTP_ACCEPT_LANGUAGE="id")
    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "data pribadi" in page.lower()
    assert OTHER_NIK in page  # the form keeps the input
    assert not mail.outbox
    request.refresh_from_db()
    assert request.stage == before
    assert ModelLogEntry.objects.filter(
        action="information_requests.private_text_refused", object_id=str(request.pk)
    ).exists()


def test_the_requesters_own_details_in_a_note_still_go(
    client, users, desk_request, django_capture_on_commit_callbacks
):
    request = desk_request()
    client.force_login(users[PETUGAS])
    url = reverse("information_requests_admin:step", args=[request.pk, "ask_completion"])
    address = " ".join(request.address.split())
    note = f"Ibu {request.name}, mohon kirim salinan KTP ke alamat kami; alamat Anda: {address}."
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"note": note})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.stage == Stage.INCOMPLETE
    assert address in mail.outbox[-1].body


def test_a_file_title_with_someone_elses_personal_data_is_refused(client, users, desk_request):
    request = desk_request()
    client.force_login(users[PPID])
    response = client.post(
        reverse("information_requests_admin:add_file", args=[request.pk]),
        {
            "title": f"Data pemohon NIK {OTHER_NIK}",
            "file": SimpleUploadedFile("daftar.txt", b"Daftar anggaran 2026\n"),
        },
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert response.status_code == 200
    assert "data pribadi" in html.unescape(response.content.decode()).lower()
    assert not OutgoingFile.objects.filter(kind=OutgoingFile.Kind.INFORMATION).exists()


def test_the_decision_form_offers_only_live_exempt_entries():
    index = make_dip_index()
    live = make_entry(index, "Hasil Uji Konsekuensi", category=DipCategory.DIKECUALIKAN)
    draft = DipEntryPage(
        title="Draf belum ditinjau",
        live=False,
        **entry_fields(make_unit(), DipCategory.DIKECUALIKAN),
    )
    index.add_child(instance=draft)
    offered = set(DecisionForm().fields["exempt_entry"].queryset.values_list("pk", flat=True))
    assert live.pk in offered
    assert draft.pk not in offered
