"""The e-Monev-ready public site (issue 16): section sub-navigation, reflow markup, and the
public features the Komisi Informasi's e-Monev looks for."""

import datetime
import io
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from moderation.publication import SET_UP, approved_path
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
    with approved_path(SET_UP):
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


# -- sitemap.xml and robots.txt ----------------------------------------------------------------


@pytest.fixture
def dip_with_exempt():
    from ppid_pages.models.dip import DipCategory
    from tests.factories import make_dip_index, make_entry

    index = make_dip_index()
    public = make_entry(index, "Laporan Keuangan 2025", slug="laporan-keuangan")
    exempt = make_entry(
        index, "Hasil Penyelidikan Internal", DipCategory.DIKECUALIKAN, slug="penyelidikan"
    )
    return index, public, exempt


def xml_locations(client, address: str) -> list[str]:
    response = client.get(address)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own response
    return [loc.text for loc in root.iter(f"{namespace}loc")]


def sitemap_locations(client) -> list[str]:
    """Every address on every page of the sitemap index (/sitemap.xml, issue 18)."""
    from urllib.parse import urlsplit

    pages = [urlsplit(page) for page in xml_locations(client, "/sitemap.xml")]
    addresses = [page.path + (f"?{page.query}" if page.query else "") for page in pages]
    return [location for address in addresses for location in xml_locations(client, address)]


def test_sitemap_lists_public_pages_and_never_exempt_or_hidden_ones(client, dip_with_exempt):
    from wagtail.models import PageViewRestriction

    index, public, exempt = dip_with_exempt
    restricted = publish(home_page(), StandardPage(title="Internal", slug="internal"))
    with approved_path(SET_UP):
        PageViewRestriction.objects.create(
            page=restricted, restriction_type=PageViewRestriction.LOGIN
        )
    home_page().add_child(instance=StandardPage(title="Draf", slug="draf", live=False))
    paths = {loc.split("localhost", 1)[-1] for loc in sitemap_locations(client)}
    assert {"/", "/dip/", "/dip/laporan-keuangan/"} <= paths
    assert not any("penyelidikan" in path for path in paths)
    assert "/internal/" not in paths and "/draf/" not in paths
    body = client.get("/sitemap.xml").content.decode()
    assert "Penyelidikan" not in body and "penyelidikan" not in body


def test_an_entry_made_exempt_leaves_the_sitemap(client, dip_with_exempt):
    from ppid_pages.models.dip import DipCategory

    _index, public, _exempt = dip_with_exempt
    public.category = DipCategory.DIKECUALIKAN
    public.exemption_legal_basis = "Pasal 17 huruf b"
    public.consequence_test_number = "UK/02"
    public.consequence_test_date = public.created_date
    public.exemption_period = "2 tahun"
    with approved_path(SET_UP):
        public.save_revision().publish()
    assert not any("laporan-keuangan" in loc for loc in sitemap_locations(client))


def test_robots_txt_points_to_the_sitemap_and_hides_no_admin_path(client, settings):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert text.startswith("User-agent: *\n")
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /cari/" in text
    assert settings.WAGTAILADMIN_PATH.strip("/") not in text


# -- favicon, logo, PPID Utama, meta description ----------------------------------------------


def office(**values):
    from wagtail.models import Site

    from moderation.site_settings import record_initial_approval
    from ppid_pages.models import PPIDSettings

    site = Site.objects.get(is_default_site=True)
    settings = PPIDSettings.for_site(site)
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()
    record_initial_approval(site, "Uji: seolah disetujui Koordinator.")  # what the public sees
    return settings


def test_favicon_defaults_to_the_static_icon(client):
    page = soup(client, "/")
    assert page.find("link", rel="icon")["href"].endswith("img/favicon.svg")
    response = client.get("/favicon.ico")
    assert response.status_code == 302 and response["Location"].endswith("img/favicon.svg")


def test_favicon_comes_from_the_office_settings(client):
    from tests.test_public_site import make_image

    logo = make_image()
    office(logo=logo)
    href = soup(client, "/").find("link", rel="icon")["href"]
    assert href.startswith("/media/images/") and href.endswith(".png")
    assert client.get("/favicon.ico")["Location"] == href
    page = soup(client, "/")
    assert page.select_one(".site-brand img") is not None


def test_ppid_utama_link_from_settings(client):
    assert "PPID Utama" not in soup(client, "/").get_text()
    office(
        ppid_utama_name="PPID Utama Kabupaten Contoh", ppid_utama_url="https://ppid.example.go.id/"
    )
    links = soup(client, "/").find_all("a", href="https://ppid.example.go.id/")
    assert links and links[0].get_text(strip=True) == "PPID Utama Kabupaten Contoh"


