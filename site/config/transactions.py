"""Side effects of a request that must wait for its transaction (ATOMIC_REQUESTS).

Every request's database work is one transaction (config.settings.base.database). An e-mail
sent or a Celery job sent in the middle of a view leaves at once, even when the request fails
after it and everything it wrote is rolled back: the Operator is told about a rejection that
never happened, a job looks for a row that does not exist. `after_commit` runs the call once
the outermost transaction commits (at once outside a transaction: commands, workers), and
never when it rolls back; an error in it is logged, not raised, as the request has succeeded.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.db import transaction


def after_commit(function: Callable[..., object], *args: object, **kwargs: object) -> None:
    """Call `function(*args, **kwargs)` once the current transaction commits."""
    transaction.on_commit(functools.partial(function, *args, **kwargs), robust=True)
