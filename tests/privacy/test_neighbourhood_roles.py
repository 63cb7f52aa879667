"""Issue 14 (heldout4 false positives, class 2): "Ketua RT 13 Dusun X" in minutes names a
speaker's office, not a home; an address found on a person's line is the address, never the
whole sentence around it."""

import pytest

from moderation.privacy import scan_text


def addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "address"]


@pytest.mark.parametrize(
    "text",
    [
        "- Bu Sulastri (Ketua RT 04 Dusun Ngebel) mengusulkan Paimin, yang sakit stroke; "
        "NIK 3402151207680003",
        "3. Pak RT 09 Dukuh Jetak menyampaikan data warga miskin, NIK 3402154403800001.",
        "Hadir: Bpk. Sukardi (Ketua RT 03 RW 02 Dusun Krajan) dan Ibu Sri (Sekretaris RW 05).",
    ],
)
def test_a_neighbourhood_office_is_no_address(text):
    assert addresses(text) == []


def test_the_address_on_a_line_is_the_address_not_the_sentence():
    text = (
        "- Bpk. Joko (Ketua RT 06) mengusulkan Mega Sari; alamat Dusun Krajan RT 04 RW 01, "
        "NIK 3402154403800001"
    )
    assert addresses(text) == ["Dusun Krajan RT 04 RW 01"]
