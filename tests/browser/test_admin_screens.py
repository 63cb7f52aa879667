"""The three screens of issue 17 in Chromium: the Operator's editor with scan findings, the
Sub Koordinator's review, the Web Developer's home. Each must show no English msgid of
Wagtail's or Django's catalogues in its rendered text (the admin's scripts draw part of it:
the JS catalogue counts too), and each is saved as a screenshot (ADMIN_SCREENSHOTS, default
/tmp/admin-screens) for a person to look at."""

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect
from wagtail.models import Workflow

from ppid_pages.models import StandardPage
from tests.admin_language.english import english_in
from tests.factories import home_page

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("without_account_audit"),
]

PASSWORD = "sandi-uji-peramban-2025"
NIK = "3201014508900002"
SHOTS = Path(os.environ.get("ADMIN_SCREENSHOTS", "/tmp/admin-screens"))  # noqa: S108


@pytest.fixture
def people():
    people = {}
    for username, role, first, last in (
        ("operator", "Operator", "Siti", "Rahmawati"),
        ("subkoordinator", "Sub Koordinator", "Budi", "Santoso"),
        ("webdev", "Web Developer", "Andi", "Pratama"),
    ):
        user = User.objects.create_user(
            username,
            email=f"{username}@contohkab.go.id",
            password=PASSWORD,
            first_name=first,
            last_name=last,
        )
        user.groups.add(Group.objects.get(name=role))
        people[username] = user
    return people


def submitted_page(author, title, slug, paragraph) -> StandardPage:
    page = StandardPage(
        title=title,
        slug=slug,
        live=False,
        owner=author,
        body=[
            ("heading", {"text": "Pejabat pengelola", "level": "h2"}),
            ("paragraph", paragraph),
        ],
    )
    home_page().add_child(instance=page)
    page.save_revision(user=author)
    Workflow.objects.get(name="SOP Publikasi Konten").start(page, author)
    return page


def english_on(page: "Page") -> list[str]:
    texts = page.locator("body").inner_text().splitlines()
    return sorted({hit for text in texts if (hit := english_in(text))})


def shoot(page: "Page", name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=False)


def test_the_three_screens_speak_indonesian(people, new_page, admin_login):
    rejected = submitted_page(
        people["operator"],
        "Profil Pejabat",
        "profil-pejabat",
        f"<p>Kepala seksi, NIK {NIK}, tinggal di Jl. Mawar No. 5 RT 01 RW 02.</p>",
    )
    in_review = submitted_page(
        people["operator"],
        "Jadwal Layanan",
        "jadwal-layanan",
        "<p>Layanan informasi dibuka Senin sampai Jumat, pukul 08.00-15.00.</p>",
    )

    operator = new_page("operator")
    admin_login(operator, "operator", PASSWORD)
    operator.goto(f"/admin/pages/{rejected.pk}/edit/")
    status = operator.get_by_role("status").first
    expect(status).to_contain_text("NIK (Nomor Induk Kependudukan)")
    expect(status).to_contain_text("Isi, blok 2")
    shoot(operator, "operator-editor-findings")
    status.get_by_role("link").first.click()  # opens the editor at the block
    expect(operator.locator(".ppid-finding-target")).to_have_count(1)
    shoot(operator, "operator-editor-finding-block")
    assert english_on(operator) == []

    sub = new_page("subkoordinator")
    admin_login(sub, "subkoordinator", PASSWORD)
    expect(sub.get_by_text("Tugas Anda sebagai Sub Koordinator")).to_be_visible()
    sub.goto(f"/admin/pages/{in_review.pk}/edit/")
    expect(sub.get_by_role("status").first).to_contain_text("Tinjauan Anda")
    shoot(sub, "subkoordinator-review")
    assert english_on(sub) == []

    webdev = new_page("webdev")
    admin_login(webdev, "webdev", PASSWORD)
    expect(webdev.get_by_text("Tugas Anda sebagai Web Developer")).to_be_visible()
    expect(webdev.get_by_role("search")).to_have_count(0)
    shoot(webdev, "webdev-home")
    assert english_on(webdev) == []
