"""Issue 14, class 4 (recall14): e-mail addresses written out with Indonesian words - "(et)" for
"@", "(titik)" / "titik" for ".", plain "di" before a free-mail provider, a real "@" with a
written dot - and written-out addresses at government domains staying institutional. Plain
Python, no Django. Made-up addresses."""

import pytest

from moderation.privacy import scan_text
from moderation.privacy.findings import Severity


def emails(text: str) -> list[tuple[str, Severity]]:
    return [(text[f.start : f.end], f.severity) for f in scan_text(text) if f.kind == "email"]


@pytest.mark.parametrize(
    "text, written",
    [
        ("Surel pelapor: hendra.wibisono (et) yahoo (titik) co (titik) id", None),
        ("kirimkan berkas ke rosmala77(et)gmail(titik)com sebelum Jumat", None),
        ("kontak Ayu: ayu_pratiwi {et} outlook {titik} com", None),
        ("email Pak Darto: darto.tani di gmail titik com", None),
        ("balas ke wulan.sari[at]hotmail[titik]com ya", None),
        ("E-mail: margono.s@gmail[dot]com", "margono.s@gmail[dot]com"),
        ("Tulis ke nining et yahoo titik com", None),
    ],
)
def test_written_out_private_address(text, written):
    found = emails(text)
    assert len(found) == 1
    value, severity = found[0]
    assert severity is Severity.BLOCK
    if written:
        assert value == written


@pytest.mark.parametrize(
    "text",
    [
        "Pos-el: bappeda(et)gunungkidulkab(titik)go(titik)id",
        "Surel resmi: ppid[at]kulonprogokab[dot]go[dot]id",
        "Rapat di balai titik kumpul warga pukul 08.00.",
        "Kami bertemu di gedung titik nol kilometer.",
        "Harga naik di pasar dot com dan toko daring.",
    ],
)
def test_not_a_private_address(text):
    assert emails(text) == []


def test_spaced_address_in_a_csv_row_ends_at_the_cell():
    row = "03/02/2024 09:12:44,Maria Goreti,maria.goreti @ yahoo . co . id,0812 4455 9087,Lansia"
    assert emails(row) == [("maria.goreti @ yahoo . co . id", Severity.BLOCK)]


def test_a_persons_chat_and_mail_links_are_no_office_contact_line():
    item = (
        '<li>Wahyu Lestari - Kader, <a href="https://wa.me/6285712340987">chat</a>, '
        '<a href="mailto:wahyulestari88@gmail.com">email</a></li>'
    )
    assert emails(item) == [("wahyulestari88@gmail.com", Severity.BLOCK)]
