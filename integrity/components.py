"""Open integrity alerts on the admin home and on the "Kepatuhan SOP" page (aggregate queries)."""

from django.db.models import Count, Max
from django.urls import reverse
from wagtail.admin.ui.components import Component

from .models import AlertKind, IntegrityAlert

VIEW_PERMISSION = "integrity.view_integrityalert"


def open_counts() -> list[dict]:
    """Open alerts per kind, with the latest sighting: one query."""
    rows = (
        IntegrityAlert.objects.open()
        .values("kind")
        .annotate(count=Count("pk"), pages=Count("page", distinct=True), latest=Max("last_seen"))
        .order_by("kind")
    )
    index_url = reverse("integrity_alerts:index")
    return [
        row
        | {
            "label": AlertKind(row["kind"]).label,
            "url": f"{index_url}?kind={row['kind']}&status=open",
        }
        for row in rows
    ]


class OpenAlerts(Component):
    """Open alerts per kind; `heading_level` 2 on the compliance page, a dashboard panel on
    the admin home."""

    name = "integrity_alerts"
    order = 95

    def __init__(self, template_name: str):
        self.template_name = template_name

    def get_context_data(self, parent_context=None) -> dict:
        from .watch_runs import last_run, overdue, status_text

        counts = open_counts()
        at = last_run()
        return {
            "watch_status": status_text(),
            "watch_overdue": overdue(at),
            "counts": counts,
            "total": sum(row["count"] for row in counts),
            "index_url": reverse("integrity_alerts:index"),
        }


def compliance_section(request) -> OpenAlerts | None:
    if not request.user.has_perm(VIEW_PERMISSION):
        return None
    return OpenAlerts("integrity/compliance_section.html")


def home_panel(request) -> OpenAlerts | None:
    if not request.user.has_perm(VIEW_PERMISSION):
        return None
    return OpenAlerts("integrity/home_panel.html")
