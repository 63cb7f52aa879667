"""Documents in the workflow: scanned on upload, released to the public only by publication
(or a document approval of their own), never by the upload itself."""

import os

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import ReferenceIndex

from .document_text import NeedsHumanCheck, UnreadableDocument, document_texts
from .findings import mask
from .scanner import scan_text


def scan_document(document) -> None:
    """Scan the document's file and record the result on it (the caller saves)."""
    from ppid_pages.models import DocumentScanStatus

    extension = os.path.splitext(document.file.name)[1].lstrip(".").lower()
    try:
        findings = [
            finding.as_dict()
            for location, text in document_texts(document.file, extension)
            for finding in scan_text(location, text)
        ]
    except NeedsHumanCheck as reason:
        document.scan_status = DocumentScanStatus.NEEDS_CHECK
        findings = [{"kind": "needs_check", "location": str(reason), "excerpt": ""}]
    except UnreadableDocument as reason:
        document.scan_status = DocumentScanStatus.UNREADABLE
        findings = [{"kind": "unreadable", "location": "", "excerpt": mask(str(reason), 40)}]
    else:
        document.scan_status = (
            DocumentScanStatus.FINDINGS if findings else DocumentScanStatus.CLEAN
        )
    document.scan_findings = findings
    document.scanned_at = timezone.now()


def referenced_document_ids(obj) -> set[int]:
    """Documents that `obj` (e.g. a revision's page) links to, in any field, block or child."""
    document_type_id = ContentType.objects.get_for_model(get_document_model()).pk
    return {
        int(object_id)
        for content_type_id, object_id, _model_path, _content_path in (
            ReferenceIndex._extract_references_from_object(obj)
        )
        if content_type_id == document_type_id
    }


def release_documents_of(page, user=None) -> None:
    """Documents used by a page just published through the workflow become public."""
    documents = get_document_model().objects.filter(
        pk__in=referenced_document_ids(page), published_at__isnull=True
    )
    for document in documents:
        document.published_at = timezone.now()
        document.save(update_fields=["published_at"])
        log(instance=document, action="ppid.document.release", user=user, data={"page": page.pk})
