"""Issue 14, heldout6 class M1 (recall14e): an old and a new passport number side by side in a
list under a passport header ("PASPOR LAMA -> BARU", "No. Paspor (lama/baru)"). The new number
after the arrow was found, the old one before it never: the arrow (->, =>, the Unicode arrows)
and a spaced slash are cell edges too. Plain Python, no Django. Made-up numbers."""

import pytest

from moderation.privacy import scan_text
from moderation.privacy.findings import Severity


def passports(text: str) -> list[str]:
    found = [f for f in scan_text(text) if f.kind == "passport"]
    assert all(f.severity is Severity.BLOCK for f in found)
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    "row, numbers",
    [
        ("1   Wahyuni Saragih   B6612094 -> C8120375   Lingkungan III", ["B6612094", "C8120375"]),
        ("2   Ahmad Zulkifli    x2209814 \u2192 e5540921", ["x2209814", "e5540921"]),
        ("3   Nyoman Sudarma    A 3308127 => A9011273   Juni", ["A 3308127", "A9011273"]),
        ("4   Dewi Lestari      E1188204 --> E7710045", ["E1188204", "E7710045"]),
    ],
)
def test_old_and_new_number(row, numbers):
    text = (
        "REKAP PENGGANTIAN DOKUMEN PERJALANAN CPMI\n"
        "No  Nama              PASPOR LAMA -> BARU\n" + row + "\n"
    )
    assert passports(text) == numbers


def test_pair_in_a_pipe_table_cell():
    text = "Nama | No. Paspor (lama / baru) | Negara\nRusmini | c4471209 / c9902718 | Taiwan\n"
    assert passports(text) == ["c4471209", "c9902718"]


@pytest.mark.parametrize(
    "text",
    [
        # no passport header anywhere: a code and an arrow are no passport
        "Kode barang B6612094 -> gudang C8120375 dipindahkan",
        # a plate or a code with a slash right after it stays out
        "Paspor diurus kantor imigrasi. Lampiran: berkas A1234567/2026 diterima",
    ],
)
def test_not_a_passport(text):
    assert passports(text) == []
