"""What the page cache keys and the per-process memos keep (issue 18, break18c): a shared link's
tracking parameters do not bypass the cache, a Host with any port makes no new stored variant
and no memo entry, a made-up sub-route value is not remembered, a document carries no
`Content-Encoding: None`, and a restore retires every cached page once its files are in place.
"""

import pytest
from django.test import Client

from page_cache import generation, routes, sites
from tests.factories import make_dip_index, make_document, make_entry

pytestmark = pytest.mark.django_db

HOST = "localhost"  # the Site's hostname


@pytest.fixture
def index():
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    return index


def test_a_shared_link_with_tracking_parameters_is_answered_from_the_cache(index):
    canonical = Client(HTTP_HOST=HOST).get(index.url)
    assert canonical.status_code == 200
    shared = index.url + "?utm_source=facebook&utm_medium=social&fbclid=IwAR0abc"
    response = Client(HTTP_HOST=HOST).get(shared)
    assert response["X-Page-Cache"] == "hit"
    assert response.content == canonical.content
    # No purge names the address with its parameters: a shared cache keeps it for no time.
    assert "s-maxage=0" in response["Cache-Control"]

    # Cold: the first click renders the page itself (no tracking value in it) and stores it
    # under the page's own key.
    first = Client(HTTP_HOST=HOST).get("/?gclid=Cj0KCQ&utm_campaign=banjir")
    assert first.status_code == 200
    assert b"gclid" not in first.content and b"banjir" not in first.content
    assert Client(HTTP_HOST=HOST).get("/")["X-Page-Cache"] == "hit"

    # A parameter the listing does not read is dropped too (fix18m, test_unread_parameters).
    response = Client(HTTP_HOST=HOST).get(index.url + "?utm_source=x&rahasia=1")
    assert response["X-Page-Cache"] == "hit"
    assert response.content == canonical.content


def test_a_host_with_any_port_stores_nothing_and_fills_no_memo(index):
    """gunicorn takes SERVER_PORT from the Host header: `localhost:1`, `localhost:2`, ...
    each made a stored variant and a site memo entry."""
    for port in range(1, 6):
        client = Client(HTTP_HOST=f"{HOST}:{port}", SERVER_PORT=str(port))
        assert client.get(index.url).status_code == 200
        assert client.get(index.url).get("X-Page-Cache") == "miss"
    memo = sites._memo.of(generation.current())
    assert len([key for key in memo if isinstance(key, tuple)]) <= 1, list(memo)
    # The Site's own host is stored as before.
    assert Client(HTTP_HOST=HOST).get(index.url).status_code == 200
    assert Client(HTTP_HOST=HOST).get(index.url)["X-Page-Cache"] == "hit"


def test_a_made_up_value_of_a_sub_route_is_not_remembered(index):
    client = Client(HTTP_HOST=HOST)
    for number in range(5):
        assert client.get(f"{index.url}kategori/acak-{number}/").status_code == 404
    assert client.get(f"{index.url}kategori/berkala/").status_code == 200
    remembered = [path for _site, path in routes._memo.of(generation.current())]
    assert not [path for path in remembered if path[-1].startswith("acak-")], remembered
    assert ("dip", "kategori", "berkala") in remembered


def test_a_document_carries_no_content_encoding_none(index):
    from tests.test_asset_versions import live_page_using

    document = make_document("Jadwal Pelayanan")
    live_page_using(document=document, slug="jadwal")
    for _ in range(2):  # rendered, then from the page cache
        response = Client(HTTP_HOST=HOST).get(document.url)
        assert response.status_code == 200
        assert "Content-Encoding" not in response, response["Content-Encoding"]


def test_a_restore_retires_the_cache_after_the_files_are_copied(tmp_path, monkeypatch):
    import shutil

    from django.core.management import call_command

    from integrity import backup
    from tests.integrity.test_backup import empty_everything

    index = make_dip_index()
    make_entry(index, "Rencana Kerja 2025", documents=(make_document("Laporan Anggaran"),))
    archive = tmp_path / "cadangan.tar.gz"
    call_command("backup", str(archive))
    empty_everything()

    during_copy = []
    copy = shutil.copyfile

    def copying(source, target, **kwargs):
        during_copy.append(generation.current())
        return copy(source, target, **kwargs)

    monkeypatch.setattr(backup.shutil, "copyfile", copying)
    backup.restore_backup(archive)
    assert during_copy
    # A page kept while the files were being copied is never looked up again.
    assert generation.current() != during_copy[-1]
