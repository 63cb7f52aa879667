"""Every admin path that could make content public without the SOP workflow, tried over HTTP.

No role holds Wagtail's "publish" permission: only the workflow's finish action publishes, after
the privacy scan, the Sub Koordinator and the Koordinator approved the same revision. Each test
below drives one real Wagtail admin view as each role (and as the right role out of turn) and
then asks, as an anonymous visitor, whether the content became public.

Wagtail answers a refused admin request with a redirect to the dashboard and an error message
(wagtail.admin.auth.permission_denied); where it ignores a publish button instead, it saves a
draft. `test_the_proper_path_publishes` is the positive control: the same helpers, in the right
order, do publish.
"""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Revision,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.test.utils.timestamps import submittable_timestamp

from moderation.actions import take_down
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import InformationUnit, PPIDDocument, PPIDImage, PPIDSettings, StandardPage

from .factories import home_page, make_document, pdf_bytes, publish

pytestmark = pytest.mark.django_db

EDITORS = ("Operator", "Sub Koordinator", "Koordinator")
ROLES = (*EDITORS, "Kepala Dinas", "Web Developer")

LIVE_TEXT = "Isi yang sudah disetujui Koordinator."
DRAFT_TEXT = "Draf yang belum ditinjau."
UNAPPROVED_TEXT = "Isi yang tidak pernah disetujui."
NIK = "3201014508900002"


# --- people and pages -------------------------------------------------------------------------


