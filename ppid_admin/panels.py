"""The first panel of each role's home page: what the SOP asks of this role now, with the count
of things waiting for it (Operator, reviewers, Web Developer B1-B5, Kepala Dinas, and the
information service's Petugas, PPID and Atasan PPID)."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, WorkflowState


@dataclass(frozen=True)
class Waiting:
    label: str
    count: int
    url: str


@dataclass(frozen=True)
class Guide:
    role: str
    intro: str
    steps: tuple[str, ...]
    waiting: tuple[Waiting, ...]


def _in(user, group: str) -> bool:
    return user.groups.filter(name=group).exists()


def operator_guide(user) -> Guide:
    mine = WorkflowState.objects.filter(requested_by=user)
    return Guide(
        _("Operator"),
        _("You write and update content; it is published only after the scan and two reviews."),
        (
            _("Write or update a page and save it as a draft."),
            _("Submit it: the privacy scan checks the text and documents at once."),
            _("Wait for the Sub Koordinator's review and the Koordinator's approval (e-mail)."),
            _("Content sent back: fix what the findings or the reviewer say and submit again."),
        ),
        (
            Waiting(
                _("sent back to you"),
                mine.filter(status=WorkflowState.STATUS_NEEDS_CHANGES).count(),
                reverse("wagtailadmin_reports:workflow"),
            ),
            Waiting(
                _("in review"),
                mine.filter(status=WorkflowState.STATUS_IN_PROGRESS).count(),
                reverse("wagtailadmin_reports:workflow"),
            ),
        ),
    )


def reviewer_guide(user, role: str) -> Guide:
    waiting = TaskState.objects.reviewable_by(user).count()
    if role == "Koordinator":
        intro = _("You give the final approval (SOP A2): your approval publishes the content.")
    else:
        intro = _("You review content after the privacy scan (SOP A2), before the Koordinator.")
    return Guide(
        role,
        intro,
        (
            _("Open each item waiting for you and read every block and document."),
            _("Look for personal data the scan may have missed, and for wrong or outdated facts."),
            _("Approve, or request changes with a comment; never for content you edited."),
            _("Decide within 2 working days: late reviews are reported in the evaluations."),
        ),
        (Waiting(_("waiting for your review"), waiting, reverse("sop_governance:compliance")),),
    )


def web_developer_guide(user) -> Guide:
    from sop_governance.development.models import DevelopmentRequest, Stage

    open_for_you = DevelopmentRequest.objects.filter(
        stage__in=[Stage.HANDED_OVER, Stage.RECEIVED, Stage.DRAFT, Stage.OFFLINE_PASSED]
    ).count()
    return Guide(
        _("Web Developer"),
        _("You carry out development requests (SOP B1-B5); you do not edit content."),
        (
            _("B1-B2: the request is discussed and handed over to you: sign the tanda terima."),
            _("B3: present the draft (online or offline, link or file)."),
            _("B4: report the offline update with its staging URL; the Sub Koordinator checks."),
            _("B5: report the online update; the Koordinator checks and closes the request."),
        ),
        (
            Waiting(
                _("requests waiting for your step"),
                open_for_you,
                reverse("development_requests:index"),
            ),
        ),
    )


def head_of_office_guide(user) -> Guide:
    from sop_governance.development.models import DevelopmentRequest, Stage
    from sop_governance.evaluations.models import EvaluationReport, Kind, Status
    from sop_governance.models import ContentPlan

    return Guide(
        _("Kepala Dinas"),
        _("You receive the plans and reports of the SOP and take down content when needed."),
        (
            _("A1: acknowledge receipt of each quarter's signed daftar konten."),
            _("B1: acknowledge the reports of development meetings."),
            _("C2: read the monthly evaluation, add your notes and sign it."),
            _("Content that must not stay public: take it down with a reason."),
        ),
        (
            Waiting(
                _("plans to acknowledge"),
                ContentPlan.objects.filter(
                    signed_at__isnull=False, received_at__isnull=True
                ).count(),
                reverse("sop_governance_plans:list"),
            ),
            Waiting(
                _("development reports to acknowledge"),
                DevelopmentRequest.objects.filter(stage=Stage.DISCUSSED).count(),
                reverse("development_requests:index"),
            ),
            Waiting(
                _("evaluations to sign"),
                EvaluationReport.objects.filter(kind=Kind.MONTHLY, status=Status.COMPLETE).count(),
                reverse("evaluation_reports:index"),
            ),
        ),
    )


def service_desk_guide(user) -> Guide:
    from information_requests.models import InformationRequest, Stage

    requests = InformationRequest.objects.all()
    index = reverse("information_requests_admin:index")
    return Guide(
        _("Petugas Layanan Informasi"),
        _(
            "You are the information service desk: you register requests and objections, "
            "check the requester and deliver the answers (UU 14/2008, Perki 1/2021)."
        ),
        (
            _(
                "Register the requests and objections that come in person, by letter or by "
                "e-mail; an online request registers itself once its e-mail is confirmed."
            ),
            _(
                "Check each new request: ask the requester to complete it, or route it to the "
                "unit that holds the information."
            ),
            _("Deliver the PPID's letters and the information, then close the request."),
            _(
                "The 10 working days (7 more if extended) run from registration; reminders "
                "come by e-mail."
            ),
        ),
        (
            Waiting(
                _("new requests to check"),
                requests.filter(stage=Stage.RECEIVED).count(),
                f"{index}?stage={Stage.RECEIVED}",
            ),
            Waiting(
                _("decisions to deliver"),
                requests.filter(stage=Stage.DECIDED).count(),
                f"{index}?stage={Stage.DECIDED}",
            ),
            Waiting(
                _("waiting for the requester to complete"),
                requests.filter(stage=Stage.INCOMPLETE).count(),
                f"{index}?stage={Stage.INCOMPLETE}",
            ),
        ),
    )


def ppid_guide(user) -> Guide:
    from information_requests.models import InformationRequest, ObjectionStage, Stage

    return Guide(
        _("PPID"),
        _(
            "You decide on information requests in writing (pemberitahuan tertulis) within 10 "
            "working days of registration."
        ),
        (
            _("Open each request being processed, with the answer of the unit that holds it."),
            _(
                "Decide: the information in full, in part, or refused as exempt information "
                "(with its consequence test)."
            ),
            _("Extend by 7 working days only once, with a written reason."),
            _("Record a sengketa when the requester takes it to the Komisi Informasi."),
        ),
        (
            Waiting(
                _("requests to decide"),
                InformationRequest.objects.filter(
                    stage__in=[Stage.PROCESSING, Stage.EXTENDED]
                ).count(),
                reverse("information_requests_admin:index") + f"?stage={Stage.PROCESSING}",
            ),
            Waiting(
                _("objections not yet answered"),
                _objections(ObjectionStage.RECEIVED),
                reverse("objections_admin:index") + f"?stage={ObjectionStage.RECEIVED}",
            ),
        ),
    )


def _objections(stage) -> int:
    from information_requests.models import Objection

    return Objection.objects.filter(stage=stage).count()


def superior_guide(user) -> Guide:
    from information_requests.models import ObjectionStage

    return Guide(
        _("Atasan PPID"),
        _("You answer objections (keberatan) against the PPID's decisions (UU 14/2008 Pasal 36)."),
        (
            _("Open each objection received and the request it concerns."),
            _("Answer in writing: accept, accept in part, or reject, with your reasons."),
            _(
                "Answer within 30 working days of registration; the requester may then take "
                "it to the Komisi Informasi."
            ),
        ),
        (
            Waiting(
                _("objections waiting for your answer"),
                _objections(ObjectionStage.RECEIVED),
                reverse("objections_admin:index") + f"?stage={ObjectionStage.RECEIVED}",
            ),
        ),
    )


def guides_for(user) -> list[Guide]:
    guides = []
    if _in(user, "Operator"):
        guides.append(operator_guide(user))
    for role in ("Sub Koordinator", "Koordinator"):
        if _in(user, role):
            guides.append(reviewer_guide(user, role))
    if _in(user, "Web Developer"):
        guides.append(web_developer_guide(user))
    if _in(user, "Kepala Dinas"):
        guides.append(head_of_office_guide(user))
    # The information service (issue 17: every role's home says what it is there for).
    if _in(user, "Petugas Layanan Informasi"):
        guides.append(service_desk_guide(user))
    if _in(user, "PPID"):
        guides.append(ppid_guide(user))
    if _in(user, "Atasan PPID"):
        guides.append(superior_guide(user))
    return guides


class RoleGuidePanel(Component):
    name = "ppid_role_guide"
    order = 10
    template_name = "ppid_admin/home/role_guide.html"

    def __init__(self, guides: list[Guide]):
        self.guides = guides

    def get_context_data(self, parent_context=None):
        return {"guides": self.guides}
