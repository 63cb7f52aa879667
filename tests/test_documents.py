"""Uploaded documents are scanned and stay private until a workflow publication releases them."""

import io
import zipfile

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from PIL import Image
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from wagtail.models import Workflow, WorkflowState

from moderation.actions import version_digest
from ppid_pages.models import DocumentScanStatus, PPIDDocument

from .factories import make_dip_index, make_document, pdf_bytes
from .factories import released as released_as_set_up
from .test_workflow import NIK, act, draft_entry, member

pytestmark = pytest.mark.django_db


def upload(client, user: User, name: str, content: bytes) -> PPIDDocument:
    client.force_login(user)
    response = client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    assert response.status_code == 302, response.content[:1000]
    client.logout()
    return PPIDDocument.objects.get(title=name)


def xlsx_with_nik_as_number() -> bytes:
    workbook = Workbook()
    workbook.active["A1"] = "NIK"
    workbook.active["A2"] = float(NIK)  # Excel keeps 16-digit numbers as floats
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    picture = io.BytesIO()
    Image.new("RGB", (400, 250), "lightblue").save(picture, "PNG")
    picture.seek(0)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(ImageReader(picture), 50, 300, width=500, height=300)
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="rahasia", owner_password="pemilik")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bomb_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (120 * 1024 * 1024))
    return buffer.getvalue()


@pytest.fixture
def operator():
    return member("operator", "Operator")


@pytest.mark.parametrize(
    ("name", "content", "status"),
    [
        ("bersih.pdf", pdf_bytes("Laporan kegiatan tahun 2025."), DocumentScanStatus.CLEAN),
        ("nik.pdf", pdf_bytes(f"NIK {NIK}"), DocumentScanStatus.FINDINGS),
        ("nik.xlsx", xlsx_with_nik_as_number(), DocumentScanStatus.FINDINGS),
        ("nik.csv", f"nama,nik\nBudi,{NIK}\n".encode(), DocumentScanStatus.FINDINGS),
        ("scan-ktp.pdf", image_only_pdf(), DocumentScanStatus.NEEDS_CHECK),
        ("terkunci.pdf", encrypted_pdf(), DocumentScanStatus.UNREADABLE),
        ("rusak.pdf", b"%PDF-1.4 rusak", DocumentScanStatus.UNREADABLE),
    ],
)
def test_every_upload_is_scanned(client, operator, name, content, status):
    document = upload(client, operator, name, content)
    assert document.scan_status == status
    assert NIK not in str(document.scan_findings)
    assert client.get(document.url).status_code == 404  # never public on upload


def test_a_zip_bomb_is_refused_at_upload_before_any_scan(client, operator):
    # The upload validation (security/uploads.py) applies the scanner's zip limits; the
    # extractor's own limits are tested in tests/privacy/test_extract.py.
    client.force_login(operator)
    response = client.post(
        "/admin/documents/add/",
        {"title": "bom", "file": SimpleUploadedFile("bom.docx", zip_bomb_docx()), "collection": 1},
    )
    assert response.status_code == 200  # the form again, with the error
    assert not PPIDDocument.objects.filter(title="bom").exists()


def test_staff_may_read_a_private_document(client, operator):
    document = upload(client, operator, "draf.pdf", pdf_bytes("Draf laporan."))
    client.force_login(member("koordinator", "Koordinator"))
    assert client.get(document.url).status_code == 200
    client.force_login(member("kadis", "Kepala Dinas"))
    assert client.get(document.url).status_code == 404


def test_publication_through_the_workflow_releases_the_document(client, operator):
    document = upload(client, operator, "lampiran.pdf", pdf_bytes("Lampiran laporan."))
    entry = draft_entry(operator, "<p>Aman.</p>")
    attach(entry, document, operator)
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    act(entry, member("subkoordinator", "Sub Koordinator"))
    assert client.get(document.url).status_code == 404
    act(entry, member("koordinator", "Koordinator"))
    assert client.get(document.url).status_code == 200


def attach(entry, document, user):
    from ppid_pages.models import DipEntryDocument, DipEntryPage

    page = DipEntryPage.objects.get(pk=entry.pk).get_latest_revision_as_object()
    page.documents.add(DipEntryDocument(document=document))
    page.save_revision(user=user)


def test_a_page_using_a_flagged_document_is_rejected_by_the_scan(client, operator):
    document = upload(client, operator, "data.csv", f"nik\n{NIK}\n".encode())
    entry = draft_entry(operator, "<p>Aman.</p>")
    attach(entry, document, operator)
    state = Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert "data.csv" in state.current_task_state.comment


def test_a_new_file_of_a_released_document_waits_as_its_pending_version(client):
    """The public keeps the released bytes; the new file is scanned and waits for a release
    (moderation.assets, tests/test_asset_versions.py)."""
    make_dip_index()
    document = make_document("Laporan")
    document.approved_at = document.scanned_at  # released on its own: public without a page
    document.save()
    released_as_set_up(document)
    released = b"".join(client.get(document.url).streaming_content)
    document.file = ContentFile(pdf_bytes("Versi baru."), name="laporan-baru.pdf")
    document.save()
    document.refresh_from_db()
    assert document.approved_at is not None
    assert document.pending_file and document.pending_scan_status == "clean"
    assert b"".join(client.get(document.url).streaming_content) == released


