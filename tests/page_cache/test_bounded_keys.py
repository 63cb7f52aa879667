"""The shared page cache keeps a finite, bounded set of keys per generation (issue 18, cache18
items 3 and 4): a flood of `?q=<random>` (or any allowed parameter with invented values) must
not fill the Redis the caches live on, and a hit must not tell a visitor what another searched.
An answer with a query is stored only when the view claimed every parameter with a value it
knows; addresses other than the canonical one count against PAGE_CACHE_MAX_VARIANTS."""

import pytest
from django.test import Client

from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db

HOST = "localhost"  # the Site's hostname


@pytest.fixture
def index():
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    return index


def stored(url: str, host: str = HOST) -> bool:
    """Requested once by one visitor: does the next visitor get it from the page cache?"""
    first = Client(HTTP_HOST=host).get(url)
    assert first.status_code == 200, url
    return Client(HTTP_HOST=host).get(url).get("X-Page-Cache") == "hit"


def test_a_search_term_is_never_shared_through_the_page_cache(index):
    """GET /cari/?q=rahasia-xyz answered miss, then hit for the next client: anyone could tell
    whether someone had searched a term."""
    assert not stored("/cari/?q=rahasia-xyz")
    assert not stored("/cari/?q=rahasia-xyz&halaman=1")


@pytest.mark.parametrize(
    "query",
    [
        "?halaman=99999",  # past the last page: renders the last page
        "?halaman=01",  # another spelling of page 1
        "?halaman=x",
        "?tahun=1899",  # a year the listing does not have
        "?kategori=rahasia",  # a category it does not know
        "?unit=987654",
        "?kategori=",  # empty: the unfiltered listing under another key
    ],
)
def test_invented_values_are_sent_to_the_canonical_address(index, query):
    """Rendered on every request and never stored, random values made every request a render
    (issue 18, attack18m): now a redirect to the address without them, never stored."""
    answer = Client(HTTP_HOST=HOST).get(index.url + query)
    assert answer.status_code == 302
    assert answer["Location"] == index.url
    assert Client(HTTP_HOST=HOST).get(index.url + query).get("X-Page-Cache") != "hit"


def test_parameters_a_page_does_not_read_give_the_canonical_entry(index):
    """Dropped before the view and the key (page_cache.middleware.reads_query, fix18m): the
    canonical page's own entry, never one of their own (tests/page_cache/
    test_unread_parameters.py)."""
    from page_cache import store

    def page_keys() -> set:
        return {key for key in store._cache()._cache if ":page:" in key}

    assert stored("/")
    assert stored(index.url)
    before = page_keys()
    assert stored("/?kategori=berkala")
    assert stored("/?q=banjir")
    assert stored(index.url + "?jenis=berita")  # a parameter this listing does not read
    assert page_keys() == before


def test_known_values_are_still_stored(index):
    assert stored(index.url)
    assert stored(index.url + "?kategori=berkala")
    assert stored(index.url + "?halaman=1")


def test_variant_addresses_are_capped_per_generation(index, settings):
    settings.PAGE_CACHE_MAX_VARIANTS = 2
    assert stored(index.url + "?kategori=berkala")
    assert stored(index.url + "?kategori=serta_merta")
    assert not stored(index.url + "?kategori=setiap_saat")  # past the cap
    assert not stored(index.url, host="127.0.0.1")  # another allowed Host is a variant too
    assert stored(index.url)  # the canonical address is never capped


def test_a_flood_of_search_terms_adds_no_key_to_any_shared_cache(index):
    from django.core.cache import caches

    def keys() -> set:
        return {key for alias in ("default", "pages") for key in caches[alias]._cache}

    Client(HTTP_HOST=HOST).get("/cari/?q=warm-up")  # the menu's and the site's facts
    before = keys()
    for number in range(5):
        assert Client(HTTP_HOST=HOST).get(f"/cari/?q=acak-{number}").status_code == 200
    assert keys() == before


def test_in_production_the_caches_are_apart_from_the_broker_and_the_rate_limits():
    """With allkeys-lru (as the caches' Redis should run), a flood of cached pages must evict
    neither queued Celery jobs nor rate-limit counts: those live on REDIS_URL."""
    import json

    from tests.test_project_layout import PRODUCTION_ENV, run_manage

    env = {
        **PRODUCTION_ENV,
        "REDIS_URL": "redis://broker.internal:6379/0",
        "CACHE_REDIS_URL": "redis://cache.internal:6379/0",
    }
    code = (
        "import json; from django.conf import settings; print(json.dumps({'broker': "
        "settings.CELERY_BROKER_URL, **{a: c['LOCATION'] for a, c in settings.CACHES.items()}}))"
    )
    result = run_manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    locations = json.loads(result.stdout.strip().splitlines()[-1])
    assert locations == {
        "broker": "redis://broker.internal:6379/0",
        "ratelimit": "redis://broker.internal:6379/0",
        "default": "redis://cache.internal:6379/0",
        "pages": "redis://cache.internal:6379/0",
    }


def test_a_host_in_another_case_is_the_same_key(index):
    """`LocalHost`, `LOCALHOST`... are the canonical page (its check lowercases the Host): each
    spelling was stored under a key of its own, unbounded (issue 18, verify18c 3)."""
    assert Client(HTTP_HOST=HOST).get(index.url).status_code == 200
    assert Client(HTTP_HOST=HOST).get(index.url).get("X-Page-Cache") == "hit"
    for spelling in ("LocalHost", "LOCALHOST", "lOcAlHoSt"):
        assert Client(HTTP_HOST=spelling).get(index.url).get("X-Page-Cache") == "hit", spelling
