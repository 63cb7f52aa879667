"""A public GET with a query parameter its view does not read (`/dip/?z=<random>`, `/?a=1`)
was never cached: each spelling rendered the page in full, so random query strings made every
request an uncached render, a DoS amplifier (issue 18, fix18m). Such a parameter is dropped
before the view and the page cache's key (page_cache.middleware.reads_query): the request is
answered with the canonical page's entry, which a shared cache keeps under the address with
the query for no time (no purge names it)."""

import uuid

import pytest
from django.test import Client
from django.test.signals import template_rendered

from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db

HOST = "localhost"  # the Site's hostname


@pytest.fixture
def index():
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    return index


@pytest.fixture
def renders():
    """The pages rendered (their page template), in order."""
    seen = []

    def record(sender, template, **kwargs):
        name = getattr(template, "name", "") or ""
        if name.startswith(("ppid_pages/", "service_reports/")) and "/includes/" not in name:
            seen.append(name)

    template_rendered.connect(record)
    yield seen
    template_rendered.disconnect(record)


def random_value() -> str:
    return uuid.uuid4().hex


@pytest.mark.parametrize("name", ["z", "a", "jenis", "nomor"])
def test_random_unknown_parameters_render_a_listing_once(index, renders, name):
    """`jenis` is a parameter of other listings, not of the DIP; `nomor`, of a form."""
    answers = [Client(HTTP_HOST=HOST).get(index.url, {name: random_value()}) for _ in range(10)]
    assert all(answer.status_code == 200 for answer in answers)
    assert len(renders) <= 1, renders
    assert [answer["X-Page-Cache"] for answer in answers[1:]] == ["hit"] * 9
    assert all(b"Laporan Keuangan 2025" in answer.content for answer in answers)


def test_random_unknown_parameters_render_the_home_page_once(index, renders):
    answers = [Client(HTTP_HOST=HOST).get("/", {"a": random_value()}) for _ in range(10)]
    assert all(answer.status_code == 200 for answer in answers)
    assert len(renders) <= 1, renders


def test_the_answer_is_the_canonical_page(index):
    """Rendered with the parameter first: what is kept is the page without it (the display
    switch's `kembali` link echoed the whole query into the page)."""
    marker = "penanda" + random_value()
    first = Client(HTTP_HOST=HOST).get(index.url, {"z": marker})
    assert marker.encode() not in first.content
    canonical = Client(HTTP_HOST=HOST).get(index.url)
    assert canonical["X-Page-Cache"] == "hit"
    assert canonical.content == first.content


def test_a_page_with_an_unread_parameter_is_not_kept_by_a_shared_cache(index):
    answer = Client(HTTP_HOST=HOST).get(index.url, {"z": "1"})
    assert "s-maxage=0" in answer["Cache-Control"]
    assert "public" in answer["Cache-Control"]


def test_parameters_the_view_reads_are_kept(index):
    """A known filter with an unread parameter beside it: the filter's own entry."""
    filtered = Client(HTTP_HOST=HOST).get(index.url, {"kategori": "berkala"})
    assert filtered["X-Page-Cache"] == "miss"
    with_noise = Client(HTTP_HOST=HOST).get(index.url, {"kategori": "berkala", "z": "9"})
    assert with_noise["X-Page-Cache"] == "hit"
    assert with_noise.content == filtered.content


def test_a_search_stays_uncached(index):
    for _ in range(2):
        answer = Client(HTTP_HOST=HOST).get("/cari/", {"q": "laporan", "z": random_value()})
        assert answer.status_code == 200
        assert answer["X-Page-Cache"] == "miss"
        assert b"Laporan Keuangan 2025" in answer.content


def test_a_view_that_says_nothing_keeps_its_parameters(index):
    """The tracking form reads `nomor` and `kode` and says nothing: nothing is dropped."""
    answer = Client(HTTP_HOST=HOST).get("/layanan-informasi/lacak/", {"nomor": "X-1", "kode": "Y"})
    assert answer.status_code in (200, 404)
    assert b"X-1" in answer.content


def test_no_variant_key_is_added(index):
    """The dropped parameter names no entry of its own: the canonical page's key only."""
    from page_cache import store

    def keys() -> set:
        return set(store._cache()._cache)

    Client(HTTP_HOST=HOST).get(index.url)
    before = {key for key in keys() if ":page:" in key}
    for _ in range(5):
        Client(HTTP_HOST=HOST).get(index.url, {"z": random_value()})
    assert {key for key in keys() if ":page:" in key} == before