def test_two_people_release_a_clean_document_on_its_own(client, operator):
    """A release of its own needs two people (moderation.two_people), as a page does: the
    first approval releases nothing, the same person twice is refused, a second person
    approving the same version releases it."""
    document = upload(client, operator, "maklumat.pdf", pdf_bytes("Maklumat pelayanan."))
    subkoordinator = member("subkoordinator", "Sub Koordinator")
    client.force_login(subkoordinator)
    assert "maklumat.pdf" in client.get("/admin/sop/dokumen/").content.decode()
    seen = version_digest(document)
    response = client.post("/admin/sop/dokumen/", {"document": document.pk, "version": seen})
    assert response.status_code == 302
    assert "1 dari 2" in client.get(response.url).content.decode()
    again = client.post(
        "/admin/sop/dokumen/", {"document": document.pk, "version": seen}, follow=True
    )
    assert "Anda sudah menyetujui versi ini" in again.content.decode()
    client.logout()
    assert client.get(document.url).status_code == 404

    client.force_login(member("koordinator", "Koordinator"))
    listing = client.get("/admin/sop/dokumen/").content.decode()
    assert "Disetujui pertama oleh" in listing and "subkoordinator" in listing
    client.post("/admin/sop/dokumen/", {"document": document.pk, "version": seen})
    client.logout()
    assert client.get(document.url).status_code == 200


def test_a_flagged_document_cannot_be_approved(client, operator):
    document = upload(client, operator, "nik.csv", f"nik\n{NIK}\n".encode())
    client.force_login(member("koordinator", "Koordinator"))
    response = client.post(
        "/admin/sop/dokumen/",
        {"document": document.pk, "version": version_digest(document)},
        follow=True,
    )
    assert "Hanya dokumen yang lolos pemindaian" in response.content.decode()
    client.logout()
    assert client.get(document.url).status_code == 404


@pytest.mark.parametrize(
    "file_name, title",
    [
        (f"lampiran-{NIK}.pdf", "Lampiran bantuan"),  # the file name is in the public URL
        ("lampiran.pdf", f"Peta titik pengungsian NIK {NIK}"),  # the title is the link text
    ],
)
def test_a_document_whose_name_or_title_holds_personal_data_is_not_approved_alone(
    client, operator, file_name, title
):
    """Clean bytes, but a NIK in the file name or the title: a document approved on its own is
    seen by no page scan, so its approval scans them (found by the red-team run)."""
    document = upload(client, operator, file_name, pdf_bytes("Lampiran bantuan sosial."))
    type(document).objects.filter(pk=document.pk).update(title=title)
    document.refresh_from_db()
    client.force_login(member("koordinator", "Koordinator"))
    response = client.post(
        "/admin/sop/dokumen/",
        {"document": document.pk, "version": version_digest(document)},
        follow=True,
    )
    assert "memuat data pribadi" in response.content.decode()
    client.logout()
    assert client.get(document.url).status_code == 404


def test_the_uploader_cannot_approve_their_own_document(client):
    koordinator = member("koordinator", "Koordinator")
    document = upload(client, koordinator, "sendiri.pdf", pdf_bytes("Dokumen sendiri."))
    from django.core.exceptions import PermissionDenied

    from moderation.actions import approve_document

    with pytest.raises(PermissionDenied):
        approve_document(document, koordinator, seen=version_digest(document))


@pytest.mark.parametrize("role", ["Operator", "Kepala Dinas", "Web Developer"])
def test_other_roles_cannot_approve_documents(client, operator, role):
    document = upload(client, operator, "lain.pdf", pdf_bytes("Dokumen."))
    client.force_login(member("orang", role))
    response = client.post(
        "/admin/sop/dokumen/", {"document": document.pk, "version": version_digest(document)}
    )
    assert (response.status_code, response.url) == (302, "/admin/")
    client.logout()
    assert client.get(document.url).status_code == 404


def test_two_people_clear_a_document_the_scanner_could_not_judge(client, operator):
    """A scanned page (a KTP photo, perhaps): one Koordinator alone never makes it public
    (the outside attack of issue 13, break 4); each of the two approvers says what they
    checked."""
    document = upload(client, operator, "scan-surat.pdf", image_only_pdf())
    assert document.scan_status == DocumentScanStatus.NEEDS_CHECK
    koordinator = member("koordinator", "Koordinator")
    client.force_login(koordinator)
    seen = version_digest(document)
    client.post("/admin/sop/dokumen/", {"document": document.pk, "reason": "", "version": seen})
    document.refresh_from_db()
    assert document.approved_at is None  # a reason is required
    client.post(
        "/admin/sop/dokumen/",
        {"document": document.pk, "reason": "Isi surat dibaca: tanpa KTP.", "version": seen},
    )
    document.refresh_from_db()
    assert not document.is_released and document.scan_status == DocumentScanStatus.NEEDS_CHECK
    client.logout()
    assert client.get(document.url).status_code == 404

    client.force_login(member("subkoordinator", "Sub Koordinator"))
    client.post(
        "/admin/sop/dokumen/",
        {"document": document.pk, "reason": "Dibaca ulang: surat undangan.", "version": seen},
    )
    document.refresh_from_db()
    assert document.is_released
    client.logout()
    assert client.get(document.url).status_code == 200
