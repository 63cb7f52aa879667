"""Issue 14 (heldout7 misses): a table of persons headed in English ("Recipient | Date of birth
| National ID | Residence | Mobile"), an origin label written like an address ("Asal : Dusun
..."), a home named with "tempat tinggal terakhir", a home address after a company's name when
the cue says it is a home ("alamat rumah"), and an address in brackets after a person's name.
An origin that is only a town or a school, and a company's own address, stay unflagged."""

import pytest

from moderation.privacy import scan_text


def found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == kind]


ENGLISH = (
    "Recipient | Date of birth | ID number | Residence | Mobile\n"
    "Yosef Kambu | 3 March 1979 | 9171030303790004 | house no. 12, Kampung Vim, Abepura village"
    " | 0813 4400 1122\n"
    "Maria Itlay | 14 May 1985 | 9171035405850002 | house 7, Kampung Tobati, Entrop village"
    " | 82199887766\n"
)


def test_an_english_table_of_persons_is_read_by_its_columns():
    assert found(ENGLISH, "address") == [
        "house no. 12, Kampung Vim, Abepura village",
        "house 7, Kampung Tobati, Entrop village",
    ]
    assert "82199887766" in found(ENGLISH, "phone")


def test_a_home_page_column_is_no_address():
    text = (
        "Name | Home page | Office address\n"
        "Dinas Kominfo | https://kominfo.example.go.id | Jl. Merdeka 1\n"
        "Dinas Sosial | https://dinsos.example.go.id | Jl. Merdeka 3\n"
    )
    assert found(text, "address") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "3. Yuliani\n   Paspor : C 1234567\n   Asal   : Dusun Kedungrejo, Desa Sumberagung, "
            "Kecamatan Jetis\n",
            "Dusun Kedungrejo, Desa Sumberagung, Kecamatan Jetis",
        ),
        (
            "Calon PMI: Ani, Asal: Belakang Pasar Wage, RT 07 Dusun Lor\n",
            "Belakang Pasar Wage, RT 07 Dusun Lor",
        ),
        (
            "Almarhum Slamet, tempat tinggal terakhir Dukuh Krajan, Desa Ngrayun, Kecamatan "
            "Ngrayun.",
            "Dukuh Krajan, Desa Ngrayun, Kecamatan Ngrayun",
        ),
        (
            "Pemilik CV Tirta Abadi (perorangan) Made Suarta, alamat rumah Banjar Kaja, "
            "Desa Sibang, Kecamatan Abiansemal.",
            "Banjar Kaja, Desa Sibang, Kecamatan Abiansemal",
        ),
        (
            "- Ibu Rukmini (Dusun Sidomulyo) mengusulkan perbaikan saluran irigasi.",
            "Dusun Sidomulyo",
        ),
    ],
)
def test_labels_and_layouts_of_a_home(text, address):
    assert address in found(text, "address")


@pytest.mark.parametrize(
    "text",
    [
        "Asal : Jepara\nAsal sekolah : SMAN 2 Kudus\n",
        "Pemenang: CV Tirta Abadi, alamat Jl. Gatot Subroto No. 8, Denpasar",
        "Rapat di Kantor Desa (Jl. Raya Sibang No. 3) dihadiri 40 warga.",
    ],
)
def test_origins_and_company_addresses_stay_unflagged(text):
    assert found(text, "address") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Asal desa : Dusun Tegalsari, Desa Wonokerto", "Dusun Tegalsari, Desa Wonokerto"),
        (
            "Home address: house no. 21, Dusun III, Oebobo village",
            "house no. 21, Dusun III, Oebobo village",
        ),
        (
            "Residence: house no. 4, Lingkungan II, Tondano village",
            "house no. 4, Lingkungan II, Tondano village",
        ),
    ],
)
def test_other_label_words_of_a_home(text, address):
    assert found(text, "address") == [address]
