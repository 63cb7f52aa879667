"""Admin UI pieces: the sections of the "Kepatuhan SOP" page, the admin home panel, and the
items table of a plan. Each section is a Wagtail `Component` built from aggregate queries."""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import Component

from . import compliance, uploads
from .quarters import PlanStatus

VIEW_PLANS = "sop_governance.view_contentplan"
OVERSIGHT = "moderation.view_approvalrecord"  # Sub Koordinator, Koordinator, Kepala Dinas


@dataclass
class Fact:
    label: str
    value: str
    url: str = ""
    warning: bool = False


@dataclass
class Section(Component):
    """A heading, a few facts, and optionally a small table."""

    heading: str
    facts: list[Fact] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    empty: str = ""
    name: str = ""
    links: list[str] = field(default_factory=list)  # per row: where its first cell leads
    template_name = "sop_governance/components/section.html"

    def get_context_data(self, parent_context=None):
        links = self.links or [""] * len(self.rows)
        return {"section": self, "rows": list(zip(self.rows, links, strict=False))}


class PlanItemsTable(Component):
    template_name = "sop_governance/components/plan_items.html"

    def __init__(self, plan):
        self.plan = plan

    def get_context_data(self, parent_context=None):
        from .printouts import plan_items

        return {"items": list(plan_items(self.plan)) if self.plan.pk else []}


def local(value) -> str:
    return date_format(timezone.localtime(value), "j F Y H:i") if value else "-"


# -- the sections of the "Kepatuhan SOP" page -----------------------------------------------


def plan_facts(today=None) -> list[Fact]:
    summary = compliance.this_quarter_plan(today)
    url = reverse("sop_governance_plans:list") + f"?quarter={summary.quarter.code}"
    facts = [
        Fact(_("Quarter"), summary.quarter.label, url),
        Fact(
            _("Status"),
            str(PlanStatus.LABELS[summary.status]),
            warning=summary.status in (PlanStatus.OVERDUE, PlanStatus.SIGNED_LATE),
        ),
        Fact(_("Signing deadline"), date_format(summary.quarter.signing_deadline, "j F Y")),
    ]
    if summary.plan is None:
        facts.append(Fact(_("Current plan"), _("None yet"), warning=True))
    else:
        plan_url = reverse("sop_governance_plans:inspect", args=[summary.plan.pk])
        facts += [
            Fact(_("Current plan"), str(summary.plan), plan_url),
            Fact(_("Plan status"), summary.plan.status_label()),
            Fact(_("Progress (done/total)"), f"{summary.done}/{summary.total}"),
        ]
    return facts


def plan_section(request, today=None) -> Section | None:
    if not request.user.has_perm(VIEW_PLANS):
        return None
    today = today or timezone.localdate()
    rows = [
        [quarter.label, str(PlanStatus.LABELS[status])]
        for quarter, status in compliance.recent_quarters(today)
    ]
    return Section(
        _("This quarter's content plan (A1)"),
        plan_facts(today),
        headers=[_("Quarter"), _("Status")],
        rows=rows,
        name="plan",
    )


def month_facts(today=None) -> list[Fact]:
    months = uploads.monthly_uploads(today)
    current, breaches = months[0], sum(1 for month in months if month.breach)
    url = reverse("sop_governance:uploads")
    facts = [
        Fact(_("Month"), current.label, url),
        Fact(_("Submitted for review"), str(current.submitted)),
        Fact(_("Published"), str(current.published_total), warning=current.published_total == 0),
        Fact(_("Months with no update (last 12)"), str(breaches), url, warning=breaches > 0),
    ]
    if len(months) > 1 and months[1].breach:
        facts.append(Fact(_("Last month"), months[1].status, url, warning=True))
    return facts


def uploads_section(request) -> Section | None:
    if not request.user.has_perm(VIEW_PLANS):
        return None
    return Section(_("This month's uploads (A2)"), month_facts(), name="uploads")


def review_table(rows: list[compliance.WaitingReview]) -> list[list]:
    return [[row.title, row.task, local(row.started_at), str(row.working_days)] for row in rows]


