"""Demo data of the SOP governance records: one signed and received content plan for the
current quarter, taken through the real workflow "SOP Daftar Konten".

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
