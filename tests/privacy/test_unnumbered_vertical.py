"""Issue 14 (heldout5 misses, class 4): a table copied one cell per line with no number column
(a PDF viewer's copy, a DOCX table read cell by cell) - rows are as many lines as the header has
cells, and the first value of the first row (a name) looks like one more header cell. The
columns are read by the header: the birth date of every row, not only the first."""

from moderation.privacy import scan_text

BALITA = (
    "Data Balita Gizi Kurang Posyandu Melati\n\n"
    "Nama Balita\nNIK Balita\nTgl Lahir\nBB (kg)\nNama Ibu\nAlamat\nNo HP\n"
    "Rafa\n3509121503220001\n15-03-2022\n9,8\nWulandari\nDusun Krajan RT 03 RW 01\n081234567890\n"
    "Nadia\n3509124708210002\n07/08/2021\n10,1\nSiti Romlah\nDusun Sumberan RT 02 RW 04\n"
    "085712341234\n"
    "Arka\nbelum ada\n2023-01-30\n8,7\nLestari\nDusun Krajan RT 01 RW 01\n0813 9988 7766\n"
    "\nMengetahui,\nKader Posyandu\n"
)
DOCX_CELLS = (
    "\tNama\n\tNIK\n\tTanggal Lahir\n\tAlamat\n"
    "\tYohanes Bria\n\t5302011207800003\n\t12 Juli 1980\n\tDusun Oelnasi RT 004\n"
    "\tMaria Seran\n\t5302015503850001\n\t15 Maret 1985\n\tDusun Oelnasi RT 007\n"
    "\tAgustinus Nahak\n\t5302010101790002\n\t1 Januari 1979\n\tDusun Naibonat RT 002\n"
)


def births(text: str) -> set[str]:
    return {text[f.start : f.end] for f in scan_text(text) if f.kind == "birth_date"}


def test_every_row_of_a_table_without_numbers_gives_its_birth_date():
    assert births(BALITA) == {"15-03-2022", "07/08/2021", "2023-01-30"}


def test_docx_cells_one_a_line():
    assert births(DOCX_CELLS) == {"12 Juli 1980", "15 Maret 1985", "1 Januari 1979"}
