"""Issue 13 (verify13i B2): exempt text pasted into public content never reaches the public.

Files were compared with the exempt documents (tests/test_exempt_by_content.py); text was
not: an Operator pasted two paragraphs of an exempt contract into a news page body (or a
table, a DIP entry's summary, the site footer) and it went live through the normal two-review
workflow, because reviewers cannot know every exempt document. Now every text that becomes
public is compared with the exempt information before it is published (moderation.exempt_text):
refused with an audit entry, nothing published; an unrelated page still publishes, and a
shorter quotation (below the excerpt threshold) passes. Each attack goes through the real
admin views as the role that would try it."""

import datetime
import html
import json

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry, Revision, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from moderation.models import ScanReport, SiteSettingsApproval
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import DipEntryPage, DipIndexPage, NewsIndexPage, NewsPage
from ppid_pages.models.dip import DipCategory

from .factories import home_page, make_dip_index, make_document, make_entry, pdf_bytes, publish
from .test_exempt_for_good import post_edit as post_entry_edit
from .test_site_settings_approval import approve as approve_settings
from .test_site_settings_approval import edit_settings, public_footer
from .test_workflow import draft_entry
from .test_workflow_bypass import workflow_action

pytestmark = pytest.mark.django_db

EXEMPT_LINES = (
    "Hasil uji konsekuensi atas kontrak pengadaan server pusat data rahasia.",
    "Rincian negosiasi harga satuan server rak dengan penyedia utama PT Sinar Komputindo.",
    "Penyedia cadangan ditetapkan apabila pengiriman perangkat terlambat tiga puluh hari.",
    "Konfigurasi jaringan internal memakai segmen terpisah untuk basis data kependudukan.",
    "Kata sandi administrator disimpan dalam brankas digital yang dikelola bagian persandian.",
    "Jadwal pemeliharaan berkala dilakukan setiap malam pukul dua dini hari.",
    "Lokasi cadangan berada di gedung arsip lantai tiga dengan akses kartu khusus.",
    "Nilai kontrak keseluruhan mencapai empat miliar dua ratus juta rupiah termasuk pajak.",
)
# Four sentences of it (some 37 content words): an excerpt.
EXCERPT = " ".join(EXEMPT_LINES[1:5])
# One sentence of it (10 content words): a quotation below the excerpt threshold.
SHORT_QUOTE = EXEMPT_LINES[1]
OWN_TEXT = (
    "Dinas Komunikasi dan Informatika meresmikan layanan pengaduan daring bagi warga. "
    "Layanan baru ini melayani keluhan jalan rusak, lampu penerangan padam dan sampah."
)
EXEMPT_TITLE = "Kontrak Pengadaan Server Pusat Data"
REFUSED_ACTION = "ppid.exempt_text.refused"


def member(username: str, role: str) -> User:
    user = User.objects.create_user(username, email=f"{username}@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def people():
    return {
        "operator": member("operator", "Operator"),
        "sub": member("subkoordinator", "Sub Koordinator"),
        "koordinator": member("koordinator", "Koordinator"),
    }


def make_exempt_entry() -> DipEntryPage:
    """A published dikecualikan entry holding the exempt contract (EXEMPT_LINES)."""
    index = DipIndexPage.objects.first() or make_dip_index()
    document = make_document("Kontrak rahasia", pdf_bytes(*EXEMPT_LINES))
    return make_entry(
        index,
        EXEMPT_TITLE,
        category=DipCategory.DIKECUALIKAN,
        documents=(document,),
        slug="kontrak-server",
        summary="<p>Kontrak pengadaan server.</p>",
    )


@pytest.fixture
def exempt_entry():
    return make_exempt_entry()


def draft_news(author: User, slug: str = "layanan-pengaduan") -> NewsPage:
    index = NewsIndexPage.objects.first() or publish(
        home_page(), NewsIndexPage(title="Berita", slug="berita")
    )
    page = NewsPage(title="Layanan Pengaduan", slug=slug, live=False, owner=author, intro="Baru.")
    index.add_child(instance=page)
    page.save_revision(user=author)
    return page


def news_form(page: NewsPage, *blocks, **extra) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": "2025-01-15",
            "kind": "berita",
            "intro": "Layanan pengaduan daring diresmikan.",
            "body": streamfield(list(blocks)),
            "comments": inline_formset([]),
            **extra,
        }
    )


