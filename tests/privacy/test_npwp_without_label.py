"""Issue 14, class 1: an NPWP in its own dotted shape needs no label next to it, and an NPWP
label with words between it and the value still reaches the value. Plain Python, no Django.
The numbers are made up (their check digits do not hold: typed by hand)."""

from moderation.privacy import scan_text


def found(text):
    return [(f.kind, text[f.start : f.end]) for f in scan_text(text)]


def test_a_dotted_npwp_alone_on_a_lampiran_line():
    text = "LAMPIRAN II\nDewi Anggraini\nPetani, Kec. Lubuk Alung\n36.417.290.5-213.000\n"
    assert found(text) == [("npwp", "36.417.290.5-213.000")]


def test_words_between_the_npwp_label_and_the_value():
    for value in ("81.902.335.7-118.000", "819023357118000"):
        text = f"NPWP (wajib pajak orang pribadi, usaha mikro) tercatat {value} di KPP"
        assert found(text) == [("npwp", value)]


def test_a_parenthetical_with_an_institution_word_that_names_a_person():
    text = "NPWP (badan usaha diwakili perorangan) = 819023357118000"
    assert found(text) == [("npwp", "819023357118000")]


def test_institutional_npwps_stay_unreported():
    assert found("Penyedia: CV Karya Mandiri, 81.902.335.7-118.000") == []
    assert found("NPWP Bendahara Dinas Kesehatan 00.902.335.7-118.000") == []
    assert found("Pagu 12.345.678.9 - 012.000 ribu") == []
