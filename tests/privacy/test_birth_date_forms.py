"""Issue 14, class 3: dates of birth written as spreadsheets and PDFs leave them. Plain
Python, no Django. All persons here are made up."""

import pytest

from moderation.privacy import scan_text


def births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "birth_date"]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Tgl. Lahir: 09-Okt-71", "09-Okt-71"),  # Excel's dd-mmm-yy, Indonesian month
        ("Tanggal lahir 3-Sep-04", "3-Sep-04"),
        ("Tempat/Tgl Lahir : Tondano, 30 Juni\n1974", "30 Juni\n1974"),  # wrapped by a PDF
    ],
)
def test_birth_date_forms(text, date):
    assert births(text) == [date]


def test_a_month_and_a_time_is_not_a_two_digit_year():
    assert births("Tgl lahir diperbarui 12 Jan 10:15") == []


def test_spreadsheet_date_cell_written_as_midnight_datetime():
    text = "No\tNama\tTgl Lahir\n1\tMarlina\t1961-02-03T00:00:00\n2\tYusuf\t1979-12-30 00:00\n"
    assert births(text) == ["1961-02-03", "1979-12-30"]


def test_form_timestamp_with_a_time_is_still_not_a_birth_date():
    text = "Tanggal lahir diisi pada 2024-03-01 08:15:22 oleh petugas"
    assert births(text) == []


# Writings a date of birth takes in exports and forms: without separators, spaced separators,
# a dotted two-digit year, year first with slashes, an apostrophe year, "tgl .. bln .. th ..",
# Indonesian short month names (Mrt, Agst, Pebr). Each is a birth date only after a birth
# label or in a birth column.
@pytest.mark.parametrize(
    "text, date",
    [
        ("Tgl. Lahir : 05111979", "05111979"),
        ("Tempat/Tgl Lahir: Tegal, 30061991", "30061991"),
        ("Tanggal lahir 7 / 11 / 1968", "7 / 11 / 1968"),
        ("TTL: Sragen, 14 . 02 . 1990", "14 . 02 . 1990"),
        ("tgl lahir 11.4.77", "11.4.77"),
        ("Tempat, tanggal lahir: Muntilan, 2001/12/09", "2001/12/09"),
        ("Date of birth: 2 March '69", "2 March '69"),
        ("lahir pada tanggal 3 bulan 11 tahun 1971", "3 bulan 11 tahun 1971"),
        ("TTL : Kendal / tgl 9 bln 12 th 1993", "9 bln 12 th 1993"),
        ("Tgl Lahir: 12 Agst. 1970", "12 Agst. 1970"),
        ("Tgl Lahir: 1 Mrt 1958", "1 Mrt 1958"),
        ("Tgl Lahir: 28 Pebr. 1962", "28 Pebr. 1962"),
    ],
)
def test_more_birth_date_writings(text, date):
    assert births(text) == [date]


def test_birth_date_writings_in_a_birth_column():
    text = (
        "No | Nama | NIK | Tgl Lahir\n"
        "1 | Sumarni | 3374015507800001 | 15071980\n"
        "2 | Wagiyo | 3374011203750002 | 12.3.75\n"
    )
    assert births(text) == ["15071980", "12.3.75"]


@pytest.mark.parametrize(
    "text",
    [
        "Nomor register 12032019 diterima pada 4.5.21",  # eight digits, a dotted short year
        "Versi aplikasi 2023.07.18, kode 31122020",
        "Surat tanggal 7 / 11 / 2023 perihal undangan",  # a letter date: no birth label
        "Rapat tgl 9 bln 12 th 2023 di balai desa",
        "Tgl lahir diperbarui 2024/03/01 08:15:22",  # a timestamp
    ],
)
def test_loose_date_writings_without_a_birth_context_are_not_birth_dates(text):
    assert births(text) == []


def test_a_birth_date_column_read_one_value_a_line():
    # a PDF table extracted column by column: the header, then one value a line
    text = (
        "NAMA\nSumarni\nWagiyo\nTukinem\nTanggal Lahir\n"
        "02-11-1970\n14/05/1983\n-\n9 Januari 1961\n30041999\n"
        "ALAMAT\nDusun Krajan\n"
    )
    assert births(text) == ["02-11-1970", "14/05/1983", "9 Januari 1961", "30041999"]


def test_a_place_and_birth_date_column_read_one_value_a_line():
    text = "TTL\nKlaten, 02-11-1970\nBoyolali 14 Mei 1983\nWonogiri / 1961-01-09\nKETERANGAN\n"
    assert births(text) == ["02-11-1970", "14 Mei 1983", "1961-01-09"]


def test_dates_under_a_header_that_is_not_a_birth_label_are_not_birth_dates():
    text = "Tanggal Pengajuan\n02-11-2020\n14/05/2021\n09-01-2021\n"
    assert births(text) == []


def test_a_date_column_is_not_joined_into_a_card_number():
    # 22-06-1980 above 17-01-1965 holds 16 digits, like a card number broken over two lines
    text = "Tgl Lahir\n22-06-1980\n17-01-1965\n"
    assert births(text) == ["22-06-1980", "17-01-1965"]


def test_minang_birth_verb():
    assert births("Dunsanak Rusli, lahia di Bukittinggi 11-03-1978, kini di rantau") == [
        "11-03-1978"
    ]
