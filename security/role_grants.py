"""Maker-checker on reviewing roles (issue 13, fix13o).

One superuser could create two accounts at /admin/users/new/, one in Sub Koordinator and one
in Koordinator, and approve a page as both: the workflow saw two reviewers, the office had one
person. A reviewing role given through the web (a group with approval rights: a group of an
approval task of a workflow, the SOP's reviewing roles, a group holding an approve_* permission;
or superuser) is now held as a pending RoleGrant and takes effect only when a DIFFERENT person
with user-management rights (auth.change_user), neither the granter nor the grantee, confirms
it at /admin/keamanan/peran/. Both steps are in the audit log. Accounts and roles made on the
server's command line (createsuperuser, the demo loader, management commands: no web request,
no acting user) are not held: that is the bootstrap of an office's first accounts.

Issue 13, attack13q: one superuser could still do it alone, three ways, now closed:
- Every change in the web that makes someone able to approve or publish is held, not only a
  user put in a reviewing group: a group added to a workflow approval task (Wagtail's task
  editor) and an approve/publish permission or the user-management permission given to a
  group (Wagtail's group editor). Each is a pending RoleGrant of its own.
- The confirmer's authority must not come from the granter (`shares_chain`): nobody confirms
  a grant of a person who created their account, changed their groups or permissions, or
  changed the permissions of a group they are in (the chained audit entries say who did).
- A grant counts only with the chained audit entry written when it was held (`vouched`): a
  RoleGrant row inserted or rewritten in SQL is shown as such and cannot be confirmed.
"""

from __future__ import annotations

import threading

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.log_actions import log

REVIEWING_ROLES = ("Sub Koordinator", "Koordinator", "Kepala Dinas")
# Permissions that let a group's members approve, publish, or confirm grants (change_user).
AUTHORITY_PREFIXES = ("approve_", "publish_")
AUTHORITY_CODENAMES = ("change_user",)
GRANT_HELD = "ppid.auth.role_grant_held"
GRANT_CONFIRMED = "ppid.auth.role_grant_confirmed"

User = get_user_model()
_local = threading.local()


def reviewing_groups(pks) -> set[int]:
    """Of the groups `pks`, those that give approval rights."""
    from wagtail.models import GroupApprovalTask

    task_groups = GroupApprovalTask.groups.through.objects.values("group_id")
    rights = Q(name__in=REVIEWING_ROLES) | Q(pk__in=task_groups)
    rights |= Q(permissions__codename__startswith="approve_")
    rights |= Q(page_permissions__permission__codename="publish_page")
    return set(Group.objects.filter(rights, pk__in=pks).values_list("pk", flat=True))


def authority_permissions(pks) -> set[int]:
    """Of the permissions `pks`, those that let a group approve, publish or confirm grants."""
    from django.contrib.auth.models import Permission

    rights = Q(codename__in=AUTHORITY_CODENAMES)
    for prefix in AUTHORITY_PREFIXES:
        rights |= Q(codename__startswith=prefix)
    return set(Permission.objects.filter(rights, pk__in=pks).values_list("pk", flat=True))


def approval_task_models() -> list:
    """Every concrete workflow task model whose groups approve."""
    from django.apps import apps
    from wagtail.models import AbstractGroupApprovalTask

    return [
        model
        for model in apps.get_models()
        if issubclass(model, AbstractGroupApprovalTask) and not model._meta.proxy
    ]


def granter():
    """The person acting in the web request (None on the command line: not held)."""
    if getattr(_local, "confirming", False):
        return None
    from moderation.signals import acting_user

    user = acting_user()
    return user if user is not None and getattr(user, "pk", None) else None


