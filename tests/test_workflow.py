"""SOP publishing workflow: privacy scan -> Sub Koordinator -> Koordinator, no way around it."""

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.exceptions import PermissionDenied
from wagtail.models import PageLogEntry, Workflow, WorkflowState

from moderation.models import PrivacyScanTask, ScanReport
from moderation.system_user import SCANNER_USERNAME
from ppid_pages.models import DipEntryPage, DipIndexPage

from .factories import entry_fields, make_dip_index, make_unit

pytestmark = pytest.mark.django_db

NIK = "3201014508900002"  # area 32 01 01, born 5 Aug 1990 (woman: day + 40)


def member(username: str, role: str, **extra) -> User:
    user = User.objects.create_user(
        username, email=f"{username}@contohkab.go.id", password="x", **extra
    )
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def people():
    return {
        "operator": member("operator", "Operator"),
        "subkoordinator": member("subkoordinator", "Sub Koordinator"),
        "koordinator": member("koordinator", "Koordinator"),
    }


@pytest.fixture
def workflow():
    return Workflow.objects.get(name="SOP Publikasi Konten")


def draft_entry(author: User, summary: str, slug: str = "daftar-penerima-bantuan") -> DipEntryPage:
    index = DipIndexPage.objects.first() or make_dip_index()
    entry = DipEntryPage(
        title="Daftar Penerima Bantuan",
        slug=slug,
        live=False,
        owner=author,
        **entry_fields(make_unit(), "berkala", summary=summary),
    )
    index.add_child(instance=entry)
    entry.save_revision(user=author)
    return entry


def edit(entry: DipEntryPage, user: User, summary: str):
    entry = DipEntryPage.objects.get(pk=entry.pk).get_latest_revision_as_object()
    entry.summary = summary
    return entry.save_revision(user=user)


def act(entry: DipEntryPage, user: User, action: str = "approve") -> None:
    state = WorkflowState.objects.active().get(object_id=str(entry.pk))
    task = state.current_task_state.task.specific
    task.on_action(state.current_task_state, user, action)


def current_task_name(entry: DipEntryPage) -> str:
    state = WorkflowState.objects.active().get(object_id=str(entry.pk))
    return state.current_task_state.task.name


def test_scan_rejects_a_nik_and_tells_the_operator(
    client, people, workflow, django_capture_on_commit_callbacks
):
    entry = draft_entry(people["operator"], f"<p>NIK penerima: {NIK}</p>")
    with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves after the commit
        state = workflow.start(entry, people["operator"])
    state.refresh_from_db()

    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = state.current_task_state
    assert isinstance(task_state.task.specific, PrivacyScanTask)
    assert task_state.finished_by.username == SCANNER_USERNAME
    report = ScanReport.objects.get(task_state=task_state)
    [finding] = report.findings
    assert (finding["kind"], finding["location"], finding["excerpt"]) == (
        "nik",
        "summary",
        "32**************",
    )
    assert finding["severity"] == "block"
    assert NIK not in str(report.findings)
    assert NIK not in task_state.comment

    log = PageLogEntry.objects.filter(page=entry, action="wagtail.workflow.reject").get()
    assert log.user.username == SCANNER_USERNAME

    assert [message.to for message in mail.outbox] == [["operator@contohkab.go.id"]]
    assert NIK not in mail.outbox[0].body
    assert "32**************" in mail.outbox[0].body
    assert client.get("/dip/daftar-penerima-bantuan/").status_code == 404


def test_clean_content_goes_through_both_reviews_and_is_published(client, people, workflow):
    entry = draft_entry(people["operator"], f"<p>NIK penerima: {NIK}</p>")
    state = workflow.start(entry, people["operator"])
    edit(entry, people["operator"], "<p>Data penerima tersedia di kantor.</p>")
    state.refresh_from_db()
    state.resume(user=people["operator"])
    assert current_task_name(entry) == "Tinjauan Sub Koordinator"

    act(entry, people["subkoordinator"])
    assert current_task_name(entry) == "Persetujuan Koordinator"
    assert client.get("/dip/daftar-penerima-bantuan/").status_code == 404

    act(entry, people["koordinator"])
    entry.refresh_from_db()
    assert entry.live
    assert entry.live_revision == entry.get_latest_revision()
    assert client.get("/dip/daftar-penerima-bantuan/").status_code == 200


def test_the_operator_cannot_approve_anything(people, workflow):
    entry = draft_entry(people["operator"], "<p>Aman.</p>")
    workflow.start(entry, people["operator"])
    state = WorkflowState.objects.active().get(object_id=str(entry.pk))
    task = state.current_task_state.task.specific
    assert task.get_actions(entry, people["operator"]) == []


