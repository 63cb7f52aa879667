"""Issue 14, class 6: a mobile number that lost its leading 0 (a spreadsheet cell stored as a
number) is still a phone number after a phone label. Plain Python, no Django. Numbers are
made up."""

import pytest

from moderation.privacy import scan_text


@pytest.mark.parametrize(
    "text, value",
    [
        ("Nama: Yohanes Lake, No HP: 82144557123, Desa Oelnasi", "82144557123"),
        ("Kontak: 8571230944 (istri)", "8571230944"),
        ("wa 81399012276 kalau ada kabar", "81399012276"),
        ("Tlp. 895330912884", "895330912884"),
    ],
)
def test_a_mobile_number_without_its_zero_after_a_phone_label(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan_text(text)] == [("phone", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah anggaran 8500000000 dialokasikan",  # no label: an amount
        "No HP: 8123",  # too short for a mobile number
        "Nomor register 81399012276 tahun 2025",
    ],
)
def test_other_numbers_starting_with_8_are_not_phones(text):
    assert [f.kind for f in scan_text(text) if f.kind == "phone"] == []
