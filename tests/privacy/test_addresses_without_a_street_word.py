"""Issue 14, heldout8 class (recall14i): home addresses that do not open with a street or RT/RW
word after a label. Plain Python, no Django. Made-up names and places.

- A letter's address block under "Kepada Yth." with the addressee's name on its own line, over
  two lines, ended by "di -" and the town (not only "di Tempat").
- A named person's home in news prose: "rumah milik <name> (<age>) di ...", "rumah warga ...".
- "Alamat <whose> :" ("Alamat Pelapor", "Alamat Pasien", "Alamat Orang Tua") labels a person's
  address, whatever unit opens it (RT 004, Kampung ..., Distrik ... in Papua); "Alamat Kantor :"
  does not.
"""

import pytest

from moderation.privacy import scan_text


def addresses(text):
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "address"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hal : Panggilan\n\nKepada Yth.\nSdr. Rahmat Hidayat\nJl. Cendana No. 7, "
            "Lingkungan II\nKel. Mamajang, Kec. Tamalate\ndi -\n      MAKASSAR\n\nDengan hormat,",
            "Jl. Cendana No. 7, Lingkungan II\nKel. Mamajang, Kec. Tamalate",
        ),
        (
            "Kepada Yth.\nIbu Ni Luh Sekar\nBanjar Dinas Kangin\nDesa Pemuteran, Kec. Gerokgak\n"
            "di -\n   SINGARAJA",
            "Banjar Dinas Kangin\nDesa Pemuteran, Kec. Gerokgak",
        ),
    ],
)
def test_a_letters_address_block_under_its_addressee(text, expected):
    assert expected in addresses(text)


def test_an_office_addressee_has_no_home():
    text = "Kepada Yth.\nKepala Dinas Sosial\nJl. Merdeka No. 1\nKota Malang\ndi -\n   MALANG"
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Api membakar rumah milik Sutarman (61) di Dusun Krajan, Desa Sumberejo, "
            "Kec. Wonosari, Minggu (3/5).",
            "Dusun Krajan, Desa Sumberejo, Kec. Wonosari",
        ),
        (
            "Pohon tumbang menimpa rumah warga atas nama Yakomina di RT 006, Kampung Harapan, "
            "Distrik Sentani Timur.",
            "RT 006, Kampung Harapan, Distrik Sentani Timur",
        ),
    ],
)
def test_a_named_persons_home_in_news(text, expected):
    assert expected in addresses(text)


def test_an_address_label_naming_whose_address_it_is():
    text = "Nama Pasien : Yosina Kogoya\nAlamat Pasien: RT 004, Kampung Yoboi, Distrik Sentani\n"
    assert "RT 004, Kampung Yoboi, Distrik Sentani" in addresses(text)
    assert addresses("Alamat Kantor: Jl. Raya No. 4, Kec. Sentani") == []