def test_meta_description_falls_back_to_the_page_text(client):
    body = [("paragraph", "<p>Visi PPID adalah <b>pelayanan informasi</b> yang terbuka.</p>")]
    publish(home_page(), StandardPage(title="Visi", slug="visi", body=body))
    description = soup(client, "/visi/").find("meta", attrs={"name": "description"})["content"]
    assert description == "Visi PPID adalah pelayanan informasi yang terbuka."
    page = Page.objects.get(slug="visi").specific
    page.search_description = "Visi dan misi PPID."
    with approved_path(SET_UP):
        page.save_revision().publish()
    description = soup(client, "/visi/").find("meta", attrs={"name": "description"})["content"]
    assert description == "Visi dan misi PPID."


# -- search results ---------------------------------------------------------------------------


def test_search_results_show_type_date_and_marked_excerpt(client, dip_with_exempt):
    page = soup(client, "/cari/", q="keuangan")
    results = page.select(".search-results li")
    assert len(results) == 1
    result = results[0]
    assert result.h2.get_text(strip=True) == "Laporan Keuangan 2025"
    meta = result.select_one(".meta").get_text(" ", strip=True)
    assert meta.startswith("Entri daftar informasi publik") and "diperbarui" in meta
    assert result.find("time")["datetime"]
    excerpt = result.select_one(".search-results__excerpt")
    assert "Ringkasan isi informasi." in excerpt.get_text()
    assert soup(client, "/cari/", q="penyelidikan").select(".search-results li") == []


def test_search_excerpt_escapes_page_text(client):
    body = [("paragraph", "<p>Anggaran &lt;script&gt;alert(1)&lt;/script&gt; keuangan</p>")]
    publish(home_page(), StandardPage(title="Anggaran", slug="anggaran", body=body))
    response = client.get("/cari/", {"q": "anggaran"})
    assert b"<script>alert" not in response.content
    assert b"<mark>Anggaran</mark>" in response.content


# -- text size and contrast switch ------------------------------------------------------------


def test_display_switch_sets_a_cookie_and_returns(client):
    response = client.get("/tampilan/", {"teks": "besar", "kembali": "/regulasi/?tahun=2024"})
    assert response.status_code == 302
    assert response["Location"] == "/regulasi/?tahun=2024"
    assert response.cookies["ppid_teks"].value == "besar"
    assert response.cookies["ppid_teks"]["httponly"]
    assert "ppid_kontras" not in response.cookies


@pytest.mark.parametrize("back", ["https://jahat.example/", "//jahat.example/", "javascript:x"])
def test_display_switch_never_sends_the_visitor_elsewhere(client, back):
    response = client.get("/tampilan/", {"kontras": "tinggi", "kembali": back})
    assert response["Location"] == "/"


def test_display_css_follows_the_cookies_and_is_private(client):
    plain = client.get("/tampilan.css")
    assert "@import" not in plain.content.decode()
    client.get("/tampilan/", {"teks": "besar", "kontras": "tinggi"})
    chosen = client.get("/tampilan.css")
    css = chosen.content.decode()
    assert "large-text.css" in css and "high-contrast.css" in css
    assert 'a[data-choice="teks-besar"]' in css
    assert "private" in chosen["Cache-Control"] and "no-cache" in chosen["Cache-Control"]
    assert "Cookie" in chosen["Vary"]
    client.cookies["ppid_teks"] = "raksasa"  # unknown values are the default
    assert "large-text.css" not in client.get("/tampilan.css").content.decode()


def test_pages_are_the_same_html_whatever_the_display_choice(client):
    """Cache-safe: the choice lives only in /tampilan.css, never in a page's HTML."""
    publish(home_page(), StandardPage(title="Kontak", slug="kontak"))
    before = client.get("/kontak/").content
    client.get("/tampilan/", {"teks": "besar", "kontras": "tinggi"})
    assert client.get("/kontak/").content == before
    page = BeautifulSoup(before, "html.parser")
    choices = [a["data-choice"] for a in page.select(".display-switch a[data-choice]")]
    assert choices == ["teks-normal", "teks-besar", "kontras-normal", "kontras-tinggi"]


# -- accessibility statement ------------------------------------------------------------------


def test_accessibility_statement_is_linked_from_every_page(client):
    from ppid_pages.models import AccessibilityStatementPage

    assert soup(client, "/").find("a", string="Pernyataan Aksesibilitas") is None
    publish(
        home_page(),
        AccessibilityStatementPage(title="Pernyataan Aksesibilitas", slug="aksesibilitas"),
    )
    office(email="ppid@contohkab.go.id")
    link = soup(client, "/").find("a", string="Pernyataan Aksesibilitas")
    assert link["href"] == "/aksesibilitas/"
    page = soup(client, "/aksesibilitas/")
    text = page.get_text(" ", strip=True)
    assert "Memenuhi sebagian WCAG 2.2 tingkat AA" in text
    assert "ppid@contohkab.go.id" in text


# -- DIP per category, DIP and DIK exports, SK penetapan --------------------------------------

EXEMPT_SUMMARY = "Isi rahasia hasil penyelidikan internal"


