"""Issue 13 (reattack13d, R2): exempt information is refused by its content, not by a row id.
An Operator re-uploaded an exempt file byte for byte as a new document, attached it to
another entry and it went through the normal workflow. Now the upload (or a replaced file) is
refused with an audit entry, and a document holding exempt information that is already stored
is a blocking finding of the privacy scan: the submission is rejected, the workflow's finish
and a force-publication refuse it, and the scan report tells the reviewers why."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection, ModelLogEntry, Workflow, WorkflowState

from moderation.models import ForcedPublication, ScanReport
from ppid_pages.models import DipEntryPage, DipIndexPage, PPIDDocument
from ppid_pages.models.dip import DipCategory

from .factories import make_dip_index, make_document, make_entry, pdf_bytes
from .test_exceptions_to_the_path import edit_category
from .test_force_publish_one_exception import attach, force
from .test_workflow import draft_entry, member

pytestmark = pytest.mark.django_db

EXEMPT_PDF = pdf_bytes(
    "Hasil uji konsekuensi: kontrak pengadaan server rahasia.",
    "Rincian negosiasi harga satuan server dan identitas penyedia cadangan.",
)
REFUSED = "informasi yang dikecualikan"


def make_exempt_entry():
    index = DipIndexPage.objects.first() or make_dip_index()
    document = make_document("Kontrak rahasia", EXEMPT_PDF)
    make_entry(
        index, "Kontrak Pengadaan", category=DipCategory.DIKECUALIKAN, documents=(document,)
    )
    return document


def upload(client, user, content: bytes, document=None):
    client.force_login(user)
    data = {
        "title": "Lampiran Rapat",
        "file": SimpleUploadedFile("lampiran.pdf", content, "application/pdf"),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
    }
    url = (
        reverse("wagtaildocs:edit", args=[document.pk])
        if document is not None
        else reverse("wagtaildocs:add")
    )
    return client.post(url, data, HTTP_ACCEPT_LANGUAGE="id")


def test_an_exempt_file_uploaded_again_as_a_new_document_is_refused(client):
    make_exempt_entry()
    operator = member("operator2", "Operator")
    response = upload(client, operator, EXEMPT_PDF)
    assert response.status_code == 200
    assert REFUSED in html.unescape(response.content.decode()).lower()
    assert not PPIDDocument.objects.filter(title="Lampiran Rapat").exists()
    assert ModelLogEntry.objects.filter(
        action="ppid.exempt_upload.refused", user=operator
    ).exists()
    # An ordinary file is still accepted.
    assert upload(client, operator, pdf_bytes("Notulen rapat koordinasi.")).status_code == 302


def test_replacing_a_documents_file_with_exempt_bytes_is_refused(client):
    make_exempt_entry()
    other = make_document("Notulen", pdf_bytes("Notulen rapat koordinasi."))
    operator = member("operator2", "Operator")
    response = upload(client, operator, EXEMPT_PDF, document=other)
    assert response.status_code == 200
    assert REFUSED in html.unescape(response.content.decode()).lower()
    other.refresh_from_db()
    assert not other.pending_file and "notulen" in other.file.name
    assert ModelLogEntry.objects.filter(action="ppid.exempt_upload.refused").exists()


def test_a_stored_copy_of_exempt_information_is_never_published(client):
    """The copy was stored before the original became exempt: the submission's scan rejects
    it and names it, the finish refuses it, and so does a force-publication."""
    copy = make_document("Lampiran Rapat", EXEMPT_PDF)
    operator = member("operator", "Operator")
    entry = attach(draft_entry(operator, "<p>Notulen rapat koordinasi.</p>"), copy, operator)
    workflow = Workflow.objects.get(name="SOP Publikasi Konten")
    state = workflow.start(entry, operator)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS  # not exempt yet
    sub = member("subkoordinator", "Sub Koordinator")
    client.force_login(sub)
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[entry.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code == 302

    make_exempt_entry()  # the original is exempt now

    koordinator = member("koordinator", "Koordinator")
    client.force_login(koordinator)
    state = WorkflowState.objects.active().get(object_id=str(entry.pk))
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[entry.pk, "approve", state.current_task_state.pk],
    )
    client.post(url, {"comment": ""})
    assert not DipEntryPage.objects.get(pk=entry.pk).live
    assert PPIDDocument.objects.get(pk=copy.pk).published_at is None

    # A new submission is rejected by the scan, and the report says which file and why.
    other = draft_entry(operator, "<p>Ringkasan rapat.</p>", slug="ringkasan")
    other = attach(other, copy, operator)
    state = workflow.start(other, operator)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    report = ScanReport.objects.filter(passed=False).first()
    client.force_login(sub)
    shown = html.unescape(client.get(f"/admin/sop/pemindaian/{report.pk}/").content.decode())
    assert "Lampiran Rapat" in shown and REFUSED in shown.lower()

    # Force-publishing it as serta merta is refused by the same scan.
    urgent = draft_entry(operator, "<p>Peringatan dini.</p>", slug="peringatan")
    urgent = attach(edit_category(urgent, operator), copy, operator)
    response = force(client, koordinator, urgent)
    assert response.status_code == 200
    assert not ForcedPublication.objects.exists()
    assert not DipEntryPage.objects.get(pk=urgent.pk).live


def test_an_exempt_picture_re_encoded_is_refused_as_a_new_image(client):
    """The same picture in other bytes (a JPEG of the exempt PNG) through the image upload."""
    from django.core.files.base import ContentFile

    from ppid_pages.models import PPIDImage
    from ppid_pages.models.dip import ExemptAsset, ExemptInformation

    from .information_requests.test_exempt_content import encoded, other_photo, photo

    index = DipIndexPage.objects.first() or make_dip_index()
    entry = make_entry(index, "Denah Menara", category=DipCategory.DIKECUALIKAN)
    image = PPIDImage(title="Denah menara", collection=Collection.get_first_root_node())
    image.file.save("denah.png", ContentFile(encoded(photo(), "PNG")), save=False)
    image.save()
    exemption, _ = ExemptInformation.objects.get_or_create(
        entry_id=entry.pk, defaults={"title": entry.title}
    )
    ExemptAsset.objects.create(exemption=exemption, image=image)

    operator = member("operator2", "Operator")
    client.force_login(operator)

    def upload_image(content: bytes, name: str):
        data = {
            "title": "Bagan Lokasi",
            "file": SimpleUploadedFile(name, content, "image/jpeg"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        }
        return client.post(reverse("wagtailimages:add"), data, HTTP_ACCEPT_LANGUAGE="id")

    response = upload_image(encoded(photo(), "JPEG", quality=85), "bagan.jpg")
    assert response.status_code == 200
    assert REFUSED in html.unescape(response.content.decode()).lower()
    assert not PPIDImage.objects.filter(title="Bagan Lokasi").exists()
    assert upload_image(encoded(other_photo(), "JPEG"), "lain.jpg").status_code == 302
