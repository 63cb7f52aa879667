"""A deployment or a migration retires every cached page (issue 18, verify18d note): a data
migration writes through historical models, which send no signal, and a deployment's new
templates, code or static manifest render pages differently, but the cached pages and facts
were kept under a key neither changed. Every run of `migrate` that applies a migration now
replaces the public token once (one with nothing to apply keeps it: test_deployment_stability),
and the key includes the deployment's fingerprint (page_cache.generation.deployment)."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from page_cache import generation
from tests.factories import make_dip_index, make_entry

pytestmark = pytest.mark.django_db


def cached_page() -> tuple[Client, str]:
    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    public = Client(HTTP_HOST="localhost")
    public.get(entry.url)
    assert public.get(entry.url)["X-Page-Cache"] == "hit"
    return public, entry.url


def migrate_applying_one_migration() -> None:
    """What `migrate` sends when it applied a migration (its signals, with the plan it ran)."""
    from django.core.management.sql import emit_post_migrate_signal, emit_pre_migrate_signal
    from django.db.migrations.loader import MigrationLoader

    plan = [(MigrationLoader(connection).get_migration("page_cache", "0001_initial"), False)]
    emit_pre_migrate_signal(0, False, "default", plan=plan)
    emit_post_migrate_signal(0, False, "default", plan=plan)


def test_migrate_retires_every_cached_page_once_per_run():
    public, url = cached_page()
    with CaptureQueriesContext(connection) as queries:
        migrate_applying_one_migration()
    bumps = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith("UPDATE") and "page_cache_publicgeneration" in query["sql"]
    ]
    assert len(bumps) == 1, "one new token per run of migrate, not one per app"
    assert public.get(url)["X-Page-Cache"] == "miss"
    assert public.get(url)["X-Page-Cache"] == "hit"


def test_a_new_release_retires_every_cached_page(settings):
    public, url = cached_page()
    settings.PAGE_CACHE_VERSION = "rilis-2026-12-07"
    assert public.get(url)["X-Page-Cache"] == "miss"
    assert public.get(url)["X-Page-Cache"] == "hit"


def test_new_templates_or_static_files_are_a_new_key(settings, tmp_path):
    templates, static = tmp_path / "templates", tmp_path / "static"
    templates.mkdir()
    static.mkdir()
    (templates / "pengumuman.html").write_text("<p>Lama</p>")
    (static / "staticfiles.json").write_text(json.dumps({"paths": {"css/situs.css": "a1.css"}}))
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], templates]}]
    settings.STATIC_ROOT = static
    before = generation.current()
    assert generation.current() == before  # stable within one deployment

    (templates / "pengumuman.html").write_text("<p>Baru</p>")
    generation.forget_deployment()  # a new deployment's processes
    after_templates = generation.current()
    assert after_templates != before

    (static / "staticfiles.json").write_text(json.dumps({"paths": {"css/situs.css": "b2.css"}}))
    generation.forget_deployment()
    after_static = generation.current()
    assert after_static not in (before, after_templates)
    # The same public content: only the deployment's part of the key changed.
    assert {key.split(".")[1] for key in (before, after_templates, after_static)} == {
        before.split(".")[1]
    }
