"""Issue 14 (heldout5 false positives, class 2): a table whose rows are institutions - clinics,
police posts, religious-affairs offices, schools, village offices - lists their addresses,
service mobiles and mailboxes on purpose; no person is named, so nothing in it is personal data.
A row that names a person (an identifier, a birth date, Bapak/Ibu) stays a person's row."""

from moderation.privacy import scan_text

PIPES = (
    "Daftar Fasilitas Layanan Kecamatan Ngadirejo\n\n"
    "No | Nama Fasilitas | Alamat | Telp | HP Layanan | Surel\n"
    "1 | Puskesmas Ngadirejo | Jl. Diponegoro No. 12, Ngadirejo | (0293) 591234 | 0812-2711-4455"
    " | pkmngadirejo@gmail.com\n"
    "2 | SD Negeri 2 Banjarsari | Jl. Sawo No. 3, Banjarsari | - | 0856 4312 7789"
    " | sdn2banjarsari@gmail.com\n"
    "3 | Kantor Desa Gondosuli | Jl. Raya Gondosuli No. 40 | - | 081390012345 | -\n"
    "4 | Koramil 07/Ngadirejo | Jl. Pahlawan No. 1 | (0293) 591100 | - | -\n"
)
TABS = (
    "Unit\tLokasi\tNomor WA\n"
    "Pustu Karanganyar\tDusun Karanganyar RT 02, Desa Wonorejo\t0857-2233-1190\n"
    "Polindes Sidomulyo\tDusun Krajan RT 05, Desa Sidomulyo\t0813 3344 5566\n"
    "MTs Negeri 3 Lumajang\tJl. Kyai Ilyas No. 8\t085233119087\n"
)
HTML = (
    "<table><tr><th>Lembaga</th><th>Alamat</th><th>Kontak</th></tr>\n"
    "<tr><td>Polsek Wates</td><td>Jl. Raya Wates No. 2, Wates</td><td>0811-2650-110</td></tr>\n"
    "<tr><td>KUA Kecamatan Wates</td><td>Jl. Stasiun No. 9, Wates</td>"
    "<td>kuawates@gmail.com</td></tr>\n</table>\n"
)
PUPILS = (
    "Sekolah | Nama Siswa | NIK | Alamat\n"
    "SD Negeri 1 Sukadana | Rizki Pratama | 1807011204150001 | Dusun Sukamaju RT 03\n"
    "SD Negeri 1 Sukadana | Aulia Rahma | 1807014507150002 | Dusun Sukamaju RT 04\n"
)
CONTACT_PERSONS = (
    "Posyandu | Kader | HP\n"
    "Posyandu Mawar 1 | Ibu Sutini | 0812-3456-7812\n"
    "Posyandu Mawar 2 | Ibu Warsih | 0813-2233-4455\n"
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan_text(text)]


def test_a_directory_of_institutions_has_no_personal_data():
    for text in (PIPES, TABS, HTML):
        assert kinds(text) == []


def test_a_pupil_beside_the_school_name_is_a_person():
    found = kinds(PUPILS)
    assert ("address", "Dusun Sukamaju RT 03") in found
    assert ("nik", "1807014507150002") in found


def test_a_named_contact_person_keeps_the_mobile():
    assert ("phone", "0812-3456-7812") in kinds(CONTACT_PERSONS)
