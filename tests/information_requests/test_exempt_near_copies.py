"""Exempt information as a near-copy (issue 13 open items): a passage of an exempt document
under half of it, copied into another letter; a cropped exempt photo; an exempt photo inside a
PDF or DOCX. A common sentence or a closing formula shared with an exempt letter is no copy."""

import io
import random

import pytest
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFilter
from wagtail.models import Collection

from information_requests import outgoing
from ppid_pages.models import PPIDImage
from ppid_pages.models.dip import DipCategory, ExemptAsset, ExemptInformation
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


def scene(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A photo-like picture: overlapping coloured shapes on a background, softened."""
    chance = random.Random(seed)  # noqa: S311  (a test picture, not a secret)
    image = Image.new("RGB", size, tuple(chance.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = chance.randrange(size[0]), chance.randrange(size[1])
        box = (x, y, x + chance.randrange(20, 200), y + chance.randrange(20, 200))
        colour = tuple(chance.randrange(256) for _ in range(3))
        (draw.ellipse if chance.random() < 0.5 else draw.rectangle)(box, fill=colour)
    return image.filter(ImageFilter.GaussianBlur(1))


def encoded(image: Image.Image, kind: str = "JPEG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()


EXEMPT_PHOTO = 7


@pytest.fixture
def exempt_photo(db):
    entry = make_entry(
        make_dip_index(), "Foto Lokasi Gudang Senjata", category=DipCategory.DIKECUALIKAN
    )
    image = PPIDImage(title="Gudang", collection=Collection.get_first_root_node())
    image.file.save("gudang.png", ContentFile(encoded(scene(EXEMPT_PHOTO), "PNG")), save=False)
    image.save()
    exemption, _ = ExemptInformation.objects.get_or_create(
        entry_id=entry.pk, defaults={"title": entry.title}
    )
    ExemptAsset.objects.create(exemption=exemption, image=image)
    return image


@pytest.mark.parametrize(
    "crop",
    [
        lambda photo: photo.crop((100, 80, 484, 368)),  # 60 % of each side
        lambda photo: photo.crop((300, 150, 620, 450)),  # a corner, half the width
        lambda photo: photo.crop((0, 120, 640, 330)),  # a strip across
        lambda photo: photo.crop((40, 40, 360, 340)).rotate(90, expand=True),  # and turned
        lambda photo: photo.crop((200, 100, 456, 292)).resize((160, 120)),  # and made smaller
    ],
)
def test_a_cropped_exempt_photo_is_refused(exempt_photo, crop):
    cropped = crop(scene(EXEMPT_PHOTO))
    assert outgoing.holds_exempt_information(encoded(cropped, quality=70), "potongan.jpg")


def test_other_photos_and_their_crops_still_go(exempt_photo):
    for seed in range(20, 30):
        other = scene(seed)
        assert not outgoing.holds_exempt_information(encoded(other), "lain.jpg")
        part = other.crop((120, 90, 520, 390))
        assert not outgoing.holds_exempt_information(encoded(part), "lain-potong.jpg")


def pdf_with_picture(picture: bytes, *lines: str) -> bytes:
    return pdf_pictures([picture], *lines)


def pdf_pictures(pictures: list[bytes], *lines: str) -> bytes:
    """The lines on the first page, then one picture a page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number, line in enumerate(lines):
        pdf.drawString(72, 780 - 16 * number, line)
    for picture in pictures:
        pdf.drawImage(ImageReader(io.BytesIO(picture)), 72, 300, 320, 240)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_with_picture(picture: bytes, part: str) -> bytes:
    from tests.privacy.test_extract import docx_document, paragraph

    return docx_document(paragraph("Lampiran foto kegiatan."), {part: picture})


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("laporan.pdf", lambda: pdf_with_picture(encoded(scene(EXEMPT_PHOTO)), *COVER)),
        (
            "laporan.docx",
            lambda: docx_with_picture(encoded(scene(EXEMPT_PHOTO)), "word/media/a.jpeg"),
        ),
        # under a name that is no picture's
        (
            "laporan2.docx",
            lambda: docx_with_picture(encoded(scene(EXEMPT_PHOTO), "PNG"), "word/x.bin"),
        ),
        # cropped, then placed in a PDF
        (
            "potongan.pdf",
            lambda: pdf_with_picture(
                encoded(scene(EXEMPT_PHOTO).crop((80, 60, 480, 360))), "Foto."
            ),
        ),
    ],
)
def test_an_exempt_photo_inside_a_document_is_refused(exempt_photo, filename, content):
    assert outgoing.holds_exempt_information(content(), filename)


