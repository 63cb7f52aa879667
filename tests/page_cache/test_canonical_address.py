"""Only the address a purge names is kept by a shared cache (issue 18, cache18 item 2).

A CDN keys `/dip/x/?`, `/%64ip/x/` and the page under another allowed Host apart from
`/dip/x/`; the purge names only the Site's root_url + the path, so those spellings kept the
page for s-maxage after a take-down. RAW_URI is what gunicorn passes: the request target as
the client sent it. A purge that fails is only logged, so a page's s-maxage is as short as a
document's."""

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db

HOST = "localhost"  # the Site's hostname (port 80) in the test database


def shared_max_age(response) -> int:
    for part in response["Cache-Control"].split(","):
        name, _, value = part.strip().partition("=")
        if name == "s-maxage":
            return int(value)
    return 0


@pytest.fixture
def url():
    return make_entry(make_dip_index(), "Laporan Keuangan 2025").url


def test_the_canonical_address_is_kept_briefly_by_a_shared_cache(url):
    client = Client(HTTP_HOST=HOST)
    response = client.get(url, RAW_URI=url)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert 0 < shared_max_age(response) <= settings.PAGE_CACHE_ASSET_S_MAXAGE


@pytest.mark.parametrize(
    "variant",
    ["empty query", "percent-encoded path", "other host", "unknown host port", "query"],
)
def test_every_other_spelling_of_the_page_is_never_kept_by_a_shared_cache(url, variant):
    host, raw, path = HOST, url, url
    if variant == "empty query":
        raw = url + "?"
    elif variant == "percent-encoded path":
        raw = "/%64" + url[2:]
    elif variant == "other host":
        host = "127.0.0.1"  # in ALLOWED_HOSTS, not the Site's hostname
    elif variant == "unknown host port":
        host = "localhost:8080"
    else:
        path = raw = url + "?halaman=1"
    client = Client(HTTP_HOST=host)
    for _ in range(2):  # a miss and the page cache's hit alike
        response = client.get(path, RAW_URI=raw)
        assert response.status_code == 200, variant
        assert shared_max_age(response) == 0, (variant, response["Cache-Control"])


def test_spellings_of_the_path_share_the_canonical_entry_of_the_page_cache(url):
    client = Client(HTTP_HOST=HOST)
    assert client.get(url, RAW_URI=url)["X-Page-Cache"] == "miss"
    response = client.get(url, RAW_URI="/%64" + url[2:])
    assert response["X-Page-Cache"] == "hit"
    assert shared_max_age(response) == 0
    assert shared_max_age(client.get(url, RAW_URI=url)) > 0  # the entry keeps no variant's header
