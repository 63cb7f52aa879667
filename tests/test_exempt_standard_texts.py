"""Standard texts are public by nature (issue 13, verify13i: false positives).

A public text that shared one standard paragraph with an exempt document was refused as a copy
of it: the text of Pasal 17 UU 14/2008 (a refusal letter, the Surat Pemberitahuan Tertulis,
must quote it), a report's standard Kata Pengantar, the standard contract conditions (SSUK),
an SOP template. Pasal 17 and the fixed paragraphs of the product's letters now count as
public; the office's other standard texts count once they are in its reference of standard
texts (Naskah Baku), released by two approvers who neither wrote nor changed them. A single
insider cannot make an exempt document's words public that way, and the exempt findings stay
refused whatever standard text surrounds them."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from information_requests import outgoing
from information_requests.models import StandardText
from moderation.snippets import approve, version_digest
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes

from .test_workflow import member

pytestmark = pytest.mark.django_db

KOP = [
    "PEMERINTAH KABUPATEN CONTOH",
    "DINAS KOMUNIKASI DAN INFORMATIKA",
    "Jalan Merdeka Nomor 1 Telepon (0274) 555123",
]
# Pasal 17 huruf h UU 14/2008, as a refusal letter and a consequence test quote it.
PASAL_17_H = [
    "Setiap Badan Publik wajib membuka akses bagi setiap Pemohon Informasi Publik untuk",
    "mendapatkan Informasi Publik, kecuali:",
    "h. Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik",
    "dapat mengungkap rahasia pribadi, yaitu:",
    "1. riwayat dan kondisi anggota keluarga;",
    "2. riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang;",
    "3. kondisi keuangan, aset, pendapatan, dan rekening bank seseorang;",
    "4. hasil-hasil evaluasi sehubungan dengan kapabilitas, intelektualitas, dan",
    "rekomendasi kemampuan seseorang; dan/atau",
    "5. catatan yang menyangkut pribadi seseorang yang berkaitan dengan kegiatan satuan",
    "pendidikan formal dan satuan pendidikan nonformal.",
]
# The exempt information itself: the findings of a consequence test on staff health records.
EXEMPT_FINDINGS = [
    "Hasil pemeriksaan kesehatan berkala pegawai bagian keuangan menunjukkan dua pegawai",
    "menjalani perawatan jiwa rutin di rumah sakit daerah sejak awal tahun anggaran.",
    "Seorang bendahara pengeluaran memiliki pinjaman pada tiga bank dengan tunggakan",
    "angsuran lima bulan, dan rekening gajinya diblokir atas permintaan kreditur.",
    "Tim penilai kinerja mencatat penurunan kemampuan kerja akibat gangguan tidur berat",
    "serta merekomendasikan pemindahan tugas ke unit arsip tanpa jabatan pengelola uang.",
]
# More of the same consequence test: a standard paragraph is a part of a document, never most
# of it (exempt_content.MAX_STANDARD_SHARE).
MORE_FINDINGS = [
    "Pegawai bagian perencanaan mengajukan cuti sakit panjang akibat operasi jantung terbuka",
    "dan biaya perawatannya ditanggung sebagian melalui pinjaman koperasi pegawai dinas.",
    "Dua staf pengadaan tercatat mengikuti konseling kecanduan judi daring atas rujukan",
    "psikolog rumah sakit, dengan catatan kambuh pada bulan ketiga pendampingan intensif.",
    "Riwayat keluarga seorang kepala seksi menunjukkan perceraian yang masih berperkara",
    "di pengadilan agama, termasuk sengketa hak asuh dua anak yang masih sekolah dasar.",
    "Penilaian psikotes jabatan menyebut daya tahan stres rendah, emosi mudah meledak,",
    "dan kemampuan analisis di bawah rata-rata untuk tiga calon pengelola keuangan daerah.",
    "Gaji seorang pengadministrasi dipotong setiap bulan untuk cicilan rumah sitaan bank",
    "karena tunggakan kredit pemilikan rumah yang jatuh tempo sejak pertengahan tahun lalu.",
    "Hasil laboratorium menunjukkan gula darah tinggi dan gangguan ginjal kronis stadium",
    "tiga pada pegawai senior yang menangani arsip surat masuk dan keluar sekretariat.",
]
CONSEQUENCE_TEST = [
    *KOP,
    "LAPORAN UJI KONSEKUENSI",
    "Dasar pengecualian: Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008 yang berbunyi:",
    *PASAL_17_H,
    *EXEMPT_FINDINGS,
    "Kesimpulan: informasi tersebut dikecualikan selama pegawai yang bersangkutan bertugas.",
]
# A refusal letter (Surat Pemberitahuan Tertulis) to another requester, on another subject:
# it must quote the article it refuses on.
REFUSAL_LETTER = [
    *KOP,
    "PEMBERITAHUAN TERTULIS",
    "Menindaklanjuti permohonan informasi Saudara mengenai daftar penerima beasiswa",
    "prestasi beserta nilai rapor dan kondisi ekonomi keluarga masing-masing siswa,",
    "dengan ini kami sampaikan bahwa permohonan tersebut ditolak berdasarkan",
    "Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008 yang berbunyi:",
    *PASAL_17_H,
    "Saudara dapat memperoleh rekapitulasi jumlah penerima beasiswa per kecamatan",
    "yang telah diumumkan pada papan pengumuman dinas pendidikan.",
]


@pytest.fixture
def consequence_test(db):
    document = make_document("Uji konsekuensi kesehatan pegawai", pdf_bytes(*CONSEQUENCE_TEST))
    return make_entry(
        make_dip_index(),
        "Hasil Uji Konsekuensi Kesehatan Pegawai",
        category="dikecualikan",
        documents=(document,),
    )


def test_a_refusal_letter_quoting_pasal_17_goes(consequence_test):
    assert not outgoing.holds_exempt_information(pdf_bytes(*REFUSAL_LETTER), "penolakan.pdf")
    # The findings quoted with the same article are still the exempt information.
    copied = [*KOP, "Dasar:", *PASAL_17_H, *EXEMPT_FINDINGS[:4]]
    assert outgoing.holds_exempt_information(pdf_bytes(*copied), "lampiran.pdf")


def test_the_letters_own_fixed_paragraphs_go(db):
    """An exempt memo that quotes the objection paragraphs the product prints on its letters:
    a letter with those paragraphs and nothing of the memo goes."""
    from django.utils.translation import override

    from information_requests.letters import DISPUTE_NOTICE, OBJECTION_NOTICE

    with override("id"):
        fixed = [str(OBJECTION_NOTICE), str(DISPUTE_NOTICE)]
    memo = make_document("Memo internal", pdf_bytes(*KOP, *fixed, *EXEMPT_FINDINGS[:2]))
    make_entry(make_dip_index(), "Memo", category="dikecualikan", documents=(memo,))
    letter = [*KOP, "Kepada Yth. Saudara Pemohon,", *fixed, *REFUSAL_LETTER[4:7], *fixed]
    assert not outgoing.holds_exempt_information("\n".join(letter).encode(), "surat.txt")


KATA_PENGANTAR = (
    "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas rahmat dan karunia-Nya "
    "sehingga laporan ini dapat diselesaikan tepat waktu. Laporan ini disusun sebagai wujud "
    "akuntabilitas penyelenggaraan urusan pemerintahan bidang komunikasi dan informatika "
    "serta bahan evaluasi perencanaan program tahun berikutnya. Kami mengucapkan terima kasih "
    "kepada seluruh pihak yang telah membantu penyusunan laporan ini. Kami menyadari laporan "
    "ini masih jauh dari sempurna, sehingga kritik dan saran yang membangun sangat kami "
    "harapkan demi perbaikan di masa mendatang."
)
SSUK = (
    "Syarat-Syarat Umum Kontrak. Penyedia wajib melaksanakan pekerjaan sesuai jadwal "
    "pelaksanaan yang tercantum dalam kontrak. Apabila penyedia terlambat menyelesaikan "
    "pekerjaan, penyedia dikenakan denda keterlambatan sebesar satu permil dari nilai kontrak "
    "untuk setiap hari keterlambatan. Pejabat Penandatangan Kontrak dapat memutuskan kontrak "
    "secara sepihak apabila denda keterlambatan telah melampaui nilai jaminan pelaksanaan. "
    "Keadaan kahar adalah suatu keadaan yang terjadi di luar kehendak para pihak dan tidak "
    "dapat diperkirakan sebelumnya sehingga kewajiban dalam kontrak tidak dapat dipenuhi."
)
SOP_TEMPLATE = (
    "Standar Operasional Prosedur ini disusun sebagai pedoman pelaksanaan tugas agar "
    "berjalan efektif, efisien, dan akuntabel. Ruang lingkup prosedur meliputi penerimaan "
    "berkas, verifikasi kelengkapan, pemrosesan, pengendalian mutu, dan pengarsipan. "
    "Pelaksana wajib mencatat setiap tahapan pada lembar kendali dan melaporkan kendala "
    "kepada atasan langsung. Prosedur ditinjau ulang paling sedikit satu kali dalam setahun "
    "berdasarkan hasil evaluasi dan masukan pengguna layanan."
)
STANDARD_CASES = {
    "kata_pengantar": (
        "Kata Pengantar laporan",
        KATA_PENGANTAR,
        "Laporan Penyelenggaraan Pemerintahan Daerah bidang komunikasi 2025 mencatat "
        "capaian indeks kepuasan layanan sebesar 86 persen dan peluncuran aplikasi aduan.",
    ),
    "ssuk": (
        "Syarat-Syarat Umum Kontrak (SSUK)",
        SSUK,
        "Kontrak pengadaan kursi ruang tunggu pelayanan sebanyak empat puluh unit dengan "
        "jangka waktu pelaksanaan tiga puluh hari kalender sejak penandatanganan.",
    ),
    "sop": (
        "Templat SOP",
        SOP_TEMPLATE,
        "SOP pelayanan legalisir salinan dokumen kependudukan di loket terpadu kecamatan, "
        "dengan waktu penyelesaian satu hari kerja tanpa dipungut biaya.",
    ),
}


def exempt_with(paragraph: str) -> bytes:
    return pdf_bytes(*KOP, *paragraph_lines(paragraph), *EXEMPT_FINDINGS, *MORE_FINDINGS)


def paragraph_lines(text: str, width: int = 90) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    return [*lines, line]


REASON = "Naskah baku yang diterbitkan dan dipakai di semua laporan dinas."


def propose(client, user, title: str, text: str) -> StandardText:
    client.force_login(user)
    response = client.post(
        reverse("wagtailsnippets_information_requests_standardtext:add"),
        {"title": title, "text": text, "source": "Naskah dinas"},
    )
    assert response.status_code == 302
    return StandardText.objects.get(title=title)


@pytest.mark.parametrize("case", list(STANDARD_CASES))
def test_a_standard_paragraph_counts_once_two_approvers_released_it(client, case):
    title, paragraph, public_body = STANDARD_CASES[case]
    document = make_document("Dokumen dikecualikan", exempt_with(paragraph))
    make_entry(make_dip_index(), "Dikecualikan", category="dikecualikan", documents=(document,))
    public = pdf_bytes(*KOP, *paragraph_lines(public_body), *paragraph_lines(paragraph))
    assert outgoing.holds_exempt_information(public, "publik.pdf")  # not a standard text yet

    operator = member("operator", "Operator")
    standard = propose(client, operator, title, paragraph)
    sub = member("subkoordinator", "Sub Koordinator")
    koordinator = member("koordinator", "Koordinator")
    with pytest.raises(PermissionDenied):  # who wrote it never approves it
        approve(standard, operator, seen=version_digest(standard), reason=REASON)
    # An exempt document quotes it: each approver writes why it is a standard text.
    with pytest.raises(ValidationError):
        approve(standard, sub, seen=version_digest(standard))
    assert not approve(standard, sub, seen=version_digest(standard), reason=REASON)  # 1 of 2
    assert outgoing.holds_exempt_information(public, "publik.pdf")
    assert approve(standard, koordinator, seen=version_digest(standard), reason=REASON)
    assert ModelLogEntry.objects.filter(
        action="ppid.snippet.release", object_id=str(standard.pk)
    ).exists()
    # The approvers were shown that an exempt document quotes it; the approval records it.
    approval = ModelLogEntry.objects.get(action="ppid.snippet.approve", object_id=str(standard.pk))
    assert approval.data["exempt_entries"]
    assert approval.data["reason"] == REASON

    assert not outgoing.holds_exempt_information(public, "publik.pdf")
    # The exempt findings are still refused, with the standard paragraph or without it.
    copied = [*paragraph_lines(paragraph), *EXEMPT_FINDINGS[:4]]
    assert outgoing.holds_exempt_information(pdf_bytes(*copied), "salinan.pdf")
    assert outgoing.holds_exempt_information(pdf_bytes(*EXEMPT_FINDINGS[:4]), "temuan.pdf")


def test_one_insider_cannot_make_exempt_findings_a_standard_text(client):
    """The Koordinator proposes the exempt findings as a standard text: they may not approve
    it, and a release written in the database (no chained release) counts for nothing."""
    document = make_document("Dokumen dikecualikan", exempt_with(KATA_PENGANTAR))
    make_entry(make_dip_index(), "Dikecualikan", category="dikecualikan", documents=(document,))
    koordinator = member("koordinator", "Koordinator")
    findings = " ".join(EXEMPT_FINDINGS)
    standard = propose(client, koordinator, "Naskah umum", findings)
    with pytest.raises(PermissionDenied):
        approve(standard, koordinator, seen=version_digest(standard))
    from moderation.snapshot import snippet_digest

    StandardText.objects.filter(pk=standard.pk).update(
        released_at="2026-01-01T00:00:00Z", approved_digest=snippet_digest(standard)
    )
    assert outgoing.holds_exempt_information(pdf_bytes(*EXEMPT_FINDINGS), "temuan.pdf")


@pytest.mark.parametrize("role", ["Operator", "Sub Koordinator", "Koordinator", "PPID"])
def test_the_chooser_creates_no_standard_text(client, role):
    """Wagtail's snippet chooser has a 'create' URL for every snippet; Naskah Baku has no
    creation form there (a text is proposed in its own view and released by two approvers),
    and a POST to it by a role that may add one raised (500). Now a clean refusal, and
    nothing is created."""
    client.force_login(member("pengusul", role))
    url = reverse("wagtailsnippetchoosers_information_requests_standardtext:create")
    for response in (
        client.post(url, {"title": "Naskah", "text": "Isi", "source": "x"}),
        client.get(url),
    ):
        assert 400 <= response.status_code < 500
    assert not StandardText.objects.exists()
