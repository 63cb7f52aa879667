"""Issue 14 (heldout5 misses, class 1): a PDF table drawn cell by cell, its numbers with
character spacing (Tc), came out of pypdf glued - the number's computed end runs past the next
cell's start, so no space was put between them (a NIK and a birth date as one 26-digit run, a
KIS number and the address). Runs placed apart on a line are kept apart
(extract_pdf_spacing.py); text placed glyph after glyph stays one word."""

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from moderation.privacy import scan_text
from moderation.privacy.extract import extract

ROWS = [
    ("No", "Nama", "NIK", "Tgl Lahir", "No. KIS", "Alamat"),
    ("1", "Sumarni", "3313054407810002", "04/07/1981", "0001234567891", "Dk. Ngasem RT 02"),
    ("2", "Paijo", "3313051203770001", "12/03/1977", "0002345678912", "Dk. Bulu RT 04"),
    ("3", "Tukiyem", "3313055112690003", "11 Des 1969", "0003456789123", "Dk. Gondang RT 01"),
]
COLUMNS = [30, 50, 140, 212, 276, 338]  # a cell starts just before the spaced number ends


def spaced_table(char_space: float, font: str = "Courier", size: float = 7) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    y = 500
    for row in ROWS:
        for x, value in zip(COLUMNS, row, strict=True):
            run = page.beginText(x, y)
            run.setFont(font, size)
            if any(ch.isdigit() for ch in value):
                run.setCharSpace(char_space)
            run.textOut(value)
            page.drawText(run)
        y -= 14
    page.save()
    return buffer.getvalue()


def glyph_by_glyph(word: str) -> bytes:
    """Each glyph placed by its own text object at the end of the previous one."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    x = 72
    for char in word:
        run = page.beginText(x, 700)
        run.setFont("Helvetica", 11)
        run.textOut(char)
        page.drawText(run)
        x += page.stringWidth(char, "Helvetica", 11)
    page.save()
    return buffer.getvalue()


def test_character_spaced_cells_stay_apart():
    text = extract(spaced_table(1.5), "posbindu.pdf").text
    for row in ROWS[1:]:
        for value in row[2:5]:
            assert f" {value} " in f" {text} ".replace("\n", " ")


def test_the_values_of_a_character_spaced_table_are_found():
    text = extract(spaced_table(1.5), "posbindu.pdf").text
    found = {(f.kind, text[f.start : f.end]) for f in scan_text(text)}
    for _, _, nik, born, kis, _ in ROWS[1:]:
        assert ("nik", nik) in found
        assert ("birth_date", born) in found
        assert ("bpjs", kis) in found


def test_a_word_placed_glyph_by_glyph_stays_one_word():
    text = extract(glyph_by_glyph("Kependudukan3313054407810002"), "kata.pdf").text
    assert "Kependudukan3313054407810002" in text


def test_a_grouped_kis_number_after_a_slashed_date_is_read_alone():
    """Cells kept apart by one space: the year of "04/07/1981" is no first group of the KIS
    number after it (as it already was not after 04-07-1981 or 04.07.1981)."""
    text = "Sumarni 3313054407810002 04/07/1981 0001 2345 67891 Dk. Ngasem RT 02"
    found = {(f.kind, text[f.start : f.end]) for f in scan_text(text)}
    assert ("bpjs", "0001 2345 67891") in found
