"""(Run from the repository as tests/test_superuser_sock_puppet_reviewers.py:
it uses the suite's helpers and fixtures.)

attack13n: one superuser publishes alone through two reviewer accounts they made themselves.

Role: a superuser (the site administrator), only through the real admin views:
  1. /admin/users/new/ twice: "subkoor2" in the Sub Koordinator group and "koor2" in the
     Koordinator group, with passwords the superuser chose;
  2. logs in as each (password + second factor enrolled by the same person), and approves the
     page an Operator submitted, first as "subkoor2", then as "koor2".
The workflow sees two different reviewers; the audit chain records two approvals by two people.
Issue 13: "nothing reaches the public unless ... two different reviewers saw exactly those
bytes" and "Superuser create/publish paths: no page is ever live without passing the finish
action". The finish action is passed, but by one human: giving oneself the reviewer roles is a
path round the four-eyes rule that no check looks at (the account audit logs the group change,
nothing holds it).

Expected: a reviewer role given by one person does not count for an approval until a second
person confirmed it (or the account's creator/role-giver is counted as a contributor of every
approval that account makes), or an account made by X cannot approve when X could not. Fails on
main: the page goes live.
"""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from tests.security.accounts import login, make_admin
from tests.test_asset_versions import submit_using
from tests.test_workflow_bypass import current_task_state, draft_page, fresh, member

pytestmark = pytest.mark.django_db

PASSWORD = "Sandi-Boneka-2026!"  # noqa: S105 - a test account


def add_user(admin_client: Client, username: str, role: str) -> User:
    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": username,
            "email": f"{username}@contohkab.go.id",
            "first_name": username,
            "last_name": "Boneka",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "is_active": "on",
            "groups": [Group.objects.get(name=role).pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    return User.objects.get(username=username)


def approve(username: str, page) -> int:
    client = Client()
    login(client, username, PASSWORD)
    client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    return client.post(url, {"comment": ""}).status_code


def test_a_superuser_approves_alone_through_accounts_they_created(client):
    operator = member("Operator")
    make_admin()
    page = draft_page(operator)
    submit_using(client, operator, page)

    admin_client = Client()
    login(admin_client)
    add_user(admin_client, "subkoor2", "Sub Koordinator")
    add_user(admin_client, "koor2", "Koordinator")

    approve("subkoor2", page)
    approve("koor2", page)
    assert not fresh(page).live, "one superuser published through two accounts they made"
