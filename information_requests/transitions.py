"""The one place where a request or an objection moves: the transition table and `perform`.

`TRANSITIONS` maps (record kind, from_stage, action) to the role the law and the SOP name for
that step and the stage it leads to. Nothing else changes a stage: the public views (steps of
the requester, proven by their secret tracking code) and the admin views call `perform`, which
checks the role (group membership; superusers are not exempt), the four-eyes rule, the step's
data, applies its effect on the clock and letters, then writes the history row and a Wagtail
audit log entry in one transaction. E-mails leave only after the transaction commits.
"""

import datetime
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from sop_governance.calendar import add_working_days, office_date, working_days_between

from .models import (
    Decision,
    InformationRequest,
    Objection,
    ObjectionStage,
    ObjectionStep,
    RequestStep,
    Stage,
)
from .numbering import OBJECTION_SERIES, REQUEST_SERIES, take_number
from .roles import ATASAN_PPID, PETUGAS, PPID, in_group

REQUESTER = "pemohon"  # a step the requester takes through their own tracking link
REQUEST = "permohonan"
OBJECTION = "keberatan"
LOG_PREFIX = "information_requests."

# UU 14/2008 Pasal 22(7)-(8), 36, 37 (working days).
ANSWER_WORKING_DAYS = 10
EXTENSION_WORKING_DAYS = 7
OBJECTION_FILING_WORKING_DAYS = 30
OBJECTION_ANSWER_WORKING_DAYS = 30
DISPUTE_FILING_WORKING_DAYS = 14
# The requester's time to complete a request before it may be rejected as incomplete.
DEFAULT_COMPLETION_WORKING_DAYS = 10


@dataclass(frozen=True)
class Rule:
    action: str
    group: str
    to_stage: str
    label: str
    # Actions whose actor may not make this one (four eyes; INFORMATION_REQUESTS_FOUR_EYES).
    separate_from: tuple[str, ...] = ()
    needs_note: bool = False
    note_label: str = ""
    style: str = ""
    # The note is written to the requester (the step's e-mail quotes it): privacy-scanned and
    # compared with the exempt information before it leaves (outgoing.refuse_text_to_requester).
    note_to_requester: bool = False


def rule(action, group, to_stage, label, **kwargs) -> Rule:
    return Rule(action, group, to_stage, label, **kwargs)


