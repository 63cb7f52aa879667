"""The demo holds requests in every stage and decision, last year's too, and keberatan."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from information_requests.models import (
    Decision,
    InformationRequest,
    Objection,
    OutgoingFile,
    ScanStatus,
    Stage,
)

pytestmark = pytest.mark.django_db


def test_demo_requests_cover_every_stage_and_decision(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "Demo-Sandi-2026!")
    call_command("load_demo_content", stdout=StringIO())
    stages = set(InformationRequest.objects.values_list("stage", flat=True))
    assert stages == set(Stage.values)
    decisions = set(
        InformationRequest.objects.exclude(decision="").values_list("decision", flat=True)
    )
    assert decisions == set(Decision.values)
    last_year = timezone.localdate().year - 1
    finished = InformationRequest.objects.filter(year=last_year)
    assert finished.count() >= 8
    assert set(finished.values_list("decision", flat=True)) == set(Decision.values)
    assert Objection.objects.filter(response__gt="").count() >= 2
    assert not OutgoingFile.objects.filter(scan_status=ScanStatus.FINDINGS).exists()
    count = InformationRequest.objects.count()
    call_command("load_demo_content", stdout=StringIO())
    assert InformationRequest.objects.count() == count
