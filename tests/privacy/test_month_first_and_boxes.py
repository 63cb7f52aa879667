"""Issue 14, heldout6 classes M4 and M5 (recall14e): month-first dates (a US-locale export,
unambiguous when the middle part is above 12), digits written one a box as on a paper form (a
birth date, a NIK), and e-mail addresses with "(a)" for "@". Offsets stay exact into the text as
given. Plain Python, no Django. Made-up persons."""

import pytest

from moderation.privacy import scan_text


def found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == kind]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Respondent: Ms. Okta\nDate of Birth (MM/DD/YYYY): 11/29/1983\n", "11/29/1983"),
        ("Nama: Yusuf; Tgl. Lahir: 02/17/2001; Pekerjaan: Pelajar", "02/17/2001"),
    ],
)
def test_month_first_birth_date(text, date):
    assert found(text, "birth_date") == [date]


def test_month_first_is_not_read_when_neither_part_can_be_a_day_first_month():
    assert found("Tanggal Lahir: 13/14/1990", "birth_date") == []


def test_boxed_digits():
    text = (
        "FORMULIR PENDATAAN\n"
        "Nama Kepala Keluarga : MARTHEN LAPIAN\n"
        "Tanggal Lahir        : |2|8|0|6|1|9|7|3|\n"
        "NIK                  : |7|1|0|2|0|3|2|8|0|6|7|3|0|0|0|1|\n"
        "Tgl lahir istri      : |0|9|-|1|1|-|1|9|7|8|\n"
    )
    assert found(text, "birth_date") == ["2|8|0|6|1|9|7|3", "0|9|-|1|1|-|1|9|7|8"]
    assert found(text, "nik") == ["7|1|0|2|0|3|2|8|0|6|7|3|0|0|0|1"]


def test_score_boxes_are_no_number():
    text = "Nilai | 7 | 8 | 9 | 6 | 8 | 7 | 9 |\nSkor |7|8|9|6|8|7|9|\n"
    assert [f.kind for f in scan_text(text)] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("WA/email: teguh_p (a) yahoo (dot) co (dot) id", "teguh_p (a) yahoo (dot) co (dot) id"),
        ("surel pemohon: nur.aini [a] outlook [dot] com", "nur.aini [a] outlook [dot] com"),
    ],
)
def test_a_for_at(text, value):
    assert found(text, "email") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Persyaratan (a) fotokopi.ktp (b) pas foto",
        "sebagaimana ayat (1) huruf (a) pasal.tujuh",
    ],
)
def test_list_marks_are_no_at(text):
    assert found(text, "email") == []
