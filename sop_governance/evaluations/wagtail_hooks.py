from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .components import evaluations_panel
from .reports import EMAILED, GENERATED, SIGNED
from .viewsets import crontab_viewset, evaluation_report_viewset, periodic_task_viewset


@hooks.register("register_admin_viewset")
def register_evaluation_reports():
    return evaluation_report_viewset


@hooks.register("register_admin_viewset")
def register_periodic_tasks():
    return periodic_task_viewset


@hooks.register("register_admin_viewset")
def register_crontab_schedules():
    return crontab_viewset


@hooks.register("register_sop_compliance_sections")
def evaluations_section(request):
    return evaluations_panel(request)


@hooks.register("construct_homepage_panels")
def add_evaluations_panel(request, panels) -> None:
    if (panel := evaluations_panel(request)) is not None:
        panels.append(panel)


@hooks.register("register_log_actions")
def register_evaluation_log_actions(actions) -> None:
    actions.register_action(
        GENERATED, _("Evaluation report generated"), _("Evaluation report generated")
    )
    actions.register_action(
        EMAILED, _("Evaluation report e-mailed"), _("Evaluation report e-mailed")
    )
    actions.register_action(SIGNED, _("Evaluation report signed"), _("Evaluation report signed"))
