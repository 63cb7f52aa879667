"""Issue 13, chain13 item 4: a Site changes in production only through `manage.py
change_site`, by two people with a reason (moderation.sites.change_site). The change is the
new approved state in the audit chain: the integrity watch accepts it, and still alerts on a
change made directly in the database."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry, Site

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import StandardPage

from .factories import home_page, publish

pytestmark = pytest.mark.django_db

REASON = "Domain baru dari Diskominfo (surat 045/2026)."


@pytest.fixture
def site() -> Site:
    return Site.objects.get(is_default_site=True)


def person(username: str, role: str) -> User:
    user = User.objects.create_user(username, f"{username}@contohkab.go.id", "x")
    user.groups.add(Group.objects.get(name=role))
    return user


def site_alerts():
    return IntegrityAlert.objects.open().filter(kind=AlertKind.SITE_CHANGED)


def change(site: Site, by: str, **options) -> None:
    call_command("change_site", site.pk, by=by, reason=REASON, **options)


def test_two_people_change_the_site_and_the_watch_accepts_it(site):
    person("webdev", "Web Developer")
    person("koordinator", "Koordinator")
    run_watch()
    assert not site_alerts().exists()

    change(site, "webdev", hostname="ppid.contohkab.go.id")
    assert Site.objects.get(pk=site.pk).hostname == site.hostname  # 1 of 2: nothing yet
    change(site, "koordinator", hostname="ppid.contohkab.go.id")
    assert Site.objects.get(pk=site.pk).hostname == "ppid.contohkab.go.id"

    entries = ModelLogEntry.objects.for_instance(site).filter(action="ppid.site.approved")
    entry = entries.order_by("pk").last()
    assert entry.data["reason"] == REASON and entry.data["hostname"] == "ppid.contohkab.go.id"
    assert entry.user.username == "koordinator"
    run_watch()
    assert not site_alerts().exists()

    with approved_path(SET_UP):  # a database write behind the command's back
        Site.objects.filter(pk=site.pk).update(hostname="judi.example")
    run_watch()
    assert site_alerts().count() == 1


def test_a_new_root_page(site):
    person("webdev", "Web Developer")
    person("koordinator", "Koordinator")
    other = publish(home_page(), StandardPage(title="Beranda Baru", slug="beranda-baru"))
    change(site, "webdev", root_page=other.pk)
    change(site, "koordinator", root_page=other.pk)
    assert Site.objects.get(pk=site.pk).root_page_id == other.pk
    run_watch()
    assert not site_alerts().exists()


def test_one_person_twice_an_operator_or_no_reason_is_refused(site):
    person("webdev", "Web Developer")
    person("operator", "Operator")
    change(site, "webdev", port=8080)
    with pytest.raises(CommandError):
        change(site, "webdev", port=8080)  # the same person again
    with pytest.raises(CommandError):
        change(site, "operator", port=8080)
    with pytest.raises(CommandError):
        call_command("change_site", site.pk, by="webdev", reason=" ", port=8080)
    assert Site.objects.get(pk=site.pk).port == site.port


def test_the_second_person_must_approve_the_same_change(site):
    person("webdev", "Web Developer")
    person("koordinator", "Koordinator")
    change(site, "webdev", port=8080)
    change(site, "koordinator", port=8081)  # another change: its first approval, not applied
    assert Site.objects.get(pk=site.pk).port == site.port
