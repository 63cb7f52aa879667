"""Who may search pages: the same permissions Wagtail's page explorer and search require, so
a search box never leads to a "no permission" page (Kepala Dinas, Web Developer)."""

from wagtail.permissions import page_permission_policy

PAGE_SEARCH_PERMISSIONS = {"add", "change", "publish", "bulk_delete", "lock", "unlock"}


def can_search_pages(user) -> bool:
    return page_permission_policy.user_has_any_permission(user, PAGE_SEARCH_PERMISSIONS)
