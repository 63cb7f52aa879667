"""Exempt information as a near-copy (issue 13 open items): a passage of an exempt document
under half of it, copied into another letter; a cropped exempt photo; an exempt photo inside a
PDF or DOCX. A common sentence or a closing formula shared with an exempt letter is no copy."""

import pytest

from information_requests import outgoing
from ppid_pages.models.dip import DipCategory
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes

pytestmark = pytest.mark.django_db

CLOSING = "Demikian surat ini kami sampaikan, atas perhatian Saudara diucapkan terima kasih."
KOP = [
    "PEMERINTAH KABUPATEN CONTOH DINAS KOMUNIKASI DAN INFORMATIKA",
    "Jalan Merdeka Nomor 1 Telepon (0274) 555123 Laman diskominfo.contohkab.go.id",
]
FINDINGS = [
    "Laporan hasil audit keamanan sistem informasi perizinan terpadu tahun anggaran 2026.",
    "Temuan pertama: server basis data menerima sambungan dari luar jaringan kantor.",
    "Kata sandi administrator tidak diganti sejak aplikasi dipasang oleh penyedia.",
    "Cadangan data harian disimpan tanpa enkripsi pada ruang arsip lantai dua.",
    "Port pengelolaan jarak jauh terbuka dan dapat dipindai dari internet publik.",
    "Akun pegawai yang sudah pindah tugas masih aktif pada modul persetujuan izin.",
    "Log akses hanya disimpan tujuh hari sehingga jejak serangan mudah hilang.",
    "Pembaruan keamanan sistem operasi terakhir dipasang delapan belas bulan lalu.",
    "Rekomendasi: tutup akses luar, ganti kata sandi, dan aktifkan autentikasi ganda.",
    "Tim teknis menjadwalkan uji penetrasi ulang setelah seluruh perbaikan selesai.",
    "Rincian alamat jaringan internal dan konfigurasi firewall terdapat pada lampiran.",
    "Lampiran memuat daftar akun berhak akses beserta tingkat kewenangannya.",
    "Hasil pemindaian kerentanan menunjukkan tiga celah kritis dan tujuh celah sedang.",
    "Celah kritis pertama memungkinkan unggahan berkas tanpa pemeriksaan jenis.",
    "Celah kritis kedua berada pada formulir pencarian yang rentan injeksi perintah.",
    "Celah kritis ketiga berupa sesi yang tidak kedaluwarsa setelah keluar aplikasi.",
]
AUDIT = [*KOP, *FINDINGS, CLOSING]
COVER = [
    "Kepada Yth. Pemohon Informasi, menindaklanjuti permohonan Saudara tertanggal",
    "sepuluh November mengenai pengelolaan layanan perizinan, bersama ini kami",
    "sampaikan ringkasan kegiatan pembinaan pegawai serta jadwal pelayanan loket",
    "selama masa libur akhir tahun. Kantor tetap melayani pada hari kerja biasa",
    "dengan jam layanan yang sama, dan pengaduan dapat disampaikan melalui laman",
    "resmi pemerintah daerah. Informasi lain yang Saudara minta kami kirimkan",
    "dalam surat terpisah setelah selesai dihimpun oleh unit kerja terkait.",
]


@pytest.fixture
def exempt_audit(db):
    document = make_document("Audit keamanan", pdf_bytes(*AUDIT))
    return make_entry(
        make_dip_index(),
        "Hasil Audit Keamanan",
        category=DipCategory.DIKECUALIKAN,
        documents=(document,),
    )


def test_a_passage_under_half_of_the_document_inside_a_letter_is_refused(exempt_audit):
    """Five of nineteen lines, pasted between the lines of a new letter."""
    letter = [*COVER[:4], *FINDINGS[1:6], *COVER[4:]]
    assert outgoing.holds_exempt_information(pdf_bytes(*letter), "balasan.pdf")
    edited = [line.replace("dua", "tiga") for line in letter]  # a word changed: still a copy
    assert outgoing.holds_exempt_information("\n".join(edited).encode(), "balasan.txt")


def test_a_passage_alone_is_refused(exempt_audit):
    assert outgoing.holds_exempt_information("\n".join(FINDINGS[11:16]).encode(), "celah.txt")


def test_common_sentences_shared_with_the_exempt_document_are_no_copy(exempt_audit):
    """A short note on the same letterhead with the same closing formula as the exempt
    report, and a longer letter ending with that formula."""
    note = pdf_bytes(*KOP, "Dengan hormat,", CLOSING)
    assert not outgoing.holds_exempt_information(note, "pengantar.pdf")
    assert not outgoing.holds_exempt_information(pdf_bytes(*KOP, *COVER, CLOSING), "balasan.pdf")
