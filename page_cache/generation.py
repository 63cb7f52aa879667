"""The public generation: a token in the database that every public change replaces.

`bump()` runs inside the transaction of the change (a signal receiver, page_cache.signals), so
the new token becomes visible to readers at the very commit that makes the change visible, and
a change that is rolled back leaves the token alone. `current()` is read once per cacheable
request, before anything else of the page is read, and is part of the cache key: an entry
stored under a token can only hold content at least as new as that token, and once a change
commits, no earlier entry is ever looked up again, in Redis, in a local cache, or in a Redis
that comes back from an outage with its old data. The token is random (not a counter), so a
database restored from a backup, or a test database rolled back, never meets entries that an
equal counter value once named.

Two rows: PUBLIC, replaced by every change of what the public may see, and SERVICE, replaced
by the information service's records (requests, objections, survey answers), which no page
shows but the public statistics (service_reports.views.statistics). Every cached page is keyed
by PUBLIC; a view marked with `service_scoped` by both, so a submitted request retires the
statistics and nothing else.
"""

import logging
import secrets

from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from .models import PublicGeneration

logger = logging.getLogger(__name__)

PUBLIC = 1
SERVICE = 2
MISSING = "-"  # a row never written yet: its first write makes a token no key ever named


def new_token() -> str:
    return secrets.token_hex(16)


def current(service: bool = False) -> str | None:
    """The token of the public content as committed now; None before the row exists. With
    `service`, the public and the service tokens as one string (one query)."""
    if not service:
        tokens = PublicGeneration.objects.filter(pk=PUBLIC).values_list("token", flat=True)[:1]
        return tokens[0] if tokens else None
    tokens = dict(
        PublicGeneration.objects.filter(pk__in=(PUBLIC, SERVICE)).values_list("pk", "token")
    )
    if PUBLIC not in tokens:
        return None
    return f"{tokens[PUBLIC]}:{tokens.get(SERVICE, MISSING)}"


def current_both() -> tuple[str | None, str | None]:
    """The public token and the service key (`current(service=True)`) in one query."""
    tokens = dict(
        PublicGeneration.objects.filter(pk__in=(PUBLIC, SERVICE)).values_list("pk", "token")
    )
    if PUBLIC not in tokens:
        return None, None
    return tokens[PUBLIC], f"{tokens[PUBLIC]}:{tokens.get(SERVICE, MISSING)}"


_ready = False


def table_ready() -> bool:
    """True once the table exists (models are saved during `migrate` too, before it does)."""
    global _ready  # noqa: PLW0603 - cached once the table is there, never before
    if not _ready:
        _ready = PublicGeneration._meta.db_table in connection.introspection.table_names()
    return _ready


def bump(row: int = PUBLIC) -> str | None:
    """Retire every cached page (PUBLIC), or those of the service statistics (SERVICE): call
    inside the transaction of the change."""
    if not table_ready():
        return None  # a database being migrated: nothing was cached from it yet
    token = new_token()
    now = timezone.now()
    if PublicGeneration.objects.filter(pk=row).update(token=token, changed_at=now):
        return token
    try:
        with transaction.atomic():
            PublicGeneration.objects.create(pk=row, token=token, changed_at=now)
    except IntegrityError:  # created at the same moment by another transaction
        PublicGeneration.objects.filter(pk=row).update(token=token, changed_at=now)
    return token
