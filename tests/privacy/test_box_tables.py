"""Issue 14 (heldout4 class 1): a Word or spreadsheet table pasted as text keeps its
box-drawing borders (`│`, `┃`, `║`, `├──┼──┤`, `+----+`). They are cell separators: every
column is typed by its header as in a pipe table, and offsets stay those of the text given."""

import pytest

from moderation.privacy import scan_text

HAJJ = """DAFTAR CALON JEMAAH HAJI KLOTER 12
╔════╦══════════════════╦═════════════╦════════════════╦══════════════════╗
║ No ║ Nama Jemaah      ║ No. Paspor  ║ Tanggal Lahir  ║ No. KKS          ║
╠════╬══════════════════╬═════════════╬════════════════╬══════════════════╣
║ 1  ║ Hj. Siti Aminah  ║ C 4417093   ║ 03-04-1961     ║ 6013019876543210 ║
║ 2  ║ H. Darmo Sukiman ║ E2281736    ║ 17/11/1958     ║ 6013010011223344 ║
╚════╩══════════════════╩═════════════╩════════════════╩══════════════════╝
"""

PKH = """Rekap calon penerima PKH tahap II
┏━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ No ┃ Nama KPM       ┃ Tgl. Lahir    ┃ Alamat                              ┃
┣━━━━╋━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫
┃ 1  ┃ Ngatini        ┃ 5 Mei 1979    ┃ Dukuh Ngemplak RT 02 RW 05          ┃
┃ 2  ┃ Karsidi        ┃ 22-12-1968    ┃ Dsn. Krajan Kidul, Ds. Sumberejo    ┃
┗━━━━┻━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
"""

ASCII = """+----+-------------+------------+-----------------------+
| No | Nama        | Tgl Lahir  | Paspor                |
+----+-------------+------------+-----------------------+
| 1  | Rahmawati   | 1990-07-14 | X 1209387             |
| 2  | Yohanes     | 02.02.1987 | b7712094              |
+----+-------------+------------+-----------------------+
"""

SINGLE = """│ NAMA            │ TEMPAT, TGL LAHIR        │ NO. HP        │
├─────────────────┼──────────────────────────┼───────────────┤
│ Made Suarjana   │ Tabanan, 9 Agustus 1993  │ 0813 3792 0451│
│ Ni Kadek Ayu    │ Gianyar, 30 Juni 1999    │ 0878 6122 0907│
"""


def found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, text[f.start : f.end]) for f in scan_text(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HAJJ,
            {
                ("passport", "C 4417093"),
                ("passport", "E2281736"),
                ("birth_date", "03-04-1961"),
                ("birth_date", "17/11/1958"),
                ("kks", "6013019876543210"),
                ("kks", "6013010011223344"),
            },
        ),
        (
            PKH,
            {
                ("birth_date", "5 Mei 1979"),
                ("birth_date", "22-12-1968"),
                ("address", "Dukuh Ngemplak RT 02 RW 05"),
                ("address", "Dsn. Krajan Kidul, Ds. Sumberejo"),
            },
        ),
        (ASCII, {("birth_date", "1990-07-14"), ("birth_date", "02.02.1987")}),
        (SINGLE, {("birth_date", "9 Agustus 1993"), ("birth_date", "30 Juni 1999")}),
    ],
)
def test_box_drawing_columns_keep_their_type(text, expected):
    assert expected <= found(text)


def test_box_borders_are_not_findings():
    findings = scan_text(HAJJ)
    assert all("═" not in HAJJ[f.start : f.end] for f in findings)
    assert all("║" not in HAJJ[f.start : f.end] for f in findings)
