"""A proxy or CDN in front (wagtail.contrib.frontend_cache) is purged by the same events as the
page cache, after the commit: here a real HTTP server that receives the PURGE requests."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from moderation.actions import take_down
from moderation.publication import SET_UP, approved_path
from page_cache import purge
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
def proxy(settings, monkeypatch):
    import config.celery

    # No broker: the purge of every live page runs inline (purge.purge_live_pages_later).
    monkeypatch.setattr(config.celery, "enqueue", lambda name, *args: False)
    server = PurgeServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "page_cache.backends.TimedHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


def forget_earlier_purges(server) -> None:
    """The set-up's purges wait for a commit that never comes (the test's transaction): only
    what the change under test purges is looked at (else a purge queued by the set-up, sent
    with the first purge of the test, could pass a test whose change purged nothing)."""
    server.paths.clear()
    purge.pending().clear()


def test_a_take_down_purges_the_page_and_its_listing_after_the_commit(
    proxy, django_capture_on_commit_callbacks
):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    koordinator = member("koordinator", "Koordinator")
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        take_down(entry, koordinator, "Data keliru.")
        assert proxy.paths == []  # nothing before the commit
    assert {entry.url, index.url} <= set(proxy.paths)


def test_a_settings_change_purges_every_live_page(proxy, django_capture_on_commit_callbacks):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        settings = PPIDSettings.for_site(home_page().get_site())
        settings.office_name = "Dinas Komunikasi Kota Contoh"
        settings.save()  # a working copy; any settings change purges (over-purging is safe)
    assert {"/", index.url, entry.url} <= set(proxy.paths)


def test_without_a_frontend_cache_nothing_is_sent(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    from integrity.anchor import Advance
    from page_cache import generation

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        make_entry(make_dip_index(), "Laporan Keuangan 2025")
    # Only the clear of Wagtail's default-cache copies (generation.mirror_committed) and the
    # audit chain's anchor writes (integrity.anchor.Advance, one per committed audit entry).
    others = [
        callback
        for callback in callbacks
        if callback != generation.mirror_committed and not isinstance(callback, Advance)
    ]
    assert others == []


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
    public = Client(HTTP_HOST="localhost")  # the Site's host: the address a purge names
    html = public.get(fresh(page).get_url()).content.decode()
    renditions = set(re.findall(r'src="(/media/images/[^"]+)"', html))
    assert renditions
    document_url = fresh(page).specific.body[-1].value["document"].url
    for url in (*renditions, document_url):
        response = public.get(url)
        assert response.status_code == 200
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"public", "s-maxage=30"} <= directives, url

    forget_earlier_purges(proxy)
    client.force_login(people["Koordinator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("moderation:takedown", args=[page.pk]), {"reason": "Memuat data pribadi."}
        )
    assert response.status_code == 302
    assert {*renditions, document_url} <= set(proxy.paths)


def test_migrate_on_an_empty_database_with_a_frontend_cache(tmp_path):
    """Issue 18, B4: `migrate` of an empty database with FRONTEND_CACHE_PURGE_URL set failed
    (a purge after a migration's commit read the live pages before wagtailcore had its
    translation_key column). No purge runs while `migrate` runs."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    (tmp_path / "purge_settings.py").write_text(
        "from config.settings.test import *  # noqa\n"
        "WAGTAILFRONTENDCACHE = {'proxy': {'BACKEND':"
        " 'wagtail.contrib.frontend_cache.backends.HTTPBackend',"
        " 'LOCATION': 'http://127.0.0.1:9'}}\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{root / 'site'}",
        "DJANGO_SETTINGS_MODULE": "purge_settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, str(root / "manage.py"), "migrate", "-v0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_every_public_change_purges_the_views_outside_the_page_tree(
    proxy, django_capture_on_commit_callbacks
):
    """Issue 18, B2: the sitemap, the search page, the service statistics (they show the menu,
    the approved office, the list of pages) are public views outside the page tree: a
    take-down purges them too."""
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        take_down(entry, member("koordinator", "Koordinator"), "Data keliru.")
    assert {
        "/sitemap.xml",
        "/sitemap-halaman.xml",
        "/cari/",
        "/layanan-informasi/statistik-layanan-informasi/",
        "/favicon.ico",
    } <= set(proxy.paths)


