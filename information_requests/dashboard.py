"""Where the service stands, for the "Kepatuhan SOP" page: open requests per stage, those past
their due date (10 + 7 working days, Pasal 22), objections past their 30 working days. Grouped
queries: the count does not grow with the rows."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from sop_governance.calendar import office_date

from .models import CLOCK_STAGES, OPEN_STAGES, InformationRequest, Objection, ObjectionStage, Stage

VIEW_PERMISSION = "information_requests.view_informationrequest"


@dataclass(frozen=True)
class StageRow:
    stage: str
    label: str
    count: int
    overdue: int
    url: str


def request_rows(today: datetime.date) -> list[StageRow]:
    rows = {
        row["stage"]: row
        for row in InformationRequest.objects.filter(stage__in=OPEN_STAGES)
        .values("stage")
        .annotate(
            count=Count("pk"),
            overdue=Count("pk", filter=Q(stage__in=CLOCK_STAGES, due_date__lt=today)),
        )
        .order_by()
    }
    index = reverse("information_requests_admin:index")
    return [
        StageRow(
            stage,
            str(Stage(stage).label),
            rows[stage]["count"],
            rows[stage]["overdue"],
            f"{index}?stage={stage}",
        )
        for stage in OPEN_STAGES
        if stage in rows
    ]


def overdue_requests(today: datetime.date):
    return (
        InformationRequest.objects.filter(stage__in=CLOCK_STAGES, due_date__lt=today)
        .order_by("due_date", "pk")
        .only("pk", "number", "due_date", "stage")
    )


def overdue_objections(today: datetime.date):
    return (
        Objection.objects.filter(stage=ObjectionStage.RECEIVED, due_date__lt=today)
        .order_by("due_date", "pk")
        .only("pk", "number", "due_date")
    )


class ServiceComplianceSection(Component):
    template_name = "information_requests/admin/compliance_section.html"

    def __init__(self, today: datetime.date):
        self.today = today

    def get_context_data(self, parent_context=None):
        rows = request_rows(self.today)
        return {
            "rows": rows,
            "total": sum(row.count for row in rows),
            "overdue": list(overdue_requests(self.today)[:20]),
            "overdue_count": sum(row.overdue for row in rows),
            "overdue_objections": list(overdue_objections(self.today)[:20]),
            "index_url": reverse("information_requests_admin:index"),
        }


def compliance_section(request) -> Component | None:
    if not request.user.has_perm(VIEW_PERMISSION):
        return None
    return ServiceComplianceSection(office_date(timezone.now()))


def stages_waiting_for(user) -> list[str]:
    """Request stages whose next step belongs to one of `user`'s roles."""
    from .roles import group_names
    from .transitions import REQUEST, STAGE_GROUPS

    groups = group_names(user)
    return [
        stage
        for (kind, stage), owners in STAGE_GROUPS.items()
        if kind == REQUEST and owners & groups
    ]


class ServiceHomePanel(Component):
    """Admin home: the requests and objections waiting for this user's role."""

    name = "information_requests"
    order = 150
    template_name = "information_requests/admin/home_panel.html"

    def __init__(self, rows: list[StageRow], objections: int):
        self.rows = rows
        self.objections = objections

    def get_context_data(self, parent_context=None):
        return {
            "rows": self.rows,
            "objections": self.objections,
            "objections_url": reverse("objections_admin:index"),
        }


def home_panel(request) -> Component | None:
    from .roles import ATASAN_PPID, in_group

    if not request.user.has_perm(VIEW_PERMISSION):
        return None
    stages = stages_waiting_for(request.user)
    objections = 0
    if in_group(request.user, ATASAN_PPID):
        objections = Objection.objects.filter(stage=ObjectionStage.RECEIVED).count()
    if not stages and not objections:
        return None
    today = office_date(timezone.now())
    rows = [row for row in request_rows(today) if row.stage in stages]
    return ServiceHomePanel(rows, objections)
