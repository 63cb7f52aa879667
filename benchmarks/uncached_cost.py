"""The cost of one uncached public page, in queries and CPU instructions (not wall-clock: the
machine is shared, and an instruction count does not move when other processes load it).

    .venv/bin/python benchmarks/uncached_cost.py prepare DB [--entries 10000]
    .venv/bin/python benchmarks/uncached_cost.py measure DB [--requests 20] [--callgrind]
        [--profile PAGE]

DB is a SQLite file, or a PostgreSQL URL (postgres://user@host:port/name; `prepare` drops
and creates that database, media files go to a folder named after it in the temporary
directory). `prepare` makes the database (migrated, the demo content, and optionally N more
DIP entries indexed for search). `measure` requests home, the DIP index, a DIP entry, news
and search in process (production settings, page cache off, Django's WSGI handler), warms
each, and prints per request: queries, and with --callgrind the instructions counted by
valgrind (`apt-get install -y valgrind`; instrumentation is switched on only around the
measured requests, with callgrind_control). On PostgreSQL it also prints the database's side,
which callgrind does not see (it runs in the server): the shared buffers the request's
queries touch (EXPLAIN (ANALYZE, BUFFERS), a count that does not move with the machine's
load either) and their execution time in the server. --profile PAGE prints a cProfile of
that page instead.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["home", "dip_index", "dip_entry", "news", "search"]


def is_postgres(database: str) -> bool:
    return database.startswith(("postgres://", "postgresql://"))


def files_folder(database: str) -> Path:
    if is_postgres(database):
        name = database.rsplit("/", 1)[1]
        return Path(tempfile.gettempdir()) / f"ppid-uncached-{name}"
    return Path(database).resolve().parent


def environment(database: str) -> dict:
    url = database if is_postgres(database) else f"sqlite:///{Path(database).resolve()}"
    return {
        "DJANGO_SETTINGS_MODULE": "benchmarks.bench_settings",
        "SECRET_KEY": "benchmark-only-key",
        "AUDIT_CHAIN_KEY": "benchmark-only-audit-chain-key-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": url,
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/7"),
        "SECURE_SSL_REDIRECT": "false",
        "PAGE_CACHE_ENABLED": "false",
        "MEDIA_ROOT": str(files_folder(database) / "media"),
        "INFORMATION_REQUESTS_PRIVATE_ROOT": str(files_folder(database) / "private"),
        "INFORMATION_REQUESTS_KEYS": "x" * 43 + "=",
    }


def setup() -> None:
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    import django

    django.setup()


def prepare(database: str, entries: int) -> None:
    setup()
    if is_postgres(database):
        from benchmarks.public_pages import create_postgres

        create_postgres(database)
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    if entries:
        from ppid_pages.models import DipIndexPage
        from tests.factories import bulk_dip_entries

        bulk_dip_entries(DipIndexPage.objects.live().first(), entries)
        with open(os.devnull, "w") as quiet:
            call_command("update_index", stdout=quiet)
    from benchmarks.public_pages import analyze

    analyze()  # at the demo size too: both sizes are measured in autovacuum's steady state


def urls() -> dict:
    from ppid_pages.models import DipEntryPage, DipIndexPage, NewsIndexPage

    index = DipIndexPage.objects.live().first()
    entry = DipEntryPage.objects.live().public().child_of(index).exclude(category="dikecualikan")
    return {
        "home": "/",
        "dip_index": index.url,
        "dip_entry": entry.order_by("pk").first().url,
        "news": NewsIndexPage.objects.live().first().url,
        "search": "/cari/?q=laporan",
    }


def callgrind(arguments: list[str]) -> None:
    subprocess.run(  # noqa: S603
        ["callgrind_control", *arguments, str(os.getpid())],  # noqa: S607
        check=True,
        capture_output=True,
    )


def measure(requests: int, use_callgrind: bool, profile: str | None) -> dict:
    setup()
    from django.db import connection
    from django.test import Client

    client = Client(HTTP_ACCEPT_ENCODING="gzip")
    pages = urls()
    results = {}
    for name in [profile] if profile else PAGES:
        url = pages[name]
        for _ in range(3):
            assert client.get(url).status_code == 200, url
        queries: list[tuple[str, object]] = []

        def log(execute, sql, params, many, context, queries=queries):
            queries.append((sql, None if many else params))
            return execute(sql, params, many, context)

        with connection.execute_wrapper(log):
            client.get(url)
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(requests):
                client.get(url)
            profiler.disable()
            for sql, _ in queries:
                print(sql[:400])
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(60)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(40)
            return {}
        if use_callgrind:
            callgrind(["-i", "on"])
            callgrind(["-z"])
        for _ in range(requests):
            client.get(url)
        if use_callgrind:
            callgrind(["-d"])
            callgrind(["-i", "off"])
        results[name] = {"queries": len(queries), "instructions": None}
        if connection.vendor == "postgresql":
            results[name].update(database_side(queries))
    return results


def database_side(queries: list[tuple[str, object]]) -> dict:
    """The shared buffers (hit or read) and the server's execution time of the request's
    SELECTs, from EXPLAIN (ANALYZE, BUFFERS): the work callgrind cannot see."""
    from django.db import connection

    buffers, milliseconds = 0, 0.0
    with connection.cursor() as cursor:
        for sql, params in queries:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            times = []
            for _ in range(5):  # the fastest of five: the server's time, least disturbed
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, params)
                plan = cursor.fetchone()[0]
                plan = (json.loads(plan) if isinstance(plan, str) else plan)[0]
                times.append(plan["Execution Time"])
            top = plan["Plan"]
            buffers += top.get("Shared Hit Blocks", 0) + top.get("Shared Read Blocks", 0)
            milliseconds += min(times)
    return {"buffers": buffers, "db_ms": round(milliseconds, 2)}


def run_callgrind(database: str, requests: int) -> None:
    """Run `measure` under valgrind and read each page's count from its dump."""
    out = Path(tempfile.mkdtemp(prefix="ppid-callgrind-"))
    env = {**os.environ, **environment(database)}
    command = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no",
        f"--callgrind-out-file={out}/callgrind.out", sys.executable, __file__,
        "_measure", database, "--requests", str(requests), "--callgrind",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)  # noqa: S603
    if result.returncode:
        sys.exit(result.stderr[-3000:])
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    dumps = sorted(
        (path for path in glob.glob(f"{out}/callgrind.out.*") if re.search(r"\.\d+$", path)),
        key=lambda path: int(path.rsplit(".", 1)[1]),
    )
    for name, dump in zip(figures, dumps, strict=False):
        text = Path(dump).read_text(errors="replace")
        total = re.search(r"^(?:summary|totals):\s+(\d+)", text, re.M)
        figures[name]["instructions"] = int(total.group(1)) // requests if total else None
    report(figures)


def report(figures: dict) -> None:
    database = any("buffers" in row for row in figures.values())
    header = f"{'page':<10} {'queries':>8} {'Minstr/request':>15}"
    print(header + (f" {'db buffers':>11} {'db ms':>8}" if database else ""))
    for name, row in figures.items():
        minstr = row["instructions"] / 1e6 if row["instructions"] else float("nan")
        line = f"{name:<10} {row['queries']:>8} {minstr:>15.1f}"
        if database:
            line += f" {row['buffers']:>11} {row['db_ms']:>8.2f}"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["prepare", "measure", "_measure"])
    parser.add_argument("database")
    parser.add_argument("--entries", type=int, default=0)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--profile", choices=PAGES)
    options = parser.parse_args()
    if options.action == "_measure":
        print(json.dumps(measure(options.requests, options.callgrind, None)))
        return
    if options.action == "measure" and options.callgrind:
        run_callgrind(options.database, options.requests)
        return
    env = {**os.environ, **environment(options.database)}
    os.environ.update(env)
    if options.action == "prepare":
        prepare(options.database, options.entries)
    elif options.profile:
        measure(options.requests, False, options.profile)
    else:
        report(measure(options.requests, False, None))


if __name__ == "__main__":
    main()
