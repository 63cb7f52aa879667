"""Password policy: length and classes, common passwords, no reuse of the last 5, expiry."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

from security.models import PasswordHistory
from security.passwords import CharacterClassesValidator, password_expired

from .accounts import PASSWORD, account_form, age_password, login, make_admin

pytestmark = pytest.mark.django_db

User = get_user_model()


def errors_of(password: str, user=None) -> list[str]:
    with translation.override("id"):
        try:
            validate_password(password, user)
        except ValidationError as error:
            return error.messages
    return []


@pytest.mark.parametrize(
    "password",
    ["abcdefghijklmn", "ABCDEFGHIJKLMN", "abcdefGHIJKLMN", "abcdefgh1234", "12345678!@#$%"],
)
def test_fewer_than_three_character_classes_is_refused(password):
    with pytest.raises(ValidationError) as raised:
        CharacterClassesValidator(3).validate(password)
    assert raised.value.code == "password_too_uniform"


@pytest.mark.parametrize(
    "password", ["abcdefGH1234", "abcdefgh12!@", "ABCDEFGH12!@", "Kopi-Tubruk-Pagi"]
)
def test_three_or_four_classes_pass(password):
    CharacterClassesValidator(3).validate(password)


def test_full_policy_messages_in_indonesian():
    messages = errors_of("abcdefgh")
    assert any("12 karakter" in message for message in messages), messages
    assert any("huruf kecil" in message for message in messages), messages
    assert errors_of("Sandi-Yang-Kuat-2026") == []


def test_common_and_numeric_passwords_are_refused():
    names = [
        validator["NAME"].rsplit(".", 1)[1] for validator in settings.AUTH_PASSWORD_VALIDATORS
    ]
    assert {"CommonPasswordValidator", "MinimumLengthValidator"} <= set(names)
    assert errors_of("password1234")  # in Django's common-password list
    assert errors_of("123456789012")


def test_history_stores_hashes_only_and_keeps_five():
    user = make_admin()
    for number in range(7):
        user.set_password(f"Sandi-Ke-{number}-2026")
        user.save()
    stored = list(PasswordHistory.objects.filter(user=user).values_list("password", flat=True))
    assert len(stored) == 5
    assert all(value.startswith("md5$") and "Sandi" not in value for value in stored)
    assert user.password in stored


def test_last_five_passwords_cannot_be_reused():
    user = make_admin()
    passwords = [f"Sandi-Ke-{number}-2026" for number in range(6)]
    for password in passwords:
        user.set_password(password)
        user.save()
    # Current and the four before it: refused, in Indonesian.
    for password in passwords[1:]:
        messages = errors_of(password, user)
        assert any("5 kata sandi terakhir" in message for message in messages), messages
    # The sixth-last is allowed again, and so is the first one (set at creation).
    assert errors_of(passwords[0], user) == []
    assert errors_of(PASSWORD, user) == []
    assert errors_of("Sandi-Baru-Sekali-2026", user) == []


def test_reuse_refused_in_the_admin_account_form(client):
    user = make_admin()
    login(client)
    response = client.post("/admin/account/", account_form(user, PASSWORD, PASSWORD))
    assert response.status_code == 200
    assert "5 kata sandi terakhir" in response.content.decode()
    user.refresh_from_db()
    assert PasswordHistory.objects.filter(user=user).count() == 1


def test_hash_upgrade_at_login_is_not_a_password_change():
    user = make_admin()
    user.password = "md5$upgraded$hash"  # what check_password's setter saves, _password None
    user._password = None
    user.save(update_fields=["password"])
    assert PasswordHistory.objects.filter(user=user).count() == 1


def test_expiry_is_configurable(settings):
    user = make_admin()
    assert not password_expired(user)
    age_password(user, 181)
    assert password_expired(user)
    settings.SECURITY_PASSWORD_MAX_AGE_DAYS = 365
    assert not password_expired(user)


def test_default_expiry_is_180_days():
    from django.conf import settings as live

    assert live.SECURITY_PASSWORD_MAX_AGE_DAYS == 180


def test_expired_password_closes_the_admin_until_changed(client):
    user = make_admin()
    age_password(user, 200)
    response = login(client)
    assert response.status_code == 302

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/account/"
    for path in ("/admin/pages/", "/admin/users/", "/admin/documents/"):
        assert client.get(path)["Location"] == "/admin/account/"

    response = client.get("/admin/account/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Kata sandi Anda sudah lebih dari 180 hari dan telah kedaluwarsa" in page

    response = client.post("/admin/account/", account_form(user, PASSWORD, "Sandi-Baru-2026!"))
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert not password_expired(User.objects.get(pk=user.pk))


def test_current_password_does_not_trigger_expiry(client):
    make_admin()
    login(client)
    assert client.get("/admin/").status_code == 200


def test_logout_stays_open_with_an_expired_password(client):
    user = make_admin()
    age_password(user, 200)
    login(client)
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_user_without_history_counts_from_date_joined():
    user = make_admin()
    PasswordHistory.objects.filter(user=user).delete()
    assert password_expired(user) is False  # falls back to date_joined (today)


def test_login_does_not_touch_the_history(client):
    user = make_admin()
    login(client)
    user.refresh_from_db()
    assert user.last_login is not None
    assert PasswordHistory.objects.filter(user=user).count() == 1
