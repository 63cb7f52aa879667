"""Every CDN backend of production's settings is purged, whatever the one before it does, with
a time limit, and what failed is sent again from Celery (issue 18, verify18e 4): Wagtail's
CloudflareBackend posted without a timeout, only logged a 429 or 5xx, and let a ConnectionError
end the purge task's loop, so the backends after it got nothing. A Site's new hostname also
purges the addresses of the old one."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from wagtail.models import Site

from config.frontend_cache import from_environment as frontend_cache_from_environment
from moderation.actions import take_down
from moderation.publication import SET_UP, approved_path
from page_cache import purge
from tests.factories import make_dip_index, make_entry
from tests.test_workflow import member

pytestmark = pytest.mark.django_db


class HostServer(ThreadingHTTPServer):
    def __init__(self):
        self.purged: list[tuple[str, str]] = []  # (Host, path)
        super().__init__(("127.0.0.1", 0), HostHandler)


class HostHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def production_backends(settings, monkeypatch):
    """WAGTAILFRONTENDCACHE as production builds it from the environment, Cloudflare first and
    a PURGE proxy after it; Celery's jobs recorded (enqueue: no broker, the job runs inline)."""
    import config.celery

    server = HostServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", "zona")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "token")
    monkeypatch.setenv("FRONTEND_CACHE_PURGE_URL", f"http://127.0.0.1:{server.server_address[1]}")
    backends = frontend_cache_from_environment()
    settings.WAGTAILFRONTENDCACHE = {
        "cloudflare": backends["cloudflare"],
        "proxy": backends["proxy"],
    }
    settings.FRONTEND_CACHE_PURGE_TIMEOUT = 0.5
    server.later = []
    monkeypatch.setattr(config.celery, "enqueue", lambda name, *args: False)
    monkeypatch.setattr(
        config.celery,
        "enqueue_later",
        lambda name, countdown, *args: server.later.append((name, countdown, args)) or True,
        raising=False,
    )
    yield server
    server.shutdown()
    server.server_close()


def cloudflare(monkeypatch, answer):
    """requests.post to Cloudflare answers with `answer(url, kwargs)` (a response or raises)."""
    calls = []

    def post(url, **kwargs):
        calls.append(kwargs)
        return answer(url, kwargs)

    monkeypatch.setattr(requests, "post", post)
    return calls


class Answer:
    def __init__(self, status: int, body: dict):
        self.status_code, self.body = status, body

    def json(self):
        return self.body


def take_down_entry(django_capture_on_commit_callbacks, server):
    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    koordinator = member("koordinator", "Koordinator")
    server.purged.clear()
    purge.pending().clear()
    with django_capture_on_commit_callbacks(execute=True):
        take_down(entry, koordinator, "Data pribadi termuat.")
    return entry


def unreachable(url, kwargs):
    raise requests.ConnectionError("Cloudflare unreachable")


def test_cloudflare_unreachable_still_purges_the_next_backend_and_retries_later(
    production_backends, monkeypatch, django_capture_on_commit_callbacks
):
    calls = cloudflare(monkeypatch, unreachable)
    entry = take_down_entry(django_capture_on_commit_callbacks, production_backends)
    assert calls and all(call.get("timeout") for call in calls)  # a time limit on every post
    assert ("localhost", entry.url) in production_backends.purged  # the proxy after it
    retried = [
        args for name, _, args in production_backends.later if name == "page_cache.purge_urls"
    ]
    assert any(
        backend == "cloudflare" and any(url.endswith(entry.url) for url in urls)
        for backend, urls, _ in retried
    ), production_backends.later


@pytest.mark.parametrize("status", [429, 502])
def test_a_refused_cloudflare_purge_is_retried_by_celery_until_it_succeeds(
    production_backends, monkeypatch, django_capture_on_commit_callbacks, status
):
    cloudflare(monkeypatch, lambda url, kwargs: Answer(status, {"success": False}))
    entry = take_down_entry(django_capture_on_commit_callbacks, production_backends)
    retried = [
        (args, countdown)
        for name, countdown, args in production_backends.later
        if name == "page_cache.purge_urls"
    ]
    assert retried and all(countdown > 0 for _, countdown in retried)
    (backend, urls, attempt), _ = next(
        item for item in retried if any(url.endswith(entry.url) for url in item[0][1])
    )
    assert backend == "cloudflare"
    # The job, when Cloudflare answers again: sent, and nothing more to retry.
    from page_cache.tasks import purge_urls

    production_backends.later.clear()
    sent = cloudflare(monkeypatch, lambda url, kwargs: Answer(200, {"success": True}))
    purge_urls(backend, urls, attempt)
    assert [call["json"] for call in sent] == [
        {"files": urls[i : i + 30]} for i in range(0, len(urls), 30)
    ]
    assert production_backends.later == []


def test_a_site_hostname_change_purges_the_old_hostnames_addresses(
    production_backends, monkeypatch, django_capture_on_commit_callbacks
):
    cloudflare(monkeypatch, lambda url, kwargs: Answer(200, {"success": True}))
    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    production_backends.purged.clear()
    purge.pending().clear()
    with django_capture_on_commit_callbacks(execute=True), approved_path(SET_UP):
        site = Site.objects.get()
        site.hostname = "ppid.contohkab.go.id"
        site.save()
    old = {path for host, path in production_backends.purged if host == "localhost"}
    assert {"/", entry.url, "/sitemap.xml"} <= old, sorted(production_backends.purged)
