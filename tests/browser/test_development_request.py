"""SOP B1-B5 end to end in headless Chromium: one development request from submission to
closing, each step clicked through the Indonesian admin by the user of the role the SOP names.

Sub Koordinator submits -> Operator adds input -> Koordinator records the notulen -> Kepala
Dinas acknowledges -> Sub Koordinator hands over -> Web Developer signs the tanda terima,
presents the draft, updates offline -> Sub Koordinator fails the check -> Web Developer updates
again -> Sub Koordinator passes it -> Web Developer updates online -> Koordinator passes it and
the request is closed. Only the users are created in Python.
"""

import re
from typing import TYPE_CHECKING

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from sop_governance.development.models import DevelopmentRequest, Stage

if TYPE_CHECKING:
    from playwright.sync_api import Page

    from .conftest import PageWatch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    # The reload re-adds group permissions before their content types are back: account
    # auditing (security.audit) is off while it runs (tests/conftest.py).
    pytest.mark.usefixtures("without_account_audit"),
]

PASSWORD = "sandi-uji-peramban-2025"
TITLE = "Menu DIP terpotong di ponsel"
ROLES = {
    "operator": "Operator",
    "subkoordinator": "Sub Koordinator",
    "koordinator": "Koordinator",
    "kepaladinas": "Kepala Dinas",
    "webdev": "Web Developer",
}


@pytest.fixture
def users():
    for username, role in ROLES.items():
        user = User.objects.create_user(
            username,
            email=f"{username}@contohkab.go.id",
            password=PASSWORD,
            first_name=username.capitalize(),
        )
        user.groups.add(Group.objects.get(name=role))


def take_step(page: "Page", detail_url: str, button: str, fields: dict[str, str]) -> None:
    """Open the request, click the step's button, fill its form and submit it."""
    page.goto(detail_url)
    with page.expect_navigation():
        page.get_by_role("link", name=button, exact=True).click()
    expect(page.get_by_role("heading", name=button)).to_be_visible()
    for name, value in fields.items():
        page.locator(f'#sop-step-form [name="{name}"]').fill(value)
    with page.expect_navigation():
        page.locator("#sop-step-form").get_by_role("button", name=button, exact=True).click()
    expect(page).to_have_url(detail_url)
    expect(page.get_by_role("status").first).to_contain_text(button)


def stage() -> str:
    return DevelopmentRequest.objects.get(title=TITLE).stage


