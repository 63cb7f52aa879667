"""A request from the citizen's form to the decision letter, and an objection, end to end."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from information_requests.models import (
    InformationRequest,
    ObjectionStage,
    OutgoingFile,
    Stage,
)
from information_requests.roles import ATASAN_PPID, PETUGAS, PPID
from information_requests.transitions import perform
from ppid_pages.models import InformationUnit

from .conftest import identity_upload, request_data

pytestmark = pytest.mark.django_db(transaction=False)


def confirm_link(message) -> str:
    return re.search(r"http://testserver(/layanan-informasi/konfirmasi/\S+)", message.body)[1]


def track_link(message) -> str:
    return re.search(r"http://testserver(/layanan-informasi/lacak/\S+)", message.body)[1]


def test_online_request_to_delivery_and_objection(
    client, users, django_capture_on_commit_callbacks
):
    data = request_data()
    data.pop("channel")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("information_requests:submit"),
            {**data, "identity_document": identity_upload()},
        )
    assert response.status_code == 302
    request = InformationRequest.objects.get()
    assert request.stage == Stage.UNCONFIRMED and request.number == ""
    assert len(mail.outbox) == 1
    link = confirm_link(mail.outbox[0])
    # Opening the link shows a button; only the POST registers.
    assert client.get(link).status_code == 200
    request.refresh_from_db()
    assert request.number == ""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)
    request.refresh_from_db()
    assert request.stage == Stage.RECEIVED
    assert re.fullmatch(r"PMH-\d{4}-0001", request.number)
    assert response["Location"] == reverse(
        "information_requests:track", args=[request.number, request.tracking_code]
    )
    registered = mail.outbox[-1]
    assert request.number in registered.subject
    assert registered.attachments and registered.attachments[0][0].endswith(".pdf")
    tracking = track_link(registered)
    page = client.get(tracking)
    assert page.status_code == 200 and request.number in page.content.decode()
    assert page["Cache-Control"].startswith("no-store")

    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    perform(request, "process", users[PETUGAS], data={"unit": unit})
    perform(request, "extend", users[PPID], note="Dokumen berada di arsip inaktif.")
    request.refresh_from_db()
    assert request.extended
    with django_capture_on_commit_callbacks(execute=True):
        perform(
            request,
            "decide",
            users[PPID],
            data={
                "decision": "dikabulkan_sebagian",
                "material": "Laporan realisasi anggaran 2025, tanpa lampiran rekening.",
                "information_format": "Softcopy PDF",
                "cost": 0,
                "delivery_time": "Dikirim lewat e-mail pada hari keputusan.",
                "exemption_ground": "h",
                "decision_reason": "Lampiran memuat data pribadi pihak ketiga.",
            },
        )
    kinds = set(request.files.values_list("kind", flat=True))
    assert {"tanda_bukti", "perpanjangan", "pemberitahuan", "penolakan"} <= kinds
    with django_capture_on_commit_callbacks(execute=True):
        perform(request, "deliver", users[PETUGAS])
    delivered = mail.outbox[-1]
    names = {name for name, _content, _type in delivered.attachments}
    assert any(name.startswith("pemberitahuan") for name in names)
    page = client.get(tracking).content.decode()
    assert "Pemberitahuan tertulis" in page
    notice = request.files.get(kind="pemberitahuan")
    download = client.get(
        reverse(
            "information_requests:track_file",
            args=[request.number, request.tracking_code, notice.pk],
        )
    )
    assert download.status_code == 200 and download.content.startswith(b"%PDF")

    # The requester objects from the tracking page.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse(
                "information_requests:objection_submit",
                args=[request.number, request.tracking_code],
            ),
            {
                "grounds": ["a", "d"],
                "ground_arose_on": timezone.localdate(request.delivered_at).isoformat(),
                "case_position": "Lampiran yang ditahan tidak memuat data pribadi.",
            },
        )
    assert response.status_code == 302
    objection = request.objections.get()
    assert objection.grounds == "ad" and objection.number.startswith("KBR-")
    perform(
        objection,
        "respond",
        users[ATASAN_PPID],
        data={"outcome": "ditolak", "response": "Keputusan PPID sudah tepat."},
    )
    objection.refresh_from_db()
    assert objection.stage == ObjectionStage.ANSWERED
    assert OutgoingFile.objects.filter(objection=objection, kind="tanggapan_keberatan").exists()
    actions = set(
        ModelLogEntry.objects.filter(action__startswith="information_requests.").values_list(
            "action", flat=True
        )
    )
    assert {
        "information_requests.submit_online",
        "information_requests.confirm",
        "information_requests.decide",
        "information_requests.respond",
    } <= actions
