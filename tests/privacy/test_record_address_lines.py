"""Issue 14 (heldout7 misses): in a record written one cell a line (an SK's lampiran: number,
name, NIK, place and date of birth, NPWP, address, bank), the address line has no label and
often no RT; a line written like an address within the few lines after a NIK that stands alone
on its line is the record's address. Lines of other cells (bank, amount, place and date) are not,
and the record ends at the next list number or a blank line."""

from moderation.privacy import scan_text


def addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "address"]


RECORDS = """LAMPIRAN KEPUTUSAN CAMAT
1.
Yusuf Manurung
1212064503880002
Balige, 5 Maret 1988
Dusun Sosor Dolok, Desa Lumban Gaol, Kecamatan Balige
Bank Sumut 112.02.04.889123-1
Honor Rp 1.500.000
2.
Rosdiana Sitorus
1212065107910004
Balige, 11 Juli 1991
Jl. Sisingamangaraja Gg. Mawar No. 7, Balige
BRI 0123-01-009988-50-3
Honor Rp 1.500.000
3.
Kantor Camat Balige
Jl. Tarutung No. 2, Balige
"""


def test_address_lines_of_one_cell_a_line_records():
    found = addresses(RECORDS)
    assert "Dusun Sosor Dolok, Desa Lumban Gaol, Kecamatan Balige" in found
    assert "Jl. Sisingamangaraja Gg. Mawar No. 7, Balige" in found


def test_no_nik_above_no_record_address():
    assert "Jl. Tarutung No. 2, Balige" not in addresses(RECORDS)


def test_a_nik_inside_a_sentence_opens_no_record():
    text = (
        "Pemohon dengan NIK 1212064503880002 telah menerima bantuan.\n"
        "Jl. Sisingamangaraja ditutup sementara untuk perbaikan.\n"
    )
    assert addresses(text) == []
