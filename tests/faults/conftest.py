"""Real processes for the fault tests: a private redis-server and Celery worker processes that
share the test database (PostgreSQL: a worker in another process cannot see SQLite's in-memory
test database, so these tests run in the PostgreSQL half of `make test`)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection

from tests import services

ROOT = Path(__file__).resolve().parents[2]
VISIBILITY_TIMEOUT = 2  # seconds before a killed worker's unacknowledged task is delivered again

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="a worker process shares the test database only on PostgreSQL (the PostgreSQL run)",
)


def database_url() -> str:
    settings = connection.settings_dict
    return (
        f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )


class Worker:
    def __init__(self, process: subprocess.Popen, log: Path):
        self.process = process
        self.log = log

    def kill(self) -> None:
        """SIGKILL: no shutdown, no acknowledgement, the open transaction is cut off."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


class Faults:
    """Starts workers on one private Redis; kills whatever is left at the end."""

    def __init__(self, redis_url: str, tmp_path: Path):
        self.redis_url = redis_url
        self.tmp_path = tmp_path
        self.mail_dir = tmp_path / "mail"
        self.mail_dir.mkdir()
        self.workers: list[Worker] = []

    def environment(self, **extra: str) -> dict[str, str]:
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": database_url(),
            "REDIS_URL": f"{self.redis_url}/0",
            "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.mail_dir),
            "PYTHONPATH": f"{ROOT / 'site'}:{ROOT}",
            **extra,
        }

    def start_worker(self, pause: str | None = None) -> tuple[Worker, Path]:
        """A worker process; with `pause` it blocks at that function (see worker.py)."""
        marker = self.tmp_path / f"paused-{len(self.workers)}"
        extra = {"PPID_FAULT_PAUSE": pause, "PPID_FAULT_MARKER": str(marker)} if pause else {}
        log = self.tmp_path / f"worker-{len(self.workers)}.log"
        process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "tests.faults.worker",
                "worker",
                # Production's pool (`make worker`: prefork). With the solo pool the task runs
                # inside the consumer's message callback and the Redis transport leaves its
                # message unacknowledged until it returns, acks_late or not: a test on it
                # passed with acks_late reverted (helper faults19's revert check).
                "--pool",
                "prefork",
                "--concurrency",
                "1",
                "--without-heartbeat",
                "--without-gossip",
                "--without-mingle",
                "--loglevel",
                "INFO",
            ],
            cwd=ROOT,
            env=self.environment(**extra),
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        worker = Worker(process, log)
        self.workers.append(worker)
        return worker, marker

    def send(self, task_name: str, **kwargs) -> None:
        from config.celery import app

        previous = app.conf.broker_url
        app.conf.broker_url = f"{self.redis_url}/0"
        app._after_fork()
        try:
            app.send_task(task_name, kwargs=kwargs)
        finally:
            app.conf.broker_url = previous
            app._after_fork()

    def mails(self) -> list[str]:
        return [path.read_text() for path in sorted(self.mail_dir.glob("*.log"))]

    def stop_all(self) -> None:
        for worker in self.workers:
            if worker.process.poll() is None:
                worker.kill()


def wait_until(condition, timeout: float = 60, what: str = "condition", worker=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    detail = f"\n--- worker log ---\n{worker.output()[-4000:]}" if worker else ""
    raise AssertionError(f"timed out waiting for {what}{detail}")


@pytest.fixture
def faults(tmp_path) -> Iterator[Faults]:
    with services.private_redis() as redis_url:
        faults = Faults(redis_url, tmp_path)
        try:
            yield faults
        finally:
            faults.stop_all()


# --- the database connection cut off mid-request ------------------------------------------------


def terminate_backend(pid: int) -> None:
    """pg_terminate_backend from a second connection; returns once the backend has gone."""
    import psycopg

    with psycopg.connect(database_url(), autocommit=True) as killer:
        [[done]] = killer.execute("SELECT pg_terminate_backend(%s, 10000)", [pid]).fetchall()
    assert done, f"backend {pid} was not terminated"


def cut_connection_at(monkeypatch, owner, name: str) -> list[int]:
    """Wrap `owner.name`: the first call terminates the calling thread's PostgreSQL backend
    (the request's connection, in its open transaction), then runs the real function, whose
    next query meets the dead connection. Returns the list of terminated backend ids."""
    real = getattr(owner, name)
    cut: list[int] = []

    def cut_then_call(*args, **kwargs):
        if not cut:
            connection.ensure_connection()
            pid = connection.connection.info.backend_pid
            terminate_backend(pid)
            cut.append(pid)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, cut_then_call)
    return cut


def files_under(root: Path) -> list[Path]:
    return sorted(path for path in Path(root).rglob("*") if path.is_file())


def audit_breaks() -> list:
    """The audit chain's breaks (integrity.chain.verify): a fault must add none."""
    from integrity.chain import verify

    return verify().breaks


# --- a private database for a restore -----------------------------------------------------------


def postgresql_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        services.missing("postgresql", f"{name} is not on PATH")
    return path


def run_psql(url: str, sql: str) -> None:
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            postgresql_tool("psql"),
            "--quiet",
            "--no-psqlrc",
            "--set",
            "ON_ERROR_STOP=1",
            url,
            "-c",
            sql,
        ],
        check=True,
        capture_output=True,
    )


@contextlib.contextmanager
def scratch_database() -> Iterator[str]:
    """A database of this test alone, next to the test database on the same server: the test
    database's schema and its applied migrations (`pg_dump --schema-only`, and the rows of
    django_migrations), no other row, as `migrate` leaves a new database before the data
    migrations. Dropped when the block ends. Yields its name.

    A restore goes here, never into the test database: a restore replaces content types and
    permissions with other ids, which the next serialized-rollback test cannot set up on."""
    pg_dump, psql = postgresql_tool("pg_dump"), postgresql_tool("psql")
    source = database_url()
    name = f"{connection.settings_dict['NAME']}_restore_{os.getpid()}"
    server = source.rsplit("/", 1)[0] + "/postgres"
    target = source.rsplit("/", 1)[0] + "/" + name
    run_psql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    run_psql(server, f'CREATE DATABASE "{name}"')
    try:
        for what in (["--schema-only"], ["--data-only", "--table", "django_migrations"]):
            dump = subprocess.run(  # noqa: S603 - fixed arguments
                [pg_dump, "--no-owner", "--no-privileges", *what, source],
                check=True,
                capture_output=True,
            )
            subprocess.run(  # noqa: S603 - fixed arguments
                [psql, "--quiet", "--no-psqlrc", "--set", "ON_ERROR_STOP=1", target],
                input=dump.stdout,
                check=True,
                capture_output=True,
            )
        yield name
    finally:
        run_psql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def connected_to(name: str) -> Iterator[None]:
    """This thread's default connection on database `name` for the block (the ORM, the test
    client, management commands), then back on the test database; the caches of rows of the
    other database (content types, site root paths) are emptied at both ends.

    The content-type cache is filled again from the test database at the end. With it empty,
    the next serialized-rollback test fails at set-up: its reload builds pages before their
    content types are back, Wagtail's `Page.__init__` asks `get_for_model`, which (cache
    empty) creates the content type anew, and the reloaded row then is a duplicate (the
    defect that kept the restore test out of the suite; a warm cache answers without a query)."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches
    from wagtail.models import Site

    def forget() -> None:
        ContentType.objects.clear_cache()
        Site.clear_site_root_paths_cache()
        for cache in caches.all():
            cache.clear()

    original = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    forget()
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original
        forget()
        ContentType.objects.get_for_models(*apps.get_models(include_auto_created=True))
