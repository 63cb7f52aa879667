import datetime

import pytest
from django.utils import timezone

from information_requests.models import InformationRequest

from ..information_requests.conftest import desk_request, users  # noqa: F401 - fixtures

YEAR = 2025


def aware(day: datetime.date, hour: int = 9) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def register_rows(count: int, year: int = YEAR, start: int = 1, **fields) -> None:
    """Rows as the registers hold them after the service's steps (bulk: the figures read the
    registers, not the steps)."""
    defaults = {
        "channel": "online",
        "requester_type": "perorangan",
        "stage": "selesai",
        "decision": "dikabulkan_seluruhnya",
        "name": "Pemohon",
        "address": "-",
        "phone": "-",
        "email": "pemohon@contoh.net",
        "information_requested": "-",
        "purpose": "-",
        "obtain_method": "softcopy",
        "delivery_method": "email",
    }
    rows = []
    for sequence in range(start, start + count):
        registered = datetime.date(year, 3, 2)  # a Monday
        decided = fields.get("decided_on", datetime.date(year, 3, 9))
        row = {
            **defaults,
            **{key: value for key, value in fields.items() if key != "decided_on"},
            "number": f"{sequence:03d}/PMH/{year}",
            "year": year,
            "sequence": sequence,
            "registered_at": aware(registered),
            "decided_at": aware(decided, 14) if decided else None,
            "due_date": datetime.date(year, 3, 16),
        }
        rows.append(InformationRequest(**row))
    InformationRequest.objects.bulk_create(rows)


@pytest.fixture
def rows():
    return register_rows
