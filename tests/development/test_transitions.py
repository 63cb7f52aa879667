"""Every step of B1-B5: only the role the SOP names may take it, through the function and the
admin view; every step is a history row and an audit log entry; fail paths; four eyes."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from sop_governance.development.models import (
    Comment,
    DevelopmentRequest,
    MeetingMinutes,
    Stage,
    Transition,
)
from sop_governance.development.transitions import (
    TRANSITIONS,
    add_comment,
    allowed_rules,
    perform,
    submit_request,
)

from .conftest import ROLE_OF_GROUP, STAGE_STEPS, actor, member, step_inputs, step_post_data

pytestmark = pytest.mark.django_db

EVERYONE = ["operator", "subkoordinator", "koordinator", "kepaladinas", "webdev", "admin"]


def log_actions(request: DevelopmentRequest) -> list[str]:
    return list(
        ModelLogEntry.objects.for_instance(request)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def assert_refused(response, anonymous: bool) -> None:
    """Anonymous: sent to the login. Signed in: Wagtail turns PermissionDenied into a redirect
    to the admin home with an error message."""
    assert response.status_code == 302
    if anonymous:
        assert "/login/" in response["Location"]
    else:
        assert response["Location"] == reverse("wagtailadmin_home")
        notes = [str(message) for message in get_messages(response.wsgi_request)]
        assert any("tidak memiliki izin" in note for note in notes), notes


def step_url(request: DevelopmentRequest, action: str) -> str:
    return reverse("development_requests:step", args=[request.pk, action])


@pytest.mark.parametrize("username", EVERYONE)
def test_only_the_sub_koordinator_submits(people, username):
    user = people[username]
    if username == "subkoordinator":
        request = submit_request(user, kind="technical", title="Formulir error", description="500")
        assert request.stage == Stage.SUBMITTED
        assert request.transitions.get().action == "submit"
        assert log_actions(request) == ["sop_development.submit"]
    else:
        with pytest.raises(PermissionDenied):
            submit_request(user, kind="technical", title="Formulir error", description="500")
        assert not DevelopmentRequest.objects.exists()


@pytest.mark.parametrize("username", [*EVERYONE, "anonymous"])
def test_only_the_sub_koordinator_submits_in_the_admin(client, people, username):
    if username != "anonymous":
        client.force_login(people[username])
    data = {"kind": "display", "title": "Logo buram", "description": "Logo di header buram."}
    response = client.post(reverse("development_requests:add"), data)
    if username == "subkoordinator":
        request = DevelopmentRequest.objects.get()
        assert response.status_code == 302
        assert response["Location"] == reverse("development_requests:inspect", args=[request.pk])
        assert request.submitted_by == people["subkoordinator"]
        assert log_actions(request) == ["sop_development.submit"]
    else:
        assert_refused(response, anonymous=username == "anonymous")
        assert not DevelopmentRequest.objects.exists()


@pytest.mark.parametrize("username", [*EVERYONE, "anonymous"])
@pytest.mark.parametrize(("from_stage", "action"), STAGE_STEPS)
def test_each_step_only_by_its_role(people, new_request, from_stage, action, username):
    request = new_request(from_stage)
    rule = TRANSITIONS[(from_stage, action)]
    user = AnonymousUser() if username == "anonymous" else people[username]
    before = request.transitions.count()
    if username == ROLE_OF_GROUP[rule.group]:
        step = perform(request, action, user, **step_inputs(action))
        request.refresh_from_db()
        assert request.stage == rule.to_stage
        assert (step.from_stage, step.to_stage, step.user) == (from_stage, rule.to_stage, user)
        assert request.transitions.count() == before + 1
        entry = ModelLogEntry.objects.for_instance(request).latest("pk")
        assert entry.action == f"sop_development.{action}"
        assert entry.user_id == user.pk
        assert entry.data["from_stage"] == from_stage
        assert entry.data["to_stage"] == rule.to_stage
    else:
        with pytest.raises(PermissionDenied):
            perform(request, action, user, **step_inputs(action))
        request.refresh_from_db()
        assert request.stage == from_stage
        assert request.transitions.count() == before


@pytest.mark.parametrize("username", [*EVERYONE, "anonymous"])
@pytest.mark.parametrize(("from_stage", "action"), STAGE_STEPS)
def test_each_step_only_by_its_role_in_the_admin(
    client, people, new_request, from_stage, action, username
):
    request = new_request(from_stage)
    rule = TRANSITIONS[(from_stage, action)]
    if username != "anonymous":
        client.force_login(people[username])
    before = request.transitions.count()
    response = client.post(step_url(request, action), step_post_data(action))
    request.refresh_from_db()
    if username == ROLE_OF_GROUP.get(rule.group):
        assert response.status_code == 302, response.content.decode()[:2000]
        assert response["Location"] == reverse("development_requests:inspect", args=[request.pk])
        assert request.stage == rule.to_stage
        assert request.transitions.latest("pk").user == people[username]
        assert log_actions(request)[-1] == f"sop_development.{action}"
    else:
        assert_refused(response, anonymous=username == "anonymous")
        assert request.stage == from_stage
        assert request.transitions.count() == before


@pytest.mark.parametrize(("from_stage", "action"), STAGE_STEPS)
def test_the_detail_page_offers_a_step_only_to_its_role(
    client, people, new_request, from_stage, action
):
    request = new_request(from_stage)
    rule = TRANSITIONS[(from_stage, action)]
    url = step_url(request, action)
    for username in EVERYONE:
        client.force_login(people[username])
        response = client.get(reverse("development_requests:inspect", args=[request.pk]))
        assert response.status_code == 200
        offered = url in response.content.decode()
        assert offered == (username == ROLE_OF_GROUP[rule.group]), username


def test_the_whole_path_is_in_the_history_and_the_audit_log(people, new_request):
    request = new_request(Stage.CLOSED)
    actions = [
        "submit",
        "discuss",
        "report",
        "hand_over",
        "acknowledge",
        "present_draft",
        "update_offline",
        "pass_offline",
        "update_online",
        "pass_online",
    ]
    assert list(request.transitions.values_list("action", flat=True)) == actions
    assert log_actions(request) == [f"sop_development.{action}" for action in actions]
    assert request.closed_at is not None
    assert allowed_rules(request, people["koordinator"]) == []


def test_a_failed_offline_check_goes_back_to_the_web_developer(people, new_request):
    request = new_request(Stage.OFFLINE_UPDATE)
    with pytest.raises(ValidationError) as error:
        perform(request, "fail_offline", people["subkoordinator"], note="  ")
    assert "note" in error.value.error_dict
    request.refresh_from_db()
    assert request.stage == Stage.OFFLINE_UPDATE

    perform(request, "fail_offline", people["subkoordinator"], note="Masih terpotong.")
    request.refresh_from_db()
    assert request.stage == Stage.DRAFT
    assert [rule.action for rule in allowed_rules(request, people["webdev"])] == ["update_offline"]
    assert allowed_rules(request, people["subkoordinator"]) == []
    entry = ModelLogEntry.objects.for_instance(request).latest("pk")
    assert entry.action == "sop_development.fail_offline"
    assert entry.data["passed"] is False
    assert entry.data["note"] == "Masih terpotong."

    perform(request, "update_offline", people["webdev"], url="https://staging.contohkab.go.id/2")
    perform(request, "pass_offline", people["subkoordinator"])
    request.refresh_from_db()
    assert request.stage == Stage.OFFLINE_PASSED


def test_a_failed_online_check_goes_back_to_the_web_developer(people, new_request):
    request = new_request(Stage.ONLINE_UPDATE)
    with pytest.raises(ValidationError):
        perform(request, "fail_online", people["koordinator"])
    perform(request, "fail_online", people["koordinator"], note="Tautan rusak.")
    request.refresh_from_db()
    assert request.stage == Stage.OFFLINE_PASSED
    assert request.closed_at is None
    perform(request, "update_online", people["webdev"], note="Tautan diperbaiki.")
    perform(request, "pass_online", people["koordinator"])
    request.refresh_from_db()
    assert request.stage == Stage.CLOSED
    fails = request.transitions.filter(action="fail_online")
    assert fails.get().note == "Tautan rusak."


def test_a_failed_check_in_the_admin_needs_a_note_and_loses_nothing(client, people, new_request):
    request = new_request(Stage.OFFLINE_UPDATE)
    client.force_login(people["subkoordinator"])
    response = client.post(step_url(request, "fail_offline"), {"note": ""})
    assert response.status_code == 200
    assert "Langkah tidak dicatat" in response.content.decode()
    request.refresh_from_db()
    assert request.stage == Stage.OFFLINE_UPDATE

    response = client.post(step_url(request, "fail_offline"), {"note": "Masih terpotong."})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.stage == Stage.DRAFT


def test_bad_notulen_keep_what_was_typed(client, people, new_request):
    request = new_request()
    client.force_login(people["koordinator"])
    data = {**step_post_data("discuss"), "date": "kemarin", "decisions": ""}
    response = client.post(step_url(request, "discuss"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ruang Rapat Bidang IKP" in page  # what was typed is still in the form
    assert "Langkah tidak dicatat: perbaiki kesalahan di bawah ini." in page
    [minutes_form, _note_form] = response.context["forms"]
    assert set(minutes_form.errors) == {"date", "decisions"}
    assert 'aria-invalid="true" aria-describedby="id_date_error"' in page
    assert not MeetingMinutes.objects.exists()
    request.refresh_from_db()
    assert request.stage == Stage.SUBMITTED


def test_a_draft_needs_a_link_or_a_safe_file(client, people, new_request):
    request = new_request(Stage.RECEIVED)
    client.force_login(people["webdev"])
    url = step_url(request, "present_draft")
    response = client.post(url, {"mode": "offline", "link": "", "summary": "Draf"})
    assert response.status_code == 200
    assert "Berikan tautan draf atau unggah berkas." in response.content.decode()

    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = SimpleUploadedFile("draf.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")
    response = client.post(url, {"mode": "offline", "file": bad, "summary": "Draf"})
    assert response.status_code == 200
    request.refresh_from_db()
    assert request.stage == Stage.RECEIVED

    from tests.factories import pdf_bytes

    good = SimpleUploadedFile("draf.pdf", pdf_bytes("Rancangan menu"), "application/pdf")
    response = client.post(url, {"mode": "offline", "file": good, "summary": "Draf"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.stage == Stage.DRAFT
    draft = request.drafts.get()
    client.force_login(people["operator"])
    download = client.get(reverse("development_requests:draft_file", args=[draft.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    client.logout()
    download = client.get(reverse("development_requests:draft_file", args=[draft.pk]))
    assert download.status_code == 302


def test_a_step_at_the_wrong_stage_is_refused(people, new_request):
    request = new_request()
    with pytest.raises(ValidationError):
        perform(request, "pass_online", people["koordinator"])
    with pytest.raises(PermissionDenied):
        perform(request, "pass_online", people["webdev"])
    request.refresh_from_db()
    assert request.stage == Stage.SUBMITTED


def test_the_same_step_cannot_be_taken_twice(people, new_request):
    request = new_request()
    stale = DevelopmentRequest.objects.get(pk=request.pk)
    perform(request, "discuss", people["koordinator"], **step_inputs("discuss"))
    with pytest.raises(ValidationError):
        perform(stale, "discuss", people["koordinator"], **step_inputs("discuss"))
    assert Transition.objects.filter(request=request, action="discuss").count() == 1


@pytest.mark.parametrize(
    ("stage", "action", "first_role", "second_role"),
    [
        (Stage.SUBMITTED, "discuss", "Sub Koordinator", "Koordinator"),
        (Stage.DISCUSSED, "report", "Koordinator", "Kepala Dinas"),
        (Stage.HANDED_OVER, "acknowledge", "Sub Koordinator", "Web Developer"),
        (Stage.OFFLINE_UPDATE, "pass_offline", "Web Developer", "Sub Koordinator"),
        (Stage.ONLINE_UPDATE, "pass_online", "Web Developer", "Koordinator"),
    ],
)
def test_four_eyes_the_one_who_did_the_step_before_does_not_check_it(
    people, new_request, stage, action, first_role, second_role
):
    """Someone in both roles did the step before: they may not take this one."""
    request = new_request(stage)
    previous = request.transitions.latest("pk")
    both = previous.user
    both.groups.add(Group.objects.get(name=second_role))
    both._sop_group_names = None  # the cached group names of this user object
    assert first_role in set(both.groups.values_list("name", flat=True))
    with pytest.raises(PermissionDenied):
        perform(request, action, both, **step_inputs(action))
    assert action not in [rule.action for rule in allowed_rules(request, both)]
    # Another member of that role may.
    perform(request, action, actor(people, action), **step_inputs(action))


def test_superusers_do_not_skip_roles_but_a_superuser_in_the_role_may(people, new_request):
    request = new_request()
    boss = people["admin"]
    with pytest.raises(PermissionDenied):
        perform(request, "discuss", boss, **step_inputs("discuss"))
    boss.groups.add(Group.objects.get(name="Koordinator"))
    boss._sop_group_names = None
    perform(request, "discuss", boss, **step_inputs("discuss"))
    assert request.stage == Stage.DISCUSSED


def test_inactive_members_take_no_step(people, new_request):
    request = new_request()
    koordinator = people["koordinator"]
    koordinator.is_active = False
    with pytest.raises(PermissionDenied):
        perform(request, "discuss", koordinator, **step_inputs("discuss"))


@pytest.mark.parametrize("username", EVERYONE)
def test_input_from_every_role_but_never_a_step(people, new_request, username):
    request = new_request(Stage.DRAFT)
    user = people[username]
    if username == "admin":
        with pytest.raises(PermissionDenied):
            add_comment(request, user, "Saya juga melihatnya.")
        return
    add_comment(request, user, "Di ponsel saya juga terpotong.")
    request.refresh_from_db()
    assert request.stage == Stage.DRAFT
    assert Comment.objects.get(request=request).author == user
    assert log_actions(request)[-1] == "sop_development.comment"


def test_operator_input_in_the_admin(client, people, new_request):
    request = new_request()
    client.force_login(people["operator"])
    detail = reverse("development_requests:inspect", args=[request.pk])
    page = client.get(detail).content.decode()
    assert 'name="text"' in page
    assert reverse("development_requests:step", args=[request.pk, "discuss"]) not in page
    url = reverse("development_requests:comment", args=[request.pk])
    response = client.post(url, {"text": "Terjadi juga di tablet."})
    assert response.status_code == 302
    assert "Terjadi juga di tablet." in client.get(detail).content.decode()
    response = client.post(url, {"text": "   "})
    assert Comment.objects.count() == 1
    client.logout()
    assert client.post(url, {"text": "anonim"}).status_code == 302
    assert Comment.objects.count() == 1


def test_closed_requests_take_no_more_input(people, new_request):
    request = new_request(Stage.CLOSED)
    with pytest.raises(PermissionDenied):
        add_comment(request, people["operator"], "Terlambat.")


def test_nobody_edits_or_deletes_a_request(client, people, new_request):
    request = new_request()
    for username in EVERYONE:
        client.force_login(people[username])
        edit = client.post(
            reverse("development_requests:edit", args=[request.pk]),
            {"kind": "plan", "title": "Diubah", "description": "x"},
        )
        delete = client.post(reverse("development_requests:delete", args=[request.pk]))
        assert_refused(edit, anonymous=False)
        assert_refused(delete, anonymous=False)
    request.refresh_from_db()
    assert request.title == "Menu DIP terpotong di ponsel"


def test_people_outside_the_roles_see_nothing(client, new_request):
    request = new_request()
    stranger = member("tamu", is_staff=True)
    from django.contrib.auth.models import Permission

    stranger.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(stranger)
    for url in (
        reverse("development_requests:index"),
        reverse("development_requests:inspect", args=[request.pk]),
        reverse("development_requests:pdf", args=[request.pk]),
        step_url(request, "discuss"),
    ):
        assert_refused(client.get(url), anonymous=False)


def test_the_admin_history_names_every_step_in_indonesian(client, people, new_request):
    request = new_request(Stage.HANDED_OVER)
    client.force_login(people["webdev"])
    response = client.get(reverse("development_requests:history", args=[request.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for label in (
        "Permintaan pengembangan diajukan",
        "Notulen dicatat",
        "Dilaporkan kepada pimpinan",
        "Diserahkan kepada Web Developer",
    ):
        assert label in html, label


def test_the_list_is_indonesian_and_filters_by_stage(client, people, new_request):
    new_request(title="Menu terpotong")
    client.force_login(people["subkoordinator"])
    html = client.get(reverse("development_requests:index")).content.decode()
    assert "Menu terpotong" in html
    assert "Tambah permintaan pengembangan" in html  # only the Sub Koordinator submits
    assert "Diajukan" in html
    client.force_login(people["webdev"])
    html = client.get(reverse("development_requests:index")).content.decode()
    assert "Menu terpotong" in html
    assert reverse("development_requests:add") not in html


def test_a_submission_without_a_title_keeps_the_description(client, people):
    client.force_login(people["subkoordinator"])
    data = {"kind": "plan", "title": "  ", "description": "Halaman agenda kegiatan baru."}
    response = client.post(reverse("development_requests:add"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Permintaan tidak diajukan: perbaiki kesalahan di bawah ini." in html
    assert "Halaman agenda kegiatan baru." in html
    assert not DevelopmentRequest.objects.exists()
    data["title"] = "Agenda kegiatan"
    response = client.post(reverse("development_requests:add"), data, follow=True)
    assert "Permintaan pengembangan &#x27;Agenda kegiatan&#x27; telah diajukan." in (
        response.content.decode()
    )
