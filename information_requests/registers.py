"""Buku Register Permohonan and Register Keberatan (Perki 1/2021 annex columns), filterable,
as XLSX and A4 (landscape) PDF, and each request's whole history as a PDF.

Identity and contact data appear masked only (the register is read by more roles than the
desk): the requester's name, the town of the address, a masked phone/e-mail.
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from ppid_pages.printing import (
    LANDSCAPE_WIDTH,
    build_a4,
    data_table,
    field_table,
    letterhead_for,
    styles,
    xlsx_bytes,
)

from .letters import long_date, office, person, requester_rows
from .models import (
    Channel,
    Decision,
    InformationRequest,
    Objection,
    ObjectionOutcome,
    ObjectionStage,
    RequesterType,
    Stage,
)


def this_year() -> int:
    return timezone.localdate().year


class RegisterFilter(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2100)
    month = forms.TypedChoiceField(
        label=gettext_lazy("Month"),
        choices=[("", gettext_lazy("Whole year"))] + [(m, f"{m:02d}") for m in range(1, 13)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    stage = forms.ChoiceField(
        label=gettext_lazy("Stage"), choices=[("", "---------"), *Stage.choices], required=False
    )
    decision = forms.ChoiceField(
        label=gettext_lazy("Decision"),
        choices=[("", "---------"), *Decision.choices],
        required=False,
    )
    channel = forms.ChoiceField(
        label=gettext_lazy("Channel"),
        choices=[("", "---------"), *Channel.choices],
        required=False,
    )
    requester_type = forms.ChoiceField(
        label=gettext_lazy("Requester type"),
        choices=[("", "---------"), *RequesterType.choices],
        required=False,
    )


class ObjectionFilter(forms.Form):
    year = RegisterFilter.base_fields["year"]
    month = RegisterFilter.base_fields["month"]
    stage = forms.ChoiceField(
        label=gettext_lazy("Stage"),
        choices=[("", "---------"), *ObjectionStage.choices],
        required=False,
    )
    outcome = forms.ChoiceField(
        label=gettext_lazy("Outcome"),
        choices=[("", "---------"), *ObjectionOutcome.choices],
        required=False,
    )


def filtered(queryset, cleaned: dict):
    filters = {"year": cleaned["year"]}
    if cleaned.get("month"):
        filters["registered_at__month"] = cleaned["month"]
    for field in ("stage", "decision", "channel", "requester_type", "outcome"):
        if cleaned.get(field):
            filters[field] = cleaned[field]
    return queryset.filter(**filters).order_by("sequence")


def request_queryset(cleaned: dict):
    return filtered(
        InformationRequest.objects.exclude(number="").prefetch_related("objections"), cleaned
    )


def objection_queryset(cleaned: dict):
    return filtered(Objection.objects.select_related("request"), cleaned)


def day(value) -> str:
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return value.strftime("%d-%m-%Y")


def request_headers() -> list[str]:
    return [
        _("Serial number"),
        _("Registration number"),
        _("Date"),
        _("Requester"),
        _("Requester type"),
        _("Address / contact"),
        _("Information requested"),
        _("Purpose"),
        _("Channel"),
        _("Decision"),
        _("Grounds if refused"),
        _("Delivered on"),
        _("Cost (Rp)"),
        _("Working days to answer"),
        _("Keberatan"),
    ]


def answer_days(request: InformationRequest):
    from sop_governance.calendar import working_days_between

    if not (request.registered_at and request.delivered_at):
        return ""
    return working_days_between(request.registered_at, request.delivered_at)


def request_row(number: int, request: InformationRequest) -> list:
    refusal = ""
    if request.exemption_ground:
        refusal = f"Pasal 17 {request.get_exemption_ground_display()}"
    elif request.decision == Decision.NOT_HELD:
        refusal = _("Held by: %(body)s") % {"body": request.holder_body}
    contact = "\n".join(
        v for v in (request.masked_address, request.masked_phone, request.masked_email) if v
    )
    return [
        number,
        request.number,
        day(request.registered_at),
        request.name if not request.identity_purged_at else _("(purged)"),
        request.get_requester_type_display(),
        contact,
        request.information_requested,
        request.purpose,
        request.get_channel_display(),
        request.decision_label or request.stage_label,
        refusal,
        day(request.delivered_at),
        int(request.cost or 0),
        answer_days(request),
        ", ".join(o.number for o in request.objections.all()),
    ]


def objection_headers() -> list[str]:
    return [
        _("Serial number"),
        _("Objection number"),
        _("Date"),
        _("Request number"),
        _("Requester"),
        _("Grounds (Pasal 35(1))"),
        _("Kasus posisi"),
        _("Answer due"),
        _("Answered on"),
        _("Outcome"),
        _("Sengketa"),
    ]


def objection_row(number: int, objection: Objection) -> list:
    dispute = ""
    if objection.dispute_number:
        dispute = f"{objection.dispute_number} ({day(objection.dispute_registered_on)})"
        if objection.dispute_result:
            dispute += f": {objection.dispute_result}"
    return [
        number,
        objection.number,
        day(objection.registered_at),
        objection.request.number,
        objection.request.name if not objection.request.identity_purged_at else _("(purged)"),
        ", ".join(objection.grounds),
        objection.case_position,
        day(objection.due_date),
        day(objection.responded_at),
        objection.outcome_label or objection.stage_label,
        dispute,
    ]


def rows_of(kind: str, cleaned: dict) -> tuple[list[str], list[list]]:
    if kind == "keberatan":
        items = objection_queryset(cleaned)
        return objection_headers(), [objection_row(n, o) for n, o in enumerate(items, 1)]
    items = request_queryset(cleaned)
    return request_headers(), [request_row(n, r) for n, r in enumerate(items, 1)]


def title_of(kind: str, cleaned: dict) -> str:
    title = _("REGISTER KEBERATAN") if kind == "keberatan" else _("BUKU REGISTER PERMOHONAN")
    period = (
        f"{cleaned['month']:02d}/{cleaned['year']}"
        if cleaned.get("month")
        else str(cleaned["year"])
    )
    return f"{title} {_('INFORMASI PUBLIK')} - {period}"


def register_xlsx(kind: str, cleaned: dict) -> bytes:
    headers, rows = rows_of(kind, cleaned)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(cleaned["year"])
    sheet.append([title_of(kind, cleaned)])
    sheet.append(headers)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    return xlsx_bytes(workbook)


def register_pdf(kind: str, cleaned: dict) -> bytes:
    headers, rows = rows_of(kind, cleaned)
    if kind == "keberatan":
        widths = [0.5, 1.7, 1.2, 1.7, 1.8, 1, 4, 1.2, 1.2, 1.8, 2.2]
    else:
        widths = [0.5, 1.7, 1.2, 1.8, 1.3, 1.8, 3, 2, 1.2, 1.6, 1.6, 1.2, 1, 1, 1.3]
    story = [
        data_table(
            [str(h) for h in headers],
            [[str(value) for value in row] for row in rows],
            widths,
            page_width=LANDSCAPE_WIDTH,
        )
    ]
    if not rows:
        story.append(Paragraph(_("No entries."), styles()["body"]))
    return build_a4(title_of(kind, cleaned), letterhead_for(office()), story, wide=True)


def history_pdf(request: InformationRequest) -> bytes:
    """The whole life of a request: details (identity masked), decision, steps, files,
    objections and their steps."""
    from .transitions import RULES_BY_ACTION

    def label(action):
        rule = RULES_BY_ACTION.get(action)
        return str(rule.label) if rule else action

    details = [
        *requester_rows(request),
        (_("Identity number"), request.masked_identity_number),
        (_("Channel"), request.get_channel_display()),
        (_("Stage"), request.stage_label),
        (_("Due date"), long_date(request.due_date)),
        (_("Unit"), str(request.unit or "")),
        (_("Decision"), request.decision_label),
    ]
    if request.extended:
        details.append((_("Reason for the extension"), request.extension_reason))
    heading = styles()["body"]
    story = [
        field_table(details),
        Spacer(1, 0.4 * cm),
        Paragraph(_("History"), heading),
        data_table(
            [_("Time"), _("Step"), _("By"), _("Stage"), _("Note")],
            [
                [
                    day(step.at) + timezone.localtime(step.at).strftime(" %H:%M"),
                    label(step.action),
                    person(step.user) or _("Requester"),
                    Stage(step.to_stage).label,
                    step.note,
                ]
                for step in request.steps.select_related("user")
            ],
            [2.4, 3.5, 2.5, 2.5, 4],
        ),
    ]
    files = list(request.files.all())
    if files:
        story += [
            Spacer(1, 0.4 * cm),
            Paragraph(_("Files for the requester"), heading),
            data_table(
                [_("File"), _("Privacy scan"), _("Sent")],
                [
                    [
                        f.title + (f" ({_('replaced')})" if f.replaced else ""),
                        f.get_scan_status_display()
                        + (f": {f.cleared_reason}" if f.cleared_reason else ""),
                        day(f.sent_at),
                    ]
                    for f in files
                ],
                [6, 6, 2],
            ),
        ]
    for objection in request.objections.all():
        story += [
            Spacer(1, 0.4 * cm),
            Paragraph(_("Objection %(number)s") % {"number": objection.number}, heading),
            data_table(
                [_("Time"), _("Step"), _("By"), _("Note")],
                [
                    [
                        day(step.at),
                        label(step.action),
                        person(step.user) or _("Requester"),
                        step.note,
                    ]
                    for step in objection.steps.select_related("user")
                ],
                [2.4, 4, 2.5, 6],
            ),
        ]
    title = _("RIWAYAT PERMOHONAN INFORMASI %(number)s") % {"number": request.number}
    return build_a4(title, letterhead_for(office()), story)
