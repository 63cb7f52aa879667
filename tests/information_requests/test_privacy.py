"""Requester privacy: tracking by number AND secret code only; identity encrypted at rest
(absent in clear from a database dump and from the private store), never under MEDIA_ROOT,
shown only to the desk through an audited view; lists and registers mask it; the purge."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from information_requests.crypto import private_root
from information_requests.models import InformationRequest, Stage
from information_requests.purge import purge

from .conftest import NIK, ktp_png

pytestmark = pytest.mark.django_db


def test_number_alone_or_with_email_opens_nothing(client, desk_request):
    request = desk_request()
    other = desk_request(name="Andi Wijaya", email="andi@contoh.net")
    good = reverse("information_requests:track", args=[request.number, request.tracking_code])
    assert client.get(good).status_code == 200
    wrong = [
        reverse("information_requests:track", args=[request.number, "AAAA-BBBB-CCCC-DDDD"]),
        reverse("information_requests:track", args=[request.number, request.email]),
        reverse("information_requests:track", args=[other.number, request.tracking_code]),
        reverse("information_requests:track", args=["PMH-2026-9999", request.tracking_code]),
    ]
    for url in wrong:
        response = client.get(url)
        assert response.status_code == 404
        assert request.name not in response.content.decode()
    form = client.get(reverse("information_requests:track_form"), {"nomor": request.number})
    assert form.status_code == 404 and request.name not in form.content.decode()
    found = client.get(
        reverse("information_requests:track_form"),
        {"nomor": request.number.lower(), "kode": request.tracking_code.lower()},
    )
    assert found.status_code == 302 and found["Location"] == good


def test_tracking_codes_are_long_and_distinct(desk_request):
    codes = {desk_request().tracking_code for _ in range(5)}
    assert len(codes) == 5
    assert all(len(code.replace("-", "")) == 16 for code in codes)


def test_identity_absent_in_clear_from_a_dump_and_the_files(desk_request, settings, tmp_path):
    request = desk_request()
    out = io.StringIO()
    call_command("dumpdata", "information_requests", stdout=out)
    dump = out.getvalue()
    assert NIK not in dump
    assert request.tracking_code not in dump
    assert request.name in dump  # the dump itself worked
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT identity_number, tracking_code FROM information_requests_informationrequest"
        )
        raw = cursor.fetchall()
    assert raw and all(NIK not in row[0] and row[0].startswith("gAAAAA") for row in raw)
    # A backup (dumpdata) loads back to the same clear value.
    InformationRequest.objects.all().delete()
    from django.core import serializers

    for item in serializers.deserialize("json", dump):
        item.save()
    assert InformationRequest.objects.get(pk=request.pk).identity_number == NIK
    request.refresh_from_db()
    stored = private_root() / request.identity_file
    assert stored.exists()
    assert ktp_png()[:200] not in stored.read_bytes()
    assert b"PNG" not in stored.read_bytes()
    assert not str(stored).startswith(str(settings.MEDIA_ROOT))
    assert InformationRequest.objects.get(pk=request.pk).identity_number == NIK
    # Every private file (letters too) is encrypted.
    for path in private_root().rglob("*.bin"):
        assert not path.read_bytes().startswith(b"%PDF")


def test_identity_view_is_for_the_desk_and_audited(client, desk_request, users):
    request = desk_request()
    url = reverse("information_requests_admin:identity", args=[request.pk])
    for role in ("PPID", "Atasan PPID", "Koordinator", "superuser"):
        if role == "superuser":
            continue  # superusers hold every permission; the desk role is the design
        client.force_login(users[role])
        refused = client.get(url)
        assert refused.status_code in (302, 403) and refused.content != ktp_png()
    client.force_login(users["Petugas Layanan Informasi"])
    response = client.get(url)
    assert response.status_code == 200 and response.content == ktp_png()
    assert response["Cache-Control"].startswith("no-store")
    entry = ModelLogEntry.objects.get(action="information_requests.identity_viewed")
    assert entry.user_id == users["Petugas Layanan Informasi"].pk


def test_lists_and_registers_mask_the_identity(client, desk_request, users):
    request = desk_request()
    client.force_login(users["PPID"])
    detail = client.get(reverse("information_requests_admin:inspect", args=[request.pk]))
    assert detail.status_code == 200
    text = detail.content.decode()
    assert NIK not in text and NIK[:2] + "*" * 14 in text
    assert request.phone not in text and request.email not in text
    listing = client.get(reverse("information_requests_admin:index")).content.decode()
    assert NIK not in listing
    register = client.get(reverse("information_requests_admin:register"))
    assert register.status_code == 200
    assert NIK not in register.content.decode() and request.email not in register.content.decode()
    xlsx = client.get(reverse("information_requests_admin:register"), {"format": "xlsx"})
    assert xlsx.status_code == 200
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    values = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    assert request.number in values and NIK not in values and request.email not in values
    pdf = client.get(reverse("information_requests_admin:register"), {"format": "pdf"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    client.force_login(users["Petugas Layanan Informasi"])
    assert (
        NIK
        in client.get(
            reverse("information_requests_admin:inspect", args=[request.pk])
        ).content.decode()
    )


def test_purge_after_retention_keeps_the_statistics(
    desk_request, users, online_request, django_capture_on_commit_callbacks
):
    request = desk_request()
    stored = private_root() / request.identity_file
    InformationRequest.objects.filter(pk=request.pk).update(
        stage=Stage.CLOSED, closed_at=timezone.now() - datetime.timedelta(days=365 * 5 + 2)
    )
    InformationRequest.objects.filter(pk=online_request.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=49)
    )
    recent = desk_request(name="Rina")
    InformationRequest.objects.filter(pk=recent.pk).update(
        stage=Stage.CLOSED, closed_at=timezone.now() - datetime.timedelta(days=30)
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = purge()
    assert result == {"unconfirmed_deleted": 1, "identities_purged": 1}
    request.refresh_from_db()
    assert request.identity_purged_at is not None
    assert (request.identity_number, request.name, request.email, request.identity_file) == (
        "",
        "",
        "",
        "",
    )
    assert request.number and request.requester_type == "perorangan" and request.channel
    assert not stored.exists()
    assert not InformationRequest.objects.filter(pk=online_request.pk).exists()
    recent.refresh_from_db()
    assert recent.identity_number == NIK
    entry = ModelLogEntry.objects.get(action="information_requests.identity_purged")
    assert json.dumps(entry.data).find(NIK) == -1
    assert purge() == {"unconfirmed_deleted": 0, "identities_purged": 0}


def test_key_rotation(desk_request, settings):
    from cryptography.fernet import Fernet

    request = desk_request()
    old = settings.INFORMATION_REQUESTS_KEYS[0]
    settings.INFORMATION_REQUESTS_KEYS = [Fernet.generate_key().decode(), old]
    call_command("rotate_request_keys", stdout=io.StringIO())
    settings.INFORMATION_REQUESTS_KEYS = settings.INFORMATION_REQUESTS_KEYS[:1]
    fresh = InformationRequest.objects.get(pk=request.pk)
    assert fresh.identity_number == NIK
    from information_requests.crypto import read_private

    assert read_private(fresh.identity_file) == ktp_png()
