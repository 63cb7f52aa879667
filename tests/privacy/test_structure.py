"""Issue 14, classes 1-3: tables read by their header, addresses written with Indonesia's
administrative units, birth dates in every common form. Plain Python, no Django.

All persons and numbers here are made up."""

import pytest

from moderation.privacy import Severity, scan_text


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan_text(text)]


def kinds_of(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


# --- 1. structure: the header types its column -----------------------------------------------

FILLER = "\n".join(f"{n} | Warga {n} | - | - | -" for n in range(3, 40))


@pytest.mark.parametrize("separator", [" | ", "\t", ";", ","])
def test_header_types_columns_far_below(separator):
    header = separator.join(["No", "Nama Lengkap", "Tgl Lahir", "Alamat", "No. Rek"])
    rows = [
        ["1", "Sri Wahyuni", "07-03-1979", "Gang Mawar 4 Kauman", "0123 4567 8901"],
        *[[str(n), f"Warga {n}", "-", "-", "-"] for n in range(2, 40)],
        ["40", "Paulus Kogoya", "3 Januari 1988", "Kampung Harapan Sentani", "7766554433"],
    ]
    text = "\n".join([header, *(separator.join(row) for row in rows)])
    assert kinds_of(text, "birth_date") == ["07-03-1979", "3 Januari 1988"]
    assert kinds_of(text, "address") == ["Gang Mawar 4 Kauman", "Kampung Harapan Sentani"]
    assert kinds_of(text, "bank_account") == ["0123 4567 8901", "7766554433"]
    assert all(f.severity is Severity.BLOCK for f in scan_text(text))


def test_ttl_column_and_no_kis_column():
    text = (
        "No\tNama\tTTL\tNo. KIS\n"
        "1\tAminah\tKlaten, 2 Feb 1970\t0001234567890\n"
        "2\tDarto\tBoyolali, 11/11/66\t0009876543210\n"
    )
    assert kinds_of(text, "birth_date") == ["2 Feb 1970", "11/11/66"]
    assert kinds_of(text, "bpjs") == ["0001234567890", "0009876543210"]


def test_address_split_over_columns_is_one_address_per_row():
    text = (
        "No;Nama;Dusun;RT;RW;Desa;Keterangan\n"
        "1;Tukiyem;Ngaglik;003;007;Caturharjo;Lansia\n"
        "2;Paijo;Sendangrejo;01;02;Margoagung;Disabilitas\n"
    )
    assert kinds_of(text, "address") == [
        "Ngaglik;003;007;Caturharjo",
        "Sendangrejo;01;02;Margoagung",
    ]


def test_fixed_width_pdf_table():
    text = (
        "NO   NAMA              TANGGAL LAHIR    ALAMAT\n"
        "1    Ni Luh Sari       12-12-1991       Banjar Dinas Kelod\n"
        "2    I Made Wira       4-I-1985         Br. Tegal Kangin\n"
    )
    assert kinds_of(text, "birth_date") == ["12-12-1991", "4-I-1985"]
    assert kinds_of(text, "address") == ["Banjar Dinas Kelod", "Br. Tegal Kangin"]


def test_quoted_csv_and_html_rows():
    csv = (
        "Nama,Alamat,Tanggal Lahir\n"
        '"Rudi, S.Pd","Komplek Griya Indah Blok C-7, Kel. Tanjung Rejo",1980-05-14\n'
    )
    assert kinds_of(csv, "address") == ["Komplek Griya Indah Blok C-7, Kel. Tanjung Rejo"]
    assert kinds_of(csv, "birth_date") == ["1980-05-14"]
    html = (
        "<tr><th>Nama</th><th>Alamat</th></tr>\n"
        "<tr><td>Yohana</td><td>Lingkungan III Pasar Baru</td></tr>\n"
    )
    assert kinds_of(html, "address") == ["Lingkungan III Pasar Baru"]


def test_unlabelled_birth_date_and_address_in_a_row_of_persons():
    text = (
        "No | Nama | NIK | Keterangan | Catatan\n"
        + "\n".join(
            f"{n} | Orang {n} | - | {n}/4/1975 | Dusun Bulu RT {n:02d}" for n in range(1, 6)
        )
        + "\n"
    )
    assert kinds_of(text, "birth_date") == [f"{n}/4/1975" for n in range(1, 6)]
    assert kinds_of(text, "address") == [f"Dusun Bulu RT {n:02d}" for n in range(1, 6)]


def test_date_columns_that_are_not_births():
    text = (
        "Timestamp,Nama,Tanggal Permohonan,Status\n"
        "27/7/2023 10:11:38,Budi,1/8/2023,Selesai\n"
        "28/7/2023 09:01:02,Wati,2/8/2023,Proses\n"
    )
    assert kinds_of(text, "birth_date") == []


def test_company_table_and_amount_columns_are_not_personal():
    text = (
        "No | Nama Penyedia | Alamat | Nilai Kontrak (Rp)\n"
        "1 | CV Maju Jaya | Jl. Diponegoro 12, Kec. Wates | 1234567890123456\n"
        "2 | PT Sinar Abadi | Komplek Ruko Blok A-3 | 3201014508900002\n"
    )
    assert found(text) == []


def test_nik_under_a_nik_header_even_with_an_odd_date():
    text = "No | Nama | NIK\n1 | Sari | 3404011234560001\n"  # month 34: a typo'd NIK
    assert kinds_of(text, "nik") == ["3404011234560001"]


# --- 2. addresses across Indonesia -------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "value"),
    [
        ("Alamat:", "Padukuhan Karangwetan, Kalurahan Salamrejo"),
        ("beralamat di", "Banjar Dinas Kaja Kangin, Desa Pakraman Sibetan"),
        ("warga", "Jorong Koto Tinggi, Nagari Sungai Pua"),
        ("tinggal di", "Gampong Lamteumen Timur, Kecamatan Jaya Baru"),
        ("berdomisili di", "Lingkungan Bontoa, Kelurahan Bontoa"),
        ("Alamat :", "Kampung Yoboi, Distrik Sentani"),
        ("tinggal di", "Perum Griya Asri Blok D-12"),
        ("beralamat di", "Dukuh Jetis RT 07"),
        ("tinggal di", "belakang Pasar Kranggan"),
        ("Address:", "Hamlet Sukamaju, Pacitan Regency"),
        ("He lives in", "Pekon Way Mengaku"),
    ],
)
def test_addresses_with_local_units(cue, value):
    assert kinds_of(f"{cue} {value}. Pekerjaan petani", "address") == [value]


