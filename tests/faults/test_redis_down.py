"""Redis stops mid-test (a private redis-server, killed): the public search, the admin and
publishing through the workflow keep working (issue 19).

The cache is the production one (config.cache.ResilientRedisCache on a private server, with the
production timeouts); Celery's broker points at the same dead server.
"""

import time

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Workflow

from config.celery import enqueue
from tests import services
from tests.evaluations.conftest import broker
from tests.test_workflow import act, draft_entry, member

pytestmark = pytest.mark.django_db


def redis_cache(url: str) -> dict:
    backend = {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": f"{url}/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    return {"default": backend, "ratelimit": {**backend, "KEY_PREFIX": "ratelimit"}}


def search(client):
    return client.get("/cari/", {"q": "anggaran"}, REMOTE_ADDR="203.0.113.9")


def test_redis_killed_mid_test_leaves_search_admin_and_publishing_working(client, settings):
    settings.SECURITY_RATE_LIMITS = {"search": (3, 60)}
    people = {
        "operator": member("operator", "Operator"),
        "sub": member("sub", "Sub Koordinator"),
        "koor": member("koor", "Koordinator"),
    }
    with services.private_redis() as url, override_settings(CACHES=redis_cache(url)):
        assert [search(client).status_code for _ in range(4)] == [200, 200, 200, 429]
        assert any(b"ratelimit" in key for key in cache._cache.get_client().scan_iter())
    # The server is dead now (killed by the block); the same settings point at it.
    with override_settings(CACHES=redis_cache(url)), broker(f"{url}/0"):
        started = time.monotonic()
        assert [search(client).status_code for _ in range(4)] == [200] * 4  # fails open
        assert enqueue("sop_evaluations.run_monthly") is False
        entry = draft_entry(people["operator"], "<p>Jadwal pelayanan informasi.</p>")
        Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["operator"])
        act(entry, people["sub"])
        act(entry, people["koor"])
        entry.refresh_from_db()
        assert entry.live
        client.force_login(people["koor"])
        assert client.get("/admin/").status_code == 200
        assert client.get(entry.url).status_code == 200
        assert time.monotonic() - started < 30  # nothing waited long on the dead server
