"""A proxy or CDN in front (wagtail.contrib.frontend_cache) is purged by the same events as the
page cache, after the commit: here a real HTTP server that receives the PURGE requests."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from moderation.actions import take_down
from ppid_pages.models import PPIDSettings
from tests.factories import home_page, make_dip_index, make_entry
from tests.test_workflow import member

pytestmark = pytest.mark.django_db


class PurgeServer(ThreadingHTTPServer):
    def __init__(self):
        self.paths: list[str] = []
        super().__init__(("127.0.0.1", 0), PurgeHandler)


class PurgeHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.paths.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(settings):
    server = PurgeServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


def test_a_take_down_purges_the_page_and_its_listing_after_the_commit(
    proxy, django_capture_on_commit_callbacks
):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    koordinator = member("koordinator", "Koordinator")
    proxy.paths.clear()
    with django_capture_on_commit_callbacks(execute=True):
        take_down(entry, koordinator, "Data keliru.")
        assert proxy.paths == []  # nothing before the commit
    assert {entry.url, index.url} <= set(proxy.paths)


def test_a_settings_change_purges_every_live_page(proxy, django_capture_on_commit_callbacks):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    proxy.paths.clear()
    with django_capture_on_commit_callbacks(execute=True):
        settings = PPIDSettings.for_site(home_page().get_site())
        settings.office_name = "Dinas Komunikasi Kota Contoh"
        settings.save()  # a working copy; any settings change purges (over-purging is safe)
    assert {"/", index.url, entry.url} <= set(proxy.paths)


def test_without_a_frontend_cache_nothing_is_sent(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        make_entry(make_dip_index(), "Laporan Keuangan 2025")
    assert callbacks == []


class Failure(Exception):
    pass


def test_a_redirect_rolled_back_purges_nothing(proxy, django_capture_on_commit_callbacks):
    """Wagtail's redirects editor purges the old address in the middle of its request
    (wagtail.contrib.redirects.views): the PURGE leaves after the commit, and never for a
    request rolled back after it (page_cache.purge.defer_wagtail_purges)."""
    from django.contrib.auth.models import User
    from django.db.models.signals import post_save
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import ModelLogEntry

    home_page()
    client = Client(raise_request_exception=False)
    client.force_login(User.objects.create_superuser("root", "root@contohkab.go.id", "x"))
    form = {
        "old_path": "/lama/",
        "site": "",
        "is_permanent": "on",
        "redirect_link": "https://contohkab.go.id/baru/",
    }

    def fail(sender, **kwargs):
        raise Failure("the request fails after the purge was triggered")

    post_save.connect(fail, sender=ModelLogEntry, dispatch_uid="test-fail-after-purge")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("wagtailredirects:add"), form)
    finally:
        post_save.disconnect(sender=ModelLogEntry, dispatch_uid="test-fail-after-purge")
    assert response.status_code == 500, response.context["form"].errors
    assert proxy.paths == []

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailredirects:add"), form)
        assert proxy.paths == []  # not before the commit
    assert response.status_code == 302
    assert "/lama" in proxy.paths or "/lama/" in proxy.paths


def test_a_take_down_purges_the_files_of_the_page_and_they_are_cached_briefly(
    proxy, client, django_capture_on_commit_callbacks
):
    """Issue 13: after a take-down through the admin, the page's pictures (every rendition
    file) and documents are purged from the CDN too, and a shared cache keeps them only
    briefly (a lost purge must not keep them public for the pages' five minutes)."""
    import re

    from django.test import Client
    from django.urls import reverse

    from tests.factories import make_document
    from tests.test_asset_versions import make_image, published_through_the_workflow
    from tests.test_workflow_bypass import ROLES, fresh
    from tests.test_workflow_bypass import member as role_member

    people = {role: role_member(role) for role in ROLES}
    image, document = make_image("red"), make_document("Laporan Keuangan")
    page = published_through_the_workflow(client, people, image=image, document=document)
    public = Client()
    html = public.get(fresh(page).get_url()).content.decode()
    renditions = set(re.findall(r'src="(/media/images/[^"]+)"', html))
    assert renditions
    document_url = fresh(page).specific.body[-1].value["document"].url
    for url in (*renditions, document_url):
        response = public.get(url)
        assert response.status_code == 200
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"public", "s-maxage=30"} <= directives, url

    proxy.paths.clear()
    client.force_login(people["Koordinator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("moderation:takedown", args=[page.pk]), {"reason": "Memuat data pribadi."}
        )
    assert response.status_code == 302
    assert {*renditions, document_url} <= set(proxy.paths)
