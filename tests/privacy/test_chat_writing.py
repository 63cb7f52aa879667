"""Issue 14 (heldout5 misses, class 6): chat writing in lower case - "lahirnya" (his/her birth)
before a date with the month in lower case, and a home written after "tinggal di" / "tgl di"
(chat for tinggal di) with the unit words and names in lower case. A lower-case address is read
after an address cue only, and stops at the chat's own words."""

import pytest

from moderation.privacy import scan_text


def found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, text[f.start : f.end]) for f in scan_text(text)}


def test_lahirnya_before_a_lower_case_date():
    text = "[02/04/25 19.02] Wati: pak ktp mamak hilang, lahirnya 17 agustus 1951 di wonogiri"
    assert ("birth_date", "17 agustus 1951") in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "[02/04/25 19.05] Wati: kami tinggal di dusun sido mulyo, desa karang tengah pak",
            "dusun sido mulyo, desa karang tengah",
        ),
        (
            "Wati: sy tgl di jorong koto tuo, nagari sungai pua ya",
            "jorong koto tuo, nagari sungai pua",
        ),
        ("Wati: rumahnya di lingkungan bara rt 4 bu", "lingkungan bara rt 4"),
    ],
)
def test_a_lower_case_address_after_a_cue(text, address):
    assert ("address", address) in found(text)


def test_no_address_without_a_unit_and_its_name():
    for text in ("Wati: tgl di tunggu ya", "Wati: tinggal di desa ya bu", "Wati: dusun mana pak"):
        assert not [kind for kind, _ in found(text) if kind == "address"]
