"""A parameter is read per route, and a value the view does not know is never a render (issue 18,
attack18m). A parameter a page *declared* (reads_query_parameters) was kept for every view of
that page, also a sub-route that never reads it, and a value the view does not claim is
rendered on every request and never stored. So random query strings still make every request
an uncached render (the DoS amplifier fix18m gap 1 meant to close), only with a declared name:

- /dip/unduh/xlsx/?halaman=<random>: the whole DIP register is built again each time (the
  export view reads no parameter; `halaman`, `kategori`, `tahun`, `unit` are the index's);
- /dip/kategori/berkala/?tahun=<random>: the category sub-route reads only `halaman`;
- /dip/?halaman=<random>, /dip/?tahun=<random>: values the view reads but does not claim.

Each test asserts the safe behaviour (at most one render for N random spellings) and fails
while the break exists.

Guards page_cache.middleware.route_parameters and canonical_redirect (issue 18, attack18m).
"""

import uuid

import pytest
from django.test import Client
from django.test.signals import template_rendered

from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db

HOST = "localhost"
N = 6


@pytest.fixture
def index():
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    return index


@pytest.fixture
def renders():
    seen = []

    def record(sender, template, **kwargs):
        name = getattr(template, "name", "") or ""
        if name.startswith("ppid_pages/") and "/includes/" not in name:
            seen.append(name)

    template_rendered.connect(record)
    yield seen
    template_rendered.disconnect(record)


def rand() -> str:
    return uuid.uuid4().hex[:12]


def test_export_with_a_random_declared_parameter_is_built_once(index, monkeypatch):
    from ppid_pages import registers

    built = []
    real = registers.register_xlsx
    monkeypatch.setattr(
        registers, "register_xlsx", lambda *a, **k: built.append(1) or real(*a, **k)
    )
    url = index.url + "unduh/xlsx/"
    first = Client(HTTP_HOST=HOST).get(url)
    second = Client(HTTP_HOST=HOST).get(url)
    assert first.status_code == second.status_code == 200
    assert second["X-Page-Cache"] == "hit", "guard: the canonical export is cached"
    assert len(built) == 1
    answers = [Client(HTTP_HOST=HOST).get(url, {"halaman": rand()}) for _ in range(N)]
    assert all(a.status_code == 200 for a in answers)
    assert len(built) <= 2, f"{len(built)} xlsx builds for {N} random ?halaman= spellings"


@pytest.mark.parametrize(
    "suffix, name",
    [
        ("kategori/berkala/", "tahun"),  # the sub-route reads only `halaman`
        ("kategori/berkala/", "unit"),
        ("", "halaman"),  # read, but a random value is rendered and never stored
        ("", "tahun"),
    ],
)
def test_random_values_of_a_declared_parameter_render_once(index, renders, suffix, name):
    url = index.url + suffix
    Client(HTTP_HOST=HOST).get(url)  # the canonical page, kept
    renders.clear()
    answers = [Client(HTTP_HOST=HOST).get(url, {name: rand()}) for _ in range(N)]
    assert all(a.status_code in (200, 301, 302, 404) for a in answers), [
        a.status_code for a in answers
    ]
    assert len(renders) <= 1, f"{len(renders)} renders for {N} random ?{name}= on {url}"


def test_a_page_past_the_last_goes_to_the_last_page(index, settings):
    from tests.factories import make_entry as entry

    settings.PPID_PAGE_SIZE = 1
    entry(index, "Laporan Kinerja 2025")
    answer = Client(HTTP_HOST=HOST).get(index.url, {"halaman": "99"})
    assert answer.status_code == 302
    assert answer["Location"] == index.url + "?halaman=2"
    assert Client(HTTP_HOST=HOST).get(index.url, {"halaman": "x"})["Location"] == index.url
