"""Documents in the workflow: scanned on upload, released to the public only by publication
(or a document approval of their own), never by the upload itself."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex, Site

from .privacy import AllowList, Severity
from .privacy.extract import ERROR, NEEDS_REVIEW, Extraction, Limits, extract
from .privacy.extract_scan import scan_extraction

# An upload is scanned inside the request: stay well under gunicorn's 30 s worker timeout.
UPLOAD_LIMITS = Limits(timeout_seconds=15)


def official_allow_list() -> AllowList:
    """What the office publishes on purpose, never findings: the approved official contacts and
    address from the default site's PPID settings (moderation.site_settings), and the approved
    office allow-list (NPWP, bank accounts, other values; moderation.reviewed_settings): never
    values no second person approved."""
    from .site_settings import scan_allow_list

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return AllowList()
    return scan_allow_list(site)


def scan_document(document) -> None:
    """Scan the document's file and record the result on it (the caller saves)."""
    document.file.seek(0)
    extraction = extract(document.file.read(), document.file.name, UPLOAD_LIMITS)
    document.scan_status, document.scan_findings = scan_result(extraction)
    document.scanned_at = timezone.now()


def scan_pending_document(document) -> None:
    """Scan the new file of a document's pending version (moderation.assets)."""
    with document.file.storage.open(document.pending_file, "rb") as stored:
        extraction = extract(stored.read(), document.pending_file, UPLOAD_LIMITS)
    document.pending_scan_status, document.pending_scan_findings = scan_result(extraction)


def scan_result(extraction: Extraction) -> tuple[str, list[dict]]:
    """(scan_status, scan_findings) of an extracted file. Excerpts are masked by the scanner;
    error details (library messages that may quote the file) are not kept, only the reason."""
    from ppid_pages.models import DocumentScanStatus

    if extraction.status == ERROR:
        unreadable = {"kind": "unreadable", "location": "", "excerpt": extraction.reason}
        return DocumentScanStatus.UNREADABLE, [unreadable]
    found = [finding.as_dict() for finding in scan_extraction(extraction, official_allow_list())]
    if extraction.status == NEEDS_REVIEW:
        found.append({"kind": "needs_check", "location": extraction.detail, "excerpt": ""})
    if any(finding.get("severity") == Severity.BLOCK for finding in found):
        return DocumentScanStatus.FINDINGS, found
    if found:  # review-only findings, or pages that look scanned: a human looks first
        return DocumentScanStatus.NEEDS_CHECK, found
    return DocumentScanStatus.CLEAN, []


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
    """Documents (and images) used by a page just published through the workflow become
    public, their pending versions included (moderation.assets). For content that stands for
    a publication through the SOP (the demo loader, test set-up): the versions released are the
    ones the rows hold now, locked while they are released."""
    from .assets import lock_assets_of, release_assets_of
    from .snapshot import asset_digest, asset_key, asset_state

    with transaction.atomic():
        expected = {
            asset_key(asset): asset_digest(asset_state(asset, pending=True))
            for asset in lock_assets_of(page)
        }
        release_assets_of(page, user=user, expected=expected)
