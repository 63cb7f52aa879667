"""Issue 13, live13 break 6: a superuser editing the Site in the admin re-rooted or took down
the whole public site (another root page, host name, port, default) with only a wagtail.edit
entry. A Site changes only in the deployment's set-up (moderation.sites, refused elsewhere with
an Indonesian message); the integrity watch alerts on a Site that is not the last approved one
(a change made directly in the database)."""

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry, Site

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import StandardPage

from .factories import home_page, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(client) -> User:
    user = User.objects.create_superuser("super", "super@contohkab.go.id", "x")
    client.force_login(user)
    return user


@pytest.fixture
def site() -> Site:
    return Site.objects.get(is_default_site=True)


def site_form(site: Site, **changes) -> dict:
    data = {
        "hostname": site.hostname,
        "port": site.port,
        "site_name": site.site_name or "",
        "root_page": site.root_page_id,
        "is_default_site": "on" if site.is_default_site else "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def assert_site_unchanged(site: Site) -> None:
    stored = Site.objects.get(pk=site.pk)
    assert (stored.hostname, stored.port, stored.root_page_id, stored.is_default_site) == (
        site.hostname,
        site.port,
        site.root_page_id,
        site.is_default_site,
    )


@pytest.mark.parametrize("change", ["root_page", "hostname", "port", "is_default_site"])
def test_the_admin_cannot_change_what_the_site_serves(client, superuser, site, change):
    other = publish(home_page(), StandardPage(title="Pengumuman", slug="pengumuman"))
    changes = {
        "root_page": other.pk,
        "hostname": "situs-palsu.example",
        "port": 8080,
        "is_default_site": "",
    }
    url = reverse("wagtailsites:edit", args=[site.pk])
    response = client.post(url, site_form(site, **{change: changes[change]}))
    assert_site_unchanged(site)
    assert not ModelLogEntry.objects.filter(action="wagtail.edit", object_id=str(site.pk)).exists()
    shown = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert "penyiapan" in shown  # why, in Indonesian
    assert Client().get("/").status_code == 200
    # The refusal is in the audit log, under the account that tried (issue 13 verification,
    # break 2: the gate's refusals left no entry).
    refused = ModelLogEntry.objects.get(action="ppid.publication.refused")
    assert refused.user_id == superuser.pk and "penyiapan" in refused.data["refusal"]


def test_the_admin_cannot_delete_the_site(client, superuser, site):
    client.post(reverse("wagtailsites:delete", args=[site.pk]))
    assert Site.objects.filter(pk=site.pk).exists()


def test_a_site_changed_in_the_database_is_an_alert(site):
    other = publish(home_page(), StandardPage(title="Pengumuman", slug="pengumuman"))
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.SITE_CHANGED).exists()
    with approved_path(SET_UP):  # a database write (the queryset gate stands for Python)
        Site.objects.filter(pk=site.pk).update(root_page=other)
    run_watch()
    alert = IntegrityAlert.objects.open().get(kind=AlertKind.SITE_CHANGED)
    assert f"#{site.pk}" in alert.detail


def test_a_site_changed_in_the_set_up_is_the_approved_one(site):
    other = publish(home_page(), StandardPage(title="Pengumuman", slug="pengumuman"))
    with approved_path(SET_UP):
        site.root_page = other
        site.save()
    assert ModelLogEntry.objects.filter(
        action="ppid.site.approved", object_id=str(site.pk)
    ).exists()
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.SITE_CHANGED).exists()


def test_a_queryset_update_of_a_site_is_refused(site):
    """verify13e S3: Site.objects.filter().update() skips the pre_save gate; it is refused
    outside set-up like a save (the site name alone may change)."""
    from django.core.exceptions import PermissionDenied, ValidationError

    with pytest.raises((PermissionDenied, ValidationError)):
        Site.objects.filter(pk=site.pk).update(port=8080)
    with pytest.raises((PermissionDenied, ValidationError)):
        Site.objects.filter(pk=site.pk).update(hostname="judi.example")
    assert Site.objects.get(pk=site.pk).port == site.port
    Site.objects.filter(pk=site.pk).update(site_name="PPID Kabupaten Contoh")


def test_an_approved_site_deleted_in_the_database_is_an_alert(site):
    """verify13e S2: an approved Site deleted behind the set-up's back is an alert; one
    deleted in the set-up (a chained ppid.site.deleted entry) is not."""
    from django.db import connection

    other = publish(home_page(), StandardPage(title="Pengumuman", slug="pengumuman"))
    with approved_path(SET_UP):
        extra = Site.objects.create(hostname="arsip.contohkab.go.id", port=80, root_page=other)
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.SITE_CHANGED).exists()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM wagtailcore_site WHERE id = %s", [extra.pk])
    run_watch()
    alert = IntegrityAlert.objects.open().get(kind=AlertKind.SITE_CHANGED)
    assert f"#{extra.pk}" in alert.detail


def test_a_site_deleted_in_the_set_up_is_no_alert(site):
    other = publish(home_page(), StandardPage(title="Pengumuman", slug="pengumuman"))
    with approved_path(SET_UP):
        extra = Site.objects.create(hostname="arsip.contohkab.go.id", port=80, root_page=other)
        extra.delete()
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.SITE_CHANGED).exists()
