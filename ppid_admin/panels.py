"""The first panel of each role's home page: what the SOP asks of this role now, with the count
of things waiting for it (Operator, reviewers, Web Developer B1-B5, Kepala Dinas)."""

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
    return guides


class RoleGuidePanel(Component):
    name = "ppid_role_guide"
    order = 10
    template_name = "ppid_admin/home/role_guide.html"

    def __init__(self, guides: list[Guide]):
        self.guides = guides

    def get_context_data(self, parent_context=None):
        return {"guides": self.guides}
