"""Issue 14, class 3 (recall14): dates of birth written with spaces around Roman month numerals
(12 - XI - 1978), English ordinals (November 1st, 1975; 21st of May 1980) and two-digit day
and month with a four-digit year separated by spaces only (a PDF or a form that lost its
separators: 08 11 1980). Not amounts or counts written with spaces. Plain Python, no Django."""

import pytest

from moderation.privacy import scan_text


def birth_dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "birth_date"]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Tempat/Tgl. Lahir : Wonosari, 4 - IX - 1969", "4 - IX - 1969"),
        ("TTL: Ende / 30 . XII . 1958", "30 . XII . 1958"),
        ("Date of birth: March 3rd, 1982", "March 3rd, 1982"),
        ("Born on the 22nd of July 1975 in Kupang.", "22nd of July 1975"),
        ("Tanggal Lahir   : 14 02 1991", "14 02 1991"),
        ("NIK 3402126403910002  Bantul  23 04 1964  Dusun Jetis RT 03", "23 04 1964"),
    ],
)
def test_birth_date_form(text, date):
    assert date in birth_dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah penerima 12 10 2000 orang di tiga kecamatan.",
        "Surat nomor 14 02 1991 tidak berlaku.",
        "Rapat di lantai 5th floor, 12 V 2024 pukul 09.00",
    ],
)
def test_no_birth_date(text):
    assert birth_dates(text) == []
