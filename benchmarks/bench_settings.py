"""Production settings for benchmarks/public_pages.py, plus a bare view (benchmarks.bench_urls)
and no rate limit on search (the load generator is one client address)."""

from config.settings.production import *  # noqa: F403
from config.settings.production import SECURITY_RATE_LIMITS

ROOT_URLCONF = "benchmarks.bench_urls"
SECURITY_RATE_LIMITS = {**SECURITY_RATE_LIMITS, "search": (10**9, 60)}
# The benchmark's throwaway database is set up with the demo content (load_demo_content uses
# the set-up path, off in production since 4265121); requests are served as in production.
PUBLICATION_SET_UP = True
