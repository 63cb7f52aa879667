"""The audit chain is anchored outside the database (issue 13): a database writer who changes an
entry and recomputes every later link consistently is caught, without the HMAC key by the key,
with it by the head e-mailed with the C2 report (`verify_audit_chain --against`)."""

import io
import re

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from integrity import chain
from integrity.models import AuditChainHead, AuditChainLink
from sop_governance.evaluations.periods import MONTHLY
from sop_governance.evaluations.reports import email_report, generate

pytestmark = pytest.mark.django_db


def verify(*args) -> str:
    out = io.StringIO()
    call_command("verify_audit_chain", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def refused(*args) -> str:
    with pytest.raises(CommandError) as raised:
        verify(*args)
    assert raised.value.returncode == 1
    return str(raised.value)


def entries(count: int = 4) -> list[ModelLogEntry]:
    user = User.objects.create_user("penulis", password="x")
    return [log(user, "wagtail.edit", user=user, data={"nomor": n}) for n in range(count)]


def rewrite(entry: ModelLogEntry, key: bytes, keyed: bool) -> None:
    """The attack: change one entry, then recompute its link and every later one (with its
    seal), and the head, so that the chain is consistent again."""
    ModelLogEntry.objects.filter(pk=entry.pk).update(data={"nomor": "diubah"})
    start = AuditChainLink.objects.get(entry_type="wagtailcore.modellogentry", entry_id=entry.pk)
    models = chain.entry_models()
    previous = start.previous_hash
    for link in AuditChainLink.objects.filter(sequence__gte=start.sequence).order_by("sequence"):
        values = chain.entry_values(models[link.entry_type]).get(pk=link.entry_id)
        digest = chain.link_hash(previous, link.entry_type, values, key)
        seal = chain.link_seal(
            link.sequence,
            link.entry_type,
            link.entry_id,
            link.action,
            link.object_id,
            previous,
            digest,
            key,
        )
        AuditChainLink.objects.filter(pk=link.pk).update(
            previous_hash=previous, hash=digest, keyed=keyed, seal=seal
        )
        previous = digest
    AuditChainHead.objects.filter(pk=1).update(hash=previous)


def test_a_consistent_rewrite_without_the_key_is_caught():
    target = entries()[1]
    assert "utuh" in verify()
    rewrite(target, key=b"", keyed=False)  # plain SHA-256, as an attacker without the key can
    message = refused()
    assert "RUSAK" in message or "BROKEN" in message


def test_a_rewrite_with_a_guessed_key_is_caught():
    target = entries()[1]
    rewrite(target, key=b"kunci-tebakan", keyed=True)
    refused()


def test_a_rewrite_with_the_key_is_caught_by_the_head_mailed_with_the_c2_report(settings):
    kadis = User.objects.create_user("kadis", email="kadis@contohkab.go.id", password="x")
    kadis.groups.add(Group.objects.get(name="Kepala Dinas"))
    target = entries()[1]
    report = generate(MONTHLY, "2026-10")
    assert email_report(report)
    [message] = mail.outbox
    anchor = re.search(r"(\d+:[0-9a-f]{64})", message.body)[1]
    assert "verify_audit_chain --against" in message.body
    assert chain.holds_anchor(anchor)
    assert "utuh" in verify("--against", anchor)

    rewrite(target, key=settings.AUDIT_CHAIN_KEY.encode(), keyed=True)  # an insider with the key
    # The key alone cannot tell; the head anchored outside the database can (integrity.anchor),
    # as can the head mailed with the report.
    assert "anchor_behind" in [b.reason for b in chain.verify().breaks]
    message = refused("--against", anchor)
    assert anchor in message


def test_the_head_printed_by_the_command_is_an_anchor():
    entries()
    sequence, digest = chain.head()
    assert f"{sequence} {digest}" in verify()
    assert chain.holds_anchor(f"{sequence} {digest}")
    assert not chain.holds_anchor(f"{sequence}:{'0' * 64}")


def test_production_refuses_to_start_without_an_audit_chain_key():
    from tests.test_project_layout import PRODUCTION_ENV, run_manage

    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "AUDIT_CHAIN_KEY"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "AUDIT_CHAIN_KEY" in result.stderr
