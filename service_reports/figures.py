"""The figures of a year of the information service, from the registers.

A fixed number of aggregate queries whatever the number of requests (tested): counts are
grouped in the database; only the time to answer reads one row per decided request (two dates
and a flag), because working days follow the office calendar, not SQL.
"""

from __future__ import annotations

import math
from collections import Counter

from django.db.models import Count, Sum

from information_requests.models import (
    Channel,
    Decision,
    ExemptionGround,
    InformationRequest,
    Objection,
    ObjectionGround,
    ObjectionOutcome,
    RequesterType,
    Stage,
)
from sop_governance.calendar import office_date, working_days_between

from . import ikm
from .models import SurveyResponse

ANSWER_DAYS = 10  # UU 14/2008 Pasal 22 ayat (7)
EXTENSION_DAYS = 7  # Pasal 22 ayat (8)


def grouped(queryset, field: str, choices) -> list[dict]:
    """[{code, label, count}] for every choice, in the choices' order (zeros included)."""
    counts = dict(queryset.values_list(field).annotate(n=Count("pk")).order_by())
    return [
        {"code": code, "label": str(label), "count": counts.get(code, 0)}
        for code, label in choices
    ]


def percentile(values: list[int], fraction: float) -> float | None:
    """Nearest-rank percentile (None for no values)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return float(ordered[rank - 1])


def median(values: list[int]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def answer_times(requests) -> dict:
    """Working days from registration to the written notice (pemberitahuan tertulis)."""
    rows = requests.exclude(decided_at=None).values_list(
        "registered_at", "decided_at", "due_date", "extended"
    )
    days, within, within_extension, late = [], 0, 0, 0
    for registered_at, decided_at, due_date, extended in rows:
        days.append(working_days_between(registered_at, decided_at))
        if due_date is not None and office_date(decided_at) > due_date:
            late += 1
        elif extended:
            within_extension += 1
        else:
            within += 1
    return {
        "decided": len(days),
        "median_days": median(days),
        "p90_days": percentile(days, 0.9),
        "within_10_days": within,
        "within_extension": within_extension,
        "late": late,
    }


def objection_figures(year: int) -> dict:
    objections = Objection.objects.filter(year=year).exclude(number="")
    by_ground: Counter = Counter()
    total, disputes, rulings = 0, 0, 0
    for grounds, dispute_on, result in objections.values_list(
        "grounds", "dispute_registered_on", "dispute_result"
    ):
        total += 1
        by_ground.update(set(grounds))
        disputes += dispute_on is not None
        rulings += bool(result.strip())
    return {
        "total": total,
        "by_ground": [
            {"code": code, "label": str(label), "count": by_ground.get(code, 0)}
            for code, label in ObjectionGround.choices
        ],
        "by_outcome": grouped(objections, "outcome", ObjectionOutcome.choices),
        "disputes": disputes,
        "rulings": rulings,
    }


def survey_figures(year: int) -> dict | None:
    codes = [code for code, _label in ikm.ELEMENTS]
    sums = SurveyResponse.objects.filter(request__year=year).aggregate(
        respondents=Count("pk"), **{code: Sum(code) for code in codes}
    )
    result = ikm.index({code: sums[code] or 0 for code in codes}, sums["respondents"])
    if result is None:
        return None
    return {
        "respondents": result.respondents,
        "elements": [
            {"code": code, "label": label, "average": round(result.element_averages[code], 2)}
            for code, label in ikm.ELEMENTS
        ],
        "ikm": result.ikm,
        "value": result.value,
        "grade": result.grade,
        "quality": result.quality,
    }


def annual_figures(year: int) -> dict:
    """Every figure of the Laporan Layanan Informasi Publik of `year`."""
    requests = InformationRequest.objects.filter(year=year).exclude(number="")
    refused = requests.filter(decision=Decision.REFUSED)
    return {
        "year": year,
        "requests": requests.count(),
        "by_channel": grouped(requests, "channel", Channel.choices),
        "by_requester_type": grouped(requests, "requester_type", RequesterType.choices),
        "by_decision": grouped(requests, "decision", Decision.choices),
        "refused_by_ground": grouped(refused, "exemption_ground", ExemptionGround.choices),
        "rejected_incomplete": requests.filter(stage=Stage.REJECTED).count(),
        "answer_times": answer_times(requests),
        "objections": objection_figures(year),
        "survey": survey_figures(year),
    }


def years_with_requests() -> list[int]:
    return sorted(
        InformationRequest.objects.exclude(year=None)
        .exclude(number="")
        .values_list("year", flat=True)
        .distinct(),
        reverse=True,
    )
