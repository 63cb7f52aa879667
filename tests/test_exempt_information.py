"""Exempt (dikecualikan) information: the public sees only its row in the exempt list."""

import pytest
from django.contrib.auth.models import Group, User

from moderation.publication import SET_UP, approved_path
from ppid_pages.models import ExemptIndexPage
from ppid_pages.models.dip import DipCategory

from .factories import home_page, make_dip_index, make_document, make_entry, pdf_bytes, publish

pytestmark = pytest.mark.django_db

SECRET = "Rincian internal negosiasi kontrak"


@pytest.fixture
def dip_index():
    return make_dip_index()


@pytest.fixture
def exempt_document():
    return make_document("Dokumen Rahasia", pdf_bytes(SECRET))


@pytest.fixture
def exempt_entry(dip_index, exempt_document):
    return make_entry(
        dip_index,
        "Kontrak Pengadaan Server",
        category=DipCategory.DIKECUALIKAN,
        documents=(exempt_document,),
        summary=f"<p>{SECRET}</p>",
    )


@pytest.fixture
def public_entry(dip_index):
    return make_entry(dip_index, "Laporan Keuangan 2025", category=DipCategory.BERKALA)


@pytest.fixture
def exempt_list():
    return publish(
        home_page(), ExemptIndexPage(title="Informasi yang Dikecualikan", slug="dikecualikan")
    )


def test_exempt_entry_page_is_not_found(client, exempt_entry):
    response = client.get(exempt_entry.url)
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_public_entry_page_is_served(client, public_entry):
    assert client.get(public_entry.url).status_code == 200


@pytest.mark.parametrize("query", ["", "?kategori=dikecualikan", "?kategori=berkala&tahun=2025"])
def test_dip_listing_never_shows_exempt_entries(client, dip_index, exempt_entry, query):
    html = client.get(dip_index.url + query).content.decode()
    assert "Kontrak Pengadaan Server" not in html
    assert exempt_entry.url not in html


def test_exempt_list_shows_grounds_but_not_contents(
    client, exempt_list, exempt_entry, exempt_document
):
    html = client.get(exempt_list.url).content.decode()
    assert "Kontrak Pengadaan Server" in html
    assert "Pasal 17 huruf h UU 14/2008" in html
    assert "UK/01/PPID/2025" in html
    assert "5 tahun" in html
    assert SECRET not in html
    assert exempt_entry.url not in html
    assert exempt_document.url not in html


def search_titles(client, query: str) -> list[str]:
    response = client.get("/cari/", {"q": query})
    assert response.status_code == 200
    return [result.title for result in response.context["results"]]


def test_search_never_finds_exempt_entries(client, exempt_entry, public_entry):
    assert search_titles(client, "Kontrak Pengadaan Server") == []
    assert search_titles(client, SECRET) == []
    assert search_titles(client, "Laporan Keuangan") == ["Laporan Keuangan 2025"]


def test_reclassified_entry_disappears_from_search(client, dip_index, public_entry):
    public_entry.category = DipCategory.DIKECUALIKAN
    for name, value in {
        "exemption_legal_basis": "Pasal 17",
        "consequence_test_number": "UK/2",
        "consequence_test_date": "2025-01-01",
        "exemption_period": "2 tahun",
    }.items():
        setattr(public_entry, name, value)
    with approved_path(SET_UP):
        public_entry.save_revision().publish()
    assert search_titles(client, "Laporan Keuangan") == []
    assert client.get(public_entry.url).status_code == 404


def test_exempt_document_url_is_refused_to_the_public(client, exempt_entry, exempt_document):
    response = client.get(exempt_document.url)
    assert response.status_code == 404


def test_exempt_document_is_refused_to_a_role_without_document_rights(
    client, exempt_entry, exempt_document
):
    user = User.objects.create_user("kadis", password="x")
    user.groups.add(Group.objects.get(name="Kepala Dinas"))
    client.force_login(user)
    assert client.get(exempt_document.url).status_code == 404


def test_exempt_document_is_served_to_staff_who_edit_documents(
    client, exempt_entry, exempt_document
):
    user = User.objects.create_user("operator", password="x")
    user.groups.add(Group.objects.get(name="Operator"))
    client.force_login(user)
    response = client.get(exempt_document.url)
    assert response.status_code == 200


def test_public_document_is_served(client, dip_index):
    document = make_document("Laporan Publik")
    make_entry(dip_index, "Laporan Publik", documents=(document,))
    assert client.get(document.url).status_code == 200


def test_media_folder_never_serves_documents(client, exempt_entry, exempt_document):
    response = client.get(f"/media/{exempt_document.file.name}")
    assert response.status_code == 404


def test_exempt_entry_requires_its_exemption_grounds(dip_index):
    from django.core.exceptions import ValidationError

    from ppid_pages.models import DipEntryPage

    from .factories import entry_fields, make_unit

    fields = entry_fields(make_unit(), DipCategory.DIKECUALIKAN)
    fields["exemption_legal_basis"] = ""
    entry = DipEntryPage(title="Tanpa dasar", slug="tanpa-dasar", **fields)
    with pytest.raises(ValidationError) as error:
        entry.clean()
    assert "exemption_legal_basis" in error.value.message_dict
