from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .editor import editor_guidance


@hooks.register("insert_global_admin_css")
def admin_css() -> str:
    return format_html('<link rel="stylesheet" href="{}">', static("ppid_admin/admin.css"))


@hooks.register("insert_editor_js")
def findings_js() -> str:
    return format_html('<script src="{}"></script>', static("ppid_admin/findings.js"))


@hooks.register("before_edit_page")
def explain_the_editor(request, page) -> None:
    """What the SOP asks of this user now, and the scan's findings (GET: the form is shown)."""
    if request.method == "GET":
        editor_guidance(request, page)


@hooks.register("before_create_page")
def explain_a_new_page(request, parent_page, page_class) -> None:
    if request.method == "GET":
        editor_guidance(request, None, parent_page)


@hooks.register("construct_homepage_panels")
def role_guide_panel(request, panels) -> None:
    from .panels import RoleGuidePanel, guides_for

    guides = guides_for(request.user)
    if guides:
        panels.append(RoleGuidePanel(guides))


@hooks.register("construct_page_action_menu")
def no_cancel_as_the_main_button(menu_items, request, context) -> None:
    """While a page is in review, someone who may not edit it (the Operator who submitted)
    would get "Cancel workflow" as the main button: show the review's progress instead."""
    from wagtail.admin.action_menu import CancelWorkflowMenuItem

    from .action_menu import ReviewProgressMenuItem

    if menu_items and isinstance(menu_items[0], CancelWorkflowMenuItem):
        menu_items.insert(0, ReviewProgressMenuItem(order=-1))
