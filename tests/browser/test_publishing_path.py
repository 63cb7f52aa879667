"""The SOP publishing path end to end, clicked through the Indonesian admin in headless Chromium.

Operator submits a DIP entry holding a NIK -> the privacy scan rejects it and the Operator sees
the masked finding -> the Operator removes the NIK and resubmits -> Sub Koordinator approves
(dashboard) -> Koordinator approves (page editor) -> the public sees the page. Only the users,
the DIP index page and an information unit are created in Python.
"""

import re
from typing import TYPE_CHECKING

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from ppid_pages.models import DipEntryPage
from tests.factories import make_dip_index, make_unit

if TYPE_CHECKING:
    from playwright.sync_api import Page

    from .conftest import PageWatch

pytestmark = [
    pytest.mark.browser,
    # The live server answers from another thread, so the data must be committed; the test
    # then flushes the database. Serialized rollback reloads what the data migrations made
    # (roles, workflow, home page) before each such test, so no browser test relies on order.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    # The reload re-adds group permissions before their content types are back: account
    # auditing (security.audit) is off while it runs (tests/conftest.py).
    pytest.mark.usefixtures("without_account_audit"),
]

NIK = "3201014508900002"  # area 32 01 01, born 5 Aug 1990 (woman: day + 40)
MASKED_NIK = "32**************"
CLEAN_SUMMARY = "Data penerima tersedia di kantor PPID."
PASSWORD = "sandi-uji-peramban-2025"
TITLE = "Daftar Penerima Bantuan"
SLUG = "daftar-penerima-bantuan"
PUBLIC_URL = f"/dip/{SLUG}/"
AWAITING_REVIEW = "Menunggu tinjauan Anda"
APPROVE = "Setujui"  # "Approve" (the plain one, without the comment modal; sop_governance/locale)
# Wagtail 7.4 leaves these in English; our catalogue (ppid_pages/admin_translations.py) fills them.
FOOTER_ACTIONS = "Tindakan (kaki halaman)"
MORE_ACTIONS = "Tindakan lainnya"
ROLES = {"operator": "Operator", "subkoordinator": "Sub Koordinator", "koordinator": "Koordinator"}


@pytest.fixture
def dip_index():
    make_unit("Sekretariat")
    for username, role in ROLES.items():
        user = User.objects.create_user(
            username, email=f"{username}@contohkab.go.id", password=PASSWORD
        )
        user.groups.add(Group.objects.get(name=role))
    return make_dip_index()


def required(page: "Page", label: str, role: str = "textbox"):
    """A required form field, by its Indonesian label (Wagtail appends '*')."""
    return page.get_by_role(role, name=f"{label}*", exact=True)


def replace_summary(page: "Page", text: str) -> None:
    """Type into the Draftail editor of "Ringkasan isi informasi", replacing what is there."""
    editor = page.locator('[data-contentpath="summary"]').get_by_role("textbox")
    expect(editor).to_be_visible()  # rendered by the admin JS: proof that it loaded
    editor.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(text)
    # Draftail writes its state to the form field after a short debounce.
    expect(page.locator('input[name="summary"]')).to_have_value(re.compile(re.escape(text)))


def footer_action(page: "Page", name: str):
    """A button of the editor's footer action menu, after opening its dropdown."""
    footer = page.get_by_role("navigation", name=FOOTER_ACTIONS)
    footer.get_by_role("button", name=MORE_ACTIONS).click()
    button = footer.get_by_role("button", name=name, exact=True)
    expect(button).to_be_visible()
    return button


def submit_button(page: "Page", label: str):
    """The submit/resubmit action (`action-submit`), which must carry the expected label."""
    button = footer_action(page, label)
    expect(button).to_have_attribute("name", "action-submit")
    return button


def public_status(page: "Page") -> int:
    response = page.goto(PUBLIC_URL)
    assert response is not None
    return response.status


