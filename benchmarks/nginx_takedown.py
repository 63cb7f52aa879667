"""Does the README's nginx micro-cache hold a take-down? Measured, not assumed (issue 18,
verify18e 1).

    .venv/bin/python benchmarks/nginx_takedown.py [--clients 4] [--before 3] [--after 20]
        [--readme README.md] [--port 9310] [--redis-url redis://127.0.0.1:6379/13]

A throwaway SQLite database with a DIP index and one entry per block measured; gunicorn
(2 workers) with production settings (benchmarks.bench_settings, the page cache on Redis);
nginx in front with the README's micro-cache block exactly as documented (extracted from
--readme: only its cache path, its upstream address and a `listen` are filled in). --clients
threads load the entry through nginx (keep-alive, the Site's own Host) for --before seconds;
the entry is then taken down (moderation.actions.take_down in a subprocess, which prints when
it returned) and the load goes on for --after seconds. Every response is recorded by when it
started; a response with the old page (200 and the entry's title) that started more than 5 s
after the take-down returned breaks the README's promise ("a take-down shows here within
5 s"): the script exits 1. With --compare OTHER_README, that README's block is measured the
same way after, on another entry (e.g. the block before this fix: `git show 3450d0f:README.md`).
Needs nginx (`apt-get install -y nginx-light`) and redis; exits 77 (skipped) without nginx.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.public_pages import (  # noqa: E402
    PYTHON,
    environment,
    fernet_key,
    run,
    start_server,
    stop_server,
)

ROOT = Path(__file__).resolve().parents[1]
PROMISE = 5.0  # seconds: the README's "a take-down shows here within 5 s"
SKIPPED = 77


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def readme_block(readme: Path) -> str:
    """The nginx block the README documents for the micro-cache (the one with proxy_cache)."""
    blocks = re.findall(r"```nginx\n(.*?)```", readme.read_text(), re.S)
    cached = [block for block in blocks if "proxy_cache_path" in block]
    if len(cached) != 1:
        sys.exit(f"{readme}: expected one nginx block with proxy_cache_path, found {len(cached)}")
    return cached[0]


def nginx_config(block: str, work: Path, listen: int, upstream: int) -> str:
    """A whole nginx.conf around the README's block, as documented: only the cache's folder,
    the upstream's address and a listen directive are filled in."""
    documented_path = re.search(r"proxy_cache_path\s+(\S+)", block).group(1)
    block = block.replace(documented_path, str(work / "cache"))
    block = block.replace("127.0.0.1:8000", f"127.0.0.1:{upstream}")
    block = block.replace(
        "server {", f"server {{\n    listen 127.0.0.1:{listen};\n    server_name _;", 1
    )
    temp = work / "nginx-temp"
    # As root (a container), nginx's workers would run as `nobody`, which cannot write the
    # cache in this private folder: they run as the user who started it.
    user = "user root;\n" if os.geteuid() == 0 else ""
    return f"""{user}
worker_processes 1;
daemon off;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
{block}
}}
"""


def start_nginx(config: str, work: Path, port: int) -> subprocess.Popen:
    (work / "nginx-temp").mkdir(exist_ok=True)
    (work / "cache").mkdir(exist_ok=True)
    path = work / "nginx.conf"
    path.write_text(config)
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    check = subprocess.run(  # noqa: S603
        [nginx, "-t", "-c", str(path), "-p", str(work)], capture_output=True, text=True
    )
    if check.returncode:
        raise RuntimeError(f"nginx -t refused the README's block:\n{check.stderr}")
    process = subprocess.Popen(  # noqa: S603
        [nginx, "-c", str(path), "-p", str(work)], start_new_session=True
    )
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/static/")
            connection.getresponse().read()
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("nginx did not start")


PREPARE = """
import json
from wagtail.models import Site
from tests.factories import make_dip_index, make_entry
index = make_dip_index()
entries = [make_entry(index, f"Laporan Keuangan Tahunan {n}") for n in range(COUNT)]
site = Site.objects.get(is_default_site=True)
print(json.dumps({"host": site.root_url.split("://", 1)[1],
                  "entries": [{"url": e.url, "title": e.title, "pk": e.pk} for e in entries]}))
"""

TAKE_DOWN = """
import time
from django.contrib.auth.models import Group, User
from django.db import transaction
from wagtail.models import Page
from moderation.actions import take_down
user, _ = User.objects.get_or_create(username="koordinator-nginx", email="k@contohkab.go.id")
user.groups.add(Group.objects.get(name="Koordinator"))
page = Page.objects.get(pk=PK).specific
print("start", time.time(), flush=True)
with transaction.atomic():
    take_down(page, user, "Data pribadi termuat (uji micro-cache nginx).")
print("returned", time.time(), flush=True)
"""


