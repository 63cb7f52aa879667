"""Two people release what the public gets, on every path.

A page reaches the public after two reviewers of the workflow (neither an author). The
releases of their own (a new version of a document or image in use, a private document, a
reviewed snippet, reviewed settings) were one person's act: one Koordinator could clear a scan
the scanner could not judge and make a KTP photo public. Now the first approver's approval of a
version is a chained entry in the audit log (`FIRST_APPROVAL`, the version digest the approver
was shown) and nothing is released; a second person who approves the same version releases it.
Only an entry the audit chain vouches for counts (integrity.chain.chained_entries): a row written
into the database by hand approves nothing.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

FIRST_APPROVAL = "ppid.release.first_approval"
FIRST_OF_TWO = gettext_lazy(
    "Your approval is recorded (1 of 2). A second person must approve before it takes effect."
)


def first_approvers(instance: Model, version: str) -> set[int]:
    """The users whose chained first approval of `version` of `instance` is in the audit log."""
    from integrity.chain import chained_entries

    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        object_id=str(instance.pk),
        action=FIRST_APPROVAL,
        data__version=version,
    )
    return {row["user_id"] for row in chained_entries(ModelLogEntry, entries) if row["user_id"]}


def second_person(instance: Model, user, version: str, data: dict | None = None) -> bool:
    """True when another person already approved `version`: `user` releases it now. Otherwise
    `user`'s approval is recorded as the first and False is returned (nothing is released)."""
    approvers = first_approvers(instance, version)
    if approvers - {user.pk}:
        return True
    if user.pk in approvers:
        raise ValidationError(
            _(
                "You already approved this version. A second person must approve it before it "
                "is released."
            )
        )
    log(
        instance=instance,
        action=FIRST_APPROVAL,
        user=user,
        data={"version": version, **(data or {})},
    )
    return False


def first_approver_names(items: list[tuple[Model, str]]) -> list[list[str]]:
    """Who approved each `(instance, version)` of `items` first, by name, in the order of
    `items` (the approval page shows them). One lookup for the whole page, not one per row."""
    from django.contrib.auth import get_user_model

    from integrity.chain import chained_entries

    if not items:
        return []
    wanted: dict[tuple[int, str, str], int] = {}
    for index, (instance, version) in enumerate(items):
        content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
        wanted[(content_type.pk, str(instance.pk), version)] = index
    entries = ModelLogEntry.objects.filter(
        action=FIRST_APPROVAL,
        content_type_id__in={key[0] for key in wanted},
        object_id__in={key[1] for key in wanted},
    )
    approvers: list[set[int]] = [set() for _ in items]
    for row in chained_entries(ModelLogEntry, entries):
        key = (row["content_type_id"], row["object_id"], (row["data"] or {}).get("version"))
        if key in wanted and row["user_id"]:
            approvers[wanted[key]].add(row["user_id"])
    users = get_user_model().objects.in_bulk(set().union(*approvers))
    return [
        sorted(users[pk].get_full_name() or users[pk].get_username() for pk in pks if pk in users)
        for pks in approvers
    ]