def hold(user_id: int | None, by, *, group: Group | None = None, task=None, permission=None):
    from .models import RoleGrant

    grant, created = RoleGrant.objects.get_or_create(
        user_id=user_id,
        group=group,
        task_id=getattr(task, "pk", None),
        permission=permission,
        superuser=group is None,
        confirmed_at__isnull=True,
        defaults={"granted_by": by},
    )
    if created:
        log(grant.subject, GRANT_HELD, user=by, data=held_data(grant))


def held_data(grant) -> dict:
    """What the held entry states about the grant: checked against the row (vouched)."""
    return {
        "role": grant.role_name,
        "grant": grant.pk,
        "user": grant.user_id,
        "group": grant.group_id,
        "task": grant.task_id,
        "permission": grant.permission_id,
        "superuser": grant.superuser,
    }


def vouched(grant) -> bool:
    """The grant row is the one the application held: its held entry is in the audit chain
    (integrity.chain.chained_entries), written by its granter, and states this grant. A row
    inserted or changed in SQL has no such entry."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    from integrity.chain import chained_entries

    if grant.granted_by_id is None:
        return False
    subject = grant.subject
    entries = ModelLogEntry.objects.filter(
        action=GRANT_HELD,
        content_type=ContentType.objects.get_for_model(type(subject), for_concrete_model=False),
        object_id=str(subject.pk),
        user_id=grant.granted_by_id,
    )
    expected = held_data(grant)
    del expected["role"]  # in the granter's language
    for row in chained_entries(ModelLogEntry, entries):
        data = row["data"] or {}
        if "user" not in data:  # held before the entry stated the ids: a user's group or su
            data = {**data, "user": subject.pk, "permission": None, "task": None}
            data.setdefault("superuser", grant.group_id is None)
            if grant.group_id is not None and data.get("role") == grant.group.name:
                data["group"] = grant.group_id
        if all(data.get(key) == value for key, value in expected.items()):
            return True
    return False


def shares_chain(grant, user) -> bool:
    """`user`'s authority may come from the grant's granter: the chained audit entries show the
    granter created the account of `user`, changed its groups, permissions or roles, or
    created or changed a group `user` is in. Such a confirmer is no second person."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    from integrity.chain import chained_entries

    if grant.granted_by_id is None:
        return True
    groups = [str(pk) for pk in user.groups.values_list("pk", flat=True)]
    touched = Q(content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)) | Q(
        content_type=ContentType.objects.get_for_model(Group), object_id__in=groups
    )
    entries = ModelLogEntry.objects.filter(touched, user_id=grant.granted_by_id)
    return bool(chained_entries(ModelLogEntry, entries))


