"""Issue 14, class 2 (recall14): home addresses in running prose, built from the administrative
levels (places.py) rather than from examples - a unit after a person's name, cues in Minang and
Javanese krama, English forms with the unit after the name, landmark chains, "Gg. ... Jl. ..."
chains, RT/RW written "04/09" after a hamlet, and a hamlet on a line holding a person's mobile
number. Plain Python, no Django. Made-up persons and places."""

import pytest

from moderation.privacy import scan_text


def addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "address"]


@pytest.mark.parametrize(
    "text, address",
    [
        # a unit right after a person's name (honorific, role label, or a name starting its line)
        (
            "Bantuan diserahkan kepada Ibu Warsinah (67), Padukuhan Ngaglik, Kalurahan Banyusoco.",
            "Padukuhan Ngaglik, Kalurahan Banyusoco",
        ),
        (
            "Sdri. Oktaviani Lumban Gaol, Lingkungan VII Kel. Sidorame.",
            "Lingkungan VII Kel. Sidorame",
        ),
        (
            "Pemohon: Rasyidin, Jorong Tigo Suku Nagari Pandai Sikek",
            "Jorong Tigo Suku Nagari Pandai Sikek",
        ),
        ("Tn. Made Arsana dari Banjar Tegal Linggah menyampaikan usulan.", "Banjar Tegal Linggah"),
        (
            "Markus Yoman Kogoya, Kampung Pikhe, Distrik Hubikosi",
            "Kampung Pikhe, Distrik Hubikosi",
        ),
        ("Teungku Hasballah, Gampong Meunasah Papeun", "Gampong Meunasah Papeun"),
        (
            "Ny. Sumiyati, Dukuh Gendingan 02/05 Desa Kebonarum",
            "Dukuh Gendingan 02/05 Desa Kebonarum",
        ),
        (
            "Sdr. Wahyudi, Gg. Kenari III Jl. Parangtritis Km 4",
            "Gg. Kenari III Jl. Parangtritis Km 4",
        ),
        # cues in other languages and forms
        (
            "Dunsanak Yusnidar tingga di Jorong Kapalo Koto, Nagari Tabek",
            "Jorong Kapalo Koto, Nagari Tabek",
        ),
        (
            "Swargi Mbah Parto, griyanipun Dusun Jlegong 03/01 Bejiharjo.",
            "Dusun Jlegong 03/01 Bejiharjo",
        ),
        ("Alamatnya di seberang SDN 3 Wonosari, RT 05.", "seberang SDN 3 Wonosari, RT 05"),
        (
            "Anak itu tinggal bersama kakeknya di pinggir sungai Opak, Dusun Kedon.",
            "pinggir sungai Opak, Dusun Kedon",
        ),
        (
            "Jenazah dibawa ke rumah duka, Kampung Cibeureum RT 03, Desa Sukaresmi.",
            "Kampung Cibeureum RT 03, Desa Sukaresmi",
        ),
        (
            "Alamat/Instansi : Dusun Wotgaleh 07/02 Sendangtirto",
            "Dusun Wotgaleh 07/02 Sendangtirto",
        ),
        # English forms: the unit after its name
        (
            "The widow living at Kedungrejo Hamlet, Sumbersari Village, Moyudan District is 80.",
            "Kedungrejo Hamlet, Sumbersari Village, Moyudan District",
        ),
        ("Applicant: Mr. Hadi, residing at 27 Cendana Road, Kupang.", "27 Cendana Road"),
    ],
)
def test_address_in_prose(text, address):
    assert address in addresses(text)


def test_hamlet_on_a_line_with_a_persons_mobile_number():
    text = "<li>Sri Lestari - Kader Posyandu, Dusun Gatak, WA: 0857-2231-9087</li>"
    assert addresses(text) == ["Dusun Gatak"]


def test_rt_cell_in_a_form_row_with_a_private_email():
    row = "12/03/2025 08:14:02;wenda.ap@gmail.com;Ani Wenda;RT 09 - Kampung Harapan;Lansia"
    assert "RT 09 - Kampung Harapan" in addresses(row)


@pytest.mark.parametrize(
    "text",
    [
        "Kegiatan posyandu di Dusun Gatak diikuti 40 balita.",
        "Rapat dihadiri Kepala Dusun, Ketua RT dan Ketua RW.",
        "Sleman, Dusun Krajan dan sekitarnya terdampak banjir.",
        "Bapak Bupati meninjau jalan, jembatan dan saluran irigasi.",
        "Kantor Desa Wonokerto, Jl. Turi Km 3, Telp. 0274-895112, WA Layanan 0812-2700-1100",
        "Pemenang tender CV Sinar Jaya, Dusun Krajan RT 02, HP 0813-2900-7710",
        "Ia berasal dari Banjar Kaja dan kini bekerja di Denpasar.",
        "Jalan Kaliurang ditutup sementara, kata Bapak Kapolsek, Jalan Magelang dialihkan.",
    ],
)
def test_no_person_no_home_address(text):
    assert addresses(text) == []
