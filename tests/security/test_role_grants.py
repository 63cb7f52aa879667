"""Maker-checker on reviewing roles (issue 13, fix13o; security.role_grants).

attack13n (tests/test_superuser_sock_puppet_reviewers.py): one superuser made two reviewer
accounts and approved as both. A reviewing role given in the web admin (a reviewing group or
superuser) is held until a different person with user-management rights confirms it; both
steps are in the audit log. Accounts made on the command line (make_admin, create_user) are
not held. Each test fails on the code before: the role takes effect at once.
"""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.security.accounts import PASSWORD, login, make_admin

pytestmark = pytest.mark.django_db

HELD = "ppid.auth.role_grant_held"
CONFIRMED = "ppid.auth.role_grant_confirmed"


def edit(client, user, **fields):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": "Uji",
        "last_name": "Peran",
        "is_active": "on",
        **fields,
    }
    response = client.post(reverse("wagtailusers_users:edit", args=[user.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_reviewing_group_takes_effect_when_a_second_person_confirms(client):
    first = make_admin()
    make_admin("admin2")
    target = User.objects.create_user("calon", email="calon@contohkab.go.id", password="x")
    koordinator = Group.objects.get(name="Koordinator")
    operator = Group.objects.get(name="Operator")
    login(client)
    edit(client, target, groups=[koordinator.pk, operator.pk])

    assert set(target.groups.values_list("name", flat=True)) == {"Operator"}
    held = ModelLogEntry.objects.get(action=HELD, object_id=str(target.pk))
    assert held.user_id == first.pk and held.data["role"] == "Koordinator"

    page = client.get(reverse("security_role_grants"))
    assert "Orang lain yang harus mengonfirmasi" in page.content.decode()
    grant = held.data["grant"]
    client.post(reverse("security_role_grants"), {"grant": grant})  # the granter: refused
    assert not target.groups.filter(name="Koordinator").exists()

    second = Client()
    login(second, "admin2", PASSWORD)
    assert second.post(reverse("security_role_grants"), {"grant": grant}).status_code == 302
    assert target.groups.filter(name="Koordinator").exists()
    confirmed = ModelLogEntry.objects.get(action=CONFIRMED, object_id=str(target.pk))
    assert confirmed.user.username == "admin2"


def test_superuser_given_in_the_web_is_held(client):
    make_admin()
    target = User.objects.create_user("calon", email="calon@contohkab.go.id", password="x")
    login(client)
    edit(client, target, is_superuser="on")
    target.refresh_from_db()
    assert not target.is_superuser
    assert ModelLogEntry.objects.filter(action=HELD, object_id=str(target.pk)).exists()


def test_a_group_that_is_no_reviewing_role_is_not_held(client):
    make_admin()
    target = User.objects.create_user("calon", email="calon@contohkab.go.id", password="x")
    login(client)
    edit(client, target, groups=[Group.objects.get(name="Operator").pk])
    assert target.groups.filter(name="Operator").exists()
    assert not ModelLogEntry.objects.filter(action=HELD).exists()
