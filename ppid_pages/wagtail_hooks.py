from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import InformationUnit, SopRole
from .visibility import document_is_public


@hooks.register("before_serve_document")
def refuse_private_documents(document, request):
    """The public gets released, non-exempt documents; staff who work with documents get all."""
    if document_is_public(document):
        return
    if document_permission_policy.user_has_any_permission_for_instance(
        request.user, ["change", "choose"], document
    ):
        return
    raise Http404


class InformationUnitViewSet(SnippetViewSet):
    model = InformationUnit
    icon = "group"
    menu_label = _("Information units")
    search_fields = ["name"]
    list_display = ["name"]


class SopRoleViewSet(SnippetViewSet):
    model = SopRole
    icon = "user"
    menu_label = _("SOP roles")
    list_display = ["group", "duties"]


@hooks.register("register_log_actions")
def register_exemption_log_actions(actions) -> None:
    actions.register_action(
        "ppid.exemption.mark", _("Marked exempt"), _("Information recorded as exempt")
    )
    actions.register_action(
        "ppid.exemption.lift",
        _("Exemption lifted"),
        _("Exemption lifted through the workflow with a consequence test decision"),
    )


register_snippet(InformationUnitViewSet)
register_snippet(SopRoleViewSet)
