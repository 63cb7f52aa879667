"""Issue 13, live13 break 2: a live page links only to live pages. The row of a page that is
not live holds its draft (Wagtail writes a draft's slug and title on it): a rich-text link or a
quick link to it showed an Operator's unreviewed slug on a live page, and Wagtail wrote an
automatic redirect for it with no audit entry. Driven through the admin edit view and the public
site."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import ModelLogEntry, Site

from moderation import redirects
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import StandardPage
from tests.factories import first_approval

from .factories import home_page, publish
from .test_workflow_bypass import draft_page, member, post_edit

pytestmark = pytest.mark.django_db

SLUG = "sanksi-budi-santoso-nik-3404012207850003"


@pytest.fixture
def target(client, django_capture_on_commit_callbacks):
    """A page never live whose draft slug an Operator set through the editor."""
    operator = member("Operator")
    page = draft_page(operator, slug="rancangan")
    client.force_login(operator)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_edit(client, page, slug=SLUG)
    assert response.status_code == 302
    assert StandardPage.objects.get(pk=page.pk).slug == SLUG  # Wagtail's draft on the row
    return page


def linking_page(target) -> StandardPage:
    body = [("paragraph", f'<p>Lihat <a linktype="page" id="{target.pk}">sanksi</a>.</p>')]
    return publish(home_page(), StandardPage(title="Pengumuman", slug="pengumuman", body=body))


def test_a_rich_text_link_to_a_page_not_live_renders_without_its_address(target):
    from django.test import Client

    page = linking_page(target)
    html = Client().get(page.url).content.decode()
    assert "sanksi" in html  # the link text stays, as plain text
    assert SLUG not in html
    assert "rancangan" not in html


def test_a_rich_text_link_to_a_live_page_keeps_its_address(client):
    live = publish(home_page(), StandardPage(title="Profil", slug="profil-ppid"))
    page = linking_page(live)
    assert f'href="{live.url}"' in client.get(page.url).content.decode()


def test_a_quick_link_to_a_page_not_live_renders_without_its_address(target):
    from django.test import Client

    home = home_page()
    home.quick_links = [("link", {"label": "Daftar Sanksi", "page": target, "description": ""})]
    with approved_path(SET_UP):
        home.save_revision().publish()
    html = Client().get("/").content.decode()
    assert "Daftar Sanksi" in html
    assert SLUG not in html


def test_no_redirect_for_the_draft_slug_of_a_page_not_live(target):
    assert not Redirect.objects.exists()


def test_a_redirect_to_a_page_not_live_is_not_followed(target, client):
    site = Site.objects.get(is_default_site=True)
    redirect = Redirect.objects.create(old_path="/sanksi-lama", site=site, redirect_page=target)
    # Approved by a second person (moderation.redirects): still not followed to a draft.
    first_approval(redirect, redirects.digest_of(redirect))  # 1 of 2
    redirects.approve(redirect, member("Koordinator"), seen=redirects.digest_of(redirect))
    response = client.get("/sanksi-lama/")
    assert response.status_code == 404
    assert SLUG not in response.get("Location", "")


def test_a_published_slug_change_makes_a_logged_redirect(django_capture_on_commit_callbacks):
    live = publish(home_page(), StandardPage(title="Profil", slug="profil-lama"))
    live.slug = "profil-baru"
    with django_capture_on_commit_callbacks(execute=True), approved_path(SET_UP):
        live.save_revision().publish()
    redirect = Redirect.objects.get(old_path="/profil-lama")
    assert ModelLogEntry.objects.filter(
        object_id=str(redirect.pk), action="wagtail.create"
    ).exists()
