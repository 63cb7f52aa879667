"""The page cache on a real Redis (a private redis-server on a free port of this test run):
pages are kept there, a lost Redis means uncached (never stale, never an error), and a
take-down made while Redis was away is not undone when it comes back with its old data."""

import pytest

from moderation.actions import take_down
from tests.factories import home_page, make_dip_index, make_entry
from tests.test_workflow import member

pytestmark = pytest.mark.django_db


def hit(client, url: str) -> bool:
    return client.get(url).get("X-Page-Cache") == "hit"


def test_pages_are_kept_in_redis(client, redis_server):
    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    client.get(entry.url)
    assert redis_server.keys()
    assert hit(client, entry.url)


def test_without_redis_pages_are_served_uncached_and_publishing_works(client, redis_server):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    client.get(entry.url)
    assert hit(client, entry.url)
    redis_server.kill()

    response = client.get(entry.url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    assert "Laporan Keuangan 2025" in response.content.decode()
    # Publishing does not wait for Redis, and the public sees the result at once.
    make_entry(index, "Rencana Strategis", slug="rencana-strategis")
    assert "Rencana Strategis" in client.get(index.url).content.decode()
    assert client.get(home_page().url).status_code == 200


def test_a_take_down_while_redis_is_away_holds_when_it_returns_with_old_data(client, redis_server):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    for url in (entry.url, index.url):
        client.get(url)
        assert hit(client, url)
    redis_server.kill(save=True)

    take_down(entry, member("koordinator", "Koordinator"), "Data keliru.")
    assert client.get(entry.url).status_code == 404

    redis_server.start()  # with the entries it held before it died
    assert redis_server.keys()
    assert client.get(entry.url).status_code == 404
    assert "Laporan Keuangan 2025" not in client.get(index.url).content.decode()
    # ...and the cache works again, from the new generation.
    assert hit(client, index.url)
