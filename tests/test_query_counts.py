"""DIP pages run the same number of SQL queries with 10 or 10,000 entries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppid_pages.models.dip import DipCategory

from .factories import bulk_dip_entries, make_dip_index, make_document, make_entry

pytestmark = pytest.mark.django_db

SMALL, LARGE = 10, 10_000


def count_queries(client, url: str) -> int:
    client.get(url)  # warm caches (site root paths, content types) the same way at both sizes
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def dip_index():
    return make_dip_index()


def test_dip_listing_and_entry_query_count_does_not_grow(client, dip_index):
    entry = make_entry(
        dip_index,
        "Laporan Kinerja",
        documents=(make_document("Lampiran A"), make_document("Lampiran B")),
    )
    bulk_dip_entries(dip_index, SMALL - 1)
    urls = [
        dip_index.url,
        f"{dip_index.url}?kategori={DipCategory.BERKALA}&tahun=2025&halaman=2",
        entry.url,
    ]
    small_counts = [count_queries(client, url) for url in urls]

    bulk_dip_entries(dip_index, LARGE - SMALL)
    bulk_dip_entries(dip_index, 50, category=DipCategory.DIKECUALIKAN)
    large_counts = [count_queries(client, url) for url in urls]

    assert dip_index.get_children().count() == LARGE + 50
    assert large_counts == small_counts


def test_listing_shows_one_page_of_entries(client, dip_index):
    bulk_dip_entries(dip_index, 45)
    response = client.get(dip_index.url, {"halaman": 3})
    entries = response.context["entries"]
    assert entries.paginator.count == 45
    assert len(entries.object_list) == 5
