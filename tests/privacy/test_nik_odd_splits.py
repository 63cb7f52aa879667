"""Issue 14, class 5: a NIK split into two or three groups at a place no usual layout has
(9+7, 7+9, 5+11) is still a NIK after a NIK / KTP label, when the 16 digits have a
valid area code and birth date. Plain Python, no Django. Numbers are made up."""

import pytest

from moderation.privacy import scan_text


@pytest.mark.parametrize(
    "text, value",
    [
        ("Pemohon: Lukas Wenda, NIK 947102151 0880003, Distrik Wamena", "947102151 0880003"),
        ("No. KTP : 3578046 510920002", "3578046 510920002"),
        ("nik: 73710 41203870005 (sesuai KTP)", "73710 41203870005"),
    ],
)
def test_a_nik_split_at_an_odd_place_after_its_label(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan_text(text)] == [("nik", value)]


@pytest.mark.parametrize(
    "text",
    [
        "NIK 999999999 9999999 tidak valid",  # no valid area code
        "Teknik 947102151 0880003 unit",  # not a NIK label
    ],
)
def test_sixteen_digits_that_are_not_a_nik(text):
    assert [f.kind for f in scan_text(text) if f.kind == "nik"] == []
