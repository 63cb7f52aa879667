"""Issue 14 (heldout4 false positives, class 6): the 'Alamat' of a vendor's row in a
procurement table is the company's address, not a home; a person's row beside it keeps its
address."""

from moderation.privacy import scan_text

TABLE = (
    "<table><tbody>\n"
    '<tr><td data-label="Nama Badan Usaha">CV. Karya Bhakti</td>'
    '<td data-label="NPWP">02.345.678.9-123.000</td>'
    '<td data-label="Alamat">Jl. Pemuda No. 17, Klaten</td></tr>\n'
    '<tr><td data-label="Nama">Suharti</td><td data-label="NIK">3310124107850003</td>'
    '<td data-label="Alamat">Jl. Merbabu No. 4, Kel. Tonggalan, Kec. Klaten Tengah</td></tr>\n'
    "</tbody></table>"
)


def test_a_vendor_s_address_is_not_a_home():
    found = [TABLE[f.start : f.end] for f in scan_text(TABLE) if f.kind == "address"]
    assert not any("Pemuda" in value for value in found)
    assert any(value.startswith("Jl. Merbabu No. 4") for value in found)
