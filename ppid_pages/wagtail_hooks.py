from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import InformationUnit, SopRole
from .visibility import is_exempt_document


@hooks.register("before_serve_document")
def refuse_exempt_documents(document, request):
    """Documents of exempt DIP entries are served to staff who may edit documents, nobody else."""
    if is_exempt_document(document) and not (
        document_permission_policy.user_has_permission_for_instance(
            request.user, "change", document
        )
    ):
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


register_snippet(InformationUnitViewSet)
register_snippet(SopRoleViewSet)
