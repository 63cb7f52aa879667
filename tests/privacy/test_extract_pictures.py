"""The pictures inside documents, read in the extraction worker (extract.embedded_pictures)."""

import io

from PIL import Image

from moderation.privacy.extract import embedded_pictures

from .test_extract import docx_document, paragraph, pdf_document


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.effect_mandelbrot((width, height), (-2, -1, 1, 1), 50).save(buffer, "PNG")
    return buffer.getvalue()


def test_pictures_of_a_docx_by_their_bytes_and_of_a_pdf():
    data = docx_document(
        paragraph("Lampiran."),
        {"word/media/foto.png": png(300, 200), "word/lain.bin": png(200, 300)},
    )
    assert sorted((p.width, p.height) for p in embedded_pictures(data, "a.docx")) == [
        (85, 128),
        (128, 85),
    ]
    pictures = embedded_pictures(pdf_document(["Foto."], image=(50, 50, 300, 200)), "a.pdf")
    assert [(p.width, p.height) for p in pictures] == [(128, 80)]


def test_small_pictures_are_skipped_and_broken_files_give_none_or_nothing():
    assert (
        embedded_pictures(docx_document("", {"word/media/ikon.png": png(30, 30)}), "a.docx") == []
    )
    assert not embedded_pictures(b"%PDF-1.7 broken", "a.pdf")
    assert embedded_pictures(b"x", "a.exe") is None
