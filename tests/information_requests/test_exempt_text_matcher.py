"""Exempt text as a near-copy, the matcher as a class (issue 13, verify13e N4; guard13f item 2).

The 5-word shingles were beaten by a filler word after every fourth word (no shingle left
whole), and an excerpt under 40 shingles (about 44 words) passed. The matcher now reads content
words (letterhead, salutation, closing and legal-reference words left out) and their pairs at
most a few words apart: an excerpt of some 25 content words (two or three sentences) is found
with fillers inserted, sentences reordered or neighbouring words swapped, and a public letter
that shares only the letterhead, the legal references and the closing formula still goes."""

import pytest

from information_requests import outgoing
from moderation.site_settings import record_initial_approval
from ppid_pages.models import DipIndexPage, PPIDSettings
from tests.factories import home_page, make_dip_index, make_document, make_entry, pdf_bytes

from .test_exempt_near_copies import CLOSING, COVER, FINDINGS, KOP

pytestmark = pytest.mark.django_db

LEGAL = [
    "Berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik,",
    "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Dinas Komunikasi dan Informatika",
    "Kabupaten Contoh dengan ini menyampaikan jawaban atas permohonan informasi Saudara.",
    "Apabila Saudara tidak puas dengan keputusan ini, Saudara dapat mengajukan keberatan",
    "kepada atasan PPID dalam jangka waktu 30 (tiga puluh) hari kerja sejak diterimanya",
    "surat ini sesuai Pasal 35 Undang-Undang Nomor 14 Tahun 2008.",
]
SIGNATURE = ["Kepala Dinas Komunikasi dan Informatika", "selaku PPID Kabupaten Contoh"]
EXCERPT = FINDINGS[12:15]  # three sentences, 28 content words (26 shingles: passed)


def office():
    return PPIDSettings.for_site(home_page().get_site())


@pytest.fixture
def exempt_letter(db):
    """An exempt audit report written as an official letter: letterhead, legal references,
    the findings, the objection paragraph, the closing formula and the signature. The office's
    approved settings hold its letterhead (KOP)."""
    settings = office()
    settings.office_name = "Dinas Komunikasi dan Informatika Kabupaten Contoh"
    settings.parent_institution = "Pemerintah Kabupaten Contoh"
    settings.address = "Jalan Merdeka Nomor 1"
    settings.phone = "(0274) 555123"
    settings.email = "ppid@diskominfo.contohkab.go.id"
    settings.save()
    record_initial_approval(home_page().get_site(), "set-up")
    document = make_document(
        "Audit keamanan", pdf_bytes(*KOP, *LEGAL[:3], *FINDINGS, *LEGAL[3:], CLOSING, *SIGNATURE)
    )
    return make_entry(
        make_dip_index(), "Hasil Audit Keamanan", category="dikecualikan", documents=(document,)
    )


def with_fillers(lines: list[str], every: int, fillers: list[str]) -> str:
    words = " ".join(lines).split()
    out = []
    for number, word in enumerate(words, start=1):
        out.append(word)
        if number % every == 0:
            out.append(fillers[number % len(fillers)])
    return " ".join(out)


def letter(*middle: str) -> bytes:
    return pdf_bytes(*KOP, *COVER[:4], *middle, *COVER[4:], CLOSING)


@pytest.mark.parametrize(
    "passage",
    [
        # verify13e N4: a filler after every fourth word (content words and little words)
        with_fillers(FINDINGS[1:6], 4, ["tentunya", "sebenarnya", "kiranya", "rupanya"]),
        with_fillers(FINDINGS[1:6], 4, ["pula", "lho", "kok", "deh"]),
        # after every second word, and the excerpt of three sentences so treated
        with_fillers(FINDINGS[1:6], 2, ["tentunya", "sebenarnya", "kiranya"]),
        with_fillers(EXCERPT, 4, ["tentunya", "sebenarnya", "kiranya", "rupanya"]),
        # an excerpt just under 40 shingles, as it is, and its sentences reordered
        " ".join(EXCERPT),
        " ".join(reversed(EXCERPT)),
        # two neighbouring words swapped in every sentence, and a word dropped in each
        " ".join(
            " ".join([*line.split()[:2][::-1], *line.split()[2:-2], line.split()[-1]])
            for line in EXCERPT
        ),
    ],
)
def test_an_excerpt_with_words_inserted_reordered_or_dropped_is_refused(exempt_letter, passage):
    assert outgoing.holds_exempt_information(letter(passage), "balasan.pdf")
    assert outgoing.holds_exempt_information(passage.encode(), "kutipan.txt")


