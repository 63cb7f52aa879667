"""Public pages under production settings: req/s, p50 and p99, cached and uncached, each as a
ratio to a bare Django view (30 KB body, the same settings and middleware).

    .venv/bin/python benchmarks/public_pages.py [--databases sqlite,postgres] [--entries 10000]
        [--duration 5] [--rounds 3] [--workers 2] [--connections 8]

For each database: a fresh database (SQLite in a temporary folder; PostgreSQL
`ppid_pagecache_bench` on --postgres-url), migrated, with the demo content; two gunicorn servers
with config.settings.production (benchmarks.bench_settings adds the bare view and lifts the
search rate limit): one with the page cache (Redis at --redis-url), one without
(PAGE_CACHE_ENABLED=false, also serving the bare view). wrk (`apt-get install -y wrk`) loads one
URL at a time with `Accept-Encoding: gzip` and the Site's own Host (its root_url: the canonical
address, the one the page cache keeps for shared caches and a purge names; another Host is a
capped variant with `s-maxage=0`): home, DIP index, a DIP entry, news, search and a document;
best of --rounds interleaved rounds. Every response is counted by its X-Page-Cache header (a
wrk Lua script): a cached round with a single response not served from the page cache, or an
uncached round with one that was, stops the benchmark (free-text search is never kept, by
design: its cached round must be all misses). With --entries N, a second database gets the same
demo content plus N more DIP entries (indexed for search), served by two more gunicorn servers
(their page cache in the next Redis database); its DIP index and search are measured in the
same rounds, each right after the demo size's, so a neighbour's load falls on both sizes alike:
the target is within 10% of the demo size. Other targets: cached >= 0.5x the bare view,
uncached home >= 300 req/s on SQLite (2 cores, 2 workers). The machine is shared: figures are
noisy.
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
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")
PAGES = ["home", "dip_index", "dip_entry", "news", "search", "document"]
# Never kept by the page cache, by design: a free-text search (page_cache.middleware,
# storable_variant: nobody may tell from a hit what someone else searched).
NEVER_CACHED = {"search"}
# Counts the responses of a wrk run by their X-Page-Cache header (hit, miss, absent).
COUNT_CACHE_HEADER = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) hit = 0; miss = 0; absent = 0 end
function response(status, headers, body)
  local value = headers["X-Page-Cache"] or headers["x-page-cache"]
  if value == "hit" then hit = hit + 1 elseif value == "miss" then miss = miss + 1
  else absent = absent + 1 end
end
function done(summary, latency, requests)
  local hit, miss, absent = 0, 0, 0
  for _, thread in ipairs(threads) do
    hit = hit + thread:get("hit"); miss = miss + thread:get("miss")
    absent = absent + thread:get("absent")
  end
  io.write(string.format("page-cache hit=%d miss=%d absent=%d\\n", hit, miss, absent))
end
"""


# --- inside Django (a subprocess with the benchmark's environment) -----------------------------


def prepare(extra_entries: int) -> None:
    """Print the URLs to measure as JSON; with extra_entries, add and index that many first."""
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.models import Site

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
    site = Site.objects.get(is_default_site=True)
    print(json.dumps({"host": urlsplit(site.root_url).netloc, "urls": urls}))


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


