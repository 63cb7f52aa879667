"""Nomor pendaftaran: unique and gap-free per series and year, also under concurrent submissions.

`take_number` must run inside the transaction that registers the request: the counter row is
locked (SELECT ... FOR UPDATE on PostgreSQL; SQLite serialises writers anyway) until that
transaction ends, and rolled back with it, so a failed registration leaves no gap.
"""

from django.db import IntegrityError, transaction

from .models import RegisterCounter

REQUEST_SERIES = "PMH"
OBJECTION_SERIES = "KBR"


def format_number(series: str, year: int, sequence: int) -> str:
    return f"{series}-{year}-{sequence:04d}"


def take_number(series: str, year: int) -> tuple[int, str]:
    """(sequence, number) of the next registration in `series` and `year`."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("take_number must run inside the registering transaction")
    counters = RegisterCounter.objects.select_for_update()
    counter = counters.filter(series=series, year=year).first()
    if counter is None:
        try:
            with transaction.atomic():  # a savepoint: a concurrent first insert may win
                RegisterCounter.objects.create(series=series, year=year, last=0)
        except IntegrityError:
            pass
        counter = counters.get(series=series, year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last, format_number(series, year, counter.last)
