"""The one place where a development request moves: the SOP's transition table and `perform`.

`TRANSITIONS` maps (from_stage, action) to the group the SOP names for that step and the stage
it leads to. Nothing else changes `DevelopmentRequest.stage`: the admin views call `perform`,
which checks the group (superusers are not exempt), the four-eyes rule, the step's record, then
writes the history row and a Wagtail audit log entry in one transaction.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from .models import (
    Comment,
    DeveloperReceipt,
    DevelopmentRequest,
    DraftPresentation,
    MeetingMinutes,
    Stage,
    Transition,
)

OPERATOR = "Operator"
SUB_KOORDINATOR = "Sub Koordinator"
KOORDINATOR = "Koordinator"
KEPALA_DINAS = "Kepala Dinas"
WEB_DEVELOPER = "Web Developer"
SOP_ROLES = (OPERATOR, SUB_KOORDINATOR, KOORDINATOR, KEPALA_DINAS, WEB_DEVELOPER)

SUBMIT = "submit"
LOG_PREFIX = "sop_development."


@dataclass(frozen=True)
class Rule:
    action: str
    group: str
    to_stage: str
    label: str
    # Actions whose last actor may not make this one (four eyes).
    separate_from: tuple[str, ...] = ()
    record: type[models.Model] | None = None
    needs_note: bool = False
    needs_url: bool = False
    passed: bool | None = None  # for checks: the result recorded
    style: str = field(default="")  # "fail" buttons are shown as secondary


TRANSITIONS: dict[tuple[str, str], Rule] = {
    ("", SUBMIT): Rule(SUBMIT, SUB_KOORDINATOR, Stage.SUBMITTED, gettext_lazy("Submit")),
    (Stage.SUBMITTED, "discuss"): Rule(
        "discuss",
        KOORDINATOR,
        Stage.DISCUSSED,
        gettext_lazy("Record the notulen"),
        separate_from=(SUBMIT,),
        record=MeetingMinutes,
    ),
    (Stage.DISCUSSED, "report"): Rule(
        "report",
        KEPALA_DINAS,
        Stage.REPORTED,
        gettext_lazy("Acknowledge the report"),
        separate_from=("discuss",),
    ),
    (Stage.REPORTED, "hand_over"): Rule(
        "hand_over",
        SUB_KOORDINATOR,
        Stage.HANDED_OVER,
        gettext_lazy("Hand over to the Web Developer"),
    ),
    (Stage.HANDED_OVER, "acknowledge"): Rule(
        "acknowledge",
        WEB_DEVELOPER,
        Stage.RECEIVED,
        gettext_lazy("Sign the tanda terima"),
        separate_from=("hand_over",),
        record=DeveloperReceipt,
    ),
    (Stage.RECEIVED, "present_draft"): Rule(
        "present_draft",
        WEB_DEVELOPER,
        Stage.DRAFT,
        gettext_lazy("Present the draft"),
        record=DraftPresentation,
    ),
    (Stage.DRAFT, "update_offline"): Rule(
        "update_offline",
        WEB_DEVELOPER,
        Stage.OFFLINE_UPDATE,
        gettext_lazy("Report the offline update"),
        needs_url=True,
    ),
    (Stage.OFFLINE_UPDATE, "pass_offline"): Rule(
        "pass_offline",
        SUB_KOORDINATOR,
        Stage.OFFLINE_PASSED,
        gettext_lazy("Offline check: pass"),
        separate_from=("update_offline",),
        passed=True,
    ),
    (Stage.OFFLINE_UPDATE, "fail_offline"): Rule(
        "fail_offline",
        SUB_KOORDINATOR,
        Stage.DRAFT,
        gettext_lazy("Offline check: fail"),
        separate_from=("update_offline",),
        needs_note=True,
        passed=False,
        style="fail",
    ),
    (Stage.OFFLINE_PASSED, "update_online"): Rule(
        "update_online",
        WEB_DEVELOPER,
        Stage.ONLINE_UPDATE,
        gettext_lazy("Report the online update"),
        needs_note=True,
    ),
    (Stage.ONLINE_UPDATE, "pass_online"): Rule(
        "pass_online",
        KOORDINATOR,
        Stage.CLOSED,
        gettext_lazy("Online check: pass and close"),
        separate_from=("update_online",),
        passed=True,
    ),
    (Stage.ONLINE_UPDATE, "fail_online"): Rule(
        "fail_online",
        KOORDINATOR,
        Stage.OFFLINE_PASSED,
        gettext_lazy("Online check: fail"),
        separate_from=("update_online",),
        needs_note=True,
        passed=False,
        style="fail",
    ),
}

RULES_BY_ACTION: dict[str, Rule] = {rule.action: rule for rule in TRANSITIONS.values()}
STAGE_GROUPS: dict[str, set[str]] = {}
for (_from_stage, _action), _rule in TRANSITIONS.items():
    if _from_stage:
        STAGE_GROUPS.setdefault(_from_stage, set()).add(_rule.group)


def in_group(user, group: str) -> bool:
    """Membership of the SOP role itself: being a superuser does not count."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return group in group_names(user)