def test_a_document_with_other_pictures_still_goes(exempt_photo):
    assert not outgoing.holds_exempt_information(
        pdf_with_picture(encoded(scene(31)), *COVER), "laporan.pdf"
    )
    logo = encoded(scene(EXEMPT_PHOTO).resize((40, 30)), "PNG")  # too small to say anything
    assert not outgoing.holds_exempt_information(
        docx_with_picture(logo, "word/media/logo.png"), "surat.docx"
    )


def sketch(seed: int, size: tuple[int, int]) -> Image.Image:
    """Another kind of picture: lines and polygons on a gradient, a little noise."""
    chance = random.Random(seed)  # noqa: S311  (a test picture, not a secret)
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(25):
        points = [(chance.randrange(size[0]), chance.randrange(size[1])) for _ in range(3)]
        colour = tuple(chance.randrange(256) for _ in range(3))
        if chance.random() < 0.5:
            draw.line(points, fill=colour, width=chance.randrange(1, 8))
        else:
            draw.polygon(points, fill=colour)
    return image.filter(ImageFilter.GaussianBlur(0.7)).rotate(chance.randrange(4) * 90)


def test_unrelated_small_and_large_photos_are_no_crop(exempt_photo):
    """verify13e N5: small unrelated photos (a few big shapes) were taken for crops of the
    exempt photo. 224 unrelated pictures of two kinds, small to large, none is a crop; the crops
    of test_a_cropped_exempt_photo_is_refused still are."""
    from moderation.privacy.pictures import is_crop_of, read_thumbnail

    whole = read_thumbnail(encoded(scene(EXEMPT_PHOTO), "PNG"))
    sizes = [(120, 90), (90, 120), (160, 120), (200, 150), (300, 200), (640, 480), (900, 700)]
    taken = [
        (draw.__name__, seed, size)
        for size in sizes
        for draw in (scene, sketch)
        for seed in range(5000, 5016)
        if is_crop_of(read_thumbnail(encoded(draw(seed, size))), whole)
    ]
    assert taken == []


def test_a_pdf_of_small_unrelated_photos_goes(exempt_photo):
    """Among them 5014, taken for a crop of the exempt photo before edges were compared."""
    photos = [encoded(scene(seed, (120, 90))) for seed in [5014, *range(6100, 6131)]]
    assert not outgoing.holds_exempt_information(pdf_pictures(photos, *COVER), "foto.pdf")


def test_an_exempt_photo_after_many_small_pictures_is_refused(exempt_photo):
    """verify13e N1: only the first 32 pictures of a file were read; every picture is hashed
    now (up to pictures.MAX_PICTURES)."""
    others = [encoded(scene(7200 + seed, (120, 90))) for seed in range(40)]
    photo = encoded(scene(EXEMPT_PHOTO))
    assert outgoing.holds_exempt_information(pdf_pictures([*others, photo], *COVER), "x.pdf")


def test_a_crop_after_four_larger_pictures_is_refused(exempt_photo):
    """verify13e N2: only the four largest pictures were searched for a crop."""
    crop = encoded(scene(EXEMPT_PHOTO).crop((80, 60, 480, 360)))
    larger = [encoded(scene(7300 + seed, (900, 700))) for seed in range(5)]
    assert outgoing.holds_exempt_information(pdf_pictures([*larger, crop], *COVER), "y.pdf")


def test_a_file_beyond_the_search_budget_or_unread_needs_review(exempt_photo, monkeypatch):
    """Pictures that could not all be searched, or read, are not passed (deny by default)."""
    from information_requests import exempt_content

    photos = pdf_pictures([encoded(scene(7400 + seed, (300, 200))) for seed in range(4)], "A.")
    assert outgoing.exempt_verdict(photos, "foto.pdf") is None
    monkeypatch.setattr(exempt_content, "MAX_CROP_SEARCHES", 3)
    assert outgoing.exempt_verdict(photos, "foto.pdf") == outgoing.UNCHECKED
    monkeypatch.setattr(exempt_content, "MAX_CROP_SEARCHES", 96)
    monkeypatch.setattr(exempt_content, "MAX_PICTURES", 3)  # the worker read one more
    assert outgoing.exempt_verdict(photos, "foto.pdf") == outgoing.UNCHECKED
    monkeypatch.setattr(exempt_content, "embedded_pictures", lambda *arguments: None)
    assert outgoing.exempt_verdict(photos, "foto.pdf") == outgoing.UNCHECKED
