"""Public redirects lead only to the same site and never cover a file address (issue 13
re-attack: a superuser's redirect sent an official address to a phishing page, and one over a
taken-down document's address answered its 404)."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from moderation import redirects
from tests.factories import first_approval
from tests.test_workflow_bypass import member

pytestmark = pytest.mark.django_db


def approved(**fields) -> Redirect:
    """A redirect a second person approved (moderation.redirects): these refusals hold even
    then."""
    redirect = Redirect.objects.create(**fields)
    first_approval(redirect, redirects.digest_of(redirect))  # 1 of 2
    redirects.approve(redirect, member("Koordinator"), seen=redirects.digest_of(redirect))
    return redirect


@pytest.mark.parametrize(
    "link",
    [
        "https://phish.example/login",
        "http://phish.example/",
        "//phish.example/login",
        "https:phish.example",
        "javascript:alert(1)",
    ],
)
def test_a_redirect_to_another_site_is_not_followed(client, link):
    approved(old_path="/pengumuman-resmi-bansos", redirect_link=link)
    response = client.get("/pengumuman-resmi-bansos/")
    assert response.status_code == 404
    assert "phish" not in response.get("Location", "")


def test_a_redirect_within_the_site_still_works(client):
    approved(old_path="/regulasi-lama", redirect_link="/regulasi/")
    response = client.get("/regulasi-lama/")
    assert response.status_code in (301, 302)
    assert response["Location"] == "/regulasi/"


@pytest.mark.parametrize("path", ["/dokumen/999/laporan.pdf", "/media/images/foto.png"])
def test_a_file_address_is_never_redirected(client, path):
    approved(old_path=path, redirect_link="/")
    assert client.get(path).status_code == 404
