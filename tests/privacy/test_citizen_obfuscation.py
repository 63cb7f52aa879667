"""Issue 14 (heldout4 class 4): numbers a citizen disguises in a comment or a chat - a mobile
number spelled in Indonesian words, half in words, one digit per dot; a NIK typed with wide
gaps between its groups. Offsets point at the value as written."""

import pytest

from moderation.privacy import scan_text


def found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, text[f.start : f.end]) for f in scan_text(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Min sy mau daftar UMKM, hub sy di nol delapan lima tujuh, satu satu dua empat, "
            "enam enam tiga nol ya",
            "nol delapan lima tujuh, satu satu dua empat, enam enam tiga nol",
        ),
        (
            "Yg mau beli bibit lele wa kosong delapan satu tiga - dua sembilan empat - "
            "tujuh tujuh satu lima",
            "kosong delapan satu tiga - dua sembilan empat - tujuh tujuh satu lima",
        ),
        ("WA 0852 tujuh sembilan dua 6644, 3 ekor sisa", "0852 tujuh sembilan dua 6644"),
        ("Nomer sy: 0.8.5.7.4.1.2.3.9.9.0.1 (Bu Ani)", "0.8.5.7.4.1.2.3.9.9.0.1"),
        ("kontak +62 delapan satu dua 7788 4455 ya pak", "+62 delapan satu dua 7788 4455"),
    ],
)
def test_a_spelled_mobile_number_is_a_phone(text, value):
    assert ("phone", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bantuan untuk dua puluh satu KK, tiga balita dan lima lansia di RT 2.",
        "Urutan: satu, dua, tiga, empat, lima, enam, tujuh, delapan, sembilan, nol.",
        "Skor akhir 0.7.5 dari 1.0, versi 2.3.4.5.6.",
    ],
)
def test_counting_in_words_is_no_phone(text):
    assert not any(kind == "phone" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "[08.12] Pak Darto: nik sy 3520  1456  0256  0503 min, tolong dicek",
        "[08.13] Bu Sri: ini KK sy 3520 1204  1208 0007",
    ],
)
def test_wide_gaps_in_a_chat_number(text):
    kinds = {kind for kind, value in found(text) if "  " in value}
    assert kinds & {"nik", "kk"}
