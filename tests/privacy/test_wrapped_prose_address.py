"""Issue 14, heldout6 class M6 (recall14e): a home address written after "bertempat tinggal di"
and wrapped onto the next line - after "di" itself, or after a comma ending the line - is read
whole. Plain Python, no Django. Made-up persons."""

import pytest

from moderation.privacy import scan_text


def addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "address"]


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "Menetapkan Saudari Rosita Br Ginting, bertempat tinggal di Dusun II,\n"
            "Desa Lau Gumba, Kecamatan Berastagi, sebagai Kepala Urusan Keuangan.",
            "Dusun II,\nDesa Lau Gumba, Kecamatan Berastagi",
        ),
        (
            "Yang bertanda tangan di bawah ini Usman Lubis, bertempat tinggal di\n"
            "Lingkungan V, Kelurahan Sibuhuan, selanjutnya disebut PIHAK PERTAMA.",
            "Lingkungan V, Kelurahan Sibuhuan",
        ),
    ],
)
def test_wrapped_address(text, address):
    assert addresses(text) == [address]


def test_a_new_paragraph_is_not_the_address():
    text = "Sdr. Paino tinggal di Dusun Ngaglik, RT 04,\n\nDesa yang bersangkutan menyetujui."
    assert addresses(text) == ["Dusun Ngaglik, RT 04"]
