"""Two-factor authentication through the real views (never the wrapped force_login): enrolment
with a QR code and backup codes, verification with TOTP or a backup code, lockout after wrong
codes, the superuser reset, and the audit log of each step."""

import re
from urllib.parse import unquote

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from security import twofactor
from tests.factories import make_document

from .accounts import PASSWORD, give_device, login, make_admin, totp_code

pytestmark = pytest.mark.django_db

User = get_user_model()
ROLES = ["Operator", "Sub Koordinator", "Koordinator", "Kepala Dinas", "Web Developer"]
VERIFY = "/admin/keamanan/2fa/verifikasi/"
ENROL = "/admin/keamanan/2fa/pendaftaran/"
BACKUP = "/admin/keamanan/2fa/kode-cadangan/"


def member(username: str, role: str):
    user = User.objects.create_user(
        username, email=f"{username}@contohkab.go.id", password=PASSWORD
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def password_only(client, username: str = "admin"):
    response = login(client, username, second_factor=False)
    assert response.status_code == 302
    return response


def unthrottle(device) -> None:
    """Skip django-otp's delay after a wrong code (tested in test_wrong_codes_are_throttled)."""
    type(device).objects.filter(pk=device.pk).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )


def entries(action: str):
    return ModelLogEntry.objects.filter(action=action).order_by("pk")


def test_the_urls_are_where_the_tests_expect_them():
    assert reverse("security_2fa_verify") == VERIFY
    assert reverse("security_2fa_enrol") == ENROL
    assert reverse("security_2fa_backup_codes") == BACKUP