def test_a_reviewer_who_last_edited_cannot_approve(people, workflow):
    entry = draft_entry(people["operator"], "<p>Aman.</p>")
    workflow.start(entry, people["operator"])
    act(entry, people["subkoordinator"])
    member_editor = member("koordinator2", "Koordinator")
    edit(entry, member_editor, "<p>Aman, disunting.</p>")
    state = WorkflowState.objects.active().get(object_id=str(entry.pk))
    task = state.current_task_state.task.specific
    assert task.get_actions(entry, member_editor) == []
    with pytest.raises(PermissionDenied):
        act(entry, member_editor)


def test_a_superuser_who_submitted_cannot_approve(people, workflow):
    admin = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    entry = draft_entry(admin, "<p>Aman.</p>")
    workflow.start(entry, admin)
    with pytest.raises(PermissionDenied):
        act(entry, admin)


def test_an_edit_during_review_is_scanned_and_reviewed_again(client, people, workflow):
    entry = draft_entry(people["operator"], "<p>Aman.</p>")
    workflow.start(entry, people["operator"])
    act(entry, people["subkoordinator"])
    edit(entry, people["operator"], f"<p>Tambahan NIK {NIK}</p>")

    act(entry, people["koordinator"])
    entry.refresh_from_db()
    assert not entry.live
    state = WorkflowState.objects.get(object_id=str(entry.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert isinstance(state.current_task_state.task.specific, PrivacyScanTask)
    assert client.get("/dip/daftar-penerima-bantuan/").status_code == 404


def test_a_role_outside_the_task_group_cannot_approve(people, workflow):
    entry = draft_entry(people["operator"], "<p>Aman.</p>")
    workflow.start(entry, people["operator"])
    state = WorkflowState.objects.active().get(object_id=str(entry.pk))
    task = state.current_task_state.task.specific
    assert task.get_actions(entry, people["koordinator"]) == []  # Sub Koordinator's turn


def test_the_operator_sees_masked_findings_in_the_editor(client, people, workflow):
    entry = draft_entry(people["operator"], f"<p>NIK penerima: {NIK}</p>")
    workflow.start(entry, people["operator"])
    client.force_login(people["operator"])
    response = client.get(f"/admin/pages/{entry.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "NIK (Nomor Induk Kependudukan)" in html
    assert "32**************" in html
    assert NIK not in html.replace(f"NIK penerima: {NIK}", "")  # only the editor field holds it


def test_one_person_in_both_review_groups_cannot_approve_twice(people, workflow):
    both = member("rangkap", "Sub Koordinator")
    both.groups.add(Group.objects.get(name="Koordinator"))
    entry = draft_entry(people["operator"], "<p>Aman.</p>")
    workflow.start(entry, people["operator"])
    act(entry, both)
    assert current_task_name(entry) == "Persetujuan Koordinator"
    with pytest.raises(PermissionDenied):
        act(entry, both)
    act(entry, people["koordinator"])
    entry.refresh_from_db()
    assert entry.live


def test_a_superuser_cannot_press_publish(client, people):
    from ppid_pages.models import StandardPage

    from .factories import home_page

    admin = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    page = StandardPage(title="Profil", slug="profil", live=False)
    home_page().add_child(instance=page)
    page.save_revision(user=admin)
    client.force_login(admin)
    edit_html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in edit_html
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {"title": "Profil", "slug": "profil", "body-count": "0", "action-publish": "1"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live


def test_a_superuser_copy_with_publish_copies_stays_a_draft(client):
    from ppid_pages.models import StandardPage

    from .factories import home_page, publish

    admin = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    original = publish(home_page(), StandardPage(title="Profil", slug="profil"))
    client.force_login(admin)
    client.post(
        f"/admin/pages/{original.pk}/copy/",
        {
            "new_title": "Salinan",
            "new_slug": "salinan",
            "new_parent_page": home_page().pk,
            "publish_copies": "on",
        },
    )
    assert not StandardPage.objects.filter(slug="salinan", live=True).exists()


def test_a_superuser_cannot_bulk_publish(client):
    from ppid_pages.models import StandardPage

    from .factories import home_page

    admin = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    page = StandardPage(title="Draf", slug="draf", live=False)
    home_page().add_child(instance=page)
    page.save_revision(user=admin)
    client.force_login(admin)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}"
    client.post(url, {"include_descendants": "on"})
    page.refresh_from_db()
    assert not page.live
