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
