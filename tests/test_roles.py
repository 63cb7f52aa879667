"""The SOP's five roles and the information service's three exist once, with their duties, and
none of them may publish."""

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission, User
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from ppid_pages.models import SopRole
from ppid_pages.roles import all_roles, sync_roles

pytestmark = pytest.mark.django_db

ROLE_NAMES = {
    "Operator",
    "Sub Koordinator",
    "Koordinator",
    "Kepala Dinas",
    "Web Developer",
    "Petugas Layanan Informasi",
    "PPID",
    "Atasan PPID",
}


def snapshot() -> tuple:
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        sorted(SopRole.objects.values_list("group__name", "duties")),
        sorted(GroupPagePermission.objects.values_list("group__name", "permission__codename")),
        sorted(
            GroupCollectionPermission.objects.values_list("group__name", "permission__codename")
        ),
        sorted(
            Permission.objects.filter(group__isnull=False).values_list("group__name", "codename")
        ),
    )


def user_in(role: str) -> User:
    user = User.objects.create_user(role.lower().replace(" ", ""), password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


def test_every_role_group_exists_with_its_duties():
    assert set(Group.objects.values_list("name", flat=True)) == ROLE_NAMES
    for role in SopRole.objects.select_related("group"):
        assert len(role.duties) > 50
    assert SopRole.objects.count() == len(all_roles()) == 8


def test_syncing_roles_again_changes_nothing():
    before = snapshot()
    sync_roles(django_apps)
    sync_roles(django_apps)
    assert snapshot() == before


def test_sync_restores_a_tampered_group():
    operator = Group.objects.get(name="Operator")
    home = Page.objects.get(depth=2)
    publish = Permission.objects.get(codename="publish_page")
    GroupPagePermission.objects.create(group=operator, page=home, permission=publish)
    sync_roles(django_apps)
    assert not GroupPagePermission.objects.filter(permission__codename="publish_page").exists()


def test_no_group_holds_publish_permission():
    assert not GroupPagePermission.objects.filter(
        permission__codename__in=["publish_page", "bulk_delete_page", "unlock_page"]
    ).exists()


@pytest.mark.parametrize("role", sorted(ROLE_NAMES))
def test_no_role_can_publish_any_page(role):
    user = user_in(role)
    policy = PagePermissionPolicy()
    for page in Page.objects.all():
        assert not policy.user_has_permission_for_instance(user, "publish", page)


@pytest.mark.parametrize(
    ("role", "can_edit"),
    [
        ("Operator", True),
        ("Sub Koordinator", True),
        ("Koordinator", True),
        ("Kepala Dinas", False),
        ("Web Developer", False),
    ],
)
def test_only_content_roles_edit_pages(role, can_edit):
    user = user_in(role)
    home = Page.objects.get(depth=2)
    assert user.has_perm("wagtailadmin.access_admin")
    assert (
        PagePermissionPolicy().user_has_permission_for_instance(user, "change", home) is can_edit
    )


def test_wagtail_starter_groups_are_removed():
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()


@pytest.mark.parametrize("role", sorted(ROLE_NAMES))
def test_every_role_reaches_the_admin(client, role):
    client.force_login(user_in(role))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "<title>Dasbor" in response.content.decode()  # the admin speaks Indonesian
