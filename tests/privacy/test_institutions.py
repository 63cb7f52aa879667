"""Issue 14, class 6: public bodies are not persons - letterheads, office contacts, call
centres, companies in procurement announcements, permit numbers, rupiah amounts."""

import pytest

from moderation.privacy import scan_text

NIK = "3404012207850003"


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan_text(text)]


KOP = """PEMERINTAH KABUPATEN LOMBOK TIMUR
KECAMATAN SELONG
KANTOR DESA PANCOR
Jalan Pahlawan Nomor 3, Pancor 83611
Tlp. (0376) 21045 - Faks. (0376) 21046 - Pos-el: pemdespancor@gmail.com
=====================================================================
SURAT KETERANGAN
Yang bertanda tangan di bawah ini menerangkan bahwa Sdr. Lalu Ahmad, HP 0819 0712 3344,
beralamat di Dusun Gerisak RT 02, Desa Pancor. Pertanyaan dapat disampaikan ke (0376) 21045.
"""


def test_letterhead_contacts_are_dropped_the_persons_are_kept():
    assert found(KOP) == [
        ("phone", "0819 0712 3344"),
        ("address", "Dusun Gerisak RT 02, Desa Pancor"),
    ]


def test_institutional_contact_line_without_a_kop():
    text = "Sekretariat: Gedung B Lt. 2, Telp/Faks 0361-223344, Laman www.contoh.go.id"
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hubungi Call Center Dukcapil 0811-3000-1234 pada jam kerja.",
        "Aduan melalui WA Pengaduan 0812-2000-3000.",
        "Helpdesk LPSE (0370) 555123",
        "Surel resmi: bappeda@lomboktimurkab.go.id",
        "Kirim berkas ke tu.smpn2selong@gmail.com",
        "Dinas Sosial menerima laporan di nomor (0376) 22110.",
    ],
)
def test_office_numbers_and_mailboxes(text):
    assert found(text) == []


def test_a_person_named_before_the_number_keeps_it():
    text = "Informasi Dinas Sosial: Ibu Ratna 0813-3311-2299"
    assert found(text) == [("phone", "0813-3311-2299")]


def test_company_in_a_procurement_announcement():
    text = (
        "Pemenang: CV Rinjani Karya\n"
        "Alamat: Jl. Sandubaya No. 8, Kota Mataram\n"
        "Telp. kantor: (0370) 640011\n"
        "NIB: 9120004567890\n"
    )
    assert found(text) == []


def test_permit_and_amounts_are_not_identifiers():
    assert found("Nomor izin usaha NIB 1234567890123, SIUP 503/112/DPMPTSP/2023") == []
    table = "Kode | Uraian | Anggaran (Rp)\n5.1.02 | Belanja modal | 3201014508900002\n"
    assert found(table) == []


def test_a_person_landline_in_a_row_of_persons():
    row = f"1 | Ani | {NIK} | (0376) 21099"
    assert found(row) == [("nik", NIK), ("phone", "(0376) 21099")]


# --- a company's bank account and NPWP (procurement) are not a person's ----------------------


def test_company_account_and_npwp_in_a_key_value_block_are_not_reported():
    text = (
        "PENGUMUMAN PEMENANG PENGADAAN LANGSUNG\n"
        "Nama Penyedia : CV Tirta Anugerah\n"
        "Alamat : Jl. Veteran No. 12, Ungaran\n"
        "NPWP : 02.417.335.8-505.000\n"
        "No. Rekening : Bank Jateng 2-034-112233-4\n"
    )
    assert [f.kind for f in scan_text(text) if f.kind in ("npwp", "bank_account")] == []


def test_account_held_by_a_company_after_the_number():
    text = "Pembayaran ditransfer ke rekening BNI 0299887766 a.n. PT Sarana Bangun Persada."
    assert [f.kind for f in scan_text(text) if f.kind == "bank_account"] == []


def test_company_table_accounts_are_not_reported():
    text = (
        "No | Nama Penyedia | NPWP | No. Rekening\n"
        "1 | CV Karya Utama | 01.562.774.1-524.000 | 0211-01-000552-30-9\n"
        "2 | PT Mitra Konstruksi | 03.118.905.6-524.000 | 0211-01-000913-30-1\n"
    )
    assert [f.kind for f in scan_text(text) if f.kind in ("npwp", "bank_account")] == []


def test_a_persons_npwp_after_a_company_line_with_a_person_between_is_reported():
    text = (
        "Nama Penyedia : CV Tirta Anugerah\n"
        "Direktur : Bambang Wiyono\n"
        "NPWP pribadi : 24.417.335.8-505.000\n"
    )
    assert "npwp" in {f.kind for f in scan_text(text)}


