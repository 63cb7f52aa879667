"""Open requests by stage and stalled ones (fixed dates, working days), on the Kepatuhan SOP
page's section and the admin home panel of the roles that take steps."""

import datetime
import zoneinfo

import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail import hooks

from sop_governance.development.dashboard import (
    DevelopmentComplianceSection,
    stage_counts,
    stages_waiting_for,
    stalled_cutoff,
)
from sop_governance.development.models import DevelopmentRequest, Stage

pytestmark = pytest.mark.django_db

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
NOW = datetime.datetime(2026, 3, 18, 10, 0, tzinfo=JAKARTA)  # a Wednesday


def at(day: int, hour: int = 9) -> datetime.datetime:
    return datetime.datetime(2026, 3, day, hour, 0, tzinfo=JAKARTA)


def moved(request: DevelopmentRequest, when: datetime.datetime) -> None:
    DevelopmentRequest.objects.filter(pk=request.pk).update(stage_changed_at=when)


def test_stalled_after_ten_working_days(settings):
    settings.SOP_HOLIDAYS = []
    cutoff = stalled_cutoff(NOW, 10)
    # 4 March + 10 working days (5, 6, 9-13, 16-18 March) = 18 March: stalled; 5 March not.
    assert at(4, 23) < cutoff <= at(5, 0)
    settings.SOP_HOLIDAYS = ["2026-03-10"]
    cutoff = stalled_cutoff(NOW, 10)
    assert at(3, 23) < cutoff <= at(4, 0)


def test_counts_by_stage_and_stalled(settings, new_request, django_assert_num_queries):
    settings.SOP_HOLIDAYS = []
    settings.SOP_DEVELOPMENT_STALLED_WORKING_DAYS = 10
    old = new_request(title="Lama")
    recent = new_request(title="Baru")
    drafting = new_request(Stage.DRAFT, title="Draf")
    done = new_request(Stage.CLOSED, title="Selesai")
    moved(old, at(4, 16))
    moved(recent, at(5, 8))
    moved(drafting, at(2))
    moved(done, at(1))

    with django_assert_num_queries(1):
        counts = stage_counts(now=NOW)
    by_stage = {row.stage: row for row in counts}
    assert list(by_stage) == [Stage.SUBMITTED, Stage.DRAFT]  # SOP order, closed left out
    assert (by_stage[Stage.SUBMITTED].count, by_stage[Stage.SUBMITTED].stalled) == (2, 1)
    assert (by_stage[Stage.DRAFT].count, by_stage[Stage.DRAFT].stalled) == (1, 1)
    assert by_stage[Stage.SUBMITTED].oldest == at(4, 16)
    assert by_stage[Stage.DRAFT].url.endswith("?stage=draft")

    settings.SOP_HOLIDAYS = ["2026-03-10"]  # one working day less since 4 March
    by_stage = {row.stage: row for row in stage_counts(now=NOW)}
    assert by_stage[Stage.SUBMITTED].stalled == 0
    assert by_stage[Stage.DRAFT].stalled == 1


def sop_sections(user):
    request = RequestFactory().get("/admin/kepatuhan/")
    request.user = user
    return [fn(request) for fn in hooks.get_hooks("register_sop_compliance_sections")]


def test_compliance_section_for_those_who_see_requests(people, new_request):
    new_request(title="Menu terpotong")
    new_request(Stage.DRAFT, title="Logo buram")
    ours = [
        s
        for s in sop_sections(people["kepaladinas"])
        if isinstance(s, DevelopmentComplianceSection)
    ]
    assert len(ours) == 1
    html = ours[0].render_html()
    assert "Permintaan pengembangan (B1-B5)" in html
    assert "2 permintaan terbuka." in html
    assert "Diajukan" in html
    assert "Draf dipresentasikan" in html

    from tests.development.conftest import member

    stranger = member("tamu")
    assert not any(isinstance(s, DevelopmentComplianceSection) for s in sop_sections(stranger))


def test_the_section_says_when_nothing_is_open(people):
    [section] = [
        s for s in sop_sections(people["operator"]) if isinstance(s, DevelopmentComplianceSection)
    ]
    assert "Tidak ada permintaan pengembangan yang terbuka." in section.render_html()


def test_stages_waiting_for_each_role(people):
    assert stages_waiting_for(people["operator"]) == []
    assert set(stages_waiting_for(people["koordinator"])) == {Stage.SUBMITTED, Stage.ONLINE_UPDATE}
    assert set(stages_waiting_for(people["kepaladinas"])) == {Stage.DISCUSSED}
    assert set(stages_waiting_for(people["subkoordinator"])) == {
        Stage.REPORTED,
        Stage.OFFLINE_UPDATE,
    }
    assert set(stages_waiting_for(people["webdev"])) == {
        Stage.HANDED_OVER,
        Stage.RECEIVED,
        Stage.DRAFT,
        Stage.OFFLINE_PASSED,
    }
    assert stages_waiting_for(people["admin"]) == []  # superusers do not skip roles


PANEL_HEADING = "Permintaan pengembangan yang menunggu peran Anda"


def test_home_panel_shows_what_waits_for_the_role(client, people, new_request):
    new_request(title="Menu terpotong")  # waits for the Koordinator
    new_request(Stage.DRAFT, title="Logo buram")  # waits for the Web Developer

    client.force_login(people["koordinator"])
    html = client.get("/admin/").content.decode()
    assert PANEL_HEADING in html
    assert "Diajukan</a>: 1" in html
    assert "Draf dipresentasikan" not in html

    client.force_login(people["webdev"])
    html = client.get("/admin/").content.decode()
    assert "Draf dipresentasikan</a>: 1" in html

    client.force_login(people["kepaladinas"])
    html = client.get("/admin/").content.decode()
    assert PANEL_HEADING in html
    assert "Tidak ada yang menunggu peran Anda." in html

    client.force_login(people["operator"])
    assert PANEL_HEADING not in client.get("/admin/").content.decode()


def test_the_kepatuhan_sop_page_shows_the_section(client, people, new_request):
    new_request(title="Menu terpotong")
    client.force_login(people["koordinator"])
    response = client.get(reverse("sop_governance:compliance"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Permintaan pengembangan (B1-B5)" in html
    assert "1 permintaan terbuka." in html
