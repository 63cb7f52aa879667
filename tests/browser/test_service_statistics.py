"""Statistik Layanan Informasi and the survei kepuasan in headless Chromium: a finished request's
requester follows the invitation on their tracking page, answers the nine elements with the
keyboard-free radio groups (no JavaScript needed), and the year's statistics page shows the
survey index with its server-made charts, at a phone's width without sideways scrolling."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from information_requests.demo import decide_and_deliver, new_request
from information_requests.models import InformationRequest
from ppid_pages.models import InformationUnit
from service_reports.models import SurveyResponse

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("without_account_audit"),
]


@pytest.fixture
def finished_request() -> InformationRequest:
    people = []
    for username, role in (
        ("petugas", "Petugas Layanan Informasi"),
        ("ppid", "PPID"),
        ("atasan", "Atasan PPID"),
    ):
        user = User.objects.create_user(username, email=f"{username}@contohkab.go.id")
        user.groups.add(Group.objects.get(name=role))
        people.append(user)
    InformationUnit.objects.create(name="Bidang Anggaran")
    start = datetime.date(2025, 3, 3)
    request = new_request(1, start, people[0], channel="langsung")
    decide_and_deliver(request, tuple(people), "dikabulkan_seluruhnya", start)
    # Two other requesters answered already: the index is published from 3 answers on (one
    # answer alone would be one person's).
    for index in (2, 3):
        other = new_request(index, start, people[0], channel="langsung")
        decide_and_deliver(other, tuple(people), "dikabulkan_seluruhnya", start)
        SurveyResponse.objects.create(request=other, **{f"u{i}": 4 for i in range(1, 10)})
    return InformationRequest.objects.get(pk=request.pk)


def test_survey_from_the_tracking_page_then_the_statistics(new_page, finished_request):
    citizen = new_page("pemohon")
    citizen.goto(
        f"/layanan-informasi/lacak/{finished_request.number}/{finished_request.tracking_code}/"
    )
    citizen.get_by_role("link", name=re.compile("Survei kepuasan")).click()
    expect(citizen.get_by_role("heading", name="Survei kepuasan")).to_be_visible()

    citizen.get_by_role("button", name="Kirim jawaban").click()  # nothing chosen yet
    expect(citizen.get_by_role("alert")).to_contain_text("Silakan jawab setiap unsur")
    for group in citizen.get_by_role("group").all():
        group.get_by_label("4 - Sangat baik").check()
    citizen.get_by_label("Saran dan masukan").fill("Petugas ramah dan cepat.")
    citizen.get_by_role("button", name="Kirim jawaban").click()
    expect(citizen.get_by_text("jawaban Anda telah tercatat")).to_be_visible()
    assert SurveyResponse.objects.get(request=finished_request).u9 == 4

    phone = new_page("ponsel")
    phone.set_viewport_size({"width": 320, "height": 800})
    phone.goto("/layanan-informasi/statistik-layanan-informasi/?tahun=2025")
    expect(phone.get_by_role("heading", name="Statistik Layanan Informasi")).to_be_visible()
    expect(phone.locator("svg.chart").first).to_be_visible()
    expect(phone.get_by_role("table", name=re.compile("IKM"))).to_contain_text("100,0")
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the statistics page scrolls sideways by {overflow}px at 320px"
