"""The public pages render in Indonesian, accessibly, with working filters and pagination."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.models import Collection

from moderation.publication import SET_UP, approved_path
from ppid_pages.models import (
    NewsIndexPage,
    NewsPage,
    PPIDImage,
    RegulationIndexPage,
    RegulationPage,
    StandardPage,
)
from ppid_pages.models.dip import DipCategory

from .factories import home_page, make_dip_index, make_document, make_entry, make_unit, publish

pytestmark = pytest.mark.django_db


def make_image() -> PPIDImage:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return PPIDImage.objects.create(
        title="Struktur",
        file=ImageFile(buffer, name="struktur.png"),
        collection=Collection.get_first_root_node(),
    )


@pytest.fixture
def site_pages():
    home = home_page()
    document = make_document("Maklumat Pelayanan")
    profile = publish(
        home,
        StandardPage(
            title="Profil PPID",
            slug="profil",
            show_in_menus=True,
            body=[
                ("heading", {"text": "Visi dan Misi", "level": "h2"}),
                ("paragraph", "<p>Terwujudnya keterbukaan informasi publik.</p>"),
                ("image", {"image": make_image(), "alt_text": "Bagan struktur organisasi"}),
                ("document", {"document": document, "label": "Unduh maklumat"}),
                (
                    "table",
                    {
                        "data": [["Layanan", "Waktu"], ["Permohonan", "10 hari kerja"]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Standar waktu layanan",
                    },
                ),
            ],
        ),
    )
    dip = make_dip_index()
    make_entry(dip, "Laporan Keuangan 2024", created_date=datetime.date(2024, 5, 1))
    make_entry(dip, "Peringatan Dini Banjir", category=DipCategory.SERTA_MERTA)
    make_entry(
        dip,
        "Daftar Aset",
        category=DipCategory.SETIAP_SAAT,
        unit=make_unit("Bidang Aplikasi Informatika"),
    )
    regulations = publish(home, RegulationIndexPage(title="Regulasi", slug="regulasi"))
    regulation = publish(
        regulations,
        RegulationPage(
            title="Keterbukaan Informasi Publik",
            regulation_type="uu",
            number="14",
            year=2008,
            issuer="Pemerintah Pusat",
            document=make_document("UU 14 2008"),
        ),
    )
    news_index = publish(home, NewsIndexPage(title="Berita & Pengumuman", slug="berita"))
    news = publish(
        news_index,
        NewsPage(
            title="Sosialisasi Keterbukaan Informasi",
            kind="pengumuman",
            intro="Sosialisasi bagi badan publik.",
        ),
    )
    home.quick_links = [("link", {"label": "Profil PPID", "page": profile, "description": ""})]
    with approved_path(SET_UP):
        home.save_revision().publish()
    return {
        "home": home,
        "profile": profile,
        "dip": dip,
        "regulations": regulations,
        "regulation": regulation,
        "news_index": news_index,
        "news": news,
    }


def soup_of(client, url: str, **params) -> BeautifulSoup:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


PAGE_KEYS = ["home", "profile", "dip", "regulations", "regulation", "news_index", "news"]


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_is_indonesian_and_accessible(client, site_pages, key):
    soup = soup_of(client, site_pages[key].url)
    assert soup.html["lang"] == "id"
    skip_link = soup.select_one("a.skip-link")
    assert skip_link.get_text() == "Lewati ke konten utama"
    assert soup.select_one(skip_link["href"]).name == "main"
    for landmark in ("header", "nav", "main", "footer"):
        assert soup.find(landmark) is not None, landmark
    assert len(soup.find_all("h1")) == 1
    for image in soup.find_all("img"):
        assert image.has_attr("alt")
    for field in soup.select("input:not([type=hidden]), select"):
        assert soup.find("label", attrs={"for": field["id"]}) is not None, field


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_pages_load_nothing_from_outside(client, site_pages, key):
    soup = soup_of(client, site_pages[key].url)
    for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src")):
        for element in soup.find_all(tag):
            if element.has_attr(attribute):
                assert element[attribute].startswith("/"), element


def test_home_shows_quick_links_news_and_serta_merta(client, site_pages):
    soup = soup_of(client, "/")
    text = soup.get_text()
    assert soup.select_one(".card__link")["href"] == site_pages["profile"].url
    assert "Sosialisasi Keterbukaan Informasi" in text
    assert "Peringatan Dini Banjir" in text
    assert "Laporan Keuangan 2024" not in text  # berkala is not serta merta


def test_standard_page_renders_every_block(client, site_pages):
    soup = soup_of(client, site_pages["profile"].url)
    assert soup.find("h2", string="Visi dan Misi")
    assert soup.find("img")["alt"] == "Bagan struktur organisasi"
    assert soup.find("a", string="Unduh maklumat")["href"].startswith("/dokumen/")
    assert soup.find("caption").get_text(strip=True) == "Standar waktu layanan"
    assert soup.find("th", attrs={"scope": "col"}).get_text(strip=True) == "Layanan"


def test_dip_entry_shows_its_seven_fields(client, site_pages):
    entry = site_pages["dip"].get_children().get(title="Laporan Keuangan 2024")
    soup = soup_of(client, entry.url)
    labels = [dt.get_text(strip=True) for dt in soup.select("dl.fields dt")]
    assert labels == [
        "Nomor",
        "Kategori",
        "Ringkasan isi informasi",
        "Pejabat/unit yang menguasai informasi",
        "Penanggung jawab pembuatan/penerbitan informasi",
        "Waktu dan tempat pembuatan informasi",
        "Bentuk informasi yang tersedia",
        "Jangka waktu penyimpanan",
    ]
    assert "1 Mei 2024, Kota Contoh" in soup.get_text()


def listed_titles(client, url: str, **params) -> list[str]:
    soup = soup_of(client, url, **params)
    return [cell.get_text(strip=True) for cell in soup.select("tbody th")]


def test_dip_filters_by_category_year_and_unit(client, site_pages):
    url = site_pages["dip"].url
    assert len(listed_titles(client, url)) == 3
    assert listed_titles(client, url, kategori="serta_merta") == ["Peringatan Dini Banjir"]
    assert listed_titles(client, url, tahun="2024") == ["Laporan Keuangan 2024"]
    unit = make_unit("Bidang Aplikasi Informatika")
    assert listed_titles(client, url, unit=unit.pk) == ["Daftar Aset"]


@pytest.mark.parametrize(
    "params",
    [{"tahun": "abc"}, {"kategori": "<script>"}, {"unit": "999999"}, {"halaman": "x"}],
)
def test_bad_filters_are_ignored(client, site_pages, params):
    """A value the listing does not know is sent to the listing without it (issue 18,
    attack18m: each random value was a render of its own; page_cache.middleware.
    canonical_redirect), so the form's explanation of it is no longer shown."""
    response = client.get(site_pages["dip"].url, params)
    assert response.status_code == 302
    assert response["Location"] == site_pages["dip"].url
    response = client.get(response["Location"])
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select("tbody th")) == 3
    assert "<script>" not in response.content.decode()


