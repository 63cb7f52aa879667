"""Issue 13 (verify13e B3): a false-positive marking clears a finding only when the audit chain
holds the markings (chained ppid.false_positive and .confirm entries by the same users). A row
written or changed in the database (its markers, its structured flag) clears nothing."""

import pytest
from wagtail.models import WorkflowState

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
