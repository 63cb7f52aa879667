"""People in every SOP role, and requests driven to any stage through the real steps."""

import datetime

import pytest
from django.contrib.auth.models import Group, User

from sop_governance.development.models import (
    DeveloperReceipt,
    DevelopmentRequest,
    DraftPresentation,
    MeetingMinutes,
    Stage,
)
from sop_governance.development.transitions import TRANSITIONS, perform, submit_request

ROLE_USERS = {
    "operator": "Operator",
    "subkoordinator": "Sub Koordinator",
    "koordinator": "Koordinator",
    "kepaladinas": "Kepala Dinas",
    "webdev": "Web Developer",
}
# Who the SOP gives each group's steps to, among the people below.
ROLE_OF_GROUP = {group: username for username, group in ROLE_USERS.items()}
# The happy path, in order: the action that leaves each stage.
HAPPY_PATH = [
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
STAGE_STEPS = [(from_stage, action) for (from_stage, action) in TRANSITIONS if from_stage]


def member(username: str, *roles: str, **extra) -> User:
    user = User.objects.create_user(
        username,
        email=f"{username}@contohkab.go.id",
        password="x",
        first_name=username.capitalize(),
        last_name="Uji",
        **extra,
    )
    for role in roles:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def people() -> dict[str, User]:
    users = {username: member(username, role) for username, role in ROLE_USERS.items()}
    # A superuser in no SOP role: may see everything, may take no step.
    users["admin"] = member("admin", is_superuser=True, is_staff=True)
    return users


def step_record(action: str):
    """A valid record for the steps that need one (unsaved, as a form would give it)."""
    if action == "discuss":
        return MeetingMinutes(
            date=datetime.date(2026, 3, 2),
            place="Ruang Rapat Bidang IKP",
            attendees="Budi Santoso, Koordinator\nSari Dewi, Sub Koordinator",
            agenda="Kendala tampilan menu DIP di ponsel",
            discussion="Menu DIP terpotong pada layar kecil.",
            decisions="Diperbaiki oleh Web Developer.",
            follow_ups="Sub Koordinator menyerahkan kepada Web Developer.",
        )
    if action == "acknowledge":
        return DeveloperReceipt(received_items="Notulen rapat 2 Maret 2026 dan tangkapan layar")
    if action == "present_draft":
        return DraftPresentation(
            mode="online", link="https://staging.contohkab.go.id/draf", summary="Menu baru"
        )
    return None


def step_inputs(action: str) -> dict:
    """What `perform` needs besides the record."""
    rule = next(rule for (_f, a), rule in TRANSITIONS.items() if a == action)
    inputs = {"record": step_record(action)}
    if rule.needs_note:
        inputs["note"] = "Menu masih terpotong di layar 360 px."
    if rule.needs_url:
        inputs["url"] = "https://staging.contohkab.go.id/"
    return inputs


def step_post_data(action: str) -> dict:
    """What the step's admin form posts."""
    data = {
        "discuss": {
            "date": "2026-03-02",
            "place": "Ruang Rapat Bidang IKP",
            "attendees": "Budi Santoso, Koordinator",
            "agenda": "Kendala tampilan menu DIP",
            "discussion": "Menu DIP terpotong pada layar kecil.",
            "decisions": "Diperbaiki oleh Web Developer.",
            "follow_ups": "Diserahkan kepada Web Developer.",
        },
        "acknowledge": {"received_items": "Notulen rapat", "notes": ""},
        "present_draft": {
            "mode": "offline",
            "link": "https://staging.contohkab.go.id/draf",
            "summary": "Menu baru",
        },
        "update_offline": {"url": "https://staging.contohkab.go.id/", "note": "Sudah di staging"},
        "update_online": {"note": "Menu baru sudah dipasang."},
        "fail_offline": {"note": "Masih terpotong."},
        "fail_online": {"note": "Masih terpotong."},
    }
    return data.get(action, {"note": ""})


def actor(people: dict[str, User], action: str) -> User:
    rule = next(rule for (_f, a), rule in TRANSITIONS.items() if a == action)
    return people[ROLE_OF_GROUP[rule.group]]


def advance(request: DevelopmentRequest, stage: str, people: dict[str, User]):
    """Take the happy path's steps, each by the right person, until `request` is at `stage`."""
    for action in HAPPY_PATH:
        if request.stage == stage:
            break
        perform(request, action, actor(people, action), **step_inputs(action))
    assert request.stage == stage
    return request


@pytest.fixture
def new_request(people):
    def make(stage: str = Stage.SUBMITTED, title: str = "Menu DIP terpotong di ponsel"):
        request = submit_request(
            people["subkoordinator"],
            kind="display",
            title=title,
            description="Pada layar ponsel menu Daftar Informasi Publik terpotong.",
        )
        return advance(request, stage, people)

    return make
