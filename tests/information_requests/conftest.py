import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from information_requests.forms import DeskRequestForm, PublicRequestForm
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