def member(role: str, username: str | None = None) -> User:
    username = username or role.lower().replace(" ", "")
    user = User.objects.create_user(username, email=f"{username}@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def people() -> dict[str, User]:
    return {role: member(role) for role in ROLES}


@pytest.fixture
def public() -> Client:
    return Client()


def body(text: str) -> list:
    return [("paragraph", f"<p>{text}</p>")]


def draft_page(owner: User, slug: str = "laporan", parent: Page | None = None) -> StandardPage:
    page = StandardPage(
        title="Laporan Kinerja", slug=slug, live=False, owner=owner, body=body(DRAFT_TEXT)
    )
    (parent or home_page()).add_child(instance=page)
    page.save_revision(user=owner)
    return page


def live_page(slug: str = "profil", parent: Page | None = None) -> StandardPage:
    """A page whose live content went through the workflow (set up directly, without it)."""
    page = StandardPage(title="Profil PPID", slug=slug, body=body(LIVE_TEXT))
    return publish(parent or home_page(), page)


def page_using(document: PPIDDocument) -> StandardPage:
    """A page published through the workflow that links to `document`."""
    link = ("document", {"document": document, "label": "Unduh laporan"})
    page = StandardPage(title="Laporan", slug="laporan", body=[*body(LIVE_TEXT), link])
    return publish(home_page(), page)


def private_section() -> StandardPage:
    section = live_page("internal")
    with approved_path(SET_UP):
        PageViewRestriction.objects.create(
            page=section, restriction_type=PageViewRestriction.LOGIN
        )
    return section


def fresh(page: Page) -> StandardPage:
    return StandardPage.objects.get(pk=page.pk)


# --- admin requests ---------------------------------------------------------------------------


def page_form(page: Page, text: str, **extra) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def post_edit(client: Client, page: Page, text: str = UNAPPROVED_TEXT, **extra):
    return client.post(edit_url(page), page_form(page, text, **extra))


def bulk_url(action: str, *pages: Page) -> str:
    ids = "&".join(f"id={page.pk}" for page in pages)
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + "?" + ids


def current_task_state(page: Page):
    return WorkflowState.objects.active().get(object_id=str(page.pk)).current_task_state


def current_task_name(page: Page) -> str:
    return current_task_state(page).task.name


def workflow_action(client: Client, user: User, page: Page, action: str = "approve", state=None):
    """The dashboard's approve button. A reviewer first opens the page editor when the page
    releases new versions of assets or units: the dashboard sends them there otherwise
    (moderation.middleware.PendingVersionsMiddleware; tests/test_dashboard_approval_*)."""
    from moderation.wagtail_hooks import pending_version_warnings

    client.force_login(user)
    state = state or current_task_state(page)
    if action == "approve" and pending_version_warnings(Page.objects.get(pk=page.pk).specific):
        client.get(edit_url(page))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
    return client.post(url, {"comment": ""})


def submit(client: Client, user: User, page: Page, text: str = DRAFT_TEXT) -> None:
    client.force_login(user)
    response = post_edit(client, page, text, **{"action-submit": "Kirim"})
    assert response.status_code == 302
    assert current_task_name(page) == "Tinjauan Sub Koordinator"  # the scan passed


def in_review(client, submitter: User, approvers: tuple[User, ...] = ()) -> StandardPage:
    page = draft_page(submitter)
    submit(client, submitter, page)
    for approver in approvers:
        assert workflow_action(client, approver, page).status_code == 302
    return page


# --- assertions -------------------------------------------------------------------------------


def assert_refused(response) -> None:
    """Wagtail turns PermissionDenied in the admin into a redirect to the dashboard."""
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    errors = [m for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
    assert errors


def assert_saved_as_draft_only(response, page: Page, text: str = UNAPPROVED_TEXT) -> None:
    """The publish button of a user without publish permission just saves a revision."""
    assert response.status_code == 302
    assert response["Location"] == edit_url(page)
    latest = fresh(page).get_latest_revision()
    assert text in str(latest.content["body"])
    assert latest.approved_go_live_at is None


def assert_draft_or_refused(response, page: Page, role: str, text: str = UNAPPROVED_TEXT):
    """Editors end up with a draft; the other roles may not even edit."""
    if role in EDITORS:
        assert_saved_as_draft_only(response, page, text)
    else:
        assert_refused(response)


def assert_not_public(page: Page, public: Client) -> None:
    page = fresh(page)
    assert page.live is False
    assert page.live_revision is None
    assert public.get(page.get_url()).status_code == 404


def assert_public_sees_only_approved(page: Page, public: Client, live_revision=None) -> None:
    page = fresh(page)
    assert page.live is True
    if live_revision is not None:
        assert page.live_revision == live_revision
    response = public.get(page.get_url())
    assert response.status_code == 200
    assert LIVE_TEXT in response.text
    assert UNAPPROVED_TEXT not in response.text


# --- 0. positive control ----------------------------------------------------------------------


def test_the_proper_path_publishes(client, people, public):
    page = draft_page(people["Operator"])
    submit(client, people["Operator"], page, LIVE_TEXT)
    assert public.get(page.get_url()).status_code == 404

    assert workflow_action(client, people["Sub Koordinator"], page).status_code == 302
    assert current_task_name(page) == "Persetujuan Koordinator"
    assert workflow_action(client, people["Koordinator"], page).status_code == 302

    assert_public_sees_only_approved(page, public, fresh(page).get_latest_revision())


# --- 1. the publish button --------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_publish_button_on_a_draft(client, people, public, role):
    page = draft_page(people["Operator"])
    client.force_login(people[role])
    response = post_edit(client, page, **{"action-publish": "Terbitkan"})
    assert_draft_or_refused(response, page, role)
    assert_not_public(page, public)


@pytest.mark.parametrize("role", ROLES)
def test_publish_button_on_a_live_page(client, people, public, role):
    page = live_page()
    approved = page.live_revision
    client.force_login(people[role])
    response = post_edit(client, page, **{"action-publish": "Terbitkan"})
    assert_draft_or_refused(response, page, role)
    assert_public_sees_only_approved(page, public, approved)


@pytest.mark.parametrize("role", ROLES)
def test_publish_button_when_creating_a_page(client, people, public, role):
    client.force_login(people[role])
    url = reverse("wagtailadmin_pages:add", args=["ppid_pages", "standardpage", home_page().pk])
    new = StandardPage(title="Halaman Baru", slug="halaman-baru")
    response = client.post(url, page_form(new, UNAPPROVED_TEXT, **{"action-publish": "Terbitkan"}))

    if role in EDITORS:
        page = StandardPage.objects.get(slug="halaman-baru")
        assert_saved_as_draft_only(response, page)
        assert_not_public(page, public)
    else:
        assert_refused(response)
        assert not StandardPage.objects.filter(slug="halaman-baru").exists()
    assert public.get("/halaman-baru/").status_code == 404


def test_publish_button_of_the_reviewer_whose_turn_it_is(client, people, public):
    """The Koordinator presses Publish instead of Approve: a draft, and the review starts over."""
    page = in_review(client, people["Operator"], (people["Sub Koordinator"],))
    client.force_login(people["Koordinator"])
    response = post_edit(client, page, **{"action-publish": "Terbitkan"})

    assert_saved_as_draft_only(response, page)
    assert_not_public(page, public)
    # The Koordinator is now the last editor: approving their own edit is refused.
    assert_refused(workflow_action(client, people["Koordinator"], page))
    assert_not_public(page, public)


# --- 2. revert to an old revision -------------------------------------------------------------


def page_with_unapproved_history(author: User) -> tuple[StandardPage, Revision]:
    """A live page whose first, never-approved revision held other content."""
    page = draft_page(author)
    page.body = body(UNAPPROVED_TEXT)
    page.save_revision(user=author)
    page.body = body(LIVE_TEXT)
    approved = page.save_revision(user=author)
    with approved_path(SET_UP):
        approved.publish()
    return fresh(page), page.revisions.order_by("created_at", "pk")[1]


@pytest.mark.parametrize("role", ROLES)
def test_reverting_to_an_unapproved_revision_and_publishing(client, people, public, role):
    page, old = page_with_unapproved_history(people["Operator"])
    approved = page.live_revision
    client.force_login(people[role])
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old.pk])
    response = client.post(url, page_form(page, UNAPPROVED_TEXT, **{"action-publish": "1"}))

    assert_draft_or_refused(response, page, role)
    assert_public_sees_only_approved(page, public, approved)


