"""attack18j 2: the "page first" order of cad8f56 puts the taken-down page AFTER every file of
the page: with a slow PURGE proxy the page itself is left to Celery again (issue 18, review of
cad8f56 item 3).

Attack: purge.flush sorts the items by (rank, kind, value). Inside rank OWN the kinds are
"path" (the page's documents and images: asset_paths, and schedule_paths views), "url" (the
page's own full_url) and "url_path" (its sub-addresses). "path" < "url" as strings, so every
file of the page (x every Site) is sent before the page. An entry with a handful of documents
(a DIP entry typically has several PDFs) and a proxy answering in 0.25 s with a 0.6 s budget:
the documents take the whole inline budget, the page's own URL goes to the Celery job (with
the broker down: only s-maxage bounds it) - exactly what attack18h 3 reproduced, for any page
that has files.

Expected: the taken-down page's own address is the very first PURGE sent (then its
sub-addresses and files, then listings, then the rest), whatever files it has.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction

from moderation.actions import take_down
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes
from tests.test_workflow import member

BUDGET = 0.6  # FRONTEND_CACHE_PURGE_TIMEOUT (production: 5 s)
ANSWER_AFTER = 0.25  # a proxy under load, answering every PURGE


class Slow(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802
        time.sleep(ANSWER_AFTER)
        self.server.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def slow_proxy(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    server.seen = []
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FRONTEND_CACHE_PURGE_TIMEOUT = BUDGET
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "page_cache.backends.TimedHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_the_taken_down_page_is_purged_before_its_files(slow_proxy):
    index = make_dip_index()
    for n in range(3):
        make_entry(index, f"Laporan {n}", slug=f"laporan-{n}")
    documents = tuple(
        make_document(f"Lampiran {n}", pdf_bytes(f"Lampiran laporan nomor {n}")) for n in range(5)
    )
    entry = make_entry(index, "Laporan Keuangan 2025", documents=documents)
    url = entry.url
    koordinator = member("koordinator", "Koordinator")
    time.sleep(1)  # the set-up's own purges are answered
    slow_proxy.seen.clear()
    with transaction.atomic():
        take_down(entry, koordinator, "Data pribadi termuat.")
    sent_inline = list(slow_proxy.seen)
    assert sent_inline, "the proxy answers: something is sent inline"
    assert sent_inline[0] == url, sent_inline
    assert url in sent_inline, (
        f"{len(sent_inline)} address(es) purged before take_down returned, not the page "
        f"itself ({url}): {sent_inline}"
    )
