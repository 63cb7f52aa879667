"""Issue 14, heldout8 classes (recall14i): address fragments that are not a home. Plain Python,
no Django. Made-up names and numbers.

- A bare RT number in a person's row ("RT 05" after a name and a masked NIK in a KTP-el pickup
  notice) names a neighbourhood of 30-50 houses, not a home (SOP: home addresses); an RT among
  the parts of an address split by commas stays part of it.
- A position held in a neighbourhood or a hamlet ("Ketua RT 016", "Sekretaris RW 03", "Kepala
  Dusun II") in a table's cell is no address.
- The second row of a two-row header ("Dusun/Lingk. | Desa/Kel." under "Alamat") is no address.
"""

from moderation.privacy import scan_text


def addresses(text):
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "address"]


def test_a_bare_rt_after_a_name_in_a_row_is_a_neighbourhood():
    text = (
        "Daftar penerima undangan vaksinasi (NIK disamarkan):\n"
        " 1. Sumarni Lestari      3372054506******   RT 04      2. Bagus Prakoso   "
        "33720512079*****   RT 11\n"
        " 3. Wahyu Nugroho        3372051704******   RT. 7\n"
    )
    assert addresses(text) == []


def test_an_rt_with_the_rest_of_its_address_stays():
    text = (
        "Warga penerima: Teguh Santoso, NIK 3372051704880002, RT 004, Dusun Ngemplak, "
        "Kec. Laweyan\n"
    )
    assert any("RT 004" in value for value in addresses(text))


def test_a_position_in_a_neighbourhood_is_no_address():
    text = (
        "No  Jabatan           Nama            Tgl Lahir     Alamat\n"
        "1   Ketua RT 07       Dewi Anggraini  12-04-1979    Jl. Cempaka No. 4 RT 07/RW 03\n"
        "2   Sekretaris RW 03  Hartono         03-11-1970    Gg. Mawar No. 9 RT 01/RW 03\n"
    )
    found = addresses(text)
    assert not any(value.startswith(("Ketua", "Sekretaris")) for value in found)
    assert "Jl. Cempaka No. 4 RT 07/RW 03" in found


def test_the_second_row_of_a_two_row_header_is_no_address():
    text = (
        "No\tNama\tNIK\tAlamat\t\tKeterangan\n"
        "\t\t\tJalan/Gang\tKel./Desa\t\n"
        "1\tRatna Sari\t3372054506880003\tJl. Kenari Gg. III No. 4\tKel. Jebres\tbaru\n"
        "2\tAndi Wibowo\t3372051704880002\tGg. Melati No. 19\tKel. Pucangsawit\tlama\n"
    )
    found = addresses(text)
    assert not any("Gang" in value or "Kel./Desa" in value for value in found)
    assert any("Kenari" in value for value in found)
