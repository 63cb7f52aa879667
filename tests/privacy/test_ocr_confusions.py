"""Issue 14 (heldout4 class 5): OCR of a scanned statement reads digits as look-alike letters
beyond O / l / I - S for 5, B for 8, Z for 2, G for 6 - inside a number or a date of birth.
Only tokens made of digits and those letters are read as digits; offsets stay the text's."""

import pytest

from moderation.privacy import scan_text


def found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, text[f.start : f.end]) for f in scan_text(text)}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("N I K           : 3403176S10698827", "nik", "3403176S10698827"),
        ("No. KK          : 34O317Z0O3120004", "kk", "34O317Z0O3120004"),
        ("Nomor Induk Kependudukan 3S0Z156001750002", "nik", "3S0Z156001750002"),
        ("No. HP/WA       : O81Z 3456 7891", "phone", "O81Z 3456 7891"),
        ("Telp. pemohon 0813S6Z28190", "phone", "0813S6Z28190"),
        ("Tempat/Tgl Lahir : Sungai Liat, Z4 Maret 1958", "birth_date", "Z4 Maret 1958"),
        ("Tempat/Tgl Lahir : Lahat, l7 Desember 19G8", "birth_date", "l7 Desember 19G8"),
        ("Tempat/Tgl Lahir : Wawoa, B Agustus l956", "birth_date", "B Agustus l956"),
        ("Tgl. Lahir      : 15.1Z.l998", "birth_date", "15.1Z.l998"),
        ("Tanggal lahir   : 2S-O6-1983", "birth_date", "2S-O6-1983"),
    ],
)
def test_ocr_letters_for_digits(text, kind, value):
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pendidikan terakhir S1, rumah Blok B2 no. 5, ruang G3 lantai 2, jam 10.15 WIB.",
        "Kode barang SB-2201-ZG, seri BZ12 SG08 GS19 OB77.",
        "Tempat/Tgl Lahir : Bili-Bili, Oktober",
    ],
)
def test_ocr_reading_makes_nothing_of_codes_and_words(text):
    assert not found(text)