# --- 3. copy with "publish copies" (and "alias") ----------------------------------------------


@pytest.mark.parametrize("option", ["publish_copies", "alias"])
@pytest.mark.parametrize("role", ROLES)
def test_copying_a_live_page_as_a_published_copy(client, people, public, role, option):
    page = live_page()
    client.force_login(people[role])
    data = {
        "new_title": "Salinan",
        "new_slug": "salinan",
        "new_parent_page": home_page().pk,
        option: "on",
    }
    response = client.post(reverse("wagtailadmin_pages:copy", args=[page.pk]), data)

    if role in EDITORS:
        assert response.status_code == 302
        copy = StandardPage.objects.get(slug="salinan")
        assert copy.alias_of is None
        assert_not_public(copy, public)
    else:
        assert_refused(response)
        assert not StandardPage.objects.filter(slug="salinan").exists()
    assert public.get("/salinan/").status_code == 404


# --- 4. bulk publish --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_bulk_publish(client, people, public, role):
    draft = draft_page(people["Operator"])
    live = live_page()
    approved = live.live_revision
    child = draft_page(people["Operator"], "lampiran", parent=live)
    live.body = body(UNAPPROVED_TEXT)
    live.save_revision(user=people["Operator"])

    client.force_login(people[role])
    response = client.post(bulk_url("publish", draft, live), {"include_descendants": "on"})

    assert response.status_code == 302  # "0 pages have been published"
    assert_not_public(draft, public)
    assert_not_public(child, public)
    assert_public_sees_only_approved(live, public, approved)


# --- 5. move ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_moving_a_draft_under_a_live_parent(client, people, public, role):
    parent = live_page()
    page = draft_page(people["Operator"])
    client.force_login(people[role])
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, parent.pk])
    response = client.post(url)

    if role in EDITORS:
        assert response.status_code == 302
        assert fresh(page).get_parent().pk == parent.pk
    else:
        assert_refused(response)
    assert_not_public(page, public)
    assert public.get("/profil/laporan/").status_code == 404


