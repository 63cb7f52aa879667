"""Issue 14 (known miss: a number right after a date's year): a row of a table, or a PDF's row
whose cells touch, puts a person's number right after the birth date - after one space, where a
phone number was taken for the tail of a spaced number, or with no gap at all, where neither the
date nor the number was read. Offsets are exact: the date and the number are two findings."""

from moderation.privacy import scan_text


def found(text: str) -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    for finding in scan_text(text):
        result.setdefault(finding.kind, set()).add(text[finding.start : finding.end])
    return result


def test_a_mobile_number_one_space_after_a_date():
    row = "7  Sri Wahyuningsih  23-11-1979 085712349876  Dsn. Ngablak"
    assert found(row).get("phone") == {"085712349876"}
    # "3404 2011 0856 ...": a year-like group after another group and one space is the middle
    # of one spaced number, not a date before a phone
    assert "phone" not in found("No. register 3404 2011 0856 7788 sudah diverifikasi")


def test_a_grouped_mobile_number_after_a_date_with_a_month_name():
    row = "Tgl lahir 4 Des 1968 0857 1234 9876, pekerjaan buruh"
    assert found(row).get("phone") == {"0857 1234 9876"}
    assert found(row).get("birth_date") == {"4 Des 1968"}


def test_an_international_number_after_a_slashed_date():
    row = "Lahir 02/06/1990 +62 821-5566-7788 (istri)"
    assert found(row).get("phone") == {"+62 821-5566-7788"}


def test_a_nik_glued_to_the_date_cell_before_it():
    row = "12 Tukiyem Gunungkidul 05-02-19623403124502620001 Petani"
    assert found(row).get("nik") == {"3403124502620001"}
    # a date glued to digits that make no number is left as it is: neither half is read
    assert found("Kode transaksi 12-05-20231234567890123456 berhasil") == {}


def test_a_nik_glued_to_the_date_cell_after_it():
    row = "12 Tukiyem 340312450262000105.02.1962 Gunungkidul Petani"
    assert found(row).get("nik") == {"3403124502620001"}


def test_a_phone_glued_to_a_birth_date_with_a_month_name():
    text = "Tempat/Tgl. Lahir : Wonosari, 9 Januari 1971085643210987"
    result = found(text)
    assert result.get("birth_date") == {"9 Januari 1971"}
    assert result.get("phone") == {"085643210987"}


def test_a_phone_glued_to_the_date_after_it():
    row = "Kartini 08134455667720/10/1983 Semanu"
    assert found(row).get("phone") == {"081344556677"}


def test_a_mobile_number_after_a_count_of_one_or_two_digits():
    """A PDF's row read with single spaces: the household members (or an age) right before the
    number; a group after another group of a spaced number is still no start."""
    row = "3 Ponijo Wiryo 5 081327654321 Dusun Jetis RT 02"
    assert found(row).get("phone") == {"081327654321"}
    assert found("Pak Ponijo (67) 62 0813 2765 4321")["phone"] == {"0813 2765 4321"}
    assert "phone" not in found("Seri 4 5 0813 2765 43 dicetak ulang")


def test_a_mobile_number_after_an_amount():
    """An aid list's row flattened with single spaces: the amount, then the number."""
    row = "4 Ngadiyem 3403124502620001 600.000 0823 1144 5566 Dusun Jetis"
    assert found(row).get("phone") == {"0823 1144 5566"}