def test_operator_to_koordinator_in_the_browser(
    dip_index, new_page, admin_login, page_watch: "PageWatch"
):
    def log_in(page: "Page", username: str) -> None:
        admin_login(page, username, PASSWORD)

    # 1. The Operator creates a DIP entry with a NIK in its summary and submits it.
    operator = new_page("operator")
    log_in(operator, "operator")
    operator.goto(f"/admin/pages/{dip_index.pk}/add_subpage/")  # the only child type: its form
    expect(
        operator.get_by_role("heading", name="Baru: Entri Daftar Informasi Publik")
    ).to_be_visible()
    required(operator, "Judul").fill(TITLE)
    required(operator, "Nomor").fill("DIP/2025/001")
    required(operator, "Kategori", "combobox").select_option(label="Informasi Berkala")
    replace_summary(operator, f"NIK penerima: {NIK}")
    unit = operator.get_by_role("region", name="Pejabat/unit yang menguasai informasi*")
    unit.get_by_role("button", name=re.compile(r"^(Choose|Pilih)")).click()
    operator.get_by_role("dialog").get_by_role("link", name="Sekretariat").click()
    expect(operator.get_by_role("dialog")).to_be_hidden()
    expect(unit).to_contain_text("Sekretariat")
    required(operator, "Penanggung jawab pembuatan/penerbitan informasi").fill("Sekretaris Dinas")
    required(operator, "Tanggal pembuatan").fill("2025-01-15")
    # The date picker opens from a timer set on focus (jquery.datetimepicker, 100 ms): under
    # load a click elsewhere could come first and the picker then opened over the footer's
    # buttons. Wait for it to open, then close it with a click elsewhere.
    picker = operator.locator(".xdsoft_datetimepicker:visible")
    expect(picker).to_have_count(1)
    required(operator, "Tempat pembuatan").click()  # a click elsewhere closes the date picker
    expect(picker).to_have_count(0)
    required(operator, "Tempat pembuatan").fill("Kota Contoh")
    required(operator, "Jangka waktu penyimpanan").fill("5 tahun")
    slug = operator.get_by_role("textbox", name="Slug*", exact=True, include_hidden=True)
    expect(slug).to_have_value(SLUG)  # synced from the title

    with operator.expect_navigation():
        submit_button(operator, "Ajukan ke SOP Publikasi Konten").click()

    # 2. The scan rejected it at once: the editor reopens and tells the Operator why, masked.
    expect(operator).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    messages = operator.get_by_role("status").first
    expect(messages).to_contain_text("Pemindaian privasi mengembalikan halaman")
    assert "diajukan untuk tinjauan" not in messages.inner_text()
    # the finding in plain Indonesian: its kind, where it is (a link to the field) and advice
    expect(messages).to_contain_text("NIK (Nomor Induk Kependudukan)")
    expect(messages.get_by_role("link", name="Ringkasan isi informasi")).to_be_visible()
    expect(messages.get_by_text(MASKED_NIK, exact=True)).to_be_visible()
    assert NIK not in messages.inner_text()
    assert NIK not in messages.inner_html()

    # 3. The Operator removes the NIK and resubmits to the scan.
    replace_summary(operator, CLEAN_SUMMARY)
    with operator.expect_navigation():
        submit_button(operator, "Ajukan ulang ke Pemindaian privasi").click()
    expect(operator.get_by_role("status").first).to_contain_text("diajukan untuk tinjauan")

    # 4. Not public while it waits for the reviews.
    visitor = new_page("visitor")
    assert public_status(visitor) == 404

    # 5a. The Sub Koordinator approves from the dashboard.
    subkoordinator = new_page("subkoordinator")
    log_in(subkoordinator, "subkoordinator")
    awaiting = subkoordinator.get_by_role("region", name=AWAITING_REVIEW)
    row = awaiting.get_by_role("row").filter(has=subkoordinator.get_by_role("link", name=TITLE))
    row.get_by_role("button", name="Tindakan").click()
    with subkoordinator.expect_navigation():
        row.get_by_role("button", name=APPROVE, exact=True).click()
    expect(subkoordinator).to_have_url(re.compile(r"/admin/$"))
    expect(awaiting.get_by_role("link", name=TITLE)).to_have_count(0)

    assert public_status(visitor) == 404

    # 5b. The Koordinator approves from the page editor: the last approval publishes.
    koordinator = new_page("koordinator")
    log_in(koordinator, "koordinator")
    with koordinator.expect_navigation():
        koordinator.get_by_role("region", name=AWAITING_REVIEW).get_by_role(
            "link", name=TITLE
        ).click()
    expect(koordinator).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    with koordinator.expect_navigation():
        footer_action(koordinator, APPROVE).click()
    expect(koordinator).to_have_url(re.compile(rf"/admin/pages/{dip_index.pk}/$"))

    # 6. The public now sees the page, without the NIK.
    assert public_status(visitor) == 200
    expect(visitor.get_by_role("heading", name=TITLE, level=1)).to_be_visible()
    expect(visitor.get_by_text(CLEAN_SUMMARY)).to_be_visible()
    assert NIK not in visitor.content()

    entry = DipEntryPage.objects.get(slug=SLUG)
    assert entry.live
    assert entry.live_revision.user.username == "operator"  # the approved, clean revision
    assert WorkflowState.objects.get(object_id=str(entry.pk)).status == "approved"
    assert page_watch.problems == []
    assert page_watch.loaded_admin_assets() >= {"css", "js"}