@receiver(m2m_changed, sender=User.groups.through)
def hold_reviewing_groups(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action != "pre_add" or not pk_set or (by := granter()) is None:
        return
    if reverse:  # group.user_set.add(users)
        if reviewing_groups({instance.pk}):
            for user_id in list(pk_set):
                hold(user_id, by, group=instance)
            pk_set.clear()
        return
    held = reviewing_groups(pk_set)
    for group in Group.objects.filter(pk__in=held):
        hold(instance.pk, by, group=group)
    pk_set.difference_update(held)  # the rows Django inserts next: without the held groups


@receiver(m2m_changed, sender=Group.permissions.through)
def hold_group_permissions(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """An approve/publish/user-management permission given to a group in the web."""
    if action != "pre_add" or not pk_set or (by := granter()) is None:
        return
    from django.contrib.auth.models import Permission

    if reverse:  # permission.group_set.add(groups)
        if authority_permissions({instance.pk}):
            for group in Group.objects.filter(pk__in=list(pk_set)):
                hold(None, by, group=group, permission=instance)
            pk_set.clear()
        return
    held = authority_permissions(pk_set)
    for permission in Permission.objects.filter(pk__in=held):
        hold(None, by, group=instance, permission=permission)
    pk_set.difference_update(held)


def hold_task_groups(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """A group added to a workflow approval task in the web (Wagtail's task editor)."""
    if action != "pre_add" or not pk_set or (by := granter()) is None:
        return
    if reverse:  # group.<task>_set.add(tasks)
        for task_id in list(pk_set):
            hold(None, by, group=instance, task=sender.objects.model(pk=task_id))
        pk_set.clear()
        return
    for group in Group.objects.filter(pk__in=list(pk_set)):
        hold(None, by, group=group, task=instance)
    pk_set.clear()


def connect_task_receivers() -> None:
    """Every approval task model's groups (security.apps.ready: every model is known)."""
    for model in approval_task_models():
        through = model.groups.through
        m2m_changed.connect(
            hold_task_groups,
            sender=through,
            dispatch_uid=f"security.role_grants.task_groups.{through._meta.label}",
        )


@receiver(pre_save, sender=User)
def hold_superuser(sender, instance, raw=False, **kwargs) -> None:
    if raw or not instance.is_superuser or (by := granter()) is None:
        return
    if instance.pk and User.objects.filter(pk=instance.pk, is_superuser=True).exists():
        return
    instance.is_superuser = False
    if instance.pk:
        hold(instance.pk, by)
    else:
        instance._hold_superuser = by


@receiver(post_save, sender=User)
def hold_new_superuser(sender, instance, created, raw=False, **kwargs) -> None:
    by = getattr(instance, "_hold_superuser", None)
    if created and by is not None:
        del instance._hold_superuser
        hold(instance.pk, by)


def pending():
    from .models import RoleGrant

    return RoleGrant.objects.filter(confirmed_at__isnull=True).select_related(
        "user", "group", "granted_by", "task", "permission"
    )


def may_confirm(grant, user) -> bool:
    return (
        user.has_perm("auth.change_user")
        and user.pk != grant.granted_by_id
        and user.pk != grant.user_id
        and vouched(grant)
        and not shares_chain(grant, user)
    )


def confirm(grant, by) -> None:
    """A second person confirms: the role takes effect now."""
    with transaction.atomic():
        _local.confirming = True
        try:
            if grant.superuser:
                grant.user.is_superuser = True
                grant.user.save()
            elif grant.task_id:
                grant.task.specific.groups.add(grant.group)
            elif grant.permission_id:
                grant.group.permissions.add(grant.permission)
            else:
                grant.user.groups.add(grant.group)
        finally:
            _local.confirming = False
        grant.confirmed_by = by
        grant.confirmed_at = timezone.now()
        grant.save(update_fields=["confirmed_by", "confirmed_at"])
        log(
            grant.subject,
            GRANT_CONFIRMED,
            user=by,
            data={"role": grant.role_name, "grant": grant.pk, "granted_by": grant.granted_by_id},
        )


def grants_view(request):
    """Pending reviewing roles, each confirmed by a person other than its granter."""
    from django.contrib import messages
    from django.core.exceptions import PermissionDenied
    from django.shortcuts import get_object_or_404, redirect, render
    from django.utils.translation import gettext as _

    if not request.user.has_perm("auth.change_user"):
        raise PermissionDenied
    if request.method == "POST":
        grant = get_object_or_404(pending(), pk=request.POST.get("grant"))
        if not vouched(grant):
            messages.error(
                request,
                _(
                    "This role is not in the audit log as given in the application (the row "
                    "was written outside it): it cannot be confirmed."
                ),
            )
        elif not may_confirm(grant, request.user):
            messages.error(
                request,
                _(
                    "A role must be confirmed by someone other than the person who gave it "
                    "and the person who receives it, whose own rights that person did not "
                    "give."
                ),
            )
        else:
            confirm(grant, request.user)
            messages.success(
                request,
                _("Role %(role)s of %(user)s confirmed.")
                % {"role": grant.role_name, "user": str(grant.subject)},
            )
        return redirect("security_role_grants")
    grants = [(grant, may_confirm(grant, request.user), vouched(grant)) for grant in pending()]
    return render(request, "security/role_grants.html", {"grants": grants})