@pytest.fixture
def registers():
    """A DIP with an entry of every category (one exempt, with a document) and the DIK page."""
    from ppid_pages.models import ExemptIndexPage
    from ppid_pages.models.dip import DipCategory
    from tests.factories import make_dip_index, make_document, make_entry, make_unit

    index = make_dip_index()
    index.decree_number = "800/17/PPID/2026"
    index.decree_date = datetime.date(2026, 1, 5)
    with approved_path(SET_UP):
        index.save_revision().publish()
    unit = make_unit("Bidang Rahasia Internal")
    make_entry(index, "Laporan Keuangan 2025", slug="keuangan", number="DIP/1")
    make_entry(index, "Peringatan Banjir", DipCategory.SERTA_MERTA, slug="banjir", number="DIP/2")
    make_entry(index, "Daftar Aplikasi", DipCategory.SETIAP_SAAT, slug="aplikasi", number="DIP/3")
    make_entry(
        index,
        "Hasil Penyelidikan Internal",
        DipCategory.DIKECUALIKAN,
        slug="penyelidikan",
        number="DIK/9",
        unit=unit,
        summary=f"<p>{EXEMPT_SUMMARY}</p>",
        documents=(make_document("Berkas Penyelidikan"),),
    )
    exempt_index = publish(home_page(), ExemptIndexPage(title="Dikecualikan", slug="dik"))
    return index, exempt_index


def xlsx_text(content: bytes) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(content))
    return "\n".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def export_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    assert "attachment" in response["Content-Disposition"]
    content = b"".join(response) if response.streaming else response.content
    return xlsx_text(content) if url.endswith("xlsx/") else pdf_text(content)


def test_category_pages_show_the_perki_columns_of_their_category(client, registers):
    page = soup(client, "/dip/kategori/serta-merta/")
    assert page.h1.get_text(strip=True) == "Informasi Serta Merta"
    rows = page.select("tbody tr")
    assert [row.find("a").get_text(strip=True) for row in rows] == ["Peringatan Banjir"]
    headers = [th.get_text(strip=True) for th in page.select("thead th")]
    assert headers == [
        "Nomor",
        "Informasi dan ringkasan isi",
        "Pejabat/unit yang menguasai informasi",
        "Penanggung jawab pembuatan/penerbitan informasi",
        "Waktu dan tempat pembuatan informasi",
        "Bentuk informasi yang tersedia",
        "Jangka waktu penyimpanan",
    ]
    berkala = soup(client, "/dip/kategori/berkala/")
    assert [a.get_text(strip=True) for a in berkala.select("tbody tr th a")] == [
        "Laporan Keuangan 2025"
    ]
    assert client.get("/dip/kategori/dikecualikan/").status_code == 404
    assert client.get("/dip/unduh/docx/").status_code == 404


def test_dip_shows_its_decree_and_downloads(client, registers):
    page = soup(client, "/dip/")
    meta = page.select_one(".register-meta").get_text(" ", strip=True)
    assert "800/17/PPID/2026" in meta and "5 Januari 2026" in meta
    links = {a["href"] for a in page.select(".register-meta a")}
    assert {"/dip/unduh/xlsx/", "/dip/unduh/pdf/"} <= links
    tabs = [a["href"] for a in page.select(".tabs a")]
    assert tabs[1:] == [
        "/dip/kategori/berkala/",
        "/dip/kategori/serta-merta/",
        "/dip/kategori/setiap-saat/",
    ]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_dip_export_holds_every_public_entry_and_nothing_exempt(client, registers, kind):
    text = export_text(client, f"/dip/unduh/{kind}/")
    for title in ("Laporan Keuangan 2025", "Peringatan Banjir", "Daftar Aplikasi"):
        assert title in text
    assert "DAFTAR INFORMASI PUBLIK" in text and "800/17/PPID/2026" in text
    for secret in ("Penyelidikan", EXEMPT_SUMMARY, "DIK/9", "Bidang Rahasia Internal"):
        assert secret not in text


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_dik_export_shows_only_title_and_grounds(client, registers, kind):
    text = export_text(client, f"/dik/unduh/{kind}/")
    assert "DAFTAR INFORMASI YANG DIKECUALIKAN" in text
    assert "Hasil Penyelidikan Internal" in text
    assert "Pasal 17 huruf h UU 14/2008" in text and "UK/01/PPID/2025" in text
    for secret in (EXEMPT_SUMMARY, "Berkas Penyelidikan", "Bidang Rahasia Internal", "DIK/9"):
        assert secret not in text
    assert "Laporan Keuangan" not in text


def test_category_pages_are_in_the_sitemap(client, registers):
    locations = sitemap_locations(client)
    assert "http://localhost/dip/kategori/setiap-saat/" in locations


def test_meta_description_of_a_view_whose_page_is_not_a_page(rf):
    from ppid_pages.templatetags.ppid_tags import meta_description

    assert meta_description("langkah-2", "PPID Contoh") == "PPID Contoh"
    assert meta_description(None, "PPID Contoh") == "PPID Contoh"
