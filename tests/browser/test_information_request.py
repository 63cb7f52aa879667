"""The information service end to end in headless Chromium: a citizen files a request on the
public form (no JavaScript needed), confirms the e-mail, tracks it; the desk and the PPID take
it through every stage in the Indonesian admin (with the 2FA login); the citizen downloads the
letters from the tracking page and files a keberatan, which the Atasan PPID answers.

Only the users and the unit holding the information are created in Python.
"""

import io
import re
from typing import TYPE_CHECKING

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from information_requests.models import InformationRequest, ObjectionStage, Stage
from ppid_pages.models import InformationUnit

if TYPE_CHECKING:
    from playwright.sync_api import Page

    from .conftest import PageWatch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("without_account_audit"),
]

PASSWORD = "sandi-uji-peramban-2026"
ROLES = {
    "petugas": "Petugas Layanan Informasi",
    "ppid": "PPID",
    "atasan": "Atasan PPID",
}
WANTED = "Salinan laporan realisasi anggaran Dinas tahun 2025."


@pytest.fixture
def staff():
    for username, role in ROLES.items():
        user = User.objects.create_user(
            username, email=f"{username}@contohkab.go.id", password=PASSWORD
        )
        user.groups.add(Group.objects.get(name=role))
    InformationUnit.objects.get_or_create(name="Bidang Anggaran")


def ktp_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (80, 50), "lightblue").save(buffer, "PNG")
    return buffer.getvalue()


