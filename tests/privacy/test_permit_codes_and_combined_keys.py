"""Issue 14, heldout8 classes (recall14i). Plain Python, no Django. Made-up numbers.

- A NIK-looking digit run glued by a dash or a slash to a code of letters is a permit or
  registration number (SIMBG's PBG and SLF numbers, IMB/KRK numbers: a region code and a date),
  not a NIK; a label glued so ("NIK-...") and a file named by the number stay personal.
- A key naming two numbers ("NIK / NPWP :", "No. KTP/NPWP :", "NPWP/NIK :"): each value's shape
  picks its kind (16 digits with a NIK's structure: nik; 15 digits: npwp).
- A register's row copied with single spaces between its cells, without its identifier: an
  unlabelled mobile number on the line makes a whole home address on it (a house or RT number
  and a locality) a person's; a project's site beside a contact's number is not.
"""

import pytest

from moderation.privacy import scan_text


def found(text):
    return {(f.kind, text[f.start : f.end]) for f in scan_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Nomor SLF: SK-SLF-350712-21102025-11 untuk bangunan milik Rina Wulandari",
        "Izin lama IMB/KRK-327301-03052025-09 telah diganti PBG",
        "No. PBG-517102-14112026-03 terbit 14 November 2026",
        "Nomor registrasi 3273010305202509-IMB tercatat di DPMPTSP",
        "IMB 503/IMB/3507122110252511 atas tanah di Desa Sumberejo",
    ],
)
def test_a_permit_number_holding_a_region_code_and_a_date_is_no_nik(text):
    assert [f.kind for f in scan_text(text) if f.kind in ("nik", "kk")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pemohon NIK-3273014508900003 sudah diverifikasi", "3273014508900003"),
        ("lihat https://contoh.go.id/uploads/ktp/3273014508900003.jpg", "3273014508900003"),
        ("berkas ktp-3273014508900003-scan.pdf terlampir", "3273014508900003"),
        # A page slug or a path in lower case is no permit code (test_scan_places' slug).
        ("halaman /bantuan/penerima-3273014508900003/", "3273014508900003"),
        ("arsip: /data/warga/3273014508900003 (dihapus)", "3273014508900003"),
    ],
)
def test_a_label_or_a_file_glued_to_the_number_stays_personal(text, value):
    assert any(kind in ("nik", "kk") and v == value for kind, v in found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nomor KTP/NPWP Penerima : 3273014508900003 / 812345676415000",
            {("nik", "3273014508900003"), ("npwp", "812345676415000")},
        ),
        (
            "NPWP / NIK Narasumber: 703112458415000 / 3507126611850002",
            {("npwp", "703112458415000"), ("nik", "3507126611850002")},
        ),
        ("KTP & NPWP : 552003188415000", {("npwp", "552003188415000")}),
    ],
)
def test_a_key_naming_two_numbers_types_each_value_by_its_shape(text, expected):
    assert expected <= found(text)


def test_an_address_on_a_register_row_with_a_mobile_number():
    text = (
        "No Nomor SLF Pemilik Alamat No. HP Luas\n"
        "7 SK-SLF-350712-21102025-11 Rina Wulandari Jl. Cempaka No. 9, Kel. Sukamaju, "
        "Kec. Sidorejo 0813 2211 4455 120 m2\n"
    )
    kinds = found(text)
    assert ("address", "Jl. Cempaka No. 9, Kel. Sukamaju, Kec. Sidorejo") in kinds
    assert not any(kind == "nik" for kind, _ in kinds)


def test_a_project_site_beside_a_contact_number_is_no_home():
    text = "| 2 | Pembangunan | Embung | Dusun Sidomulyo RT 04 | 12 KK | 081234567890 |\n"
    assert not any(kind == "address" for kind, _ in found(text))
