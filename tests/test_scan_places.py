"""Issue 14, class 7: the page scan reads the slug, TableBlock captions and whole tables, the
link labels of DIP attachments and the titles of the documents a page uses."""

import pytest

from moderation.privacy import AllowList
from moderation.scanner import page_findings
from moderation.text_extraction import page_texts
from ppid_pages.models import DipEntryDocument, DipEntryPage, StandardPage

from .factories import entry_fields, make_document, make_unit

pytestmark = pytest.mark.django_db

NIK = "3404012207850003"


def test_slug_caption_and_whole_table_are_scanned():
    page = StandardPage(
        title="Daftar penerima",
        slug=f"penerima-{NIK}",
        body=[
            (
                "table",
                {
                    "data": [
                        ["No", "Nama", "Tgl Lahir", "Alamat"],
                        ["1", "Sri", "07-03-1979", "Gang Mawar 4 Kauman"],
                    ],
                    "first_row_is_table_header": True,
                    "table_caption": "Kontak pendamping: HP 0812-2233-4455",
                },
            )
        ],
    )
    texts = dict(page_texts(page))
    assert texts["slug"] == f"penerima-{NIK}"
    findings = page_findings(page, AllowList())
    places = {(f["kind"], f["location"]) for f in findings}
    assert ("nik", "slug") in places
    assert ("phone", "body[0].table.caption") in places
    assert ("birth_date", "body[0].table.rows") in places  # typed by the header row only
    assert ("address", "body[0].table.rows") in places


def test_dip_attachment_label_and_document_title():
    document = make_document(f"KTP Budi {NIK}")
    entry = DipEntryPage(
        title="Data bantuan",
        slug="data-bantuan",
        documents=[DipEntryDocument(document=document, label="Rekening BRI 1234 5678 9012")],
        **entry_fields(make_unit(), "berkala"),
    )
    texts = dict(page_texts(entry))
    assert texts["documents[0].label"] == "Rekening BRI 1234 5678 9012"
    assert texts["documents[0].document.title"] == f"KTP Budi {NIK}"
    kinds = {(f["kind"], f["location"]) for f in page_findings(entry, AllowList())}
    assert ("bank_account", "documents[0].label") in kinds
    assert ("nik", "documents[0].document.title") in kinds


def test_a_value_found_in_a_cell_is_not_reported_again_for_the_table():
    page = StandardPage(
        title="Tabel",
        slug="tabel",
        body=[("table", {"data": [["Nama", "NIK"], ["Ani", NIK]]})],
    )
    findings = page_findings(page, AllowList())
    assert [(f["kind"], f["location"]) for f in findings] == [("nik", "body[0].table[1][1]")]


def test_a_document_file_name_is_scanned_as_the_public_url_carries_it():
    """A clean title, clean bytes, but the file name holds a NIK: /dokumen/<id>/<file name>
    would publish it (found by the red-team run, with two reviewers approving)."""
    from django.core.files.base import ContentFile

    from .factories import pdf_bytes

    document = make_document("Lampiran bantuan")
    document.file.save(f"lampiran-siti-nik-{NIK}.pdf", ContentFile(pdf_bytes("Lampiran.")))
    entry = DipEntryPage(
        title="Data bantuan",
        slug="data-bantuan",
        documents=[DipEntryDocument(document=document, label="Lampiran")],
        **entry_fields(make_unit(), "berkala"),
    )
    texts = dict(page_texts(entry))
    assert texts["documents[0].document.file"].startswith("lampiran-siti-nik-")
    kinds = {(f["kind"], f["location"]) for f in page_findings(entry, AllowList())}
    assert kinds == {("nik", "documents[0].document.file")}


def test_documents_and_images_named_in_rich_text_are_scanned():
    """A rich-text link to a document and an embedded image show the file name in the public
    address and the image title as alt text: scanned like a chooser's (issue 13 re-attack,
    break 1: KTP_<name>_<NIK>.pdf linked from a paragraph went public unscanned)."""
    from django.core.files.base import ContentFile
    from wagtail.models import Collection

    from ppid_pages.models import PPIDImage

    from .factories import pdf_bytes
    from .test_media_serving import png

    document = make_document("Jadwal")
    document.file.save(f"KTP_Budi_Santoso_{NIK}.pdf", ContentFile(pdf_bytes("Jadwal.")))
    image = PPIDImage(title=f"Foto KK {NIK[:-1]}7", collection=Collection.get_first_root_node())
    image.file.save("foto.png", ContentFile(png()), save=False)
    image.save()
    link = f'<p><a linktype="document" id="{document.pk}">unduh jadwal</a></p>'
    embed = f'<embed alt="foto" embedtype="image" format="left" id="{image.pk}"/>'
    page = StandardPage(title="Jadwal", slug="jadwal", body=[("paragraph", link + embed)])
    kinds = {(f["kind"], f["location"]) for f in page_findings(page, AllowList())}
    assert ("nik", f"body[0].paragraph.ppiddocument[{document.pk}].file") in kinds
    assert any(
        location == f"body[0].paragraph.ppidimage[{image.pk}].title" for _kind, location in kinds
    )

    entry = DipEntryPage(
        title="Data", slug="data", **entry_fields(make_unit(), "berkala") | {"summary": link}
    )
    kinds = {(f["kind"], f["location"]) for f in page_findings(entry, AllowList())}
    assert ("nik", f"summary.ppiddocument[{document.pk}].file") in kinds
