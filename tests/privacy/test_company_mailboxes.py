"""Issue 14 (heldout4 false positives, class 1): a company's mailbox is no person's e-mail -
the HRD address of a job fair's employer, a vendor's address in a procurement table, a
consultancy's free-mail address named as a business. A person's address stays a finding,
whatever surrounds it."""

import pytest

from moderation.privacy import scan_text


def emails(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "email"]


@pytest.mark.parametrize(
    "text",
    [
        "Job fair Disnaker: PT Sumber Rejeki Abadi, lamaran ke rekrutmen@sumberrejeki.co.id "
        "paling lambat 20 Juni.",
        "CV Sinar Terang - kirim CV ke karir@sinarterang.com (cantumkan posisi).",
        "Pemenang tender: PT Graha Beton Nusantara, NPWP 01.234.567.8-912.000, "
        "e-mail tender@grahabeton.co.id",
        "| 2 | CV Cipta Karya Konsultan | Jl. Gajah Mada 12 | ciptakarya.konsultan@gmail.com |",
        "Penyedia: CV Mandiri Teknik (mandiri.teknik@yahoo.com), nilai Rp 245.000.000",
    ],
)
def test_company_mailboxes_are_not_personal(text):
    assert emails(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Pelamar: Dewi Lestari, dewi.lestari88@gmail.com, 0812 3344 5566",
            "dewi.lestari88@gmail.com",
        ),
        (
            "Karyawan PT Maju Jaya, Sdr. Anton, e-mail pribadi anton.w@gmail.com",
            "anton.w@gmail.com",
        ),
        ("Pemohon: Rina, rina.official@yahoo.co.id", "rina.official@yahoo.co.id"),
    ],
)
def test_persons_keep_their_addresses(text, address):
    assert address in emails(text)
