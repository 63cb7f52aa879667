"""Roles without page rights (Web Developer, Kepala Dinas) never list page titles, drafts
included, through any admin listing: the page chooser, the bulk-action confirmation, the admin
API, the move and workflow-cancellation confirmations, reports (issue 13). Each request is the
real admin view as the role; the editors still get them (positive control)."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from ppid_pages.models import StandardPage
from tests.factories import home_page, make_document

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Draf Rahasia Pengadaan Server"
DOCUMENT_TITLE = "Lampiran Rahasia Negosiasi"


def member(role: str) -> User:
    username = role.lower().replace(" ", "")
    user = User.objects.create_user(username, email=f"{username}@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def draft() -> StandardPage:
    page = StandardPage(title=DRAFT_TITLE, slug="draf-rahasia", live=False)
    home_page().add_child(instance=page)
    page.save_revision()
    return page


def listing_urls(page: StandardPage) -> dict[str, str]:
    home = home_page()
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    return {
        "page chooser": reverse("wagtailadmin_choose_page_child", args=[home.pk]),
        "page chooser root": reverse("wagtailadmin_choose_page"),
        "page chooser search": reverse("wagtailadmin_choose_page_search") + "?q=Rahasia",
        "page chooser chosen": reverse("wagtailadmin_choose_page_chosen_multiple")
        + f"?id={page.pk}",
        "bulk delete": f"{bulk}?id={page.pk}",
        "bulk publish": reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={page.pk}",
        "bulk unpublish": reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
        + f"?id={page.pk}",
        "bulk move": reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"])
        + f"?id={page.pk}",
        "api pages": reverse("wagtailadmin_api:pages:listing") + f"?child_of={home.pk}",
        "api pages search": reverse("wagtailadmin_api:pages:listing") + "?search=Rahasia",
        "api page detail": reverse("wagtailadmin_api:pages:detail", args=[page.pk]),
        "api documents": reverse("wagtailadmin_api:documents:listing"),
        "move confirm": reverse("wagtailadmin_pages:move_confirm", args=[page.pk, home.pk]),
        "workflow cancellation": reverse(
            "wagtailadmin_pages:confirm_workflow_cancellation", args=[page.pk]
        ),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "document chooser": reverse("wagtaildocs_chooser:choose"),
        "document chooser results": reverse("wagtaildocs_chooser:choose_results") + "?q=Rahasia",
    }


@pytest.mark.parametrize("role", ["Web Developer", "Kepala Dinas"])
def test_roles_without_page_rights_never_see_page_titles(client, draft, role):
    make_document(DOCUMENT_TITLE)
    client.force_login(member(role))
    leaks = {}
    for name, url in listing_urls(draft).items():
        response = client.get(url, follow=True)
        body = response.content.decode()
        if DRAFT_TITLE in body or DOCUMENT_TITLE in body:
            leaks[name] = response.status_code
    assert leaks == {}


def test_editors_still_choose_pages(client, draft):
    client.force_login(member("Operator"))
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[home_page().pk]))
    assert response.status_code == 200
    assert DRAFT_TITLE in response.content.decode()
