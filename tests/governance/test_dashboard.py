"""The "Kepatuhan SOP" page and the admin home panels: counts against hand-computed fixtures,
per role, and a query count that does not grow with the rows."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, Workflow

from moderation.models import ApprovalRecord, ForcedPublication
from ppid_pages.models import DipEntryPage
from sop_governance import components
from sop_governance.models import ContentPlan
from sop_governance.quarters import current_quarter
from tests.factories import entry_fields, make_dip_index, make_unit, publish
from tests.test_workflow import draft_entry

from .conftest import make_plan, step, submit

pytestmark = pytest.mark.django_db


def live_entry(slug: str, approved: bool) -> DipEntryPage:
    index = make_dip_index() if not DipEntryPage.objects.exists() else None
    parent = index or DipEntryPage.objects.first().get_parent()
    page = publish(
        parent,
        DipEntryPage(title=slug, slug=slug, **entry_fields(make_unit(), "berkala")),
    )
    if approved:
        ApprovalRecord.objects.create(
            page=page,
            page_title=page.title,
            change_kind="new",
            submitted_by="Operator",
            submitted_at=timezone.now(),
            scan_summary="Lolos",
        )
    return page


def submitted_entry(people, slug: str, days_ago: int) -> None:
    entry = draft_entry(people["operator"], "<p>Ringkasan.</p>", slug=slug)
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["operator"])
    TaskState.objects.filter(workflow_state__object_id=str(entry.pk), status="in_progress").update(
        started_at=timezone.now() - datetime.timedelta(days=days_ago)
    )


def next_quarter_code() -> str:
    quarter = current_quarter()
    if quarter.number == 4:
        return f"{quarter.year + 1}-Q1"
    return f"{quarter.year}-Q{quarter.number + 1}"


@pytest.fixture
def office_state(people):
    """This quarter: a signed plan of 3 items, 1 done. Reviews: 2 pages at the Sub Koordinator
    (one waiting 10 days, one just submitted), next quarter's plan at the Koordinator. Forced
    publications: 2 awaiting review, 1 reviewed."""
    quarter = current_quarter().code
    month = current_quarter().months[0]
    plan = make_plan(
        people["subkoordinator"],
        quarter,
        items=[("Selesai", month), ("Terbit tanpa alur", month), ("Belum", month)],
    )
    items = list(plan.items.order_by("sort_order"))
    items[0].page = live_entry("sudah-terbit", approved=True)
    items[1].page = live_entry("terbit-tanpa-alur", approved=False)
    for item in items[:2]:
        item.save()
    plan.save_revision(user=people["subkoordinator"])
    submit(plan, people["subkoordinator"])
    step(plan, people["koordinator"])
    step(plan, people["kepaladinas"])

    submitted_entry(people, "lama", days_ago=10)
    submitted_entry(people, "baru", days_ago=0)
    submit(make_plan(people["subkoordinator"], next_quarter_code()), people["subkoordinator"])

    for reviewed in (False, False, True):
        ForcedPublication.objects.create(
            page_title="Banjir",
            reason="Darurat",
            reviewed_at=timezone.now() if reviewed else None,
        )
    return ContentPlan.objects.get(pk=plan.pk)


def request_for(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def facts(section) -> dict[str, str]:
    return {str(fact.label): str(fact.value) for fact in section.facts}


def test_plan_section(people, office_state):
    section = components.plan_section(request_for(people["operator"]))
    values = facts(section)
    assert values["Kemajuan (selesai/total)"] == "1/3"
    assert values["Status daftar konten"] == "Ditandatangani dan diterima"
    signed_in_first_week = timezone.now() < current_quarter().signing_deadline
    expected = "Ditandatangani tepat waktu" if signed_in_first_week else "Ditandatangani terlambat"
    assert values["Status"] == expected
    assert components.plan_section(request_for(people["webdev"])) is None


def test_review_sections(people, office_state):
    mine = components.my_reviews_section(request_for(people["subkoordinator"]))
    assert facts(mine)["Jumlah"] == "2"
    assert [row[0] for row in mine.rows] == ["Daftar Penerima Bantuan"] * 2
    assert mine.rows[0][3] != "0"  # the oldest first, waiting some working days

    assert all(link.startswith(reverse("wagtailadmin_explore_root")) for link in mine.links)

    koordinator = components.my_reviews_section(request_for(people["koordinator"]))
    assert facts(koordinator)["Jumlah"] == "1"
    assert koordinator.rows[0][1] == "Tanda tangan Koordinator"
    next_plan = ContentPlan.objects.get(quarter=next_quarter_code())
    assert koordinator.links == [reverse("sop_governance_plans:inspect", args=[next_plan.pk])]

    operator = components.my_reviews_section(request_for(people["operator"]))
    assert facts(operator)["Jumlah"] == "0"

    late = components.late_reviews_section(request_for(people["kepaladinas"]))
    assert facts(late)["Tinjauan"] == "1"
    assert components.late_reviews_section(request_for(people["operator"])) is None


def test_forced_section(people, office_state):
    section = components.forced_section(request_for(people["subkoordinator"]))
    assert facts(section)["Halaman"] == "2"
    assert len(section.rows) == 2
    assert components.forced_section(request_for(people["webdev"])) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("operator", ["Item Anda", "Diterbitkan bulan ini"]),
        (
            "subkoordinator",
            [
                "Daftar konten",
                "Diterbitkan bulan ini",
                "Menunggu tinjauan Anda",
                "Diterbitkan serta merta",
            ],
        ),
        (
            "koordinator",
            ["Daftar konten", "Menunggu tinjauan Anda", "Tinjauan yang menunggu lebih"],
        ),
        (
            "kepaladinas",
            [
                "Daftar konten",
                "Diterbitkan bulan ini",
                "Menunggu tinjauan Anda",
                "Tinjauan yang menunggu lebih",
            ],
        ),
        ("webdev", []),
    ],
)
def test_home_panel_differs_per_role(people, office_state, name, expected):
    labels = [str(fact.label) for fact in components.home_facts(people[name])]
    assert len(labels) == len(expected)
    for label, start in zip(labels, expected, strict=True):
        assert label.startswith(start)


def test_home_panel_values(people, office_state):
    values = {str(f.label): str(f.value) for f in components.home_facts(people["koordinator"])}
    assert values["Menunggu tinjauan Anda"] == "1"
    assert values["Tinjauan yang menunggu lebih dari 2 hari kerja"] == "1"
    operator = {str(f.label): str(f.value) for f in components.home_facts(people["operator"])}
    assert operator["Item Anda dalam daftar konten triwulan ini (selesai/total)"] == "1/3"


def test_home_page_shows_the_panel(client, people, office_state):
    client.force_login(people["koordinator"])
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Buka halaman Kepatuhan SOP" in content
    client.force_login(people["webdev"])
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Buka halaman Kepatuhan SOP" not in content


class Marker(Component):
    def render_html(self, parent_context=None):
        return "<p>bagian-aplikasi-lain</p>"


def test_the_page_renders_every_registered_section_in_order(client, people, office_state):
    def other_app(request):
        return Marker()

    def nothing_for_this_user(request):
        return None

    client.force_login(people["kepaladinas"])
    with (
        hooks.register_temporarily("register_sop_compliance_sections", other_app),
        hooks.register_temporarily("register_sop_compliance_sections", nothing_for_this_user),
    ):
        content = client.get(reverse("sop_governance:compliance")).content.decode()
    positions = [
        content.index(text)
        for text in (
            "Daftar konten triwulan ini (A1)",
            "Unggahan bulan ini (A2)",
            "Menunggu tinjauan Anda",
            "Tinjauan yang menunggu lebih dari 2 hari kerja",
            "Diterbitkan serta merta, menunggu tinjauan susulan",
            "bagian-aplikasi-lain",
        )
    ]
    assert positions == sorted(positions)


@pytest.mark.parametrize("name", ["operator", "webdev"])
def test_every_role_opens_the_page(client, people, name):
    client.force_login(people[name])
    assert client.get(reverse("sop_governance:compliance")).status_code == 200


def test_anonymous_is_sent_to_the_login(client):
    response = client.get(reverse("sop_governance:compliance"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_query_count_does_not_grow_with_rows(client, people, office_state):
    client.force_login(people["koordinator"])
    url = reverse("sop_governance:compliance")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    client.get(url)
    few = queries()
    for number in range(12):
        submitted_entry(people, f"tambahan-{number}", days_ago=number)
        ForcedPublication.objects.create(page_title=f"Banjir {number}", reason="Darurat")
    for number in range(3):
        make_plan(people["subkoordinator"], f"{2030 + number}-Q1")
    assert queries() == few
