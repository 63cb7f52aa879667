"""Issue 14 (heldout5 false positives, class 3): a mobile number that the text itself calls an
office line - "(nomor dinas)", "(WA layanan)" right after it - or that belongs to the village's
Babinsa / Bhabinkamtibmas post (an officer's service number in a letter's copy list) is not a
person's private number. Only where the text says so: a resident's number stays."""

import pytest

from moderation.privacy import scan_text


def phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "phone"]


@pytest.mark.parametrize(
    "text",
    [
        "[3/5/25 10.02] Pak Darto (Sekdes): hubungi sy di 0813-2765-4411 (nomor dinas) ya",
        "Info pendaftaran: 0857 4400 3322 (WA layanan, jam kerja)",
        "Tembusan:\n1. Danramil\n2. Babinsa Desa Wonokerto (HP 0852-1234-9876)",
        "Tembusan: Bhabinkamtibmas Kelurahan Tegalrejo, HP 0811 2345 6677",
    ],
)
def test_a_number_the_text_calls_an_office_line(text):
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("[3/5/25 10.04] Warga: nomor saya 0813-2765-4411 ya pak", "0813-2765-4411"),
        ("Pelapor: Sumini (HP 0857 4400 3322), warga Dusun Krajan", "0857 4400 3322"),
    ],
)
def test_a_residents_number_stays(text, phone):
    assert phones(text) == [phone]
