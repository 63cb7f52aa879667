"""Issue 14, heldout6 class F1 (recall14e): a registration number with letters inside it (an
akta number "3505-LT-09062024-0117": region, register letters, date, serial; "474.1/LU/...")
is neither a bank account nor a birth date, even before "atas nama" or after a bank word. Plain
Python, no Django. Made-up numbers."""

import pytest

from moderation.privacy import scan_text


@pytest.mark.parametrize(
    "text",
    [
        "Kutipan akta kelahiran nomor 3505-LT-09062024-0117 atas nama MUHAMMAD RIZKY",
        "Rekap BRI unit: akta 6271-LU-30112023-0456 a.n. Aisyah telah diserahkan",
        "No. Reg 474.1/LU-27082024-00912 atas nama Kevin",
    ],
)
def test_registration_number_is_no_account_and_no_birth(text):
    kinds = [f.kind for f in scan_text(text)]
    assert "bank_account" not in kinds
    assert "birth_date" not in kinds


def test_account_and_birth_date_beside_it_stay():
    text = (
        "Akta 3505-LT-09062024-0117, lahir 09-06-2024, rekening BRI ibu 0345-01-022871-53-7 "
        "a.n. Sulastri"
    )
    found = {(f.kind, text[f.start : f.end]) for f in scan_text(text)}
    assert ("birth_date", "09-06-2024") in found
    assert ("bank_account", "0345-01-022871-53-7") in found


def test_registration_number_is_no_phone():
    text = "Akta 7371-LU-08122025-2375 dan 7371-LT-08092025-0012 sudah dapat diambil"
    assert [f.kind for f in scan_text(text)] == []
