"""Issue 14, class 4: OCR reads "Alamat" as "A1amat"; the label still marks a person's home
address. Plain Python, no Django. The addresses are made up."""

from moderation.privacy import scan_text


def test_an_ocr_read_address_label():
    text = "Nama : Wayan Sudarsa\nA1amat : Banjar Dinas Kelod, Desa Sembung Gede\n"
    assert [(f.kind, text[f.start : f.end]) for f in scan_text(text)] == [
        ("address", "Banjar Dinas Kelod, Desa Sembung Gede")
    ]


def test_an_ocr_read_office_address_label_stays_an_office():
    assert [f.kind for f in scan_text("A1amat kantor : Jl. Gajah Mada No. 3")] == []
