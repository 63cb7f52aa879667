"""Issue 14 (heldout4 class 7): a home address after the regional wording of village
newsletters for "lives at", an address starting with its RT/RW numbers ("005/009 Kampung X"),
and the addressee's address between "Yth. <name>" and "di tempat" in a reply letter."""

import pytest

from moderation.privacy import scan_text


def addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "address"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Selamat atas kelahiran putra Bapak Komang Arta, magenah ring Banjar Dinas Kelod "
            "Kauh, Desa Sangsit.",
            "Banjar Dinas Kelod Kauh, Desa Sangsit",
        ),
        (
            "Usaha warga: jaja Bali buatan Ni Ketut, jumahne di Br. Tegal Linggah, "
            "Desa Kedewatan.",
            "Br. Tegal Linggah, Desa Kedewatan",
        ),
        (
            "Yen arep tuku, Bu Sum manggon ing Padukuhan Jetis, 004/011, Kalurahan Sumberarum.",
            "Padukuhan Jetis, 004/011, Kalurahan Sumberarum",
        ),
        (
            "Kang Asep cicing di Kp. Babakan Sirna 002/004 Desa Cikole.",
            "Kp. Babakan Sirna 002/004 Desa Cikole",
        ),
        (
            "Almarhum diam di 012/003 Kel. Sungai Jingah, Kec. Banjarmasin Utara.",
            "012/003 Kel. Sungai Jingah, Kec. Banjarmasin Utara",
        ),
        (
            "Mama Yuli de pu rumah di Kampung Harapan, Distrik Sentani.",
            "Kampung Harapan, Distrik Sentani",
        ),
        (
            "Sa tinggal di 005/009 Kampung Yoboi, Distrik Sentani.",
            "005/009 Kampung Yoboi, Distrik Sentani",
        ),
        (
            "Perihal : Tanggapan\n\nYth. Bapak Suparman\n"
            "Dusun Krajan Kidul 003/002, Desa Sidomulyo\ndi tempat\n\nMenindaklanjuti ...",
            "Dusun Krajan Kidul 003/002, Desa Sidomulyo",
        ),
        (
            "Kepada\nYth. Sdri. Ni Made Ayu\nJl. Gunung Agung Gg. Merpati No. 7, Br. Tegal\nDi -\n"
            "      Tempat\n\nDengan hormat,",
            "Jl. Gunung Agung Gg. Merpati No. 7, Br. Tegal",
        ),
    ],
)
def test_home_address_in_regional_prose_and_letters(text, address):
    assert address in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yth. Kepala Dinas Sosial\nKabupaten Sleman\nJl. Candi Gebang No. 1\ndi Tempat",
        "Yth. Camat Pakem\nJl. Kaliurang Km. 17,5\ndi -\nTempat",
        "Yth. Ibu Wartini\ndi tempat\n\nDengan hormat",
        "Peserta rapat diam di tempat selama 5 menit.",
    ],
)
def test_offices_and_sentences_are_no_home(text):
    assert addresses(text) == []
