"""Kepatuhan SOP: the informasi berkala checklist, and the demo's history of a working office."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from moderation.publication import SET_UP, approved_path
from ppid_pages.models.dip import BERKALA_UPDATE_DAYS, BerkalaKind, DipCategory, DipEntryPage
from sop_governance import compliance, uploads
from sop_governance.demo import load_demo, load_history
from sop_governance.quarters import PlanStatus
from tests.factories import make_dip_index, make_entry

from .conftest import ROLES, member

pytestmark = pytest.mark.django_db


def published_days_ago(entry: DipEntryPage, days: int) -> None:
    DipEntryPage.objects.filter(pk=entry.pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=days)
    )


@pytest.fixture
def dip():
    return make_dip_index()


def checklist() -> dict[str, compliance.BerkalaItem]:
    return {item.kind: item for item in compliance.berkala_checklist()}


def test_checklist_has_every_kind_with_the_age_of_its_newest_public_entry(dip):
    old = make_entry(dip, "Laporan Keuangan 2024", slug="lk-2024", berkala_kind="keuangan")
    new = make_entry(dip, "Laporan Keuangan 2025", slug="lk-2025", berkala_kind="keuangan")
    published_days_ago(old, 400)
    published_days_ago(new, 30)
    profile = make_entry(dip, "Profil Dinas", slug="profil", berkala_kind="profil")
    published_days_ago(profile, BERKALA_UPDATE_DAYS + 1)
    items = checklist()
    assert list(items) == list(BerkalaKind.values)
    finance = items["keuangan"]
    assert (finance.age_days, finance.entries, finance.overdue) == (30, 2, False)
    assert items["profil"].overdue and not items["profil"].missing
    assert items["pengadaan"].missing and items["pengadaan"].overdue
    assert items["pengadaan"].age_days is None


def test_only_what_the_public_sees_counts(dip):
    hidden = make_entry(dip, "Program Kerja", slug="program", berkala_kind="program")
    draft = make_entry(dip, "Rencana Pengadaan", slug="rup", berkala_kind="pengadaan")
    with approved_path(SET_UP):
        PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
        draft.unpublish()
    items = checklist()
    assert items["program"].missing
    assert items["pengadaan"].missing


def test_only_berkala_entries_may_have_a_kind(dip):
    from django.core.exceptions import ValidationError

    entry = make_entry(dip, "Peringatan Banjir", DipCategory.SERTA_MERTA, slug="banjir")
    entry.berkala_kind = "peringatan"
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "berkala_kind" in error.value.message_dict


def test_checklist_query_count_does_not_grow(dip):
    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            compliance.berkala_checklist()
        return len(captured)

    make_entry(dip, "Profil", slug="profil", berkala_kind="profil")
    few = count()
    for number in range(5):
        make_entry(dip, f"Laporan {number}", slug=f"laporan-{number}", berkala_kind="keuangan")
    assert count() == few


def test_kepatuhan_page_lists_the_checklist_and_the_reminders(client, people, dip):
    entry = make_entry(dip, "Profil Dinas", slug="profil", berkala_kind="profil")
    published_days_ago(entry, 10)
    client.force_login(people["koordinator"])
    content = client.get(reverse("sop_governance:compliance")).content.decode()
    assert 'id="sop-section-berkala"' in content
    assert "Daftar periksa informasi berkala" in content
    assert "Profil badan publik" in content and "Mutakhir" in content
    assert "Pengadaan barang dan jasa: Belum diterbitkan" in content  # a reminder
    assert "Profil badan publik: " not in content  # up to date: no reminder


def test_demo_history_looks_like_a_working_office(dip):
    today = datetime.date(2026, 12, 7)
    for username, role in ROLES.items():
        member(username, role)
    for number in range(4):
        make_entry(dip, f"Informasi {number}", slug=f"informasi-{number}")
    load_demo(today)
    made = load_history(today)
    assert made > 11
    months = uploads.monthly_uploads(today)
    assert [month.label for month in months if month.breach] == []
    assert all(month.published_total > 0 for month in months[1:])
    statuses = compliance.recent_quarters(today)
    assert {status for _quarter, status in statuses} == {PlanStatus.SIGNED_ON_TIME}
    assert load_history(today) == 0  # once
