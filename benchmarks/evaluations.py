"""C1 report at scale: time and query count at 10k, 100k and 1M audit-log and workflow rows.

    .venv/bin/python benchmarks/evaluations.py [--database-url postgres://...] [--sizes 10000,...]

Uses its own PostgreSQL database (default postgres://postgres@127.0.0.1:5432/ppid_bench, created
and migrated when missing). Rows are bulk-inserted over the second half of 2026: failed logins
(audit log), publications and unpublications (page log), workflow task states in the three
review stages, and privacy scan reports. Each size adds to the previous one. The target is
under 10 s at 1M rows with a query count that does not depend on the size.
"""

import argparse
import datetime
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ppid_bench"
SHARES = {"failed_logins": 0.4, "page_log": 0.2, "task_states": 0.3, "scan_reports": 0.1}
BATCH = 10_000


def ensure_database(url: str) -> None:
    import psycopg
    from django.db.backends.postgresql.psycopg_any import sql

    name = url.rsplit("/", 1)[1]
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def moment(rng: random.Random) -> datetime.datetime:
    from django.utils import timezone

    start = timezone.make_aware(datetime.datetime(2026, 7, 1))
    return start + datetime.timedelta(seconds=rng.randrange(184 * 86400))


def seed(count: int, rng: random.Random) -> None:
    """Bulk-insert `count` rows in the shares above."""
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import (
        ModelLogEntry,
        Page,
        PageLogEntry,
        Task,
        TaskState,
        Workflow,
        WorkflowState,
    )

    from moderation.models import ScanReport

    user_type = ContentType.objects.get_for_model(get_user_model())
    page = Page.objects.filter(depth=2).first()
    revision = page.specific.save_revision()
    page_type = ContentType.objects.get_for_model(page.specific_class)
    workflow = Workflow.objects.get(name="SOP Publikasi Konten")
    tasks = list(Task.objects.filter(workflow_tasks__workflow=workflow))
    state = WorkflowState.objects.create(
        content_type=page_type,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
        workflow=workflow,
        status=WorkflowState.STATUS_APPROVED,
    )
    kinds = ["nik", "phone", "email", "npwp", "bank"]

    def batches(total: int, make):
        for start in range(0, total, BATCH):
            yield [make() for _ in range(min(BATCH, total - start))]

    def failed_login():
        return ModelLogEntry(
            content_type=user_type,
            label="tamu",
            action="ppid.auth.login_failed",
            object_id="-",
            timestamp=moment(rng),
            data={"username": "tamu", "ip": "203.0.113.9"},
        )

    def page_entry():
        return PageLogEntry(
            page=page,
            content_type=page_type,
            label=page.title,
            action=rng.choice(["wagtail.publish"] * 4 + ["wagtail.unpublish"]),
            timestamp=moment(rng),
        )

    def task_state():
        started = moment(rng)
        finished = started + datetime.timedelta(minutes=rng.randrange(1, 6 * 24 * 60))
        return TaskState(
            workflow_state=state,
            revision=revision,
            task=rng.choice(tasks),
            status=rng.choice(["approved"] * 9 + ["rejected"]),
            started_at=started,
            finished_at=finished,
        )

    def scan_report():
        found = rng.sample(kinds, rng.randrange(0, 3))
        return ScanReport(
            revision=revision,
            scanned_at=moment(rng),
            passed=not found,
            findings=[{"kind": kind, "location": "body", "excerpt": "**"} for kind in found],
        )

    makers = {
        "failed_logins": (ModelLogEntry, failed_login),
        "page_log": (PageLogEntry, page_entry),
        "task_states": (TaskState, task_state),
        "scan_reports": (ScanReport, scan_report),
    }
    # started_at and scanned_at are auto_now_add: keep the chosen times while seeding.
    for model, name in ((TaskState, "started_at"), (ScanReport, "scanned_at")):
        model._meta.get_field(name).auto_now_add = False
    for name, share in SHARES.items():
        model, make = makers[name]
        for rows in batches(int(count * share), make):
            model.objects.bulk_create(rows, batch_size=BATCH)


def measure() -> tuple[float, int]:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from sop_governance.evaluations import metrics
    from sop_governance.evaluations.periods import parse

    ContentType.objects.clear_cache()  # every size measured cold, the same way
    period = parse("semiannual", "2026-H2")
    now = timezone.make_aware(datetime.datetime(2027, 1, 5, 9))
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        metrics.semiannual(period, now)
        elapsed = time.perf_counter() - started
    return elapsed, len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    )
    parser.add_argument("--sizes", default="10000,100000,1000000")
    options = parser.parse_args()
    ensure_database(options.database_url)
    setup_django(options.database_url)

    from django.db import connection
    from wagtail.models import ModelLogEntry, PageLogEntry, TaskState

    from moderation.models import ScanReport

    rng = random.Random(2026)  # noqa: S311 (test data)
    tables = (ModelLogEntry, PageLogEntry, TaskState, ScanReport)
    with connection.cursor() as cursor:
        for model in tables:
            cursor.execute(f'TRUNCATE "{model._meta.db_table}" CASCADE')  # noqa: S608
    present = 0
    print(f"{'rows':>10} {'seed (s)':>10} {'C1 (s)':>8} {'queries':>8}")
    for size in [int(value) for value in options.sizes.split(",")]:
        started = time.perf_counter()
        seed(size - present, rng)
        seeded = time.perf_counter() - started
        present = size
        with connection.cursor() as cursor:
            for model in tables:
                cursor.execute(f'ANALYZE "{model._meta.db_table}"')  # noqa: S608
        elapsed, queries = measure()
        print(f"{size:>10,} {seeded:>10.1f} {elapsed:>8.2f} {queries:>8}", flush=True)


if __name__ == "__main__":
    main()
