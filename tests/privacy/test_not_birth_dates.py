"""Issue 14 (heldout4 false positives, class 4): in a table of persons, a column of a date that
is not the birth - a pregnancy's last period (HPHT) and due date (taksiran persalinan, HPL), a
date of death, a visit - is not read as a birth date because it sits beside "Tgl Lahir"."""

import pytest

from moderation.privacy import scan_text

COHORT = (
    "Nama Ibu;NIK;Tgl Lahir;HPHT;Taksiran Persalinan;Alamat\n"
    "Sumiyati;3402154403950001;04/03/1995;12/08/2025;19/05/2026;Dusun Ngemplak RT 02\n"
    "Wartinah;3402156001980002;20-01-1998;3 Sep 2025;10 Jun 2026;Dusun Krajan RT 01\n"
    "Suminah;3402154107990003;01-07-1999;27-10-2025;03-08-2026;Dusun Krajan RT 03\n"
)
VISITS = (
    "No\tNama Balita\tTgl Lahir\tTgl Kunjungan\tTgl Imunisasi\n"
    "1\tAkbar\t14-02-2024\t05-01-2025\t05-01-2025\n"
    "2\tNayla\t30-06-2024\t12-03-2025\t12-03-2025\n"
)


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (COHORT, {"04/03/1995", "20-01-1998", "01-07-1999"}),
        (VISITS, {"14-02-2024", "30-06-2024"}),
    ],
)
def test_only_the_birth_column_gives_birth_dates(text, births):
    found = {text[f.start : f.end] for f in scan_text(text) if f.kind == "birth_date"}
    assert found == births
