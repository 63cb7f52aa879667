"""The public form: clear Indonesian messages and nothing lost on bad input, the honeypot, the
upload checks, per-client rate limits, no JavaScript and nothing from another origin."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from information_requests.models import InformationRequest

from .conftest import identity_upload, request_data

pytestmark = pytest.mark.django_db
SUBMIT = "information_requests:submit"


def post(client, **overrides):
    data = request_data(**overrides)
    data.pop("channel")
    files = {"identity_document": overrides.pop("identity_document", identity_upload())}
    return client.post(reverse(SUBMIT), {**data, **files})


def test_the_form_is_plain_html_in_indonesian(client):
    response = client.get(reverse("information_requests:request_form"))
    text = response.content.decode()
    assert response.status_code == 200
    assert "<script" not in text
    assert "Permohonan Informasi Publik" in text or "permohonan informasi publik" in text.lower()
    assert 'enctype="multipart/form-data"' in text
    assert "http://" not in text.replace("http://testserver", "")


def test_bad_input_gets_indonesian_messages_and_keeps_the_values(client):
    response = post(
        client,
        identity_number="12345",
        phone="telepon saya",
        email="bukan-email",
        information_requested="",
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "16 digit" in text  # the NIK
    assert "nomor telepon" in text.lower()
    assert "alamat email" in text.lower() or "alamat e-mail" in text.lower()
    assert "Siti Aminah" in text and "Jl. Melati No. 5" in text  # nothing typed is lost
    assert "Bahan penelitian skripsi" in text
    assert not InformationRequest.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ktp.exe", b"MZ\x90\x00", "PDF, JPG"),
        ("ktp.pdf", b"<html><script>alert(1)</script></html>", "HTML"),
        ("ktp.png", b"%PDF-1.4 not an image", "tidak sesuai"),
    ],
)
def test_identity_uploads_are_checked(client, name, content, message):
    response = post(client, identity_document=SimpleUploadedFile(name, content))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_honeypot_saves_nothing_and_sends_nothing(client):
    response = post(client, website="http://spam.example")
    assert response.status_code == 302
    assert not InformationRequest.objects.exists()
    assert mail.outbox == []


@pytest.fixture
def frozen_window(monkeypatch):
    """A fixed time: a rate-limit window never ends mid-test (a slow run crossed a minute)."""
    monkeypatch.setattr("security.ratelimit.time.time", lambda: 1_800_000_030.0)


@pytest.mark.usefixtures("frozen_window")
def test_submissions_are_rate_limited_per_client(client, settings):
    settings.SECURITY_RATE_LIMITS = {**settings.SECURITY_RATE_LIMITS, SUBMIT: (2, 3600)}
    assert post(client).status_code == 302
    assert post(client).status_code == 302
    blocked = post(client)
    assert blocked.status_code == 429
    assert InformationRequest.objects.count() == 2
    other = client.post(reverse(SUBMIT), {}, REMOTE_ADDR="10.9.8.7")
    assert other.status_code == 400  # another client is not blocked


@pytest.mark.usefixtures("frozen_window")
def test_tracking_is_rate_limited(client, settings, desk_request):
    settings.SECURITY_RATE_LIMITS = {
        **settings.SECURITY_RATE_LIMITS,
        "information_requests:track": (3, 60),
    }
    for code in ("AAAA-AAAA-AAAA-AAA1", "AAAA-AAAA-AAAA-AAA2", "AAAA-AAAA-AAAA-AAA3"):
        url = reverse("information_requests:track", args=["PMH-2026-0001", code])
        assert client.get(url).status_code == 404
    assert client.get(url).status_code == 429


def test_objection_after_30_working_days_is_refused_clearly(client, desk_request):
    request = desk_request()
    response = client.post(
        reverse(
            "information_requests:objection_submit", args=[request.number, request.tracking_code]
        ),
        {"grounds": ["c"], "ground_arose_on": "2020-01-06", "case_position": "Tidak dijawab."},
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "30 hari kerja" in text and "Tidak dijawab." in text
    assert not request.objections.exists()
