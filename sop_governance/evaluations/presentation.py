"""A report's metrics as titled tables and chart series: one source for the admin page, the A4
PDF and the XLSX file, so the three always say the same."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from ppid_pages.models.dip import DipCategory

from .metrics import OTHER
from .models import EvaluationReport
from .periods import MONTHLY


@dataclass(frozen=True)
class Table:
    title: str
    headers: list[str]
    rows: list[list[str]]
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class Chart:
    title: str
    labels: list[str]
    values: list[float]


def category_label(code: str) -> str:
    try:
        return str(DipCategory(code).label)
    except ValueError:
        return _("Other pages")


def categories(by_category: dict) -> list[tuple[str, int]]:
    """In the DIP's own order (PostgreSQL's jsonb does not keep the keys' order); a code no
    longer in DipCategory (a report stored before it was retired) comes last, not as an error."""
    rank = {code: index for index, code in enumerate([*DipCategory.values, OTHER])}
    return sorted(by_category.items(), key=lambda item: rank.get(item[0], len(rank)))


def text(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return str(value)


def not_available(title: str) -> Table:
    return Table(title, [_("Note")], [[_("Not available: the module is not installed.")]])


def summary_table(metrics: dict) -> Table:
    published = metrics["published"]
    rejections = metrics["rejections"]
    slow = metrics["slow_reviews"]
    forced = metrics["forced_publications"]
    rows = [
        [_("Publications"), text(published["total"])],
        [_("Pages published"), text(published["pages"])],
        [_("Rejected by the privacy scan"), text(rejections["scan"])],
        [_("Rejected by reviewers"), text(rejections["reviewers_total"])],
        [
            _("Reviews decided after more than %(days)d working days")
            % {"days": slow["limit_working_days"]},
            text(slow["decided_late"]),
        ],
        [_("Reviews still waiting too long at the end of the period"), text(slow["open"])],
        [_("Serta merta publications at once"), text(forced["total"])],
        [_("... reviewed afterwards"), text(forced["reviewed"])],
        [_("... awaiting the retrospective review"), text(forced["awaiting_review"])],
        [_("Take-downs"), text(metrics["takedowns"])],
    ]
    return Table(_("Summary"), [_("Measure"), _("Value")], rows, (3, 1))


def category_table(metrics: dict) -> Table:
    rows = [
        [category_label(code), text(count)]
        for code, count in categories(metrics["published"]["by_category"])
    ]
    return Table(_("Publications by DIP category"), [_("Category"), _("Count")], rows, (3, 1))


def stage_table(metrics: dict) -> Table:
    rows = [
        [
            stage["task"],
            text(stage["count"]),
            text(stage.get("median_hours")),
            text(stage.get("p90_hours")),
        ]
        for stage in metrics["review_stages"]
    ]
    headers = [_("Stage"), _("Decided"), _("Median (hours)"), _("90th percentile (hours)")]
    return Table(_("Time in each review stage"), headers, rows, (3, 1, 1.5, 1.5))


def rejection_table(metrics: dict) -> Table:
    rejections = metrics["rejections"]
    rows = [
        [_("Privacy scan finding: %(kind)s") % {"kind": kind.upper()}, text(count)]
        for kind, count in sorted(rejections["scan_findings_by_kind"].items())
    ]
    rows += [
        [_("Rejected in '%(task)s'") % {"task": task}, text(count)]
        for task, count in sorted(rejections["reviewers"].items())
    ]
    return Table(_("Rejections by reason"), [_("Reason"), _("Count")], rows, (3, 1))


def plan_table(metrics: dict) -> Table:
    title = _("Content plan progress (daftar konten)")
    progress = metrics.get("content_plan")
    if progress is None:
        return not_available(title)
    rows = [
        [
            row["quarter"],
            text(row["version"]),
            text(row["signed"]),
            text(row["items"]),
            text(row["done"]),
        ]
        for row in progress
    ]
    headers = [_("Quarter"), _("Version"), _("Signed"), _("Items"), _("Published")]
    return Table(title, headers, rows)


def development_table(metrics: dict) -> Table:
    title = _("Development requests")
    development = metrics.get("development")
    if development is None:
        return not_available(title)
    rows = [
        [_("Stage changes in the period"), text(development["steps"])],
        [_("Requests moved"), text(development["moved"])],
        [_("Requests open at the end of the period"), text(development["open"])],
        [
            _("Stalled (no move for %(days)d working days or more)")
            % {"days": development["stalled_after_working_days"]},
            text(development["stalled"]),
        ],
    ]
    return Table(title, [_("Measure"), _("Value")], rows, (3, 1))


def months_table(metrics: dict) -> Table:
    uploads = metrics["uploads"]
    security = metrics["security"]["by_month"]
    published = metrics["published"]["by_month"]
    rows = [
        [
            code,
            text(published.get(code, 0)),
            text(uploads["documents"][code]),
            text(uploads["submissions"][code]),
            text(security["failed_logins"][code]),
            text(security["scan_blocks"][code] + security["document_blocks"][code]),
            text(security["unpublishes"][code]),
        ]
        for code in sorted(uploads["documents"])
    ]
    headers = [
        _("Month"),
        _("Publications"),
        _("Documents uploaded"),
        _("Submitted for review"),
        _("Failed logins"),
        _("Scan blocks"),
        _("Unpublished"),
    ]
    return Table(_("Month by month"), headers, rows)


def security_table(metrics: dict) -> Table:
    totals = metrics["security"]["totals"]
    labels = {
        "failed_logins": _("Failed logins"),
        "lockouts": _("Lockouts"),
        "scan_blocks": _("Content blocked by the privacy scan"),
        "document_blocks": _("Documents blocked by the scan"),
        "unpublishes": _("Unpublished pages"),
        "takedowns": _("Take-downs with a reason"),
    }
    rows = [[label, text(totals.get(key, 0))] for key, label in labels.items()]
    return Table(_("Security events"), [_("Event"), _("Count")], rows, (3, 1))


def freshness_table(metrics: dict) -> Table:
    freshness = metrics["dip_freshness"]
    rows = [
        [entry["number"], entry["title"], text(entry["last_published"])]
        for entry in freshness["entries"]
    ]
    title = _("Informasi berkala not updated for more than 6 months: %(count)d") % {
        "count": freshness["stale_count"]
    }
    headers = [_("Number"), _("Title"), _("Last published")]
    return Table(title, headers, rows, (1.5, 4, 1.5))


def gaps_table(metrics: dict) -> Table:
    quarters = metrics.get("quarters_without_signed_plan")
    months = metrics["uploads"]["months_without_uploads"]
    rows = [
        [
            _("Quarters without a signed plan"),
            _("Not available") if quarters is None else (", ".join(quarters) or "-"),
        ],
        [_("Months without uploads"), ", ".join(months) or "-"],
    ]
    return Table(_("Gaps in the SOP routine"), [_("Measure"), _("Periods")], rows, (2, 3))


def links_table(metrics: dict) -> Table:
    links = metrics.get("broken_links")
    title = _("Broken links on the public site")
    if links is None:
        return Table(title, [_("Note")], [[_("Not checked.")]])
    external = links["external"]
    note = (
        _("External links checked: %(count)d") % {"count": external["count"]}
        if external["checked"]
        else _("External links not checked (no network allowed): %(count)d")
        % {"count": external["count"]}
    )
    rows = [[row["page"], row["target"], row["reason"]] for row in links["broken"]]
    rows.append(
        [
            _("%(pages)d pages, %(links)d links checked")
            % {"pages": links["pages_checked"], "links": links["links_checked"]},
            note,
            _("Broken: %(count)d") % {"count": links["broken_count"]},
        ]
    )
    return Table(title, [_("Page"), _("Link"), _("Problem")], rows, (2, 3, 3))


def tables(report: EvaluationReport) -> list[Table]:
    metrics = report.metrics
    result = [
        summary_table(metrics),
        category_table(metrics),
        stage_table(metrics),
        rejection_table(metrics),
        plan_table(metrics),
        development_table(metrics),
    ]
    if report.kind != MONTHLY:
        result += [
            months_table(metrics),
            gaps_table(metrics),
            freshness_table(metrics),
            security_table(metrics),
            links_table(metrics),
        ]
    return result


def charts(report: EvaluationReport) -> list[Chart]:
    metrics = report.metrics
    by_category = categories(metrics["published"]["by_category"])
    result = [
        Chart(
            _("Publications by DIP category"),
            [category_label(code) for code, _count in by_category],
            [count for _code, count in by_category],
        ),
        Chart(
            _("Median hours per review stage"),
            [stage["task"] for stage in metrics["review_stages"]],
            [stage.get("median_hours") or 0 for stage in metrics["review_stages"]],
        ),
    ]
    if report.kind != MONTHLY:
        months = sorted(metrics["uploads"]["documents"])
        published = metrics["published"]["by_month"]
        security = metrics["security"]["by_month"]
        result += [
            Chart(_("Publications per month"), months, [published.get(m, 0) for m in months]),
            Chart(
                _("Failed logins per month"),
                months,
                [security["failed_logins"][m] for m in months],
            ),
        ]
    return result
