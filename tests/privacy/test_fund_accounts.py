"""Issue 14 (heldout4 false positives, class 5): the donation and fund accounts an institution
publishes (a disaster post's donation account, the hajj fund's collecting account, a mosque
committee's) are no person's bank account; a person's account in the same text still is."""

import pytest

from moderation.privacy import scan_text


def accounts(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "bank_account"]


@pytest.mark.parametrize(
    "text",
    [
        "Posko Tanggap Darurat membuka donasi melalui rekening BRI 0213.01.004417.30.2 "
        "a.n. BPBD Kabupaten Cianjur.",
        "Sumbangan dapat ditransfer ke rekening Peduli Banjir Bank Jateng 2-034-18872-3.",
        "Setoran awal BPIH ke rekening penampungan Bank Syariah Indonesia 7123456789.",
        "Infaq pembangunan: rekening masjid BSI 7009123456 a.n. Takmir Masjid Al-Ikhlas.",
    ],
)
def test_an_institution_s_fund_account_is_not_personal(text):
    assert accounts(text) == []


def test_a_recipient_s_account_still_is():
    text = "Penerima BLT: Sdr. Wagiman, rekening BRI 3401-01-012345-50-3, Dusun Kalirejo."
    assert accounts(text) == ["3401-01-012345-50-3"]
