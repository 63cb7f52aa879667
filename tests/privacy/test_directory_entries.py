"""Issue 14 (heldout7 false positives): public bodies are not persons, written in the layouts
of contact directories and school announcements - an office's entry over several lines
("* Puskesmas ..." / "  Alamat : ..." / "  Telepon : ..."), a school's or a village office's
free-mail box (sdn3..., negeri...), a place named after a polling station or a posyandu. The
same layouts about a person stay findings."""

import pytest

from moderation.privacy import scan_text


def found(text: str, kind: str | None = None) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if kind is None or f.kind == kind]


BULLETED = """DAFTAR KONTAK LAYANAN KECAMATAN SUKAMAKMUR

- KUA Kecamatan Sukamakmur
    Alamat      : Jl. Raya Cibadak No. 17, Sukamakmur
    Telp        : (0251) 8765432
    WhatsApp    : 0812-9000-1122
    E-mail      : kuasukamakmur@gmail.com
- Koperasi Unit Desa Sri Rejeki
    Alamat      : Jl. Pasar Lama No. 3 RT 02 RW 01, Desa Sukaharja
    Telp        : 0251-8761234
    E-mail      : koperasi.srirejeki@gmail.com
- BUMDes Maju Bersama
    Alamat      : Dusun Krajan, Desa Sukawangi
    Kontak      : 0813 1234 9876
"""

NUMBERED = """Layanan kesehatan di wilayah kami:

1. Puskesmas Wonoasri
   Alamat: Jl. Diponegoro No. 45, Wonoasri
   Hotline: 0852-3300-4411
   Pos-el: pkmwonoasri@yahoo.co.id

2. Pustu Desa Ngadirejo
   Alamat: Dusun Sumber RT 04 RW 02, Ngadirejo
   Jam buka: 07.30-14.00
"""

PLAIN = """Polsek Batu Ampar
Alamat : Jl. Trans Kalimantan Km 12 No. 8
Telepon : 0813-5000-7777

MTs Negeri 2 Kubu Raya
Alamat : Jl. Adi Sucipto Gg. Mawar No. 21
Surel : mtsn2kuburaya@gmail.com
"""


@pytest.mark.parametrize("text", [BULLETED, NUMBERED, PLAIN])
def test_directory_entries_of_public_bodies_are_not_personal(text):
    assert found(text) == []


def test_a_persons_entry_in_the_same_layout_stays():
    text = """Daftar kader:

- Siti Aminah
    Alamat      : Jl. Raya Cibadak No. 17 RT 03 RW 02, Sukamakmur
    HP          : 0812-9000-1122
    E-mail      : siti.aminah77@gmail.com
"""
    assert found(text, "phone") == ["0812-9000-1122"]
    assert found(text, "email") == ["siti.aminah77@gmail.com"]
    assert found(text, "address")


def test_a_contact_person_inside_an_entry_keeps_her_number():
    text = """* Posyandu Melati
  Alamat : Dusun Krajan RT 02, Desa Sidomulyo
  Kontak : Ibu Sulastri 0813-2222-4545
"""
    assert found(text, "phone") == ["0813-2222-4545"]


def test_a_wrapped_address_line_is_no_heading():
    text = """Nama              : Budi Santoso
NIK               : 3171011708850003
Alamat            : Jl. Kenanga No. 5 RT 05/RW 011
                    Kecamatan Sekernan, Kabupaten Muaro Jambi
Telp./HP          : 0838.7929.2891
"""
    assert found(text, "phone") == ["0838.7929.2891"]


def test_an_entry_with_a_persons_identifier_is_a_persons_record():
    text = """* Kantor Desa Sukamaju (pelapor)
  NIK    : 3171011708850003
  Alamat : Dusun Krajan RT 02 RW 03
  HP     : 0813-2222-4545
"""
    assert found(text, "phone") == ["0813-2222-4545"]


@pytest.mark.parametrize(
    ("text", "mailbox"),
    [
        (
            "SMP NEGERI 4 LEMBANG\n"
            "NPSN: 20206211 E-mail: smpn4lembang@gmail.com Telp. 022-2786543\n"
            "DAFTAR PESERTA DIDIK BARU",
            "smpn4lembang@gmail.com",
        ),
        ("Surel kantor negeri: negeriwaai@gmail.com", "negeriwaai@gmail.com"),
        ("Informasi lanjut: min1ambon@gmail.com", "min1ambon@gmail.com"),
    ],
)
def test_school_and_village_mailboxes_are_not_personal(text, mailbox):
    assert mailbox not in found(text, "email")


def test_a_pupils_mailbox_stays():
    text = "Nama siswa: Rina Aprilia, e-mail: rina.aprilia09@gmail.com"
    assert found(text, "email") == ["rina.aprilia09@gmail.com"]


@pytest.mark.parametrize(
    "text",
    [
        "1) Marthen Wenda - TPS 014 Kampung Yoboi - NIK 9103041707800011 - MS",
        "Pengawas: Sri Lestari, NIK 3310114506900002, TPS 3 Dusun Ngablak",
        "Kader: Yuni, NIK 3310114506900002, Posyandu Mawar Dusun Krajan",
    ],
)
def test_the_place_of_a_polling_station_or_posyandu_is_not_a_home(text):
    assert found(text, "address") == []


def test_a_home_after_the_polling_station_cell_stays():
    text = "1) Marthen Wenda - TPS 014 - NIK 9103041707800011 - alamat Kampung Yoboi RT 02"
    assert found(text, "address")


def test_a_home_beside_a_facility_stays():
    text = "Penerima: Sumini, NIK 3317066103950435, sebelah Pos Kamling - Dusun Ngasem RT 05 RW 02"
    assert found(text, "address")


DASHED = """DAFTAR FASILITAS LAYANAN
1. Puskesmas Kalasan - Jl. Solo Km 13 No. 5, Kalasan - Telp. 0274-496008 - pkmkalasan@gmail.com
2. KUA Kecamatan Depok - Jl. Perumnas Seturan RT 05, Depok - HP 0812-2700-1100
3. BUMDes Sido Makmur - Dusun Ngablak, Desa Sumberejo - WA 0813-4567-8899
"""


def test_a_directory_of_one_line_entries_separated_by_dashes():
    assert found(DASHED) == []


def test_a_list_of_persons_separated_by_dashes_stays():
    text = (
        "1. Budi Santoso - Jl. Solo Km 13 No. 5 RT 02 - HP 0812-2700-1100\n"
        "2. Sri Wahyuni - Dusun Ngablak RT 01 - HP 0813-4567-8899\n"
    )
    assert found(text, "phone") == ["0812-2700-1100", "0813-4567-8899"]
