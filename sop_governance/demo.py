"""Demo data of the SOP governance records: one signed and received content plan for the
current quarter, taken through the real workflow "SOP Daftar Konten", and the recent past of an
office that works to the SOP (`load_history`): the plans of the three previous quarters, signed
in their first week, and the approval forms of what was published in each of the past eleven
months, so that the Kepatuhan SOP page shows a functioning office, not months of breach.

Call `load_demo()` after the demo users exist (ppid_pages.demo.users.ensure_demo_users), e.g.
at the end of `manage.py load_demo_content`, inside its transaction. Safe to call repeatedly.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from ppid_pages.models.dip import DipCategory, DipEntryPage

from .actions import current_plan_task
from .models import ContentPlan, ContentPlanItem
from .quarters import current_quarter

ITEMS = (
    ("Laporan realisasi anggaran triwulan berjalan", DipCategory.BERKALA, 0),
    ("Rencana kerja dan anggaran tahun berikutnya", DipCategory.BERKALA, 1),
    ("Daftar regulasi daerah yang baru ditetapkan", DipCategory.SETIAP_SAAT, 1),
    ("Berita kegiatan pelayanan informasi", DipCategory.SETIAP_SAAT, 2),
)


HISTORY_MONTHS = 11
PAST_QUARTERS = 3
# Publications per past month, oldest first: an ordinary office, busier around reports.
MONTHLY_PUBLICATIONS = (3, 2, 4, 3, 2, 5, 3, 2, 3, 4, 2)
SCAN_TASK, REVIEW_TASK, APPROVE_TASK = (
    "Pemindaian privasi",
    "Tinjauan Sub Koordinator",
    "Persetujuan Koordinator",
)
DEMO_SCAN_SUMMARY = "Bersih: tidak ada temuan data pribadi."


def demo_user(username: str):
    return get_user_model().objects.filter(username=username, is_active=True).first()


def load_demo(today: datetime.date | None = None) -> ContentPlan | None:
    """The current quarter's plan: created, signed and received once; None without users."""
    quarter = current_quarter(today or timezone.localdate())
    existing = ContentPlan.objects.filter(quarter=quarter.code).order_by("-version").first()
    if existing is not None:
        return existing
    drafter, signer, head, operator = (
        demo_user(name) for name in ("subkoordinator", "koordinator", "kepaladinas", "operator")
    )
    if not all((drafter, signer, head, operator)):
        return None

    pages = list(DipEntryPage.objects.live().order_by("path")[:2])
    plan = ContentPlan(
        quarter=quarter.code,
        live=False,
        notes="Disusun bersama tim PPID; dibahas dalam rapat bidang awal triwulan.",
    )
    plan.items = [
        ContentPlanItem(
            title=title,
            category=category,
            target_month=quarter.months[offset],
            responsible=operator,
            page=pages[number] if number < len(pages) else None,
            sort_order=number,
        )
        for number, (title, category, offset) in enumerate(ITEMS)
    ]
    plan.save()
    plan.save_revision(user=drafter, log_action=True)
    plan.get_workflow().start(ContentPlan.objects.get(pk=plan.pk), drafter)
    for user in (signer, head):
        state, task = current_plan_task(plan)
        task.on_action(state, user, "approve", comment="")
    return ContentPlan.objects.get(pk=plan.pk)


def at_office(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    from .calendar import OFFICE_TIME_ZONE

    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=OFFICE_TIME_ZONE)


def working_day_on_or_after(day: datetime.date) -> datetime.date:
    from .calendar import is_working_day

    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


def load_history(today: datetime.date | None = None) -> int:
    """Past quarters' signed plans and past months' approval forms, once; returns how many
    records were made (0 when the history exists or the demo users are missing)."""
    from moderation.models import ApprovalRecord, ChangeKind

    from .uploads import month_start

    today = today or timezone.localdate()
    this_month = month_start(today.year, today.month)
    if ApprovalRecord.objects.filter(published_at__lt=this_month).exists():
        return 0
    operator, reviewer, approver = (
        demo_user(name) for name in ("operator", "subkoordinator", "koordinator")
    )
    if not all((operator, reviewer, approver)):
        return 0
    made = load_past_plans(today) + sign_current_plan_on_time(today)
    pages = list(
        DipEntryPage.objects.live()
        .exclude(category=DipCategory.DIKECUALIKAN)
        .order_by("path")
        .values_list("pk", "title")
    )
    if not pages:
        return made
    records = []
    for back, count in zip(range(HISTORY_MONTHS, 0, -1), MONTHLY_PUBLICATIONS, strict=True):
        first = month_start(today.year, today.month - back).date()
        for number in range(count):
            page_id, title = pages[(back * 7 + number) % len(pages)]
            submitted = working_day_on_or_after(first + datetime.timedelta(days=3 + 6 * number))
            reviewed = working_day_on_or_after(submitted + datetime.timedelta(days=1))
            approved = working_day_on_or_after(reviewed + datetime.timedelta(days=1))
            records.append(
                (
                    ApprovalRecord(
                        page_id=page_id,
                        page_title=title,
                        change_kind=ChangeKind.UPDATE if number % 2 else ChangeKind.NEW,
                        submitted_by=operator.get_username(),
                        submitted_at=at_office(submitted, 9),
                        scan_summary=DEMO_SCAN_SUMMARY,
                        steps=[
                            step(SCAN_TASK, "pemindai-privasi", at_office(submitted, 9, 1)),
                            step(REVIEW_TASK, reviewer.get_username(), at_office(reviewed, 10)),
                            step(APPROVE_TASK, approver.get_username(), at_office(approved, 14)),
                        ],
                    ),
                    at_office(approved, 14),
                )
            )
    for record, published_at in records:
        record.save()
        # published_at is set on creation (auto_now_add): the demo's past is written after.
        ApprovalRecord.objects.filter(pk=record.pk).update(published_at=published_at)
    return made + len(records)


def step(task: str, reviewer: str, at: datetime.datetime) -> dict[str, str]:
    return {"task": task, "reviewer": reviewer, "at": at.isoformat(), "comment": ""}


def date_plan(plan: ContentPlan, quarter) -> None:
    """Dates a demo plan in the first week of its quarter: drafted, signed and received."""
    first_day = working_day_on_or_after(quarter.first_day)
    signed = working_day_on_or_after(first_day + datetime.timedelta(days=1))
    ContentPlan.objects.filter(pk=plan.pk).update(
        created_at=at_office(first_day, 8),
        submitted_at=at_office(first_day, 9),
        signed_at=at_office(signed, 11),
        received_at=at_office(signed, 15),
    )


def sign_current_plan_on_time(today: datetime.date) -> int:
    """The demo's plan of this quarter, loaded after its first week, is dated like the others."""
    quarter = current_quarter(today)
    plan = ContentPlan.objects.filter(quarter=quarter.code, version=1).first()
    if plan is None or plan.signed_at is None or plan.signed_at < quarter.signing_deadline:
        return 0
    date_plan(plan, quarter)
    return 1


def load_past_plans(today: datetime.date) -> int:
    """The previous quarters' plans, each through the real workflow, then dated to the first
    week of its quarter (signed on time)."""
    made = 0
    quarter = current_quarter(today)
    for _number in range(PAST_QUARTERS):
        quarter = quarter.previous()
        if ContentPlan.objects.filter(quarter=quarter.code).exists():
            continue
        plan = load_demo(quarter.first_day)
        if plan is None:
            continue
        date_plan(plan, quarter)
        made += 1
    return made
