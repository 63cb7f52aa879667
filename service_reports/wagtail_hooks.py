from wagtail import hooks

from .transitions import LOG_ACTIONS, LOG_PREFIX
from .viewsets import AnnualServiceReportViewSet


@hooks.register("register_admin_viewset")
def register_report_viewset():
    return AnnualServiceReportViewSet("service_reports")


@hooks.register("register_log_actions")
def register_report_log_actions(actions) -> None:
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(LOG_PREFIX + action, label, message)
