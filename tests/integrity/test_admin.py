"""Integrity alerts in the admin: list, resolve (audit-logged), home panel, compliance page."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.models import ModelLogEntry

from integrity.alerts import RESOLVE_ACTION
from integrity.models import AlertKind, IntegrityAlert
from tests.factories import home_page

pytestmark = pytest.mark.django_db

ROLES = ("Operator", "Sub Koordinator", "Koordinator", "Kepala Dinas", "Web Developer")
SEES_ALERTS = {"Sub Koordinator", "Koordinator", "Kepala Dinas"}


def person(role: str) -> User:
    username = role.lower().replace(" ", "")
    user = User.objects.create_user(username, email=f"{username}@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def alert() -> IntegrityAlert:
    page = home_page()
    return IntegrityAlert.objects.create(
        page=page,
        page_title=page.title,
        page_url="http://localhost/",
        kind=AlertKind.HIDDEN_LINK,
        detail='1x: <div style="display:none"><a href="https://spam.example/">…',
        last_seen=timezone.now(),
    )


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_the_alert_list(client, alert, role):
    client.force_login(person(role))
    response = client.get(reverse("integrity_alerts:index"))
    if role in SEES_ALERTS:
        assert response.status_code == 200
        assert alert.page_title in response.content.decode()
    else:
        assert response.status_code in (302, 403)


def test_anonymous_is_sent_to_login(client, alert):
    response = client.get(reverse("integrity_alerts:index"))
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize("role", ["Sub Koordinator", "Kepala Dinas", "Operator"])
def test_only_the_koordinator_resolves(client, alert, role):
    client.force_login(person(role))
    url = reverse("integrity_alerts:resolve", args=[alert.pk])
    response = client.post(url, {"resolution": "Sudah"})
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"] or "resolve" not in response["Location"]
    alert.refresh_from_db()
    assert alert.is_open


def test_the_koordinator_resolves_with_a_note_and_it_is_logged(client, alert):
    koordinator = person("Koordinator")
    client.force_login(koordinator)
    url = reverse("integrity_alerts:resolve", args=[alert.pk])
    listing = client.get(reverse("integrity_alerts:index")).content.decode()
    assert url in listing

    response = client.post(url, {"resolution": ""})
    assert response.status_code == 200
    assert "Tuliskan apa yang diperiksa" in response.content.decode()
    alert.refresh_from_db()
    assert alert.is_open

    response = client.post(url, {"resolution": "Tautan disisipkan dihapus lewat alur kerja."})
    assert response.status_code == 302
    alert.refresh_from_db()
    assert not alert.is_open
    assert alert.resolved_by == koordinator
    entry = ModelLogEntry.objects.get(action=RESOLVE_ACTION)
    assert entry.user == koordinator
    assert entry.data["resolution"] == "Tautan disisipkan dihapus lewat alur kerja."
    assert url not in client.get(reverse("integrity_alerts:index")).content.decode()


def test_nobody_adds_edits_or_deletes_alerts_in_the_admin(client, alert):
    superuser = User.objects.create_superuser("admin", password="x")
    client.force_login(superuser)
    assert client.get(reverse("integrity_alerts:inspect", args=[alert.pk])).status_code == 200
    for name, args in (("add", []), ("edit", [alert.pk]), ("delete", [alert.pk])):
        url = reverse(f"integrity_alerts:{name}", args=args)
        assert client.get(url).status_code in (302, 403), name
        assert client.post(url, {"page_title": "x"}).status_code in (302, 403), name
    assert IntegrityAlert.objects.filter(pk=alert.pk).exists()


def test_home_panel_only_for_roles_concerned(client, alert):
    for role in ROLES:
        client.force_login(person(role))
        content = client.get(reverse("wagtailadmin_home")).content.decode()
        assert ("Peringatan integritas" in content) == (role in SEES_ALERTS), role
        client.logout()


def test_compliance_section(alert):
    request = RequestFactory().get("/")
    sections = {fn.__name__: fn for fn in hooks.get_hooks("register_sop_compliance_sections")}
    section_for = sections["integrity_section"]
    request.user = person("Operator")
    assert section_for(request) is None
    request.user = person("Kepala Dinas")
    html = section_for(request).render_html({"request": request})
    assert "Integritas website" in html
    assert "1 peringatan integritas terbuka" in html
    assert "Tautan tersembunyi" in html


def test_compliance_page_shows_the_section(client, alert):
    client.force_login(person("Koordinator"))
    content = client.get(reverse("sop_governance:compliance")).content.decode()
    assert "Integritas website" in content


def test_the_list_filters_open_and_resolved_alerts(client, alert):
    resolved = IntegrityAlert.objects.create(
        page=None,
        page_title="Halaman Lama Terhapus",
        kind=AlertKind.CHANGED,
        last_seen=timezone.now(),
        resolved_at=timezone.now(),
        resolution="Halaman dihapus",
    )
    client.force_login(person("Koordinator"))
    url = reverse("integrity_alerts:index")
    resolve_url = reverse("integrity_alerts:resolve", args=[alert.pk])
    open_only = client.get(url, {"status": "open"}).content.decode()
    assert resolve_url in open_only and resolved.page_title not in open_only
    resolved_only = client.get(url, {"status": "resolved"}).content.decode()
    assert resolved.page_title in resolved_only and resolve_url not in resolved_only
    by_kind = client.get(url, {"kind": AlertKind.CHANGED}).content.decode()
    assert resolved.page_title in by_kind and resolve_url not in by_kind
