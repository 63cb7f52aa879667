"""The letters of the service (A4 PDF on the office letterhead, ppid_pages.printing) and the
e-mails to the requester.

Every letter is stored encrypted and scanned like any file for the requester (outgoing.py);
it is e-mailed (attached) and shown on the tracking page only once released. E-mails leave
after the step's transaction commits.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer
from wagtail.models import Site

from ppid_admin.mail import send_office_mail
from ppid_pages.models import PPIDSettings
from ppid_pages.printing import Signature, build_a4, field_table, letterhead_for, signature_blocks
from ppid_pages.printing import styles as print_styles

from .models import Decision, InformationRequest, Objection, OutgoingFile
from .outgoing import add_file, mark_sent, ready_to_send
from .roles import ATASAN_PPID, PETUGAS, PPID

logger = logging.getLogger(__name__)

# The fixed paragraphs of the letters: the same in every letter the office sends, so they are
# standard texts (information_requests.standard_texts), never exempt information.
RECEIPT_NOTE = gettext_lazy(
    "Keep this receipt. The tracking code and the registration number together "
    "open the status of your request; nobody else can see it."
)
EXTENSION_NOTICE = gettext_lazy(
    "Concerning your request for information number %(number)s of %(date)s, we "
    "inform you that the time to answer it is extended by 7 (seven) working days "
    "(UU 14/2008 Pasal 22 ayat (8)), until %(due)s, for the following reason:"
)
OBJECTION_NOTICE = gettext_lazy(
    "If you do not agree with this answer, you may file an objection (keberatan) "
    "with the Atasan PPID within 30 working days (UU 14/2008 Pasal 35-36), from "
    "your tracking page or at our service desk."
)
REFUSAL_DECIDES = gettext_lazy("The PPID decides that the following information is refused:")
REFUSAL_OBJECTION_NOTICE = gettext_lazy(
    "You may file an objection with the Atasan PPID within 30 working days of "
    "receiving this decision (UU 14/2008 Pasal 35 ayat (1) huruf a)."
)
DISPUTE_NOTICE = gettext_lazy(
    "If you are not satisfied with this answer, you may file a sengketa informasi "
    "with the Komisi Informasi within 14 working days of receiving it (UU 14/2008 "
    "Pasal 37)."
)
FIXED_PARAGRAPHS = (
    RECEIPT_NOTE,
    EXTENSION_NOTICE,
    OBJECTION_NOTICE,
    REFUSAL_DECIDES,
    REFUSAL_OBJECTION_NOTICE,
    DISPUTE_NOTICE,
)
Kind = OutgoingFile.Kind


def office() -> PPIDSettings:
    """The office as approved for the public (moderation.site_settings): letters and e-mails
    go to citizens, so they carry the scanned and approved name, address and contacts, never
    the working copy someone is still editing."""
    from moderation.site_settings import approved_office

    site = Site.objects.filter(is_default_site=True).first()
    return approved_office(site) if site else PPIDSettings()


def long_date(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "hour"):
        value = timezone.localtime(value).date()
    with override("id"):
        return date_format(value, "j F Y")


def person(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def public_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def tracking_url(request: InformationRequest) -> str:
    return public_url(
        reverse("information_requests:track", args=[request.number, request.tracking_code])
    )


def paragraph(text: str) -> Paragraph:
    from xml.sax.saxutils import escape

    return Paragraph(escape(text).replace("\n", "<br/>"), print_styles()["body"])


def addressee(request: InformationRequest) -> list:
    return [
        paragraph(_("To:") + f"\n{request.name}\n{request.address}"),
        Spacer(1, 0.3 * cm),
    ]


def requester_rows(request: InformationRequest) -> list[tuple[str, str]]:
    return [
        (_("Registration number"), request.number),
        (_("Registered on"), long_date(request.registered_at)),
        (_("Requester"), request.name),
        (_("Requester type"), request.get_requester_type_display()),
        (_("Information requested"), request.information_requested),
        (_("Purpose"), request.purpose),
        (_("How to obtain it"), request.get_obtain_method_display()),
        (_("How to receive it"), request.get_delivery_method_display()),
    ]


def signed(role: str, user, when) -> Signature:
    return Signature(role, person(user), long_date(when))


def receipt_pdf(request: InformationRequest) -> bytes:
    """Tanda bukti penerimaan permohonan (Pasal 22(4)): number, date, due date, how to track."""
    story = [
        field_table(
            [
                *requester_rows(request),
                (_("Answer due (10 working days)"), long_date(request.due_date)),
                (_("Track at"), public_url(reverse("information_requests:track_form"))),
                (_("Tracking code (keep it secret)"), request.tracking_code),
            ]
        ),
        Spacer(1, 0.4 * cm),
        paragraph(str(RECEIPT_NOTE)),
        Spacer(1, 0.8 * cm),
        signature_blocks(
            [
                signed(
                    _("Received by, %(role)s") % {"role": PETUGAS},
                    request.registered_by,
                    request.registered_at,
                )
            ]
        ),
    ]
    with override("id"):
        return build_a4(
            _("TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK"),
            letterhead_for(office()),
            story,
        )


def extension_pdf(request: InformationRequest, user) -> bytes:
    story = [
        *addressee(request),
        paragraph(
            str(EXTENSION_NOTICE)
            % {
                "number": request.number,
                "date": long_date(request.registered_at),
                "due": long_date(request.due_date),
            }
        ),
        paragraph(request.extension_reason),
        Spacer(1, 0.8 * cm),
        signature_blocks([signed(PPID, user, timezone.now())]),
    ]
    with override("id"):
        return build_a4(
            _("SURAT PEMBERITAHUAN PERPANJANGAN WAKTU"), letterhead_for(office()), story
        )


def notice_pdf(request: InformationRequest) -> bytes:
    """Pemberitahuan tertulis (Pasal 22(7)): held or not, granted in full/part or refused and
    why, the material, format, cost and how to pay, when it will be delivered."""
    decision = Decision(request.decision)
    rows = [
        (_("Registration number"), request.number),
        (_("Information requested"), request.information_requested),
        (_("Decision"), decision.label),
        (
            _("The information is held by us"),
            _("Yes") if request.information_held else _("No"),
        ),
    ]
    if decision in (Decision.GRANTED, Decision.PARTLY):
        rows += [
            (_("Material provided"), request.material),
            (_("Format"), request.information_format),
            (_("Cost"), f"Rp {request.cost:,.0f}".replace(",", ".")),
            (_("How to pay"), request.payment_method or "-"),
            (_("Delivery time"), request.delivery_time),
        ]
    if decision in (Decision.REFUSED, Decision.PARTLY):
        rows += [
            (_("Exemption (UU 14/2008 Pasal 17)"), request.get_exemption_ground_display()),
            (_("Reasons"), request.decision_reason),
        ]
        if request.exempt_entry_id:
            entry = request.exempt_entry
            rows.append(
                (
                    _("Uji konsekuensi"),
                    f"{entry.title} ({entry.consequence_test_number}, "
                    f"{long_date(entry.consequence_test_date)})",
                )
            )
    if decision == Decision.NOT_HELD:
        rows.append((_("Held by"), request.holder_body))
    if decision == Decision.NOT_DOCUMENTED and request.decision_reason:
        rows.append((_("Explanation"), request.decision_reason))
    story = [
        *addressee(request),
        field_table(rows),
        Spacer(1, 0.4 * cm),
        paragraph(str(OBJECTION_NOTICE)),
        Spacer(1, 0.8 * cm),
        signature_blocks([signed(PPID, request.decided_by, request.decided_at)]),
    ]
    with override("id"):
        return build_a4(_("PEMBERITAHUAN TERTULIS"), letterhead_for(office()), story)


def refusal_pdf(request: InformationRequest) -> bytes:
    entry = request.exempt_entry
    rows = [
        (_("Registration number"), request.number),
        (_("Information refused"), request.information_requested),
        (_("Exemption (UU 14/2008 Pasal 17)"), request.get_exemption_ground_display()),
        (_("Consequences if the information were disclosed"), request.decision_reason),
    ]
    if entry is not None:
        rows += [
            (_("Daftar Informasi yang Dikecualikan"), entry.title),
            (
                _("Uji konsekuensi"),
                f"{entry.consequence_test_number}, {long_date(entry.consequence_test_date)}",
            ),
        ]
    story = [
        *addressee(request),
        paragraph(str(REFUSAL_DECIDES)),
        field_table(rows),
        Spacer(1, 0.4 * cm),
        paragraph(str(REFUSAL_OBJECTION_NOTICE)),
        Spacer(1, 0.8 * cm),
        signature_blocks([signed(PPID, request.decided_by, request.decided_at)]),
    ]
    with override("id"):
        return build_a4(
            _("SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI"),
            letterhead_for(office()),
            story,
        )


def objection_rows(objection: Objection) -> list[tuple[str, str]]:
    return [
        (_("Objection number"), objection.number),
        (_("Request number"), objection.request.number),
        (_("Requester"), objection.request.name),
        (_("Grounds (UU 14/2008 Pasal 35 ayat (1))"), "\n".join(objection.ground_list)),
        (_("Kasus posisi"), objection.case_position),
        (_("Registered on"), long_date(objection.registered_at)),
        (_("Answer due (30 working days)"), long_date(objection.due_date)),
    ]


def objection_receipt_pdf(objection: Objection) -> bytes:
    story = [
        field_table(objection_rows(objection)),
        Spacer(1, 0.8 * cm),
        signature_blocks(
            [
                signed(
                    _("Received by, %(role)s") % {"role": PETUGAS},
                    objection.registered_by,
                    objection.registered_at,
                )
            ]
        ),
    ]
    with override("id"):
        return build_a4(_("TANDA BUKTI PENERIMAAN KEBERATAN"), letterhead_for(office()), story)


def objection_response_pdf(objection: Objection) -> bytes:
    story = [
        *addressee(objection.request),
        field_table(
            [
                *objection_rows(objection)[:4],
                (_("Outcome"), objection.get_outcome_display()),
                (_("Answer"), objection.response),
            ]
        ),
        Spacer(1, 0.4 * cm),
        paragraph(str(DISPUTE_NOTICE)),
        Spacer(1, 0.8 * cm),
        signature_blocks([signed(ATASAN_PPID, objection.responded_by, objection.responded_at)]),
    ]
    with override("id"):
        return build_a4(_("TANGGAPAN ATAS KEBERATAN"), letterhead_for(office()), story)


def file_name(kind: str, number: str) -> str:
    return f"{kind.replace('_', '-')}-{number}.pdf".lower()


def letter(request, kind, title, content, user, objection=None) -> OutgoingFile:
    number = objection.number if objection else request.number
    with override("id"):
        title = str(title)
    return add_file(request, kind, title, file_name(kind, number), content, user, objection)


# --- after each step -----------------------------------------------------------------------


def after_step(obj, action: str, user) -> None:
    """The letters a step produces and the e-mails it sends (after commit)."""
    if isinstance(obj, Objection):
        request = obj.request
        if action in ("file_online", "register_objection"):
            letter(
                request,
                Kind.OBJECTION_RECEIPT,
                Kind.OBJECTION_RECEIPT.label,
                objection_receipt_pdf(obj),
                user,
                obj,
            )
            send_released(
                request,
                _("Your objection %(number)s is registered") % {"number": obj.number},
                "objection_registered",
                objection=obj,
                user=user,
            )
        elif action == "respond":
            letter(
                request,
                Kind.OBJECTION_RESPONSE,
                Kind.OBJECTION_RESPONSE.label,
                objection_response_pdf(obj),
                user,
                obj,
            )
            send_released(
                request,
                _("The answer to your objection %(number)s") % {"number": obj.number},
                "objection_answered",
                objection=obj,
                user=user,
            )
        return
    request = obj
    if action == "submit_online":
        on_commit_mail(request, _("Confirm your request for information"), "confirm")
    elif action in ("confirm", "register"):
        letter(request, Kind.RECEIPT, Kind.RECEIPT.label, receipt_pdf(request), user)
        send_released(
            request,
            _("Your request %(number)s is registered") % {"number": request.number},
            "registered",
            user=user,
        )
    elif action == "ask_completion":
        on_commit_mail(
            request,
            _("Your request %(number)s needs completing") % {"number": request.number},
            "incomplete",
        )
    elif action == "reject_incomplete":
        on_commit_mail(
            request,
            _("Your request %(number)s was not completed") % {"number": request.number},
            "rejected",
        )
    elif action == "extend":
        letter(request, Kind.EXTENSION, Kind.EXTENSION.label, extension_pdf(request, user), user)
        send_released(
            request,
            _("The answer to your request %(number)s is extended") % {"number": request.number},
            "extended",
            user=user,
        )
    elif action == "decide":
        letter(request, Kind.NOTICE, Kind.NOTICE.label, notice_pdf(request), user)
        if request.decision in (Decision.REFUSED, Decision.PARTLY):
            letter(request, Kind.REFUSAL, Kind.REFUSAL.label, refusal_pdf(request), user)
    elif action == "deliver":
        send_released(
            request,
            _("The answer to your request %(number)s") % {"number": request.number},
            "delivered",
            user=user,
        )


def send_released(
    request: InformationRequest, subject: str, template: str, objection=None, user=None
):
    """E-mail every file not sent yet that may leave (outgoing.ready_to_send: the audit chain's
    release, the bytes that were scanned), attached, and mark them sent. The checks of the
    deliver step apply at every step that sends files (outgoing.check_delivery: no exempt
    bytes, no information files for a refused request)."""
    files = ready_to_send(request, user)
    mark_sent(files)
    on_commit_mail(request, subject, template, files=files, objection=objection)


def on_commit_mail(request, subject, template, files=(), objection=None) -> None:
    if not request.email:
        return
    context = {
        "request": request,
        "objection": objection,
        "track_url": tracking_url(request) if request.number else "",
        "confirm_url": public_url(
            reverse("information_requests:confirm", args=[request.pk, request.tracking_code])
        ),
        "office": office(),
        "note": request.steps.order_by("-at", "-pk").values_list("note", flat=True).first(),
    }
    attachments = [(f.filename, f.pk, f.released_sha256) for f in files]

    def send() -> None:
        from django.template.loader import render_to_string

        from .outgoing import OutgoingFile, released_content

        attached = []
        for filename, pk, digest in attachments:
            item = OutgoingFile.objects.filter(pk=pk).first()
            if item is not None:
                item.released_sha256 = digest
            content = released_content(item) if item is not None else None
            if content is None:  # changed since it was checked: never attached
                logger.error("File %s of %s not attached: not the bytes scanned", pk, request.pk)
                continue
            attached.append(
                (filename, content, "application/pdf" if filename.endswith(".pdf") else None)
            )
        with override("id"):
            body = render_to_string(f"information_requests/email/{template}.txt", context)
        try:
            # The office's layout: HTML with the plain text as its alternative.
            with override("id"):
                send_office_mail(f"[PPID] {subject}", body, [request.email], attachments=attached)
        except Exception:  # noqa: BLE001 - the step is recorded; the desk can resend
            logger.exception("E-mail to the requester of %s not sent", request.number)

    transaction.on_commit(send)
