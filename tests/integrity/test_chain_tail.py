"""The audit chain's tail cut off in SQL (issue 13, attack13q's reproduction, copied, and the
anchor outside the database that catches it: integrity.anchor).

subject_breaks checks each link's sequence, previous hash and seal, and that the head row
(integrity_auditchainhead: sequence, hash) is the last link. Nothing seals the head: an insider
who deletes the last N links (and their log entries) and writes the head back to the link
before them leaves a chain that walks clean. Only `verify_audit_chain --against` with a head
exported earlier (the monthly C1/C2 e-mail) would tell, by hand, later.

Here: a live public DIP entry and its document; the Operator saves a draft of it as
dikecualikan (the office withdraws it: 404 for the public). The insider then deletes, in SQL,
every log entry and link written since (the marking among them), moves the head back, and
deletes the ExemptInformation/ExemptAsset rows. Entry and document are public again; nothing in
the application objects (and the integrity watch is silent).
"""

# The insider's SQL names the tables of the models (no user input).
# ruff: noqa: S608

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from wagtail.models import ModelLogEntry, PageLogEntry

from integrity.alerts import run_watch
from integrity.models import AuditChainHead, AuditChainLink, IntegrityAlert
from ppid_pages.exemption import is_withheld
from ppid_pages.models.dip import DipCategory, ExemptAsset, ExemptInformation
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes
from tests.test_exempt_for_good import _exempt_values, people, post_edit  # noqa: F401

pytestmark = pytest.mark.django_db


def forget_answers():
    """What a later public generation (or the caches' expiry) reads afresh."""
    from page_cache import facts
    from ppid_pages import visibility

    for cache in caches.all():
        cache.clear()
    visibility._answers.clear()
    facts.forget_local()


def test_an_exemption_at_the_chain_tail_cut_off_in_sql_stays(client, people):  # noqa: F811
    document = make_document("Lampiran", pdf_bytes("Rincian negosiasi harga satuan server."))
    entry = make_entry(make_dip_index(), "Kontrak Pengadaan Server", documents=(document,))
    public = Client()
    assert public.get(entry.url).status_code == 200
    assert public.get(document.url).status_code == 200

    # What the insider reads first (or from last night's backup): the chain as it stands.
    head = AuditChainHead.objects.get()
    cut_sequence, cut_hash = head.sequence, head.hash
    last_page_entry = PageLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    last_model_entry = ModelLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first()

    # The office withdraws the entry: a draft saved as dikecualikan.
    response = post_edit(
        client, people["Operator"], entry, DipCategory.DIKECUALIKAN, **_exempt_values()
    )
    assert response.status_code == 302
    assert is_withheld(entry.pk)
    forget_answers()
    assert Client().get(document.url).status_code == 404

    # The insider, SQL only, no key.
    tables = {
        "link": AuditChainLink._meta.db_table,
        "head": AuditChainHead._meta.db_table,
        "page_log": PageLogEntry._meta.db_table,
        "model_log": ModelLogEntry._meta.db_table,
        "asset": ExemptAsset._meta.db_table,
        "exemption": ExemptInformation._meta.db_table,
    }
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {tables['link']} WHERE sequence > %s", [cut_sequence])
        cursor.execute(f"DELETE FROM {tables['page_log']} WHERE id > %s", [last_page_entry or 0])
        cursor.execute(f"DELETE FROM {tables['model_log']} WHERE id > %s", [last_model_entry or 0])
        cursor.execute(
            f"UPDATE {tables['head']} SET sequence = %s, hash = %s", [cut_sequence, cut_hash]
        )
        cursor.execute(
            f"DELETE FROM {tables['asset']} WHERE exemption_id IN "
            f"(SELECT id FROM {tables['exemption']} WHERE entry_id = %s)",
            [entry.pk],
        )
        cursor.execute(f"DELETE FROM {tables['exemption']} WHERE entry_id = %s", [entry.pk])
    forget_answers()

    from integrity.chain import verify

    print("verify():", verify())
    run_watch()
    print("alerts:", list(IntegrityAlert.objects.open().values_list("kind", "detail")))
    assert Client().get(document.url).status_code == 404, (
        "the exempt (withdrawn) document is public again after the chain's tail and the "
        "exemption rows were deleted in SQL; the chain walks clean"
    )


