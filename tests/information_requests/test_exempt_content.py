"""Exempt information is recognised by its content, not only by its bytes (issue 13 open item):
the exempt contract printed again as another PDF, saved as DOCX, one part of it cut out, or the
exempt photo re-encoded, was given to a requester because its SHA-256 differed."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, ImageDraw
from wagtail.models import Collection, ModelLogEntry

from information_requests import outgoing
from information_requests.models import OutgoingFile
from information_requests.roles import PPID
from ppid_pages.models import PPIDImage
from ppid_pages.models.dip import DipCategory, ExemptAsset, ExemptInformation
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes
from tests.privacy.test_extract import docx_document, paragraph

from .test_exempt_files import decided

pytestmark = pytest.mark.django_db

CONTRACT = [
    "Kontrak pengadaan jaringan komunikasi darurat nomor 027/511/PPK/2026.",
    "Pasal 1: nilai kontrak dan rincian harga satuan perangkat radio digital.",
    "Pasal 2: lokasi menara pemancar cadangan dan jalur kabel serat optik.",
    "Pasal 3: kata sandi awal perangkat dan prosedur pemulihan sistem.",
    "Pasal 4: jadwal pemeliharaan dan denda keterlambatan penyedia jasa.",
    "Pasal 5: daftar frekuensi kerja yang dipakai pada keadaan bencana.",
]


def photo(shift: int = 0) -> Image.Image:
    image = Image.new("RGB", (320, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((40 + shift, 30, 200, 180), fill=(20, 60, 140))
    draw.ellipse((150, 90, 300, 230), fill=(200, 40, 40))
    draw.line((0, 239, 319, 0), fill="black", width=6)
    return image


def other_photo() -> Image.Image:
    image = Image.new("RGB", (320, 240), "black")
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 120, 120), fill=(240, 220, 30))
    draw.rectangle((180, 60, 300, 220), fill=(30, 200, 90))
    return image


def encoded(image: Image.Image, kind: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()


@pytest.fixture
def exempt_entry(db):
    document = make_document("Kontrak jaringan", pdf_bytes(*CONTRACT))
    entry = make_entry(
        make_dip_index(),
        "Kontrak Jaringan Darurat",
        category=DipCategory.DIKECUALIKAN,
        documents=(document,),
    )
    image = PPIDImage(title="Denah menara", collection=Collection.get_first_root_node())
    image.file.save("denah.png", ContentFile(encoded(photo(), "PNG")), save=False)
    image.save()
    exemption, _ = ExemptInformation.objects.get_or_create(
        entry_id=entry.pk, defaults={"title": entry.title}
    )
    ExemptAsset.objects.create(exemption=exemption, image=image)
    return entry


def as_docx(lines: list[str]) -> bytes:
    return docx_document("".join(paragraph(line) for line in ["PEMERINTAH KABUPATEN", *lines]))


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("kontrak-cetak-ulang.pdf", lambda: pdf_bytes("Salinan", *CONTRACT)),
        ("kontrak.docx", lambda: as_docx(CONTRACT)),
        ("pasal-1-4.txt", lambda: "\n".join(CONTRACT[:4]).upper().encode()),
        ("denah.jpg", lambda: encoded(photo(), "JPEG", quality=70)),
        ("denah-kecil.png", lambda: encoded(photo().resize((160, 120)), "PNG")),
        # The verification attack's evasions (issue 13): invisible characters inside words,
        # Cyrillic look-alike letters, a mirrored or turned photo, an unknown extension.
        ("kontrak-zw.txt", lambda: "\n".join(CONTRACT).replace("a", "a\u200b").encode()),
        ("kontrak-cyr.txt", lambda: "\n".join(CONTRACT).replace("a", "\u0430").encode()),
        (
            "denah-cermin.png",
            lambda: encoded(photo().transpose(Image.Transpose.FLIP_LEFT_RIGHT), "PNG"),
        ),
        ("denah-putar.jpg", lambda: encoded(photo().rotate(90, expand=True), "JPEG")),
    ],
)
def test_the_same_information_in_other_bytes_is_refused(
    client, desk_request, users, exempt_entry, filename, content
):
    request = decided(desk_request, users, exempt_entry, "dikabulkan_sebagian")
    client.force_login(users[PPID])
    response = client.post(
        reverse("information_requests_admin:add_file", args=[request.pk]),
        {"title": "Lampiran", "file": SimpleUploadedFile(filename, content())},
    )
    assert response.status_code == 200
    assert "dikecualikan" in response.content.decode().lower()
    assert not request.files.filter(kind=OutgoingFile.Kind.INFORMATION).exists()
    assert ModelLogEntry.objects.filter(
        object_id=str(request.pk), action="information_requests.exempt_file_refused"
    ).exists()


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        (
            "ringkasan.pdf",
            lambda: pdf_bytes(
                "Ringkasan kontrak pengadaan jaringan komunikasi darurat tahun 2026.",
                "Penyedia jasa telah menyelesaikan pekerjaan sesuai jadwal yang disepakati.",
                "Nilai kontrak diumumkan dalam laporan realisasi anggaran akhir tahun.",
                "Rincian teknis dikecualikan berdasarkan uji konsekuensi PPID.",
            ),
        ),
        ("foto-lain.png", lambda: encoded(other_photo(), "PNG")),
    ],
)
def test_other_information_still_goes(desk_request, users, exempt_entry, filename, content):
    request = decided(desk_request, users, exempt_entry, "dikabulkan_sebagian")
    added = outgoing.add_file(
        request, OutgoingFile.Kind.INFORMATION, "Ringkasan", filename, content(), users[PPID]
    )
    assert added.pk


def test_a_picture_is_recognised_whatever_the_file_is_called(exempt_entry):
    """The upload form refuses unknown extensions; the check itself reads pictures by their
    content (a .jfif or a file without an extension is still the exempt photo)."""
    for name in ("denah.jfif", "denah"):
        assert outgoing.holds_exempt_information(encoded(photo(), "JPEG", quality=80), name)
    assert not outgoing.holds_exempt_information(encoded(other_photo(), "JPEG"), "lain.jfif")