def review_links(rows: list[compliance.WaitingReview]) -> list[str]:
    """The page editor or the plan's page, from the content type (no query per row)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from .models import ContentPlan

    page_type = ContentType.objects.get_for_model(Page).pk
    plan_type = ContentType.objects.get_for_model(ContentPlan).pk
    links = []
    for row in rows:
        if row.content_type_id == page_type:
            links.append(reverse("wagtailadmin_pages:edit", args=[row.object_id]))
        elif row.content_type_id == plan_type:
            links.append(reverse("sop_governance_plans:inspect", args=[row.object_id]))
        else:
            links.append("")
    return links


def review_section(heading, facts, states, empty, name) -> Section:
    rows = compliance.review_rows(states) if int(facts[0].value) else []
    return Section(
        heading,
        facts,
        headers=[str(h) for h in REVIEW_HEADERS],
        rows=review_table(rows),
        links=review_links(rows),
        empty=empty,
        name=name,
    )


REVIEW_HEADERS = [
    gettext_lazy("Content"),
    gettext_lazy("Step"),
    gettext_lazy("Waiting since"),
    gettext_lazy("Working days"),
]


def my_reviews_section(request) -> Section | None:
    if not request.user.has_perm(VIEW_PLANS):
        return None
    states = compliance.reviews_for(request.user)
    count = states.count()
    return review_section(
        _("Waiting for your review"),
        [Fact(_("Items"), str(count), warning=count > 0)],
        states,
        _("Nothing waits for your review."),
        "my_reviews",
    )


def late_reviews_section(request) -> Section | None:
    if not request.user.has_perm(OVERSIGHT):
        return None
    states = compliance.late_reviews()
    count = states.count()
    return review_section(
        _("Reviews waiting more than %(days)s working days")
        % {"days": compliance.REVIEW_LIMIT_WORKING_DAYS},
        [Fact(_("Reviews"), str(count), warning=count > 0)],
        states,
        _("No review is late."),
        "late_reviews",
    )


def forced_section(request) -> Section | None:
    if not request.user.has_perm(OVERSIGHT):
        return None
    pending = compliance.forced_awaiting_review()
    count = pending.count()
    rows = [
        [record.page_title, local(record.forced_at), record.reason]
        for record in pending.order_by("forced_at")[: compliance.LIST_LIMIT]
    ]
    url = (
        reverse("moderation:forced_publications")
        if request.user.has_perm("moderation.review_forced_publication")
        else ""
    )
    return Section(
        _("Published at once, awaiting retrospective review"),
        [Fact(_("Pages"), str(count), url, warning=count > 0)],
        headers=[_("Page"), _("Published at"), _("Reason")],
        rows=rows,
        empty=_("No forced publication awaits review."),
        name="forced",
    )


def berkala_status(item: compliance.BerkalaItem) -> str:
    if item.missing:
        return _("Not published yet")
    if item.overdue:
        return _("Overdue: update it")
    return _("Up to date")


def berkala_section(request) -> Section | None:
    """The informasi berkala the body must publish (UU 14/2008 Pasal 9), each with the age of
    its newest public entry; overdue and missing ones are listed as reminders."""
    if not request.user.has_perm(VIEW_PLANS):
        return None
    from ppid_pages.models.dip import BERKALA_UPDATE_DAYS

    items = compliance.berkala_checklist()
    overdue = [item for item in items if item.overdue]
    facts = [
        Fact(_("Kinds of informasi berkala"), str(len(items))),
        Fact(_("Overdue or missing"), str(len(overdue)), warning=bool(overdue)),
    ]
    facts += [
        Fact(_("Reminder"), f"{item.label}: {berkala_status(item)}", warning=True)
        for item in overdue
    ]
    rows = [
        [
            item.label,
            date_format(timezone.localtime(item.last_update), "j F Y")
            if item.last_update
            else "-",
            "-" if item.age_days is None else str(item.age_days),
            berkala_status(item),
        ]
        for item in items
    ]
    return Section(
        _("Informasi berkala checklist (updated at least every %(days)s days)")
        % {"days": BERKALA_UPDATE_DAYS},
        facts,
        headers=[_("Information"), _("Last update"), _("Age (days)"), _("Status")],
        rows=rows,
        name="berkala",
    )


# -- the admin home panel, different per role ------------------------------------------------


class CompliancePanel(Component):
    name = "sop_compliance"
    order = 90
    template_name = "sop_governance/components/home_panel.html"

    def __init__(self, facts: list[Fact]):
        self.facts = facts

    def get_context_data(self, parent_context=None):
        return {"facts": self.facts, "compliance_url": reverse("sop_governance:compliance")}


def home_facts(user, today=None) -> list[Fact]:
    """What each role must see first; each fact is an aggregate query."""
    from .quarters import current_quarter

    roles = set(user.groups.values_list("name", flat=True))
    facts: list[Fact] = []
    if roles & {"Sub Koordinator", "Koordinator", "Kepala Dinas"}:
        summary = compliance.this_quarter_plan(today)
        facts.append(
            Fact(
                _("Content plan %(quarter)s") % {"quarter": summary.quarter.label},
                str(PlanStatus.LABELS[summary.status])
                + (f" ({summary.done}/{summary.total})" if summary.plan else ""),
                reverse("sop_governance:compliance"),
                warning=summary.status == PlanStatus.OVERDUE,
            )
        )
    if "Operator" in roles:
        mine = compliance.operator_items(user, current_quarter(today))
        facts.append(
            Fact(
                _("Your items in this quarter's content plan (done/total)"),
                f"{mine['done']}/{mine['total']}",
                reverse("sop_governance_plan_items:index") + f"?responsible={user.pk}",
                warning=mine["done"] < mine["total"],
            )
        )
    if roles & {"Operator", "Sub Koordinator", "Kepala Dinas"}:
        month = uploads.this_month(today)
        facts.append(
            Fact(
                _("Published this month (%(month)s)") % {"month": month.label},
                str(month.published_total),
                reverse("sop_governance:uploads"),
                warning=month.published_total == 0,
            )
        )
    if roles & {"Sub Koordinator", "Koordinator", "Kepala Dinas"}:
        count = compliance.reviews_for(user).count()
        facts.append(
            Fact(
                _("Waiting for your review"),
                str(count),
                reverse("sop_governance:compliance"),
                warning=count > 0,
            )
        )
    if roles & {"Koordinator", "Kepala Dinas"}:
        late = compliance.late_reviews().count()
        facts.append(
            Fact(
                _("Reviews waiting more than %(days)s working days")
                % {"days": compliance.REVIEW_LIMIT_WORKING_DAYS},
                str(late),
                reverse("sop_governance:compliance"),
                warning=late > 0,
            )
        )
    if "Sub Koordinator" in roles:
        forced = compliance.forced_awaiting_review().count()
        facts.append(
            Fact(
                _("Published at once, awaiting retrospective review"),
                str(forced),
                reverse("moderation:forced_publications"),
                warning=forced > 0,
            )
        )
    return facts
