"""attack18h 1: a shared cache keeps the page under a scheme the purge never names.

Attack: `is_canonical_address` (page_cache/middleware.py) compares only the Host with the Site's
root_url; the scheme is never compared. The purge (page_cache.purge) names `Site.root_url +
path`, i.e. one scheme. A Site left on port 80 (Wagtail's default, root_url `http://host`) while
the site is served over HTTPS (the production set-up: TLS at nginx/the CDN, X-Forwarded-Proto
from a trusted proxy) gives every HTTPS answer `public, s-maxage=30`; a CDN or the README's
nginx keys by scheme (`$scheme$host$request_uri`, Cloudflare's default cache key), so after a
take-down the purge of `http://host/...` leaves the `https://host/...` copy served for
s-maxage. The same holds the other way round (Site on 443, a CDN that also answers plain HTTP).

Expected: an answer whose scheme is not the Site's (so no purge will ever name it) gets
`s-maxage=0`, as any other spelling of the address does (test_canonical_address.py), and the
canonical scheme keeps its s-maxage.
"""

import pytest
from django.test import Client
from wagtail.models import Site

from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db


def shared_max_age(response) -> int:
    for part in response["Cache-Control"].split(","):
        name, _, value = part.strip().partition("=")
        if name == "s-maxage":
            return int(value)
    return 0


def test_an_answer_under_another_scheme_than_the_purged_one_is_not_kept_by_a_shared_cache():
    url = make_entry(make_dip_index(), "Laporan Keuangan 2025").url
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://localhost"  # what every purge of this page names
    client = Client(HTTP_HOST="localhost")
    plain = client.get(url, RAW_URI=url)
    assert plain.status_code == 200
    assert shared_max_age(plain) > 0  # the purged address: kept briefly, as designed
    for _ in range(2):  # a miss and a hit of our own page cache alike
        secure = client.get(url, RAW_URI=url, secure=True)  # https://localhost/...
        assert secure.status_code == 200
        assert shared_max_age(secure) == 0, (
            "https://localhost"
            + url
            + " is never purged (the purge names "
            + site.root_url
            + url
            + ") but a shared cache may keep it: "
            + secure["Cache-Control"]
        )
