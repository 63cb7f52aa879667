"""The role configuration is sealed (issue 13, fix13q; security.seals.role_state): what lets a
group approve or publish is bound to AUDIT_CHAIN_KEY, like the accounts.

A database insider who adds a row to auth_group_permissions (approve or publish rights for
the Operator group), to wagtailcore_grouppagepermission or _groupcollectionpermission, or the
Operator group to a workflow review task lets one person act as a reviewer they are not. Each
such row now breaks the role seal: the next login and every state-changing request are refused
(audit entry, integrity alert), and the workflow's approval refuses. The application's own
writes reseal, and never launder an SQL change."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    ModelLogEntry,
    Page,
)

from integrity.models import IntegrityAlert
from moderation.models import SopReviewTask
from security import seals
from tests.security.accounts import login

from .test_account_seals import person

pytestmark = pytest.mark.django_db

ROLES_MISMATCH = "ppid.auth.roles_seal_mismatch"


def operator_group() -> Group:
    return Group.objects.get(name="Operator")


def refused_and_recorded(user) -> None:
    assert ModelLogEntry.objects.filter(action=ROLES_MISMATCH, object_id=str(user.pk)).exists()
    assert IntegrityAlert.objects.open().filter(kind="account_changed", page_url="roles").exists()


def publish_right_in_sql():
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(
                group=operator_group(),
                page=Page.objects.get(depth=1),
                permission=Permission.objects.get(codename="publish_page"),
            )
        ]
    )


def approve_right_in_sql():
    # What an INSERT INTO auth_group_permissions does: no m2m_changed.
    Group.permissions.through.objects.create(
        group=operator_group(),
        permission=Permission.objects.filter(codename__startswith="approve_").first(),
    )


def collection_right_in_sql():
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(
                group=operator_group(),
                collection=Collection.objects.get(depth=1),
                permission=Permission.objects.filter(content_type__app_label="wagtaildocs")
                .exclude(groupcollectionpermission__group=operator_group())
                .first(),
            )
        ]
    )


def review_task_group_in_sql():
    task = SopReviewTask.objects.first()
    SopReviewTask.groups.through.objects.create(sopreviewtask=task, group=operator_group())


def approval_task_group_in_sql():
    task = GroupApprovalTask.objects.create(name="Tugas lain")
    GroupApprovalTask.groups.through.objects.create(groupapprovaltask=task, group=operator_group())


SQL_CHANGES = {
    "publish_page": publish_right_in_sql,
    "approve_permission": approve_right_in_sql,
    "collection_permission": collection_right_in_sql,
    "sop_review_task_group": review_task_group_in_sql,
    "group_approval_task_group": approval_task_group_in_sql,
}


def test_the_roles_are_sealed_after_migrate():
    assert seals.roles_intact()


@pytest.mark.parametrize("change", list(SQL_CHANGES))
def test_a_role_row_added_in_sql_refuses_login_and_every_action(client, change):
    user = person()
    assert login(client, "operator").status_code == 302
    SQL_CHANGES[change]()
    assert not seals.roles_intact()
    response = client.post(reverse("wagtailadmin_pages:add_subpage", args=[2]), {})
    assert response.status_code == 302 and "login" in response["Location"]
    refused_and_recorded(user)
    assert login(Client(), "operator", second_factor=False).status_code == 200


def test_the_application_reseals_its_own_role_changes_and_launders_none():
    group = Group.objects.create(name="Tim Uji")  # the application's writes
    group.permissions.add(Permission.objects.get(codename="change_document"))
    GroupPagePermission.objects.create(
        group=group,
        page=Page.objects.get(depth=1),
        permission=Permission.objects.get(codename="add_page"),
    )
    SopReviewTask.objects.first().groups.add(group)
    assert seals.roles_intact()

    approve_right_in_sql()
    group.permissions.remove(Permission.objects.get(codename="change_document"))
    GroupPagePermission.objects.filter(group=group).delete()
    group.name = "Tim Uji Dua"
    group.save()  # later application writes do not make the SQL change good
    assert not seals.roles_intact()


def test_the_review_step_refuses_while_the_roles_do_not_match():
    """The workflow's approval checks the role seal itself (a path without the middleware:
    a worker, a command, a future view)."""
    from django.core.exceptions import PermissionDenied
    from wagtail.models import TaskState

    from moderation.workflow import require_seals

    user = person()
    require_seals(user, "test")
    review_task_group_in_sql()
    with pytest.raises(PermissionDenied):
        require_seals(user, "test")
    refused_and_recorded(user)
    assert TaskState is not None


def test_seal_accounts_roles_is_the_recovery():
    approve_right_in_sql()
    assert not seals.roles_intact()
    call_command("seal_accounts", "--roles")
    assert seals.roles_intact()
    assert ModelLogEntry.objects.filter(action="ppid.auth.roles_resealed").exists()


def test_the_check_is_two_small_queries():
    with CaptureQueriesContext(connection) as queries:
        assert seals.roles_intact()
    assert len(queries) == 2


def test_wagtails_group_views_reseal_the_roles(rf):
    """Wagtail's group views write page and collection permissions with bulk_create, which
    sends no signal: SealCheckMiddleware reseals after a POST to those views, which it found
    with the roles intact; any other request reseals nothing."""
    from django.urls import resolve

    from security.seals import ROLE_VIEWS, SealCheckMiddleware

    for name, args in (("add", []), ("edit", [1]), ("delete", [1])):
        assert resolve(reverse(f"wagtailusers_groups:{name}", args=args)).view_name in ROLE_VIEWS
    user = person()

    def group_view(request):  # what Wagtail's group form does
        publish_right_in_sql()
        return HttpResponse()

    for role_view, intact_after in ((False, False), (True, True)):
        request = rf.post("/admin/groups/1/")
        request.user = user
        request.session = {}
        if role_view:
            request._ppid_role_view = True  # process_view: the URL is a group view
        SealCheckMiddleware(group_view)(request)
        assert seals.roles_intact() is intact_after
        GroupPagePermission.objects.filter(
            group=operator_group(), permission__codename="publish_page"
        ).delete()
        seals.seal_roles()