def group_names(user) -> set[str]:
    if not (user and user.is_authenticated):
        return set()
    cached = getattr(user, "_sop_group_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._sop_group_names = cached
    return cached


def can_submit(user) -> bool:
    return in_group(user, TRANSITIONS[("", SUBMIT)].group)


def last_actor_id(request: DevelopmentRequest, actions: tuple[str, ...]) -> int | None:
    if not actions:
        return None
    last = request.transitions.filter(action__in=actions).order_by("-at", "-pk").first()
    return last.user_id if last else None


def refusal(request: DevelopmentRequest, rule: Rule, user) -> str | None:
    """Why `user` may not make `rule`'s step on `request` now, or None when they may."""
    if not in_group(user, rule.group):
        return _("Only the %(role)s may do this.") % {"role": rule.group}
    if rule.separate_from and last_actor_id(request, rule.separate_from) == user.pk:
        return _("Four eyes: someone else must do this step, not the one who did the last one.")
    return None


def rule_for(request: DevelopmentRequest, action: str) -> Rule | None:
    return TRANSITIONS.get((request.stage, action))


def allowed_rules(request: DevelopmentRequest, user) -> list[Rule]:
    """The steps `user` may take on `request` now (what the detail page offers)."""
    return [
        rule
        for (from_stage, _action), rule in TRANSITIONS.items()
        if from_stage == request.stage and refusal(request, rule, user) is None
    ]


def log_step(request: DevelopmentRequest, action: str, user, **data) -> None:
    log(instance=request, action=LOG_PREFIX + action, user=user, data=data)


@transaction.atomic
def submit_request(user, *, kind: str, title: str, description: str) -> DevelopmentRequest:
    """B1: the Sub Koordinator submits a technical problem, display issue or plan."""
    rule = TRANSITIONS[("", SUBMIT)]
    if not in_group(user, rule.group):
        raise PermissionDenied(_("Only the %(role)s may do this.") % {"role": rule.group})
    now = timezone.now()
    request = DevelopmentRequest(
        kind=kind,
        title=(title or "").strip(),
        description=(description or "").strip(),
        submitted_by=user,
        stage=Stage.SUBMITTED,
        stage_changed_at=now,
    )
    request.full_clean()
    request.save()
    Transition.objects.create(
        request=request, action=SUBMIT, from_stage="", to_stage=Stage.SUBMITTED, user=user
    )
    log_step(request, SUBMIT, user, to_stage=Stage.SUBMITTED, title=request.title)
    return request


RECORD_USER_FIELDS = {
    MeetingMinutes: "recorded_by",
    DeveloperReceipt: "received_by",
    DraftPresentation: "presented_by",
}


def check_record(request: DevelopmentRequest, rule: Rule, user, record) -> None:
    if rule.record is None:
        return
    if not isinstance(record, rule.record):
        raise ValidationError(_("This step needs its form to be filled in."))
    record.request = request
    setattr(record, RECORD_USER_FIELDS[rule.record], user)
    if isinstance(record, DeveloperReceipt):
        handed = request.transitions.filter(action="hand_over").order_by("-at", "-pk").first()
        record.handed_over_by_id = handed.user_id if handed else request.submitted_by_id
    if isinstance(record, DraftPresentation) and not (record.link or record.file):
        raise ValidationError(_("Give a link to the draft or upload a file."))
    record.full_clean()


@transaction.atomic
def perform(
    request: DevelopmentRequest,
    action: str,
    user,
    *,
    note: str = "",
    url: str = "",
    record: models.Model | None = None,
) -> Transition:
    """Make one step of the SOP on `request`, as `user`. Raises PermissionDenied when the SOP
    gives this step to another role (or another person), ValidationError on missing input or
    when the request is not at the stage this step starts from."""
    locked = DevelopmentRequest.objects.select_for_update().get(pk=request.pk)
    rule = rule_for(locked, action)
    if rule is None:
        if action not in RULES_BY_ACTION:
            raise ValidationError(_("Unknown step."))
        if not in_group(user, RULES_BY_ACTION[action].group):
            raise PermissionDenied(
                _("Only the %(role)s may do this.") % {"role": RULES_BY_ACTION[action].group}
            )
        raise ValidationError(
            _("This step is not possible at the stage '%(stage)s'.")
            % {"stage": locked.get_stage_display()}
        )
    reason = refusal(locked, rule, user)
    if reason:
        raise PermissionDenied(reason)
    note = (note or "").strip()
    url = (url or "").strip()
    if rule.needs_note and not note:
        raise ValidationError({"note": _("Write a note: this step needs one.")})
    if rule.needs_url and not url:
        raise ValidationError({"url": _("Give the address of the staging site.")})
    check_record(locked, rule, user, record)
    if record is not None and rule.record is not None:
        record.save()

    from_stage = locked.stage
    now = timezone.now()
    locked.stage = rule.to_stage
    locked.stage_changed_at = now
    locked.closed_at = now if rule.to_stage == Stage.CLOSED else None
    locked.save(update_fields=["stage", "stage_changed_at", "closed_at"])
    step = Transition.objects.create(
        request=locked,
        action=action,
        from_stage=from_stage,
        to_stage=rule.to_stage,
        user=user,
        note=note,
        url=url,
    )
    data = {"from_stage": from_stage, "to_stage": rule.to_stage}
    if note:
        data["note"] = note
    if url:
        data["url"] = url
    if rule.passed is not None:
        data["passed"] = rule.passed
    log_step(locked, action, user, **data)
    request.stage, request.stage_changed_at = locked.stage, locked.stage_changed_at
    request.closed_at = locked.closed_at
    return step


def can_comment(request: DevelopmentRequest, user) -> bool:
    return (
        request.is_open
        and bool(group_names(user) & set(SOP_ROLES))
        and user.has_perm("sop_development.add_comment")
    )


@transaction.atomic
def add_comment(request: DevelopmentRequest, user, text: str) -> Comment:
    """Input from the Operators (and the other roles): recorded and logged, never a step."""
    if not can_comment(request, user):
        raise PermissionDenied(_("You may not add input to this request."))
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Write your input.")})
    comment = Comment.objects.create(request=request, author=user, text=text)
    log_step(request, "comment", user, text=text)
    return comment
