"""Issue 13, live13 break 3: a live page lives under live pages only. A live page under a page
that was not live showed that page's draft title (breadcrumbs, section menu) and its address
followed the page's draft slug; a take-down left the live pages below reachable. Now:
- the finish action (every path but SET_UP) refuses to publish a page whose parent is not live;
- the slug of a page with live pages below it changes only through publication;
- breadcrumbs and section menus show only live pages (a live page's row keeps its live title);
- a take-down takes the live pages below down with it, each logged with the reason.
Driven through the admin edit, workflow and take-down views and the public site."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from moderation.models import Takedown
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import StandardPage

from .factories import home_page, publish
from .test_workflow_bypass import (
    ROLES,
    draft_page,
    fresh,
    member,
    post_edit,
    submit,
    workflow_action,
)

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Sanksi Budi Santoso"
DRAFT_SLUG = "sanksi-budi-santoso-nik-3404012207850003"


@pytest.fixture
def people() -> dict:
    return {role: member(role) for role in ROLES}


def live_child_under_draft(people) -> tuple[StandardPage, StandardPage]:
    """A section never live (as existing data may hold) with a live page under it."""
    section = draft_page(people["Operator"], slug="seksi")
    child = StandardPage(title="Laporan Tahunan", slug="laporan-tahunan")
    with approved_path(SET_UP):
        publish(section, child)
    return fresh(section), fresh(child)


def test_the_finish_action_refuses_a_page_whose_parent_is_not_live(client, people):
    section = draft_page(people["Operator"], slug="seksi")
    child = draft_page(people["Operator"], slug="anak", parent=section)
    submit(client, people["Operator"], child)
    workflow_action(client, people["Sub Koordinator"], child)
    response = workflow_action(client, people["Koordinator"], child)
    assert not fresh(child).live
    assert response.status_code in (302, 403)
    assert Client().get("/seksi/anak/").status_code == 404


def test_the_draft_slug_of_a_parent_does_not_move_a_live_page(client, people):
    section, child = live_child_under_draft(people)
    url = child.url
    client.force_login(people["Operator"])
    post_edit(client, section, slug=DRAFT_SLUG, title=DRAFT_TITLE)
    assert fresh(section).slug == "seksi"
    assert fresh(child).url == url
    response = Client().get(url)
    assert response.status_code == 200
    assert DRAFT_SLUG not in response.content.decode()
    assert Client().get(f"/{DRAFT_SLUG}/laporan-tahunan/").status_code == 404


def test_breadcrumbs_and_menus_show_only_live_pages(client, people):
    section, child = live_child_under_draft(people)
    client.force_login(people["Operator"])
    post_edit(client, section, title=DRAFT_TITLE)  # the title goes on the row: not live
    assert fresh(section).title == DRAFT_TITLE
    html = Client().get(child.url).content.decode()
    assert "Laporan Tahunan" in html
    assert DRAFT_TITLE not in html


def test_a_take_down_takes_the_live_pages_below_down_with_it(client):
    koordinator = User.objects.create_user("koor", "koor@contohkab.go.id", "x")
    koordinator.groups.add(Group.objects.get(name="Koordinator"))
    section = publish(home_page(), StandardPage(title="Seksi", slug="seksi"))
    child = publish(section, StandardPage(title="Laporan", slug="laporan"))
    grandchild = publish(child, StandardPage(title="Lampiran", slug="lampiran"))
    client.force_login(koordinator)
    response = client.post(
        reverse("moderation:takedown", args=[section.pk]), {"reason": "Memuat data pribadi."}
    )
    assert response.status_code == 302
    for page in (section, child, grandchild):
        assert not Page.objects.get(pk=page.pk).live
        assert PageLogEntry.objects.filter(page_id=page.pk, action="ppid.takedown").exists()
        assert Takedown.objects.filter(page_id=page.pk, reason="Memuat data pribadi.").exists()
    assert Client().get("/seksi/laporan/lampiran/").status_code == 404
