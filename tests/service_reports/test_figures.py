"""The annual figures: from the registers, by aggregate queries (a fixed number of them)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from information_requests.models import InformationRequest
from service_reports import ikm
from service_reports.disclosure import public_count
from service_reports.figures import annual_figures
from service_reports.models import SurveyResponse

from .conftest import YEAR, register_rows

pytestmark = pytest.mark.django_db


def by_code(rows: list[dict]) -> dict[str, int]:
    return {row["code"]: row["count"] for row in rows}


def test_ikm_follows_permenpan_rb_14_2017():
    nine = [code for code, _label in ikm.ELEMENTS]
    best = ikm.index(dict.fromkeys(nine, 40), 10)
    assert (best.ikm, best.value, best.grade, best.quality) == (4.0, 100.0, "A", "Sangat Baik")
    good = ikm.index(dict.fromkeys(nine, 30), 10)  # 3.00 x 25 = 75.00: below B's 76.61
    assert (good.value, good.grade) == (75.0, "C")
    mixed = ikm.index({**dict.fromkeys(nine, 35), "u4": 40}, 10)  # (8 x 3.5 + 4) / 9
    assert mixed.ikm == round(32 / 9, 4) and mixed.grade == "A"  # 88.89
    assert ikm.index(dict.fromkeys(nine, 0), 0) is None


def test_counts_by_channel_type_decision_and_the_clock():
    register_rows(3)
    register_rows(2, start=4, channel="langsung", requester_type="badan_hukum")
    register_rows(1, start=6, decision="ditolak", exemption_ground="h")
    register_rows(1, start=7, decided_on=datetime.date(YEAR, 3, 20))  # after the due date
    register_rows(1, start=8, stage="ditolak_administratif", decision="", decided_on=None)
    register_rows(4, year=YEAR - 1)  # another year

    figures = annual_figures(YEAR)
    assert figures["requests"] == 8
    channels = by_code(figures["by_channel"])
    assert channels["online"] == 6 and channels["langsung"] == 2
    assert by_code(figures["by_requester_type"])["badan_hukum"] == 2
    decisions = by_code(figures["by_decision"])
    assert decisions["dikabulkan_seluruhnya"] == 6 and decisions["ditolak"] == 1
    assert by_code(figures["refused_by_ground"])["h"] == 1
    assert figures["rejected_incomplete"] == 1
    times = figures["answer_times"]
    assert times["decided"] == 7 and times["late"] == 1 and times["within_10_days"] == 6
    assert times["median_days"] == 5.0  # Monday 2 March to Monday 9 March
    assert times["p90_days"] == 14.0  # to Friday 20 March
    assert figures["survey"] is None


def test_survey_index_in_the_figures():
    register_rows(2)
    for request, answer in zip(InformationRequest.objects.order_by("pk"), (4, 3), strict=True):
        SurveyResponse.objects.create(request=request, **{f"u{i}": answer for i in range(1, 10)})
    survey = annual_figures(YEAR)["survey"]
    assert survey["respondents"] == 2 and survey["value"] == 87.5 and survey["grade"] == "B"


def test_the_number_of_queries_does_not_grow_with_the_requests():
    register_rows(2)
    with CaptureQueriesContext(connection) as small:
        annual_figures(YEAR)
    register_rows(150, start=10, channel="surat", decision="dikabulkan_sebagian")
    with CaptureQueriesContext(connection) as large:
        figures = annual_figures(YEAR)
    assert figures["requests"] == 152
    assert len(large.captured_queries) == len(small.captured_queries) <= 12


def test_small_counts_are_hidden_on_the_public_page():
    assert [public_count(n) for n in (0, 1, 2, 3, 40)] == [0, "< 3", "< 3", 3, 40]
