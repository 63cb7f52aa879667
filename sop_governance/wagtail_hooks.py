from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import admin_urls, components
from .viewsets import ContentPlanViewSet, plan_item_viewset

register_snippet(ContentPlanViewSet)


@hooks.register("register_admin_viewset")
def register_plan_items():
    return plan_item_viewset


@hooks.register("register_admin_urls")
def register_governance_urls():
    return [path("sop/tata-kelola/", include(admin_urls, namespace="sop_governance"))]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request) -> bool:
        return self.permission is None or request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def compliance_menu_item():
    """Every role: the page shows each user only the sections that concern them."""
    return PermissionMenuItem(
        _("Kepatuhan SOP"),
        reverse("sop_governance:compliance"),
        name="sop_compliance",
        icon_name="tasks",
        order=230,
    )


@hooks.register("register_admin_menu_item")
def uploads_menu_item():
    return PermissionMenuItem(
        _("Monthly uploads"),
        reverse("sop_governance:uploads"),
        name="sop_monthly_uploads",
        icon_name="upload",
        order=241,
        permission=components.VIEW_PLANS,
    )


@hooks.register("register_admin_menu_item")
def plan_items_menu_item():
    return PermissionMenuItem(
        _("Content plan items"),
        reverse("sop_governance_plan_items:index"),
        name="sop_plan_items",
        icon_name="tasks",
        order=242,
        permission=components.VIEW_PLANS,
    )


# The "Kepatuhan SOP" page: this app's sections first, other apps' after them.
hooks.register("register_sop_compliance_sections", components.plan_section, order=-50)
hooks.register("register_sop_compliance_sections", components.uploads_section, order=-40)
hooks.register("register_sop_compliance_sections", components.my_reviews_section, order=-30)
hooks.register("register_sop_compliance_sections", components.late_reviews_section, order=-20)
hooks.register("register_sop_compliance_sections", components.forced_section, order=-10)
hooks.register("register_sop_compliance_sections", components.berkala_section, order=-5)


@hooks.register("construct_homepage_panels")
def add_compliance_panel(request, panels) -> None:
    facts = components.home_facts(request.user)
    if facts:
        panels.append(components.CompliancePanel(facts))


LOG_ACTIONS = {
    "sop_governance.plan.sign": (
        _("Content plan signed"),
        _("Content plan signed by the Koordinator"),
    ),
    "sop_governance.plan.receive": (
        _("Content plan received"),
        _("Receipt of the content plan acknowledged by the head of office"),
    ),
    "sop_governance.plan.supersede": (
        _("Content plan superseded"),
        _("Content plan superseded by a new version"),
    ),
}


@hooks.register("register_log_actions")
def register_governance_log_actions(actions) -> None:
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)
