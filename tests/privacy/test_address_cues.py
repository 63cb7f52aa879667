"""Issue 14, class 2: home addresses in prose after the words people use ("rumahnya di",
"pindah ke", "yang tinggal ..."), landmarks, Aceh's jurong, an English-style house number, and a
form export whose header carries a hint in brackets. Plain Python, no Django. Made-up persons."""

import pytest

from moderation.privacy import scan_text


def addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "address"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Bu Sukinah, rumahnya di Dusun Ngablak RT 04, sudah dikunjungi.", "Dusun Ngablak RT 04"),
        (
            "Keluarga Pak Ahmad pindah ke Perumnas Blok F-7, Kelurahan Tamalanrea.",
            "Perumnas Blok F-7, Kelurahan Tamalanrea",
        ),
        (
            "Nenek Saudah yang tinggal sebelah utara masjid Al Ikhlas kini dirawat.",
            "sebelah utara masjid Al Ikhlas",
        ),
        ("Pelapor: rumah saya di ujung gang Kenari, RT 3.", "ujung gang Kenari, RT 3"),
        (
            "Ia berasal dari Jurong Blang Ujong, Gampong Lam Ara.",
            None,
        ),  # no cue: a place of origin, not reported
        (
            "Almarhum beralamat di 14 Jalan Kartini, Kelurahan Oebobo.",
            "14 Jalan Kartini, Kelurahan Oebobo",
        ),
    ],
)
def test_prose_address_cues(text, address):
    assert addresses(text) == ([address] if address else [])


def test_aceh_jurong_is_an_address_unit():
    assert addresses("warga Jurong Tgk Chik, Gampong Lampeuneurut") == [
        "Jurong Tgk Chik, Gampong Lampeuneurut"
    ]


def test_hospital_or_household_is_not_a_home_cue():
    text = (
        "Pasien dirujuk ke rumah sakit di Jalan Sudirman. Mengurus rumah tangga di Dusun Ngablak."
    )
    assert addresses(text) == []


def test_form_export_header_with_a_hint_in_brackets():
    text = (
        "Cap waktu,Nama,NIK (16 digit),Alamat Lengkap,Tgl Lahir (dd/mm/yyyy)\n"
        "3/4/2024 9:12:01,Rahmawati,-,Kampung Lette,03/03/1981\n"
        "3/4/2024 9:40:55,Sulaiman,-,Kampung Mariso,11/10/1977\n"
    )
    assert addresses(text) == ["Kampung Lette", "Kampung Mariso"]


@pytest.mark.parametrize(
    "text",
    [
        "Yang bersangkutan adalah benar penduduk Kelurahan Tegalrejo yang berdomisili tetap.",
        "menerangkan bahwa Sdri. Wartini adalah warga Nagari Sungai Pua Kecil.",
    ],
)
def test_a_resident_of_a_village_names_the_village_not_a_home(text):
    assert [f for f in scan_text(text) if f.kind == "address"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("adalah warga Dusun Ngablak RT 03 RW 01, Desa Sidorejo", "Dusun Ngablak"),
        ("adalah penduduk Desa Sidorejo RT 04 RW 02", "RT 04 RW 02"),
    ],
)
def test_a_resident_of_a_hamlet_or_rt_keeps_the_address(text, value):
    assert any(value in text[f.start : f.end] for f in scan_text(text) if f.kind == "address")


def test_an_address_column_read_one_value_a_line():
    # a PDF table extracted column by column; an office in an "Alamat/Instansi" column is passed
    text = (
        "Nama\nSuparno\nCamat\nLestari\nAlamat/Instansi\n"
        "Jl. Kenari No. 7, Desa Wonosari\nKantor Kecamatan Ngawen\nDusun Jati 02/05 Wonosari\n"
        "No. HP\n0812 1234 5678\n"
    )
    found = addresses(text)
    assert "Jl. Kenari No. 7, Desa Wonosari" in found
    assert "Dusun Jati 02/05 Wonosari" in found
    assert not any("Kantor" in value for value in found)


def test_a_hamlet_column_read_one_value_a_line():
    text = "NIK\n3404014507850002\n3404011105790004\nDusun\nJetis Lor\nNgablak II\nRT\n03\n04\n"
    assert addresses(text) == ["Jetis Lor", "Ngablak II"]


def test_a_single_line_under_an_address_word_is_not_a_column():
    assert addresses("Alamat\nSilakan isi formulir di bawah ini\n") == []
    assert addresses("Dusun\nKrajan\n\nCatatan: data sementara") == []
