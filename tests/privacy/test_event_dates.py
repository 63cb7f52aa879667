"""Issue 14 (known miss: TMT dates read as birth dates): a date is a birth date only where a
label, a column or a person's TTL slot says so. The "<Place>, <date>" rule and the birth label's
reach read an appointment (TMT), a registration or a wedding date as a birth when it came after
a birth label; now the column header (CSV, pipes, semicolons) and the field's own label or
event word decide, and the birth date beside it is still found."""

from moderation.privacy import scan_text


def births(text: str) -> set[str]:
    return {text[f.start : f.end] for f in scan_text(text) if f.kind == "birth_date"}


PEGAWAI_CSV = (
    "No,Nama Pegawai,Tempat Lahir,Tanggal Lahir,Golongan,TMT Golongan\n"
    '1,Heru Prasetyo,Magelang,14-02-1978,III/c,"Temanggung, 01-04-2009"\n'
    '2,Dwi Lestari,Purworejo,30-09-1983,III/b,"Magelang, 01-10-2011"\n'
    '3,Agus Salim,Kebumen,05-05-1975,III/d,"Magelang, 01-04-2004"\n'
)


def test_a_place_and_date_under_a_tmt_header_is_no_birth():
    assert births(PEGAWAI_CSV) == {"14-02-1978", "30-09-1983", "05-05-1975"}


SPLIT_HEADER = (
    "Nama,Tempat, Tanggal Lahir,Tgl Nikah,Dusun\n"
    'Sutarmi,"Wates, 12 Juni 1986",03-03-2006,Kriyan\n'
    'Ngatijo,"Kokap, 2 Mei 1981",03-03-2006,Kriyan\n'
    'Paijem,"Wates, 9 Oktober 1990",11-11-2009,Pengasih\n'
)


def test_a_header_split_at_its_comma_still_lines_the_columns_up():
    """The header's unquoted comma makes it one cell longer than the quoted rows: the wedding
    date was read under the birth column."""
    assert births(SPLIT_HEADER) == {"12 Juni 1986", "2 Mei 1981", "9 Oktober 1990"}


SEMICOLONS = (
    "Nama;NIK;TTL;Terdaftar di;Keterangan\n"
    "Rusmini;3471044403800002;Yogyakarta, 04-03-1980;Gondokusuman, 02-01-2005;aktif\n"
    "Wahyudi;3471041212790001;Sleman, 12-12-1979;Gondokusuman, 15-06-2004;aktif\n"
)


def test_a_registration_cell_written_like_a_birth_place_and_date():
    assert births(SEMICOLONS) == {"04-03-1980", "12-12-1979"}


FORM = (
    "Nama Lengkap : Rina Kartikasari\n"
    "Tempat/Tgl. Lahir : Pati, 19 Juli 1984\n"
    "Jabatan : Pengadministrasi Umum\n"
    "TMT CPNS : Pati, 1 Desember 2008\n"
)


def test_the_next_field_of_a_form_is_its_own_date():
    assert births(FORM) == {"19 Juli 1984"}


def test_an_empty_birth_field_does_not_take_the_next_fields_date():
    form = "Nama : Slamet Riyadi\nTgl. Lahir : -\nTgl. Pensiun : 01-06-2009\n"
    assert births(form) == set()


def test_an_event_in_the_same_sentence_after_the_birth_label():
    text = "Almarhum lahir tahun 1951 dan meninggal dunia pada 14 Februari 2009 di Sragen."
    assert births(text) == set()


def test_an_event_date_on_a_line_with_a_nik():
    row = "Sugiyono 3310071507700003 diangkat 01-02-2003 sebagai perangkat desa"
    assert births(row) == set()
    assert births("Sugiyono 3310071507700003 lahir 15-07-1970") == {"15-07-1970"}


def test_an_event_word_in_an_untyped_cell_of_a_row_of_persons():
    table = (
        "Nama | NIK | Keterangan\n"
        "Sumadi | 3310071507700003 | diangkat 01-03-2005\n"
        "Tugiyem | 3310075203720002 | pensiun 01-04-2020\n"
        "Parno | 3310070909680001 | lahir 09-09-1968\n"
    )
    assert births(table) == {"09-09-1968"}