def test_letters_sharing_only_the_letterhead_legal_references_and_closing_go(exempt_letter):
    """The same letterhead, the UU KIP references, the PPID's name, the objection paragraph,
    the closing formula and the signature as the exempt letter, around other information."""
    answer = pdf_bytes(*KOP, *LEGAL[:3], *COVER, *LEGAL[3:], CLOSING, *SIGNATURE)
    assert not outgoing.holds_exempt_information(answer, "jawaban.pdf")
    note = pdf_bytes(*KOP, *LEGAL, CLOSING, *SIGNATURE)
    assert not outgoing.holds_exempt_information(note, "pemberitahuan.pdf")
    # a public summary of the same audit: the topic's words, not its findings
    summary = pdf_bytes(
        *KOP,
        *LEGAL[:3],
        "Audit keamanan sistem informasi perizinan terpadu tahun anggaran 2026 telah selesai.",
        "Hasil audit dan rincian temuan termasuk informasi yang dikecualikan.",
        "Perbaikan sedang dikerjakan oleh tim teknis bersama penyedia aplikasi.",
        *LEGAL[3:],
        CLOSING,
        *SIGNATURE,
    )
    assert not outgoing.holds_exempt_information(summary, "ringkasan.pdf")


def test_an_excerpt_of_a_single_sentence_goes(exempt_letter):
    """Under the threshold: one sentence of ten content words is no excerpt."""
    assert not outgoing.holds_exempt_information(letter(FINDINGS[12]), "balasan.pdf")


def test_a_draft_of_the_office_settings_makes_no_excerpt_pass(exempt_letter):
    """Only the approved settings are the letterhead: a draft naming the exempt words is not."""
    settings = office()
    settings.other_contacts = " ".join(EXCERPT)
    settings.save()
    assert outgoing.holds_exempt_information(" ".join(EXCERPT).encode(), "kutipan.txt")


FORM = [
    "Pejabat/unit yang menguasai informasi: Bidang Persandian dan Statistik",
    "Penanggung jawab pembuatan/penerbitan: Kepala Bidang Persandian dan Statistik",
    "Waktu dan tempat pembuatan: Kota Contoh, 15 Januari 2025",
    "Jangka waktu penyimpanan: 5 tahun",
    "Dokumen contoh untuk demonstrasi sistem. Seluruh isi bersifat fiktif dan tidak memuat "
    "data pribadi.",
]


def test_documents_of_one_template_share_no_exempt_information(exempt_letter):
    """A form's labels and values and a notice printed on every document of a template (the
    demo's register sheets: found by its load) are on released public documents too: what the
    public has is no exempt information, the findings are."""
    index = DipIndexPage.objects.get()
    public = make_document("Rencana kerja", pdf_bytes("Rencana kerja bidang 2025.", *FORM))
    make_entry(index, "Rencana Kerja", documents=(public,))
    exempt = make_document("Sandi jaringan", pdf_bytes(*FINDINGS[:2], *FORM))
    make_entry(index, "Sandi", category="dikecualikan", documents=(exempt,))
    sheet = pdf_bytes("Daftar kegiatan pelatihan pegawai bidang tahun 2025.", *FORM)
    assert not outgoing.holds_exempt_information(sheet, "kegiatan.pdf")
    assert outgoing.holds_exempt_information(pdf_bytes(*FINDINGS[:3], *FORM), "temuan.pdf")