def test_address_wrapped_over_two_lines():
    text = (
        "Alamat : Dusun Sumberejo, Desa Tegalrejo,\n"
        "Kecamatan Gedangsari, Kab. Gunungkidul\nPekerjaan : Petani"
    )
    assert kinds_of(text, "address") == [
        "Dusun Sumberejo, Desa Tegalrejo,\nKecamatan Gedangsari, Kab. Gunungkidul"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Alamat kantor: Jl. Merdeka No. 1, Kelurahan Tridadi",
        "Alamat e-mail pengaduan tersedia di laman kami.",
        "Warga negara asing wajib melapor.",
        "Penyedia CV Karya Mandiri, alamat Jl. Gajah Mada 5, Kota Pontianak",
        "Alamat: -",
    ],
)
def test_not_a_home_address(text):
    assert kinds_of(text, "address") == []


# --- 3. birth dates in every common form ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tgl Lahir: 17/8/85", "17/8/85"),
        ("lahir 1-V-1962 di Wonosari", "1-V-1962"),
        ("Date of birth: Nov 1, 1943", "Nov 1, 1943"),
        ("TTL : Bantul, 09.XI.1971", "09.XI.1971"),
        (
            "lahir di Bantul pada tanggal tujuh belas Agustus seribu sembilan ratus delapan "
            "puluh lima",
            "tanggal tujuh belas Agustus seribu sembilan ratus delapan puluh lima",
        ),
        ("Tgl. lhr 30-Des-1999", "30-Des-1999"),
        ("born on 4 July 1990", "4 July 1990"),
    ],
)
def test_birth_date_forms(text, value):
    assert kinds_of(text, "birth_date") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Stempel waktu,Tanggal Lahir\n27/7/2023 10:11:38,",
        "Hari Lahir Pancasila, 1 Juni 2024",
        "Sleman, 3 Mei 2024\nKepala Dinas",
    ],
)
def test_not_a_birth_date(text):
    assert kinds_of(text, "birth_date") == []


def test_offsets_are_exact_in_tables():
    text = "Nama | Tgl Lahir\nAni | 02-02-2002\n"
    for finding in scan_text(text):
        assert text[finding.start : finding.end] == "02-02-2002"


def test_html_table_with_thead_and_tbody():
    text = (
        "<table>\n<thead><tr><th>No</th><th>Nama</th><th>Tanggal Lahir</th></tr></thead>\n"
        "<tbody>\n<tr><td>1</td><td>Rosa</td><td>9-9-1969</td></tr>\n</tbody></table>"
    )
    assert kinds_of(text, "birth_date") == ["9-9-1969"]
