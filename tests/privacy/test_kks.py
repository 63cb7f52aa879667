"""Issue 14, class 5: a Kartu Keluarga Sejahtera (KKS) card number is its own kind, not a bank
account. Plain Python, no Django. All numbers here are made up."""

from moderation.privacy import Severity, scan_text


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan_text(text)]


def test_kks_after_its_label_in_any_grouping():
    text = (
        "Bu Katmi menerima kartu KKS nomor 6032 1187 0045 9912 pada 2023.\n"
        "Kartu Keluarga Sejahtera: 603211870045\n"
    )
    assert kinds(text) == [("kks", "6032 1187 0045 9912"), ("kks", "603211870045")]
    assert all(f.severity is Severity.BLOCK for f in scan_text(text))


def test_kks_column_of_a_table():
    text = "No;Nama;Nomor KKS;Bantuan\n1;Sarjono;6032-1187-0099-1201;BPNT\n"
    assert ("kks", "6032-1187-0099-1201") in kinds(text)


def test_bank_account_label_still_gives_a_bank_account():
    assert kinds("No. Rek BRI 0123-01-004455-50-1 a.n. Sarjono") == [
        ("bank_account", "0123-01-004455-50-1")
    ]
