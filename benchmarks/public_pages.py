"""Public pages under production settings: req/s, p50 and p99, cached and uncached, each as a
ratio to a bare Django view (30 KB body, the same settings and middleware).

    .venv/bin/python benchmarks/public_pages.py [--databases sqlite,postgres] [--entries 10000]
        [--duration 5] [--rounds 3] [--workers 2] [--connections 8]

For each database: a fresh database (SQLite in a temporary folder; PostgreSQL
`ppid_pagecache_bench` on --postgres-url), migrated, with the demo content; two gunicorn servers
with config.settings.production (benchmarks.bench_settings adds the bare view and lifts the
search rate limit): one with the page cache (Redis at --redis-url), one without
(PAGE_CACHE_ENABLED=false, also serving the bare view). wrk (`apt-get install -y wrk`) loads one
URL at a time with `Accept-Encoding: gzip`: home, DIP index, a DIP entry, news, search and a
document; best of --rounds interleaved rounds. With --entries N, N more DIP entries are then
added (and indexed for search) and the DIP index and search are measured again: the target is
within 10% of the demo size. Other targets: cached >= 0.5x the bare view, uncached home >= 300
req/s on SQLite (2 cores, 2 workers). The machine is shared: figures are noisy.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")
PAGES = ["home", "dip_index", "dip_entry", "news", "search", "document"]


# --- inside Django (a subprocess with the benchmark's environment) -----------------------------


def prepare(extra_entries: int) -> None:
    """Print the URLs to measure as JSON; with extra_entries, add and index that many first."""
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    import django

    django.setup()
    from django.core.management import call_command

    from page_cache import generation
    from ppid_pages.models import DipEntryPage, DipIndexPage, NewsIndexPage, PPIDDocument
    from ppid_pages.visibility import document_is_public

    index = DipIndexPage.objects.live().first()
    if extra_entries:
        from tests.factories import bulk_dip_entries

        bulk_dip_entries(index, extra_entries)
        with open(os.devnull, "w") as quiet:
            call_command("update_index", stdout=quiet)
        generation.bump()  # bulk inserts send no signals
    analyze()  # at the demo size too: both sizes are measured in autovacuum's steady state
    entry = DipEntryPage.objects.live().public().child_of(index).exclude(category="dikecualikan")
    document = next(d for d in PPIDDocument.objects.order_by("pk") if document_is_public(d))
    urls = {
        "home": "/",
        "dip_index": index.url,
        "dip_entry": entry.order_by("pk").first().url,
        "news": NewsIndexPage.objects.live().first().url,
        "search": "/cari/?q=laporan",
        "document": document.url,
    }
    print(json.dumps(urls))


def analyze() -> None:
    """What autovacuum does soon after a bulk load, done before measuring: the planner's
    statistics (without them PostgreSQL guesses a handful of rows and reads a page of the
    listing by scanning all) and the search index's GIN pending list merged (until then every
    search reads the whole list: 39 pages after indexing 10,000 entries)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


# --- outside Django -----------------------------------------------------------------------------


def environment(database_url: str, redis_url: str, cached: bool) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.bench_settings",
        "PYTHONPATH": f"{ROOT / 'site'}:{ROOT}",
        "SECRET_KEY": "benchmark-only-key",
        "AUDIT_CHAIN_KEY": "benchmark-only-audit-chain-key-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECURE_SSL_REDIRECT": "false",
        "PAGE_CACHE_ENABLED": "true" if cached else "false",
    }


def fernet_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


