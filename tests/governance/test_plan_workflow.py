"""A1 content plan: every transition by the right role only, four eyes, audit log, and a
signed plan that cannot change (views, model, items)."""

from urllib.parse import urlparse

import pytest
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from wagtail.models import ModelLogEntry, Revision, TaskState

from sop_governance.models import ContentPlan, ContentPlanItem, SignedPlanError

from .conftest import make_plan, member, signed_plan, step, submit

pytestmark = pytest.mark.django_db

EVERYONE = ["operator", "subkoordinator", "koordinator", "kepaladinas", "webdev", "superuser"]


def others(*allowed: str) -> list[str]:
    return [name for name in EVERYONE if name not in allowed] + ["anonymous"]


def login(client, people, name: str):
    if name != "anonymous":
        client.force_login(people[name])
    return client


def refused(response) -> bool:
    """403, or a redirect away (to the login page or the admin home with an error)."""
    target = urlparse(response.get("Location", "")).path
    return response.status_code in (302, 403) and "/edit/" not in target


def plan_form_data(plan: ContentPlan, **changes) -> dict:
    items = list(plan.items.order_by("sort_order"))
    data = {
        "quarter": plan.quarter,
        "notes": plan.notes,
        "items-TOTAL_FORMS": str(len(items)),
        "items-INITIAL_FORMS": str(len(items)),
        "items-MIN_NUM_FORMS": "1",
        "items-MAX_NUM_FORMS": "1000",
    }
    for number, item in enumerate(items):
        prefix = f"items-{number}-"
        data.update(
            {
                prefix + "id": str(item.pk),
                prefix + "title": item.title,
                prefix + "category": item.category,
                prefix + "target_month": str(item.target_month),
                prefix + "responsible": str(item.responsible_id or ""),
                prefix + "page": "",
                prefix + "notes": item.notes,
                prefix + "ORDER": str(number + 1),
            }
        )
    data.update(changes)
    return data


def edit_url(plan) -> str:
    return reverse("sop_governance_plans:edit", args=[plan.pk])


def step_url(plan) -> str:
    return reverse("sop_governance:plan_step", args=[plan.pk, "approve"])


def task_name(plan) -> str | None:
    state = plan.current_workflow_task_state
    return state.task.name if state else None


# -- drafting and submitting ----------------------------------------------------------------


