"""Errors never show stack traces or settings: a 500 is the static site/templates/500.html."""

from pathlib import Path

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_500_is_the_static_page_and_nothing_else(settings):
    settings.ROOT_URLCONF = "tests.security.urls_500"
    assert settings.DEBUG is False
    response = Client(raise_request_exception=False).get("/rusak/")
    assert response.status_code == 500
    expected = (Path(settings.TEMPLATES[0]["DIRS"][0]) / "500.html").read_bytes()
    assert response.content == expected
    page = response.content.decode()
    assert "Terjadi kesalahan pada server" in page
    for leak in ("Traceback", "RuntimeError", "SECRET_KEY", settings.SECRET_KEY, "stack trace"):
        assert leak not in page
    assert "default-src 'self'" in response["Content-Security-Policy"]
