"""Nomor pendaftaran: unique and gap-free per year, also under parallel submissions (PostgreSQL:
each thread its own connection, the counter row locked with SELECT ... FOR UPDATE)."""

import threading

import pytest
from django.db import connection, connections

from information_requests.forms import DeskRequestForm
from information_requests.models import InformationRequest
from information_requests.numbering import take_number
from information_requests.service import register_at_desk

from .conftest import identity_upload, request_data


@pytest.mark.django_db
def test_numbers_follow_each_other_and_a_failure_leaves_no_gap(desk_request):
    from django.db import transaction

    first = desk_request()
    try:
        with transaction.atomic():
            take_number("PMH", first.year)
            raise RuntimeError("registration failed")
    except RuntimeError:
        pass
    second = desk_request()
    assert (first.sequence, second.sequence) == (1, 2)
    assert second.number == f"PMH-{first.year}-0002"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_parallel_registrations_get_unique_gap_free_numbers(users):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (SQLite serialises every writer)")
    desk = users["Petugas Layanan Informasi"]
    count = 12
    barrier = threading.Barrier(count)
    errors = []

    def register(index: int) -> None:
        try:
            form = DeskRequestForm(
                request_data(name=f"Pemohon {index}"), {"identity_document": identity_upload()}
            )
            assert form.is_valid(), form.errors
            barrier.wait(timeout=30)
            register_at_desk(form, desk)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    sequences = sorted(InformationRequest.objects.values_list("sequence", flat=True))
    assert sequences == list(range(1, count + 1))
    assert InformationRequest.objects.values("number").distinct().count() == count
