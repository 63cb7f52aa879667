"""The content plan as an A4 PDF (hardcopy record): letterhead, items, three signatures."""

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib.units import cm
from reportlab.platypus import Spacer

from ppid_pages.models import PPIDSettings
from ppid_pages.printing import (
    Signature,
    build_a4,
    data_table,
    field_table,
    letterhead_for,
    signature_blocks,
)

from .models import ContentPlan, ContentPlanItem, published_through_workflow
from .quarters import Quarter


def person(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def local_date(value) -> str:
    return timezone.localtime(value).strftime("%d-%m-%Y") if value else ""


def quarter_label(code: str) -> str:
    try:
        return Quarter.parse(code).label
    except ValueError:
        return code


def plan_items(plan: ContentPlan):
    return (
        ContentPlanItem.objects.filter(plan=plan)
        .select_related("responsible", "page")
        .annotate(is_done=Exists(published_through_workflow().filter(page_id=OuterRef("page_id"))))
        .order_by("sort_order", "pk")
    )


def plan_signatures(plan: ContentPlan, office: PPIDSettings) -> list[Signature]:
    head = office.head_of_office_title
    return [
        Signature(
            _("Drafted by the Sub Koordinator"),
            person(plan.submitted_by),
            local_date(plan.submitted_at),
        ),
        Signature(
            _("Signed by the Koordinator"), person(plan.signed_by), local_date(plan.signed_at)
        ),
        Signature(
            _("Received by the %(head)s") % {"head": head},
            person(plan.received_by),
            local_date(plan.received_at),
        ),
    ]


def plan_pdf(plan: ContentPlan, office: PPIDSettings) -> bytes:
    items = list(plan_items(plan))
    done = sum(1 for item in items if item.is_published())
    fields = [
        (_("Quarter"), f"{quarter_label(plan.quarter)} ({plan.quarter})"),
        (_("Version"), str(plan.version)),
        (_("Supersedes"), str(plan.supersedes) if plan.supersedes_id else "-"),
        (_("Status"), plan.status_label()),
        (_("Progress (done/total)"), f"{done}/{len(items)}"),
        (_("Notes"), plan.notes or "-"),
    ]
    rows = [
        [
            str(number),
            item.title,
            item.get_category_display(),
            item.get_target_month_display(),
            person(item.responsible),
            item.page.title if item.page_id else "-",
            _("Done") if item.is_published() else _("Not yet"),
            item.notes,
        ]
        for number, item in enumerate(items, start=1)
    ]
    headers = [
        _("No."),
        _("Title"),
        _("DIP category"),
        _("Target month"),
        _("Responsible Operator"),
        _("Page"),
        _("Status"),
        _("Notes"),
    ]
    story = [
        field_table(fields),
        Spacer(1, 0.5 * cm),
        data_table(headers, rows, [1.1, 4, 2.6, 2.4, 2.6, 2.8, 1.6, 2.6]),
        Spacer(1, 1 * cm),
        signature_blocks(plan_signatures(plan, office)),
    ]
    title = _("DAFTAR KONTEN") + f" - {quarter_label(plan.quarter).upper()}"
    return build_a4(title, letterhead_for(office), story)
