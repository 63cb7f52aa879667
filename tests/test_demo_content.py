"""`load_demo_content` builds a whole, browsable demo site, once."""

import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.core.management import call_command
from wagtail.models import Page

from ppid_pages.models import DipEntryPage, PPIDDocument, PPIDSettings
from ppid_pages.models.dip import DipCategory, DipEntryDocument
from sop_governance.models import ContentPlan
from sop_governance.quarters import current_quarter

pytestmark = pytest.mark.django_db

DEMO_USERS = {
    "operator": "Operator",
    "subkoordinator": "Sub Koordinator",
    "koordinator": "Koordinator",
    "kepaladinas": "Kepala Dinas",
    "webdev": "Web Developer",
    "petugas": "Petugas Layanan Informasi",
    "ppid": "PPID",
    "atasanppid": "Atasan PPID",
}
NIK_LIKE = re.compile(r"(?<!\d)\d{16}(?!\d)")


def load(**env) -> str:
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "Demo-Sandi-2026!")
    return load()


def content_counts() -> tuple:
    return (
        Page.objects.count(),
        PPIDDocument.objects.count(),
        User.objects.count(),
        DipEntryPage.objects.count(),
    )


def test_demo_users_have_one_role_each_and_the_given_password(demo):
    for username, group in DEMO_USERS.items():
        user = authenticate(username=username, password="Demo-Sandi-2026!")
        assert user is not None, username
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert not user.is_superuser
        assert username in demo
    assert "Demo-Sandi-2026!" in demo


def test_demo_covers_every_dip_category(demo):
    categories = set(DipEntryPage.objects.live().values_list("category", flat=True))
    assert categories == set(DipCategory.values)
    assert PPIDDocument.objects.exists()
    assert PPIDSettings.objects.get().office_name.startswith("Dinas Komunikasi")


def test_second_run_adds_nothing(demo, monkeypatch):
    before = content_counts()
    monkeypatch.delenv("DEMO_PASSWORD")
    output = load()
    assert content_counts() == before
    assert "operator" in output
    assert authenticate(username="operator", password="Demo-Sandi-2026!") is not None


def test_generated_password_is_printed_and_works(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    output = load()
    candidates = set(re.findall(r"\S{16,}", output))
    assert any(authenticate(username="operator", password=word) for word in candidates)


def test_every_demo_page_renders_and_exempt_entries_stay_hidden(demo, client):
    exempt = 0
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        html = response.content.decode()
        if isinstance(page, DipEntryPage) and page.is_exempt:
            exempt += 1
            assert response.status_code == 404, page.url
            continue
        assert response.status_code == 200, page.url
        assert not NIK_LIKE.search(html), page.url
    assert exempt >= 1


def test_demo_documents_are_real_pdfs(demo, client):
    document = PPIDDocument.objects.filter(dip_entries__isnull=True).first()
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_every_attachment_of_a_public_demo_entry_downloads(demo, client):
    """A document released with a page is public while a live page uses it (found through
    Wagtail's reference index, ppid_pages.visibility): every attachment of a public DIP entry of
    the demo must download, none of an exempt one."""
    from ppid_pages.visibility import public_pages

    public_ids = set(public_pages().values_list("pk", flat=True))
    attachments = DipEntryDocument.objects.select_related("document", "page")
    checked = 0
    for attachment in attachments:
        status = client.get(attachment.document.url).status_code
        if attachment.page_id in public_ids:
            assert status == 200, (attachment.page.title, attachment.document.title)
            checked += 1
        elif attachment.page.category == DipCategory.DIKECUALIKAN:
            assert status == 404, attachment.document.title
    assert checked >= 5


def test_demo_includes_this_quarters_signed_content_plan(demo):
    plan = ContentPlan.objects.get(quarter=current_quarter().code)
    assert plan.signed_by.username == "koordinator"
    assert plan.received_by.username == "kepaladinas"


def test_loading_the_demo_sends_no_mail(monkeypatch):
    """The demo's daftar konten goes through its workflow while loading; the fictitious demo
    accounts get no notification (the dev console would print every e-mail)."""
    from django.core import mail

    monkeypatch.setenv("DEMO_PASSWORD", "Demo-Sandi-2026!")
    load()
    assert ContentPlan.objects.exists()
    assert mail.outbox == []
