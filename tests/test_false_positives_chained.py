"""Issue 13 (verify13e B3): a false-positive marking clears a finding only when the audit chain
holds the markings (chained ppid.false_positive and .confirm entries by the same users). A row
written or changed in the database (its markers, its structured flag) clears nothing. A
marking from before the fingerprint was logged (its entries name the masked excerpt only, which
matches every NIK with the same visible digits) clears only the fingerprint its row held at
the upgrade (migration moderation 0016, reattack13f C)."""

import importlib

import pytest
from django.apps import apps
from wagtail.log_actions import log
from wagtail.models import PageLogEntry, WorkflowState

from moderation.actions import mark_false_positive
from moderation.models import FalsePositive
from moderation.publication import SET_UP, approved_path

from .test_false_positives import rejected, resubmit  # noqa: F401 (fixture)
from .test_workflow import member

pytestmark = pytest.mark.django_db


def test_a_marking_inserted_in_the_database_clears_nothing(rejected):  # noqa: F811
    entry, operator, report = rejected
    finding = report.findings[0]
    first, second = member("sub", "Sub Koordinator"), member("koor", "Koordinator")
    with approved_path(SET_UP):
        FalsePositive.objects.create(
            page=entry,
            kind=finding["kind"],
            fingerprint=finding["fingerprint"],
            excerpt=finding["excerpt"],
            reason="Ditulis langsung di basis data.",
            marked_by=first,
            confirmed_by=second,
            structured=True,
        )
    assert FalsePositive.cleared(entry.pk) == set()
    assert resubmit(entry, operator).status == WorkflowState.STATUS_NEEDS_CHANGES


def test_a_second_marker_written_in_the_database_does_not_confirm(rejected):  # noqa: F811
    entry, operator, report = rejected
    first = member("sub", "Sub Koordinator")
    marked = mark_false_positive(report, 0, first, "Nomor seri alat.")
    assert FalsePositive.cleared(entry.pk) == set()  # a NIK's structure: two people
    with approved_path(SET_UP):
        FalsePositive.objects.filter(pk=marked.pk).update(
            confirmed_by=member("koor", "Koordinator"), structured=False
        )
    assert FalsePositive.cleared(entry.pk) == set()
    assert resubmit(entry, operator).status == WorkflowState.STATUS_NEEDS_CHANGES


def test_two_chained_markings_clear_the_finding(rejected):  # noqa: F811
    entry, operator, report = rejected
    mark_false_positive(report, 0, member("sub", "Sub Koordinator"), "Nomor seri alat.")
    mark_false_positive(report, 0, member("koor", "Koordinator"), "Nomor seri, dicek.")
    assert len(FalsePositive.cleared(entry.pk)) == 1
    assert resubmit(entry, operator).status == WorkflowState.STATUS_IN_PROGRESS


def legacy_marking(entry, finding, fingerprint: str):
    """As a release before the fingerprint was logged left a confirmed marking: its two
    entries name the kind and the masked excerpt; its row holds `fingerprint`."""
    sub, koor = member("sub", "Sub Koordinator"), member("koor", "Koordinator")
    legacy = {"kind": "nik", "excerpt": finding["excerpt"], "reason": "Nomor seri alat lama."}
    log(instance=entry, action="ppid.false_positive", user=sub, data=legacy)
    log(instance=entry, action="ppid.false_positive.confirm", user=koor, data=legacy)
    with approved_path(SET_UP):
        return FalsePositive.objects.create(
            page=entry,
            kind="nik",
            fingerprint=fingerprint,
            excerpt=finding["excerpt"],
            reason="Nomor seri alat lama.",
            marked_by=sub,
            confirmed_by=koor,
            structured=True,
        )


def upgrade() -> None:
    migration = importlib.import_module(
        "moderation.migrations.0016_false_positive_fingerprints_in_the_audit_log"
    )
    migration.chain_legacy_fingerprints(apps, None)
    migration.chain_legacy_fingerprints(apps, None)  # once per marker


def test_a_legacy_marking_repointed_in_the_database_clears_a_new_nik(rejected):  # noqa: F811
    entry, operator, report = rejected
    finding = report.findings[0]
    row = legacy_marking(entry, finding, "fingerprint-of-the-old-nik")
    upgrade()
    assert (finding["kind"], finding["fingerprint"]) not in FalsePositive.cleared(entry.pk)
    with approved_path(SET_UP):  # an insider's UPDATE of an old row
        FalsePositive.objects.filter(pk=row.pk).update(fingerprint=finding["fingerprint"])
    assert FalsePositive.cleared(entry.pk) == set()
    assert resubmit(entry, operator).status == WorkflowState.STATUS_NEEDS_CHANGES, (
        "the new NIK passed the scan"
    )


def test_a_legacy_marking_still_clears_its_own_finding_after_the_upgrade(rejected):  # noqa: F811
    entry, operator, report = rejected
    finding = report.findings[0]
    legacy_marking(entry, finding, finding["fingerprint"])
    upgrade()
    baseline = PageLogEntry.objects.filter(page=entry, data__baseline=True)
    assert baseline.count() == 2
    assert {e.data["fingerprint"] for e in baseline} == {finding["fingerprint"]}
    assert FalsePositive.cleared(entry.pk) == {(finding["kind"], finding["fingerprint"])}
    assert resubmit(entry, operator).status == WorkflowState.STATUS_IN_PROGRESS
