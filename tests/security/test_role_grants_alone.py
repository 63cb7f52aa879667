"""One superuser alone cannot make a reviewer (issue 13, attack13q breaks 2, 4 and 6;
security.role_grants).

- A group added to a workflow approval task in Wagtail's task editor, or an approve/publish/
  user-management permission given to a group in the group editor, took effect at once: one
  superuser made a new group, put an accomplice in it and the group on the Koordinator's task.
- The confirmer only had to be neither granter nor grantee: the superuser made a user manager
  account and confirmed their own grant with it.
- A RoleGrant row inserted in SQL ("given by" an administrator) was confirmed as if given.
Each change now waits for a second person whose rights the granter did not give, and a grant
counts only with its chained audit entry. Each test fails on the code before.
"""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Task

from security.models import RoleGrant
from tests.security.accounts import PASSWORD, login, make_admin
from tests.test_workflow_bypass import (
    ROLES,
    current_task_state,
    draft_page,
    fresh,
    member,
    submit,
)

pytestmark = pytest.mark.django_db

FORMSETS = (
    "page_permissions",
    "collection_permissions",
    "document_permissions",
    "image_permissions",
)


def new_group(client: Client, name: str, permissions=()) -> Group:
    """Wagtail's group editor (/admin/groups/new/), as the superuser in `client`."""
    data = {"name": name, "permissions": [p.pk for p in permissions]}
    for prefix in FORMSETS:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    response = client.post(reverse("wagtailusers_groups:add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return Group.objects.get(name=name)


def edit_user(client: Client, user: User, groups) -> None:
    response = client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {
            "username": user.username,
            "email": user.email,
            "first_name": "Ka",
            "last_name": "Wan",
            "is_active": "on",
            "groups": [group.pk for group in groups],
        },
    )
    assert response.status_code == 302, response.content.decode()[:1500]


def approve_with(client: Client, page) -> int:
    state = current_task_state(page)
    client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    return client.post(url, {"comment": ""}).status_code


def test_a_group_put_on_a_review_task_waits_for_a_second_person(client):
    make_admin()
    make_admin("admin2")
    people = {role: member(role) for role in ROLES}
    accomplice = User.objects.create_user("kawan", email="kawan@contohkab.go.id", password="x")
    login(client)
    group = new_group(client, "Tim Verifikasi")
    edit_user(client, accomplice, [group, Group.objects.get(name="Operator")])
    task = Task.objects.get(name="Persetujuan Koordinator").specific
    response = client.post(
        reverse("wagtailadmin_workflows:edit_task", args=[task.pk]),
        {"name": task.name, "groups": [*task.groups.values_list("pk", flat=True), group.pk]},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert not task.groups.filter(pk=group.pk).exists()  # held
    grant = RoleGrant.objects.get(task=task, group=group, confirmed_at__isnull=True)

    page = draft_page(people["Operator"])
    submit(Client(), people["Operator"], page)
    sub = Client()
    sub.force_login(people["Sub Koordinator"])
    approve_with(sub, page)
    kawan = Client()
    kawan.force_login(accomplice)
    approve_with(kawan, page)
    assert not fresh(page).live, "the accomplice approved as the Koordinator's step"

    client.post(reverse("security_role_grants"), {"grant": grant.pk})  # the granter: refused
    assert not task.groups.filter(pk=group.pk).exists()
    second = Client()
    login(second, "admin2", PASSWORD)
    second.post(reverse("security_role_grants"), {"grant": grant.pk})
    assert task.groups.filter(pk=group.pk).exists()


def test_the_user_management_permission_of_a_group_waits_for_a_second_person(client):
    make_admin()
    login(client)
    managers = new_group(
        client,
        "Admin Pengguna",
        Permission.objects.filter(codename__in=["change_user", "access_admin"]),
    )
    assert set(managers.permissions.values_list("codename", flat=True)) == {"access_admin"}
    assert RoleGrant.objects.filter(group=managers, permission__codename="change_user").exists()


def test_one_superuser_cannot_confirm_their_grant_through_a_user_manager_they_made(client):
    first = make_admin()
    accomplice = User.objects.create_user("kawan", email="kawan@contohkab.go.id", password="x")
    managers = Group.objects.create(name="Admin Pengguna")
    managers.permissions.add(
        *Permission.objects.filter(codename__in=["change_user", "access_admin"])
    )  # the command line: not held
    login(client)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "pembantu",
            "email": "pembantu@contohkab.go.id",
            "first_name": "Pem",
            "last_name": "Bantu",
            "password1": "Sandi-Pembantu-2026!",
            "password2": "Sandi-Pembantu-2026!",
            "groups": [managers.pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    koordinator = Group.objects.get(name="Koordinator")
    edit_user(client, accomplice, [koordinator])
    grant = RoleGrant.objects.get(user=accomplice, confirmed_at__isnull=True)
    assert grant.granted_by == first
    puppet = Client()
    assert login(puppet, "pembantu", "Sandi-Pembantu-2026!").status_code == 302
    puppet.post(reverse("security_role_grants"), {"grant": grant.pk})
    assert not accomplice.groups.filter(pk=koordinator.pk).exists(), (
        "one superuser confirmed their own grant through a user manager they created"
    )


def test_a_grant_row_forged_in_sql_is_not_confirmed(client):
    first = make_admin()
    make_admin("admin2")
    insider = member("Operator", "orangdalam")
    koordinator = Group.objects.get(name="Koordinator")
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {RoleGrant._meta.db_table} "  # noqa: S608
            "(user_id, group_id, superuser, granted_by_id, granted_at) "
            "VALUES (%s, %s, %s, %s, %s)",
            [insider.pk, koordinator.pk, False, first.pk, timezone.now()],
        )
    grant = RoleGrant.objects.get(user=insider)
    second = Client()
    login(second, "admin2")
    page = second.get(reverse("security_role_grants")).content.decode()
    assert "orangdalam" in page and "Tidak tercatat di log audit" in page
    second.post(reverse("security_role_grants"), {"grant": grant.pk})
    assert not insider.groups.filter(pk=koordinator.pk).exists()


def test_a_genuine_grant_rewritten_in_sql_is_not_confirmed(client):
    make_admin()
    make_admin("admin2")
    target = User.objects.create_user("calon", email="calon@contohkab.go.id", password="x")
    login(client)
    edit_user(client, target, [Group.objects.get(name="Sub Koordinator")])
    grant = RoleGrant.objects.get(user=target)
    koordinator = Group.objects.get(name="Koordinator")
    RoleGrant.objects.filter(pk=grant.pk).update(group=koordinator)  # SQL
    second = Client()
    login(second, "admin2")
    second.post(reverse("security_role_grants"), {"grant": grant.pk})
    assert not target.groups.filter(pk=koordinator.pk).exists()
