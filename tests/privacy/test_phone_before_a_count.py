"""Issue 14 (known miss: a phone span running over a count): a number written after the phone
number - the members of a household, an age, a quantity - was read as the phone's last group,
so the finding did not point at the phone. The finding is exactly the number; a last group
that is part of the number stays in it."""

from moderation.privacy import scan_text


def phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "phone"]


def test_a_count_with_its_unit_after_the_number():
    assert phones("Ketua kelompok Bu Warsini 0856 4321 7788 3 jiwa, Dusun Kedung") == [
        "0856 4321 7788"
    ]
    assert phones("WA +62 813-2233-4455 4 anak") == ["+62 813-2233-4455"]
    assert phones("Telp. rumah (0271) 654321 5 orang") == ["(0271) 654321"]


def test_a_count_set_apart_by_a_bracket_or_a_spaced_dash():
    assert phones("Pak Darto 0819-8877-6655 (2 org)") == ["0819-8877-6655"]
    assert phones("Pak Darto 0819 8877 6655 - 12") == ["0819 8877 6655"]


def test_a_short_group_after_a_whole_mobile_number_is_a_count():
    assert phones("HP 0878 1122 334 56") == ["0878 1122 334"]
    assert phones("Yanti 087811223344 7") == ["087811223344"]
    # a short last group that the number needs stays in it
    assert phones("HP 0878 112 233 44") == ["0878 112 233 44"]
    assert phones("HP 0878 1122 33 44") == ["0878 1122 33 44"]
