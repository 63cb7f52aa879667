"""Issue 14 (known miss: obfuscated e-mail addresses): a free-mail provider's name stands for the
address when the top-level domain is left out or mistyped ("nama di gmail", "nama@yahoo",
"nama(at)gmail", "nama@gmail com"). Prose with "di" before other words and the addresses of
institutions are not read as a person's. Made-up addresses."""

import pytest

from moderation.privacy import scan_text
from moderation.privacy.findings import Severity


def emails(text: str) -> list[tuple[str, Severity]]:
    return [(text[f.start : f.end], f.severity) for f in scan_text(text) if f.kind == "email"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Narahubung: sulis.tyorini di gmail, WA 0857 2211 3344", "sulis.tyorini di gmail"),
        ("kirim scan KTP ke andri_88 di yahoo ya pak", "andri_88 di yahoo"),
        ("Email pemohon: bambangwr@gmail (tanpa .com)", "bambangwr@gmail"),
        ("balas ke laras.ati(at)hotmail saja", "laras.ati(at)hotmail"),
        ("surel: joko.pit [at] outlook", "joko.pit [at] outlook"),
        ("E-mail: dewi.anggraeni@gmail com", "dewi.anggraeni@gmail com"),
        ("E-mail: dewi.anggraeni@gmailcom", "dewi.anggraeni@gmailcom"),
        ("E-mail: dewi.anggraeni@ymail .com", "dewi.anggraeni@ymail .com"),
        ("alamat surel saya tri.handayani di gmail.com", "tri.handayani di gmail.com"),
        ("Contact: Wahyu at gmail.com", "Wahyu at gmail.com"),
        ("email: sriwahyuni di gmail", "sriwahyuni di gmail"),
    ],
)
def test_a_providers_name_stands_for_the_address(text, value):
    assert emails(text) == [(value, Severity.BLOCK)]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat koordinasi di gedung serbaguna, undangan dikirim di grup",
        "Pendaftaran bisa di gmail atau di aplikasi, tanya di kantor desa",
        "Ikuti kami @yahoo dan @gmail untuk info terbaru",
        "Silakan buat akun di gmail.com lalu masuk ke portal",
        "Pos-el: ppid (at) bantulkab (dot) go (dot) id",
    ],
)
def test_beside_prose_and_institutions_only_the_persons_address(text):
    """Each text with a person's address after it: that address is the only one found."""
    text += "\nNarahubung panitia: rini.kusuma di gmail"
    assert [value for value, severity in emails(text) if severity is Severity.BLOCK] == [
        "rini.kusuma di gmail"
    ]


def test_a_plain_address_is_found_once():
    text = "Kirim ke rudi.h@gmail.com atau rudi.h di yahoo"
    assert emails(text) == [
        ("rudi.h@gmail.com", Severity.BLOCK),
        ("rudi.h di yahoo", Severity.BLOCK),
    ]