class Load:
    """Clients that GET one address through nginx, each response recorded by its start."""

    def __init__(self, port: int, host: str, path: str, marker: bytes, clients: int):
        self.port, self.host, self.path, self.marker = port, host, path, marker
        self.records: list[tuple[float, int, bool, str]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.client, daemon=True) for _ in range(clients)]

    def client(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": self.host, "Accept-Encoding": "identity"}
        while not self.stopping.is_set():
            started = time.time()
            try:
                connection.request("GET", self.path, headers=headers)
                response = connection.getresponse()
                body = response.read()
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                continue
            old = response.status == 200 and self.marker in body
            status = response.getheader("X-Cache-Status", "")
            with self.lock:
                self.records.append((started, response.status, old, status))

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def stop(self) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=35)


def shell(script: str, env: dict) -> list[str]:
    """The lines manage.py shell -c printed."""
    output = run([PYTHON, "manage.py", "shell", "--no-imports", "-c", script], env)
    return output.strip().splitlines()


def measure(options) -> int:
    if not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        print("nginx is not installed (apt-get install -y nginx-light): skipped")
        return SKIPPED
    readmes = [Path(options.readme), *([Path(options.compare)] if options.compare else [])]
    blocks = [readme_block(readme) for readme in readmes]
    work = Path(tempfile.mkdtemp(prefix="ppid-nginx-"))
    servers = []
    try:
        env = environment(f"sqlite:///{work / 'db.sqlite3'}", options.redis_url, cached=True)
        env.update(
            MEDIA_ROOT=str(work / "media"),
            INFORMATION_REQUESTS_PRIVATE_ROOT=str(work / "private"),
            INFORMATION_REQUESTS_KEYS=fernet_key(),
        )
        import redis

        redis.Redis.from_url(options.redis_url).flushdb()
        print("migrate...", flush=True)
        run([PYTHON, "manage.py", "migrate", "--noinput"], env)
        run([PYTHON, "manage.py", "collectstatic", "--noinput"], env)
        prepared = shell(PREPARE.replace("COUNT", str(len(blocks))), env)[-1]
        target = json.loads(prepared)
        upstream = options.port
        servers.append(start_server(env, upstream, 2))
        results = []
        for readme, block, entry in zip(readmes, blocks, target["entries"], strict=True):
            print(f"\n== {readme}: the nginx block as documented", flush=True)
            results.append(one_take_down(options, env, work, block, upstream, target, entry))
        return max(results)
    finally:
        for process in reversed(servers):
            stop_server(process)
        shutil.rmtree(work, ignore_errors=True)


def one_take_down(options, env, work, block, upstream, target, entry) -> int:
    listen = free_port()
    folder = work / f"nginx-{listen}"
    folder.mkdir()
    nginx = start_nginx(nginx_config(block, folder, listen, upstream), folder, listen)
    try:
        load = Load(listen, target["host"], entry["url"], entry["title"].encode(), options.clients)
        print(f"{options.clients} clients on {entry['url']} through nginx...", flush=True)
        load.start()
        time.sleep(options.before)
        output = "\n".join(shell(TAKE_DOWN.replace("PK", str(entry["pk"])), env))
        returned = float(re.search(r"returned ([\d.]+)", output).group(1))
        began = float(re.search(r"start ([\d.]+)", output).group(1))
        time.sleep(max(returned + options.after - time.time(), 0))
        load.stop()
        return report(load.records, began, returned, options)
    finally:
        stop_server(nginx)


def report(records: list, began: float, returned: float, options) -> int:
    before = [r for r in records if r[0] < began]
    after = [r for r in records if r[0] > returned]
    late = [r for r in after if r[0] > returned + PROMISE]
    old_before = sum(1 for r in before if r[2])
    old_after = [r for r in after if r[2]]
    old_late = [r for r in late if r[2]]
    print(f"take-down ran {returned - began:.2f} s")
    print(
        f"before it: {len(before)} responses (statuses {sorted({r[1] for r in before})}), "
        f"{old_before} with the page"
    )
    print(
        f"0-{PROMISE:.0f} s after it returned: {len(after) - len(late)} responses, "
        f"{len(old_after) - len(old_late)} with the old page"
    )
    statuses = sorted({r[1] for r in late})
    print(
        f"{PROMISE:.0f}-{options.after:.0f} s after: {len(late)} responses (statuses {statuses}), "
        f"{len(old_late)} with the old page"
    )
    if old_after:
        print(f"last old page started {max(r[0] for r in old_after) - returned:.2f} s after")
    if not before or old_before == 0 or not late:
        print("the load did not reach the page before or after the take-down: no measurement")
        return 2
    return 1 if old_late else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--before", type=float, default=3)
    parser.add_argument("--after", type=float, default=20)
    parser.add_argument("--readme", default=str(ROOT / "README.md"))
    parser.add_argument(
        "--compare", help="another README (e.g. `git show 3450d0f:README.md`), measured after"
    )
    parser.add_argument("--port", type=int, default=9310)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/13")
    sys.exit(measure(parser.parse_args()))


if __name__ == "__main__":
    main()