def load(url: str, host: str, script: Path, duration: int, connections: int) -> dict:
    output = subprocess.run(  # noqa: S603
        [shutil.which("wrk"), "-t2", f"-c{connections}", f"-d{duration}s", "--latency",
         "-H", "Accept-Encoding: gzip", "-H", f"Host: {host}", "-s", str(script), url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        sys.exit(f"{url}: {errors.group(1)} error responses\n{output}")
    hit, miss, absent = map(
        int, re.search(r"page-cache hit=(\d+) miss=(\d+) absent=(\d+)", output).groups()
    )
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": seconds(re.search(r"^\s+50%\s+([\d.]+\w+)", output, re.M).group(1)),
        "p99": seconds(re.search(r"^\s+99%\s+([\d.]+\w+)", output, re.M).group(1)),
        "hit": hit,
        "miss": miss,
        "absent": absent,
    }


def warm(url: str, host: str) -> dict:
    """One request as wrk sends it (the same Host and Accept-Encoding: the same cache key)."""
    headers = {"Host": host, "Accept-Encoding": "gzip"}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        response.read()
        return dict(response.headers)


def check_cache_path(name: str, figures: dict, headers: dict) -> None:
    """A cached job is served from the page cache, every response of it, on the canonical
    address (a shared cache may keep it: s-maxage > 0); an uncached job never is. Anything
    else means the figures measure another path than their label: stop."""
    page, mode = name.split("/") if "/" in name else (name, "uncached")
    mode = mode.removesuffix("+large")
    hit, miss, absent = figures["hit"], figures["miss"], figures["absent"]
    if mode == "cached" and page in NEVER_CACHED:
        problem = "" if hit == 0 and absent == 0 else "a never-cached page was a hit or unmarked"
    elif mode == "cached":
        shared = re.search(r"s-maxage=(\d+)", headers.get("Cache-Control", ""))
        if hit == 0 or miss or absent:
            problem = "not every response of the cached round was a page-cache hit"
        elif not (shared and int(shared.group(1)) > 0):
            problem = "not the canonical address (s-maxage=0): the page cache's capped variant"
        else:
            problem = ""
    else:
        problem = "" if hit == 0 else "an uncached round was served from the page cache"
    if problem:
        sys.exit(
            f"{name}: {problem} (hit={hit} miss={miss} absent={absent}, "
            f"Cache-Control: {headers.get('Cache-Control')!r})"
        )


def best_of(rounds: int, jobs: dict, host: str, work: Path, duration: int, connections: int):
    """jobs: name -> URL. Rounds are interleaved: each round loads every URL once. Returns the
    best figures and the page-cache counts summed over all rounds, job by job."""
    script = work / "count_cache_header.lua"
    script.write_text(COUNT_CACHE_HEADER)
    best: dict = {}
    counts: dict = {}
    for _ in range(rounds):
        for name, url in jobs.items():
            for _ in range(3):  # warm: routes, templates, renditions, the cache
                headers = warm(url, host)
            figures = load(url, host, script, duration, connections)
            check_cache_path(name, figures, headers)
            total = counts.setdefault(name, {"hit": 0, "miss": 0, "absent": 0})
            for key in total:
                total[key] += figures[key]
            if name not in best or figures["rps"] > best[name]["rps"]:
                best[name] = figures
    return best, counts


def print_counts(counts: dict) -> None:
    print("page-cache responses (all rounds): " + ", ".join(
        f"{name} {c['hit']}/{c['hit'] + c['miss'] + c['absent']} hits"
        for name, c in counts.items() if "/cached" in name
    ))  # fmt: skip


def row(label: str, figures: dict, bare: float) -> str:
    return (
        f"{label:<11} {figures['rps']:>8.0f} {figures['p50'] * 1000:>8.2f} "
        f"{figures['p99'] * 1000:>8.2f} {figures['rps'] / bare:>6.2f}x"
    )


def setup_database(database: str, options, work: Path, name: str, entries: int) -> tuple:
    """A fresh database with the demo content (and `entries` more DIP entries); returns the
    environment of its servers, the URLs to measure and the Host to send."""
    if database == "sqlite":
        database_url = f"sqlite:///{work / f'{name}.sqlite3'}"
    else:
        database_url = options.postgres_url + ("" if name == "demo" else f"_{name}")
        create_postgres(database_url)
    redis_url = options.redis_url if name == "demo" else next_redis_database(options.redis_url)
    env = environment(database_url, redis_url, cached=True)
    env["MEDIA_ROOT"] = str(work / f"media-{name}")
    env["INFORMATION_REQUESTS_PRIVATE_ROOT"] = str(work / f"private-{name}")
    env["INFORMATION_REQUESTS_KEYS"] = fernet_key()
    manage = [PYTHON, "manage.py"]
    run([*manage, "migrate", "--noinput"], env)
    run([*manage, "load_demo_content"], env)
    run([*manage, "collectstatic", "--noinput"], env)
    prepared = json.loads(run([PYTHON, __file__, "_prepare", str(entries)], env))
    urls, host = prepared["urls"], prepared["host"]
    allowed = env["ALLOWED_HOSTS"].split(",")
    if host.split(":")[0] not in allowed:
        env["ALLOWED_HOSTS"] = ",".join([*allowed, host.split(":")[0]])
    return env, urls, host


def next_redis_database(url: str) -> str:
    """The larger database's page cache: the next Redis database, so the two sizes (same
    Host, same paths) never share an entry."""
    base, number = url.rsplit("/", 1)
    return f"{base}/{(int(number or 0) + 1) % 16}"


def benchmark(database: str, options) -> None:
    work = Path(tempfile.mkdtemp(prefix="ppid-bench-"))
    servers = []
    try:
        print(f"[{database}] migrate, demo content, collectstatic...", flush=True)
        env, urls, host = setup_database(database, options, work, "demo", 0)
        print(f"[{database}] requests name the Site's host: Host: {host}", flush=True)
        port = options.port
        bases = {"demo": (f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port + 1}")}
        servers += [
            start_server(env, port, options.workers),
            start_server({**env, "PAGE_CACHE_ENABLED": "false"}, port + 1, options.workers),
        ]
        large_urls = {}
        if options.entries:
            print(f"[{database}] a second database: demo + {options.entries} DIP entries "
                  "(and the search index)...", flush=True)  # fmt: skip
            large_env, large_urls, large_host = setup_database(
                database, options, work, "large", options.entries
            )
            if large_host != host:
                sys.exit(f"the two databases' Sites differ: {host} and {large_host}")
            bases["large"] = (f"http://127.0.0.1:{port + 2}", f"http://127.0.0.1:{port + 3}")
            servers += [
                start_server(large_env, port + 2, options.workers),
                start_server(
                    {**large_env, "PAGE_CACHE_ENABLED": "false"}, port + 3, options.workers
                ),
            ]
        measure(database, urls, large_urls, host, bases, options, work)
    finally:
        for server in servers:
            stop_server(server)
        shutil.rmtree(work, ignore_errors=True)
        if database == "postgres" and options.entries:
            drop_postgres(options.postgres_url + "_large")


def drop_postgres(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


SIZED = ("dip_index", "search")


def measure(
    database: str, urls: dict, large_urls: dict, host: str, bases: dict, options, work: Path
) -> None:
    """One job list, loaded in interleaved rounds: the bare view, every page cached and
    uncached, and (with --entries) the larger database's DIP index and search right after the
    demo size's same job."""
    cached, uncached = bases["demo"]
    jobs = {"bare": f"{uncached}/__bench__/bare/"}
    for name in PAGES:
        for mode, base in (("cached", cached), ("uncached", uncached)):
            jobs[f"{name}/{mode}"] = base + urls[name]
            if large_urls and name in SIZED:
                large_base = bases["large"][0 if mode == "cached" else 1]
                jobs[f"{name}/{mode}+large"] = large_base + large_urls[name]
    best, counts = best_of(options.rounds, jobs, host, work, options.duration, options.connections)
    bare = best["bare"]["rps"]
    print(f"\n[{database}] best of {options.rounds} rounds, {options.duration} s each, "
          f"wrk -t2 -c{options.connections}, gunicorn {options.workers} workers")  # fmt: skip
    print(f"{'page':<11} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7}   (to bare)")
    print(row("bare view", best["bare"], bare))
    for mode in ("cached", "uncached"):
        print(f"-- {mode}")
        for name in PAGES:
            print(row(name, best[f"{name}/{mode}"], bare))
    print_counts(counts)
    if not large_urls:
        return
    print(f"\n{'page':<20} {'demo req/s':>10} {'+' + str(options.entries):>10} {'change':>8}")
    for name in SIZED:
        for mode in ("cached", "uncached"):
            before, after = best[f"{name}/{mode}"]["rps"], best[f"{name}/{mode}+large"]["rps"]
            print(
                f"{name + '/' + mode:<20} {before:>10.0f} {after:>10.0f} "
                f"{(after / before - 1) * 100:>+7.1f}%"
            )


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
