"""What is live changes only through the SOP's paths, for superusers too (issue 13 re-attack).

Every Wagtail route that makes a page live, takes it down, deletes, moves, reorders or restricts
a live page is refused at the model layer (moderation.publication): the admin API's actions,
the unpublish, delete, move, reorder and privacy views and the bulk actions.
"""

import json

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from moderation.actions import take_down
from moderation.models import Takedown
from ppid_pages.models import StandardPage

from .factories import home_page, publish

pytestmark = pytest.mark.django_db


def body(text: str) -> list:
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def admin(client) -> User:
    user = User.objects.create_superuser("root", "root@contohkab.go.id", "x")
    client.force_login(user)
    return user


def live_page(slug: str) -> StandardPage:
    return publish(home_page(), StandardPage(title=slug.title(), slug=slug, body=body("Isi.")))


def api(client: Client, page: Page, action: str, data: dict | None = None):
    url = f"/admin/api/main/pages/{page.pk}/action/{action}/"
    return client.post(url, json.dumps(data or {}), content_type="application/json")


def test_superuser_cannot_publish_a_draft_through_the_admin_api(client, admin):
    page = StandardPage(title="Slot Gacor", slug="slot", body=body("SLOT GACOR 88"))
    home_page().add_child(instance=page)
    page.save_revision(user=admin)
    response = api(client, page, "publish")
    assert response.status_code == 403
    page.refresh_from_db()
    assert not page.live and page.live_revision_id is None
    assert Client().get("/slot/").status_code == 404


def test_superuser_cannot_publish_a_new_revision_of_a_live_page_through_the_api(client, admin):
    page = live_page("profil")
    live = page.live_revision_id
    page.body = body("SLOT GACOR 88")
    page.save_revision(user=admin)
    assert api(client, page, "publish").status_code == 403
    page.refresh_from_db()
    assert page.live_revision_id == live
    assert "SLOT GACOR" not in Client().get("/profil/").content.decode()


@pytest.mark.parametrize(
    "route",
    ["api_unpublish", "unpublish", "bulk_unpublish", "delete", "api_delete", "bulk_delete"],
)
def test_live_pages_are_taken_down_only_with_the_take_down_form(client, admin, route):
    page = live_page("pengumuman")
    if route == "api_unpublish":
        response = api(client, page, "unpublish")
    elif route == "api_delete":
        response = api(client, page, "delete")
    elif route in ("unpublish", "delete"):
        response = client.post(reverse(f"wagtailadmin_pages:{route}", args=[page.pk]))
    else:
        action = route.removeprefix("bulk_")
        url = (
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?id={page.pk}"
        )
        response = client.post(url, {})
    assert response.status_code in (302, 403)
    page = Page.objects.get(pk=page.pk)
    assert page.live
    assert Client().get("/pengumuman/").status_code == 200
    assert not Takedown.objects.exists()

    take_down(page, admin, "Informasi keliru")  # the SOP's way still works
    page.refresh_from_db()
    assert not page.live and Takedown.objects.filter(page=page).exists()


@pytest.mark.parametrize("route", ["move", "api_move", "reorder", "privacy"])
def test_live_pages_are_not_moved_reordered_or_restricted(client, admin, route):
    section = live_page("berita")
    first = publish(section, StandardPage(title="Satu", slug="satu", body=body("Satu.")))
    second = publish(section, StandardPage(title="Dua", slug="dua", body=body("Dua.")))
    if route == "move":
        url = reverse("wagtailadmin_pages:move_confirm", args=[second.pk, home_page().pk])
        response = client.post(url)
    elif route == "api_move":
        response = api(client, second, "move", {"destination_page_id": home_page().pk})
    elif route == "reorder":
        url = reverse("wagtailadmin_pages:set_page_position", args=[second.pk]) + "?position=0"
        response = client.post(url)
    else:
        url = reverse("wagtailadmin_pages:set_privacy", args=[second.pk])
        response = client.post(url, {"restriction_type": "password", "password": "rahasia123"})
    assert response.status_code in (302, 403)
    assert [p.pk for p in section.get_children()] == [first.pk, second.pk]
    assert not PageViewRestriction.objects.exists()
    assert Client().get("/berita/dua/").status_code == 200


def test_the_admin_says_why_and_points_to_the_take_down_form(client, admin):
    from django.contrib.messages import get_messages

    page = live_page("pengumuman")
    for view in ("unpublish", "delete"):
        response = client.post(reverse(f"wagtailadmin_pages:{view}", args=[page.pk]))
        assert response.status_code == 302
        shown = [str(m) for m in get_messages(response.wsgi_request)]
        assert any("formulir penurunan" in message for message in shown)
    assert Page.objects.get(pk=page.pk).live
