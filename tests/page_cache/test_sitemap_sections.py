"""The sitemap is an index of section pages (issue 18): rendered whole, /sitemap.xml took ~11 s
at 10,000 DIP entries (one exemption query per entry) and every public change retired it. Each
section page lists SITEMAP_PAGE_SIZE pages, is kept by the page cache like any public page and
retired by a take-down at its commit, and lists only what the public may see."""

from xml.etree import ElementTree

import pytest
from django.test import Client
from django.test.utils import CaptureQueriesContext

from moderation.actions import take_down
from moderation.publication import SET_UP, approved_path
from page_cache import generation
from ppid_pages.discovery import PublicSitemap
from ppid_pages.models import DipEntryPage
from ppid_pages.models.dip import DipCategory
from tests.factories import make_dip_index, make_entry
from tests.test_workflow import member

pytestmark = pytest.mark.django_db

NAMESPACE = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def locations(response) -> list[str]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own response
    return [loc.text for loc in root.iter(f"{NAMESPACE}loc")]


def path_of(location: str) -> str:
    return location.split("localhost", 1)[-1]


def section_pages(public: Client) -> list[str]:
    index = public.get("/sitemap.xml")
    assert b"<sitemapindex" in index.content
    return [path_of(location) for location in locations(index)]


def listed(public: Client) -> list[str]:
    return [path_of(loc) for page in section_pages(public) for loc in locations(public.get(page))]


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(PublicSitemap, "limit", 3)


@pytest.fixture
def public() -> Client:
    return Client(HTTP_HOST="localhost")


def test_the_sitemap_is_an_index_of_pages_of_the_public_pages(small_pages, public):
    index = make_dip_index()
    entries = [make_entry(index, f"Laporan {n}", slug=f"laporan-{n}") for n in range(5)]
    pages = section_pages(public)
    assert pages[:2] == ["/sitemap-halaman.xml", "/sitemap-halaman.xml?p=2"]
    paths = listed(public)
    assert len(paths) == len(set(paths))  # each address on one page only
    assert {"/", "/dip/", *(entry.url for entry in entries)} <= set(paths)
    assert public.get(f"/sitemap-halaman.xml?p={len(pages) + 1}").status_code == 404


def test_a_section_page_is_cached_and_a_take_down_retires_it(small_pages, public):
    index = make_dip_index()
    for n in range(5):
        make_entry(index, f"Laporan {n}", slug=f"laporan-{n}")
    page = section_pages(public)[-1]
    shown = [path_of(loc) for loc in locations(public.get(page))]
    assert public.get(page)["X-Page-Cache"] == "hit"
    entry = DipEntryPage.objects.get(url_path__endswith=shown[-1].rstrip("/").split("/")[-1] + "/")

    take_down(entry, member("koordinator", "Koordinator"), "Data keliru.")
    after = public.get(page)
    assert after["X-Page-Cache"] == "miss"
    assert entry.url_path.split("/")[-2] not in after.content.decode()
    assert shown[-1] not in listed(public)


def test_a_page_number_spelled_otherwise_is_never_kept(small_pages, public):
    index = make_dip_index()
    for n in range(5):
        make_entry(index, f"Laporan {n}", slug=f"laporan-{n}")
    public.get("/sitemap-halaman.xml?p=02")
    assert public.get("/sitemap-halaman.xml?p=02")["X-Page-Cache"] == "miss"


def test_exempt_and_withheld_entries_are_on_no_page(small_pages, public):
    index = make_dip_index()
    for n in range(4):
        make_entry(index, f"Laporan {n}", slug=f"laporan-{n}")
    make_entry(index, "Hasil Penyelidikan", DipCategory.DIKECUALIKAN, slug="penyelidikan")
    withheld = make_entry(index, "Kontrak Server", DipCategory.DIKECUALIKAN, slug="kontrak")
    with approved_path(SET_UP):  # the category written beside a standing exemption record
        DipEntryPage.objects.filter(pk=withheld.pk).update(category=DipCategory.BERKALA)
    generation.bump()
    paths = listed(public)
    assert "/dip/laporan-3/" in paths
    assert not any("penyelidikan" in path or "kontrak" in path for path in paths)


def test_a_section_page_costs_the_same_queries_whatever_the_number_of_entries(
    monkeypatch, public, settings
):
    """The exemption of a page's entries is read in one query, not one per entry."""
    from django.db import connection

    settings.PAGE_CACHE_ENABLED = False
    monkeypatch.setattr(PublicSitemap, "limit", 100)
    index = make_dip_index()
    make_entry(index, "Laporan 0", slug="laporan-0")
    public.get("/sitemap-halaman.xml")
    with CaptureQueriesContext(connection) as few:
        public.get("/sitemap-halaman.xml")
    for n in range(1, 8):
        make_entry(index, f"Laporan {n}", slug=f"laporan-{n}")
    public.get("/sitemap-halaman.xml")
    with CaptureQueriesContext(connection) as more:
        response = public.get("/sitemap-halaman.xml")
    assert "laporan-7" in response.content.decode()
    assert len(more.captured_queries) == len(few.captured_queries)


def test_a_take_down_is_never_answered_not_modified(small_pages, public):
    """A sitemap page's Last-Modified was the newest publication on it: a take-down removes an
    entry and leaves it as it was, so a crawler asking If-Modified-Since got 304 and kept
    listing the address taken down. The pages carry no Last-Modified (their ETag changes)."""
    index = make_dip_index()
    for n in range(5):
        make_entry(index, f"Laporan {n}", slug=f"laporan-{n}")
    pages = section_pages(public)
    before = {page: public.get(page) for page in pages}
    entry = DipEntryPage.objects.get(slug="laporan-0")
    take_down(entry, member("koordinator", "Koordinator"), "Data keliru.")
    for page, response in [("/sitemap.xml", public.get("/sitemap.xml")), *before.items()]:
        assert not response.has_header("Last-Modified"), page
        since = "Mon, 07 Dec 2099 00:00:00 GMT"  # later than any publication
        again = public.get(page, HTTP_IF_MODIFIED_SINCE=since)
        assert again.status_code in (200, 404), page
    assert not any("laporan-0" in path for path in listed(public))
