"""A Site change is never undone by Wagtail's copy of the site root paths in the default cache
(issue 18, verify18e 3): Wagtail clears `wagtail_site_root_paths` inside the change's
transaction, a request between that clear and the commit wrote the old paths back (for an
hour), and page_cache.sites copied them into the new generation's memo. The memo now reads the
database (sites.root_paths_from_database) and the key is cleared again once the change
commits."""

import re
import threading

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from wagtail.models import Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

from moderation.publication import SET_UP, approved_path
from page_cache import generation
from tests.factories import make_dip_index, make_entry


@pytest.fixture
def redis_default(settings, redis_base_url):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"{redis_base_url}/13",
            "KEY_PREFIX": "cache18d",
        },
    }
    from django.core.cache import caches

    caches["default"].clear()
    yield
    caches["default"].clear()


def visit(path: str) -> None:
    """A visitor in another connection (the page is read as committed)."""

    def run():
        try:
            assert Client(HTTP_HOST="localhost").get(path).status_code == 200
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def sitemap_paths(client) -> list[str]:
    """/sitemap.xml and the sections it names (an index of sections: a4c632a)."""
    sitemap = client.get("/sitemap.xml").content.decode()
    return ["/sitemap.xml", *re.findall(r"<sitemap><loc>https?://[^/<]+(/[^<]*)</loc>", sitemap)]


def page_sitemap(client) -> str:
    """The pages' addresses in the sitemap (the sections an index names, followed)."""
    paths = sitemap_paths(client)
    sections = paths[1:] or paths  # the index names the sections' own addresses
    return "".join(client.get(path).content.decode() for path in sections)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit", "redis_default")
def test_a_site_change_is_not_undone_by_a_request_during_its_transaction():
    make_entry(make_dip_index(), "Laporan Keuangan 2025")
    public = Client(HTTP_HOST="localhost")
    assert "<loc>http://localhost/" in page_sitemap(public)
    paths = sitemap_paths(public)
    generation.bump()
    with transaction.atomic():
        with approved_path(SET_UP):
            site = Site.objects.get()
            site.port = 8080
            site.save()
        for path in paths:  # before the commit: Wagtail's code writes the old root paths back
            visit(path)
    assert Site.objects.get().root_url == "http://localhost:8080"
    # Cleared again at the commit: requests outside the page cache (a form, the purge) too.
    assert cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION) is None
    sitemap = page_sitemap(public)
    assert "<loc>http://localhost:8080/" in sitemap, sitemap[:400]
    assert "<loc>http://localhost/" not in sitemap, sitemap[:400]


@pytest.mark.django_db
def test_the_generation_memo_never_reads_wagtails_cached_root_paths():
    """Written back after the commit's clear (a request that read the sites before the commit
    and wrote after it): the new generation's memo is read from the database."""
    make_entry(make_dip_index(), "Laporan Keuangan 2025")
    client = Client(HTTP_HOST="localhost")
    assert "<loc>http://localhost/" in page_sitemap(client)
    old = Site.get_site_root_paths()
    with approved_path(SET_UP):
        site = Site.objects.get()
        site.port = 8080
        site.save()
    cache.set(
        SITE_ROOT_PATHS_CACHE_KEY,
        [tuple(path) for path in old],
        3600,
        version=SITE_ROOT_PATHS_CACHE_VERSION,
    )
    sitemap = page_sitemap(client)
    assert "<loc>http://localhost:8080/" in sitemap, sitemap[:400]
    assert "<loc>http://localhost/" not in sitemap, sitemap[:400]
