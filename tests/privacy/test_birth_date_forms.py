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
