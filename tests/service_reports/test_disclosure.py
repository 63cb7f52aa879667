"""Nothing the public sees lets a reader work out that a category holds 1 or 2 requests: not
the statistics page, not the published annual report (found by the break15 run: the totals
revealed the hidden cells, and the report page published them all)."""

import datetime
import html as html_lib
import itertools
import re

import pytest
from django.urls import reverse

from information_requests.models import InformationRequest, Objection
from service_reports.models import AnnualServiceReport, SurveyResponse
from tests.test_workflow import act

from .conftest import YEAR, aware, register_rows
from .test_report_and_public import sign

pytestmark = pytest.mark.django_db
STATISTICS = "/layanan-informasi/statistik-layanan-informasi/"


def page_tables(content: str) -> dict[str, list[list[str]]]:
    """{caption: rows of cell texts} of every captioned table of a page."""
    found = {}
    for table in re.findall(r"<table.*?</table>", content, re.S):
        caption = re.search(r"<caption[^>]*>(.*?)</caption>", table, re.S)
        rows = []
        for row in re.findall(r"<tr.*?</tr>", table, re.S):
            cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
            rows.append([html_lib.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in cells])
        found[html_lib.unescape(caption.group(1)).strip() if caption else ""] = rows
    return found


def possible(shown: str, total: int) -> range:
    if shown == "< 3":
        return range(0, 3)
    if shown == "≥ 3":
        return range(3, total + 1)
    if shown == "-":
        return range(0, total + 1)
    return range(int(shown), int(shown) + 1)


def revealed(cells: list[str], total: int) -> list[int]:
    """The cells a reader can pin to exactly 1 or 2, knowing the shown cells and their sum."""
    solutions = [
        combo
        for combo in itertools.product(*(possible(cell, total) for cell in cells))
        if sum(combo) == total
    ]
    assert solutions, (cells, total)
    pinned = []
    for index in range(len(cells)):
        values = {combo[index] for combo in solutions}
        if len(values) == 1 and values <= {1, 2}:
            pinned.append(index)
    return pinned


def breakdown(tables, caption: str) -> list[str]:
    rows = tables[caption]
    return [row[1] for row in rows[1:]]


def small_year():
    """12 requests: 6 online and 2 for each other channel; 10 people, 2 groups; one
    objection; one survey answer."""
    register_rows(6, requester_type="perorangan")
    register_rows(2, start=7, channel="langsung", requester_type="perorangan")
    register_rows(2, start=9, channel="surat", requester_type="kelompok")
    register_rows(2, start=11, channel="email", requester_type="perorangan")
    first = InformationRequest.objects.order_by("pk").first()
    Objection.objects.create(
        request=first,
        number=f"001/KBR/{YEAR}",
        year=YEAR,
        sequence=1,
        channel="online",
        grounds="a",
        case_position="-",
        ground_arose_on=datetime.date(YEAR, 3, 10),
        registered_at=aware(datetime.date(YEAR, 3, 11)),
        outcome="ditolak",
        stage="ditanggapi",
    )
    SurveyResponse.objects.create(request=first, **{f"u{i}": 3 for i in range(1, 10)})


def assert_nothing_revealed(tables, year: int = YEAR) -> None:
    total = 12
    request_caption = f"Permohonan informasi tahun {year}"
    assert tables[request_caption][1][1] == str(total)
    for caption in ("Permohonan menurut saluran", "Permohonan menurut jenis pemohon"):
        cells = breakdown(tables, caption)
        assert revealed(cells, total) == [], (caption, cells)
    objections = dict(row[:2] for row in tables["Keberatan dan sengketa"][1:])
    assert objections["Keberatan yang diajukan"] == "< 3"
    assert objections["a. Permohonan ditolak berdasarkan alasan pengecualian Pasal 17"] != "1"
    assert not any("IKM" in caption for caption in tables)  # one answer is one person's


def test_statistics_page_reveals_no_count_of_one_or_two(client):
    small_year()
    response = client.get(STATISTICS)
    assert response.status_code == 200
    content = response.content.decode()
    assert_nothing_revealed(page_tables(content))
    # The charts write the same values as the tables.
    assert ">6</text>" not in content and ">2</text>" not in content


def test_the_published_report_page_is_protected_like_the_statistics(client, users):
    small_year()
    ppid, head = users["PPID"], users["Kepala Dinas"]
    client.force_login(ppid)
    client.post(
        reverse("service_reports:add"),
        {"year": YEAR, "policy": "-", "implementation": "-", "recommendations": ""},
    )
    report = AnnualServiceReport.objects.get()
    client.force_login(head)
    sign(client, report)
    client.force_login(ppid)
    client.post(reverse("service_reports:step", args=[report.pk, "submit"]))
    report.refresh_from_db()
    page = report.page.specific
    act(page, users["Sub Koordinator"])
    act(page, users["Koordinator"])
    page.refresh_from_db()
    assert page.live
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    assert_nothing_revealed(page_tables(response.content.decode()))
    # The signed report itself (internal) keeps the exact figures.
    assert report.figures["by_channel"][1]["count"] == 2
