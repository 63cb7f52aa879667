from django.http import Http404
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .exemption import is_exempt_document
from .models import InformationUnit, SopRole
from .visibility import (
    document_is_public,
    linkable_many,
    released_for_restricted,
    restricted_use_admits,
)


@hooks.register("before_serve_document")
def refuse_private_documents(document, request):
    """The public gets released, non-exempt documents in public use; a visitor admitted to a
    restricted page gets the released, non-exempt documents of that page, in the released
    version only (released_for_restricted; never cached: the visitor has a session); staff who
    work with documents get all."""
    if document_is_public(document):
        return
    if (
        not is_exempt_document(document)
        and restricted_use_admits(document, request)
        and released_for_restricted(document)
    ):
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
    actions.register_action(
        "ppid.exemption.asset", _("Exempt"), _("Used by exempt information: never public")
    )
    actions.register_action(
        "ppid.exemption.version",
        _("Exempt version recorded"),
        _("Fingerprints of a version of an exempt file recorded: compared with every upload"),
    )
    actions.register_action(
        "ppid.exemption.asset_lift",
        _("Exemption of the file lifted"),
        _("Exemption of the file lifted with its entry's consequence test decision"),
    )


register_snippet(InformationUnitViewSet)
register_snippet(SopRoleViewSet)


class LivePageLinkHandler(PageLinkHandler):
    """Rich-text page links (`<a linktype="page" id="...">`) render an href only to a page the
    public may see as live (visibility.linkable): the row of a page that is not live holds its
    draft slug, which a live page must never show (issue 13, live13 break 2). A link to any
    other page renders as plain text (an `<a>` without href)."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        pages = cls.get_many(attrs_list)
        tags = []
        for page, shown in zip(pages, linkable_many(pages), strict=True):
            url = (page.localized.url or "") if shown else ""
            tags.append(f'<a href="{escape(url)}">' if url else "<a>")
        return tags


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own "page"
def live_page_links(features) -> None:
    features.register_link_type(LivePageLinkHandler)
