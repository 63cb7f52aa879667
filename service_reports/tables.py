"""The report's figures as captioned tables: one layout for the page, the PDF and the XLSX."""

from __future__ import annotations

from django.utils.translation import gettext as _


def number(value, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}".replace(".", ",")
    return str(value)


def figure_tables(figures: dict) -> list[tuple[str, list[list[str]]]]:
    """[(caption, rows with a header row)]. The public pages pass
    `disclosure.public_figures(figures)`, whose counts are already what may be published."""
    count = str
    tables = [
        (
            _("Requests for information in %(year)s") % {"year": figures["year"]},
            [
                [_("Figure"), _("Count")],
                [_("Requests registered"), str(figures["requests"])],
                [_("Rejected as incomplete"), count(figures["rejected_incomplete"])],
            ],
        )
    ]
    for key, caption in (
        ("by_channel", _("Requests by channel")),
        ("by_requester_type", _("Requests by requester type")),
        ("by_decision", _("Decisions")),
        ("refused_by_ground", _("Refusals by UU 14/2008 Pasal 17 ground")),
    ):
        tables.append(
            (
                caption,
                [[_("Category"), _("Count")]]
                + [[row["label"], count(row["count"])] for row in figures[key]],
            )
        )
    times = figures["answer_times"]
    tables.append(
        (
            _("Time to answer (working days from registration to the written notice)"),
            [
                [_("Figure"), _("Value")],
                [_("Requests decided"), str(times["decided"])],
                [_("Median (working days)"), number(times["median_days"])],
                [_("90th percentile (working days)"), number(times["p90_days"])],
                [_("Answered within 10 working days"), count(times["within_10_days"])],
                [_("Answered within the extension"), count(times["within_extension"])],
                [_("Answered late"), count(times["late"])],
            ],
        )
    )
    objections = figures["objections"]
    tables.append(
        (
            _("Keberatan and sengketa"),
            [[_("Figure"), _("Count")], [_("Keberatan filed"), str(objections["total"])]]
            + [[row["label"], count(row["count"])] for row in objections["by_ground"]]
            + [[row["label"], count(row["count"])] for row in objections["by_outcome"]]
            + [
                [_("Sengketa registered at the Komisi Informasi"), count(objections["disputes"])],
                [_("Putusan received"), count(objections["rulings"])],
            ],
        )
    )
    survey = figures.get("survey")
    if survey:
        tables.append(
            (
                _("Satisfaction survey (IKM, PermenPAN-RB 14/2017)"),
                [[_("Element"), _("Average (1-4)")]]
                + [[row["label"], number(row["average"], 2)] for row in survey["elements"]]
                + [
                    [_("Respondents"), str(survey["respondents"])],
                    [_("IKM value (25-100)"), number(survey["value"])],
                    [_("Grade"), f"{survey['grade']} ({survey['quality']})"],
                ],
            )
        )
    return tables