def test_a_published_slug_change_purges_the_old_addresses(
    proxy, django_capture_on_commit_callbacks
):
    """Issue 18, B2: a slug changed and published moves the page and its sub-pages: their old
    addresses are purged too (before, only a move through the admin's move view did)."""
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    old_index, old_entry = index.url, entry.url
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        index.slug = "daftar-baru"
        with approved_path(SET_UP):  # as the workflow's finish would publish it
            index.save_revision().publish()
    index.refresh_from_db()
    assert index.url != old_index
    assert {old_index, old_entry, index.url} <= set(proxy.paths)


def test_publishing_a_page_without_an_asset_it_used_purges_the_old_asset(
    proxy, client, django_capture_on_commit_callbacks
):
    """The publication reads the new content's assets only: the picture and the document the
    page no longer shows were never purged (issue 18, verify18c 2)."""
    import re

    from django.test import Client

    from tests.factories import make_document
    from tests.test_asset_versions import (
        approve_in_turn,
        make_image,
        published_through_the_workflow,
        submit_using,
    )
    from tests.test_workflow_bypass import ROLES, fresh
    from tests.test_workflow_bypass import member as role_member

    people = {role: role_member(role) for role in ROLES}
    image, document = make_image("red"), make_document("Laporan Keuangan")
    page = published_through_the_workflow(client, people, image=image, document=document)
    public = Client(HTTP_HOST="localhost")
    html = public.get(fresh(page).get_url()).content.decode()
    renditions = set(re.findall(r'src="(/media/images/[^"]+)"', html))
    assert renditions
    document_url = fresh(page).specific.body[-1].value["document"].url

    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        submit_using(client, people["Operator"], fresh(page))
        approve_in_turn(client, people, fresh(page))
    assert not re.search(
        r'src="/media/images/', public.get(fresh(page).get_url()).content.decode()
    )
    assert {*renditions, document_url} <= set(proxy.paths)


def test_a_purge_of_every_page_is_one_call_to_a_cdn_that_can(
    proxy, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Cloudflare was sent every address of the site, 30 at a time (10,000 entries: 1,000
    calls in the reviewer's request); it gets one purge_everything (issue 18, verify18c 5).
    A PURGE proxy still gets each address."""
    import requests

    calls = []

    class Answer:
        status_code = 200

        def json(self):
            return {"success": True}

    monkeypatch.setattr(requests, "post", lambda url, **kw: calls.append(kw["json"]) or Answer())
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": "zona",
            "BEARER_TOKEN": "token",
        },
    }
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        site_settings = PPIDSettings.for_site(home_page().get_site())
        site_settings.office_name = "Dinas Komunikasi Kota Contoh"
        site_settings.save()
    assert calls == [{"purge_everything": True}]
    assert {"/", index.url, entry.url} <= set(proxy.paths)


def test_every_live_page_is_purged_off_the_request_and_the_change_s_own_at_once(
    proxy, monkeypatch, django_capture_on_commit_callbacks
):
    """A purge of every page sent every address of the site from the reviewer's request
    (10,000 entries: 30,000 PURGE requests, issue 18, verify18c 5): they go to a Celery job;
    the taken-down page's own addresses are still purged before the request returns."""
    import config.celery

    jobs = []
    monkeypatch.setattr(config.celery, "enqueue", lambda name, *args: jobs.append(name) or True)
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    other = make_entry(index, "Laporan Kinerja 2025")
    koordinator = member("koordinator", "Koordinator")
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        take_down(entry, koordinator, "Data keliru.")
    assert {entry.url, index.url} <= set(proxy.paths)
    assert other.url not in proxy.paths
    assert jobs == ["page_cache.purge_live_pages"]
    with django_capture_on_commit_callbacks(execute=True):
        purge.purge_live_pages(["proxy"])  # the job
    assert other.url in proxy.paths


@pytest.mark.parametrize("status, body", [(429, {"success": False}), (200, {"success": False})])
def test_a_refused_purge_everything_falls_back_to_the_addresses(
    proxy, settings, monkeypatch, django_capture_on_commit_callbacks, status, body
):
    """Cloudflare refusing purge_everything (a token without it, a rate limit, an outage) was
    counted as done, so a take-down's own addresses were never sent to it (verify18d): a
    refusal now sends the addresses instead."""
    import requests

    calls = []

    class Refused:
        status_code = status

        def json(self):
            return body

    monkeypatch.setattr(requests, "post", lambda url, **kw: calls.append(kw["json"]) or Refused())
    settings.WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": "zona",
            "BEARER_TOKEN": "token",
        },
    }
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        take_down(entry, member("koordinator", "Koordinator"), "Data keliru.")
    sent = [call for call in calls if call != {"purge_everything": True}]
    assert {"purge_everything": True} in calls
    assert any(entry.url.rstrip("/") in url for call in sent for url in call.get("files", []))