def test_the_sub_koordinator_creates_a_plan_in_the_admin(client, people):
    client.force_login(people["subkoordinator"])
    form = client.get(reverse("sop_governance_plans:add")).content.decode()
    assert 'name="items-TOTAL_FORMS"' in form and "Operator penanggung jawab" in form
    data = {
        "quarter": "2026-Q4",
        "notes": "",
        "items-TOTAL_FORMS": "1",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "1",
        "items-MAX_NUM_FORMS": "1000",
        "items-0-title": "Laporan realisasi anggaran",
        "items-0-category": "berkala",
        "items-0-target_month": "11",
        "items-0-responsible": str(people["operator"].pk),
        "items-0-page": "",
        "items-0-notes": "",
        "items-0-ORDER": "1",
        "items-0-id": "",
    }
    response = client.post(reverse("sop_governance_plans:add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    plan = ContentPlan.objects.get()
    assert (plan.quarter, plan.version, plan.live) == ("2026-Q4", 1, False)
    assert plan.get_latest_revision().as_object().items.get().title == (
        "Laporan realisasi anggaran"
    )


def test_a_target_month_outside_the_quarter_is_refused_with_a_message(client, people):
    client.force_login(people["subkoordinator"])
    plan = make_plan(people["subkoordinator"])
    response = client.post(edit_url(plan), plan_form_data(plan, **{"items-0-target_month": "3"}))
    assert response.status_code == 200
    assert "Bulan target harus berada dalam triwulan" in response.content.decode()


def test_one_plan_per_quarter(client, people):
    make_plan(people["subkoordinator"], "2026-Q4")
    client.force_login(people["subkoordinator"])
    data = plan_form_data(make_plan(people["subkoordinator"], "2027-Q1"))
    data.update({"items-INITIAL_FORMS": "0", "items-0-id": "", "items-1-id": ""})
    data["quarter"] = "2026-Q4"
    for key in [k for k in data if k.startswith("items-") and k.endswith("target_month")]:
        data[key] = "10"
    response = client.post(reverse("sop_governance_plans:add"), data)
    assert response.status_code == 200
    assert "Triwulan ini sudah memiliki daftar konten" in response.content.decode()
    assert ContentPlan.objects.filter(quarter="2026-Q4").count() == 1


@pytest.mark.parametrize("name", others("subkoordinator"))
def test_only_the_sub_koordinator_edits_and_submits(client, people, name):
    plan = make_plan(people["subkoordinator"])
    login(client, people, name)
    revisions = Revision.objects.count()
    get = client.get(edit_url(plan))
    post = client.post(
        edit_url(plan), plan_form_data(plan, notes="diubah", **{"action-submit": "submit"})
    )
    assert refused(get) and refused(post)
    assert Revision.objects.count() == revisions
    plan.refresh_from_db()
    assert plan.current_workflow_state is None


def test_the_sub_koordinator_edits_and_submits(client, people):
    plan = make_plan(people["subkoordinator"])
    client.force_login(people["subkoordinator"])
    assert client.get(edit_url(plan)).status_code == 200
    response = client.post(
        edit_url(plan), plan_form_data(plan, notes="diubah", **{"action-submit": "submit"})
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.get_latest_revision().as_object().notes == "diubah"
    assert task_name(plan) == "Tanda tangan Koordinator"


# -- signing ---------------------------------------------------------------------------------


def submitted_plan(people) -> ContentPlan:
    plan = make_plan(people["subkoordinator"], operator=people["operator"])
    submit(plan, people["subkoordinator"])
    return plan


@pytest.mark.parametrize("name", others("koordinator"))
def test_only_the_koordinator_signs(client, people, name):
    plan = submitted_plan(people)
    login(client, people, name)
    assert refused(client.get(step_url(plan)))
    assert refused(client.post(step_url(plan), {"action": "approve"}))
    state = plan.current_workflow_task_state
    workflow_action = reverse(
        "sop_governance_plans:workflow_action", args=[plan.pk, "approve", state.pk]
    )
    assert refused(client.post(workflow_action))
    if name != "anonymous":
        with pytest.raises(PermissionDenied):
            step(plan, people[name])
    plan.refresh_from_db()
    assert plan.signed_at is None
    assert task_name(plan) == "Tanda tangan Koordinator"


def test_the_koordinator_signs_and_it_is_logged(client, people):
    plan = submitted_plan(people)
    client.force_login(people["koordinator"])
    assert client.get(step_url(plan)).status_code == 200
    response = client.post(step_url(plan), {"action": "approve", "comment": "Setuju"})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.signed_by == people["koordinator"]
    assert plan.submitted_by == people["subkoordinator"]
    assert task_name(plan) == "Tanda terima Kepala Dinas/Lurah"
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(plan.pk)).values_list("action", flat=True)
    )
    assert {"wagtail.workflow.start", "wagtail.workflow.approve"} <= actions
    assert "sop_governance.plan.sign" in actions


def test_the_koordinator_may_send_it_back_with_a_reason(client, people):
    plan = submitted_plan(people)
    client.force_login(people["koordinator"])
    response = client.post(step_url(plan), {"action": "reject", "comment": ""})
    assert response.status_code == 200  # a reason is required
    response = client.post(step_url(plan), {"action": "reject", "comment": "Tambah item"})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.signed_at is None
    assert plan.current_workflow_state.status == "needs_changes"
    client.force_login(people["subkoordinator"])
    assert client.get(edit_url(plan)).status_code == 200  # back to the drafter


def test_four_eyes_the_drafter_never_signs_even_in_both_groups(people):
    both = member("keduanya", "Sub Koordinator")
    both.groups.add(people["koordinator"].groups.get())
    plan = make_plan(both)
    submit(plan, both)
    with pytest.raises(PermissionDenied):
        step(plan, both)
    step(plan, people["koordinator"])
    plan.refresh_from_db()
    assert plan.signed_by == people["koordinator"]


# -- receipt ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", others("kepaladinas"))
def test_only_the_head_of_office_acknowledges_receipt(client, people, name):
    plan = signed_plan(people, received=False)
    login(client, people, name)
    assert refused(client.post(step_url(plan), {"action": "approve"}))
    if name != "anonymous":
        with pytest.raises(PermissionDenied):
            step(plan, people[name])
    plan.refresh_from_db()
    assert plan.received_at is None and not plan.live


def test_the_head_of_office_acknowledges_and_the_plan_is_live(client, people):
    plan = signed_plan(people, received=False)
    client.force_login(people["kepaladinas"])
    response = client.post(step_url(plan), {"action": "approve"})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.received_by == people["kepaladinas"]
    assert plan.live and plan.current_workflow_state is None
    assert plan.signed_by == people["koordinator"]  # the publication kept the signature
    assert [item.title for item in plan.items.order_by("sort_order")] == [
        "Laporan keuangan",
        "Rencana kerja",
    ]
    entry = ModelLogEntry.objects
    assert entry.filter(object_id=str(plan.pk), action="sop_governance.plan.receive").exists()
    assert entry.filter(object_id=str(plan.pk), action="wagtail.publish").exists()


def test_a_head_who_signed_cannot_also_receive(people):
    """Four eyes across the two steps: the signer is excluded from the receipt."""
    plan = submitted_plan(people)
    head_and_koordinator = member("rangkap", "Koordinator")
    head_and_koordinator.groups.add(people["kepaladinas"].groups.get())
    step(plan, head_and_koordinator)
    with pytest.raises(PermissionDenied):
        step(plan, head_and_koordinator)
    step(plan, people["kepaladinas"])
    plan.refresh_from_db()
    assert plan.is_received


# -- a signed plan does not change -----------------------------------------------------------


@pytest.mark.parametrize("received", [False, True])
def test_a_signed_plan_cannot_be_edited_in_the_admin(client, people, received):
    plan = signed_plan(people, received=received)
    client.force_login(people["subkoordinator"])
    revisions = Revision.objects.count()
    get = client.get(edit_url(plan))
    assert get.status_code == 302
    assert get["Location"] == reverse("sop_governance_plans:inspect", args=[plan.pk])
    for action in ({}, {"action-submit": "submit"}, {"action-cancel-workflow": "x"}):
        data = plan_form_data(plan, notes="diubah", **{"items-0-title": "Lain"}, **action)
        response = client.post(edit_url(plan), data)
        assert response.status_code == 302
    assert Revision.objects.count() == revisions
    plan.refresh_from_db()
    assert plan.notes == "" and plan.items.order_by("sort_order")[0].title == "Laporan keuangan"
    if not received:
        assert task_name(plan) == "Tanda terima Kepala Dinas/Lurah"


def test_a_signed_plan_cannot_be_changed_through_the_model(people):
    plan = signed_plan(people)
    plan.notes = "diubah"
    with pytest.raises(SignedPlanError):
        plan.save()
    plan = ContentPlan.objects.get(pk=plan.pk)
    with pytest.raises(SignedPlanError):
        plan.save_revision(user=people["subkoordinator"])
    item = plan.items.first()
    item.title = "Lain"
    with pytest.raises(SignedPlanError):
        item.save()
    with pytest.raises(SignedPlanError):
        ContentPlanItem.objects.create(
            plan=plan, title="Baru", category="berkala", target_month=10
        )
    with pytest.raises(SignedPlanError), transaction.atomic():
        ContentPlanItem.objects.filter(plan=plan).delete()
    with pytest.raises(SignedPlanError), transaction.atomic():
        plan.items.first().delete()
    assert plan.items.count() == 2
    assert ContentPlan.objects.get(pk=plan.pk).notes == ""


def test_nobody_deletes_or_publishes_a_plan_directly(client, people):
    plan = make_plan(people["subkoordinator"])
    for name in ("subkoordinator", "superuser"):
        client.force_login(people[name])
        response = client.post(reverse("sop_governance_plans:delete", args=[plan.pk]))
        assert refused(response)
        response = client.post(edit_url(plan), plan_form_data(plan, **{"action-publish": "x"}))
        plan.refresh_from_db()
        assert not plan.live
    assert ContentPlan.objects.filter(pk=plan.pk).exists()


# -- new versions ----------------------------------------------------------------------------


def new_version_url(plan) -> str:
    return reverse("sop_governance:plan_new_version", args=[plan.pk])


@pytest.mark.parametrize("name", others("subkoordinator"))
def test_only_the_sub_koordinator_supersedes(client, people, name):
    plan = signed_plan(people)
    login(client, people, name)
    assert refused(client.post(new_version_url(plan)))
    assert ContentPlan.objects.count() == 1


def test_a_new_version_copies_the_items_and_is_a_draft(client, people):
    plan = signed_plan(people)
    client.force_login(people["subkoordinator"])
    response = client.post(new_version_url(plan))
    successor = ContentPlan.objects.get(supersedes=plan)
    assert response["Location"] == edit_url(successor)
    assert (successor.quarter, successor.version, successor.live) == ("2026-Q4", 2, False)
    assert successor.signed_at is None
    assert [(i.title, i.target_month) for i in successor.items.order_by("sort_order")] == [
        ("Laporan keuangan", 10),
        ("Rencana kerja", 11),
    ]
    assert list(ContentPlan.objects.current()) == [successor]
    # the new version is edited as usual, the old one stays as signed
    response = client.post(edit_url(successor), plan_form_data(successor, notes="Revisi"))
    assert response.status_code == 302
    assert ContentPlan.objects.get(pk=plan.pk).notes == ""
    entry = ModelLogEntry.objects
    assert entry.filter(object_id=str(plan.pk), action="sop_governance.plan.supersede").exists()
    # only once
    response = client.post(new_version_url(plan))
    assert ContentPlan.objects.count() == 2


def test_an_unsigned_plan_is_not_superseded(client, people):
    plan = submitted_plan(people)
    client.force_login(people["subkoordinator"])
    client.post(new_version_url(plan))
    assert ContentPlan.objects.count() == 1


def test_the_workflow_history_lists_both_steps(people):
    plan = signed_plan(people)
    states = TaskState.objects.filter(workflow_state__object_id=str(plan.pk)).order_by("pk")
    assert [(s.task.name, s.status, s.finished_by.username) for s in states] == [
        ("Tanda tangan Koordinator", "approved", "koordinator"),
        ("Tanda terima Kepala Dinas/Lurah", "approved", "kepaladinas"),
    ]


def test_wagtails_own_workflow_action_view_works_for_the_koordinator(client, people):
    """The "Awaiting your review" panel of the admin home posts here."""
    plan = submitted_plan(people)
    state = plan.current_workflow_task_state
    url = reverse("sop_governance_plans:workflow_action", args=[plan.pk, "approve", state.pk])
    client.force_login(people["koordinator"])
    assert client.post(url).status_code == 302
    plan.refresh_from_db()
    assert plan.signed_by == people["koordinator"]
