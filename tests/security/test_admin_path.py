"""The admin's URL path comes from WAGTAILADMIN_PATH (an environment variable in production)."""

import importlib

import pytest
from django.conf import settings as live_settings
from django.urls import clear_url_caches, reverse

from config import urls

from ..test_project_layout import PRODUCTION_ENV, run_manage
from .accounts import login, make_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_path(settings):
    original = settings.WAGTAILADMIN_PATH
    settings.WAGTAILADMIN_PATH = "kelola-ppid/"
    importlib.reload(urls)
    clear_url_caches()
    yield "/kelola-ppid/"
    settings.WAGTAILADMIN_PATH = original
    importlib.reload(urls)
    clear_url_caches()


def test_default_is_admin():
    assert live_settings.WAGTAILADMIN_PATH == "admin/"
    assert reverse("wagtailadmin_home") == "/admin/"


def test_admin_moves_with_the_setting(client, admin_path):
    assert reverse("wagtailadmin_home") == admin_path
    make_admin()
    assert client.get("/admin/").status_code == 404
    response = login(client)
    assert response.status_code == 302
    assert response["Location"].startswith(admin_path)
    response = client.get(admin_path)
    assert response.status_code == 200
    # The admin's own CSP follows the path.
    assert "'unsafe-inline'" in response["Content-Security-Policy"]


def test_default_path_still_logs_in(client):
    make_admin()
    assert login(client).status_code == 302


def test_production_reads_the_path_from_the_environment():
    code = "from django.urls import reverse; print(reverse('wagtailadmin_home'))"
    env = {**PRODUCTION_ENV, "WAGTAILADMIN_PATH": "/kelola-ppid"}
    result = run_manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "/kelola-ppid/"
    result = run_manage("shell", "-c", code, env=PRODUCTION_ENV)
    assert result.stdout.split()[-1] == "/admin/"
