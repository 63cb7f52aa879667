"""/sitemap.xml at 10,000 DIP entries took 11 s a render, was retired by every change and,
past ~13,700 entries, was larger than PAGE_CACHE_MAX_BYTES so never kept: every visitor of a
miss rendered it (issue 18, verify18c 4). One request renders a missed page while the others
wait for its entry, and a large body is kept compressed."""

import pytest
from django.test import Client

from page_cache import store
from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    return index


def test_a_miss_waits_for_the_request_that_renders_it(index, monkeypatch):
    """Another request holds the key's render lock: this one takes the entry it stores
    instead of rendering the page again."""
    rendered = store.Entry(200, (("Content-Type", "text/html; charset=utf-8"),), b"dari kunci")
    answers = iter([None, None, rendered])  # the miss, a first wait, then the stored entry
    monkeypatch.setattr(store, "acquire", lambda key: False, raising=False)
    monkeypatch.setattr(store, "locked", lambda key: True, raising=False)
    monkeypatch.setattr(store, "get", lambda key: next(answers, rendered))
    response = Client(HTTP_HOST="localhost").get(index.url)
    assert response.content == b"dari kunci"
    assert response["X-Page-Cache"] == "hit"


def test_a_waiter_renders_itself_when_the_lock_holder_stores_nothing(index, settings, monkeypatch):
    """A lock held by a worker killed mid-render: after PAGE_CACHE_LOCK_WAIT the waiter
    renders the page itself."""
    settings.PAGE_CACHE_LOCK_WAIT = 0.1
    monkeypatch.setattr(store, "acquire", lambda key: False)
    monkeypatch.setattr(store, "locked", lambda key: True)
    response = Client(HTTP_HOST="localhost").get(index.url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    assert b"Laporan Keuangan 2025" in response.content


def test_the_renderer_releases_its_lock(index):
    public = Client(HTTP_HOST="localhost")
    assert public.get(index.url)["X-Page-Cache"] == "miss"
    assert not any(key.startswith(":1:lock:") for key in store._cache()._cache)


def test_a_body_larger_than_the_limit_is_kept_compressed(index, settings):
    public = Client(HTTP_HOST="localhost")  # no Accept-Encoding: the body as rendered
    size = len(public.get("/sitemap-halaman.xml?p=1").content)  # a key of its own
    settings.PAGE_CACHE_MAX_BYTES = size // 2
    first = public.get("/sitemap-halaman.xml")
    assert first["X-Page-Cache"] == "miss"
    hit = public.get("/sitemap-halaman.xml")
    assert hit["X-Page-Cache"] == "hit"
    assert hit.content == first.content


def test_an_address_with_a_query_never_waits_for_another_render(index, monkeypatch):
    """A search is never kept: a request for one must not wait for someone else's search
    (the benchmark measured searches serialised behind each other's lock)."""
    monkeypatch.setattr(store, "acquire", lambda key: False)
    monkeypatch.setattr(store, "locked", lambda key: True)

    def waited(seconds):
        raise AssertionError("waited for another request's render")

    monkeypatch.setattr("page_cache.middleware.time.sleep", waited)
    response = Client(HTTP_HOST="localhost").get("/cari/", {"q": "laporan"})
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