@pytest.mark.parametrize("how", ["move_confirm", "bulk_move"])
@pytest.mark.parametrize("role", ROLES)
def test_moving_a_live_page_out_of_a_private_section(client, people, public, role, how):
    page = live_page("notulen", parent=private_section())
    client.force_login(people[role])
    if how == "move_confirm":
        url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, home_page().pk])
        assert_refused(client.post(url))
    else:
        response = client.post(bulk_url("move", page), {"chooser": home_page().pk})
        assert response.status_code == 302  # "0 pages have been moved"

    assert fresh(page).get_parent().pk != home_page().pk
    response = public.get(fresh(page).get_url())
    assert response.status_code == 302
    assert response["Location"].startswith("/_util/login/")


# --- 6. scheduled publishing ------------------------------------------------------------------


@pytest.mark.parametrize(
    "go_live",
    [-datetime.timedelta(hours=1), datetime.timedelta(minutes=1)],
    ids=["past", "near-future"],
)
@pytest.mark.parametrize("role", ROLES)
def test_scheduled_publishing_without_approval(client, people, public, role, go_live):
    page = draft_page(people["Operator"])
    client.force_login(people[role])
    go_live_at = submittable_timestamp(timezone.now() + go_live)
    response = post_edit(client, page, go_live_at=go_live_at, **{"action-publish": "1"})
    assert_draft_or_refused(response, page, role)

    call_command("publish_scheduled")
    # publish_scheduled publishes revisions with approved_go_live_at, which only a publish sets.
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    assert_not_public(page, public)


# --- 7. unpublish, then republish -------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_unpublishing_is_refused(client, people, public, role):
    page = live_page()
    client.force_login(people[role])
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert_refused(response)
    assert_public_sees_only_approved(page, public, page.live_revision)


@pytest.mark.parametrize("role", ROLES)
def test_withdrawn_content_cannot_be_republished(client, people, public, role):
    page = live_page()
    withdrawn = page.live_revision
    admin = User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    take_down(page, admin, "Ditarik untuk diperbaiki")
    assert_not_public(page, public)

    client.force_login(people[role])
    response = post_edit(client, page, LIVE_TEXT, **{"action-publish": "1"})
    assert_draft_or_refused(response, page, role, LIVE_TEXT)
    assert_not_public(page, public)

    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, withdrawn.pk])
    response = client.post(url, page_form(page, LIVE_TEXT, **{"action-publish": "1"}))
    assert_draft_or_refused(response, page, role, LIVE_TEXT)
    assert_not_public(page, public)

    response = client.post(bulk_url("publish", page), {"include_descendants": "on"})
    assert response.status_code == 302  # "0 pages have been published"
    assert_not_public(page, public)


# --- 8. privacy -------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_making_a_private_page_public_is_refused(client, people, public, role):
    section = private_section()
    page = live_page("notulen", parent=section)
    client.force_login(people[role])
    url = reverse("wagtailadmin_pages:set_privacy", args=[section.pk])
    assert_refused(client.post(url, {"restriction_type": "none"}))

    assert PageViewRestriction.objects.filter(page=section).exists()
    for private in (section, page):
        response = public.get(fresh(private).get_url())
        assert response.status_code == 302
        assert response["Location"].startswith("/_util/login/")


@pytest.mark.parametrize("role", ROLES)
def test_making_a_private_collection_public_is_refused(client, people, public, role):
    root = Collection.get_first_root_node()
    restriction = CollectionViewRestriction.objects.create(
        collection=root, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_document("Notulen Rapat")
    page_using(document)
    client.force_login(people[role])
    url = reverse("wagtailadmin_collections:set_privacy", args=[root.pk])
    assert_refused(client.post(url, {"restriction_type": "none"}))

    assert CollectionViewRestriction.objects.filter(pk=restriction.pk).exists()
    response = public.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/_util/login/")


# --- 9. documents and images ------------------------------------------------------------------


def png(colour: str) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), colour).save(buffer, "PNG")
    return buffer.getvalue()


