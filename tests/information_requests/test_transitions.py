"""Every transition x every role: only the role the table names takes a step (superusers and
the other SOP roles never), the requester's steps only with their code, four eyes on the
decision, and the wrong stage is refused."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from information_requests.models import (
    InformationRequest,
    Objection,
    ObjectionStage,
    RequestStep,
    Stage,
)
from information_requests.transitions import (
    OBJECTION,
    REQUEST,
    REQUESTER,
    TRANSITIONS,
    perform,
)
from ppid_pages.models import InformationUnit

from .conftest import OTHER_ROLES, SERVICE_ROLES

pytestmark = pytest.mark.django_db

DECISION = {
    "decision": "dikabulkan_seluruhnya",
    "material": "Laporan realisasi anggaran 2025.",
    "information_format": "Softcopy PDF",
    "cost": 0,
    "delivery_time": "Lewat e-mail.",
}


def step_data(action: str) -> tuple[str, dict]:
    if action == "process":
        return "", {"unit": InformationUnit.objects.get_or_create(name="Bidang Anggaran")[0]}
    if action == "decide":
        return "", DECISION
    if action == "respond":
        return "", {"outcome": "ditolak", "response": "Keputusan PPID tepat."}
    if action == "register_dispute":
        return "", {"happened_on": datetime.date(2026, 12, 1), "dispute_number": "KI/1/2026"}
    return "Catatan langkah.", {}


def at_stage(kind: str, stage: str, make_request, users):
    """A real record at `stage`, brought there through the steps themselves."""
    request = make_request()
    if kind == REQUEST:
        paths = {
            Stage.RECEIVED: [],
            Stage.INCOMPLETE: [("ask_completion", "Petugas Layanan Informasi")],
            Stage.PROCESSING: [("process", "Petugas Layanan Informasi")],
            Stage.EXTENDED: [("process", "Petugas Layanan Informasi"), ("extend", "PPID")],
            Stage.DECIDED: [("process", "Petugas Layanan Informasi"), ("decide", "PPID")],
            Stage.DELIVERED: [
                ("process", "Petugas Layanan Informasi"),
                ("decide", "PPID"),
                ("deliver", "Petugas Layanan Informasi"),
            ],
        }
        for action, role in paths[stage]:
            note, data = step_data(action)
            perform(request, action, users[role], note=note, data=data)
        return request
    objection = Objection(
        request=request,
        channel="langsung",
        grounds="c",
        ground_arose_on=timezone.localdate(),
        case_position="Belum dijawab.",
    )
    perform(objection, "register_objection", users["Petugas Layanan Informasi"])
    paths = {
        ObjectionStage.RECEIVED: [],
        ObjectionStage.ANSWERED: [("respond", "Atasan PPID")],
        ObjectionStage.DISPUTE: [("register_dispute", "PPID")],
    }
    for action, role in paths[stage]:
        note, data = step_data(action)
        perform(objection, action, users[role], note=note, data=data)
    return objection


STAFF_STEPS = [
    (kind, stage, action, rule.group)
    for (kind, stage, action), rule in TRANSITIONS.items()
    if stage and rule.group != REQUESTER
]
ROLES = (*SERVICE_ROLES, *OTHER_ROLES, "superuser")


@pytest.mark.parametrize(("kind", "stage", "action", "owner"), STAFF_STEPS)
def test_every_step_is_taken_only_by_its_role(kind, stage, action, owner, users, desk_request):
    record = at_stage(kind, stage, desk_request, users)
    note, data = step_data(action)
    for role in ROLES:
        if role == owner:
            continue
        with pytest.raises(PermissionDenied):
            perform(record, action, users[role], note=note, data=data)
        with pytest.raises(PermissionDenied):
            perform(record, action, None, note=note, data=data, by_requester=True)
    record.refresh_from_db()
    assert record.stage == stage  # nothing moved
    if action == "reject_incomplete":
        record.completion_due = timezone.localdate() - datetime.timedelta(days=1)
        type(record).objects.filter(pk=record.pk).update(completion_due=record.completion_due)
    user = users[owner]
    if action == "decide":
        user = users[owner]  # the PPID did not register or route it
    steps_before = record.steps.count()
    perform(record, action, user, note=note, data=data)
    record.refresh_from_db()
    assert record.stage == TRANSITIONS[(kind, stage, action)].to_stage
    assert record.steps.count() == steps_before + 1
    entry = ModelLogEntry.objects.filter(action=f"information_requests.{action}").latest("pk")
    assert entry.user_id == user.pk


def test_requester_steps_need_the_requester(online_request, users):
    for role in ROLES:
        with pytest.raises(PermissionDenied):
            perform(online_request, "confirm", users[role])
    perform(online_request, "confirm", None, by_requester=True)
    assert online_request.stage == Stage.RECEIVED and online_request.number


def test_wrong_stage_is_refused_with_a_reason(desk_request, users):
    request = desk_request()
    with pytest.raises(ValidationError, match="tidak dapat|not possible"):
        perform(request, "deliver", users["Petugas Layanan Informasi"])


def test_four_eyes_on_the_decision(desk_request, users, settings):
    """A person in both groups who registered the request may not decide it, unless the office
    is a one-person desa office (INFORMATION_REQUESTS_FOUR_EYES = False)."""
    from django.contrib.auth.models import Group

    both = users["Petugas Layanan Informasi"]
    both.groups.add(Group.objects.get(name="PPID"))
    request = desk_request()
    note, data = step_data("process")
    perform(request, "process", both, data=data)
    fresh = InformationRequest.objects.get(pk=request.pk)
    with pytest.raises(PermissionDenied, match="(?i)four eyes|empat mata"):
        perform(fresh, "decide", type(both).objects.get(pk=both.pk), data=DECISION)
    settings.INFORMATION_REQUESTS_FOUR_EYES = False
    perform(fresh, "decide", type(both).objects.get(pk=both.pk), data=DECISION)
    assert RequestStep.objects.filter(request=fresh, action="decide").exists()


def test_extension_only_once(desk_request, users):
    request = at_stage(REQUEST, Stage.EXTENDED, desk_request, users)
    from information_requests.transitions import rule_for

    assert rule_for(request, "extend") is None
    with pytest.raises(ValidationError):
        perform(request, "extend", users["PPID"], note="Lagi.")


def test_refusal_needs_the_exemption_ground(desk_request, users):
    request = at_stage(REQUEST, Stage.PROCESSING, desk_request, users)
    with pytest.raises(ValidationError) as error:
        perform(request, "decide", users["PPID"], data={"decision": "ditolak", "cost": 0})
    assert {"exemption_ground", "decision_reason"} <= set(error.value.error_dict)
    request.refresh_from_db()
    assert request.stage == Stage.PROCESSING


def test_objection_kinds_are_covered():
    kinds = {kind for (kind, _stage, _action) in TRANSITIONS}
    assert kinds == {REQUEST, OBJECTION}
