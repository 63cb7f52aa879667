"""The e-Monev-ready public site (issue 16): section sub-navigation, reflow markup, and the
public features the Komisi Informasi's e-Monev looks for."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from ppid_pages.models import StandardPage
from tests.factories import home_page, publish

pytestmark = pytest.mark.django_db


def soup(client, url: str, **params) -> BeautifulSoup:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def profile():
    """Profil PPID with three sub-pages, one of them with a sub-page, one a draft."""
    section = publish(home_page(), StandardPage(title="Profil PPID", slug="profil-ppid"))
    for title, slug in (("Visi dan Misi", "visi-misi"), ("Struktur Organisasi", "struktur")):
        publish(section, StandardPage(title=title, slug=slug))
    sop = publish(section, StandardPage(title="SOP", slug="sop"))
    publish(sop, StandardPage(title="SOP Permohonan", slug="sop-permohonan"))
    section.add_child(instance=StandardPage(title="Draf Maklumat", slug="draf", live=False))
    return section


def section_links(page_soup: BeautifulSoup) -> list[tuple[str, bool]]:
    nav = page_soup.find("nav", class_="section-nav")
    assert nav is not None
    return [(a.get_text(strip=True), a.has_attr("aria-current")) for a in nav.find_all("a")]


def test_section_page_lists_its_live_sub_pages(client, profile):
    links = section_links(soup(client, "/profil-ppid/"))
    assert links == [
        ("Profil PPID", True),
        ("Visi dan Misi", False),
        ("Struktur Organisasi", False),
        ("SOP", False),
        ("SOP Permohonan", False),
    ]


def test_sub_page_shows_its_section_and_marks_itself(client, profile):
    links = section_links(soup(client, "/profil-ppid/sop/sop-permohonan/"))
    assert ("SOP Permohonan", True) in links
    assert ("Visi dan Misi", False) in links
    assert [text for text, current in links if current] == ["SOP Permohonan"]


def test_page_without_sub_pages_has_no_section_nav(client):
    publish(home_page(), StandardPage(title="Kontak", slug="kontak"))
    assert soup(client, "/kontak/").find("nav", class_="section-nav") is None


def test_private_sub_pages_stay_out_of_the_section_nav(client, profile):
    from wagtail.models import PageViewRestriction

    hidden = Page.objects.get(slug="struktur")
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="rahasia-sekali"
    )
    texts = [text for text, _ in section_links(soup(client, "/profil-ppid/"))]
    assert "Struktur Organisasi" not in texts
    assert "Draf Maklumat" not in texts


def test_rich_text_tables_carry_column_labels_for_narrow_screens(client):
    table = {
        "data": [["Jenis", "Waktu"], ["Permohonan", "10 hari kerja"]],
        "cell": [],
        "mergedCells": [],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": "Jangka waktu",
    }
    publish(home_page(), StandardPage(title="Standar", slug="standar", body=[("table", table)]))
    page = soup(client, "/standar/")
    assert page.select_one(".table-wrap > table.stack-table") is not None
    cells = page.select("tbody td")
    assert [(td["data-label"], td.get_text(strip=True)) for td in cells] == [
        ("Jenis", "Permohonan"),
        ("Waktu", "10 hari kerja"),
    ]