def served(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def upload_document(client: Client, content: bytes, document: PPIDDocument | None = None):
    data = {
        "title": "Laporan Keuangan",
        "file": SimpleUploadedFile("laporan-keuangan.pdf", content, "application/pdf"),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
    }
    if document is None:
        return client.post(reverse("wagtaildocs:add"), data)
    return client.post(reverse("wagtaildocs:edit", args=[document.pk]), data)


def upload_image(client: Client, content: bytes):
    data = {
        "title": "Bagan Organisasi",
        "file": SimpleUploadedFile("bagan.png", content, "image/png"),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
    }
    return client.post(reverse("wagtailimages:add"), data)


@pytest.mark.parametrize("role", ["Kepala Dinas", "Web Developer"])
def test_roles_without_editing_rights_cannot_upload(client, people, role):
    client.force_login(people[role])
    assert_refused(upload_document(client, pdf_bytes("Dokumen rahasia.")))
    assert_refused(upload_image(client, png("red")))
    assert not PPIDDocument.objects.exists()
    assert not PPIDImage.objects.exists()


def test_a_just_uploaded_document_is_not_public(client, people, public):
    content = pdf_bytes("Daftar penerima bantuan, belum ditinjau.")
    client.force_login(people["Operator"])
    assert upload_document(client, content).status_code == 302
    document = PPIDDocument.objects.get()
    assert served(client.get(document.url)) == content  # staff get the file

    assert public.get(document.url).status_code == 404


def test_replacing_a_published_documents_file_is_not_public(client, people, public):
    """The new file waits as the document's pending version; the public keeps the approved
    bytes (tests/test_asset_versions.py)."""
    approved = pdf_bytes("Laporan keuangan, versi disetujui.")
    document = make_document("Laporan Keuangan", approved)
    page_using(document)
    assert served(public.get(document.url)) == approved

    replacement = pdf_bytes("Laporan keuangan, versi baru belum ditinjau.")
    client.force_login(people["Operator"])
    assert upload_document(client, replacement, document).status_code == 302
    document.refresh_from_db()
    assert document.has_pending_version

    assert served(public.get(document.url)) == approved


def test_a_just_uploaded_images_original_is_not_served(client, people, public):
    client.force_login(people["Operator"])
    assert upload_image(client, png("red")).status_code == 302
    image = PPIDImage.objects.get()

    assert public.get(image.file.url).status_code == 404


# --- 10. workflow actions out of turn ---------------------------------------------------------

# (who submits, who already approved, who then tries to approve)
OUT_OF_TURN = {
    "operator-approves-own-submission": ("Operator", (), "Operator"),
    "koordinator-before-sub-koordinator": ("Operator", (), "Koordinator"),
    "kepala-dinas": ("Operator", (), "Kepala Dinas"),
    "web-developer": ("Operator", (), "Web Developer"),
    "sub-koordinator-on-own-submission": ("Sub Koordinator", (), "Sub Koordinator"),
    "sub-koordinator-at-koordinator-step": ("Operator", ("Sub Koordinator",), "Sub Koordinator"),
    "operator-at-koordinator-step": ("Operator", ("Sub Koordinator",), "Operator"),
    "koordinator-on-own-submission": ("Koordinator", ("Sub Koordinator",), "Koordinator"),
}


@pytest.mark.parametrize("case", OUT_OF_TURN.values(), ids=OUT_OF_TURN.keys())
def test_approving_out_of_turn_is_refused(client, people, public, case):
    submitter, approvers, actor = case
    page = in_review(client, people[submitter], tuple(people[role] for role in approvers))
    task_before = current_task_name(page)

    assert_refused(workflow_action(client, people[actor], page))

    assert current_task_name(page) == task_before
    assert_not_public(page, public)


def test_approving_a_finished_task_again_is_refused(client, people, public):
    """The Sub Koordinator re-posts their approval, hoping to approve the Koordinator's step."""
    page = in_review(client, people["Operator"])
    sub_task_state = current_task_state(page)
    assert workflow_action(client, people["Sub Koordinator"], page).status_code == 302

    response = workflow_action(client, people["Sub Koordinator"], page, state=sub_task_state)
    assert_refused(response)
    assert current_task_name(page) == "Persetujuan Koordinator"
    assert_not_public(page, public)


@pytest.mark.parametrize(
    ("approvers", "actor", "outcome"),
    [
        ((), "Koordinator", "locked"),  # out of turn: the page is locked to them
        ((), "Sub Koordinator", "refused"),  # their turn, but they edit while approving
        (("Sub Koordinator",), "Koordinator", "refused"),
    ],
    ids=["koordinator-out-of-turn", "sub-koordinator-own-edit", "koordinator-own-edit"],
)
def test_editing_and_approving_in_the_edit_form(client, people, public, approvers, actor, outcome):
    page = in_review(client, people["Operator"], tuple(people[role] for role in approvers))
    task_before = current_task_name(page)
    revisions_before = fresh(page).revisions.count()
    client.force_login(people[actor])
    response = post_edit(
        client, page, **{"action-workflow-action": "1", "workflow-action-name": "approve"}
    )

    if outcome == "locked":
        assert response.status_code == 200  # the form again, nothing saved
        assert fresh(page).revisions.count() == revisions_before
    else:
        assert_refused(response)  # the edit is saved, but the approval of one's own edit isn't
    assert current_task_name(page) == task_before
    assert current_task_state(page).status == "in_progress"
    assert_not_public(page, public)


def test_a_reviewer_cannot_approve_after_editing(client, people, public):
    page = in_review(client, people["Operator"])
    client.force_login(people["Sub Koordinator"])
    assert post_edit(client, page).status_code == 302  # saved: reviewers may edit on their turn

    assert_refused(workflow_action(client, people["Sub Koordinator"], page))
    assert current_task_name(page) == "Tinjauan Sub Koordinator"
    assert_not_public(page, public)


@pytest.mark.parametrize("role", EDITORS)
def test_nobody_can_overrule_the_privacy_scan(client, people, public, role):
    page = draft_page(people["Operator"])
    client.force_login(people["Operator"])
    post_edit(client, page, f"NIK penerima {NIK}", **{"action-submit": "1"})
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    scan_state = state.current_task_state

    response = workflow_action(client, people[role], page, state=scan_state)
    assert response.status_code == 302  # "not awaiting moderation", back to the editor
    assert response["Location"] == edit_url(page)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert_not_public(page, public)


# --- 11. other ways out -----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/api/v2/documents/", "/api/v2/images/"])
def test_the_wagtail_api_is_not_enabled(public, path):
    live_page()
    assert public.get(path).status_code == 404


def test_draft_previews_are_not_public(client, people, public):
    page = draft_page(people["Operator"])
    for url in (
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
    ):
        response = public.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("role", ROLES)
def test_content_outside_pages_cannot_be_changed_by_roles(client, people, role):
    """Snippets and site settings have no workflow: no role may change them."""
    unit = InformationUnit.objects.create(name="Sekretariat")
    settings = PPIDSettings.for_site(home_page().get_site())
    client.force_login(people[role])

    add_unit = reverse("wagtailsnippets_ppid_pages_informationunit:add")
    edit_unit = reverse("wagtailsnippets_ppid_pages_informationunit:edit", args=[unit.pk])
    edit_settings = reverse(
        "wagtailsettings:edit", args=["ppid_pages", "ppidsettings", settings.site_id]
    )
    assert_refused(client.post(add_unit, {"name": "Bidang Baru"}))
    assert_refused(client.post(edit_unit, {"name": "Bidang Lain"}))
    assert_refused(client.post(edit_settings, {"office_name": "Kantor Palsu"}))

    assert list(InformationUnit.objects.values_list("name", flat=True)) == ["Sekretariat"]
    assert PPIDSettings.for_site(home_page().get_site()).office_name != "Kantor Palsu"
