"""A process's memo of one public generation (facts, Wagtail's sites, the asset checks), bound
in time as well as by the token.

The token retires everything at the commit of a change made through the application. A change
made behind its back (an UPDATE in psql, a restore of some rows) replaces no token: a memo
without a time bound would serve its answer for as long as the process lives, and keep feeding
the page cache with it. So the answers of a generation are dropped SECONDS after the first of
them was kept (the page cache's own entries live PAGE_CACHE_TIMEOUT): such a change, or its
undoing, shows within that time (README, "Page cache").
"""

import threading
import time
from typing import Any

from django.conf import settings


def seconds() -> float:
    return settings.PAGE_CACHE_TIMEOUT


class GenerationMemo:
    """{key: value} of the current token only, emptied by a new token or after seconds()."""

    def __init__(self) -> None:
        self._token: str | None = None
        self._since = 0.0
        self._values: dict[Any, Any] = {}
        self._lock = threading.Lock()

    def of(self, token: str) -> dict[Any, Any]:
        """The values kept for `token` (an empty dict for a new token or after the bound)."""
        now = time.monotonic()
        with self._lock:
            if token != self._token or now - self._since >= seconds():
                self._token, self._since, self._values = token, now, {}
            return self._values

    def clear(self) -> None:
        with self._lock:
            self._token, self._values = None, {}
