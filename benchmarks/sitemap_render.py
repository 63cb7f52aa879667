"""Time the sitemap rendered without the page cache: /sitemap.xml and, when it is an index,
every section page it lists (issue 18: the whole sitemap took ~11 s at 10,000 DIP entries).

In process, with the database of DATABASE_URL as it is (the demo content loaded), after adding
--entries DIP entries with the loader of benchmarks/public_pages.py (tests.factories.
bulk_dip_entries); each address is rendered --rounds times and the best time is printed.

    DJANGO_SETTINGS_MODULE=config.settings.test DATABASE_URL=postgres://... \
        .venv/bin/python benchmarks/sitemap_render.py [--entries 10000] [--rounds 3]
"""

import argparse
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=0, help="DIP entries to add first")
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    import django

    django.setup()
    from django.test import Client, override_settings
    from django.test.utils import setup_test_environment
    from wagtail.models import Site

    from page_cache import generation
    from ppid_pages.models import DipEntryPage, DipIndexPage

    if options.entries:
        from tests.factories import bulk_dip_entries

        bulk_dip_entries(DipIndexPage.objects.live().first(), options.entries)
        generation.bump()  # bulk inserts send no signals
    setup_test_environment()
    host = urlsplit(Site.objects.get(is_default_site=True).root_url).netloc
    client = Client(HTTP_HOST=host)
    print(f"live DIP entries: {DipEntryPage.objects.live().count()}")
    with override_settings(PAGE_CACHE_ENABLED=False, ALLOWED_HOSTS=["*"]):
        pending, seen, total = ["/sitemap.xml"], set(), 0.0
        while pending:
            address = pending.pop(0)
            seen.add(address)
            best, response = None, None
            for _ in range(options.rounds):
                started = time.perf_counter()
                response = client.get(address)
                elapsed = time.perf_counter() - started
                best = elapsed if best is None else min(best, elapsed)
            body = response.content
            urls = body.count(b"<url>")
            print(f"{address:<40} {response.status_code} {best * 1000:8.0f} ms {urls:6} urls")
            total += best
            if b"<sitemapindex" in body:
                for location in re.findall(rb"<loc>([^<]+)</loc>", body):
                    parts = urlsplit(location.decode().replace("&amp;", "&"))
                    path = parts.path + (f"?{parts.query}" if parts.query else "")
                    if path not in seen:
                        pending.append(path)
        print(f"total of the best times: {total * 1000:.0f} ms")


if __name__ == "__main__":
    main()
