"""An exempt text cut into pieces below the thresholds (issue 13, verify13i B4).

Eight files of two sentences each of an exempt report passed the content check one by one,
each under the excerpt threshold; worse, each released piece became "what the public has" and
was taken out of the exempt report's fingerprint, so the whole report passed afterwards. What
the public was given after a version became exempt is no boilerplate of it: it never lowers
the exempt content, and it adds up with the next file (the file plus what was given since,
compared with the exempt report, stays below the thresholds). What was public before the
exemption (a form's labels, a letterhead) and the standard texts still count as public."""

import pytest

from information_requests import outgoing
from ppid_pages.models import DipIndexPage
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes

pytestmark = pytest.mark.django_db

# A report on an ongoing investigation (Pasal 17 huruf a: it would obstruct law enforcement).
REPORT = [
    "Inspektorat menerima pengaduan tertulis mengenai dugaan pengaturan pemenang lelang",
    "pembangunan jembatan gantung Desa Sukamaju senilai empat miliar rupiah.",
    "Pengadu menyerahkan rekaman percakapan antara pokja pemilihan dan direktur penyedia",
    "yang membahas pembagian komisi sebelum pengumuman tender dibuka.",
    "Pemeriksa menemukan dokumen penawaran tiga peserta dibuat dari komputer yang sama",
    "karena metadata berkasnya mencantumkan nama pengguna dan waktu penyimpanan identik.",
    "Harga satuan besi tulangan dalam penawaran pemenang lebih mahal empat puluh persen",
    "dibandingkan survei harga pasar yang dilakukan pejabat pembuat komitmen.",
    "Rekening pribadi seorang anggota pokja menerima transfer berulang dari perusahaan",
    "subkontraktor pada minggu yang sama dengan penandatanganan kontrak.",
    "Saksi kunci bersedia memberikan keterangan lanjutan apabila identitasnya dirahasiakan",
    "dan keselamatannya dijamin oleh aparat penegak hukum setempat.",
    "Berkas hasil pemeriksaan telah diserahkan kepada penyidik kejaksaan negeri untuk",
    "ditindaklanjuti dengan penyelidikan terhadap pokja dan direktur penyedia.",
    "Penyidik meminta agar temuan ini tidak diumumkan sampai penggeledahan kantor",
    "penyedia dan penyitaan dokumen pendukung selesai dilaksanakan bulan depan.",
]
# Eight pieces of two lines (one sentence each line pair) each, in order.
PIECES = [REPORT[start : start + 2] for start in range(0, len(REPORT), 2)]
UNRELATED = [
    "Dinas Pekerjaan Umum mengumumkan jadwal pemeliharaan rutin jembatan di seluruh",
    "kecamatan selama musim kemarau, dengan penutupan jalur sementara pada malam hari.",
    "Warga diminta memperhatikan rambu pengalihan arus lalu lintas yang dipasang petugas",
    "serta menyampaikan pengaduan kerusakan melalui aplikasi layanan aspirasi daerah.",
]


@pytest.fixture
def exempt_report(db):
    document = make_document("Laporan pemeriksaan pengaduan lelang", pdf_bytes(*REPORT))
    return make_entry(
        make_dip_index(),
        "Laporan Hasil Pemeriksaan Pengaduan Lelang Jembatan",
        category="dikecualikan",
        documents=(document,),
    )


def release_publicly(number: int, lines: list[str] | None = None, document=None) -> None:
    """The piece as a released public document (a DIP entry published through the workflow:
    set-up)."""
    document = document or make_document(f"Catatan {number}", pdf_bytes(*lines))
    make_entry(DipIndexPage.objects.get(), f"Catatan kegiatan {number}", documents=(document,))


def test_the_pieces_of_an_exempt_report_add_up_and_are_refused(exempt_report):
    """Each piece alone is under the excerpt threshold; the one that completes an excerpt
    with the pieces given before it is refused, so the report never gets out whole."""
    assert not outgoing.holds_exempt_information(pdf_bytes(*PIECES[0]), "catatan-0.pdf")
    released = []
    for number, piece in enumerate(PIECES):
        if outgoing.holds_exempt_information(pdf_bytes(*piece), f"catatan-{number}.pdf"):
            break
        release_publicly(number, piece)
        released.append(number)
    assert len(released) < 4, released
    # A public text that shares nothing with the report still goes.
    assert not outgoing.holds_exempt_information(pdf_bytes(*UNRELATED), "pengumuman.pdf")


def test_pieces_given_after_the_exemption_never_lower_the_exempt_report(db):
    """The eight pieces were stored before the report became exempt and released after it
    (or reached the public by a path that does not ask the check): the report, copied whole or
    in large part, is still exempt."""
    stored = [
        make_document(f"Catatan {number}", pdf_bytes(*piece))
        for number, piece in enumerate(PIECES)
    ]
    document = make_document("Laporan pemeriksaan pengaduan lelang", pdf_bytes(*REPORT))
    make_entry(
        make_dip_index(), "Laporan Pemeriksaan", category="dikecualikan", documents=(document,)
    )
    for number, piece in enumerate(stored):
        release_publicly(number, document=piece)
    assert outgoing.holds_exempt_information(pdf_bytes(*REPORT), "laporan.pdf")
    assert outgoing.holds_exempt_information(pdf_bytes(*REPORT[4:12]), "kutipan.pdf")
    assert not outgoing.holds_exempt_information(pdf_bytes(*UNRELATED), "pengumuman.pdf")


def test_what_was_public_before_the_exemption_still_counts_as_public(db):
    """A notice printed on every register sheet of a template was public before a sheet with
    exempt findings became exempt: a new public sheet of that template goes."""
    notice = [
        "Lembar register ini diisi oleh petugas unit pengelola sesuai petunjuk pengisian",
        "yang ditetapkan kepala bidang, ditandatangani pada setiap akhir bulan, lalu disimpan",
        "dalam map arsip aktif selama dua tahun sebelum dipindahkan ke arsip inaktif kantor.",
        "Kolom keterangan digunakan untuk mencatat perubahan data, koreksi penulisan, dan",
        "nama petugas yang memeriksa kebenaran isian pada saat pemeriksaan berkala.",
    ]
    index = make_dip_index()
    public = make_document("Register alat", pdf_bytes("Register peralatan kantor 2025.", *notice))
    make_entry(index, "Register Peralatan", documents=(public,))
    exempt = make_document("Register penyidikan", pdf_bytes(*REPORT[8:14], *notice))
    make_entry(index, "Register Penyidikan", category="dikecualikan", documents=(exempt,))
    sheet = pdf_bytes("Register kendaraan dinas bidang umum 2025.", *notice)
    assert not outgoing.holds_exempt_information(sheet, "register-kendaraan.pdf")
    assert outgoing.holds_exempt_information(pdf_bytes(*REPORT[8:14]), "register.pdf")
