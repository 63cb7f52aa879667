"""What is live changes only through the SOP's paths, also where Django and Wagtail write the
page rows without the gate's save() check (issue 13, gate13 item 1).

- Queryset writes (`Page.objects.filter(...).update(live=True)`, `bulk_update`), as any
  management command or shell session would run them: refused at the queryset
  (moderation.publication.check_page_update), for every page model's manager.
- A live page's address (slug, url_path) or alias changed by a plain save(): Wagtail's
  convert_alias (admin view and admin API) turned a live alias into a page of its own and
  committed that although the gate refused the live revision a moment later (the admin
  catches the refusal, the request's transaction commits what came before it)."""

import json

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from moderation.publication import SET_UP, Refused, approved_path
from ppid_pages.models import StandardPage

from .test_live_changes_only_through_the_sop import body, live_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client) -> User:
    user = User.objects.create_superuser("root", "root@contohkab.go.id", "x")
    client.force_login(user)
    return user


def shell(command: str) -> None:
    call_command("shell", command=command)


def test_a_queryset_update_never_makes_a_draft_live():
    draft = StandardPage(title="Slot Gacor", slug="slot", body=body("SLOT GACOR 88"))
    Page.objects.get(depth=2).add_child(instance=draft)
    draft.save_revision()
    with pytest.raises(Refused):
        shell(
            "from wagtail.models import Page; "
            "Page.objects.filter(slug='slot').update(live=True, has_unpublished_changes=False)"
        )
    with pytest.raises(Refused):
        StandardPage.objects.filter(pk=draft.pk).update(live=True)
    draft.refresh_from_db()
    assert not draft.live
    assert Client().get("/slot/").status_code == 404


def test_a_queryset_update_never_takes_down_or_moves_a_live_page():
    page = live_page("pengumuman")
    with pytest.raises(Refused):
        shell("from wagtail.models import Page; Page.objects.filter(live=True).update(live=False)")
    with pytest.raises(Refused):
        Page.objects.filter(pk=page.pk).update(url_path="/home/promo/")
    page.live_revision = None
    # bulk_update writes inside a transaction of its own (savepoint=False): one here keeps
    # the refusal from breaking the test's transaction, as a command's would be rolled back.
    with pytest.raises(Refused), transaction.atomic():
        Page.objects.bulk_update([page], ["live_revision"])
    assert Client().get("/pengumuman/").status_code == 200


def test_a_live_pages_address_changes_only_through_the_workflow():
    live_page("pengumuman")
    with pytest.raises(Refused):
        shell(
            "from wagtail.models import Page; page = Page.objects.get(slug='pengumuman'); "
            "page.slug = 'promo-slot'; page.save()"
        )
    assert Client().get("/pengumuman/").status_code == 200
    assert Client().get("/promo-slot/").status_code == 404


def live_alias(source: Page, parent: Page) -> Page:
    """A live alias, as aliases of live pages are (set up: the gate makes new pages drafts)."""
    alias = source.create_alias(parent=parent, update_slug="salinan")
    with approved_path(SET_UP):
        Page.objects.filter(pk=alias.pk).update(live=True)
    return Page.objects.get(pk=alias.pk)


@pytest.mark.parametrize("route", ["view", "api"])
def test_a_live_alias_is_not_converted_outside_the_workflow(client, admin, route):
    section = live_page("berita")
    source = live_page("pengumuman")
    alias = live_alias(source, section)
    assert alias.alias_of_id == source.pk
    live_revision = alias.live_revision_id
    if route == "view":
        response = client.post(reverse("wagtailadmin_pages:convert_alias", args=[alias.pk]))
    else:
        response = client.post(
            f"/admin/api/main/pages/{alias.pk}/action/convert_alias/",
            json.dumps({}),
            content_type="application/json",
        )
    assert response.status_code in (302, 403)
    alias = Page.objects.get(pk=alias.pk)
    assert alias.alias_of_id == source.pk and alias.live_revision_id == live_revision