@pytest.mark.parametrize(
    "link",
    [
        "https://api.whatsapp.com/send?phone=6285712349876",
        "http://api.whatsapp.com/send/?text=Halo&phone=6285712349876",
        "https://web.whatsapp.com/send?phone=6285712349876&text=lapor",
    ],
)
def test_words_inside_a_link_make_no_contact_line_of_an_office(link):
    # "phone" in a link's query and the link's "https://" are not two kinds of office contact:
    # the reporter's number, in the link and written again later, is a person's
    text = f"Pelapor : Sri Wahyuni\nKontak  : {link}\nPesan dari +62 857-1234-9876: tolong\n"
    values = [value for kind, value in found(text) if kind == "phone"]
    assert "+62 857-1234-9876" in values
    assert any(value.endswith("6285712349876") for value in values)


def test_an_office_contact_line_with_a_link_is_still_the_offices():
    text = (
        "Telp. 0812-3456-7001  Laman: https://desamaju.desa.id\n"
        "Pengaduan dapat dikirim ke 0812-3456-7001.\n"
    )
    assert [kind for kind, _ in found(text) if kind == "phone"] == []


ATTENDANCE = (
    "No\tNama\tNIK/NIP\tAlamat/Instansi\tNo. HP\n"
    "1\tSuwarto\t3404012207850003\tUPTD Puskesmas Mlati II\t081327001122\n"
    "2\tLastri\t3404014507850002\tDusun Cebongan RT 02 RW 03\t081327001133\n"
    "3\tHeru\t3404011105790004\tKoramil 06/Mlati\t-\n"
    "4\tWarsini\t3404015507820001\tKantor Kelurahan Sinduadi, Gg. Mawar No. 4\t-\n"
)


def test_an_office_in_an_address_column_is_not_a_home_address():
    addresses = [value for kind, value in found(ATTENDANCE) if kind == "address"]
    assert "Dusun Cebongan RT 02 RW 03" in addresses
    assert not any(value.startswith(("UPTD", "Koramil")) for value in addresses)


def test_an_office_word_with_a_home_part_stays_an_address():
    # a house number after the office's name: the person may live there (staff housing)
    addresses = [value for kind, value in found(ATTENDANCE) if kind == "address"]
    assert any("Gg. Mawar No. 4" in value for value in addresses)


TENDER = (
    "PENGUMUMAN PEMENANG SELEKSI\n"
    "Pemenang : PT Karya Bangun Nusa\n"
    "Alamat   : Jl. Kaliurang Km 7 No. 12, Sleman, Telp. kantor 0812-2000-1111\n"
    "Penanggung jawab: Rini Astuti (NIK 3404014507850002, WA 0857-4411-2299)\n"
)


def test_a_persons_phone_beside_her_nik_inside_a_companys_lines_is_hers():
    phones = [value for kind, value in found(TENDER) if kind == "phone"]
    assert phones == ["0857-4411-2299"]  # the company's own number stays out


@pytest.mark.parametrize(
    "line",
    [
        "Saluran: e-mail pengaduan, situs, WA Center 0812-7788-1020, dan kotak saran",
        "Keberatan atas hasil seleksi (sanggahan) dikirim lewat WA 0813-4455-1020",
        "Nomor penting warga:\n- Ambulance Kelurahan: 0852 1133 4455\n- Damkar: 0852 1133 4466",
    ],
)
def test_institutional_mobile_numbers_are_not_persons(line):
    assert [kind for kind, _ in found(line) if kind == "phone"] == []


def test_a_persons_number_next_to_an_office_word_further_back_is_kept():
    text = "Sanggahan sudah diterima. Pelapor: Ibu Rina, HP 0813-4455-1020"
    assert ("phone", "0813-4455-1020") in found(text)


@pytest.mark.parametrize(
    "line",
    [
        "Rekening Kas Desa Wonokerto: 0123-01-004455-30-1",
        "NPWP Bendahara 00.123.456.7-890.000, Rek. Kas 0123-01-004455-30-1",
        "Rekening kas BUMDes (BRI) 0123 01 004455 30 1",
    ],
)
def test_an_offices_cash_account_is_not_a_persons(line):
    assert [kind for kind, _ in found(line) if kind == "bank_account"] == []


def test_a_companys_npwp_in_a_fixed_width_table_is_not_a_persons():
    text = (
        "No  Nama Penyedia           NPWP                   Alamat\n"
        "--  ----------------------  ---------------------  ------------------------\n"
        "1   CV. Tirta Makmur        02.345.678.9-012.000   Jl. Magelang Km 5, Sleman\n"
        "2   PT. Guna Karya Teknik   03.456.789.1-123.000   Jl. Solo No. 8, Kalasan\n"
    )
    assert [kind for kind, _ in found(text) if kind == "npwp"] == []


def test_a_persons_account_next_to_the_word_kas_elsewhere_is_kept():
    text = "Uang kas dikembalikan ke rekening BRI 0123 01 004455 30 1 a.n. Sumini"
    assert [kind for kind, _ in found(text) if kind == "bank_account"] != []
