"""Issue 14 (heldout4 false positives, class 6, and a wording of class 7): the 'Address:' line
under an English letterhead is the office's; 'Alamat Terakhir / Sekarang' of a person (a death
register, a change of address) is the person's."""

from moderation.privacy import scan_text


def addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "address"]


def test_an_english_letterhead_address_is_the_office_s():
    text = (
        "Regency of Gunungkidul - Health Office\n"
        "Address: Jl. Kesatrian No. 28, Wonosari | Phone +62 274 391026 | "
        "info@gunungkidulkab.go.id\n\nQuarterly report to the donor"
    )
    assert addresses(text) == []


def test_a_person_s_last_or_current_address_is_found():
    text = (
        "   Nama ................. : Sutinah\n"
        "   Alamat Terakhir ...... : RT 4, Kelurahan Sungai Bilu\n"
        "   Alamat Sekarang : Gg. Kenanga RT 12, Kelurahan Kuin Utara\n"
    )
    found = addresses(text)
    assert "RT 4, Kelurahan Sungai Bilu" in found
    assert any(value.startswith("Gg. Kenanga RT 12") for value in found)