TRANSITIONS: dict[tuple[str, str, str], Rule] = {
    # Permohonan (Pasal 21-22): the desk registers, the requester confirms an online request.
    (REQUEST, "", "submit_online"): rule(
        "submit_online", REQUESTER, Stage.UNCONFIRMED, gettext_lazy("Submitted online")
    ),
    (REQUEST, Stage.UNCONFIRMED, "confirm"): rule(
        "confirm", REQUESTER, Stage.RECEIVED, gettext_lazy("E-mail confirmed and registered")
    ),
    (REQUEST, "", "register"): rule(
        "register", PETUGAS, Stage.RECEIVED, gettext_lazy("Register the request")
    ),
    (REQUEST, Stage.RECEIVED, "ask_completion"): rule(
        "ask_completion",
        PETUGAS,
        Stage.INCOMPLETE,
        gettext_lazy("Ask the requester to complete it"),
        needs_note=True,
        note_label=gettext_lazy("What is missing (sent to the requester)"),
        note_to_requester=True,
    ),
    (REQUEST, Stage.INCOMPLETE, "complete"): rule(
        "complete",
        PETUGAS,
        Stage.RECEIVED,
        gettext_lazy("Completed: the clock runs again"),
        needs_note=True,
        note_label=gettext_lazy("What the requester provided"),
    ),
    (REQUEST, Stage.INCOMPLETE, "reject_incomplete"): rule(
        "reject_incomplete",
        PETUGAS,
        Stage.REJECTED,
        gettext_lazy("Reject as incomplete"),
        needs_note=True,
        style="fail",
        note_to_requester=True,
    ),
    (REQUEST, Stage.RECEIVED, "process"): rule(
        "process", PETUGAS, Stage.PROCESSING, gettext_lazy("Route to the unit holding it")
    ),
    (REQUEST, Stage.PROCESSING, "extend"): rule(
        "extend",
        PPID,
        Stage.EXTENDED,
        gettext_lazy("Extend by 7 working days"),
        needs_note=True,
        note_label=gettext_lazy("Written reason for the extension (in the surat perpanjangan)"),
    ),
    (REQUEST, Stage.PROCESSING, "decide"): rule(
        "decide",
        PPID,
        Stage.DECIDED,
        gettext_lazy("Decide (pemberitahuan tertulis)"),
        separate_from=("register", "process"),
    ),
    (REQUEST, Stage.EXTENDED, "decide"): rule(
        "decide",
        PPID,
        Stage.DECIDED,
        gettext_lazy("Decide (pemberitahuan tertulis)"),
        separate_from=("register", "process"),
    ),
    (REQUEST, Stage.DECIDED, "deliver"): rule(
        "deliver", PETUGAS, Stage.DELIVERED, gettext_lazy("Deliver the letters and information")
    ),
    (REQUEST, Stage.DELIVERED, "close"): rule(
        "close", PETUGAS, Stage.CLOSED, gettext_lazy("Close")
    ),
    # Keberatan (Pasal 35-36) and sengketa (Pasal 37-38).
    (OBJECTION, "", "file_online"): rule(
        "file_online", REQUESTER, ObjectionStage.RECEIVED, gettext_lazy("Objection filed online")
    ),
    (OBJECTION, "", "register_objection"): rule(
        "register_objection",
        PETUGAS,
        ObjectionStage.RECEIVED,
        gettext_lazy("Register the objection"),
    ),
    (OBJECTION, ObjectionStage.RECEIVED, "respond"): rule(
        "respond",
        ATASAN_PPID,
        ObjectionStage.ANSWERED,
        gettext_lazy("Answer (tanggapan atas keberatan)"),
    ),
    (OBJECTION, ObjectionStage.RECEIVED, "register_dispute"): rule(
        "register_dispute",
        PPID,
        ObjectionStage.DISPUTE,
        gettext_lazy("Record a sengketa at the Komisi Informasi"),
    ),
    (OBJECTION, ObjectionStage.ANSWERED, "register_dispute"): rule(
        "register_dispute",
        PPID,
        ObjectionStage.DISPUTE,
        gettext_lazy("Record a sengketa at the Komisi Informasi"),
    ),
    (OBJECTION, ObjectionStage.ANSWERED, "close_objection"): rule(
        "close_objection", PETUGAS, ObjectionStage.CLOSED, gettext_lazy("Close")
    ),
    (OBJECTION, ObjectionStage.DISPUTE, "mediation"): rule(
        "mediation",
        PPID,
        ObjectionStage.DISPUTE,
        gettext_lazy("Record a mediation session"),
        needs_note=True,
    ),
    (OBJECTION, ObjectionStage.DISPUTE, "adjudication"): rule(
        "adjudication",
        PPID,
        ObjectionStage.DISPUTE,
        gettext_lazy("Record an adjudication hearing"),
        needs_note=True,
    ),
    (OBJECTION, ObjectionStage.DISPUTE, "putusan"): rule(
        "putusan",
        PPID,
        ObjectionStage.DISPUTE_DECIDED,
        gettext_lazy("Record the putusan"),
        needs_note=True,
        note_label=gettext_lazy("The putusan (what the Komisi decided)"),
    ),
}

RULES_BY_ACTION: dict[str, Rule] = {rule.action: rule for rule in TRANSITIONS.values()}
CREATING_ACTIONS = {action for (_kind, stage, action) in TRANSITIONS if stage == ""}
STAGE_GROUPS: dict[tuple[str, str], set[str]] = {}
for (_kind, _stage, _action), _rule in TRANSITIONS.items():
    if _stage:
        STAGE_GROUPS.setdefault((_kind, _stage), set()).add(_rule.group)


def kind_of(obj) -> str:
    return OBJECTION if isinstance(obj, Objection) else REQUEST


def four_eyes() -> bool:
    """Off only for a one-person office (a desa): INFORMATION_REQUESTS_FOUR_EYES = False."""
    return bool(getattr(settings, "INFORMATION_REQUESTS_FOUR_EYES", True))


