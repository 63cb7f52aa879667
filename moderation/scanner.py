"""The privacy scanner's interface, called by the workflow's automatic task."""

from wagtail.documents import get_document_model
from wagtail.models import Revision

from .detectors import find_nik
from .findings import Finding, ScanResult
from .text_extraction import page_texts


def scan_text(location: str, text: str) -> list[Finding]:
    return [Finding(kind, location, excerpt) for kind, excerpt in find_nik(text)]


def document_findings(page) -> list[Finding]:
    """A finding for every document the page uses that did not scan clean."""
    from ppid_pages.models import DocumentScanStatus

    from .documents import referenced_document_ids

    documents = get_document_model().objects.filter(pk__in=referenced_document_ids(page))
    return [
        Finding(
            "document", f"{document.title} (#{document.pk})", document.get_scan_status_display()
        )
        for document in documents.exclude(scan_status=DocumentScanStatus.CLEAN)
    ]


def scan_revision(revision: Revision) -> ScanResult:
    """Scan every text field and block of the revision's content, and the documents it uses."""
    page = revision.as_object()
    findings = [
        finding for location, text in page_texts(page) for finding in scan_text(location, text)
    ]
    return ScanResult(tuple(findings + document_findings(page)))
