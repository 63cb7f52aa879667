"""Issue 14, class 1 (structure): table layouts as extraction gives them - one cell per line
(PDF, DOCX), rows whose cell wraps over a line break, rule lines under a fixed-width header.
Plain Python, no Django. All persons and numbers here are made up."""

from moderation.privacy import scan_text


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan_text(text)]


def kinds_of(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


def test_one_cell_per_line_table_is_read_by_its_header():
    # A title line before the header, no "No" line, rows numbered: the usual row length says
    # which lines are header cells.
    text = "\n".join(
        [
            "Lampiran II Keputusan Lurah",
            "Daftar Penerima Bantuan Sembako",
            "Nama Lengkap",
            "Tanggal Lahir",
            "Lingkungan",
            "Rekening",
            "1",
            "La Ode Hamid",
            "5 April 1961",
            "Wameo",
            "221 0345 9981",
            "2",
            "Wa Ode Sitti",
            "30/12/1958",
            "Bone-Bone",
            "221 0378 1120",
            "3",
            "Andi Baso",
            "Des 7, 1949",
            "Lipu",
            "221 0381 4476",
        ]
    )
    assert kinds_of(text, "birth_date") == ["5 April 1961", "30/12/1958", "Des 7, 1949"]
    assert kinds_of(text, "address") == ["Wameo", "Bone-Bone", "Lipu"]
    assert kinds_of(text, "bank_account") == ["221 0345 9981", "221 0378 1120", "221 0381 4476"]


def test_one_cell_per_line_with_a_wrapped_cell_and_an_rt_of_two():
    # Row 1's address wraps over two lines; row 2's RT is "2", not the next row's number.
    text = "\n".join(
        [
            "No.",
            "Nama",
            "Alamat",
            "RT",
            "Tgl. Lahir",
            "1",
            "Maria Goreti Bere",
            "Jalan Timor Raya",
            "Oesapa Barat",
            "2",
            "19-11-1977",
            "2",
            "Yohanes Nahak",
            "Gang Flamboyan",
            "4",
            "2 Januari 1981",
            "3",
            "Fransiska Luruk",
            "Kampung Solor",
            "11",
            "14.06.1969",
        ]
    )
    births = kinds_of(text, "birth_date")
    assert births == ["19-11-1977", "2 Januari 1981", "14.06.1969"]
    addresses = " ".join(kinds_of(text, "address"))
    for place in ("Jalan Timor Raya", "Gang Flamboyan", "Kampung Solor"):
        assert place in addresses


def test_prose_of_short_lines_is_not_a_table():
    text = "\n".join(["Agenda", "Nama kegiatan", "Pembukaan", "1", "Sambutan", "2", "Doa"])
    assert found(text) == []


def test_pipe_row_with_a_cell_wrapped_over_a_line():
    text = (
        "| No | Nama | No. Rekening | Tgl Lahir | Dusun |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Suparmi | 0113\n2233 4455 | 12-12-1962 | Kedungpoh |\n"
        "| 2 | Waginem | 0113 2233 9988 | 1 Juni 1970 | Ngalang |\n"
    )
    assert kinds_of(text, "birth_date") == ["12-12-1962", "1 Juni 1970"]
    assert kinds_of(text, "address") == ["Kedungpoh", "Ngalang"]
    assert kinds_of(text, "bank_account") == ["0113\n2233 4455", "0113 2233 9988"]


def test_csv_row_with_a_quoted_cell_over_two_lines():
    text = (
        "No,Nama,Alamat,Tgl Lahir\n"
        '1,Siti Aisyah,"Jorong Kampai\nNagari Lasi",04/04/1980\n'
        "2,Rahmat,Jorong Pasar,17/09/1975\n"
    )
    assert kinds_of(text, "birth_date") == ["04/04/1980", "17/09/1975"]


def test_rule_line_under_a_fixed_width_header():
    text = (
        "NO  NAMA            ALAMAT              No KKS\n"
        "--  --------------  ------------------  -------------------\n"
        "1   Sumarni         Dukuh Ngemplak      6015 2201 8875 3301\n"
        "2   Joko Santoso    Dukuh Sorogaten     6015 2201 9946 0072\n"
    )
    assert kinds_of(text, "address") == ["Dukuh Ngemplak", "Dukuh Sorogaten"]
    assert len(kinds_of(text, "kks")) == 2


def test_docx_table_one_indented_cell_per_line():
    # python-docx-like extraction: the row number alone, the cells after a tab, a tab line
    # closing the row.
    text = (
        "Lampiran Keputusan Nomor 4 Tahun 2025\n"
        "No\n\tNama\n\tTanggal Lahir\n\tNo. Rekening\n\t\n"
        "1\n\tHotmauli Sitorus\n\t09/09/1966\n\t1180 2299 3301\n\t\n"
        "2\n\tRamli Harahap\n\t27 Mei 1959\n\t1180 2299 4412\n\t\n"
    )
    assert kinds_of(text, "birth_date") == ["09/09/1966", "27 Mei 1959"]
    assert kinds_of(text, "bank_account") == ["1180 2299 3301", "1180 2299 4412"]


def test_short_wrapped_line_between_rows_does_not_end_the_table():
    text = (
        "No;Nama;Tgl Lahir;Dusun\n"
        "1;Karsinah;3 Mei 1961;Sidomulyo\n"
        "Kidul\n"
        "2;Paimin;20/02/1958;Ngemplak\n"
    )
    assert kinds_of(text, "birth_date") == ["3 Mei 1961", "20/02/1958"]


def test_fixed_width_row_whose_birth_date_wrapped_to_the_next_line():
    # The first rows' dates are found from "place, date" on their line; later rows wrap the
    # date under the TTL column: the column must still be read.
    rows = [
        f"{n:<4} {name:<14} {ttl:<22} {place}"
        for n, name, ttl, place in [
            (1, "Waode Nurma", "Baubau, 2-2-1962", "Kelurahan Wameo"),
            (2, "La Ode Alwi", "Raha, 12-12-1970", "Kelurahan Lamangga"),
            (3, "Sitti Hawa", "Buton, 30-6-1955", "Kelurahan Tarafu"),
            (4, "La Rusli", "Muna, 1-1-1966", "Kelurahan Wale"),
            (5, "Wa Ode Fitri", "Kendari,", "Kelurahan Bone"),
        ]
    ]
    text = "\n".join(
        [
            "No   Nama           TTL                    Kelurahan",
            "---- -------------- ---------------------- ------------------",
            *rows,
            "                    17 Agustus 1984",
        ]
    )
    assert "17 Agustus 1984" in kinds_of(text, "birth_date")