def link_in_last_mail(pattern: str) -> str:
    match = re.search(r"http://[^/\s]+(" + pattern + r"\S*)", mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return match[1]


def take_step(page: "Page", detail_url: str, button: str, fill=None) -> None:
    page.goto(detail_url)
    with page.expect_navigation():
        page.get_by_role("link", name=button, exact=True).click()
    form = page.locator("#service-step-form")
    if fill:
        fill(form)
    with page.expect_navigation():
        form.get_by_role("button", name=button, exact=True).click()
    expect(page).to_have_url(detail_url)


def stage() -> str:
    return InformationRequest.objects.get(information_requested=WANTED).stage


def test_citizen_request_to_letters_and_keberatan(
    staff, new_page, admin_login, page_watch: "PageWatch"
):
    # 1. The citizen files the request on the public form.
    citizen = new_page("pemohon")
    citizen.goto("/layanan-informasi/permohonan/")
    expect(citizen.get_by_role("heading", name="Permohonan Informasi Publik")).to_be_visible()
    citizen.get_by_label("Perorangan").check()
    citizen.get_by_label(re.compile("^Nama")).fill("Siti Aminah")
    citizen.get_by_label(re.compile("^Nomor identitas")).fill("3201014508900002")
    citizen.locator("#id_identity_document").set_input_files(
        files=[{"name": "ktp.png", "mimeType": "image/png", "buffer": ktp_png()}]
    )
    citizen.locator("#id_address").fill("Jl. Melati No. 5\nKota Contoh")
    citizen.locator("#id_phone").fill("0812 3456 7890")
    citizen.locator("#id_email").fill("siti.aminah@contoh.net")
    citizen.locator("#id_information_requested").fill(WANTED)
    citizen.locator("#id_purpose").fill("Bahan penelitian skripsi.")
    citizen.get_by_label("Mendapatkan salinan (softcopy)").check()
    citizen.get_by_label("E-mail", exact=True).check()
    citizen.locator("#id_agreement").check()
    with citizen.expect_navigation():
        citizen.get_by_role("button", name="Kirim permohonan").click()
    expect(citizen.get_by_role("heading", name="Periksa e-mail Anda")).to_be_visible()
    assert stage() == Stage.UNCONFIRMED

    # 2. The e-mail's link, then "Konfirmasi": the request is registered and tracked.
    citizen.goto(link_in_last_mail("/layanan-informasi/konfirmasi/"))
    with citizen.expect_navigation():
        citizen.get_by_role("button", name="Konfirmasi").click()
    request = InformationRequest.objects.get(information_requested=WANTED)
    assert request.stage == Stage.RECEIVED and request.number
    expect(citizen.get_by_role("heading", name=f"Permohonan {request.number}")).to_be_visible()
    tracking_url = link_in_last_mail("/layanan-informasi/lacak/")
    expect(citizen.get_by_text("Diterima", exact=True)).to_be_visible()

    # 3. The desk asks for completion, records it, routes it.
    desk = new_page("petugas")
    admin_login(desk, "petugas", PASSWORD)
    detail_url = f"/admin/layanan/permohonan/inspect/{request.pk}/"
    take_step(
        desk,
        detail_url,
        "Minta pemohon melengkapi",
        lambda form: form.locator('[name="note"]').fill("Mohon kirim surat pengantar kampus."),
    )
    assert stage() == Stage.INCOMPLETE
    take_step(
        desk,
        detail_url,
        "Sudah dilengkapi: waktu berjalan lagi",
        lambda form: form.locator('[name="note"]').fill("Surat pengantar diterima."),
    )
    take_step(
        desk,
        detail_url,
        "Teruskan ke unit yang menguasai informasi",
        lambda form: form.locator('[name="unit"]').select_option(label="Bidang Anggaran"),
    )
    assert stage() == Stage.PROCESSING
    expect(desk.get_by_text("Tidak ada langkah untuk Anda di sini")).to_be_visible()

    # 4. The PPID extends once, then decides.
    ppid = new_page("ppid")
    admin_login(ppid, "ppid", PASSWORD)
    take_step(
        ppid,
        detail_url,
        "Perpanjang 7 hari kerja",
        lambda form: form.locator('[name="note"]').fill("Dokumen di arsip inaktif."),
    )
    assert stage() == Stage.EXTENDED

    def decide(form) -> None:
        form.locator('input[name="decision"][value="dikabulkan_seluruhnya"]').check()
        form.locator('[name="material"]').fill("Laporan realisasi anggaran 2025.")
        form.locator('[name="information_format"]').fill("Softcopy PDF")
        form.locator('[name="delivery_time"]').fill("Lewat e-mail hari ini.")

    take_step(ppid, detail_url, "Putuskan (pemberitahuan tertulis)", decide)
    assert stage() == Stage.DECIDED

    # 5. The desk delivers the letters and closes the request.
    take_step(desk, detail_url, "Sampaikan surat dan informasi")
    assert stage() == Stage.DELIVERED
    take_step(desk, detail_url, "Tutup")
    assert stage() == Stage.CLOSED

    # 6. The citizen downloads the letters from the tracking page.
    citizen.goto(tracking_url)
    expect(citizen.get_by_text("Selesai", exact=True)).to_be_visible()
    for title in (
        "Tanda bukti penerimaan permohonan",
        "Surat perpanjangan",
        "Pemberitahuan tertulis",
    ):
        with citizen.expect_download() as download:
            citizen.get_by_role("link", name=title).click()
        with open(download.value.path(), "rb") as handle:
            assert handle.read(5) == b"%PDF-"

    # 7. The citizen files a keberatan; the Atasan PPID answers it.
    with citizen.expect_navigation():
        citizen.get_by_role("link", name="Ajukan keberatan kepada Atasan PPID").click()
    citizen.get_by_label("d. Permohonan ditanggapi tidak sebagaimana yang diminta").check()
    citizen.locator("#id_ground_arose_on").fill(timezone.localdate().isoformat())
    citizen.locator("#id_case_position").fill("Lampiran laporan tidak disertakan.")
    with citizen.expect_navigation():
        citizen.get_by_role("button", name="Kirim keberatan").click()
    objection = request.objections.get()
    expect(citizen.get_by_text(f"Keberatan {objection.number}")).to_be_visible()

    atasan = new_page("atasan")
    admin_login(atasan, "atasan", PASSWORD)
    objection_url = f"/admin/layanan/keberatan/inspect/{objection.pk}/"

    def respond(form) -> None:
        form.locator('input[name="outcome"][value="diterima"]').check()
        form.locator('[name="response"]').fill("Lampiran diberikan dalam 3 hari kerja.")

    take_step(atasan, objection_url, "Tanggapi (tanggapan atas keberatan)", respond)
    objection.refresh_from_db()
    assert objection.stage == ObjectionStage.ANSWERED
    citizen.goto(tracking_url)
    with citizen.expect_download() as download:
        citizen.get_by_role("link", name="Tanggapan atas keberatan").click()
    with open(download.value.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert page_watch.problems == []
