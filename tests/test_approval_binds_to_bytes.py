"""Issue 13, "Approval binds to bytes": each attack reproduced through the real admin views, as
the role that attacked, and what the public (or the record) gets afterwards.

- approved, in-workflow, force-published and live revisions are read-only
  (`overwrite_revision_id`);
- a superuser's create view with "Publish" leaves a draft;
- four eyes over every contributor since the last approved revision.
"""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail.test.utils.timestamps import submittable_timestamp

from moderation.models import ForcedPublication, ScanReport
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import DipEntryPage, StandardPage
from ppid_pages.models.dip import DipCategory

from .factories import home_page, make_dip_index, make_unit
from .test_force_publish_sees_what_it_publishes import shown_digest
from .test_workflow_bypass import (
    LIVE_TEXT,
    NIK,
    ROLES,
    UNAPPROVED_TEXT,
    assert_not_public,
    assert_refused,
    current_task_name,
    draft_page,
    edit_url,
    fresh,
    member,
    page_form,
    submit,
    workflow_action,
)

pytestmark = pytest.mark.django_db

REFUSED_TEXT = "tidak dapat diubah"  # the Indonesian refusal of a rewrite


@pytest.fixture
def people() -> dict[str, User]:
    return {role: member(role) for role in ROLES}


@pytest.fixture
def public() -> Client:
    return Client()


def overwrite(client, user: User, page, revision: Revision, text: str):
    """Wagtail's autosave: the edit form posted with `overwrite_revision_id`."""
    client.force_login(user)
    return client.post(
        edit_url(page), page_form(page, text, overwrite_revision_id=str(revision.pk))
    )


def revision_text(revision: Revision) -> str:
    revision.refresh_from_db()
    return str(revision.content.get("body") or revision.content.get("summary"))


# --- approved and live revisions are read-only ------------------------------------------------


def test_a_revision_approved_by_the_sub_koordinator_cannot_be_rewritten(client, people, public):
    """(a) A Koordinator submits, the Sub Koordinator approves, the Koordinator rewrites the
    approved revision in place; a second Koordinator would publish text the Sub Koordinator
    never saw."""
    author = people["Koordinator"]
    second = member("Koordinator", "koordinator2")
    page = draft_page(author)
    submit(client, author, page, LIVE_TEXT)
    assert workflow_action(client, people["Sub Koordinator"], page).status_code == 302
    approved = fresh(page).get_latest_revision()
    assert approved.user == author

    response = overwrite(client, author, page, approved, UNAPPROVED_TEXT)

    assert response.status_code == 200  # the form again, with the refusal
    assert REFUSED_TEXT in response.content.decode()
    assert UNAPPROVED_TEXT not in revision_text(approved)
    assert workflow_action(client, second, page).status_code == 302
    live = public.get(fresh(page).get_url())
    assert LIVE_TEXT in live.text
    assert UNAPPROVED_TEXT not in live.text


def serta_merta_entry(author: User, summary: str) -> DipEntryPage:
    entry = DipEntryPage(
        title="Peringatan Dini Banjir",
        slug="peringatan-banjir",
        live=False,
        owner=author,
        number="SM/2026/001",
        summary=summary,
        unit=make_unit(),
        responsible_party="Sekretaris Dinas",
        created_date=datetime.date(2026, 1, 5),
        created_place="Kota Contoh",
        retention_period="5 tahun",
        category=DipCategory.SERTA_MERTA,
    )
    make_dip_index().add_child(instance=entry)
    entry.save_revision(user=author)
    return entry


