"""The README's nginx micro-cache, run as documented, holds a take-down within 5 s under load
(issue 18, verify18e 1): with `proxy_cache_use_stale updating` the one request that asked
Django again got a 404 nginx does not store, while every other request got the expired 200 as
UPDATING, for as long as the traffic lasted. Django here is the test's live server (the full
measurement with gunicorn and production settings: benchmarks/nginx_takedown.py)."""

import shutil
import time
from pathlib import Path

import pytest

from benchmarks import nginx_takedown
from moderation.actions import take_down
from tests.factories import make_dip_index, make_entry
from tests.test_workflow import member

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_the_readme_nginx_block_serves_no_taken_down_page_after_5_seconds(live_server, tmp_path):
    if not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        pytest.skip("nginx is not installed (apt-get install -y nginx-light)")
    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025")
    upstream = int(live_server.url.rsplit(":", 1)[1])
    listen = nginx_takedown.free_port()
    config = nginx_takedown.nginx_config(
        nginx_takedown.readme_block(README), tmp_path, listen, upstream
    )
    nginx = nginx_takedown.start_nginx(config, tmp_path, listen)
    load = nginx_takedown.Load(listen, "localhost", entry.url, b"Laporan Keuangan 2025", 4)
    try:
        load.start()
        time.sleep(2)
        began = time.time()
        take_down(entry, member("koordinator", "Koordinator"), "Data pribadi termuat.")
        returned = time.time()
        time.sleep(nginx_takedown.PROMISE + 5)
    finally:
        load.stop()
        nginx_takedown.stop_server(nginx)
    records = list(load.records)
    assert any(old for started, _, old, _ in records if started < began)  # served before
    late = [r for r in records if r[0] > returned + nginx_takedown.PROMISE]
    assert len(late) > 20, len(late)
    old_late = [r for r in late if r[2]]
    assert not old_late, f"{len(old_late)} of {len(late)} responses were the old page"