def completion_working_days() -> int:
    return int(
        getattr(
            settings,
            "INFORMATION_REQUESTS_COMPLETION_WORKING_DAYS",
            DEFAULT_COMPLETION_WORKING_DAYS,
        )
    )


def rule_for(obj, action: str) -> Rule | None:
    return TRANSITIONS.get((kind_of(obj), obj.stage, action))


def actors_of(obj, actions: tuple[str, ...]) -> set[int]:
    if not actions or obj.pk is None:
        return set()
    return set(
        obj.steps.filter(action__in=actions, user__isnull=False).values_list("user_id", flat=True)
    )


def refusal(obj, rule: Rule, user, *, by_requester: bool = False) -> str | None:
    """Why `user` (or the requester) may not make `rule`'s step on `obj` now, else None."""
    if rule.group == REQUESTER:
        return None if by_requester else _("Only the requester takes this step.")
    if by_requester or not in_group(user, rule.group):
        return _("Only the %(role)s may do this.") % {"role": rule.group}
    if four_eyes() and rule.separate_from and user.pk in actors_of(obj, rule.separate_from):
        return _(
            "Four eyes: the decision is made by someone other than the person who registered "
            "or routed the request."
        )
    return None


def allowed_rules(obj, user) -> list[Rule]:
    """The steps `user` may take on `obj` now (what the detail page offers)."""
    return [
        rule
        for (kind, stage, _action), rule in TRANSITIONS.items()
        if kind == kind_of(obj) and stage == obj.stage and refusal(obj, rule, user) is None
    ]


