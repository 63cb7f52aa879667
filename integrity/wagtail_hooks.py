from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .alerts import RAISE_ACTION, RESOLVE_ACTION
from .backup import RESTORE_ACTION
from .components import compliance_section, home_panel
from .manifest import MANIFEST_ACTION
from .viewsets import integrity_alert_viewset
from .watch_runs import WATCH_RUN_ACTION


@hooks.register("register_admin_viewset")
def register_integrity_alerts():
    return integrity_alert_viewset


@hooks.register("register_sop_compliance_sections")
def integrity_section(request):
    return compliance_section(request)


@hooks.register("construct_homepage_panels")
def add_integrity_panel(request, panels) -> None:
    if (panel := home_panel(request)) is not None:
        panels.append(panel)


@hooks.register("register_log_actions")
def register_integrity_log_actions(actions) -> None:
    actions.register_action(
        RAISE_ACTION, _("Integrity alert"), _("Integrity alert raised by the watch")
    )
    actions.register_action(
        RESOLVE_ACTION, _("Integrity alert resolved"), _("Integrity alert resolved")
    )
    actions.register_action(
        WATCH_RUN_ACTION, _("Integrity watch ran"), _("The integrity watch checked the website")
    )
    actions.register_action(
        RESTORE_ACTION, _("Backup restored"), _("The database was restored from a backup")
    )
    actions.register_action(
        MANIFEST_ACTION,
        _("Deployment manifest"),
        _("Templates, static files and translations recorded at deployment"),
    )
