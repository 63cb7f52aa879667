"""A4 PDFs (hardcopy records) of B1-B5: the notulen, the tanda terima, a request's history."""

from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from ppid_pages.models import PPIDSettings
from ppid_pages.printing import (
    Signature,
    build_a4,
    data_table,
    field_table,
    letterhead_for,
    signature_blocks,
    styles,
)

from .models import (
    DeveloperReceipt,
    DevelopmentRequest,
    MeetingMinutes,
    Stage,
    person,
)
from .transitions import KOORDINATOR, RULES_BY_ACTION, SUB_KOORDINATOR, WEB_DEVELOPER


def local(value, with_time: bool = True) -> str:
    if not value:
        return ""
    if hasattr(value, "hour"):
        value = timezone.localtime(value)
        return value.strftime("%d-%m-%Y %H:%M" if with_time else "%d-%m-%Y")
    return value.strftime("%d-%m-%Y")


def heading(text: str) -> Paragraph:
    return Paragraph(text, styles()["body"])


def request_fields(request: DevelopmentRequest) -> list[tuple[str, str]]:
    return [
        (_("Number"), request.number),
        (_("Title"), request.title),
        (_("Kind"), request.get_kind_display()),
        (_("Submitted by"), f"{person(request.submitted_by)}, {local(request.submitted_at)}"),
        (_("Stage"), request.get_stage_display()),
    ]


def minutes_pdf(minutes: MeetingMinutes, office: PPIDSettings) -> bytes:
    request = minutes.request
    fields = [
        (_("Development request"), f"{request.number} - {request.title}"),
        (_("Meeting date"), local(minutes.date)),
        (_("Place"), minutes.place),
        (_("Attendees"), minutes.attendees),
        (_("Agenda"), minutes.agenda),
        (_("Discussion"), minutes.discussion),
        (_("Decisions"), minutes.decisions),
        (_("Follow-ups"), minutes.follow_ups),
    ]
    reported = request.transitions.filter(action="report").select_related("user").last()
    story = [
        field_table(fields),
        Spacer(1, 1 * cm),
        signature_blocks(
            [
                Signature(
                    _("Recorded by, %(role)s") % {"role": KOORDINATOR},
                    person(minutes.recorded_by),
                    local(minutes.recorded_at, with_time=False),
                ),
                Signature(
                    _("Acknowledged, %(role)s") % {"role": office.head_of_office_title},
                    person(reported.user) if reported else "",
                    local(reported.at, with_time=False) if reported else "",
                ),
            ]
        ),
    ]
    return build_a4(_("NOTULEN RAPAT"), letterhead_for(office), story)


def receipt_pdf(receipt: DeveloperReceipt, office: PPIDSettings) -> bytes:
    request = receipt.request
    fields = [
        (_("Development request"), f"{request.number} - {request.title}"),
        (_("Received by"), person(receipt.received_by)),
        (_("Received at"), local(receipt.received_at)),
        (_("What was received"), receipt.received_items),
        (_("Notes"), receipt.notes),
    ]
    date = local(receipt.received_at, with_time=False)
    story = [
        field_table(fields),
        Spacer(1, 1 * cm),
        signature_blocks(
            [
                Signature(
                    _("Handed over by, %(role)s") % {"role": SUB_KOORDINATOR},
                    person(receipt.handed_over_by),
                    date,
                ),
                Signature(
                    _("Received by, %(role)s") % {"role": WEB_DEVELOPER},
                    person(receipt.received_by),
                    date,
                ),
            ]
        ),
    ]
    return build_a4(_("TANDA TERIMA"), letterhead_for(office), story)


def history_pdf(request: DevelopmentRequest, office: PPIDSettings) -> bytes:
    """The whole life of a request as one record: details, history, input and every record."""
    steps = request.transitions.select_related("user")
    history_rows = [
        [
            local(step.at),
            str(RULES_BY_ACTION[step.action].label) if step.action in RULES_BY_ACTION else "",
            person(step.user),
            Stage(step.to_stage).label,
            "\n".join(value for value in (step.note, step.url) if value),
        ]
        for step in steps
    ]
    story = [
        field_table([*request_fields(request), (_("Description"), request.description)]),
        Spacer(1, 0.4 * cm),
        heading(_("History")),
        data_table(
            [_("Time"), _("Step"), _("By"), _("Stage"), _("Note")],
            history_rows,
            [2.2, 3, 2.5, 3, 4],
        ),
    ]
    comments = request.comments.select_related("author")
    if comments:
        story += [
            Spacer(1, 0.4 * cm),
            heading(_("Input")),
            data_table(
                [_("Time"), _("By"), _("Input")],
                [[local(c.created_at), person(c.author), c.text] for c in comments],
                [2.2, 2.5, 8],
            ),
        ]
    for minutes in request.minutes.select_related("recorded_by"):
        story += [
            Spacer(1, 0.4 * cm),
            heading(_("Notulen of %(date)s") % {"date": local(minutes.date)}),
            field_table(
                [
                    (_("Place"), minutes.place),
                    (_("Attendees"), minutes.attendees),
                    (_("Agenda"), minutes.agenda),
                    (_("Discussion"), minutes.discussion),
                    (_("Decisions"), minutes.decisions),
                    (_("Follow-ups"), minutes.follow_ups),
                    (_("Recorded by"), person(minutes.recorded_by)),
                ]
            ),
        ]
    for receipt in request.receipts.select_related("received_by"):
        story += [
            Spacer(1, 0.4 * cm),
            heading(_("Tanda terima")),
            field_table(
                [
                    (_("Received by"), person(receipt.received_by)),
                    (_("Received at"), local(receipt.received_at)),
                    (_("What was received"), receipt.received_items),
                    (_("Notes"), receipt.notes),
                ]
            ),
        ]
    for draft in request.drafts.select_related("presented_by"):
        story += [
            Spacer(1, 0.4 * cm),
            heading(_("Draft presented")),
            field_table(
                [
                    (_("Presented"), draft.get_mode_display()),
                    (_("By"), f"{person(draft.presented_by)}, {local(draft.presented_at)}"),
                    (_("Link"), draft.link),
                    (_("File"), draft.file_name),
                    (_("Summary"), draft.summary),
                ]
            ),
        ]
    story += [Spacer(1, 1 * cm), signature_blocks(history_signatures(request, steps))]
    return build_a4(_("PROGRAM PERBAIKAN/PENGEMBANGAN WEBSITE"), letterhead_for(office), story)


def history_signatures(request: DevelopmentRequest, steps) -> list[Signature]:
    """Who took part: the submitter, the Web Developer, and the Koordinator's final check."""
    last = {}
    for step in steps:
        last[step.action] = step
    developer = last.get("update_online") or last.get("acknowledge")
    final = last.get("pass_online")

    def signed(role: str, step, fallback_user=None) -> Signature:
        user = step.user if step else fallback_user
        return Signature(role, person(user), local(step.at, with_time=False) if step else "")

    return [
        signed(SUB_KOORDINATOR, last.get("submit"), request.submitted_by),
        signed(WEB_DEVELOPER, developer),
        signed(KOORDINATOR, final),
    ]