def new_tracking_code() -> str:
    """80 random bits in 16 unambiguous characters, grouped for typing from a printout."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(16))
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def log_step(obj, action: str, user, **data) -> None:
    log(instance=obj, action=LOG_PREFIX + action, user=user, data=data)


# --- the effects of the steps ------------------------------------------------------------


def today() -> datetime.date:
    return office_date(timezone.now())


def register(obj, now: datetime.datetime) -> None:
    """The nomor pendaftaran and the clock (10 working days from registration)."""
    obj.year = office_date(now).year
    series = OBJECTION_SERIES if isinstance(obj, Objection) else REQUEST_SERIES
    obj.sequence, obj.number = take_number(series, obj.year)
    obj.registered_at = now
    if isinstance(obj, Objection):
        obj.due_date = add_working_days(office_date(now), OBJECTION_ANSWER_WORKING_DAYS)
    else:
        obj.due_date = add_working_days(office_date(now), ANSWER_WORKING_DAYS)


def check_decision(obj: InformationRequest) -> None:
    """The content Pasal 22(7) and Perki 1/2021 require for each decision."""
    errors = {}
    if obj.decision not in Decision.values:
        errors["decision"] = _("Choose the decision.")
    if obj.decision in (Decision.GRANTED, Decision.PARTLY):
        for field in ("material", "information_format", "delivery_time"):
            if not getattr(obj, field).strip():
                errors[field] = _("This decision needs this field.")
    if obj.decision in (Decision.REFUSED, Decision.PARTLY):
        if not obj.exemption_ground:
            errors["exemption_ground"] = _("Cite the Pasal 17 ground of the exemption.")
        if not obj.decision_reason.strip():
            errors["decision_reason"] = _("Give the reasons (the uji konsekuensi).")
        entry = obj.exempt_entry
        if entry is not None and entry.category != "dikecualikan":
            errors["exempt_entry"] = _(
                "Choose an entry of the Daftar Informasi yang Dikecualikan."
            )
    if obj.decision == Decision.NOT_HELD and not obj.holder_body.strip():
        errors["holder_body"] = _("Name the body that holds the information.")
    if errors:
        raise ValidationError(errors)
    obj.information_held = obj.decision != Decision.NOT_HELD


DECISION_FIELDS = (
    "decision",
    "material",
    "information_format",
    "cost",
    "payment_method",
    "delivery_time",
    "exemption_ground",
    "exempt_entry",
    "holder_body",
    "decision_reason",
)


def apply_request_effect(obj: InformationRequest, action: str, user, note: str, data: dict):
    now = timezone.now()
    day = office_date(now)
    if action in ("register", "confirm"):
        register(obj, now)
        obj.registered_by = user
    elif action == "ask_completion":
        obj.paused_on = day
        obj.completion_due = add_working_days(day, completion_working_days())
    elif action == "complete":
        paused = working_days_between(obj.paused_on, day) if obj.paused_on else 0
        obj.due_date = add_working_days(obj.due_date, paused)
        obj.paused_on = None
        obj.completion_due = None
    elif action == "reject_incomplete":
        if obj.completion_due and day <= obj.completion_due:
            raise ValidationError(
                _("The requester has until %(date)s to complete the request.")
                % {"date": obj.completion_due.strftime("%d-%m-%Y")}
            )
        obj.closed_at = now
    elif action == "process":
        unit = data.get("unit")
        if unit is None:
            raise ValidationError({"unit": _("Choose the unit that holds the information.")})
        obj.unit = unit
    elif action == "extend":
        if obj.extended:
            raise ValidationError(_("The deadline may be extended only once."))
        if obj.due_date and day > obj.due_date:
            # Pasal 22(8) extends the 10 working days; once they have run out the request is
            # late, and an extension would hide that in the registers and the annual report.
            raise ValidationError(
                _(
                    "The deadline of %(date)s has passed: it can no longer be extended. "
                    "Decide the request now; it is recorded as answered late."
                )
                % {"date": obj.due_date.strftime("%d-%m-%Y")}
            )
        obj.extended = True
        obj.extension_reason = note
        obj.due_date = add_working_days(obj.due_date, EXTENSION_WORKING_DAYS)
    elif action == "decide":
        for field in DECISION_FIELDS:
            if field not in data:
                continue
            value = data[field]
            if field == "exempt_entry":
                obj.exempt_entry = value or None
            elif field == "cost":
                obj.cost = value or 0
            else:
                setattr(obj, field, value if value is not None else "")
        check_decision(obj)
        obj.decided_at = now
        obj.decided_by = user
    elif action == "deliver":
        from .outgoing import OutgoingFile, check_delivery, not_ready, unsent

        held = unsent(obj)
        check_delivery(obj, held, user)
        # The audit chain's release decides (outgoing.releasable_files), not the row.
        blocked = [f.title for f in not_ready(obj, held)]
        if blocked:
            raise ValidationError(
                _(
                    "The privacy scanner found personal data in: %(files)s. Black it out "
                    "(upload a new version) or clear the findings with a reason first."
                )
                % {"files": ", ".join(blocked)}
            )
        if not obj.files.filter(kind=OutgoingFile.Kind.NOTICE).exists():
            raise ValidationError(_("The pemberitahuan tertulis is missing."))
        obj.delivered_at = now
    elif action == "close":
        obj.closed_at = now


def apply_objection_effect(obj: Objection, action: str, user, note: str, data: dict):
    now = timezone.now()
    if action in ("file_online", "register_objection"):
        if not obj.grounds:
            raise ValidationError({"grounds": _("Choose at least one ground.")})
        # The filing limit counts from this date: a date in the future (or before the request
        # existed) would let any objection in, whenever it is filed.
        if obj.ground_arose_on > office_date(now):
            raise ValidationError(
                {"ground_arose_on": _("The date the ground arose cannot be in the future.")}
            )
        registered = obj.request.registered_at
        if registered and obj.ground_arose_on < office_date(registered):
            raise ValidationError(
                {
                    "ground_arose_on": _(
                        "The ground cannot have arisen before the request was registered "
                        "(%(date)s)."
                    )
                    % {"date": office_date(registered).strftime("%d-%m-%Y")}
                }
            )
        limit = add_working_days(obj.ground_arose_on, OBJECTION_FILING_WORKING_DAYS)
        if office_date(now) > limit:
            raise ValidationError(
                {
                    "ground_arose_on": _(
                        "An objection must be filed within 30 working days of the ground arising "
                        "(UU 14/2008 Pasal 36): that was %(date)s."
                    )
                    % {"date": limit.strftime("%d-%m-%Y")}
                }
            )
        register(obj, now)
        obj.registered_by = user
    elif action == "respond":
        outcome = data.get("outcome")
        response = (data.get("response") or "").strip()
        errors = {}
        if not outcome:
            errors["outcome"] = _("Choose the outcome.")
        if not response:
            errors["response"] = _("Write the answer.")
        if errors:
            raise ValidationError(errors)
        obj.outcome, obj.response = outcome, response
        obj.responded_at, obj.responded_by = now, user
    elif action == "register_dispute":
        if not data.get("happened_on") or not (data.get("dispute_number") or "").strip():
            raise ValidationError(
                {"dispute_number": _("Give the Komisi Informasi's register number and date.")}
            )
        obj.dispute_registered_on = data["happened_on"]
        obj.dispute_number = data["dispute_number"].strip()
    elif action == "putusan":
        obj.dispute_result = note


def check_note(rule: Rule, note: str) -> None:
    if rule.needs_note and not note:
        raise ValidationError({"note": _("Write a note: this step needs one.")})


@transaction.atomic
def perform(
    obj: InformationRequest | Objection,
    action: str,
    user=None,
    *,
    note: str = "",
    data: dict | None = None,
    by_requester: bool = False,
    document: tuple[str, bytes] | None = None,
) -> models.Model:
    """Make one step on `obj` as `user` (or as the requester, `by_requester`, after the view
    checked their tracking code). `obj` may be unsaved for the creating steps (register,
    submit_online, register_objection, file_online). Raises PermissionDenied when the step is
    another role's (or person's), ValidationError on missing data or the wrong stage."""
    data = data or {}
    kind = kind_of(obj)
    creating = obj.pk is None
    model = type(obj)
    locked = obj if creating else model.objects.select_for_update().get(pk=obj.pk)
    stage = "" if creating else locked.stage
    current = TRANSITIONS.get((kind, stage, action))
    if current is None:
        known = RULES_BY_ACTION.get(action)
        if known is None:
            raise ValidationError(_("Unknown step."))
        if refusal(locked, known, user, by_requester=by_requester) is not None:
            raise PermissionDenied(refusal(locked, known, user, by_requester=by_requester))
        label = locked.get_stage_display() if not creating else "-"
        raise ValidationError(
            _("This step is not possible at the stage '%(stage)s'.") % {"stage": label}
        )
    reason = refusal(locked, current, user, by_requester=by_requester)
    if reason:
        raise PermissionDenied(reason)
    note = (note or "").strip()
    check_note(current, note)
    if current.note_to_requester and note:
        from .outgoing import refuse_text_to_requester

        refuse_text_to_requester(locked, note, user)
    if kind == REQUEST:
        apply_request_effect(locked, action, user, note, data)
    else:
        apply_objection_effect(locked, action, user, note, data)

    now = timezone.now()
    locked.stage = current.to_stage
    locked.stage_changed_at = now
    if creating:
        if kind == REQUEST and not locked.tracking_code:
            locked.tracking_code = new_tracking_code()
        locked.full_clean(exclude=["tracking_code", "identity_number"])
    locked.save()
    stored_document = ""
    if document is not None:
        from .crypto import save_private

        stored_document = save_private(document[1], "sengketa")
    if kind == REQUEST:
        step = RequestStep.objects.create(
            request=locked,
            action=action,
            from_stage=stage,
            to_stage=current.to_stage,
            user=user,
            note=note,
        )
    else:
        step = ObjectionStep.objects.create(
            objection=locked,
            action=action,
            from_stage=stage,
            to_stage=current.to_stage,
            user=user,
            note=note,
            happened_on=data.get("happened_on"),
            document=stored_document,
            document_name=document[0] if document else "",
        )
    log_data = {"from_stage": stage, "to_stage": current.to_stage}
    if note:
        log_data["note"] = note
    if by_requester:
        log_data["by"] = REQUESTER
    if locked.number:
        log_data["number"] = locked.number
    if kind == REQUEST and action == "decide":
        log_data["decision"] = locked.decision
    if kind == OBJECTION and action == "respond":
        log_data["outcome"] = locked.outcome
    log_step(locked, action, user, **log_data)

    from . import letters

    letters.after_step(locked, action, user)
    if obj is not locked:
        for field in locked._meta.concrete_fields:
            setattr(obj, field.attname, getattr(locked, field.attname))
    return step
