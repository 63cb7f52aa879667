"""A proxy that stops answering must not hold the request that purges it (issue 18,
verify18c 5): Wagtail's HTTPBackend called urlopen without a timeout."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from page_cache.backends import TimedHTTPBackend


class Silent(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.seen.append(self.path)
        time.sleep(3)  # never answers in time

    def log_message(self, *args):
        pass


def test_a_purge_gives_up_after_its_timeout_and_goes_on(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Silent)
    server.seen = []
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        backend = TimedHTTPBackend(
            {"LOCATION": f"http://127.0.0.1:{server.server_address[1]}", "TIMEOUT": 0.3}
        )
        started = time.monotonic()
        backend.purge("http://localhost/satu/")
        backend.purge("http://localhost/dua/")
        assert time.monotonic() - started < 2
        assert server.seen == ["/satu/", "/dua/"]
    finally:
        server.shutdown()
        server.server_close()
