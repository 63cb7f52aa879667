"""The audit log's hash chain: every entry linked on save; tampering is named by the command."""

import datetime
import hashlib
import hmac
import io
import threading

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from integrity import chain
from integrity.models import AuditChainHead, AuditChainLink
from tests.factories import home_page

pytestmark = pytest.mark.django_db


def run_verify() -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("verify_audit_chain", "--all", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def broken_message(**kwargs) -> str:
    with pytest.raises(CommandError) as raised:
        run_verify()
    assert raised.value.returncode == 1
    return str(raised.value)


def some_entries(count: int = 3) -> list:
    user = User.objects.create_user("penulis", password="x")
    entries = [log(user, "wagtail.edit", user=user, data={"nomor": n}) for n in range(count)]
    entries.append(log(home_page(), "wagtail.edit", user=user, data={"catatan": "halaman"}))
    return entries


def link_of(entry) -> AuditChainLink:
    return AuditChainLink.objects.get(entry_type=entry._meta.label_lower, entry_id=entry.pk)


def test_every_new_entry_is_linked_to_the_previous_one():
    before = AuditChainHead.objects.get(pk=1)
    entries = some_entries()
    links = [link_of(entry) for entry in entries]
    sequences = [link.sequence for link in links]
    # Creating the user logs its own entries too: the links follow each other in order.
    assert sequences == sorted(sequences) and sequences[0] > before.sequence
    for link in links:
        previous = AuditChainLink.objects.get(sequence=link.sequence - 1)
        assert link.previous_hash == previous.hash
    last = links[-1]
    values = PageLogEntry.objects.values("id", "page_id", *chain.CONTENT_FIELDS).get(
        pk=entries[-1].pk
    )
    payload = f"{last.previous_hash}\n{chain.canonical('wagtailcore.pagelogentry', values)}"
    expected = hmac.new(
        settings.AUDIT_CHAIN_KEY.encode(), payload.encode(), hashlib.sha256
    ).hexdigest()
    assert last.keyed and last.hash == expected
    head = AuditChainHead.objects.get(pk=1)
    assert (head.sequence, head.hash) == (
        AuditChainLink.objects.order_by("-sequence").first().sequence,
        AuditChainLink.objects.order_by("-sequence").first().hash,
    )


def test_an_intact_chain_verifies():
    some_entries()
    out, err = run_verify()
    assert "utuh" in out  # Indonesian: "Rantai log audit utuh"
    assert str(ModelLogEntry.objects.count() + PageLogEntry.objects.count()) in out
    assert err == ""


def test_an_entry_changed_in_the_database_is_the_first_broken_link():
    entries = some_entries()
    target = entries[1]
    ModelLogEntry.objects.filter(pk=target.pk).update(data={"nomor": 99})
    message = broken_message()
    link = link_of(target)
    assert f"tautan {link.sequence} " in message
    assert f"wagtailcore.modellogentry #{target.pk}" in message
    assert "diubah" in message


def test_a_changed_timestamp_breaks_the_chain_too():
    entries = some_entries()
    PageLogEntry.objects.filter(pk=entries[-1].pk).update(
        timestamp=timezone.now() - datetime.timedelta(days=3)
    )
    assert f"tautan {link_of(entries[-1]).sequence} " in broken_message()


def test_the_first_of_several_breaks_is_named():
    entries = some_entries()
    ModelLogEntry.objects.filter(pk=entries[2].pk).update(action="wagtail.delete")
    ModelLogEntry.objects.filter(pk=entries[0].pk).update(label="palsu")
    message = broken_message()
    assert f"tautan {link_of(entries[0]).sequence} " in message
    assert f"#{entries[0].pk})" in message


def test_a_deleted_entry_is_named():
    entries = some_entries()
    link = link_of(entries[1])
    ModelLogEntry.objects.filter(pk=entries[1].pk).delete()
    message = broken_message()
    assert f"tautan {link.sequence} " in message
    assert "dihapus" in message


def test_a_deleted_entry_and_its_link_leave_a_gap():
    entries = some_entries()
    link = link_of(entries[1])
    ModelLogEntry.objects.filter(pk=entries[1].pk).delete()
    AuditChainLink.objects.filter(pk=link.pk).delete()
    message = broken_message()
    assert f"tautan {link.sequence + 1} " in message


def test_an_entry_inserted_without_a_link_is_named():
    some_entries()
    # bulk_create sends no post_save: a row written behind the application's back.
    [forged] = ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=ModelLogEntry.objects.first().content_type,
                object_id="1",
                label="palsu",
                action="wagtail.edit",
                timestamp=timezone.now(),
            )
        ]
    )
    forged_pk = forged.pk or ModelLogEntry.objects.get(label="palsu").pk
    message = broken_message()
    assert f"wagtailcore.modellogentry #{forged_pk}" in message
    assert "tanpa tautan" in message


