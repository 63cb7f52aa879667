"""Issue 14, class 5: identifiers written in the other ways offices write them."""

import pytest

from moderation.privacy import scan_text


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan_text(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("No. BPJS Kesehatan 000 2211334455 aktif", "bpjs", "000 2211334455"),
        ("KIS: 000-2211334455", "bpjs", "000-2211334455"),
        ("Kartu JKN 0002 2113 34455", "bpjs", "0002 2113 34455"),
        ("NPWP 09 254 294 3 401 000", "npwp", "09 254 294 3 401 000"),
        ("NPWP 09.254.294.3 401.000", "npwp", "09.254.294.3 401.000"),
        ("NITKU 3404012207850003000000", "npwp", "3404012207850003000000"),
        ("No. KKS 6013 0112 4433 2211", "kks", "6013 0112 4433 2211"),
        ("Rekening BRI 8469 11 323502 89 0", "bank_account", "8469 11 323502 89 0"),
        ("Mandiri: 150 28 3870837 9", "bank_account", "150 28 3870837 9"),
        ("No. paspor c2233445", "passport", "c2233445"),
        ("NIK 340401******0003", "nik", "340401******0003"),
        ("unduh /uploads/kk/3404012207850003.pdf", "kk", "3404012207850003"),
        ("lampiran ktp_3404012207850003_scan.jpg", "nik", "3404012207850003"),
        ("file paspor_C2233445.pdf", "passport", "C2233445"),
    ],
)
def test_identifier_variants(text, kind, value):
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "NIK 3404*******003",  # 7 digits hidden: masked enough
        "Nomor Virtual Account 8808 1234 5678 9012 untuk retribusi",
        "Surat nomor 800/3404012207850003/2023",  # a code glued to a letter number
        "kode 1.2.3404012207850003.5",
    ],
)
def test_not_identifier_variants(text):
    assert [kind for kind, _ in found(text) if kind in ("nik", "bank_account", "bpjs")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rekening Bank Jatim 0142 55301876 a.n. Suyati", "0142 55301876"),
        ("No. Rek BNI: 2210 443981027", "2210 443981027"),
        ("Bank;No. Rekening\nBSI;7023 118845902\n", "7023 118845902"),
        ("Transfer ke BRI 31 987654321", "31 987654321"),
    ],
)
def test_bank_account_with_a_long_second_group(text, value):
    assert ("bank_account", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kode billing 2210 443981027 berlaku 7 hari",  # no bank label
        "Nomor register 0142 55301876",
    ],
)
def test_a_long_second_group_without_a_bank_label_is_no_account(text):
    assert [kind for kind, _ in found(text) if kind == "bank_account"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("No. KPJ : 31 502284716", "31 502284716"),
        ("Kartu BPJS Ketenagakerjaan 07 119833402 (aktif)", "07 119833402"),
        ("No. KIS 0001 442198 330", "0001 442198 330"),
    ],
)
def test_spaced_bpjs_numbers_after_their_label(text, value):
    assert ("bpjs", value) in found(text)


def test_spaced_eleven_digits_without_a_label_are_not_bpjs():
    assert [kind for kind, _ in found("Nomor agenda 31 502284716") if kind == "bpjs"] == []


@pytest.mark.parametrize("key", ["NIK/NIP", "NIP / NIK", "nik/nip"])
def test_a_nik_under_a_nik_or_nip_key_is_a_nik(key):
    text = f"Nama : Sulastri\n{key} : 3404 0145 0785 0002\n"
    assert ("nik", "3404 0145 0785 0002") in found(text)


def test_a_nip_under_a_nik_or_nip_key_stays_silent():
    text = "NIK/NIP : 19840801 201010 1 013\nNIP : 3404014507850002\n"
    assert [kind for kind, _ in found(text) if kind in ("nik", "phone")] == []
