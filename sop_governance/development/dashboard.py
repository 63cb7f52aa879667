"""Where development requests stand: counts per stage and stalled requests, by aggregate queries.

Two components: a section of the "Kepatuhan SOP" page (hook `register_sop_compliance_sections`)
and a panel on the admin home for the roles that take steps (`construct_homepage_panels`).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Min, Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from sop_governance.calendar import working_days_between

from .models import OPEN_STAGES, DevelopmentRequest, Stage
from .transitions import STAGE_GROUPS, group_names

VIEW_PERMISSION = "sop_development.view_developmentrequest"
# A request that has not moved for this many working days is stalled.
DEFAULT_STALLED_WORKING_DAYS = 10


def stalled_working_days() -> int:
    return int(
        getattr(settings, "SOP_DEVELOPMENT_STALLED_WORKING_DAYS", DEFAULT_STALLED_WORKING_DAYS)
    )


def stalled_cutoff(now: datetime.datetime, days: int) -> datetime.datetime:
    """The latest moment from which `days` working days have passed by `now` (office dates):
    a request whose stage changed before it is stalled."""
    moment = now
    while working_days_between(moment, now) < days:
        moment -= datetime.timedelta(days=1)
    # Anything earlier on that office date has waited as long: stalled from the day's end.
    local = timezone.localtime(moment)
    return local.replace(hour=0, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)


@dataclass(frozen=True)
class StageCount:
    stage: str
    label: str
    count: int
    stalled: int
    oldest: datetime.datetime | None
    url: str


def stage_counts(
    now: datetime.datetime | None = None, stages: list[str] | None = None
) -> list[StageCount]:
    """Open requests per stage (in SOP order) and how many of them are stalled: one query."""
    now = now or timezone.now()
    cutoff = stalled_cutoff(now, stalled_working_days())
    stages = [stage for stage in OPEN_STAGES if stages is None or stage in stages]
    rows = {
        row["stage"]: row
        for row in DevelopmentRequest.objects.filter(stage__in=stages)
        .values("stage")
        .annotate(
            count=Count("pk"),
            stalled=Count("pk", filter=Q(stage_changed_at__lt=cutoff)),
            oldest=Min("stage_changed_at"),
        )
        .order_by()
    }
    index_url = reverse("development_requests:index")
    return [
        StageCount(
            stage=stage,
            label=str(Stage(stage).label),
            count=rows[stage]["count"],
            stalled=rows[stage]["stalled"],
            oldest=rows[stage]["oldest"],
            url=f"{index_url}?stage={stage}",
        )
        for stage in stages
        if stage in rows
    ]


def stages_waiting_for(user) -> list[str]:
    """The stages whose next step the SOP gives to one of `user`'s roles."""
    groups = group_names(user)
    return [stage for stage, owners in STAGE_GROUPS.items() if owners & groups]


class DevelopmentComplianceSection(Component):
    """Kepatuhan SOP: open development requests by stage, with the stalled ones."""

    template_name = "sop_development/compliance_section.html"

    def __init__(self, counts: list[StageCount], days: int):
        self.counts = counts
        self.days = days

    def get_context_data(self, parent_context=None):
        return {
            "counts": self.counts,
            "total": sum(row.count for row in self.counts),
            "stalled": sum(row.stalled for row in self.counts),
            "days": self.days,
            "index_url": reverse("development_requests:index"),
        }


def compliance_section(request) -> Component | None:
    if not request.user.has_perm(VIEW_PERMISSION):
        return None
    return DevelopmentComplianceSection(stage_counts(), stalled_working_days())


class DevelopmentHomePanel(Component):
    """Admin home: the development requests waiting for this user's role."""

    name = "sop_development_requests"
    order = 160
    template_name = "sop_development/home_panel.html"

    def __init__(self, counts: list[StageCount], days: int):
        self.counts = counts
        self.days = days

    def get_context_data(self, parent_context=None):
        return {
            "counts": self.counts,
            "total": sum(row.count for row in self.counts),
            "days": self.days,
            "index_url": reverse("development_requests:index"),
        }


def home_panel(request) -> Component | None:
    """Only for the roles that take steps (Operators only add input: no panel)."""
    if not request.user.has_perm(VIEW_PERMISSION):
        return None
    stages = stages_waiting_for(request.user)
    if not stages:
        return None
    return DevelopmentHomePanel(stage_counts(stages=stages), stalled_working_days())