def test_a_bad_filter_keeps_the_known_ones(client, site_pages):
    response = client.get(site_pages["dip"].url, {"kategori": "serta_merta", "tahun": "abc"})
    assert response.status_code == 302
    assert response["Location"] == site_pages["dip"].url + "?kategori=serta_merta"


def test_regulations_filter_by_type_and_year(client, site_pages):
    url = site_pages["regulations"].url
    assert listed_titles(client, url, jenis="uu") == ["Keterbukaan Informasi Publik"]
    assert listed_titles(client, url, tahun="2008") == ["Keterbukaan Informasi Publik"]
    assert listed_titles(client, url, jenis="perki") == []


def test_news_index_filters_by_kind(client, site_pages):
    url = site_pages["news_index"].url
    assert "Sosialisasi" in soup_of(client, url, jenis="pengumuman").get_text()
    assert "Sosialisasi" not in soup_of(client, url, jenis="berita").get_text()


def test_search_finds_public_pages(client, site_pages):
    response = client.get("/cari/", {"q": "Keterbukaan"})
    titles = {result.title for result in response.context["results"]}
    assert "Keterbukaan Informasi Publik" in titles


def test_empty_search_shows_the_form(client, site_pages):
    response = client.get("/cari/", {"q": ""})
    assert response.status_code == 200
    assert response.context["results"] is None


def test_unknown_page_is_an_indonesian_404(client, site_pages):
    response = client.get("/tidak-ada/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_print_stylesheet_is_linked(client, site_pages):
    soup = soup_of(client, "/")
    assert soup.find("link", attrs={"media": "print"})["href"].endswith("print.css")