def cut_tail(links: int) -> None:
    """The insider's SQL: the last `links` links gone, the head moved back to the one before."""
    head = AuditChainHead.objects.get()
    keep = head.sequence - links
    previous = AuditChainLink.objects.get(sequence=keep)
    AuditChainLink.objects.filter(sequence__gt=keep).delete()
    AuditChainHead.objects.filter(pk=1).update(sequence=keep, hash=previous.hash)


def logged(count: int = 3) -> None:
    from django.contrib.auth.models import User
    from wagtail.log_actions import log

    user = User.objects.filter(username="penulis").first() or User.objects.create_user(
        "penulis", password="x"
    )
    for number in range(count):
        log(user, "wagtail.edit", user=user, data={"nomor": number})


def test_a_committed_append_advances_the_anchor_file_and_never_back(
    settings, django_capture_on_commit_callbacks
):
    from integrity import anchor, chain

    with django_capture_on_commit_callbacks(execute=True):
        logged()
    stored, problem = anchor.read_file(settings.AUDIT_CHAIN_ANCHOR)
    assert problem == "" and (stored.sequence, stored.hash) == chain.head()
    assert not anchor.advance(anchor.Anchor(stored.sequence - 1, "0" * 64, stored.first))
    assert anchor.read_file(settings.AUDIT_CHAIN_ANCHOR)[0] == stored
    assert chain.verify().intact
    cut_tail(1)
    assert "anchor_behind" in [b.reason for b in chain.verify().breaks]


def test_the_anchor_file_alone_catches_a_cut_tail(
    settings, django_capture_on_commit_callbacks, monkeypatch
):
    """A later transaction (nothing of its own pending): the file holds the chain."""
    from integrity import anchor, chain
    from ppid_pages.exemption import EXEMPTION_ACTIONS

    with django_capture_on_commit_callbacks(execute=True):
        logged()
    monkeypatch.setattr(anchor, "pending", lambda: None)
    assert not chain.subject_breaks(EXEMPTION_ACTIONS).unnamed
    cut_tail(2)
    breaks = chain.subject_breaks(EXEMPTION_ACTIONS)
    assert breaks.unnamed and breaks.anchor == "anchor_behind"


def test_an_append_rolled_back_does_not_advance_the_anchor(
    settings, django_capture_on_commit_callbacks
):
    from django.db import transaction

    from integrity import anchor, chain

    with django_capture_on_commit_callbacks(execute=True):
        logged(1)
    before = anchor.read_file(settings.AUDIT_CHAIN_ANCHOR)[0]
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                from django.contrib.auth.models import User
                from wagtail.log_actions import log

                user = User.objects.create_user("lain", password="x")
                log(user, "wagtail.edit", user=user, data={"x": 1})
                assert anchor.pending().sequence > before.sequence
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert anchor.read_file(settings.AUDIT_CHAIN_ANCHOR)[0] == before
    assert anchor.pending() == before  # the rolled-back append left the queue
    assert chain.verify().intact


def test_a_missing_or_forged_anchor_is_a_break_where_it_is_required(
    settings, django_capture_on_commit_callbacks
):
    import io
    import json

    from django.core.management import call_command

    from integrity import anchor, chain
    from ppid_pages.exemption import EXEMPTION_ACTIONS

    with django_capture_on_commit_callbacks(execute=True):
        logged()
    settings.AUDIT_CHAIN_ANCHOR_REQUIRED = True
    assert chain.verify().intact
    stored = json.loads(settings.AUDIT_CHAIN_ANCHOR.read_text())
    settings.AUDIT_CHAIN_ANCHOR.write_text(json.dumps({**stored, "sequence": 1}))
    assert "anchor_forged" in [b.reason for b in chain.verify().breaks]
    settings.AUDIT_CHAIN_ANCHOR.unlink()
    assert "anchor_missing" in [b.reason for b in chain.verify().breaks]
    assert chain.subject_breaks(EXEMPTION_ACTIONS).anchor == "anchor_missing"
    with django_capture_on_commit_callbacks(execute=True):
        logged(1)  # an append never creates a missing anchor where it is required
    assert not settings.AUDIT_CHAIN_ANCHOR.exists()
    call_command("anchor_audit_chain", stdout=io.StringIO())
    assert anchor.read_file(settings.AUDIT_CHAIN_ANCHOR)[0] == anchor.anchor_now()
    assert chain.verify().intact
