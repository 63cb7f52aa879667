"""Issue 14, class 4: the text is normalised before detection and every finding's offsets
still point into the text as given."""

import pytest

from moderation.privacy import scan_text
from moderation.privacy.fold import Views
from moderation.privacy.normalize import normalize as normalize_digits


def normalize(text: str):
    return normalize_digits(Views(text))


NIK = "3404012207850003"  # Sleman, man born 22 Jul 1985


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan_text(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("NIK 34040122\u200b07850003", "nik", "34040122\u200b07850003"),
        ("NIK 3404\u00ad0122\u00ad0785\u00ad0003", "nik", "3404\u00ad0122\u00ad0785\u00ad0003"),
        ("NIK 3404\u202f0122\u202f0785\u202f0003", "nik", "3404\u202f0122\u202f0785\u202f0003"),
        (
            "NIK \uff13\uff14\uff10\uff14012207850003",
            "nik",
            "\uff13\uff14\uff10\uff14012207850003",
        ),
        (
            "NIK \u0663\u0664\u0660\u0664012207850003",
            "nik",
            "\u0663\u0664\u0660\u0664012207850003",
        ),
        ("NIK 340401<span>2207</span>850003", "nik", "340401<span>2207</span>850003"),
        ("NIK 34040122\n07850003 (terlampir)", "nik", "34040122\n07850003"),
        ("NIK 3404 0122 0785 0003", "nik", "3404 0122 0785 0003"),
        ("NIK 34040122 07850003", "nik", "34040122 07850003"),
        ("NIK 340401220785 0003", "nik", "340401220785 0003"),
        ("NIK 3404_0122_0785_0003", "nik", "3404_0122_0785_0003"),
        ("NIK 3404\u00b70122\u00b70785\u00b70003", "nik", "3404\u00b70122\u00b70785\u00b70003"),
        ("NIK 3 4 0 4 0 1 2 2 0 7 8 5 0 0 0 3", "nik", "3 4 0 4 0 1 2 2 0 7 8 5 0 0 0 3"),
        ("HP 0 8 1 3 2 2 4 4 6 6 8 8 tiap sore", "phone", "0 8 1 3 2 2 4 4 6 6 8 8"),
        ("HP 0813/2244/6688", "phone", "0813/2244/6688"),
        ("HP +62813\n22446688 (malam)", "phone", "+62813\n22446688"),
        ("surel dewi.k @ yahoo . co . id", "email", "dewi.k @ yahoo . co . id"),
        ("No. KKS 5264-2210-\n8899-1100 (aktif)", "kks", "5264-2210-\n8899-1100"),
        ("No. KKS 5264-2210-\u00a08899-1100", "kks", "5264-2210-\u00a08899-1100"),
        ("surel dewi.k@yahoo,com", "email", "dewi.k@yahoo,com"),
    ],
)
def test_normalised_values_keep_their_original_offsets(text, kind, value):
    assert found(text) == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Nomor 800/1234/BKPSDM/2023 tanggal 17/08/2023",
        "Total 1,250,000,000 dan 2,500,000",
        "Kolom: 1 2 3 4 5 6 7 8",
        "budi@gmail.com,Budi Santoso,Sleman",
        "hubungi dpmd@klatenkab.go.id. Pengaduan dibuka",
        "Rp 1.234.567<b>890</b>",
        "lahir 6 Jun 1959\n0822.6751.0760",
    ],
)
def test_normalisation_makes_no_value_out_of_others(text):
    assert [kind for kind, _ in found(text)] in ([], ["email"], ["birth_date", "phone"])
    if "gmail" in text:
        assert found(text) == [("email", "budi@gmail.com")]


def test_nothing_to_normalise_costs_nothing():
    assert normalize("NIK 3404012207850003, HP 0812 3456 7890") is None


def test_map_back_over_deletions_and_collapses():
    text = "a 3\u200b4 0 4\nb"
    normalized = normalize(text)
    assert normalized is not None
    start = normalized.text.index("34")
    assert normalized.span(start, start + 2) == (2, 5)


# OCR reads 0 as O / o and 1 as I / l / i, and leaves a stray space inside a long number.
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("NIK: 34O4012207850003", "nik", "34O4012207850003"),
        ("NIK: 3404o122O7850O03", "nik", "3404o122O7850O03"),
        ("Nomor KK\n34040l2207 850003\n", "kk", "34040l2207 850003"),  # and a stray space
        ("NIK 3404 Ol22 0785 0003 (Sleman)", "nik", "3404 Ol22 0785 0003"),
        ("No. KK 3404O1i10119 0004", "kk", "3404O1i10119 0004"),
        ("HP: 08l3-2O45-6789", "phone", "08l3-2O45-6789"),
        ("WA +62 812 3I44 556", "phone", "+62 812 3I44 556"),
    ],
)
def test_ocr_letters_inside_numbers(text, kind, value):
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kode barang lO1.02.03 dan IO1 unit",  # letters and digits, no identifier
        "Lampiran 2O24 hal. 1O",
        "Serial 9999O12207850003",  # 16 characters, but no valid area code
        "Kelas lI 12345678 9l",  # too few digits for a number
    ],
)
def test_ocr_letters_make_no_identifier_of_other_text(text):
    assert [kind for kind, _ in found(text) if kind in ("nik", "kk", "phone")] == []
