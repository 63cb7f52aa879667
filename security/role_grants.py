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


def granter():
    """The person acting in the web request (None on the command line: not held)."""
    if getattr(_local, "confirming", False):
        return None
    from moderation.signals import acting_user

    user = acting_user()
    return user if user is not None and getattr(user, "pk", None) else None


def hold(user_id: int, by, *, group: Group | None = None) -> None:
    from .models import RoleGrant

    grant, created = RoleGrant.objects.get_or_create(
        user_id=user_id,
        group=group,
        superuser=group is None,
        confirmed_at__isnull=True,
        defaults={"granted_by": by},
    )
    if created:
        log(
            User.objects.get(pk=user_id),
            GRANT_HELD,
            user=by,
            data={"role": grant.role_name, "grant": grant.pk},
        )


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
        "user", "group", "granted_by"
    )


def may_confirm(grant, user) -> bool:
    return (
        user.has_perm("auth.change_user")
        and user.pk != grant.granted_by_id
        and user.pk != grant.user_id
    )


def confirm(grant, by) -> None:
    """A second person confirms: the role takes effect now."""
    with transaction.atomic():
        _local.confirming = True
        try:
            if grant.superuser:
                grant.user.is_superuser = True
                grant.user.save()
            else:
                grant.user.groups.add(grant.group)
        finally:
            _local.confirming = False
        grant.confirmed_by = by
        grant.confirmed_at = timezone.now()
        grant.save(update_fields=["confirmed_by", "confirmed_at"])
        log(
            grant.user,
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
        if not may_confirm(grant, request.user):
            messages.error(
                request,
                _(
                    "A role must be confirmed by someone other than the person who gave it "
                    "and the person who receives it."
                ),
            )
        else:
            confirm(grant, request.user)
            messages.success(
                request,
                _("Role %(role)s of %(user)s confirmed.")
                % {"role": grant.role_name, "user": grant.user.get_username()},
            )
        return redirect("security_role_grants")
    grants = [(grant, may_confirm(grant, request.user)) for grant in pending()]
    return render(request, "security/role_grants.html", {"grants": grants})
