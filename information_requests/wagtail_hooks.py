from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from moderation.snippets import NoChooserCreateViewSet

from .dashboard import compliance_section, home_panel
from .models import StandardText
from .viewsets import objection_viewset, request_viewset


@hooks.register("register_admin_viewset")
def register_requests():
    return request_viewset


@hooks.register("register_admin_viewset")
def register_objections():
    return objection_viewset


class RegisterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("information_requests.view_register")


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return RegisterMenuItem(
        _("Service registers"),
        reverse("information_requests_admin:register"),
        icon_name="list-ul",
        order=252,
    )


@hooks.register("register_sop_compliance_sections")
def information_requests_section(request):
    return compliance_section(request)


@hooks.register("construct_homepage_panels")
def add_service_panel(request, panels) -> None:
    if (panel := home_panel(request)) is not None:
        panels.append(panel)


LOG_ACTIONS = {
    "submit_online": (_("Request submitted online"), _("Submitted online, awaiting confirmation")),
    "confirm": (_("Request confirmed"), _("E-mail confirmed by the requester and registered")),
    "register": (_("Request registered"), _("Registered by the desk")),
    "ask_completion": (_("Completion requested"), _("The requester was asked to complete it")),
    "complete": (_("Request completed"), _("Completed; the clock runs again")),
    "reject_incomplete": (_("Rejected as incomplete"), _("Rejected: not completed in time")),
    "process": (_("Routed to the unit"), _("Routed to the unit holding the information")),
    "extend": (_("Deadline extended"), _("Extended by 7 working days")),
    "decide": (_("Request decided"), _("Decided by the PPID (pemberitahuan tertulis)")),
    "deliver": (_("Answer delivered"), _("Letters and information delivered to the requester")),
    "close": (_("Request closed"), _("Closed")),
    "file_online": (_("Objection filed online"), _("Objection filed by the requester")),
    "register_objection": (_("Objection registered"), _("Objection registered by the desk")),
    "respond": (_("Objection answered"), _("Answered by the Atasan PPID")),
    "register_dispute": (_("Sengketa recorded"), _("Sengketa at the Komisi Informasi recorded")),
    "mediation": (_("Mediation recorded"), _("Mediation session recorded")),
    "adjudication": (_("Adjudication recorded"), _("Adjudication hearing recorded")),
    "putusan": (_("Putusan recorded"), _("The Komisi Informasi's putusan recorded")),
    "close_objection": (_("Objection closed"), _("Objection closed")),
    "identity_viewed": (_("Identity viewed"), _("The requester's identity document was opened")),
    "file_added": (_("File for the requester added"), _("File added and scanned")),
    "findings_cleared": (_("Scan findings cleared"), _("Findings cleared with a reason")),
    "file_sent": (_("File sent to the requester"), _("File released to the requester")),
    "file_baseline": (
        _("File fingerprint recorded"),
        _("The SHA-256 of a file added before it was logged, recorded at the upgrade"),
    ),
    "identity_purged": (_("Identity purged"), _("Identity data purged after the retention")),
    "exempt_file_refused": (
        _("Exempt file refused"),
        _("A file with the bytes of exempt information was refused"),
    ),
    "exempt_text_refused": (
        _("Exempt text refused"),
        _("A text to the requester holding a passage of exempt information was refused"),
    ),
    "text_to_requester": (
        _("Text to the requester checked"),
        _("A text to the requester (a note, a file's title) passed the checks and was given"),
    ),
    "private_text_refused": (
        _("Text with personal data refused"),
        _("A text to the requester holding personal data that is not theirs was refused"),
    ),
    "own_clearing_refused": (
        _("Own clearing refused"),
        _("The uploader of a file tried to clear its findings, or to deliver it so cleared"),
    ),
    "information_after_refusal_refused": (
        _("Information file refused"),
        _("An information file for a refused request was refused"),
    ),
}


@hooks.register("register_log_actions")
def register_service_log_actions(actions) -> None:
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(f"information_requests.{action}", label, message)


class StandardTextViewSet(SnippetViewSet):
    """The reference of standard texts (Naskah Baku): proposed here, released by two approvers
    on the approval page (moderation.snippets), like an information unit's name."""

    model = StandardText
    chooser_viewset_class = NoChooserCreateViewSet
    icon = "doc-full"
    menu_label = _("Standard texts")
    search_fields = ["title", "text", "source"]
    list_display = ["title", "source", "released_at", "pending_at"]


register_snippet(StandardTextViewSet)
