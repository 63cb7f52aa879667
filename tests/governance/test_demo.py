import datetime

import pytest

from sop_governance.demo import load_demo
from sop_governance.models import ContentPlan

from .conftest import ROLES, member

pytestmark = pytest.mark.django_db


def test_demo_plan_is_signed_received_and_loaded_once():
    assert load_demo(datetime.date(2026, 11, 3)) is None  # no demo users yet
    for username, role in ROLES.items():
        member(username, role)
    plan = load_demo(datetime.date(2026, 11, 3))
    assert (plan.quarter, plan.version, plan.live) == ("2026-Q4", 1, True)
    assert plan.signed_by.username == "koordinator"
    assert plan.received_by.username == "kepaladinas"
    assert plan.submitted_by.username == "subkoordinator"
    assert {item.target_month for item in plan.items.all()} <= {10, 11, 12}
    assert load_demo(datetime.date(2026, 12, 1)) == plan
    assert ContentPlan.objects.count() == 1
