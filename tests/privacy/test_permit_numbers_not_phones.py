"""Issue 14 (heldout5 false positives, class 4): a 13-digit business number (NIB) that starts
with 08 reads like a mobile number; under its own label (NIB, Nomor Induk Berusaha, No. Izin,
IMEI, NPSN ...) it is that number, not a phone. A phone after the NIB on the line stays."""

import pytest

from moderation.privacy import scan_text


def phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "phone"]


@pytest.mark.parametrize(
    "text",
    [
        "Izin usaha: NIB 0812000345678 (OSS RBA), KBLI 10792",
        "Nomor Induk Berusaha (NIB): 0856100023417",
        "No. Izin 0813002200451 berlaku sampai 2027",
    ],
)
def test_a_permit_number_under_its_label_is_no_phone(text):
    assert phones(text) == []


def test_the_owners_phone_after_the_permit_number_stays():
    assert phones("NIB 0812000345678, HP pemilik 0812 3456 7890") == ["0812 3456 7890"]
