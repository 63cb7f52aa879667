"""Issue 14 (heldout4 class 2): several persons in the columns of one block, the field names
down the first column - a marriage announcement (calon suami | calon istri), a birth record
(ayah | ibu), a transposed list of aid recipients. The label of a line types every value on
it, not only the first."""

import pytest

from moderation.privacy import scan_text

BIRTH_RECORD = """FORMULIR F-2.01 (ringkasan)
                     AYAH                         | IBU
Nama Lengkap       : Stefanus Nggadas             | Veronika Jenia
NIK                : 5315021405880001             | 5315025902920003
Tanggal Lahir      : 14 Mei 1988                  | 19-02-1992
Alamat             : Kampung Golo Lewe RT 004     | Dusun Wae Rebo RT 002 RW 001
"""

COUPLE = """Data pasangan penerima RTLH
| Uraian          | Suami                     | Istri                     |
| Nama            | La Ode Hamiru             | Wa Ode Nursia             |
| Tgl. Lahir      | 01.06.1979                | 23.11.1983                |
| No. Rekening    | 4102-01-013344-53-2       | 4102-01-013345-53-8       |
| No. Paspor      | B 2209871                 | C3381246                  |
"""

TRANSPOSED = """Lampiran SK Kepala Desa: penerima BLT-DD bulan Maret
Nama\tSumarni\tWagiyo\tTukinem
NIK\t3402156001750002\t3402151207680003\t3402154403800001
Tgl. Lahir\t20-01-1975\t12-07-1968\t04-03-1980
No. Rekening\t0123-01-004512-50-3\t0123-01-004513-50-9\t0123-01-004514-50-5
Alamat\tDusun Kalirejo RT 03\tDusun Kalirejo RT 04\tDsn. Ngentak RT 01 RW 02
"""


def found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, text[f.start : f.end]) for f in scan_text(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            BIRTH_RECORD,
            {
                ("birth_date", "14 Mei 1988"),
                ("birth_date", "19-02-1992"),
                ("address", "Kampung Golo Lewe RT 004"),
                ("address", "Dusun Wae Rebo RT 002 RW 001"),
            },
        ),
        (
            COUPLE,
            {
                ("birth_date", "01.06.1979"),
                ("birth_date", "23.11.1983"),
                ("bank_account", "4102-01-013344-53-2"),
                ("bank_account", "4102-01-013345-53-8"),
                ("passport", "B 2209871"),
                ("passport", "C3381246"),
            },
        ),
        (
            TRANSPOSED,
            {
                ("birth_date", "12-07-1968"),
                ("birth_date", "04-03-1980"),
                ("bank_account", "0123-01-004513-50-9"),
                ("bank_account", "0123-01-004514-50-5"),
                ("address", "Dusun Kalirejo RT 04"),
            },
        ),
    ],
)
def test_every_person_of_a_side_by_side_block(text, expected):
    assert expected <= found(text)


def test_companies_side_by_side_give_no_address():
    text = """Perbandingan penawaran
Nama      | CV Karya Mandiri               | PT Bina Konstruksi
NPWP      | 01.234.567.8-912.000           | 02.345.678.9-123.000
Alamat    | Jl. Veteran No. 12 RT 01 RW 03 | Jl. Ahmad Yani No. 7 RT 04 RW 01
No. Rek   | 1230004567890                  | 9870001234567
"""
    kinds = {f.kind for f in scan_text(text) if f.confidence == 0.8 or f.kind == "bank_account"}
    assert "bank_account" not in kinds
