"""/.well-known/security.txt (RFC 9116) from the site's security contact setting."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Site

from security.models import SecurityContact

pytestmark = pytest.mark.django_db
URL = "/.well-known/security.txt"


def contact(**fields) -> SecurityContact:
    """The setting as saved and approved (the page renders approved values only; the review
    itself is tested in tests/test_approval_covers_every_public_byte.py)."""
    from moderation.reviewed_settings import SECURITY_CONTACT, record_initial_approval

    site = Site.objects.get(is_default_site=True)
    setting = SecurityContact.for_site(site)
    for name, value in fields.items():
        setattr(setting, name, value)
    setting.save()
    record_initial_approval(site, SECURITY_CONTACT, "uji")
    return setting


def fields_of(response) -> list[tuple[str, str]]:
    return [tuple(line.split(": ", 1)) for line in response.content.decode().splitlines()]


def test_not_found_until_a_contact_is_configured(client):
    assert client.get(URL).status_code == 404
    contact(preferred_languages="id, en", policy_url="https://contohkab.go.id/kebijakan")
    assert client.get(URL).status_code == 404


def test_security_txt_fields(client):
    contact(
        contact_email="keamanan@contohkab.go.id",
        contact_url="https://contohkab.go.id/lapor",
        expires=datetime.datetime(2027, 6, 30, 17, 0, tzinfo=datetime.UTC),
        policy_url="https://contohkab.go.id/kebijakan-keamanan",
    )
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert fields_of(response) == [
        ("Contact", "mailto:keamanan@contohkab.go.id"),
        ("Contact", "https://contohkab.go.id/lapor"),
        ("Expires", "2027-06-30T17:00:00Z"),
        ("Preferred-Languages", "id, en"),
        ("Canonical", "http://testserver/.well-known/security.txt"),
        ("Policy", "https://contohkab.go.id/kebijakan-keamanan"),
    ]


def test_expires_defaults_to_one_year_ahead(client):
    contact(contact_email="keamanan@contohkab.go.id")
    fields = dict(fields_of(client.get(URL)))
    expires = datetime.datetime.fromisoformat(fields["Expires"])
    expected = timezone.now() + datetime.timedelta(days=365)
    assert abs(expires - expected) < datetime.timedelta(minutes=1)
    assert fields["Expires"].endswith("Z")


def test_canonical_is_https_behind_the_proxy(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = ["127.0.0.1"]  # the test client's address is the proxy
    contact(contact_email="keamanan@contohkab.go.id")
    response = client.get(URL, HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="testserver")
    assert dict(fields_of(response))["Canonical"] == f"https://testserver{URL}"


def test_the_setting_refuses_an_insecure_url_and_a_past_expiry():
    setting = contact(contact_email="keamanan@contohkab.go.id")
    setting.contact_url = "http://contohkab.go.id/lapor"
    setting.expires = timezone.now() - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        setting.full_clean()
    assert set(refused.value.message_dict) == {"contact_url", "expires"}


def test_only_get_and_head(client):
    contact(contact_email="keamanan@contohkab.go.id")
    assert client.post(URL).status_code == 405
    assert client.head(URL).status_code == 200
