"""C2 and C1 figures against hand-computed values (tests/evaluations/data.py, fixed dates)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sop_governance.evaluations import metrics
from sop_governance.evaluations.periods import parse

from . import data

pytestmark = pytest.mark.django_db

NOW_C2 = data.at(11, 22, 9)
NOW_C1 = data.at(1, 5, 9, year=2027)


@pytest.fixture
def fixture():
    return data.build()


def test_c2_october(fixture):
    result = metrics.monthly(parse("monthly", "2026-10"), NOW_C2)

    assert result["published"] == {
        "total": 4,
        "pages": 3,
        "by_category": {
            "berkala": 2,
            "serta_merta": 1,
            "setiap_saat": 0,
            "dikecualikan": 0,
            "other": 1,
        },
        "by_month": {"2026-10": 4},
    }
    assert result["review_stages"] == [
        {"task": "Pemindaian privasi", "count": 2, "median_hours": 0.0, "p90_hours": 0.0},
        {"task": "Tinjauan Sub Koordinator", "count": 5, "median_hours": 3.0, "p90_hours": 120.0},
        {"task": "Persetujuan Koordinator", "count": 3, "median_hours": 4.0, "p90_hours": 104.0},
    ]
    assert result["slow_reviews"] == {"limit_working_days": 2, "decided_late": 1, "open": 1}
    assert result["rejections"] == {
        "scan": 1,
        "scan_findings_by_kind": {"email": 1, "nik": 2, "phone": 1},
        "reviewers": {"Tinjauan Sub Koordinator": 1},
        "reviewers_total": 1,
    }
    assert result["forced_publications"] == {"total": 2, "reviewed": 1, "awaiting_review": 1}
    assert result["takedowns"] == 1


def test_c1_second_half_of_2026(fixture):
    result = metrics.semiannual(parse("semiannual", "2026-H2"), NOW_C1)

    assert result["published"]["total"] == 6
    assert result["published"]["by_month"] == {"2026-08": 1, "2026-10": 4, "2026-11": 1}
    sub = result["review_stages"][1]
    assert sub == {
        "task": "Tinjauan Sub Koordinator",
        "count": 7,
        "median_hours": 24.0,
        "p90_hours": 120.0,
    }
    assert result["slow_reviews"] == {"limit_working_days": 2, "decided_late": 1, "open": 2}
    assert result["rejections"]["scan_findings_by_kind"] == {"email": 1, "nik": 3, "phone": 1}
    assert result["forced_publications"] == {"total": 3, "reviewed": 1, "awaiting_review": 2}
    assert result["dip_freshness"] == {
        "threshold_days": 183,
        "stale_count": 1,
        "entries": [
            {"title": "Laporan Keuangan", "number": "DIP/2025/001", "last_published": "2026-03-01"}
        ],
    }
    uploads = result["uploads"]
    assert uploads["documents"] == {
        "2026-07": 1,
        "2026-08": 1,
        "2026-09": 0,
        "2026-10": 0,
        "2026-11": 0,
        "2026-12": 0,
    }
    assert uploads["submissions"]["2026-10"] == 1
    assert uploads["months_without_uploads"] == ["2026-09", "2026-11", "2026-12"]
    security = result["security"]
    assert security["totals"] == {
        "failed_logins": 4,
        "lockouts": 0,
        "scan_blocks": 3,
        "document_blocks": 0,
        "unpublishes": 1,
        "takedowns": 1,
    }
    assert security["by_month"]["failed_logins"] == {
        "2026-07": 0,
        "2026-08": 3,
        "2026-09": 0,
        "2026-10": 0,
        "2026-11": 0,
        "2026-12": 1,
    }
    assert security["by_month"]["scan_blocks"]["2026-09"] == 1


def test_a_month_without_anything_gives_zeros():
    result = metrics.monthly(parse("monthly", "2026-03"), NOW_C2)
    assert result["published"]["total"] == 0
    assert result["review_stages"] == []
    assert result["rejections"]["scan_findings_by_kind"] == {}
    assert result["slow_reviews"]["decided_late"] == 0


def test_query_count_does_not_grow_with_rows(fixture):
    period = parse("semiannual", "2026-H2")
    with CaptureQueriesContext(connection) as small:
        metrics.semiannual(period, NOW_C1, check_links=False)
    more = data.build_more(fixture, copies=5)
    assert more > 0
    with CaptureQueriesContext(connection) as large:
        metrics.semiannual(period, NOW_C1, check_links=False)
    assert len(large) == len(small)