def submit_news(client: Client, user: User, page: NewsPage, *blocks):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(url, news_form(page, *blocks, **{"action-submit": "Kirim"}))
    assert response.status_code == 302
    return response


def paragraph(text: str):
    return ("paragraph", rich_text(f"<p>{text}</p>"))


def table(*rows: list[str]):
    value = {"data": [list(row) for row in rows], "table_header_choice": "row"}
    return ("table", json.dumps(value))


def state_of(page) -> WorkflowState:
    return WorkflowState.objects.filter(object_id=str(page.pk)).latest("created_at")


def assert_refused(page) -> None:
    """Sent back by the scan, never live, the finding says why and names no title, and the
    refusal is in the audit log."""
    assert state_of(page).status == WorkflowState.STATUS_NEEDS_CHANGES
    fresh = type(page).objects.get(pk=page.pk)
    assert not fresh.live and fresh.live_revision_id is None
    report = ScanReport.objects.filter(revision__object_id=str(page.pk)).latest("pk")
    found = [f for f in report.findings if f["kind"] == "exempt_text"]
    assert found and all(f["severity"] == "block" for f in found)
    assert EXEMPT_TITLE not in json.dumps(report.findings)
    assert PageLogEntry.objects.filter(action=REFUSED_ACTION, page_id=page.pk).exists()


def test_an_excerpt_pasted_into_a_news_body_is_refused(client, people, exempt_entry):
    page = draft_news(people["operator"])
    submit_news(client, people["operator"], page, paragraph(f"{OWN_TEXT} {EXCERPT}"))
    assert_refused(page)
    entry = PageLogEntry.objects.get(action=REFUSED_ACTION, page_id=page.pk)
    assert entry.data["entries"] == [exempt_entry.pk]
    assert entry.user_id == people["operator"].pk
    # The Operator sees why in the editor, in Indonesian.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    shown = html.unescape(editor.content.decode()).lower()
    assert "memuat kutipan informasi yang dikecualikan" in shown


def test_an_excerpt_pasted_into_a_table_is_refused(client, people, exempt_entry):
    page = draft_news(people["operator"])
    rows = [
        ["No", "Uraian"],
        ["1", " ".join(EXEMPT_LINES[1:3])],
        ["2", " ".join(EXEMPT_LINES[3:5])],
    ]
    submit_news(client, people["operator"], page, paragraph(OWN_TEXT), table(*rows))
    assert_refused(page)


def test_an_excerpt_pasted_into_a_dip_entry_summary_is_refused(client, people, exempt_entry):
    entry = draft_entry(people["operator"], "<p>Ringkasan.</p>", slug="pengadaan-server")
    response = post_entry_edit(
        client,
        people["operator"],
        entry,
        DipCategory.BERKALA,
        summary=rich_text(f"<p>{EXCERPT}</p>"),
        **{"action-submit": "Kirim"},
    )
    assert response.status_code == 302
    assert_refused(DipEntryPage.objects.get(pk=entry.pk))


def test_an_unrelated_page_and_a_short_quotation_still_publish(client, people, exempt_entry):
    page = draft_news(people["operator"])
    submit_news(client, people["operator"], page, paragraph(f"{OWN_TEXT} {SHORT_QUOTE}"))
    assert state_of(page).status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_action(client, people["sub"], page).status_code == 302
    assert workflow_action(client, people["koordinator"], page).status_code == 302
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live
    assert "layanan pengaduan daring" in Client().get(page.url).content.decode().lower()
    assert not PageLogEntry.objects.filter(action=REFUSED_ACTION).exists()


def test_an_entry_made_exempt_after_submission_stops_the_approval(client, people):
    """The text passed at submission (nothing was exempt yet); the document became exempt
    before the reviews: each approval compares again, names the entry to the Koordinator
    (who may edit it), and nothing is published."""
    page = draft_news(people["operator"])
    submit_news(client, people["operator"], page, paragraph(f"{OWN_TEXT} {EXCERPT}"))
    assert state_of(page).status == WorkflowState.STATUS_IN_PROGRESS
    exempt = make_exempt_entry()
    workflow_action(client, people["sub"], page)
    workflow_action(client, people["koordinator"], page)
    assert not NewsPage.objects.get(pk=page.pk).live
    refusals = PageLogEntry.objects.filter(action=REFUSED_ACTION, page_id=page.pk)
    assert refusals.exists() and refusals.first().data["entries"] == [exempt.pk]
    messages = [
        entry.data["refusal"]
        for entry in ModelLogEntry.objects.filter(action="ppid.publication.refused")
    ] + [
        entry.data.get("refusal", "")
        for entry in PageLogEntry.objects.filter(action="ppid.publication.refused")
    ]
    assert any("dikecualikan" in text.lower() for text in messages)


