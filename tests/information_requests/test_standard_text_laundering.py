"""Issue 13 (attack13q): exempt text laundered through Naskah Baku (standard texts) in pieces.

The word pairs of every released standard text were taken out of every exempt document before
any comparison, and each approval compared its own text alone: an Operator proposed an exempt
audit report as overlapping two-sentence standard texts, each below the excerpt threshold, the
approvers were warned of nothing, and once they were released the whole report passed every
check. Now a standard text's coverage of an exempt document is judged together with every
released standard text (standard_texts.overlap): the approvers are warned loudly and each must
write a reason (in the audit log); past MAX_STANDARD_SHARE of a document the approval is
refused; and the released standard texts are never taken out of a document they cover more
than MAX_STANDARD_SHARE of, however they were released (exempt_content.PublicContent.
standard_for). Each test fails on the old code."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from wagtail.models import ModelLogEntry

from information_requests import outgoing
from moderation.snippets import approve, version_digest
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes
from tests.test_exempt_standard_texts import propose
from tests.test_workflow import member

from .test_exempt_near_copies import AUDIT, FINDINGS

pytestmark = pytest.mark.django_db

REASON = "Kalimat baku laporan audit."


def exempt_audit():
    document = make_document("Audit keamanan", pdf_bytes(*AUDIT))
    make_entry(make_dip_index(), "Audit", category="dikecualikan", documents=(document,))


def pieces() -> list[str]:
    return [f"{FINDINGS[i]} {FINDINGS[i + 1]}" for i in range(len(FINDINGS) - 1)]


def approvers():
    return (
        member("operator", "Operator"),
        member("subkoordinator", "Sub Koordinator"),
        member("koordinator", "Koordinator"),
    )


def test_the_exempt_report_in_two_sentence_standard_texts_stays_exempt():
    exempt_audit()
    assert outgoing.holds_exempt_information(pdf_bytes(*AUDIT), "salinan.pdf")  # control
    operator, sub, koordinator = approvers()
    released = refused = 0
    for index, text in enumerate(pieces()):
        standard = propose(Client(), operator, f"Kalimat baku {index}", text)
        with pytest.raises(ValidationError):  # warned: no approval without a reason
            approve(standard, sub, seen=version_digest(standard))
        try:
            approve(standard, sub, seen=version_digest(standard), reason=REASON)
            assert approve(standard, koordinator, seen=version_digest(standard), reason=REASON)
        except ValidationError:
            refused += 1
            continue
        released += 1
        approval = ModelLogEntry.objects.filter(
            action="ppid.snippet.approve", object_id=str(standard.pk)
        ).latest("pk")
        assert approval.data["exempt_entries"] and approval.data["reason"] == REASON
    assert refused and released < len(FINDINGS) // 2
    assert outgoing.holds_exempt_information(pdf_bytes(*AUDIT), "salinan.pdf")
    assert outgoing.exempt_text_matches(" ".join(AUDIT))


def test_standard_texts_released_before_the_exemption_take_out_a_small_share_at_most():
    """Released while nothing exempt held them (no warning could be shown): once the report is
    exempt, they cover most of it, and none of them is taken out of it."""
    operator, sub, koordinator = approvers()
    for index, text in enumerate(pieces()):
        standard = propose(Client(), operator, f"Kalimat baku {index}", text)
        approve(standard, sub, seen=version_digest(standard))
        assert approve(standard, koordinator, seen=version_digest(standard))
    exempt_audit()
    assert outgoing.holds_exempt_information(pdf_bytes(*AUDIT), "salinan.pdf")
    assert outgoing.exempt_text_matches(" ".join(FINDINGS[2:6]))
