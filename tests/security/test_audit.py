"""Account events in Wagtail's audit log, never with a password."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.log_actions import registry
from wagtail.models import ModelLogEntry

from .accounts import PASSWORD, account_form, login, make_admin

pytestmark = pytest.mark.django_db

User = get_user_model()


def entries(action: str):
    return ModelLogEntry.objects.filter(action=action).order_by("pk")


def test_actions_are_registered():
    for action in (
        "ppid.auth.login",
        "ppid.auth.login_failed",
        "ppid.auth.logout",
        "ppid.auth.password_change",
        "ppid.auth.groups_changed",
        "ppid.auth.user_permissions_changed",
        "ppid.auth.group_permissions_changed",
    ):
        assert registry.action_exists(action), action


def test_login_and_logout_are_logged_with_the_address(client):
    user = make_admin()
    login(client)
    entry = entries("ppid.auth.login").get()
    assert entry.object_id == str(user.pk) and entry.user_id == user.pk
    assert entry.data["ip"] == "127.0.0.1"
    client.post("/admin/logout/")
    assert entries("ppid.auth.logout").get().object_id == str(user.pk)


def test_failed_login_logs_username_and_address_never_the_password(client):
    user = make_admin()
    client.post("/admin/login/", {"username": "admin", "password": "Salah-Sekali-123"})
    client.post("/admin/login/", {"username": "tidakada", "password": "Rahasia-Orang-456"})
    known, unknown = entries("ppid.auth.login_failed")
    assert known.object_id == str(user.pk)
    assert known.data == {"username": "admin", "ip": "127.0.0.1"}
    assert unknown.object_id == "-" and unknown.label == "tidakada"
    assert unknown.data["username"] == "tidakada"
    stored = json.dumps([known.data, unknown.data, known.label, unknown.label])
    assert "Salah-Sekali" not in stored and "Rahasia-Orang" not in stored
    assert not entries("ppid.auth.login").exists()


def test_password_change_in_the_account_page_is_logged(client):
    user = make_admin()
    login(client)
    response = client.post("/admin/account/", account_form(user, PASSWORD, "Sandi-Baru-2026!"))
    assert response.status_code == 302
    entry = entries("ppid.auth.password_change").get()
    assert entry.object_id == str(user.pk) and entry.user_id == user.pk
    assert "Sandi-Baru" not in json.dumps(entry.data)


def test_creating_a_user_is_not_a_password_change():
    make_admin()
    assert not entries("ppid.auth.password_change").exists()


def test_group_membership_changes_are_logged():
    user = make_admin()
    editors = Group.objects.create(name="Grup Uji")
    user.groups.add(editors)
    user.groups.remove(editors)
    editors.user_set.add(user)
    user.groups.clear()
    logged = [
        entry.data for entry in entries("ppid.auth.groups_changed").filter(object_id=user.pk)
    ]
    assert logged == [
        {"added": ["Grup Uji"]},
        {"removed": ["Grup Uji"]},
        {"added": ["Grup Uji"]},
        {"removed": ["Grup Uji"]},
    ]


def test_permission_changes_of_users_and_groups_are_logged():
    user = make_admin()
    group = Group.objects.create(name="Grup Uji Izin")
    permission = Permission.objects.get(codename="access_admin")
    group.permissions.add(permission)
    user.user_permissions.add(permission)
    group.permissions.clear()
    group_entries = entries("ppid.auth.group_permissions_changed").filter(object_id=group.pk)
    assert [entry.data for entry in group_entries] == [
        {"added": ["wagtailadmin.access_admin"]},
        {"removed": ["wagtailadmin.access_admin"]},
    ]
    assert group_entries[0].object_id == str(group.pk)
    user_entry = entries("ppid.auth.user_permissions_changed").get(object_id=user.pk)
    assert user_entry.data == {"added": ["wagtailadmin.access_admin"]}


def test_group_change_in_the_admin_names_the_acting_user(client):
    admin = make_admin()
    target = User.objects.create_user("operator", password="Sandi-Operator-2026")
    group = Group.objects.create(name="Grup Uji")
    login(client)
    response = client.post(
        f"/admin/users/edit/{target.pk}/",
        {
            "username": "operator",
            "email": "operator@contohkab.go.id",
            "first_name": "Op",
            "last_name": "Erator",
            "is_active": "on",
            "groups": [group.pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = entries("ppid.auth.groups_changed").get(object_id=target.pk)
    assert entry.object_id == str(target.pk)
    assert entry.user_id == admin.pk
