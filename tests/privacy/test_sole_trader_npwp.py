"""Issue 14, heldout8 class (recall14i): a company's NPWP in a company register. A sole trader
(UD, toko) often publishes its owner's own NPWP, so the sole trader's name alone does not make
an NPWP the business's; but an NPWP whose type digits are 01-03 is a business entity's (Wajib
Pajak Badan). Plain Python, no Django. Made-up numbers (valid check digits)."""

from moderation.privacy import scan_text


def npwps(text):
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "npwp"]


def test_a_business_npwp_on_a_sole_traders_row_in_a_table():
    text = (
        "| No | Nama Perusahaan | NPWP | Alamat | Telepon |\n"
        "|----|-----------------|------|--------|---------|\n"
        "| 1 | UD Sumber Rejeki | 01.234.567.4-511.000 | Jl. Gatot Subroto 4 | (0361) 412233 |\n"
        "| 2 | Toko Makmur | 02.765.432.6-511.000 | Jl. Diponegoro 12 | (0361) 415566 |\n"
    )
    assert npwps(text) == []


def test_a_business_npwp_after_a_sole_traders_name_in_a_line():
    assert npwps("Penyedia: UD Karya Mandiri, NPWP 012345674511000, Denpasar") == []


def test_a_persons_npwp_on_a_sole_traders_row_stays():
    text = "Pemilik UD Sumber Rejeki: Made Sudarsana, NPWP 09.182.736.0-511.000"
    assert npwps(text) == ["09.182.736.0-511.000"]