def entry_form(entry: DipEntryPage, summary: str, **extra) -> dict:
    return nested_form_data(
        {
            "title": entry.title,
            "slug": entry.slug,
            "number": entry.number,
            "category": entry.category,
            "summary": rich_text(summary),
            "unit": entry.unit_id,
            "responsible_party": entry.responsible_party,
            "created_date": entry.created_date.isoformat(),
            "created_place": entry.created_place,
            "information_format": entry.information_format,
            "retention_period": entry.retention_period,
            "documents": inline_formset([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def test_a_force_published_revision_cannot_be_rewritten_before_its_review(client, people):
    """(b) The Operator rewrites the force-published revision so the retrospective review
    would show harmless text while the public still sees the original."""
    operator = people["Operator"]
    entry = serta_merta_entry(operator, "<p>Banjir di Kecamatan Contoh, mengungsi.</p>")
    client.force_login(people["Koordinator"])
    url = reverse("moderation:force_publish", args=[entry.pk])
    seen = shown_digest(client, entry)
    assert client.post(url, {"reason": "Peringatan dini.", "digest": seen}).status_code == 302
    forced = ForcedPublication.objects.get().revision

    client.force_login(operator)
    data = entry_form(
        entry, "<p>Teks yang tidak berbahaya.</p>", overwrite_revision_id=str(forced.pk)
    )
    response = client.post(edit_url(entry), data)

    assert response.status_code == 200
    assert REFUSED_TEXT in response.content.decode()
    assert "mengungsi" in revision_text(forced)


def test_the_live_revision_cannot_be_rewritten(client, people, public):
    """(c) After publication the author rewrites the live revision: the approval form would
    point at content that was never approved."""
    page = draft_page(people["Operator"])
    submit(client, people["Operator"], page, LIVE_TEXT)
    workflow_action(client, people["Sub Koordinator"], page)
    workflow_action(client, people["Koordinator"], page)
    live = fresh(page).live_revision
    assert live is not None

    response = overwrite(client, people["Operator"], page, live, UNAPPROVED_TEXT)

    assert response.status_code == 200
    assert UNAPPROVED_TEXT not in revision_text(live)
    assert UNAPPROVED_TEXT not in public.get(fresh(page).get_url()).text


def test_the_live_revision_cannot_be_rewritten_by_autosave_json(client, people, public):
    """The JSON autosave path gets an error answer and the live revision stays."""
    page = draft_page(people["Operator"])
    submit(client, people["Operator"], page, LIVE_TEXT)
    workflow_action(client, people["Sub Koordinator"], page)
    workflow_action(client, people["Koordinator"], page)
    live = fresh(page).live_revision
    client.force_login(people["Operator"])
    data = page_form(page, UNAPPROVED_TEXT, overwrite_revision_id=str(live.pk))
    response = client.post(edit_url(page), data, headers={"Accept": "application/json"})

    assert response.status_code == 400
    assert response.json()["success"] is False
    assert UNAPPROVED_TEXT not in revision_text(live)


def test_a_plain_draft_can_still_be_autosaved(client, people):
    """The refusal is for records only: the author's own draft is overwritten as before."""
    page = draft_page(people["Operator"])
    draft = fresh(page).get_latest_revision()
    response = overwrite(client, people["Operator"], page, draft, UNAPPROVED_TEXT)
    assert response.status_code == 302
    assert UNAPPROVED_TEXT in revision_text(draft)
    assert fresh(page).revisions.count() == 1


# --- the superuser's create view --------------------------------------------------------------


def test_a_superuser_creating_a_page_with_publish_gets_a_draft(client, public):
    admin = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:add", args=["ppid_pages", "standardpage", home_page().pk])
    new = StandardPage(title="Halaman Baru", slug="halaman-baru")
    response = client.post(url, page_form(new, UNAPPROVED_TEXT, **{"action-publish": "1"}))

    assert response.status_code == 302
    page = StandardPage.objects.get(slug="halaman-baru")
    assert_not_public(page, public)
    assert public.get("/halaman-baru/").status_code == 404


def test_a_page_saved_live_by_code_enters_the_tree_as_a_draft(public):
    """The rule lives where Wagtail makes a page live on creation (add_child), for every path."""
    page = StandardPage(title="Tanpa Alur", slug="tanpa-alur", live=True)
    home_page().add_child(instance=page)
    assert fresh(page).live is False
    assert public.get("/tanpa-alur/").status_code == 404


# --- four eyes over every contributor ---------------------------------------------------------


def test_a_reviewer_who_wrote_an_earlier_revision_cannot_approve(client, people, public):
    """A Sub Koordinator saves a draft, an Operator makes a trivial edit and submits: the Sub
    Koordinator may not approve their own text."""
    sub = people["Sub Koordinator"]
    page = draft_page(sub)
    page.body = [("paragraph", f"<p>{UNAPPROVED_TEXT}</p>")]
    page.save_revision(user=sub)
    submit(client, people["Operator"], page, UNAPPROVED_TEXT + " ")

    assert_refused(workflow_action(client, sub, page))
    assert current_task_name(page) == "Tinjauan Sub Koordinator"
    assert_not_public(page, public)

    other = member("Sub Koordinator", "subkoordinator2")
    assert workflow_action(client, other, page).status_code == 302  # a real second person


def test_a_contributor_since_the_last_approval_cannot_review_a_forced_publication(client, people):
    sub = people["Sub Koordinator"]
    entry = serta_merta_entry(sub, "<p>Banjir di Kecamatan Contoh.</p>")
    latest = entry.get_latest_revision_as_object()
    latest.summary = "<p>Banjir di Kecamatan Contoh, dua desa.</p>"
    latest.save_revision(user=people["Operator"])
    client.force_login(people["Koordinator"])
    url = reverse("moderation:force_publish", args=[entry.pk])
    seen = shown_digest(client, entry)
    assert client.post(url, {"reason": "Peringatan dini.", "digest": seen}).status_code == 302
    record = ForcedPublication.objects.get()

    client.force_login(sub)
    url = reverse("moderation:review_forced", args=[record.pk])
    response = client.post(url, {"comment": "Sesuai."})
    assert_refused(response)
    record.refresh_from_db()
    assert record.reviewed_at is None


def test_a_contributor_cannot_mark_a_false_positive_on_the_text(client, people):
    sub = people["Sub Koordinator"]
    page = draft_page(sub)
    page.body = [("paragraph", f"<p>NIK penerima {NIK}</p>")]
    page.save_revision(user=sub)
    client.force_login(people["Operator"])
    client.post(edit_url(page), page_form(page, f"NIK penerima {NIK}.", **{"action-submit": "1"}))
    report = ScanReport.objects.get(passed=False)
    assert report.revision.user == people["Operator"]

    client.force_login(sub)
    url = reverse("moderation:scan_report", args=[report.pk])
    response = client.post(url, {"finding": "0", "reason": "Nomor contoh."})
    assert_refused(response)
    from moderation.models import FalsePositive

    assert not FalsePositive.objects.exists()


# --- the superuser's other publishing paths ---------------------------------------------------


@pytest.fixture
def admin(client) -> User:
    user = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    client.force_login(user)
    return user


def test_a_superuser_reverting_with_publish_gets_a_draft(client, people, public, admin):
    page = draft_page(people["Operator"])
    old = fresh(page).get_latest_revision()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old.pk])
    client.post(url, page_form(page, UNAPPROVED_TEXT, **{"action-publish": "1"}))
    assert_not_public(page, public)


def test_a_superuser_scheduling_a_publication_schedules_nothing(client, people, public, admin):
    page = draft_page(people["Operator"])
    go_live = submittable_timestamp(timezone.now() + datetime.timedelta(minutes=1))
    client.post(
        edit_url(page),
        page_form(page, UNAPPROVED_TEXT, go_live_at=go_live, **{"action-publish": "1"}),
    )
    call_command("publish_scheduled")
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    assert_not_public(page, public)


def test_a_superuser_copy_with_publish_and_a_move_leave_drafts(client, people, public, admin):
    parent = StandardPage(title="Induk", slug="induk", body=[("paragraph", f"<p>{LIVE_TEXT}</p>")])
    home_page().add_child(instance=parent)
    with approved_path(SET_UP):
        parent.save_revision().publish()
    draft = draft_page(people["Operator"])
    url = reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, parent.pk])
    client.post(url)
    copy_url = reverse("wagtailadmin_pages:copy", args=[fresh(parent).pk])
    client.post(
        copy_url,
        {
            "new_title": "Salinan",
            "new_slug": "salinan",
            "new_parent_page": home_page().pk,
            "publish_copies": "on",
        },
    )
    assert_not_public(draft, public)
    for copy in StandardPage.objects.filter(slug="salinan"):
        assert_not_public(copy, public)
    assert public.get("/salinan/").status_code == 404
