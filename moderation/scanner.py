"""The privacy scanner's interface, called by the workflow's automatic task."""

from wagtail.models import Revision

from .detectors import find_nik
from .findings import Finding, ScanResult
from .text_extraction import page_texts


def scan_text(location: str, text: str) -> list[Finding]:
    return [Finding(kind, location, excerpt) for kind, excerpt in find_nik(text)]


def scan_revision(revision: Revision) -> ScanResult:
    """Scan every text field and block of the revision's content."""
    page = revision.as_object()
    findings = [
        finding for location, text in page_texts(page) for finding in scan_text(location, text)
    ]
    return ScanResult(tuple(findings))
