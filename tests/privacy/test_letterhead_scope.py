"""Issue 14 (heldout4 class 6): a letterhead (kop) ends where the table or the records under it
begin. A spreadsheet or a document extracted as text puts the header row and the first records
right under the kop's contact line; their phones, addresses and e-mails are the persons', not
the office's."""

from moderation.privacy import scan_text

SHEET = (
    "Rekap\n"
    "PEMERINTAH KABUPATEN KULON PROGO\n"
    "PUSKESMAS GALUR II\n"
    "Jl. Brosot - Bantul Km 1, Galur  Telp. (0274) 7494012  Email: pkmgalur2@kulonprogokab.go.id\n"
    "No\tNama\tNIK\tNo. HP\tE-mail\tAlamat\n"
    "1\tTumini\t3401124107850003\t0813-2874-1190\ttumini.galur@gmail.com\t"
    "Padukuhan Karanganyar RT 12 RW 06\n"
    "2\tSupardi\t3401121205790001\t0878-3301-4422\tsupardi79@yahoo.com\t"
    "Padukuhan Wonopeti RT 03 RW 01\n"
)

RECORDS = (
    "PEMERINTAH DESA SUKAMAJU\n"
    "Jl. Raya Sukamaju No. 1 Telp. (0263) 512334 Email: desasukamaju@gmail.com\n"
    "Nama: Entin Kartini; NIK: 3203104508800002; HP: 0857-2211-9034; "
    "Alamat: Kp. Cibodas RT 02 RW 05\n"
)


def found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, text[f.start : f.end]) for f in scan_text(text)}


def test_the_first_records_under_a_kop_are_personal():
    result = found(SHEET)
    assert {
        ("phone", "0813-2874-1190"),
        ("email", "tumini.galur@gmail.com"),
        ("phone", "0878-3301-4422"),
        ("email", "supardi79@yahoo.com"),
    } <= result
    assert ("phone", "(0274) 7494012") not in result
    assert not any("kulonprogokab" in value for _, value in result)


def test_a_record_line_under_a_kop_is_personal():
    result = found(RECORDS)
    assert ("phone", "0857-2211-9034") in result
