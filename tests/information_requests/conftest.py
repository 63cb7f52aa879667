import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from information_requests.forms import DeskRequestForm, PublicRequestForm
from information_requests.models import InformationRequest
from information_requests.roles import ATASAN_PPID, PETUGAS, PPID
from information_requests.service import register_at_desk, submit_online

NIK = "3201014508900002"
SERVICE_ROLES = (PETUGAS, PPID, ATASAN_PPID)
OTHER_ROLES = ("Operator", "Sub Koordinator", "Koordinator", "Kepala Dinas", "Web Developer")


def ktp_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "lightblue").save(buffer, "PNG")
    return buffer.getvalue()


def request_data(**overrides) -> dict:
    data = {
        "requester_type": "perorangan",
        "name": "Siti Aminah",
        "identity_number": NIK,
        "address": "Jl. Melati No. 5, RT 02/RW 03\nKecamatan Sukamaju, Kabupaten Contoh",
        "phone": "0812 3456 7890",
        "email": "siti.aminah@contoh.net",
        "information_requested": "Salinan laporan realisasi anggaran Dinas tahun 2025.",
        "purpose": "Bahan penelitian skripsi tentang transparansi anggaran.",
        "obtain_method": "softcopy",
        "delivery_method": "email",
        "agreement": "on",
        "channel": "langsung",
    }
    data.update(overrides)
    return data


def identity_upload(name="ktp.png", content=None):
    return SimpleUploadedFile(name, content if content is not None else ktp_png(), "image/png")


@pytest.fixture
def users(db):
    User = get_user_model()
    result = {}
    for number, role in enumerate((*SERVICE_ROLES, *OTHER_ROLES)):
        user = User.objects.create_user(
            f"layanan{number}", email=f"layanan{number}@contohkab.go.id", password="x"
        )
        user.groups.add(Group.objects.get(name=role))
        result[role] = user
    second = User.objects.create_user("petugas2", email="petugas2@contohkab.go.id")
    second.groups.add(Group.objects.get(name=PETUGAS))
    result["Petugas 2"] = second
    result["superuser"] = User.objects.create_superuser("super", "super@contohkab.go.id", "x")
    return result


@pytest.fixture
def online_request(db):
    form = PublicRequestForm(request_data(), {"identity_document": identity_upload()})
    assert form.is_valid(), form.errors
    return submit_online(form)


@pytest.fixture
def desk_request(users):
    def make(**overrides):
        form = DeskRequestForm(request_data(**overrides), {"identity_document": identity_upload()})
        assert form.is_valid(), form.errors
        return register_at_desk(form, users[PETUGAS])

    return make


def submit_and_confirm(client, captured, **overrides) -> InformationRequest:
    """The public form, then the confirmation link from the e-mail (POST, as its button)."""
    data = request_data(**overrides)
    data.pop("channel")
    with captured(execute=True):
        response = client.post(
            reverse("information_requests:submit"),
            {**data, "identity_document": identity_upload()},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    request = InformationRequest.objects.latest("pk")
    confirm = reverse("information_requests:confirm", args=[request.pk, request.tracking_code])
    with captured(execute=True):
        assert client.post(confirm).status_code == 302
    request.refresh_from_db()
    assert request.number
    return request


def objection_url(request: InformationRequest) -> str:
    return reverse(
        "information_requests:objection_submit", args=[request.number, request.tracking_code]
    )
