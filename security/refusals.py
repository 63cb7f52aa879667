"""Refusals stay in the audit log although what they refused is rolled back.

A refusal is found inside the transaction of the step it refuses (the step locks its row, then
checks), and the refusal's error rolls that transaction back: an audit entry written there goes
with it, so the log would never show that exempt information was about to leave. `log_refusal`
writes the entry at once when no transaction is open, and otherwise keeps it until the request
ends: `RefusalLogMiddleware` (outside the request's transaction, ATOMIC_REQUESTS) then writes
every kept entry in a transaction of its own, whether the request committed or rolled back.
`refusal_scope` does the same for code outside a request (a command, a worker, a test).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse
from wagtail.log_actions import log

from .audit import concrete


@dataclass
class Refusal:
    instance: object
    action: str
    user: object
    data: dict = field(default_factory=dict)

    def write(self) -> None:
        user = concrete(self.user) if self.user is not None else None
        if user is not None and not getattr(user, "pk", None):
            user = None  # an anonymous visitor: no account to name
        log(instance=self.instance, action=self.action, user=user, data=self.data)


_kept: ContextVar[list | None] = ContextVar("ppid_refusals", default=None)


def log_refusal(instance: object, action: str, user: object, data: dict | None = None) -> None:
    """Record that `action` refused something on `instance`, surviving the rollback that the
    refusal causes."""
    refusal = Refusal(instance, action, user, dict(data or {}))
    kept = _kept.get()
    if kept is None or not connection.in_atomic_block:
        refusal.write()
    else:
        kept.append(refusal)


@dataclass
class DeferredWrite:
    write: Callable[[], None]


def write_surviving_rollback(write: Callable[[], None]) -> None:
    """Run `write` (audit entries, alerts of a refusal) so that it survives the rollback the
    refusal causes: at once outside a transaction, else when the request (or scope) ends."""
    kept = _kept.get()
    if kept is None or not connection.in_atomic_block:
        write()
    else:
        kept.append(DeferredWrite(write))


@contextmanager
def refusal_scope() -> Iterator[None]:
    """Keep the refusals logged inside; write them once the block (and its transactions)
    ended."""
    kept: list[Refusal] = []
    token = _kept.set(kept)
    try:
        yield
    finally:
        _kept.reset(token)
        for refusal in kept:
            with transaction.atomic():
                refusal.write()


class RefusalLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with refusal_scope():
            return self.get_response(request)
