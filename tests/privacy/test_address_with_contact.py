"""Issue 14 (heldout5 misses, classes 2 and 3b): an address field that also holds the phone
("Alamat/Kontak", "Alamat & No. HP": the address, then the number) and a key/value block whose
value opens the line after its label ("Alamat\\n: Lorong ..."). The address is found and ends
before the phone number; the phone stays the phone detector's."""

import pytest

from moderation.privacy import scan_text

TABLE = (
    "No | Nama | Alamat/Kontak | Usulan\n"
    "1 | Ahmad Yani | Kampung Baru Sepaku RT 05, Sungai Merdeka; 0812 5566 7788 | Jalan tani\n"
    "2 | Siti Aminah | Perum Griya Asri Blok C4 No. 9 / 0813-2211-4455 | Sumur bor\n"
    "3 | Paulus Wenda | Jl. Kelapa Dua Gg. Mangga No. 3 HP 0852 1100 2233 | Drainase\n"
)
FIELDS = (
    "Pengusul 4\n"
    "  Nama            : Yohana Kambu\n"
    "  Alamat & No. HP : Kompleks Pasar Lama Lr. Nuri No. 12, +62 813 4400 1122\n"
    "  Usulan          : Lampu jalan\n"
)
NEXT_LINE = (
    "Nama Pengusul\n: Ahmad Yani\n"
    "Alamat\n: Lorong Pattimura RT 003, Kelurahan Batu Merah\n"
    "Usulan\n: Talud\n"
)


def found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, text[f.start : f.end]) for f in scan_text(text)}


@pytest.mark.parametrize(
    ("text", "address", "phone"),
    [
        (TABLE, "Kampung Baru Sepaku RT 05, Sungai Merdeka", "0812 5566 7788"),
        (TABLE, "Perum Griya Asri Blok C4 No. 9", "0813-2211-4455"),
        (TABLE, "Jl. Kelapa Dua Gg. Mangga No. 3", "0852 1100 2233"),
        (FIELDS, "Kompleks Pasar Lama Lr. Nuri No. 12", "+62 813 4400 1122"),
    ],
)
def test_the_address_beside_the_phone_in_one_field(text, address, phone):
    assert {("address", address), ("phone", phone)} <= found(text)


def test_a_value_on_the_line_after_its_label():
    assert ("address", "Lorong Pattimura RT 003, Kelurahan Batu Merah") in found(NEXT_LINE)
