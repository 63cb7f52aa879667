"""Disclosure control for the figures the public sees (the statistics page and the published
annual report): no published figure may let a reader work out that a category holds exactly
one or two requests (or objections, or survey answers).

Hiding the small cells alone is not enough: a breakdown's cells add up to a total that is
published too, so with "online 6, desk < 3, letter < 3, e-mail < 3" and 12 requests in all,
each hidden cell is 2. So, in every breakdown (assuming, to be safe, that its sum is known):

- cells of 1 or 2 are shown as "< 3" (primary suppression), and so are the zeros of a
  breakdown that has such a cell (a "< 3" then means 0, 1 or 2);
- while the sum and the shown cells still pin a hidden cell to one value, the smallest shown
  cell of 3 or more is shown as "≥ 3" too (secondary suppression);
- if even that cannot protect the hidden cells, no cell of the breakdown is shown ("-").

Single figures (totals, sengketa, putusan) of 1 or 2 are shown as "< 3"; the time to answer
and the survey index are not shown when they rest on fewer than 3 requests or answers. The
internal, signed report (PDF, XLSX) keeps the exact figures.
"""

from __future__ import annotations

import copy

SMALL = 3
BELOW = f"< {SMALL}"
AT_LEAST = f"≥ {SMALL}"
WITHHELD = "-"

Shown = int | str


def public_count(count: int) -> Shown:
    """A single figure safe to publish: 1 and 2 could point at a person."""
    return BELOW if 0 < count < SMALL else count


def bounds(shown: Shown, total: int) -> tuple[int, int]:
    """What a reader knows of a cell from what is shown."""
    if shown == BELOW:
        return 0, SMALL - 1
    if shown == AT_LEAST:
        return SMALL, total
    if shown == WITHHELD:
        return 0, total
    return int(shown), int(shown)


def pinned(values: list[int], shown: list[Shown]) -> bool:
    """Whether the sum of `values` and the `shown` cells fix a hidden cell of 1 or 2 exactly."""
    total = sum(values)
    known = [bounds(cell, total) for cell in shown]
    lows = sum(low for low, _high in known)
    highs = sum(high for _low, high in known)
    for index, value in enumerate(values):
        if shown[index] == value or not 0 < value < SMALL:
            continue
        low, high = known[index]
        least = max(low, total - (highs - high))
        most = min(high, total - (lows - low))
        if least == most:
            return True
    return False


def protect(values: list[int]) -> list[Shown]:
    """The cells of one breakdown as they may be published (see the module's docstring)."""
    if not any(0 < value < SMALL for value in values):
        return list(values)
    shown: list[Shown] = [BELOW if value < SMALL else value for value in values]
    while pinned(values, shown):
        candidates = [i for i, cell in enumerate(shown) if isinstance(cell, int)]
        if not candidates:
            return [WITHHELD] * len(values)
        smallest = min(candidates, key=lambda i: values[i])
        shown[smallest] = AT_LEAST
    return shown


def protect_rows(rows: list[dict]) -> list[dict]:
    """[{code, label, count}] with each count replaced by what may be published."""
    shown = protect([row["count"] for row in rows])
    return [{**row, "count": cell} for row, cell in zip(rows, shown, strict=True)]


BREAKDOWNS = ("by_channel", "by_requester_type", "by_decision", "refused_by_ground")


def public_figures(figures: dict) -> dict:
    """A copy of `figures` (annual_figures) with every count as it may be published."""
    public = copy.deepcopy(figures)
    public["requests"] = public_count(figures["requests"])
    public["rejected_incomplete"] = public_count(figures["rejected_incomplete"])
    for key in BREAKDOWNS:
        public[key] = protect_rows(figures[key])

    times = figures["answer_times"]
    split = protect([times["within_10_days"], times["within_extension"], times["late"]])
    public["answer_times"] = {
        **times,
        "decided": public_count(times["decided"]),
        "within_10_days": split[0],
        "within_extension": split[1],
        "late": split[2],
    }
    if times["decided"] < SMALL:
        public["answer_times"]["median_days"] = None
        public["answer_times"]["p90_days"] = None

    objections = figures["objections"]
    public["objections"] = {
        **objections,
        "total": public_count(objections["total"]),
        "by_ground": protect_rows(objections["by_ground"]),
        "by_outcome": protect_rows(objections["by_outcome"]),
        "disputes": public_count(objections["disputes"]),
        "rulings": public_count(objections["rulings"]),
    }
    survey = figures.get("survey")
    if survey and survey["respondents"] < SMALL:
        public["survey"] = None
    return public