def test_removing_the_last_links_is_seen_at_the_head():
    entries = some_entries()
    ModelLogEntry.objects.filter(pk=entries[-2].pk).delete()
    PageLogEntry.objects.filter(pk=entries[-1].pk).delete()
    AuditChainLink.objects.filter(sequence__gte=link_of(entries[-2]).sequence).delete()
    message = broken_message()
    assert "kepala rantai" in message


def test_unlinked_entries_can_be_linked_afterwards():
    some_entries()
    [forged] = ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=ModelLogEntry.objects.first().content_type,
                object_id="1",
                label="impor",
                action="wagtail.create",
                timestamp=timezone.now(),
            )
        ]
    )
    with pytest.raises(CommandError):
        run_verify()
    assert chain.link_all_unlinked() == 1
    out, _err = run_verify()
    assert "utuh" in out


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers itself; row locks are tested on PostgreSQL",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_writers_form_one_chain(without_account_audit):
    """Several threads log at once (PostgreSQL: the head row lock serialises them)."""
    # The test database was reloaded from Django's "json" serialisation, which keeps
    # microseconds (SERIALIZATION_MODULES): the chain it brings back is intact as it is.
    assert chain.verify().breaks == []
    user = User.objects.create_user("paralel", password="x")
    errors = []

    def write(number: int) -> None:
        try:
            for step in range(5):
                log(user, "wagtail.edit", user=user, data={"thread": number, "step": step})
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    out, _err = run_verify()
    assert "utuh" in out
    sequences = list(AuditChainLink.objects.values_list("sequence", flat=True))
    assert sequences == list(range(1, len(sequences) + 1))


def forge(label: str) -> int:
    """An entry written without the application's signals (like a historical model in a data
    migration, or someone behind the application's back)."""
    [entry] = ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=ModelLogEntry.objects.first().content_type,
                object_id="1",
                label=label,
                action="wagtail.edit",
                timestamp=timezone.now(),
            )
        ]
    )
    return entry.pk or ModelLogEntry.objects.get(label=label).pk


def test_entries_written_by_data_migrations_are_linked_when_migrate_ends(monkeypatch):
    from django.apps import apps

    from integrity import signals

    some_entries()
    before = forge("sebelum migrate")
    monkeypatch.setattr(signals, "marks_before_migrate", None)
    signals.note_last_entries(sender=apps.get_app_config("integrity"))
    during = forge("dalam migrasi data")
    last_app = signals.last_migrated_app()
    signals.link_entries_from_migrations(sender=apps.get_app_config("integrity"))
    assert not AuditChainLink.objects.filter(entry_id=during).exists()  # not the last app yet
    signals.link_entries_from_migrations(sender=last_app)

    assert AuditChainLink.objects.filter(entry_type="wagtailcore.modellogentry", entry_id=during)
    assert signals.marks_before_migrate is None
    # The entry forged before migrate started is still reported, not silently linked.
    message = broken_message()
    assert f"wagtailcore.modellogentry #{before}" in message


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("without_account_audit")
def test_a_database_reloaded_from_django_serialisation_keeps_an_intact_chain():
    """The "break at entry 8" of the transactional tests: Django's JSON serialisation (the test
    database's serialized_rollback, `dumpdata`/`loaddata`) cut timestamps to milliseconds, so
    every reloaded entry whose timestamp had microseconds no longer matched its link. The
    project's JSON serialiser keeps microseconds (SERIALIZATION_MODULES), so nothing breaks."""
    from django.core import serializers

    # The reload this test started with already went through Django's "json" format.
    assert chain.verify().breaks == []
    entry = log(home_page(), "wagtail.edit", data={"catatan": "mikrodetik"})
    stored = PageLogEntry.objects.get(pk=entry.pk)
    stored.timestamp = stored.timestamp.replace(microsecond=123456)
    PageLogEntry.objects.filter(pk=entry.pk).update(timestamp=stored.timestamp)
    link = link_of(entry)
    AuditChainLink.objects.filter(pk=link.pk).delete()
    AuditChainHead.objects.filter(pk=1).update(sequence=link.sequence - 1, hash=link.previous_hash)
    chain.append(PageLogEntry, entry.pk)
    # The entry stands for one linked with that timestamp from the start: the head anchored
    # outside the database (integrity.anchor) is the new one, as `anchor_audit_chain` writes it.
    from integrity import anchor

    anchor.advance(anchor.anchor_now(), force=True)

    dumped = serializers.serialize("json", PageLogEntry.objects.filter(pk=entry.pk))
    assert ".123456" in dumped
    [reloaded] = serializers.deserialize("json", dumped)
    reloaded.save()
    assert chain.verify().breaks == []
