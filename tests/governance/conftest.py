"""Shared set-up for the SOP governance tests: one user per role and content plans."""

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import Site

from ppid_pages.models import PPIDSettings
from sop_governance.models import ContentPlan, ContentPlanItem

ROLES = {
    "operator": "Operator",
    "subkoordinator": "Sub Koordinator",
    "koordinator": "Koordinator",
    "kepaladinas": "Kepala Dinas",
    "webdev": "Web Developer",
}


def member(username: str, role: str | None = None, **extra) -> User:
    user = User.objects.create_user(
        username,
        email=f"{username}@contohkab.go.id",
        password="x",
        first_name=username.capitalize(),
        last_name="Contoh",
        **extra,
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def people(db) -> dict[str, User]:
    users = {name: member(name, role) for name, role in ROLES.items()}
    users["superuser"] = member("admin", is_superuser=True, is_staff=True)
    return users


@pytest.fixture
def office(db) -> PPIDSettings:
    settings = PPIDSettings.for_site(Site.objects.get(is_default_site=True))
    settings.office_name = "Dinas Komunikasi dan Informatika"
    settings.parent_institution = "Pemerintah Kabupaten Contoh"
    settings.address = "Jl. Merdeka No. 1"
    settings.save()
    return settings


def make_plan(author: User, quarter: str = "2026-Q4", items=None, operator=None) -> ContentPlan:
    operator = operator or User.objects.filter(groups__name="Operator").first()
    plan = ContentPlan(quarter=quarter, live=False)
    plan.items = [
        ContentPlanItem(
            title=title,
            category="berkala",
            target_month=month,
            responsible=operator,
            sort_order=number,
        )
        for number, (title, month) in enumerate(
            items or [("Laporan keuangan", 10), ("Rencana kerja", 11)]
        )
    ]
    plan.save()
    plan.save_revision(user=author)
    return plan


def submit(plan: ContentPlan, user: User):
    return plan.get_workflow().start(ContentPlan.objects.get(pk=plan.pk), user)


def step(plan: ContentPlan, user: User, action: str = "approve", comment: str = "") -> None:
    from sop_governance.actions import current_plan_task

    state, task = current_plan_task(plan)
    task.on_action(state, user, action, comment=comment)


def signed_plan(people, quarter: str = "2026-Q4", received: bool = True) -> ContentPlan:
    plan = make_plan(people["subkoordinator"], quarter, operator=people["operator"])
    submit(plan, people["subkoordinator"])
    step(plan, people["koordinator"])
    if received:
        step(plan, people["kepaladinas"])
    return ContentPlan.objects.get(pk=plan.pk)
