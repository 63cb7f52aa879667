"""A scheduled expiry takes the live pages below down with it (issue 13 verification attack,
break 1): the parent expired, its five live children stayed live under it, reachable at
addresses that follow the parent's draft slug, listed in the sitemap and search."""

import datetime

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from moderation.models import Takedown
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import StandardPage

from .factories import home_page, publish

pytestmark = pytest.mark.django_db


def test_an_expired_page_takes_its_live_pages_with_it():
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    section = publish(home_page(), StandardPage(title="Profil PPID", slug="profil-ppid"))
    child = publish(section, StandardPage(title="Visi dan Misi", slug="visi-dan-misi"))
    grandchild = publish(child, StandardPage(title="Tujuan", slug="tujuan"))
    other = publish(home_page(), StandardPage(title="Regulasi", slug="regulasi"))
    assert Client().get("/profil-ppid/visi-dan-misi/").status_code == 200
    Page.objects.filter(pk=section.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    call_command("publish_scheduled")

    for page in (section, child, grandchild):
        assert not Page.objects.get(pk=page.pk).live
    assert Page.objects.get(pk=other.pk).live
    assert Client().get("/profil-ppid/visi-dan-misi/").status_code == 404
    assert PageLogEntry.objects.filter(action="ppid.takedown", page=child).exists()
    assert Takedown.objects.filter(page=grandchild).exists()
