from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .dashboard import compliance_section, home_panel
from .viewsets import development_request_viewset


@hooks.register("register_admin_viewset")
def register_development_requests():
    return development_request_viewset


@hooks.register("register_sop_compliance_sections")
def development_requests_section(request):
    return compliance_section(request)


@hooks.register("construct_homepage_panels")
def add_development_panel(request, panels) -> None:
    if (panel := home_panel(request)) is not None:
        panels.append(panel)


LOG_ACTIONS = {
    "submit": (_("Development request submitted"), _("Submitted by the Sub Koordinator")),
    "discuss": (_("Notulen recorded"), _("Discussed; notulen recorded by the Koordinator")),
    "report": (
        _("Reported to the head of office"),
        _("The head of office acknowledged the notulen"),
    ),
    "hand_over": (
        _("Handed over to the Web Developer"),
        _("Handed over to the Web Developer by the Sub Koordinator"),
    ),
    "acknowledge": (_("Tanda terima signed"), _("The Web Developer signed the tanda terima")),
    "present_draft": (_("Draft presented"), _("Draft presented to the Sub Koordinator")),
    "update_offline": (_("Offline update"), _("Updated offline (staging) by the Web Developer")),
    "pass_offline": (_("Offline check passed"), _("Offline check passed (Sub Koordinator)")),
    "fail_offline": (
        _("Offline check failed"),
        _("Offline check failed, sent back to the Web Developer"),
    ),
    "update_online": (_("Online update"), _("Online update reported by the Web Developer")),
    "pass_online": (_("Online check passed"), _("Online check passed, request closed")),
    "fail_online": (
        _("Online check failed"),
        _("Online check failed, sent back to the Web Developer"),
    ),
    "comment": (_("Input added"), _("Input added to the development request")),
}


@hooks.register("register_log_actions")
def register_development_log_actions(actions) -> None:
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(f"sop_development.{action}", label, message)
