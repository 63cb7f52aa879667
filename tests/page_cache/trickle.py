"""A server that trickles its answer one byte every TRICKLE seconds, as a hung CDN or PURGE
proxy does (issue 18, attack18m): its requests in `seen`, the Celery jobs sent in `jobs`."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

BUDGET = 0.6
TRICKLE = 0.2
STATUS = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Pad: " + b"x" * 60 + b"\r\n\r\n"


class Trickle(BaseHTTPRequestHandler):
    def trickle(self):
        self.server.seen.append((self.command, self.path))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        for byte in STATUS:  # ~16 s, each byte well inside the socket timeout
            if self.server.stop.is_set():
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(TRICKLE)

    do_POST = trickle  # noqa: N815 - Cloudflare's API
    do_PURGE = trickle  # noqa: N815 - a PURGE proxy

    def log_message(self, *args):
        pass


@pytest.fixture
def trickling(settings, monkeypatch):
    import config.celery

    jobs = []
    monkeypatch.setattr(config.celery, "enqueue", lambda name, *args: jobs.append(name) or True)
    monkeypatch.setattr(
        config.celery, "enqueue_later", lambda name, delay, *args: jobs.append(name) or True
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.seen, server.jobs, server.stop = [], jobs, threading.Event()
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FRONTEND_CACHE_PURGE_TIMEOUT = BUDGET
    settings.FRONTEND_CACHE_PURGE_TASK_SECONDS = BUDGET
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.stop.set()
    server.shutdown()
    server.server_close()
