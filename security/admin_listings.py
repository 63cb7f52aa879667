"""Admin listings that show titles of content are open only to roles that work with it.

Wagtail opens its choosers, the admin API, the bulk-action confirmations and some confirmation
pages to every admin user: a Web Developer or the Kepala Dinas, who have no page, document or
image rights, could list every page title (drafts included) and the titles of unreleased
documents through them. This middleware refuses those views to a user without any permission on
the content they list (superusers keep them). One table, deny by default for the families it
names: a new view of the same family is refused too.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseForbidden

# URL-name prefixes -> the content they list.
LISTINGS = (
    ("wagtailadmin_choose_page", "page"),
    ("wagtailadmin_api:pages:", "page"),
    ("wagtailadmin_pages:move_confirm", "page"),
    ("wagtailadmin_pages:confirm_workflow_cancellation", "page"),
    ("wagtailadmin_api:documents:", "document"),
    ("wagtaildocs_chooser:", "document"),
    ("wagtailadmin_api:images:", "image"),
    ("wagtailimages_chooser:", "image"),
    ("wagtailsnippetchoosers_", "snippet"),
)


def has_page_rights(user) -> bool:
    from wagtail.permission_policies.pages import PagePermissionPolicy

    return PagePermissionPolicy().user_has_any_permission(
        user, ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
    )


def has_collection_rights(kind: str, user) -> bool:
    if kind == "document":
        from wagtail.documents.permissions import permission_policy
    else:
        from wagtail.images.permissions import permission_policy
    return permission_policy.user_has_any_permission(user, ["add", "change", "choose"])


def has_model_rights(user, app_label: str, model_name: str) -> bool:
    return any(
        user.has_perm(f"{app_label}.{action}_{model_name}")
        for action in ("add", "change", "delete", "view")
    )


def may_list(user, kind: str, match) -> bool:
    if kind == "page":
        return has_page_rights(user)
    if kind in ("document", "image"):
        return has_collection_rights(kind, user)
    # Snippet choosers (wagtailsnippetchoosers_<app>_<model>): the model's own rights, or page
    # rights for the snippets page forms choose (information units on DIP entries).
    app_model = match.namespace.removeprefix("wagtailsnippetchoosers_")
    return has_page_rights(user) or any(
        has_model_rights(user, app_model[:i], app_model[i + 1 :])
        for i, char in enumerate(app_model)
        if char == "_"
    )


def bulk_kind(match) -> str | None:
    model = (match.kwargs.get("app_label"), match.kwargs.get("model_name"))
    if model == ("wagtailcore", "page"):
        return "page"
    if model[1] in ("document", "ppiddocument"):
        return "document"
    if model[1] in ("image", "ppidimage"):
        return "image"
    return "model"


class AdminListingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated or user.is_superuser:
            return None
        name = match.view_name or ""
        if name == "wagtail_bulk_action":
            kind = bulk_kind(match)
            allowed = (
                has_model_rights(user, match.kwargs["app_label"], match.kwargs["model_name"])
                if kind == "model"
                else may_list(user, kind, match)
            )
        else:
            kind = next((kind for prefix, kind in LISTINGS if name.startswith(prefix)), None)
            if kind is None:
                return None
            allowed = may_list(user, kind, match)
        if allowed:
            return None
        if name.startswith("wagtailadmin_api:") or request.headers.get("x-requested-with"):
            return HttpResponseForbidden()
        from wagtail.admin.auth import permission_denied

        try:
            return permission_denied(request)
        except PermissionDenied:
            return HttpResponseForbidden()
