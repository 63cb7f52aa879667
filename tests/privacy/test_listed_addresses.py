"""Issue 14 (heldout5 misses, class 3a): addresses in numbered lists with no label - "5) Name
(occupation), <unit> X, <village> Y, 2 ekor", items separated by dashes - and the Minang
abbreviations Jr. (jorong) and Nag. (nagari)."""

import pytest

from moderation.privacy import scan_text


def addresses(text: str) -> set[str]:
    return {text[f.start : f.end] for f in scan_text(text) if f.kind == "address"}


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Daftar vaksinasi:\n5) Made Sujana (petani), Br. Dinas Kaja, Desa Bebandem, 2 ekor\n",
            "Br. Dinas Kaja, Desa Bebandem",
        ),
        (
            "7) Yusuf Bria (buruh harian), Dusun Wae Kolo, Desa Nanga Lili, 1 ekor\n",
            "Dusun Wae Kolo, Desa Nanga Lili",
        ),
        (
            "1) Rosa Mandey (petani), Jaga 4 Kakas, Kec. Kakas, 2 ekor\n",
            "Jaga 4 Kakas, Kec. Kakas",
        ),
        (
            "6. Rosni Chaniago - Jr. Koto Baru Nag. Sungai Pua - 2 ekor kucing\n",
            "Jr. Koto Baru Nag. Sungai Pua",
        ),
        (
            "4. Pemilik: Sutan\n   Alamat: Jr. Koto Baru Nag. Sungai Pua\n   Hewan: kucing\n",
            "Jr. Koto Baru Nag. Sungai Pua",
        ),
    ],
)
def test_a_listed_persons_address(text, address):
    assert address in addresses(text)


def test_a_list_of_places_alone_is_no_address():
    text = "Lokasi kegiatan:\n1) Balai Desa, Dusun Krajan, Desa Bebandem\n2) Lapangan Kakas\n"
    assert addresses(text) == set()
