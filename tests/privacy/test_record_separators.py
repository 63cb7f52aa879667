"""Issue 14, heldout6 classes M2, M6, F3 and F6 (recall14e): records under a header of field
names joined by "=", tables separated by unusual bars (broken bar, double bar), a header
repeated inside a table, placeholders after "Alamat", and an address ending where the next
field of a one-line record starts. Plain Python, no Django. Made-up persons."""

import pytest

from moderation.privacy import scan_text


def found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == kind]


def test_equals_separated_records():
    text = (
        "REKAP PESERTA BURSA KERJA\n"
        "no=nama_pencaker=tanggal_lahir=alamat_domisili=pendidikan\n"
        "1=Agus Salim=14/02/1994=Lingkungan Pasar Lama, Kel. Pasar Baru=SMK\n"
        "2=Rika Wulandari=1997-10-03=Kampung Sawah Besar, Kel. Kota Baru=D3\n"
    )
    assert found(text, "birth_date") == ["14/02/1994", "1997-10-03"]
    assert found(text, "address") == [
        "Lingkungan Pasar Lama, Kel. Pasar Baru",
        "Kampung Sawah Besar, Kel. Kota Baru",
    ]


@pytest.mark.parametrize("bar", ["\u00a6", "\u2016"])
def test_unusual_bars(bar):
    text = (
        f"No {bar} Nama Penerima {bar} Tempat Tinggal {bar} Keterangan\n"
        f"1 {bar} Syafrudin {bar} Jorong Tanjung Alam, Nagari Tanjung Bonai {bar} layak\n"
        f"2 {bar} Rosmaniar {bar} Jorong Padang Laweh, Nagari Lubuk Tarok {bar} layak\n"
    )
    assert found(text, "address") == [
        "Jorong Tanjung Alam, Nagari Tanjung Bonai",
        "Jorong Padang Laweh, Nagari Lubuk Tarok",
    ]


def test_header_words_repeated_in_a_table_are_no_address():
    text = (
        "TPS;No;Nama;Jenis Kelamin;Alamat;RT;RW\n"
        "TPS 004;No;Nama;Jenis Kelamin;Alamat;RT;RW\n"
        "TPS 004;1;Darsih;P;Dusun Sukasari;001;003\n"
    )
    assert found(text, "address") == ["Dusun Sukasari;001;003"]


@pytest.mark.parametrize(
    "value",
    ["(disamarkan oleh PPID)", "[dirahasiakan]", "***", "(tidak dicantumkan)", "- - -"],
)
def test_placeholder_after_label(value):
    text = f"Pemohon : Sdr. R\nAlamat : {value}\nPekerjaan : Wiraswasta\n"
    assert found(text, "address") == []


def test_address_ends_at_the_next_field():
    text = (
        "12. Tn. Sarbini, umur 61 th, alamat: Dukuh Ngasem RT 05, Desa Wates, "
        "diagnosa: I10, tgl rawat: 03-02-2026, tagihan: Rp3.400.000\n"
    )
    assert found(text, "address") == ["Dukuh Ngasem RT 05, Desa Wates"]


def test_address_parts_with_colons_stay_in_the_address():
    text = "Alamat: Jl. Cendana, RT: 07, RW: 01, Kel. Lamper Kidul\n"
    assert found(text, "address") == ["Jl. Cendana, RT: 07, RW: 01, Kel. Lamper Kidul"]


def test_docx_table_cells_start_after_their_tab():
    # a DOCX table as the extractor writes it: one cell a line, each after a tab
    text = (
        "No\n\tNIK\n\tNama\n\tAlamat\n\t\n"
        "1\n\t6171034711850004\n\tLiana\n\tGg. Karya Baru, Kel. Parit Tokaya\n\t\n"
        "2\n\t6171031203790002\n\tHendri\n\tKomplek Bumi Indah Blok C3, Kel. Sungai Bangkong\n\t\n"
    )
    assert found(text, "address") == [
        "Gg. Karya Baru, Kel. Parit Tokaya",
        "Komplek Bumi Indah Blok C3, Kel. Sungai Bangkong",
    ]
