"""Idle timeout, cookie flags and session rotation at login."""

import time

import pytest
from django.conf import settings as live_settings

from security.sessions import LAST_ACTIVITY

from .accounts import login, make_admin

pytestmark = pytest.mark.django_db


def go_idle(client, seconds: int) -> None:
    session = client.session
    session[LAST_ACTIVITY] = int(time.time()) - seconds
    session.save()


def test_cookie_settings():
    assert live_settings.SECURITY_SESSION_IDLE_MINUTES == 30
    assert live_settings.SESSION_COOKIE_HTTPONLY is True
    assert live_settings.SESSION_COOKIE_SAMESITE == "Lax"
    assert live_settings.CSRF_COOKIE_SAMESITE == "Lax"


def test_session_key_changes_at_login(client):
    make_admin()
    client.get("/admin/login/")
    session = client.session
    session["before_login"] = True
    session.save()
    before = session.session_key
    assert client.cookies["sessionid"].value == before
    login(client)
    after = client.cookies["sessionid"].value
    assert after and after != before
    assert client.session["_auth_user_id"]


def test_session_cookie_is_httponly_and_lax(client):
    make_admin()
    login(client)
    cookie = client.cookies["sessionid"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


def test_active_session_continues(client):
    make_admin()
    login(client)
    go_idle(client, 29 * 60)
    assert client.get("/admin/").status_code == 200
    assert client.session[LAST_ACTIVITY] >= int(time.time()) - 5


def test_idle_session_is_logged_out_with_message_on_login_page(client):
    make_admin()
    login(client)
    go_idle(client, 31 * 60)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in client.session
    page = client.get(response["Location"]).content.decode()
    assert "tidak ada aktivitas selama lebih dari 30 menit" in page


def test_idle_limit_is_configurable(client, settings):
    settings.SECURITY_SESSION_IDLE_MINUTES = 5
    make_admin()
    login(client)
    go_idle(client, 6 * 60)
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_idle_session_ends_on_the_public_site_too(client):
    make_admin()
    login(client)
    go_idle(client, 31 * 60)
    client.get("/.well-known/security.txt")
    assert "_auth_user_id" not in client.session
