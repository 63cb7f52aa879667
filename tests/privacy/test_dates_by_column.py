"""Issue 14 (heldout5 false positives, class 1): once a table's header has a birth-date column,
a date in another, untyped column of a person's row is some other date of that person (the start
of an appointment, a planned wedding, a registration) and not a birth date. Without a birth-date
column (or with only a birth-place column), an untyped date of a plausible birth year in a row of
persons is still read as one."""

from moderation.privacy import scan_text

APPOINTED = (
    "No | Nama Pegawai | NIK | Tgl. Lahir | Unit Kerja | Mulai Bertugas | Pendidikan\n"
    "1 | Sulastri | 3374114506870002 | 05-06-1987 | TU | 02-01-2011 | SMA\n"
    "2 | Rohmadi | 3374110309900004 | 3 Sep 1990 | Kebersihan | 15 Juli 2014 | SMP\n"
    "3 | Kusnul | 3374114112920001 | 01/12/1992 | Operator | 01/03/2019 | D3\n"
    "4 | Wagiman | 3374110707850003 | 07.07.1985 | Satpam | 01.08.2008 | SMA\n"
    "5 | Endah | 3374115011950002 | 10-11-1995 | TU | 04-04-2020 | S1\n"
)
COUPLES = (
    "Nama Calon\tNIK\tTanggal Lahir\tRencana Akad\tPendamping\n"
    "Fitriani\t6271034405010003\t4 Mei 2001\t12 Oktober 2025\tBu Rina\n"
    "Yusran\t6271030211990001\t2 November 1999\t12 Oktober 2025\tBu Rina\n"
    "Marlina\t6271036107030002\t21 Juli 2003\t8 Agustus 2025\tBu Sari\n"
    "Hendra\t6271031503000004\t15 Maret 2000\t8 Agustus 2025\tBu Sari\n"
)
PLACE_COLUMN = (
    "Nama;NIK;Tempat Lahir;Tanggal;Dusun\n"
    "Ponirah;3506114103760001;Kediri;01-03-1976;Krajan\n"
    "Sarmin;3506111205720003;Nganjuk;12-05-1972;Krajan\n"
    "Juwariyah;3506116609800002;Kediri;26-09-1980;Sumberejo\n"
)
NO_BIRTH_COLUMN = (
    "Nama;NIK;Keterangan;Dusun\n"
    "Ponirah;3506114103760001;01-03-1976;Krajan\n"
    "Sarmin;3506111205720003;12-05-1972;Krajan\n"
    "Juwariyah;3506116609800002;26-09-1980;Sumberejo\n"
)


def births(text: str) -> set[str]:
    return {text[f.start : f.end] for f in scan_text(text) if f.kind == "birth_date"}


def test_an_appointment_date_beside_the_birth_date_column_is_not_a_birth():
    assert births(APPOINTED) == {"05-06-1987", "3 Sep 1990", "01/12/1992", "07.07.1985",
                                 "10-11-1995"}  # fmt: skip


def test_a_planned_wedding_date_is_not_a_birth():
    assert births(COUPLES) == {"4 Mei 2001", "2 November 1999", "21 Juli 2003", "15 Maret 2000"}


def test_a_date_beside_a_birth_place_column_is_still_the_birth():
    assert "01-03-1976" in births(PLACE_COLUMN)


def test_without_a_birth_column_a_date_in_a_row_of_persons_is_still_read():
    assert births(NO_BIRTH_COLUMN) == {"01-03-1976", "12-05-1972", "26-09-1980"}


SHIFTED = (
    "Nama,NIK,Tempat, Tgl Lahir,Pekerjaan\n"
    'Karsini,3505084104710002,"Blitar, 1 April 1971",Tani\n'
    'Mujiono,3505081708680001,"Blitar, 17 Agustus 1968",Buruh\n'
    'Tumini,3505085512740003,"Kediri, 15 Desember 1974",Tani\n'
)


def test_a_row_whose_cells_shifted_keeps_its_birth_date():
    """The comma of "Tempat, Tgl Lahir" makes two header cells of one data cell: the birth
    column of the rows holds no date, the birth date sits in an untyped column."""
    assert births(SHIFTED) == {"1 April 1971", "17 Agustus 1968", "15 Desember 1974"}


REGISTERED = (
    "Nama;NIK;Terdaftar;Dusun\n"
    "Ponirah;3506114103760001;01-03-2012;Krajan\n"
    "Sarmin;3506111205720003;12-05-2013;Krajan\n"
    "Juwariyah;3506116609800002;26-09-2015;Sumberejo\n"
)


def test_a_column_of_registration_dates_is_typed_by_its_header():
    assert births(REGISTERED) == set()