def test_a_scheduled_page_whose_text_became_exempt_is_held(client, people):
    """Approved for a later go-live, then the quoted document became exempt: the scheduled
    go-live holds it."""
    from django.core.management import call_command

    page = draft_news(people["operator"])
    go_live = timezone.localtime() + datetime.timedelta(days=1)
    client.force_login(people["operator"])
    form = news_form(
        page,
        paragraph(f"{OWN_TEXT} {EXCERPT}"),
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        **{"action-submit": "Kirim"},
    )
    assert client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), form).status_code
    assert workflow_action(client, people["sub"], page).status_code == 302
    assert workflow_action(client, people["koordinator"], page).status_code == 302
    revision = Revision.objects.get(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    )  # scheduled
    make_exempt_entry()
    with approved_path(SET_UP):  # the go-live time has come
        Revision.objects.filter(pk=revision.pk).update(
            approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
        )
    call_command("publish_scheduled")
    assert not NewsPage.objects.get(pk=page.pk).live
    assert PageLogEntry.objects.filter(action=REFUSED_ACTION, page_id=page.pk).exists()
    assert PageLogEntry.objects.filter(action="ppid.schedule.held", page_id=page.pk).exists()


def test_an_excerpt_in_the_site_footer_is_refused(client, exempt_entry):
    admin = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    edit_settings(client, admin, exempt_entry.get_site(), office_hours="Senin-Jumat 08.00-15.00")
    approve_settings(client, member("koordinator0", "Koordinator"))
    approved = SiteSettingsApproval.objects.count()

    edit_settings(client, admin, exempt_entry.get_site(), other_contacts=EXCERPT)
    koordinator = member("koordinator", "Koordinator")
    response = approve_settings(client, koordinator)
    assert response.status_code == 200
    assert "informasi yang dikecualikan" in html.unescape(response.content.decode()).lower()
    assert "sandi administrator" not in public_footer().lower()
    assert SiteSettingsApproval.objects.count() == approved
    assert ModelLogEntry.objects.filter(action=REFUSED_ACTION).exists()


def test_an_exempt_entry_is_not_compared_with_its_own_document(people, exempt_entry):
    """The exempt entry's own summary quotes its document: it never goes public, and its
    review is not stopped by its own text (a guard: passes on the old code too)."""
    from wagtail.models import Workflow

    entry = DipEntryPage.objects.get(pk=exempt_entry.pk)
    draft = entry.get_latest_revision_as_object()
    draft.summary = f"<p>{EXCERPT}</p>"
    draft.save_revision(user=people["operator"])
    state = Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["operator"])
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not PageLogEntry.objects.filter(action=REFUSED_ACTION).exists()


def test_the_exempt_entry_is_named_only_to_staff_who_may_see_it(client, people, exempt_entry):
    """The scan report names the exempt entry to the Koordinator (who may edit it), not to
    a reviewer without access to that entry; the stored finding never names it."""
    from django.contrib.auth.models import Permission

    page = draft_news(people["operator"])
    submit_news(client, people["operator"], page, paragraph(f"{OWN_TEXT} {EXCERPT}"))
    report = ScanReport.objects.filter(revision__object_id=str(page.pk)).latest("pk")
    url = reverse("moderation:scan_report", args=[report.pk])
    client.force_login(people["koordinator"])
    assert EXEMPT_TITLE in html.unescape(client.get(url).content.decode())
    outsider = User.objects.create_user("peninjau", password="x")
    outsider.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_falsepositive"),
    )
    client.force_login(outsider)
    response = client.get(url)
    assert response.status_code == 200
    shown = html.unescape(response.content.decode()).lower()
    assert "informasi yang dikecualikan" in shown
    assert EXEMPT_TITLE.lower() not in shown
