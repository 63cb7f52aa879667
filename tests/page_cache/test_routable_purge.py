"""Every sub-address a routable page serves to a shared cache is purged (issue 18, cache18 1).

The DIP's category listings and the XLSX/PDF exports answered `s-maxage` but Wagtail's purge
named only the index itself (`get_cached_paths()` was `['/']`): after a take-down a CDN kept
serving them with the entry. The class: for every public RoutablePage model, every route that
answers 200 with an s-maxage is among the paths its purge names."""

from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.test import Client
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from moderation.actions import take_down
from ppid_pages.models import DipIndexPage, ExemptIndexPage
from tests.factories import home_page, make_dip_index, make_entry, publish
from tests.page_cache.test_purge import proxy  # noqa: F401 - fixture
from tests.test_workflow import member

pytestmark = pytest.mark.django_db

MAKERS = {
    DipIndexPage: make_dip_index,
    ExemptIndexPage: lambda: publish(
        home_page(), ExemptIndexPage(title="Informasi yang Dikecualikan", slug="dikecualikan")
    ),
}
INVENTED = "x-invented-value"


def routable_page_models() -> set[type]:
    return {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and issubclass(model, RoutablePageMixin)
    }


def shared_max_age(response) -> int:
    for part in response.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name == "s-maxage":
            return int(value)
    return 0


def test_every_routable_page_model_is_checked():
    assert routable_page_models() == set(MAKERS)


@pytest.mark.parametrize("model", sorted(MAKERS, key=lambda model: model.__name__))
def test_every_route_kept_by_a_shared_cache_is_purged(model):
    page = MAKERS[model]()
    make_entry(make_dip_index("Daftar Kedua") if model is not DipIndexPage else page, "Laporan")
    page = page.specific
    batch = PurgeBatch()
    batch.add_page(page)
    purged = {url.removeprefix(page.get_site().root_url) for url in batch.urls}
    client = Client(HTTP_HOST=urlsplit(page.get_site().root_url).netloc)  # the Site's own host
    checked = 0
    for name, parameters in model.route_parameters():
        declared = getattr(model, "route_values", {}).get(name, {})
        # The declared values and one nobody declared: a route must answer those with 404.
        candidates = [
            dict.fromkeys(parameters, value)
            for value in {INVENTED, *[v for p in parameters for v in declared.get(p, ())]}
        ]
        for kwargs in candidates or [{}]:
            try:
                path = page.url + page.reverse_subpage(name, kwargs=kwargs).lstrip("/")
            except Exception:  # noqa: BLE001, S112 - values of another parameter's set
                continue
            response = client.get(path)
            if response.status_code == 200 and shared_max_age(response) > 0:
                checked += 1
                assert path in purged, (path, sorted(purged))
    assert checked >= 2  # the index and at least one sub-address


def test_a_take_down_purges_the_category_listing_and_the_exports(
    proxy,  # noqa: F811 - fixture
    django_capture_on_commit_callbacks,
):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    koordinator = member("koordinator", "Koordinator")
    proxy.paths.clear()
    with django_capture_on_commit_callbacks(execute=True):
        take_down(entry, koordinator, "Data keliru.")
    for sub in ("kategori/berkala/", "kategori/serta-merta/", "unduh/xlsx/", "unduh/pdf/"):
        assert index.url + sub in proxy.paths, sorted(proxy.paths)
