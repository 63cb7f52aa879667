"""Issue 14, class 3: a record written one cell a line with no TTL label - the line right
after the NIK (or the one after it) that is only "<Place>, <date>" of an adult is the birth
place and date. Plain Python, no Django. People and numbers are made up."""

from moderation.privacy import scan_text


def found(text):
    return [(f.kind, text[f.start : f.end]) for f in scan_text(text)]


def test_place_and_date_on_the_line_after_the_nik():
    text = "LAMPIRAN\nMarlina Siregar\n1207256105870002\nPematang Siantar, 21 Mei 1987\nPedagang\n"
    assert found(text) == [("nik", "1207256105870002"), ("birth_date", "21 Mei 1987")]


def test_place_and_date_two_lines_after_the_nik():
    text = "Yusuf Hamdani\n1207250304910001\nLaki-laki\nBinjai, 03/04/1991\n"
    assert found(text) == [("nik", "1207250304910001"), ("birth_date", "03/04/1991")]


def test_a_letters_own_date_after_a_nik_is_not_a_birth_date():
    text = "NIK 1207250304910001\nMedan, 5 Februari 2026\nKepala Desa"
    assert found(text) == [("nik", "1207250304910001")]