@pytest.mark.parametrize("role", [*ROLES, "superuser"])
def test_every_role_must_enrol_before_any_admin_view(client, role):
    if role == "superuser":
        make_admin("akun")
    else:
        member("akun", role)
    password_only(client, "akun")
    for path in ("/admin/", "/admin/pages/", "/admin/documents/", "/admin/account/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(ENROL), path
        assert unquote(response["Location"]).endswith(f"next={path}")
    # A POST to an admin view is refused the same way, and changes nothing.
    response = client.post("/admin/account/", {"name_email-first_name": "Penyusup"})
    assert response["Location"].startswith(ENROL)
    assert User.objects.get(username="akun").first_name == ""


def test_enrolment_qr_code_secret_and_backup_codes_shown_once(client):
    user = make_admin()
    password_only(client)
    page = client.get(ENROL)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Atur autentikasi dua faktor" in html
    # The QR code is made here (data: URI, SVG): nothing is requested from another site.
    assert re.search(r'<img src="data:image/svg\+xml;base64,[A-Za-z0-9+/=]+"', html)
    device = TOTPDevice.objects.get(user=user)
    assert not device.confirmed
    assert twofactor.secret_text(device) in html
    # The same pending device on reload (the app scanned it already).
    client.get(ENROL)
    assert TOTPDevice.objects.filter(user=user).count() == 1

    wrong = client.post(ENROL, {"code": "000000" if totp_code(device) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert "Kode salah atau sudah kedaluwarsa" in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert entries("ppid.2fa.failed").count() == 1

    unthrottle(device)
    response = client.post(ENROL, {"code": totp_code(device)})
    assert response.status_code == 302 and response["Location"] == BACKUP
    device.refresh_from_db()
    assert device.confirmed
    assert entries("ppid.2fa.enrolled").get().object_id == str(user.pk)

    codes_page = client.get(BACKUP).content.decode()
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", codes_page)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert set(codes) == set(StaticToken.objects.values_list("token", flat=True))
    again = client.get(BACKUP).content.decode()
    assert not any(code in again for code in codes)
    assert "Sisa kode cadangan Anda yang belum dipakai: 10." in again
    # The session is verified: the admin opens.
    assert client.get("/admin/").status_code == 200


def test_enrolment_is_closed_once_a_device_exists(client):
    """Someone who knows only the password cannot enrol a device of their own."""
    user = make_admin()
    device = give_device(user)
    password_only(client)
    response = client.get(ENROL)
    assert response["Location"] == VERIFY
    response = client.post(ENROL, {"code": "123456"})
    assert response["Location"] == VERIFY
    assert list(TOTPDevice.objects.filter(user=user)) == [device]


def test_a_user_with_a_device_verifies_with_a_totp_code(client):
    user = make_admin()
    device = give_device(user)
    password_only(client)
    response = client.get("/admin/pages/")
    assert response["Location"] == VERIFY + "?next=%2Fadmin%2Fpages%2F"
    page = client.get(response["Location"]).content.decode()
    assert "Verifikasi dua faktor" in page
    assert 'name="next" value="/admin/pages/"' in page
    response = client.post(VERIFY, {"code": totp_code(device), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    entry = entries("ppid.2fa.verified").get()
    assert entry.object_id == str(user.pk) and entry.user_id == user.pk


def test_a_code_works_only_once(client):
    user = make_admin()
    device = give_device(user)
    password_only(client)
    code = totp_code(device)
    assert client.post(VERIFY, {"code": code})["Location"] == "/admin/"
    client.post("/admin/logout/")
    password_only(client)
    unthrottle(device)
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_verification_never_redirects_to_another_site(client):
    device = give_device(make_admin())
    password_only(client)
    response = client.post(VERIFY, {"code": totp_code(device), "next": "https://jahat.example/"})
    assert response["Location"] == "/admin/"


def test_a_backup_code_works_once_and_is_logged(client):
    user = make_admin()
    give_device(user)
    codes = twofactor.new_backup_codes(user)
    password_only(client)
    response = client.post(VERIFY, {"code": codes[0].upper()})
    assert response["Location"] == "/admin/"
    entry = entries("ppid.2fa.backup_code_used").get()
    assert entry.data["left"] == 9
    client.post("/admin/logout/")
    password_only(client)
    unthrottle(StaticDevice.objects.get(user=user))
    response = client.post(VERIFY, {"code": codes[0]})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302
    unthrottle(StaticDevice.objects.get(user=user))
    assert client.post(VERIFY, {"code": codes[1]})["Location"] == "/admin/"


def test_new_backup_codes_replace_the_old_ones(client):
    user = make_admin()
    old = twofactor.new_backup_codes(user)
    login(client)
    response = client.post(BACKUP)
    assert response["Location"] == BACKUP
    new = re.findall(r"<li><code>([a-z0-9]+)</code></li>", client.get(BACKUP).content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert not StaticToken.objects.filter(token__in=old).exists()
    assert entries("ppid.2fa.backup_codes_renewed").count() == 1


def test_wrong_codes_are_throttled(client):
    device = give_device(make_admin())
    password_only(client)
    client.post(VERIFY, {"code": "999999" if totp_code(device) != "999999" else "888888"})
    # Right away, even the right code is not checked: django-otp's growing delay.
    response = client.post(VERIFY, {"code": totp_code(device)})
    assert "Terlalu banyak kode salah" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_five_wrong_codes_lock_the_account_and_end_the_session(client):
    user = make_admin()
    give_device(user)
    password_only(client)
    for _attempt in range(4):
        response = client.post(VERIFY, {"code": "12345678"})
        assert response.status_code == 200
    response = client.post(VERIFY, {"code": "12345678"})
    assert response.status_code == 429
    assert "Login dikunci" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.get(username="admin").failures_since_start == 5
    assert entries("ppid.2fa.failed").count() == 5
    assert entries("ppid.auth.lockout").exists()
    # The right password is refused now too, from any address.
    response = client.post(
        "/admin/login/", {"username": "admin", "password": PASSWORD}, REMOTE_ADDR="10.1.1.1"
    )
    assert response.status_code == 429


def test_the_public_site_sees_an_unverified_session_as_anonymous(client):
    """A private document opens for a verified Koordinator, not before the second factor."""
    member("koordinator", "Koordinator")
    document = make_document("Draf")
    password_only(client, "koordinator")
    assert client.get(document.url).status_code == 404
    device = give_device(User.objects.get(username="koordinator"))
    client.post(VERIFY, {"code": totp_code(device)})
    assert client.get(document.url).status_code == 200


def test_a_superuser_resets_a_users_two_factor(client):
    make_admin()
    koordinator = member("koordinator", "Koordinator")
    give_device(koordinator)
    twofactor.new_backup_codes(koordinator)
    # The Koordinator has a verified session open elsewhere.
    from django.test import Client

    other = Client()
    login(other, "koordinator")
    assert other.get("/admin/").status_code == 200

    login(client)
    listing = client.get("/admin/users/").content.decode()
    reset_url = reverse("security_2fa_reset", args=[koordinator.pk])
    assert reset_url in listing
    assert client.get(reset_url).status_code == 200
    response = client.post(reset_url)
    assert response["Location"] == reverse("wagtailusers_users:index")
    assert not TOTPDevice.objects.filter(user=koordinator).exists()
    assert not StaticDevice.objects.filter(user=koordinator).exists()
    entry = entries("ppid.2fa.reset").get()
    assert entry.object_id == str(koordinator.pk)
    assert entry.user_id == User.objects.get(username="admin").pk
    # The open session is no longer verified, and the next login must enrol again.
    assert other.get("/admin/")["Location"].startswith(ENROL)
    fresh = Client()
    password_only(fresh, "koordinator")
    assert fresh.get("/admin/")["Location"].startswith(ENROL)


@pytest.mark.parametrize("role", ROLES)
def test_only_superusers_reset(client, role):
    user = member("akun", role)
    target = member("korban", "Operator")
    give_device(target)
    login(client, "akun")
    reset_url = reverse("security_2fa_reset", args=[target.pk])
    assert client.get(reset_url).status_code in (302, 403)
    assert client.post(reset_url).status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=target).exists()
    assert not entries("ppid.2fa.reset").exists()
    assert user.pk  # the actor was a real user of that role


def test_password_expiry_comes_after_the_second_factor(client):
    from .accounts import age_password

    user = make_admin()
    age_password(user, 181)
    device = give_device(user)
    password_only(client)
    assert client.get("/admin/")["Location"].startswith(VERIFY)
    assert client.post(VERIFY, {"code": totp_code(device)}).status_code == 302
    assert client.get("/admin/pages/")["Location"] == "/admin/account/"


def test_force_login_in_tests_gives_a_verified_session(client):
    """tests/conftest.py: force_login stands for the whole login, second factor included."""
    user = member("operator", "Operator")
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert TOTPDevice.objects.get(user=user).confirmed