def run(args: list[str], env: dict) -> str:
    result = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True)  # noqa: S603
    if result.returncode:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def create_postgres(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def start_server(env: dict, port: int, workers: int) -> subprocess.Popen:
    process = subprocess.Popen(  # noqa: S603
        [GUNICORN, "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
         "--access-logfile", "/dev/null", "--error-logfile", "-", "--log-level", "warning",
         "config.wsgi:application"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)  # noqa: S310
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    sys.exit(f"gunicorn on port {port} did not start")


def stop_server(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def seconds(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def load(url: str, duration: int, connections: int) -> dict:
    output = subprocess.run(  # noqa: S603
        [shutil.which("wrk"), "-t2", f"-c{connections}", f"-d{duration}s", "--latency",
         "-H", "Accept-Encoding: gzip", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        sys.exit(f"{url}: {errors.group(1)} error responses\n{output}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": seconds(re.search(r"^\s+50%\s+([\d.]+\w+)", output, re.M).group(1)),
        "p99": seconds(re.search(r"^\s+99%\s+([\d.]+\w+)", output, re.M).group(1)),
    }


def best_of(rounds: int, jobs: dict, duration: int, connections: int) -> dict:
    """jobs: name -> URL. Rounds are interleaved: each round loads every URL once."""
    best: dict = {}
    for _ in range(rounds):
        for name, url in jobs.items():
            for _ in range(3):  # warm: routes, templates, renditions, the cache
                urllib.request.urlopen(url, timeout=30).read()  # noqa: S310
            figures = load(url, duration, connections)
            if name not in best or figures["rps"] > best[name]["rps"]:
                best[name] = figures
    return best


def row(label: str, figures: dict, bare: float) -> str:
    return (
        f"{label:<11} {figures['rps']:>8.0f} {figures['p50'] * 1000:>8.2f} "
        f"{figures['p99'] * 1000:>8.2f} {figures['rps'] / bare:>6.2f}x"
    )


def benchmark(database: str, options) -> None:
    work = Path(tempfile.mkdtemp(prefix="ppid-bench-"))
    try:
        if database == "sqlite":
            database_url = f"sqlite:///{work / 'db.sqlite3'}"
        else:
            database_url = options.postgres_url
            create_postgres(database_url)
        env = environment(database_url, options.redis_url, cached=True)
        env["MEDIA_ROOT"] = str(work / "media")
        env["INFORMATION_REQUESTS_PRIVATE_ROOT"] = str(work / "private")
        env["INFORMATION_REQUESTS_KEYS"] = fernet_key()
        manage = [PYTHON, "manage.py"]
        print(f"[{database}] migrate, demo content, collectstatic...", flush=True)
        run([*manage, "migrate", "--noinput"], env)
        run([*manage, "load_demo_content"], env)
        run([*manage, "collectstatic", "--noinput"], env)
        urls = json.loads(run([PYTHON, __file__, "_prepare", "0"], env))
        uncached_env = {**env, "PAGE_CACHE_ENABLED": "false"}
        port = options.port
        servers = [
            start_server(env, port, options.workers),
            start_server(uncached_env, port + 1, options.workers),
        ]
        try:
            measure(database, urls, port, options, work, env)
        finally:
            for server in servers:
                stop_server(server)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(database: str, urls: dict, port: int, options, work: Path, env: dict) -> None:
    cached = f"http://127.0.0.1:{port}"
    uncached = f"http://127.0.0.1:{port + 1}"
    jobs = {"bare": f"{uncached}/__bench__/bare/"}
    for name in PAGES:
        jobs[f"{name}/cached"] = cached + urls[name]
        jobs[f"{name}/uncached"] = uncached + urls[name]
    best = best_of(options.rounds, jobs, options.duration, options.connections)
    bare = best["bare"]["rps"]
    print(f"\n[{database}] best of {options.rounds} rounds, {options.duration} s each, "
          f"wrk -t2 -c{options.connections}, gunicorn {options.workers} workers")  # fmt: skip
    print(f"{'page':<11} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7}   (to bare)")
    print(row("bare view", best["bare"], bare))
    for mode in ("cached", "uncached"):
        print(f"-- {mode}")
        for name in PAGES:
            print(row(name, best[f"{name}/{mode}"], bare))
    if not options.entries:
        return
    print(f"\n[{database}] adding {options.entries} DIP entries (and the search index)...")
    run([PYTHON, __file__, "_prepare", str(options.entries)], env)
    sized = {
        f"{name}/{mode}": (cached if mode == "cached" else uncached) + urls[name]
        for name in ("dip_index", "search")
        for mode in ("cached", "uncached")
    }
    large = best_of(options.rounds, sized, options.duration, options.connections)
    print(f"{'page':<20} {'demo req/s':>10} {'+' + str(options.entries):>10} {'change':>8}")
    for job in sized:
        before, after = best[job]["rps"], large[job]["rps"]
        print(f"{job:<20} {before:>10.0f} {after:>10.0f} {(after / before - 1) * 100:>+7.1f}%")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "_prepare":
        prepare(int(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--databases", default="sqlite", help="sqlite,postgres")
    parser.add_argument("--entries", type=int, default=0, help="DIP entries to add, e.g. 10000")
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--port", type=int, default=8710)
    parser.add_argument(
        "--postgres-url", default="postgres://postgres@127.0.0.1:5432/ppid_pagecache_bench"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/7")
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")
    for database in options.databases.split(","):
        benchmark(database.strip(), options)


if __name__ == "__main__":
    main()
