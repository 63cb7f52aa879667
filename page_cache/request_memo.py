"""Values read at most once per request: e.g. the private sections of the page tree, which
Wagtail's `PageQuerySet.public()` reads with one query each time it is called (three to five
times on one public page).

The memo lives from Django's request_started to request_finished, in this thread's context
(contextvars), and is emptied by every change of what the public may see (page_cache.signals),
so a request that changes a view restriction and then lists pages reads it again. Outside a
request (commands, Celery tasks) nothing is remembered.
"""

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

# The public generation (page_cache.generation) as this request read it.
PUBLIC_GENERATION = "public_generation"

_memo: ContextVar[dict | None] = ContextVar("ppid_request_memo", default=None)


def start(**kwargs) -> None:
    _memo.set({})


def finish(**kwargs) -> None:
    _memo.set(None)


CHANGED = "public_change"  # set by forget(): this request changed what the public sees


def forget() -> None:
    """A public change in this request: read everything again, and keep nothing of this
    request under the generation it read at its start (the change may yet be rolled back)."""
    memo = _memo.get()
    if memo is not None:
        memo.clear()
        memo[CHANGED] = True


def get(name: str) -> Any:
    """The value kept under `name` in this request, or None (none kept, or outside one)."""
    memo = _memo.get()
    return None if memo is None else memo.get(name)


def once(name: str, compute: Callable[[], Any]) -> Any:
    memo = _memo.get()
    if memo is None:
        return compute()
    if name not in memo:
        memo[name] = compute()
    return memo[name]


def remember(name: str, value: Any) -> None:
    """Keep a value this request read anyway (the page cache's read of the generation)."""
    memo = _memo.get()
    if memo is not None:
        memo[name] = value


def connect() -> None:
    from django.core.signals import request_finished, request_started

    request_started.connect(start, dispatch_uid="page_cache.request_memo.start")
    request_finished.connect(finish, dispatch_uid="page_cache.request_memo.finish")
