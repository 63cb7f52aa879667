"""CSRF: every admin view and every public form refuses a POST without a valid token.

The admin views are enumerated like the role matrix (admin_urls.py: every URL pattern under the
admin path, filled with real objects), and each is POSTed by a superuser and by an Operator
with verified sessions but without a CSRF token (Client(enforce_csrf_checks=True)).
"""

import pytest
from django.test import Client
from django.urls import reverse

from .admin_urls import admin_urls, fill, request
from .matrix_objects import make_role_users, url_values

pytestmark = pytest.mark.django_db


def csrf_refused(response) -> bool:
    return (
        not isinstance(response, Exception)
        and response.status_code == 403
        and b"CSRF" in response.content
    )


def test_every_admin_view_refuses_a_post_without_token():
    users = make_role_users()
    values = url_values(users["Operator"])
    checked = 0
    problems = []
    for role in ("superuser", "Operator"):
        client = Client(enforce_csrf_checks=True)
        client.force_login(users[role])
        for url in admin_urls():
            path = fill(url, values)
            if path is None:
                continue
            response = request(client, "post", path, title="x", action="delete")
            checked += 1
            if not csrf_refused(response):
                status = getattr(response, "status_code", response)
                problems.append(f"{role} POST {path} ({url.name}): {status}")
    print(f"CSRF: {checked} admin POSTs without a token")
    assert checked > 300
    assert not problems, "\n".join(problems)


def test_with_a_valid_token_the_same_post_gets_through():
    """The control: the refusals above are the CSRF check, not something else."""
    users = make_role_users()
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["superuser"])
    client.get(reverse("wagtailadmin_account"))
    token = client.cookies["csrftoken"].value
    response = client.post(reverse("wagtailadmin_logout"), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "path, data",
    [
        ("/admin/login/", {"username": "admin", "password": "x"}),
        ("/admin/password_reset/", {"email": "admin@contohkab.go.id"}),
        ("/admin/keamanan/2fa/verifikasi/", {"code": "123456"}),
        ("/admin/keamanan/2fa/pendaftaran/", {"code": "123456"}),
        ("/_util/authenticate_with_password/1/1/", {"password": "x"}),
        ("/_util/login/", {"username": "admin", "password": "x"}),
        ("/cari/", {"q": "x"}),
        ("/", {"x": "1"}),
    ],
)
def test_public_forms_refuse_a_post_without_token(path, data):
    client = Client(enforce_csrf_checks=True)
    response = client.post(path, data)
    assert csrf_refused(response), (path, response.status_code)


def test_document_password_form_refuses_a_post_without_token():
    path = reverse("wagtaildocs_authenticate_with_password", args=[1])
    response = Client(enforce_csrf_checks=True).post(path, {"password": "x"})
    assert csrf_refused(response)
