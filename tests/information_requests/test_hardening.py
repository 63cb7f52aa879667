"""Found by an outside tester (break15), each through the real views: the purge left the
letters (name and address) in the private store and on the tracking page; a keberatan dated in
the future escaped the filing limit; an expired deadline could still be extended; a double
click on "Konfirmasi" was a 500; the text e-mails were HTML-escaped; the form's
aria-describedby pointed at missing ids; a letter or walk-in request without an e-mail address
could not be registered. (The registers' formula injection: test_registers.py.)"""

import datetime
import re
import threading
import zoneinfo

import pytest
from django.core import mail
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from information_requests.crypto import private_root
from information_requests.forms import PublicRequestForm
from information_requests.models import InformationRequest, Objection, Stage
from information_requests.purge import purge
from information_requests.service import submit_online
from information_requests.transitions import perform
from ppid_pages.models import InformationUnit

from .conftest import (
    PETUGAS,
    PPID,
    identity_upload,
    objection_url,
    request_data,
    submit_and_confirm,
)

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")


@pytest.fixture
def clock(monkeypatch):
    def set_to(day: str, hour: int = 10):
        moment = datetime.datetime.fromisoformat(day).replace(hour=hour, tzinfo=JAKARTA)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return set_to


@pytest.mark.django_db
def test_the_purge_removes_the_letters_addressed_to_the_requester(
    client, users, desk_request, django_capture_on_commit_callbacks
):
    request = desk_request()
    receipt = request.files.get()
    stored = private_root() / receipt.stored
    track_file = reverse(
        "information_requests:track_file",
        args=[request.number, request.tracking_code, receipt.pk],
    )
    assert client.get(track_file).status_code == 200 and stored.exists()
    InformationRequest.objects.filter(pk=request.pk).update(
        stage=Stage.CLOSED, closed_at=timezone.now() - datetime.timedelta(days=365 * 5 + 2)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert purge()["identities_purged"] == 1
    assert not stored.exists()  # the tanda bukti carried the requester's name
    assert client.get(track_file).status_code == 404
    track = reverse("information_requests:track", args=[request.number, request.tracking_code])
    assert track_file not in client.get(track).content.decode()
    client.force_login(users[PETUGAS])
    assert (
        client.get(reverse("information_requests_admin:file", args=[receipt.pk])).status_code
        == 404
    )


@pytest.mark.django_db
def test_a_delivered_request_never_closed_is_purged_too(desk_request):
    request = desk_request()
    InformationRequest.objects.filter(pk=request.pk).update(
        stage=Stage.DELIVERED, delivered_at=timezone.now() - datetime.timedelta(days=365 * 5 + 2)
    )
    assert purge()["identities_purged"] == 1
    assert InformationRequest.objects.get(pk=request.pk).name == ""


@pytest.mark.django_db
@pytest.mark.parametrize("days", [30, -3])
def test_a_keberatan_ground_date_in_the_future_or_before_the_request_is_refused(
    client, desk_request, days
):
    request = desk_request()
    registered = timezone.localdate(request.registered_at)
    day = (
        timezone.localdate() + datetime.timedelta(days=days)
        if days > 0
        else registered + datetime.timedelta(days=days)
    )
    response = client.post(
        objection_url(request),
        {"grounds": ["c"], "ground_arose_on": day.isoformat(), "case_position": "Tidak dijawab."},
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "masa depan" in text or "sebelum permohonan didaftarkan" in text
    assert not Objection.objects.exists()


@pytest.mark.django_db
def test_an_expired_deadline_cannot_be_extended(client, clock, users, settings):
    settings.SOP_NATIONAL_HOLIDAYS = False
    InformationUnit.objects.create(name="Bidang Anggaran")
    clock("2026-03-02")  # a Monday
    data = request_data()
    from information_requests.forms import DeskRequestForm
    from information_requests.service import register_at_desk

    form = DeskRequestForm(data, {"identity_document": identity_upload()})
    assert form.is_valid(), form.errors
    late = register_at_desk(form, users[PETUGAS])
    form = DeskRequestForm(data, {"identity_document": identity_upload()})
    assert form.is_valid(), form.errors
    in_time = register_at_desk(form, users[PETUGAS])
    unit = InformationUnit.objects.get()
    for request in (late, in_time):
        perform(request, "process", users[PETUGAS], data={"unit": unit})
    assert late.due_date == datetime.date(2026, 3, 16)

    clock("2026-03-16")  # the last day: still possible
    client.force_login(users[PPID])  # (the session's idle limit follows the clock)
    response = client.post(
        reverse("information_requests_admin:step", args=[in_time.pk, "extend"]),
        {"note": "Dokumen di arsip inaktif."},
    )
    assert response.status_code == 302
    assert InformationRequest.objects.get(pk=in_time.pk).stage == Stage.EXTENDED

    clock("2026-03-17")  # one working day late
    client.force_login(users[PPID])
    response = client.post(
        reverse("information_requests_admin:step", args=[late.pk, "extend"]),
        {"note": "Terlambat, diperpanjang saja."},
    )
    assert response.status_code == 200
    assert "tidak dapat diperpanjang lagi" in response.content.decode()
    late.refresh_from_db()
    assert (late.stage, late.extended, late.due_date) == (
        Stage.PROCESSING,
        False,
        datetime.date(2026, 3, 16),
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_pressing_konfirmasi_twice_at_once_registers_once_without_an_error():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (SQLite serialises every writer)")
    form = PublicRequestForm(request_data(), {"identity_document": identity_upload()})
    assert form.is_valid(), form.errors
    request = submit_online(form)
    url = reverse("information_requests:confirm", args=[request.pk, request.tracking_code])
    count = 4
    barrier = threading.Barrier(count)
    statuses, errors = [], []

    def press() -> None:
        try:
            client = Client(raise_request_exception=False)
            barrier.wait(timeout=30)
            statuses.append(client.post(url).status_code)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=press) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert statuses == [302] * count
    request.refresh_from_db()
    assert request.stage == Stage.RECEIVED and request.sequence == 1
    assert request.steps.filter(action="confirm").count() == 1


@pytest.mark.django_db
def test_text_emails_are_not_html_escaped(client, django_capture_on_commit_callbacks):
    name = 'CV Maju & Jaya "Sentosa" <Cabang O\'Hara>'
    request = submit_and_confirm(
        client,
        django_capture_on_commit_callbacks,
        requester_type="badan_hukum",
        identity_number="AHU-0012345.AH.01.01",
        name=name,
    )
    assert len(mail.outbox) == 2  # the confirmation, then the registration with its receipt
    for message in mail.outbox:
        assert name in message.body
        assert "&amp;" not in message.body and "&#x27;" not in message.body
    assert request.number in mail.outbox[1].subject


@pytest.mark.django_db
def test_errors_and_help_are_tied_to_their_fields(client):
    data = request_data(phone="telepon saya", identity_number="123")
    data.pop("channel")
    data.pop("agreement")
    response = client.post(reverse("information_requests:submit"), data)
    assert response.status_code == 400
    page = response.content.decode()
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    described = [
        name for value in re.findall(r'aria-describedby="([^"]+)"', page) for name in value.split()
    ]
    assert {"id_phone_error", "id_identity_document_helptext", "id_agreement_error"} <= set(
        described
    )
    assert [name for name in described if name not in ids] == []


@pytest.mark.django_db
def test_a_letter_request_without_an_email_address_is_registered(client, users):
    client.force_login(users[PETUGAS])
    data = request_data(channel="surat", email="", delivery_method="pos")
    response = client.post(reverse("information_requests_admin:add"), data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    request = InformationRequest.objects.get()
    assert request.number and request.email == "" and request.files.count() == 1
    assert mail.outbox == []
    # Online, the e-mail stays required: the confirmation link is sent there.
    data.pop("channel")
    public = client.post(
        reverse("information_requests:submit"), {**data, "identity_document": identity_upload()}
    )
    assert public.status_code == 400
    assert InformationRequest.objects.count() == 1


@pytest.mark.django_db
def test_the_rate_limit_page_says_how_long_to_wait(client, settings, monkeypatch):
    from security.ratelimit import cache

    cache.clear()
    monkeypatch.setattr("security.ratelimit.time.time", lambda: 1_800_000_000.0)
    submit = "information_requests:submit"
    settings.SECURITY_RATE_LIMITS = {**settings.SECURITY_RATE_LIMITS, submit: (1, 3600)}
    client.post(reverse(submit), {})
    blocked = client.post(reverse(submit), {})
    assert blocked.status_code == 429
    page = blocked.content.decode()
    wait = -(-int(blocked["Retry-After"]) // 60)  # whole minutes, rounded up
    assert wait > 1 and f"Silakan tunggu {wait} menit" in page
    assert "satu menit" not in page
    cache.clear()


@pytest.mark.django_db
def test_survey_errors_are_tied_to_their_question(client, users):
    from information_requests.demo import decide_and_deliver, new_request

    people = (users[PETUGAS], users[PPID], users["Atasan PPID"])
    InformationUnit.objects.create(name="Bidang Anggaran")
    start = datetime.date(2025, 3, 3)
    request = new_request(1, start, people[0], channel="langsung")
    decide_and_deliver(request, people, "dikabulkan_seluruhnya", start)
    request = InformationRequest.objects.get(pk=request.pk)
    url = reverse("service_reports_public:survey", args=[request.number, request.tracking_code])
    page = client.post(url, {"u1": 4}).content.decode()
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    described = re.findall(r'<fieldset aria-describedby="([^"]+)"', page)
    assert len(described) == 8  # u2..u9 unanswered
    assert [name for name in described if name not in ids] == []


@pytest.mark.django_db
def test_a_huge_body_is_refused_before_anything_reads_it(client, desk_request):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = request_data()
    data.pop("channel")
    big = SimpleUploadedFile("ktp.png", b"\0" * (7 * 1024 * 1024), "image/png")
    response = client.post(
        reverse("information_requests:submit"), {**data, "identity_document": big}
    )
    assert response.status_code == 413  # not the form's "larger than 5 MB": never parsed
    assert "Kiriman Anda terlalu besar" in response.content.decode()
    assert not InformationRequest.objects.exists()
    # A form without a file field takes no file part either.
    request = desk_request()
    extra = SimpleUploadedFile("x.bin", b"\0" * (1024 * 1024))
    response = client.post(
        objection_url(request),
        {"grounds": ["c"], "ground_arose_on": "2026-01-05", "case_position": "-", "x": extra},
    )
    assert response.status_code == 413
    assert not Objection.objects.exists()