def test_development_request_from_submission_to_closing(
    users, new_page, admin_login, page_watch: "PageWatch"
):
    def log_in(page: "Page", username: str) -> None:
        admin_login(page, username, PASSWORD)  # password, then the two-factor code

    # 1. The Sub Koordinator submits the request in the admin.
    sub = new_page("subkoordinator")
    log_in(sub, "subkoordinator")
    sub.goto("/admin/sop/pengembangan/")
    with sub.expect_navigation():
        sub.get_by_role("link", name=re.compile("Tambah")).first.click()
    sub.get_by_role("combobox", name="Jenis*").select_option(label="Masalah tampilan")
    sub.get_by_role("textbox", name="Judul*").fill(TITLE)
    sub.locator("#id_description").fill("Menu DIP terpotong pada layar 360 px.")
    with sub.expect_navigation():
        sub.get_by_role("button", name="Ajukan permintaan").click()
    expect(sub).to_have_url(re.compile(r"/admin/sop/pengembangan/inspect/\d+/$"))
    detail_url = sub.url
    request = DevelopmentRequest.objects.get(title=TITLE)
    assert request.stage == Stage.SUBMITTED
    assert request.submitted_by.username == "subkoordinator"
    # The next step is not the Sub Koordinator's.
    expect(sub.get_by_text("Tidak ada langkah untuk Anda di sini")).to_be_visible()

    # 2. An Operator adds input (no step buttons for them).
    operator = new_page("operator")
    log_in(operator, "operator")
    operator.goto(detail_url)
    expect(operator.get_by_role("link", name="Catat notulen")).to_have_count(0)
    operator.locator('textarea[name="text"]').fill("Di tablet juga terpotong.")
    with operator.expect_navigation():
        operator.get_by_role("button", name="Tambahkan masukan").click()
    expect(operator.get_by_text("Di tablet juga terpotong.")).to_be_visible()

    # 3. The Koordinator records the notulen of the division's meeting.
    koordinator = new_page("koordinator")
    log_in(koordinator, "koordinator")
    expect(
        koordinator.get_by_text("Permintaan pengembangan yang menunggu peran Anda")
    ).to_be_visible()
    take_step(
        koordinator,
        detail_url,
        "Catat notulen",
        {
            "date": "2026-03-02",
            "place": "Ruang Rapat Bidang IKP",
            "attendees": "Koordinator\nSub Koordinator",
            "agenda": "Menu DIP di ponsel",
            "discussion": "Menu terpotong pada layar kecil.",
            "decisions": "Diperbaiki oleh Web Developer.",
            "follow_ups": "Diserahkan kepada Web Developer.",
        },
    )
    assert stage() == Stage.DISCUSSED

    # 4. The Kepala Dinas acknowledges the report.
    kepala = new_page("kepaladinas")
    log_in(kepala, "kepaladinas")
    take_step(kepala, detail_url, "Terima laporan notulen", {})
    assert stage() == Stage.REPORTED

    # 5. The Sub Koordinator hands it over to the Web Developer.
    take_step(sub, detail_url, "Serahkan kepada Web Developer", {"note": "Mohon segera."})
    assert stage() == Stage.HANDED_OVER

    # 6. The Web Developer signs the tanda terima, presents the draft, updates offline.
    webdev = new_page("webdev")
    log_in(webdev, "webdev")
    take_step(
        webdev, detail_url, "Tanda tangani tanda terima", {"received_items": "Notulen rapat"}
    )
    webdev.goto(detail_url)
    with webdev.expect_navigation():
        webdev.get_by_role("link", name="Presentasikan draf").click()
    webdev.get_by_role("radio", name="Online").check()
    webdev.locator('#sop-step-form [name="link"]').fill("https://staging.contohkab.go.id/draf")
    webdev.locator('#sop-step-form [name="summary"]').fill("Menu dilipat di layar kecil.")
    with webdev.expect_navigation():
        webdev.locator("#sop-step-form").get_by_role("button", name="Presentasikan draf").click()
    expect(webdev).to_have_url(detail_url)
    assert stage() == Stage.DRAFT
    take_step(
        webdev,
        detail_url,
        "Laporkan pembaruan offline",
        {"url": "https://staging.contohkab.go.id/", "note": "Siap diperiksa."},
    )
    assert stage() == Stage.OFFLINE_UPDATE

    # 7. The Sub Koordinator's offline check fails: back to the Web Developer.
    take_step(sub, detail_url, "Pemeriksaan offline: gagal", {"note": "Ikon menu hilang."})
    assert stage() == Stage.DRAFT
    take_step(
        webdev,
        detail_url,
        "Laporkan pembaruan offline",
        {"url": "https://staging.contohkab.go.id/", "note": "Ikon dikembalikan."},
    )
    take_step(sub, detail_url, "Pemeriksaan offline: lolos", {})
    assert stage() == Stage.OFFLINE_PASSED

    # 8. Online update, checked by the Koordinator before it goes online: closed.
    take_step(webdev, detail_url, "Laporkan pembaruan online", {"note": "Dipasang di produksi."})
    take_step(koordinator, detail_url, "Pemeriksaan online: lolos dan selesai", {})
    request.refresh_from_db()
    assert request.stage == Stage.CLOSED
    assert request.closed_at is not None

    # The history names every step and its person; the whole history prints as a PDF.
    koordinator.goto(detail_url)
    history = koordinator.get_by_role("region", name="Riwayat")
    expect(history.get_by_role("row")).to_have_count(1 + 12)
    expect(history).to_contain_text("Ikon menu hilang.")
    pdf_link = koordinator.get_by_role("link", name="Cetak riwayat (PDF)")
    pdf = koordinator.request.get(pdf_link.get_attribute("href"))
    assert pdf.ok
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    assert [t.action for t in request.transitions.all()].count("update_offline") == 2
    assert page_watch.problems == []
