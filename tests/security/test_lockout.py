"""Lockout after repeated failed logins (django-axes): per user, per address, superuser unlock."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import authenticate, get_user_model
from wagtail.models import ModelLogEntry

from .accounts import PASSWORD, login, make_admin

pytestmark = pytest.mark.django_db

User = get_user_model()


def fail(client, username: str = "operator", times: int = 5, address: str = "10.0.0.1"):
    for _ in range(times):
        response = client.post(
            "/admin/login/",
            {"username": username, "password": "Salah-Sandi-999"},
            REMOTE_ADDR=address,
        )
    return response


@pytest.fixture
def operator():
    return User.objects.create_user(
        "operator", email="operator@contohkab.go.id", password=PASSWORD, is_staff=False
    )


def test_five_failures_lock_the_username_from_any_address(client, operator):
    response = fail(client, times=4)
    assert response.status_code == 200  # the form again, not locked yet
    response = fail(client, times=1)
    assert response.status_code == 429
    assert "Login dikunci" in response.content.decode()
    # Even the right password, from another address, is refused now.
    response = client.post(
        "/admin/login/", {"username": "operator", "password": PASSWORD}, REMOTE_ADDR="10.9.9.9"
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_five_failures_lock_the_address_for_every_username(client, operator):
    for number in range(5):
        fail(client, username=f"tebakan{number}", times=1, address="10.0.0.2")
    response = client.post(
        "/admin/login/", {"username": "operator", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2"
    )
    assert response.status_code == 429
    response = client.post(
        "/admin/login/", {"username": "operator", "password": PASSWORD}, REMOTE_ADDR="10.0.0.3"
    )
    assert response.status_code == 302


def test_success_before_the_limit_resets_the_count(client, operator):
    fail(client, times=4)
    response = client.post(
        "/admin/login/", {"username": "operator", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="operator", failures_since_start__gt=0)


def test_lockout_is_in_the_audit_log(client, operator):
    fail(client)
    entry = ModelLogEntry.objects.get(action="ppid.auth.lockout")
    assert entry.object_id == str(operator.pk)
    assert entry.data == {"username": "operator", "ip": "10.0.0.1"}


def test_authenticate_without_a_request_still_works(operator):
    assert authenticate(username="operator", password=PASSWORD) == operator


def test_superuser_unlocks_a_username(client, operator):
    fail(client)
    admin = make_admin()
    login(client)
    page = client.get("/admin/keamanan/penguncian/")
    assert page.status_code == 200
    assert "operator" in page.content.decode()
    response = client.post("/admin/keamanan/penguncian/", {"username": "operator"})
    assert response.status_code == 302
    entry = ModelLogEntry.objects.get(action="ppid.auth.unlock")
    assert entry.object_id == str(operator.pk) and entry.user_id == admin.pk
    other = client.__class__()
    response = other.post(
        "/admin/login/", {"username": "operator", "password": PASSWORD}, REMOTE_ADDR="10.9.9.9"
    )
    assert response.status_code == 302


def test_superuser_unlocks_an_address(client):
    for number in range(5):
        fail(client, username=f"tebakan{number}", times=1, address="10.0.0.4")
    make_admin()
    login(client)
    client.post("/admin/keamanan/penguncian/", {"ip_address": "10.0.0.4"})
    assert not AccessAttempt.objects.filter(ip_address="10.0.0.4").exists()


def test_only_superusers_see_the_unlock_page(client, operator):
    from django.contrib.auth.models import Permission

    fail(client, username="korban", address="10.0.0.5")
    operator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login(client, "operator")
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    response = client.get("/admin/keamanan/penguncian/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    client.post("/admin/keamanan/penguncian/", {"username": "korban"})
    assert AccessAttempt.objects.filter(username="korban").exists()
    assert not ModelLogEntry.objects.filter(action="ppid.auth.unlock").exists()
